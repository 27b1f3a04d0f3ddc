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


def _statutes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.text, m.name, m.authority) for m in mentions(text, "2025-06-05") if m.kind == "statute"
    ]


def test_act_printed_with_its_year_is_the_table_row_without_it() -> None:
    found = _statutes("Lawmakers in Austin passed the Texas Dream Act of 2001 with wide support.")
    assert ("Texas Dream Act of 2001", "Texas Dream Act", "state:tx:bill:hb1403") in found


def test_unknown_act_with_its_year_keeps_its_printed_name() -> None:
    found = _statutes("Lawmakers in Austin passed the Texas Pecan Grading Act of 2003 last spring.")
    assert all(a is None for _, _, a in found)
    assert any(n == "Texas Pecan Grading Act of 2003" for _, n, _ in found)


def test_old_state_law_described_before_its_name_is_that_law() -> None:
    text = (
        "The agency sued over a long-standing Texas law that gave migrant students cheaper "
        "tuition. Enacted as the Texas Dream Act of 2001, it let students pay less."
    )
    found = _statutes(text)
    assert any(
        t.startswith("a long-standing Texas law") and a == "state:tx:bill:hb1403"
        for t, _, a in found
    )


def test_law_of_another_state_described_before_the_name_is_not_it() -> None:
    text = (
        "The agency sued over a long-standing Ohio law that gave migrant students cheaper "
        "tuition. Enacted as the Texas Dream Act of 2001, it let students pay less."
    )
    found = _statutes(text)
    assert not any(t.startswith("a long-standing Ohio law") for t, _, _ in found)
