"""A ruling's own words must agree with its court (scanner/consistency.py): short passages
in the shapes of real pages where linker took the wrong court, and rulings it must keep."""

from __future__ import annotations

import pytest

from conftest import doc, mentions
from linker.models import Mention
from linker.scanner import consistency


def _ruling(text: str, phrase: str, court: str, anaphor: bool = False) -> Mention:
    start = text.index(phrase)
    return Mention(start, start + len(phrase), phrase, "ruling", court=court, anaphor=anaphor)


DROPPED = [
    # https://sportsbusinessjournal.com/Daily/Closing-Bell/2016/08/04/NFL-legal.aspx: the court
    # below a circuit is never a circuit
    (
        "The 8th Circuit Court of Appeals overturned a lower court decision that had "
        "dismissed an arbitrator's ruling.",
        "a lower court decision",
        "ca2",
    ),
    (
        "This follows the 2nd Circuit Court of Appeals similarly rejecting a lower court "
        "ruling that had overturned the suspension.",
        "a lower court ruling",
        "ca8",
    ),
    # https://cruz-lines.blogspot.com/2017/02: "The Court of Appeals" is no district court
    (
        "The federal trial judge in Seattle granted a restraining order. The Court of Appeals "
        "therefore rejected the emergency motion.",
        "The Court of Appeals therefore rejected the emergency motion",
        "wawd",
    ),
    # Made up in the same shape: a district judge's order is no circuit's.
    (
        "The Fourth Circuit heard the appeal on Monday. The district judge's order stays in "
        "place for now.",
        "The district judge's order",
        "ca4",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "court"), DROPPED, ids=lambda v: str(v)[:30])
def test_a_ruling_whose_words_name_another_court_is_dropped(
    text: str, phrase: str, court: str
) -> None:
    m = _ruling(text, phrase, court, anaphor=True)  # as the discourse pass gives them
    assert consistency.run(doc(text), [m]) == []


KEPT = [
    # a circuit is the court below the Supreme Court
    (
        "The Supreme Court agreed to review a lower court ruling that struck down the law.",
        "a lower court ruling",
        "ca5",
    ),
    (
        "The 9th Circuit Court of Appeals upheld the order on Thursday.",
        "The 9th Circuit Court of Appeals upheld the order",
        "ca9",
    ),
    # a district court below a circuit
    (
        "The 8th Circuit overturned a lower court decision.",
        "a lower court decision",
        "mnd",
    ),
    # no level named: the discourse decides
    ("The ruling was handed down on Friday.", "The ruling", "ca9"),
    # a judge of a circuit is a "judge" too
    (
        "Judge Ho wrote for the panel. Judge Ho's opinion was joined by two colleagues.",
        "Judge Ho's opinion",
        "ca5",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "court"), KEPT, ids=lambda v: str(v)[:30])
def test_a_ruling_whose_words_agree_is_kept(text: str, phrase: str, court: str) -> None:
    m = _ruling(text, phrase, court)
    assert consistency.run(doc(text), [m]) == [m]


def test_the_scan_never_links_the_lower_court_to_the_circuit_above_it() -> None:
    text = (
        "The NFL won another appeals court decision on Thursday. The 8th Circuit Court of "
        "Appeals overturned a lower court decision that had dismissed an arbitrator's ruling. "
        "This follows the 2nd Circuit Court of Appeals similarly rejecting a lower court "
        "ruling that had overturned the suspension of Tom Brady."
    )
    for m in mentions(text, "2016-08-04"):
        if "lower court" in m.text:
            assert m.court not in ("ca2", "ca8"), m


def test_a_rule_the_text_calls_final_is_never_the_proposal() -> None:
    # https://parkerpoe.com/news/2024/06/pressing-pause-explanations-and-next-steps-for-title
    text = (
        "On June 13, 2024, Judge Terry A. Doughty issued an order enjoining the proposed 2024 "
        "Title IX final rule in its entirety. The order prevents the department from enforcing "
        "the proposed regulations."
    )
    regs = [m for m in mentions(text) if m.kind == "regulation"]
    assert regs, "the rule is found"
    assert {m.authority for m in regs} == {"fr:89:33474"}


def test_a_proposal_named_as_one_keeps_its_link() -> None:
    text = "The Education Department's 2022 proposed Title IX rule drew 240,000 comments."
    regs = [m for m in mentions(text) if m.kind == "regulation"]
    assert all(m.authority != "fr:89:33474" for m in regs)


def test_a_back_reference_takes_the_court_its_sentence_says_issued_it() -> None:
    # https://parkerpoe.com/news/2024/06/pressing-pause-explanations-and-next-steps-for-title
    text = (
        "On June 13, Judge Terry A. Doughty of the U.S. District Court for the Western "
        "District of Louisiana issued an order enjoining the rule. Days later, the rule was "
        "dealt another blow in the form of a second preliminary injunction ordered by Chief "
        "Judge Danny Reeves of the U.S. District Court for the Eastern District of Kentucky. "
        "That injunction, ordered on June 17, covers six states."
    )
    got = {m.text: m.court for m in mentions(text, "2024-06-20") if m.kind == "ruling"}
    assert got.get("a second preliminary injunction") in (None, "kyed")
    assert got.get("That injunction") in (None, "kyed")
    assert "lawd" in got.values()
