"""How overlapping candidates are settled: named mentions first, ruling clauses yield."""

from __future__ import annotations

from linker.models import Mention
from linker.scanner import select

TEXT = "The Supreme Court's decision in Dobbs v. Jackson Women's Health Organization stands."


def _m(text: str, kind: str, **kw: object) -> Mention:
    start = TEXT.index(text)
    return Mention(start, start + len(text), text, kind, **kw)  # type: ignore[arg-type]


def test_a_ruling_clause_is_trimmed_before_the_case_it_would_swallow() -> None:
    clause = _m(
        "The Supreme Court's decision in Dobbs v. Jackson Women's Health Organization",
        "ruling",
        court="scotus",
    )
    case = _m("Dobbs v. Jackson Women's Health Organization", "case", authority="cite:597:us:215")
    kept = select([clause, case])
    assert [(m.text, m.kind) for m in kept] == [
        ("The Supreme Court's decision", "ruling"),
        ("Dobbs v. Jackson Women's Health Organization", "case"),
    ]


def test_a_clause_that_starts_inside_a_name_is_dropped() -> None:
    case = _m("Dobbs v. Jackson Women's Health Organization", "case", authority="cite:597:us:215")
    clause = _m("Jackson Women's Health Organization stands", "ruling", court="scotus")
    assert select([clause, case]) == [case]


def test_longer_resolved_named_mention_wins_over_a_shorter_one() -> None:
    long = _m("Dobbs v. Jackson Women's Health Organization", "case", authority="cite:597:us:215")
    short = _m("Dobbs", "case", authority="cite:597:us:215", confidence=0.7)
    assert select([short, long]) == [long]


def test_a_clause_ending_on_a_possessive_before_a_rule_is_tidied() -> None:
    text = "A judge blocked the Biden administration’s final Title IX rule on Monday."
    end = text.index(" final")
    clause = Mention(0, end, text[:end], "ruling", court="ksd")
    s = text.index("final Title IX rule")
    rule = Mention(s, s + 19, text[s : s + 19], "regulation", "fr:89:33474")
    assert [m.text for m in select([clause, rule])] == ["A judge blocked", "final Title IX rule"]
