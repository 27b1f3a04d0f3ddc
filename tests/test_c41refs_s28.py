"""Back-references told by description, an executive order told before it is identified, and
act names with a function word in another case (twenty-eighth session, branch s28-c41refs;
census41 P3, P10, P15): sentences of our own in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.kind, m.text, m.authority) for m in mentions(text, date)]


# --- P15: an act's name with a function word in another case ------------------------------


def test_act_name_with_a_lower_case_function_word_is_the_act() -> None:
    text = (
        "The Senate passed the Take It Down Act last week. Speaking at the White House, the "
        "first lady said that by passing the Take it Down Act, Congress would protect teens."
    )
    found = [(t, a) for k, t, a in _found(text, "2025-04-28") if k in ("bill", "statute")]
    assert ("Take it Down Act", "bill:119:s:146") in found


def test_act_name_with_a_content_word_in_lower_case_is_not_the_act() -> None:
    text = (
        "The Senate passed the Take It Down Act last week. Activists said the take it down "
        "act of the platforms was too slow, and the Take it down Act had nothing to say."
    )
    texts = [t for k, t, a in _found(text, "2025-04-28") if k in ("bill", "statute")]
    assert "take it down act" not in [t.lower() for t in texts if t != "Take It Down Act"]
