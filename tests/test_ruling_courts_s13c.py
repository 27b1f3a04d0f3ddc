"""Which court, round two (issue 13, point 3): rulings found with no court. Found on 25 real
pages (/work/probes-13C in the session's report) and the open development sets: Montana's,
Iowa's and Nevada's district courts are one statewide trial court each in courts-db
(mtjdct, iadistct, nevdistct); a justice the U.S. Supreme Court's table does not hold sits on
a state's court of last resort; a judge writing a bench's opinion ("a unanimous ruling penned
by Judge …") is no trial judge. The sentences are our own, in the shape of the real ones;
each row names the court a reader would expect (None: one the text does not support) and a
piece of the span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at
from linker import courts as C

SHAPES = [
    # a state district court judge named by county in a Montana story
    (
        "A district court judge in Cascade County has temporarily blocked the state from "
        "enforcing two laws on ballot signatures that the Montana Legislature passed this "
        "spring.",
        "mtjdct",
        "A district court judge in Cascade County has temporarily blocked",
    ),
    (
        "HELENA — A Gallatin County District Court judge has blocked the new Montana "
        "rental law from taking effect while the case proceeds.",
        "mtjdct",
        "A Gallatin County District Court judge has blocked",
    ),
    # "the state's district court" told by title and name, then the judge's surname in s
    (
        "Montana's new voter law is on hold. State District Court Judge Thomas Andrews "
        "temporarily blocked the law on Monday. Judge Thomas Andrews’ ruling came a day "
        "before the law was to take effect.",
        "mtjdct",
        "Judge Thomas Andrews’ ruling",
    ),
    (
        "A state judge in Montana has granted a preliminary injunction against the new "
        "hunting rules.",
        "mtjdct",
        "A state judge in Montana has granted a preliminary injunction",
    ),
    # Iowa's and Nevada's district courts
    (
        "DES MOINES, Iowa — A Polk County District Court judge struck down the Iowa law "
        "on Tuesday, finding it violated the state constitution.",
        "iadistct",
        "A Polk County District Court judge struck down",
    ),
    (
        "LAS VEGAS — A Clark County District Court judge on Friday blocked the Nevada "
        "county's new rules for mail ballots.",
        "nevdistct",
        "A Clark County District Court judge on Friday blocked",
    ),
    # North Carolina's district court is not its court of general jurisdiction: no guess
    (
        "RALEIGH, N.C. — A Wake County Superior Court judge on Monday blocked the North "
        "Carolina law.",
        None,
        "A Wake County Superior Court judge on Monday blocked",
    ),
    # a state high court's opinion, authored by a justice the federal table lacks, after the
    # trial judge's ruling it reviewed
    (
        "The Montana Supreme Court on Wednesday upheld a district court ruling in the "
        "state's first climate trial. The 58-page decision, authored by Chief Justice Ann "
        "Porter, comes a year after District Court Judge Carl Ruiz ruled in the youth "
        "plaintiffs' favor.",
        "mont",
        "The 58-page decision",
    ),
    (
        "The Montana Supreme Court on Wednesday upheld a district court ruling in the "
        "state's first climate trial. The 58-page decision, authored by Chief Justice Ann "
        "Porter, comes a year after District Court Judge Carl Ruiz ruled in the youth "
        "plaintiffs' favor.",
        "mtjdct",
        "District Court Judge Carl Ruiz ruled",
    ),
    # a judge told of by a city, then named as the state's district judge
    (
        "A Missoula judge late Friday halted three new Montana election laws. Missoula County "
        "District Court Judge Dana Wells granted the request after a short hearing.",
        "mtjdct",
        "A Missoula judge late Friday halted",
    ),
    # "Judge X of Montana's Fourth Judicial District Court": the state's court
    (
        "A state judge has blocked the Montana law. Judge Pat Sloan of Montana's Fourth "
        "Judicial District Court issued the order Wednesday, and Sloan wrote in his opinion "
        "that the law likely fails.",
        "mtjdct",
        "his opinion",
    ),
    # "the state's 4th District Court of Appeals" in a Wisconsin story is no Ohio court, and
    # the trial judge's surname said again is his court
    (
        "On Friday, Dane County Circuit Judge Lena Frost blocked most of the Wisconsin law. "
        "An appeal could take months to reach the Wisconsin Supreme Court after it is "
        "considered by the state's 4th District Court of Appeals. Frost ruled that the law "
        "violates the state constitution.",
        "wisccirct",
        "Frost ruled",
    ),
    # "the lower court's order" after the lower court was placed by its own words
    (
        "A federal appeals court on Thursday blocked a temporary injunction a lower court "
        "judge in East St. Louis issued in April. Judge Hal Moore of the Seventh Circuit "
        "granted a motion to stay the injunction pending an appeal of the lower court's "
        "order.",
        "ilsd",
        "the lower court's order",
    ),
    # a judge the state's name titles, whom the federal table does not hold
    (
        "Wisconsin Judge Alma Reyes issued another order to block the state's new labor "
        "law on Friday.",
        "wisccirct",
        "Wisconsin Judge Alma Reyes issued another order",
    ),
    # ... but a federal judge of that state stays federal
    (
        "Texas Judge Reed O'Connor ruled on Friday that the federal mandate was unlawful.",
        "txnd",
        "Judge Reed O'Connor ruled",
    ),
    # a stay is the reviewing court's, not the trial judge's order it stays
    (
        "A panel of the Fifth U.S. Circuit Court of Appeals on Friday issued a temporary "
        "administrative stay on a judge's order that blocked the Texas law. The state had "
        "asked for the stay on Friday afternoon. U.S. District Judge Robert Pitman had "
        "issued a sweeping order blocking the law days earlier.",
        "ca5",
        "the stay",
    ),
    # "that ruling" right after a ruling told as background is that ruling, not the lead
    (
        "The Supreme Court on Monday temporarily restored the administration's refugee "
        "policy. The 9th U.S. Circuit Court of Appeals had also ruled last week that "
        "grandparents should be exempted from the policy. The Justice Department said in its "
        "filing that it disagrees with that ruling but is not challenging it.",
        "ca9",
        "that ruling",
    ),
    # a judge writing a bench's opinion is not the trial judge named before
    (
        "The Montana Supreme Court on Wednesday upheld a Missoula judge’s decision to "
        "block the state's new law. In a nearly unanimous ruling penned by Judge Rita Hale, "
        "the state’s high court found that the trial judge did not err.",
        "mont",
        "a nearly unanimous ruling",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court


def test_statewide_trial_courts() -> None:
    """courts-db's one id for a state's trial courts of general jurisdiction, by its label
    ("Judicial District Court of Montana") or its short label ("Iowa Dist. Ct."); none for
    a state whose district court is a court of limited jurisdiction (North Carolina)."""
    assert C.state_trial_court("MT") == "mtjdct"
    assert C.state_trial_court("IA") == "iadistct"
    assert C.state_trial_court("NV") == "nevdistct"
    assert C.state_trial_court("NC") is None
    # courts-db has no id for Texas's district courts; CourtListener's one is texdistct,
    # which words that may name a federal judge ("a Texas judge") are never given
    assert C.state_trial_court("TX") == "texdistct"
    assert C.courts_db_trial_court("TX") is None
    assert C.courts_db_trial_court("MT") == "mtjdct"


def test_justice_in_a_name_is_no_justice() -> None:
    """ "the Justice Department", "the Equal Justice Initiative": no justice, no court."""
    text = (
        "The Equal Justice Initiative sued, and the Justice Department Civil Division "
        "answered. A federal judge in Alabama ruled for the state on Monday."
    )
    assert all(m.court in (None, "alnd", "almd", "alsd") for m in rulings(text))


def test_what_a_court_of_review_stays_is_not_its_own_ruling() -> None:
    """ "the Fifth Circuit granted an emergency stay of that ruling": the ruling stayed is
    the court's below (here told without a court: so no court), never the Fifth Circuit's."""
    text = (
        "A federal court sided with the Justice Department on Wednesday. But the Fifth "
        "Circuit has just granted an emergency stay of that ruling, pending further order."
    )
    assert all(m.court != "ca5" for m in rulings_at(text, "that ruling"))


def test_an_order_put_on_hold_is_not_the_panels() -> None:
    """ "The panel's decision Thursday puts that order on hold": the order below (its court
    not named here: no court), never the panel's own."""
    text = (
        "The 5th U.S. Circuit Court of Appeals issued a temporary stay Thursday night. A "
        "lower court judge had ordered Texas to take down the barriers. The panel's decision "
        "Thursday puts that order on hold while the appeals court considers the case."
    )
    assert all(m.court != "ca5" for m in rulings_at(text, "that order"))
