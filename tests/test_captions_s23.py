"""Twenty-third session: a caption printed short of its row's ("X v. Montana" for the
table's "X v. State of Montana") takes the row's caption."""

from __future__ import annotations

from conftest import mentions


def _case_names(text: str) -> set[str | None]:
    return {m.name for m in mentions(text, "2025-01-10") if m.kind == "case"}


def test_state_party_without_state_of_takes_the_rows_caption() -> None:
    text = (
        "Young plaintiffs won again on Wednesday. The Held v. Montana case was argued last "
        "summer, and the lawsuit drew wide notice."
    )
    names = _case_names(text)
    assert "Held v. State of Montana" in names
    assert "Held v. Montana" not in names


def test_unknown_caption_keeps_its_printed_name() -> None:
    text = "The Quimbly v. Montana case was argued last summer before the court."
    names = _case_names(text)
    assert "Quimbly v. Montana" in names
    assert not any(n and "State of" in n for n in names)


def test_state_constitution_right_as_news_words_it_is_its_section() -> None:
    text = (
        "The judge relied on Montana's constitution, which guarantees the right to a clean and "
        "healthy environment, in striking the statute."
    )
    found = {m.authority for m in mentions(text, "2025-01-10") if m.kind == "constitution"}
    assert found == {"state:mt:const:2-3"}
