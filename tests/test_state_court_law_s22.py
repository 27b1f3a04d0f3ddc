"""A law that the state's own court or lawmakers act on, in a sentence naming no state ("A
divided state Supreme Court struck down an 1849 law that was long understood as banning all
abortions"), is the article's state's law by its topic (``described_laws``: ``_STATE_BODY``).
A back-reference set against that law in its own sentence ("That legislation … a substitute
for the 1849 ban") is another law (``predicates``). Made-up sentences."""

from __future__ import annotations

from conftest import mentions

_DATE = "2025-07-03"
_OPEN = (
    "A divided state Supreme Court on Wednesday struck down an 1849 law that was long "
    "understood as banning all abortions. "
)
_WI = "Abortion providers in Wisconsin resumed their work after the ruling. "


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, _DATE) if m.kind == "statute"]


def test_the_state_courts_law_is_the_articles_state_law() -> None:
    found = _statutes(_OPEN + _WI)
    assert found and found[0][1] == "state:wi:stat:940.04"
    assert found[0][0].startswith("an 1849 law")


def test_a_law_set_against_the_ban_is_another() -> None:
    text = (
        _OPEN + _WI + "The court said later statutes covered the subject. "
        "“That comprehensive legislation was clearly meant as a substitute for the 1849 law,” "
        "the justice wrote."
    )
    found = _statutes(text)
    assert not any(t.startswith("That comprehensive legislation") for t, _ in found)
    assert ("the 1849 law", "state:wi:stat:940.04") in found
