"""Rulings given the wrong court or missed (issue 13; seventeenth session, branch s17-rulings):
the one state a sentence names beats the dateline's city, a ruling noun with its court after
"from"/"by"/"in" ("a ruling from the District of Montana", "the first injunction came in June
from the District of Montana"), two places' rulings in one noun phrase ("the Idaho and Utah
rulings"), and "In a 40-page opinion issued May 3, Judge … vacated" told as one ruling. The
sentences are our own, in the shape of the held-back census's examples; each row names the
court a reader would expect and a piece of the span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at

SHAPES = [
    # the sentence's own state beats the dateline's
    (
        "DENVER (AP) — A federal judge blocked Idaho's new law on library books on Tuesday.",
        "idd",
        "A federal judge blocked",
    ),
    (
        "DENVER (AP) — Wyoming's ban on the clinics was blocked Tuesday by a federal judge.",
        "wyd",
        "by a federal judge",
    ),
    (
        "DENVER (AP) — Utah cannot enforce its rules on signature gathering, a federal judge "
        "ruled Friday.",
        "utd",
        "a federal judge ruled",
    ),
    (
        "DENVER (AP) — Colorado officials are watching Idaho, where a federal judge on "
        "Tuesday blocked the new rules.",
        "idd",
        "a federal judge on Tuesday blocked",
    ),
    # a state judge under a wire dateline, or in a story that names one state only
    (
        "COLUMBUS, Ohio (AP) — A state judge on Thursday blocked the new limits on petitions.",
        "ohiodistct",
        "A state judge on Thursday blocked",
    ),
    (
        "A state judge blocked the new limits on petitions Thursday. Ohio's attorney general "
        "said he would appeal.",
        "ohiodistct",
        "A state judge blocked",
    ),
    # a federal judge the judges' table does not hold, under a wire dateline
    (
        "PORTLAND, Ore. (AP) — In a 40-page opinion issued Friday, U.S. District Judge Jane "
        "Quillmore vacated the policy.",
        "ord",
        "U.S. District Judge Jane Quillmore vacated",
    ),
    # a federal appeals court no court before it places: the dateline state's circuit
    (
        "AUSTIN, Texas (AP) — A federal appeals court on Friday blocked the new permit rule.",
        "ca5",
        "A federal appeals court on Friday blocked",
    ),
    # a federal title that names its district before the judge's name
    (
        "In a long-awaited decision, United States District Judge for the Northern District of "
        "Texas Jane Quillmore issued an order striking down the rule. On July 3, Judge "
        "Quillmore had issued a preliminary injunction.",
        "txnd",
        "Judge Quillmore had issued a preliminary injunction",
    ),
    # a ruling noun and its court after a preposition
    (
        "Ranchers sued in three states. A ruling from the District of Montana blocked the "
        "grazing fee in June.",
        "mtd",
        "A ruling from the District of Montana",
    ),
    (
        "Ranchers sued in three states. The first injunction came in June from the District "
        "of Montana, and two more followed.",
        "mtd",
        "The first injunction came in June from the District of Montana",
    ),
    (
        "Ranchers sued in three states. The second injunction, from the District of Wyoming, "
        "came in July.",
        "wyd",
        "The second injunction, from the District of Wyoming",
    ),
    (
        "Ranchers sued in three states. An order out of the District of Montana blocked the fee.",
        "mtd",
        "An order out of the District of Montana",
    ),
    (
        "The tribes appealed the decision by the District of Idaho to the 9th Circuit.",
        "idd",
        "the decision by the District of Idaho",
    ),
    # two places' rulings in one noun phrase: the first place's court
    (
        "A federal judge in Idaho blocked the law in May, and a judge in Utah blocked a "
        "similar one. The states appealed the Idaho and Utah rulings to the 10th Circuit.",
        "idd",
        "the Idaho and Utah rulings",
    ),
    (
        "Judges in Oregon and Nevada halted the cuts. The Oregon and Nevada decisions came "
        "days apart.",
        "ord",
        "The Oregon and Nevada decisions",
    ),
    # a county's circuit court named Kentucky's way (no "County"): the state's trial court
    (
        "FRANKFORT, Ky. (AP) — A Boone Circuit Court judge ruled Thursday that the new "
        "pension law was unconstitutional.",
        "kycirct",
        "A Boone Circuit Court judge ruled",
    ),
    (
        "In Kentucky, Boone Circuit Court Judge Alma Reyes ruled Thursday that the pension "
        "law was unconstitutional.",
        "kycirct",
        "Boone Circuit Court Judge Alma Reyes ruled",
    ),
    (
        "LEXINGTON, Ky. (AP) — A Harlan Circuit judge ruled Monday that the mine permit was "
        "invalid.",
        "kycirct",
        "A Harlan Circuit judge ruled",
    ),
    (
        "Franklin County Common Pleas Judge Ada Quillmore blocked the Ohio law on Friday.",
        # (twenty-seventh session: the county's own court of common pleas, in courts-db)
        "ohctcomplfrankl",
        "Franklin County Common Pleas Judge Ada Quillmore blocked",
    ),
    # "the court" after a precedent recalled: the court whose ruling the article reports
    (
        "A federal judge in Oregon on Friday blocked the state's new permit law.\n\n"
        "In 2022, the Supreme Court ruled in New York State Rifle & Pistol Association v. "
        "Bruen that such laws must fit the nation's history.\n\n"
        "The court said the state could still appeal.",
        "ord",
        "The court said",
    ),
    (
        "A federal judge in Oregon on Friday blocked the state's new permit law.\n\n"
        "In that case, the Supreme Court ruled that such laws must fit the nation's "
        "history.\n\nThe ruling is a win for gun-rights groups.",
        "ord",
        "The ruling",
    ),
    (
        "Judges in Montana and Idaho blocked the grazing rule. The rulings in Montana and "
        "Idaho came days apart.",
        "mtd",
        "The rulings in Montana and Idaho",
    ),
    # the opinion noun and the clause of the judge who wrote it: one ruling
    (
        "The unions sued in San Francisco. In a 40-page opinion issued on May 3, U.S. District "
        "Judge William Alsup vacated the policy.",
        "cand",
        "a 40-page opinion issued on May 3, U.S. District Judge William Alsup vacated",
    ),
    (
        "The unions sued in San Francisco. In an opinion issued Friday, U.S. District Judge "
        "William Alsup vacated the policy.",
        "cand",
        "an opinion issued Friday, U.S. District Judge William Alsup vacated",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court


# Not changed: a state of several districts named in the sentence gives no court (never the
# dateline's); an order a president issues is no ruling; the U.S. attorney's office for a
# district is no court
NOT = [
    (
        "DENVER (AP) — A federal judge blocked Texas's new law on Tuesday.",
        "A federal judge blocked",
        None,
    ),
    (
        "WASHINGTON (AP) — A federal appeals court on Friday blocked the new permit rule.",
        "A federal appeals court on Friday blocked",
        None,
    ),
    (
        "WASHINGTON (AP) — A state judge blocked the new limits on petitions Thursday.",
        "A state judge blocked",
        None,
    ),
    (
        "Ranchers sued in three states. The ruling, by any measure, was a loss for them.",
        "The ruling",
        "none",
    ),
    (
        "In an order issued Friday, the president said the tariffs would take effect.",
        "an order",
        "none",
    ),
    # the Supreme Court's ruling the news, a lower court's recalled: "the court" stays its
    (
        "In 2023, a federal judge in Oregon blocked the permit law. The Supreme Court on "
        "Friday upheld the law in Oregon v. Ruiz. The court said the fees were lawful.",
        "The court said",
        "scotus",
    ),
    (
        "A federal judge in Oregon blocked the permit law last year. On Friday the Supreme "
        "Court reversed in Oregon v. Ruiz. The court said the fees were lawful.",
        "The court said",
        "scotus",
    ),
    (
        "LEXINGTON, Ky. (AP) — A Ninth Circuit judge wrote that the law failed.",
        "Ninth Circuit judge",
        "none",
    ),
    (
        "The Fourth Circuit Court of Appeals ruled Thursday that the map was lawful.",
        "The Fourth Circuit Court of Appeals ruled",
        "ca4",
    ),
    (
        "The U.S. attorney for the District of Montana said the charges would stand.",
        "District of Montana",
        "none",
    ),
]


@pytest.mark.parametrize(("text", "piece", "court"), NOT)
def test_not(text: str, piece: str, court: str | None) -> None:
    found = rulings_at(text, piece)
    if court == "none":
        assert not found, [m.text for m in found]
    else:
        assert found and all(m.court == court for m in found), [(m.text, m.court) for m in found]


def test_a_courts_paper_named_in_lower_case_opens_the_judges_clause() -> None:
    from conftest import rulings

    for text, start in (
        (
            "In a 40-page memorandum opinion, U.S. District Judge Ada Rowe, appointed by "
            "President Obama, has approved the settlement.",
            "a 40-page memorandum opinion",
        ),
        ("In an opinion and order filed May 3, Judge Ada Rowe granted the motion.",
         "an opinion and order filed May 3"),
    ):  # fmt: skip
        found = rulings(text)
        assert len(found) == 1 and found[0].text.startswith(start), found
