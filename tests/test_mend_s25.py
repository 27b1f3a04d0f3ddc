"""One piece of code where two merged branches of the twenty-fifth session wrote the same logic
twice (s25-mend): what each copy read, now read by the one that stays.

- "the <State> decision", "The <State> court said", "the <State> judge's order" back to the
  ruling of that state's one court: ``rulingrefs`` alone (objectsuits had a copy); the phrase
  ends at its noun.
- A suit word that only qualifies the noun after it ("the litigation tracker", "a lawsuit
  database") names no suit: one guard, ``lawsuits.qualifies_a_noun``.
- ``Mention.statute_at``: the statute mention over a whole match.
"""

from __future__ import annotations

import re

from conftest import mentions
from linker.models import Mention
from linker.scanner.lawsuits import qualifies_a_noun

STORY = (
    "A federal judge in Mississippi on Wednesday blocked enforcement of the 2024 Section 1557 "
    "rule.\n{later}"
)


def _backrefs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2024-07-05") if m.kind == "ruling"][1:]


def test_the_states_judges_order_refers_back() -> None:
    found = _backrefs(STORY.format(later="The Mississippi judge's order covers every state."))
    assert found == [("The Mississippi judge's order", "mssd")]


def test_the_states_judge_who_ruled_ends_at_the_noun() -> None:
    found = _backrefs(STORY.format(later="The Mississippi judge also wrote that it went too far."))
    assert found == [("The Mississippi judge", "mssd")]


def test_a_suit_word_before_a_noun_it_qualifies_names_no_suit() -> None:
    text = "the lawsuit database lists it; the litigation team met; the lawsuit team met"
    ends = [m.end() for m in re.finditer(r"lawsuit|litigation", text)]
    assert qualifies_a_noun(text, ends[0], False)  # any suit word: "database"
    assert qualifies_a_noun(text, ends[1], True)  # after "litigation" only: "team"
    assert not qualifies_a_noun(text, ends[2], False)


def test_statute_at_spans_the_whole_match() -> None:
    m = re.search(r"Act \d+", "under Act 12 of 2023")
    assert m is not None
    got = Mention.statute_at(m, "state:ar:bill:act12", confidence=0.7, evidence="e", matcher="x")
    assert (got.start, got.end, got.text, got.kind, got.authority) == (
        6,
        12,
        "Act 12",
        "statute",
        "state:ar:bill:act12",
    )
