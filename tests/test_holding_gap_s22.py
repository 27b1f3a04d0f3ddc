"""A holding told without "that" ("The court found the directive singled out the networks and
barred them from funding") ends the court's clause at the holding verb: the verb after it is
the holding's own clause's, and the law in it ("the directive") is a mention of its own
(``rulings.clauses``: ``_HOLDING_GAP``). Made-up sentences."""

from __future__ import annotations

from conftest import mentions

_LEAD = (
    "A federal judge in Washington, D.C., has blocked an executive order issued by President "
    "Donald Trump that sought to cut funding for two public broadcasters. "
    "U.S. District Judge Ann Roe held that Executive Order 14290 unlawfully targeted them. "
)


def test_the_directive_after_found_is_the_order() -> None:
    found = mentions(
        _LEAD + "The court found the directive singled out the networks and barred them from "
        "federal funding because of their coverage."
    )
    by_text = {m.text: m for m in found}
    assert "The court found" in by_text
    assert by_text["The court found"].kind == "ruling"
    assert by_text["the directive"].kind == "executive-action"
    assert by_text["the directive"].authority == "eo:14290"


def test_a_ruling_verb_of_the_court_itself_still_counts() -> None:
    found = mentions(_LEAD + "The court on Tuesday also barred the agency from cutting the money.")
    rulings = [m.text for m in found if m.kind == "ruling"]
    assert any(t.startswith("The court on Tuesday also barred") for t in rulings)
