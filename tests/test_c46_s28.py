"""Twenty-eighth session (census46): a judge titled by the court's name and a lower-case
"judge", ruling verb phrases, state bill lists, plural round-up headlines. Made-up sentences
of the shapes the census showed."""

from __future__ import annotations

from conftest import rulings


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


def test_a_judge_titled_by_the_courts_name_and_a_lower_case_judge_is_placed() -> None:
    text = (
        "A consumer rule was struck down by a judge in Texas. U.S. District Court judge "
        "Sean Jordan ruled on Tuesday that the bureau went beyond its powers."
    )
    found = _found(text)
    assert ("U.S. District Court judge Sean Jordan ruled on Tuesday", "txed") in found
    assert ("was struck down by a judge in Texas", "txed") in found


def test_a_lower_case_judge_after_no_courts_name_is_no_title() -> None:
    text = "The district judge Sean Jordan ruled on Tuesday that the bureau went too far."
    assert ("The district judge Sean Jordan ruled on Tuesday", "txed") not in _found(text)
