"""Regulations where the readable sets scored lowest, twenty-sixth session (branch s26-regs):
a rule called a pause ("the CDC's nationwide eviction pause"); "the rule" after a rule spoken
of in general ("a rule", or a bare plural "regulations issued …") is that general rule, not
the rule named before; an undated description of an HFC rule links the C.F.R. part its 2021
and 2023 versions share. Sentences of our own in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


# --- a rule called a pause ----------------------------------------------------------------


def test_the_cdcs_nationwide_eviction_pause_is_the_eviction_order() -> None:
    text = (
        "Landlords in Ohio challenged the rule again. The CDC's nationwide eviction pause "
        "was set to lapse at the end of the month, officials said."
    )
    assert ("nationwide eviction pause", "fr:85:55292") in _found(text, "2021-07-20")


def test_a_state_eviction_pause_is_no_federal_order() -> None:
    text = "Oregon lawmakers passed an eviction pause for tenants waiting on rental aid."
    assert _found(text, "2021-07-20") == []


# --- "the rule" after a rule spoken of in general -------------------------------------------


def test_the_rule_after_a_rule_in_general_is_not_the_named_rule() -> None:
    text = (
        "A judge vacated the Standard for Determining Joint Employer Status last week. Legal "
        "scholars note that vacatur acts on the status of a rule, leaving the rule without "
        "force for everyone."
    )
    found = _found(text, "2024-03-20")
    assert ("Standard for Determining Joint Employer Status", "fr:88:73946") in found
    assert not any(t == "the rule" for t, _ in found)


def test_the_rule_with_no_general_rule_between_still_refers_back() -> None:
    text = (
        "A judge vacated the Standard for Determining Joint Employer Status last week. Business "
        "groups had sued to stop the rule before it took effect."
    )
    assert ("the rule", "fr:88:73946") in _found(text, "2024-03-20")


def test_the_regulation_after_regulations_in_general_is_not_the_named_rule() -> None:
    text = (
        "Congress voted to undo the methane fee rules. As with the methane fee rules, the law "
        "is mostly used to address regulations issued late in a term. Once the regulation is "
        "disapproved, an agency cannot issue it again."
    )
    found = _found(text, "2025-03-20")
    assert any(a == "fr:89:91094" for t, a in found if t != "the regulation")
    assert not any(t == "the regulation" for t, _ in found)


def test_the_regulation_told_again_without_regulations_in_general_refers_back() -> None:
    text = (
        "Congress voted to undo the methane fee rules. Industry groups had lobbied against "
        "them for months. Once the regulation is gone, the fee cannot be charged."
    )
    assert ("the regulation", "fr:89:91094") in _found(text, "2025-03-20")


# --- an HFC rule described, with two versions in the table ------------------------------------


def test_an_undated_hfc_rule_described_links_the_part_both_versions_share() -> None:
    text = (
        "The justices declined to hear a challenge to an EPA rule governing the phasedown of "
        "hydrofluorocarbons, the refrigerants used in air conditioners."
    )
    found = _found(text, None)
    assert [a for _, a in found] == ["cfr:40:84"]


def test_a_dated_hfc_rule_described_takes_the_version_printed_by_then() -> None:
    text = (
        "The justices declined to hear a challenge to an EPA rule governing the phasedown of "
        "hydrofluorocarbons, the refrigerants used in air conditioners."
    )
    assert [a for _, a in _found(text, "2022-05-01")] == ["fr:86:55116"]
    assert [a for _, a in _found(text, "2025-06-30")] == ["fr:88:46836"]
