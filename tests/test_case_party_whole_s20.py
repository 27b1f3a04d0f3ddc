"""A party of a case the article named, told again by its whole name with no word of a case
after it, is the party, not the case ("… and Bluewave IP, a publisher"); its first word
in a case's context is still the case's short form (issue 13, twentieth session). Made-up
sentences."""

from __future__ import annotations

from conftest import mentions


def cases(text: str) -> dict[str, str | None]:
    return {m.text: m.name for m in mentions(text, "2026-06-23") if m.kind == "case"}


def test_the_party_by_its_whole_name_is_no_case() -> None:
    text = (
        "- Harbor Trust v. Bluewave IP, a dispute over a slogan between Harbor Trust, a "
        "Maryland charity, and Bluewave IP, a media company co-founded by a singer."
    )
    got = cases(text)
    assert "Harbor Trust v. Bluewave IP" in got
    assert "Bluewave" not in got and "Bluewave IP" not in got


def test_the_whole_name_with_a_case_word_is_the_case() -> None:
    text = (
        "The justices turned away Harbor Trust v. Bluewave IP on Monday. Lawyers said "
        "the Bluewave IP case could return next term."
    )
    assert cases(text).get("the Bluewave IP case") == "Harbor Trust v. Bluewave IP"


def test_the_short_form_in_a_case_context_still_links() -> None:
    text = (
        "The justices decided Harbor Trust v. Bluewave IP in June. In Harbor, the court "
        "held that a slogan is no trademark."
    )
    assert cases(text).get("Harbor") == "Harbor Trust v. Bluewave IP"
