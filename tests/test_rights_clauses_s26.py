"""Twenty-sixth session (s26-spec, census30 P10): due process and equal protection named
together, by their clauses or by the rights they give. Every sentence here is made up."""

from __future__ import annotations

from linker.load import from_text
from linker.pipeline import scan_article

S1 = "https://constitution.congress.gov/browse/amendment-14/#14_S1"
STATE_STORY = (
    "A federal judge in Idaho struck down the state's ban on gender-affirming care for minors. "
    "Idaho’s law had been on hold since 2023. "
)


def _const(text: str) -> list[tuple[str, str | None, str | None]]:
    found = scan_article(from_text(text, "made-up.txt")).mentions
    return [(m.text, m.authority, m.url) for m in found if m.kind == "constitution"]


def test_a_federal_courts_ruling_on_a_state_law_gives_the_rights_the_fourteenth() -> None:
    text = STATE_STORY + (
        "In her order, U.S. District Judge Jane Roe ruled that the ban violated the due process "
        "and equal protection rights of parents."
    )
    want = ("due process and equal protection rights", "const:amendment:14:section:1", S1)
    assert want in _const(text)


def test_the_clauses_in_the_other_order_and_equal_protection_alone() -> None:
    for words in ("equal protection and due process guarantees", "equal protection rights"):
        text = STATE_STORY + (
            f"In her order, U.S. District Judge Jane Roe ruled that the ban violated the {words} "
            "of families."
        )
        assert (words, "const:amendment:14:section:1", S1) in _const(text), words


def test_a_federal_policy_leaves_the_rights_unlinked() -> None:
    text = (
        "A federal judge in Seattle ruled that the Pentagon policy, set by Executive Order 14183, "
        "violated the due process and equal protection rights of service members."
    )
    assert not [t for t, _a, _u in _const(text) if "protection" in t]


def test_a_state_courts_ruling_leaves_the_rights_unlinked() -> None:
    text = (
        "The Idaho Supreme Court ruled that the state's ban on gender-affirming care for minors "
        "violated the due process and equal protection rights of parents."
    )
    assert not [t for t, _a, _u in _const(text) if "protection" in t]


def test_a_state_constitution_named_leaves_the_rights_unlinked() -> None:
    text = STATE_STORY + (
        "Under the Idaho Constitution, U.S. District Judge Jane Roe ruled that the ban violated "
        "the due process and equal protection rights of parents."
    )
    assert not [t for t, _a, _u in _const(text) if "protection" in t]


def test_no_ruling_in_the_sentence_leaves_the_rights_unlinked() -> None:
    text = STATE_STORY + (
        "Parents say the ban violated the due process and equal protection rights of families."
    )
    assert not [t for t, _a, _u in _const(text) if "protection" in t]


def test_coordinated_clauses_give_due_process_the_home_it_shares() -> None:
    got = _const(
        "The judge found the ban violated the due process and equal protection clauses of the "
        "U.S. Constitution."
    )
    assert ("due process", "const:amendment:14:section:1", S1) in got
    assert ("equal protection clauses", "const:amendment:14:section:1", S1) in got


def test_an_amendment_the_text_names_still_settles_due_process() -> None:
    got = _const(
        "The complaint cites the Fifth Amendment. It says the policy breaks the due process and "
        "equal protection clauses."
    )
    assert (
        "due process",
        "const:amendment:5",
        "https://constitution.congress.gov/browse/amendment-5/",
    ) in got
