""" "The final version", "the enacted version", "the final enacted version": the law (or
bill) the article told before, as it passed; "the final version of …" names its own (issue 13,
twentieth session). Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def found(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, "2025-06-01")}


def test_the_final_version_refers_back_to_the_bill() -> None:
    text = (
        "The Ohio Senate passed Senate Bill 1 on Wednesday. Lawmakers trimmed several parts, "
        "and the final version keeps the tuition freeze."
    )
    got = found(text)
    assert got["Senate Bill 1"] == "state:oh:bill:sb1"
    assert got["the final version"] == "state:oh:bill:sb1"


def test_the_enacted_version_opens_a_sentence() -> None:
    text = (
        "Governor Lee signed House Bill 1421 into law in Tennessee last spring. The enacted "
        "version drops the fee schedule."
    )
    assert found(text)["The enacted version"] == "state:tn:bill:hb1421"


def test_two_modifiers() -> None:
    text = (
        "The Ohio Senate passed Senate Bill 1 on Wednesday after weeks of talks. In the final "
        "enacted version, however, community colleges are left out."
    )
    assert found(text)["the final enacted version"] == "state:oh:bill:sb1"


def test_the_final_version_of_something_else_is_no_back_reference() -> None:
    text = (
        "The Ohio Senate passed Senate Bill 1 on Wednesday. The final version of the budget "
        "came a week later."
    )
    assert not any(t.startswith("The final version") for t in found(text))


def test_a_version_without_a_law_before_it_is_nothing() -> None:
    text = "The band released the final version of its album, and the enacted version of events."
    assert found(text) == {}
