"""Which court a ruling in news belongs to, round six (issue 13, points 1 and 3, ninth
session): state judges never given a federal court, a wire lead's unnamed judge named in the
next sentence, a county judge's state from the dateline's city or the one state the article
names, a Supreme Court recalled as background, one-district states. The sentences are our
own, in the shape of real news pages; each row names the court a reader would expect (None:
one the text does not support) and a piece of the mention's span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at
from linker import courts as C

SHAPES = [
    # a judge named in full, then by title and surname: the same judge, never a namesake in
    # the judges' table (Julie R. Rubin sits in D. Md.)
    (
        "A state judge in Lafayette says the state's ban on same-sex marriage is "
        "unconstitutional. Judge Edward Rubin ruled from the bench Monday. Lawyers praised "
        "Judge Rubin's ruling in favor of the couple.",
        None,
        "Judge Rubin's ruling",
    ),
    # "Judicial District Judge" is a state's title, never a federal district judge's
    (
        "Fourteenth Judicial District Judge Edward Rubin's decision, made in an adoption case, "
        "conflicts with a federal judge's ruling in New Orleans.",
        None,
        "Judge Edward Rubin's decision",
    ),
    # a state judge never takes the federal court named after it
    (
        "A state judge in Lafayette on Monday declared the state's marriage ban "
        "unconstitutional. The couple's lawyers had lost a challenge in federal court in New "
        "Orleans earlier this month.",
        None,
        "A state judge in Lafayette on Monday declared",
    ),
    # a wire lead's unnamed judge is the judge the next sentence names, with that judge's
    # court (the dateline's state's trial court)
    (
        "SPRINGFIELD, Ill. (AP) — A judge has issued a temporary restraining order blocking "
        "the new gun law. Macon County Judge Anna Field issued the order Friday after a "
        "gun shop sued.",
        "illcirct",
        "A judge has issued a temporary restraining order",
    ),
    (
        "SALEM, Ore. (AP) – A judge has ruled that the counties cannot sue the state for "
        "damages. Marion County Circuit Court Judge Paul Lund says counties are "
        "subdivisions of the state.",
        # (twenty-seventh session: the county's own circuit court, which courts-db files)
        "orccmarion",
        "A judge has ruled",
    ),
    # a county the places table does not know is still a county's court; its state is the
    # dateline city's
    (
        "CHICAGO (AP) – A judge in Effingham County blocked the state's new gun law on "
        "Friday, ruling that the plaintiffs were likely to win.",
        "illcirct",
        "A judge in Effingham County blocked",
    ),
    # "circuit court judge" in lower case, in an article naming one state only
    (
        "A Dane County circuit court judge struck down parts of the bargaining law Friday. "
        "The Wisconsin attorney general said he would appeal.",
        "wisccirct",
        "A Dane County circuit court judge struck down",
    ),
    # Washington's superior courts (courts-db spells the label "Washingon")
    (
        "SPOKANE, Wash. (AP) – Kittitas County Superior Court Judge Ann Rowe declined to "
        "issue a temporary restraining order against the governor's order.",
        "washsuperct",
        "declined to issue a temporary restraining order",
    ),
    # "the First District Court of Appeal" is California's when only California is named
    # (after it)
    (
        "The First District Court of Appeal ordered the trial judge to reverse his ruling. "
        "The plaintiffs then asked the California Supreme Court to review the case.",
        "calctapp",
        "The First District Court of Appeal ordered",
    ),
    # "a <place> federal court judge's …": the judge of that court (a possessive ruling)
    (
        "For now, a San Francisco federal court judge's April 25 preliminary injunction has "
        "stalled the executive order.",
        "cand",
        "April 25 preliminary injunction",
    ),
    (
        "The prior 5th Circuit ruling had halted an injunction from a federal district court "
        "judge in Austin.",
        "txwd",
        "an injunction from a federal district court judge in Austin",
    ),
    # a federal judge in a story that names one single-district state
    (
        "A federal judge has upheld the gun laws the state legislature passed last year. "
        "Connecticut gun owners had sued the governor in May.",
        "ctd",
        "A federal judge has upheld",
    ),
    (
        "In a 40-page ruling, U.S. District Judge Alan Covey said the law is constitutional. "
        "Connecticut gun owners had sued the governor in May.",
        "ctd",
        "a 40-page ruling",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court, (found[0].text, found[0].court)


def test_supreme_court_recalled_as_background() -> None:
    """ "the court's decision" after a story told through state judges whose court is
    unknown is not the Supreme Court the article recalls as background."""
    text = (
        "A Louisiana judge again blocked the state's abortion ban. Judge Robin Giarrusso had "
        "issued a temporary order late last month, following the Supreme Court's decision to "
        "overrule Roe v. Wade. New Orleans Judge Ethel Julien then sent the case to Baton "
        "Rouge. The attorney general criticized the court's decision on Twitter."
    )
    found = [m for m in rulings(text) if "the court's decision" in m.text]
    assert all(m.court != "scotus" for m in found), [(m.text, m.court) for m in found]


def test_a_federal_judge_in_a_story_of_several_states_keeps_no_district() -> None:
    text = (
        "A federal judge has upheld the gun laws. Gun owners in Connecticut and Oregon had "
        "sued in May."
    )
    found = [m for m in rulings(text) if "A federal judge has upheld" in m.text]
    assert found and found[0].court is None


def test_a_state_district_court_is_never_the_one_state_federal_district() -> None:
    """The single-state fallback is for a federal judge only: "a district court ruling"
    below a state supreme court stays that state's."""
    text = (
        "The Montana Supreme Court on Wednesday upheld a district court ruling in the "
        "climate case. The district court had ruled that the statutes were unconstitutional."
    )
    assert all(m.court != "mtd" for m in rulings(text)), [(m.text, m.court) for m in rulings(text)]


def test_reviewed_object_of_an_unknown_court_below_is_its_own() -> None:
    """ "The Supreme Court affirmed the appeals court's decision": the object is the
    appeals court's ruling (its circuit unnamed), never the Supreme Court's."""
    text = (
        "The court of appeals reversed the lower court's decision. The Supreme Court affirmed "
        "the appeals court's decision on Thursday."
    )
    found = rulings(text)
    obj = [m for m in found if "appeals court's decision" in m.text]
    assert obj and obj[0].court != "scotus", [(m.text, m.court) for m in found]
    assert any(m.text.startswith("The Supreme Court affirmed") and m.court == "scotus"
               for m in found)  # fmt: skip


def test_an_injunction_a_circuit_affirmed_is_the_trial_courts() -> None:
    """ "The 8th Circuit affirmed a preliminary injunction …": the injunction is the trial
    court's, the one the next sentences name, never the circuit's."""
    text = (
        "The 8th U.S. Circuit Court of Appeals affirmed a preliminary injunction blocking the "
        "law in a Jan. 24 opinion. The law makes reentry a misdemeanor. U.S. District Judge "
        "Mary Cole of the Southern District of Iowa had blocked the law in June."
    )
    got = {m.text: m.court for m in rulings(text)}
    assert got.get("a preliminary injunction") == "iasd", got
    assert got.get("The 8th U.S. Circuit Court of Appeals affirmed") == "ca8", got


def test_a_trial_judge_never_takes_a_state_appeals_court() -> None:
    """ "District Judge Amy Clark Meachum issued the temporary injunction" after a Texas
    court of appeals' ruling: a trial judge, whose court the text does not name, never the
    appeals court; "three appellate justices" are that
    court's, never the U.S. Supreme Court's; the injunction an appeals court reinstated is the
    trial court's."""
    text = (
        "A Texas appeals court on Monday reinstated a temporary injunction blocking the state "
        "from investigating parents. The Texas 3rd Court of Appeals issued the order in a "
        "lawsuit brought by the parents. District Judge Amy Clark Meachum issued the temporary "
        "injunction March 11."
    )
    got = {m.text: m.court for m in rulings(text)}
    meachum = [c for t, c in got.items() if t.startswith("District Judge Amy Clark Meachum")]
    assert meachum == [None], got
    # (Texas's district courts: CourtListener's texdistct, sixteenth session)
    assert got.get("a temporary injunction") == "texdistct", got
    assert got.get("A Texas appeals court on Monday reinstated") == "texapp", got


def test_the_trial_court_is_never_a_state_high_court() -> None:
    text = (
        "The attorney general asked the Texas Supreme Court to reverse the Third Court of "
        "Appeals' order that reinstated the trial court's temporary injunction."
    )
    got = [(m.text, m.court) for m in rulings(text) if "trial court's" in m.text]
    assert all(c != "tex" for _, c in got), got


def test_a_county_named_like_another_states_city() -> None:
    """ "A Montgomery County judge" in a story that names Maryland only is Maryland's trial
    court, not Alabama's (the places table's Montgomery is the Alabama city)."""
    text = (
        "A Montgomery County judge on Friday blocked the county's new rule. Maryland officials "
        "said they would appeal."
    )
    got = [m.court for m in rulings(text)]
    assert got and got[0] != "alacirct", got
    assert got[0] == C.state_trial_court("MD"), got


NOT_RULINGS = [
    # "the stay-home proclamation" is no stay
    "The lawsuit seeks to declare the stay-home proclamation unconstitutional.",
]


@pytest.mark.parametrize("text", NOT_RULINGS)
def test_not_rulings(text: str) -> None:
    assert not rulings(text), [m.text for m in rulings(text)]


def test_dateline_city_names_its_state() -> None:
    from linker.scanner.rulings.discourse import _dateline_postal

    assert _dateline_postal("CHICAGO (CBS) – A judge ruled.") == "IL"
    assert _dateline_postal("SPOKANE, Wash. (AP) – A judge ruled.") == "WA"
    assert _dateline_postal("WASHINGTON (AP) — A judge ruled.") is None


def test_washington_trial_court() -> None:
    assert C.state_trial_court("WA") == "washsuperct"
