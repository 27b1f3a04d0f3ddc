"""Twenty-first session (s21-devs): a suit told as "a case challenging <rule>", and the
multistate suit against the Labor Department's 2022 ESG investment rule (Utah v. Su)."""

from __future__ import annotations

from conftest import mentions


def _cases(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


_RULE = "the Labor Department's 2022 ESG investing rule"


def test_a_case_challenging_the_rule_is_the_suit_against_it() -> None:
    # made-up sentences, the ruling before the phrase and after it
    text = (
        f"Judge Matthew Kacsmaryk of the Northern District of Texas upheld {_RULE} in 2023. "
        "The Fifth Circuit later told him to rehear a case challenging the rule."
    )
    got = _cases(text, "2024-07-20")
    assert ("a case", "Utah v. Su") in got, got
    text = f"The Northern District of Texas ruled in 2023 in a case challenging {_RULE}."
    got = _cases(text, "2024-07-20")
    assert ("a case", "Utah v. Su") in got, got
    text = (
        f"Republican states brought a case opposing {_RULE}. U.S. District Judge Matthew "
        "Kacsmaryk upheld the rule in September."
    )
    got = _cases(text, "2023-10-01")
    assert ("a case", "Utah v. Su") in got, got


def test_a_case_with_no_suit_word_after_it_stays_unlinked() -> None:
    # "a case" that neither says who brought it nor what it challenges; "a case against" is
    # often an argument ("the case against ESG rules"), never read here
    for text in (
        f"The Northern District of Texas ruled in 2023 on {_RULE}. It was a case of bad timing.",
        f"The Northern District of Texas ruled in 2023 on {_RULE}. Critics made a case against "
        "the rule.",
    ):
        assert not any(n == "Utah v. Su" for _t, n in _cases(text, "2024-07-20")), text


def test_the_esg_rule_suit_by_its_judge_and_rule() -> None:
    text = (
        f"Judge Matthew Kacsmaryk ruled that {_RULE} could stand. The lawsuit was filed by "
        "Utah and 25 other states."
    )
    got = _cases(text, "2023-09-25")
    assert any(n == "Utah v. Su" for _t, n in got), got


def _spans(text: str, date: str) -> list[tuple[str, str, str | None]]:
    return [(m.kind, m.text, m.name) for m in mentions(text, date) if m.kind in ("case", "ruling")]


def test_a_ruling_clause_ends_before_the_unnamed_suit_it_was_given_in() -> None:
    # made-up sentences: "… ordered a preliminary injunction in the multi-state lawsuit" — the
    # suit is a mention of its own, which the suits table may then name
    got = _spans(
        "Rhode Island District Court Judge John McConnell Jr. ordered a preliminary injunction "
        "in the multi-state lawsuit and directed agencies to pay. The ruling came after OMB "
        "froze federal grants.",
        "2025-03-07",
    )
    assert ("ruling", "District Court Judge John McConnell Jr. ordered a preliminary "
            "injunction", None) in got, got  # fmt: skip
    assert any(k == "case" and t == "the multi-state lawsuit" for k, t, _n in got), got
    got = _spans(
        "A federal judge in Boston granted an injunction in a suit brought by 20 states on Friday.",
        "2025-03-07",
    )
    assert ("ruling", "A federal judge in Boston granted an injunction", None) in got, got


def test_in_with_no_suit_word_keeps_the_clause_whole() -> None:
    got = _spans(
        "A federal judge in Boston granted an injunction in the afternoon on Friday.", "2025-03-07"
    )
    assert any(t.endswith("in the afternoon on Friday") for _k, t, _n in got), got
