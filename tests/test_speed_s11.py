"""The eleventh session's speed branch (s11-speed): each cheaper form gives what the plain
one it stands for gives, on the open corpora and on sentences of our own."""

from __future__ import annotations

import re

import pytest

from conftest import OPEN_CORPORA
from linker.bench import news_texts
from linker.scanner import eodated
from linker.scanner.orderdata import executive_orders, register, stems
from linker.scanner.rulings import courtpatterns as CP

_OWN = [
    "A Trump-appointed federal judge in Oregon and a six-member jury; (a judge) “the court”",
    "the three-judge panel, a Reagan-appointed judge, the 12-person jury, a New York-based judge",
    "a\u00a0federal judge — the\tcourt; [the U.S. appeals court] 'a state judge' -the court",
    "On his first day in office, Trump signed an executive order ending birthright citizenship.",
    "Biden signed an executive order on his first day rejoining the Paris climate agreement.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*news_texts(OPEN_CORPORA), *_OWN] if OPEN_CORPORA else list(_OWN)


# ``courtpatterns._opening`` before this branch: the plain form
_PLAIN_APPOINTED = re.compile(
    r"[A-Z][a-z]+-appointed|(?:\d{1,2}|[Ss]ix|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)-(?:person|member)"
)


def _plain_word(word: str, words: frozenset[str]) -> bool:
    if word.endswith("-based"):
        word = word[:-6]
    return word in words or _PLAIN_APPOINTED.fullmatch(word) is not None


def _plain_opening(word: str, words: frozenset[str]) -> int | None:
    if _plain_word(word, words):
        return 0
    lead = len(word) - len(word.lstrip("([{“‘\"'—–-"))
    if 0 < lead < len(word) and _plain_word(word[lead:], words):
        return lead
    return None


def test_a_generic_courts_openings_are_the_plain_ones(texts: list[str]) -> None:
    words = CP._generic_words()
    seen = 0
    odd = {"", "(", "“", "-", "(a", "“the", "—Trump-appointed", "(six-member"}
    for text in texts:
        for w in {*text.split(), *odd}:
            assert CP._opening(w, words) == _plain_opening(w, words), w
            seen += 1
    assert seen > 20


def _plain_first_days_order(
    president: str, sentence: str, words: set[str], date: str | None
) -> tuple[str, str, str] | None:
    """``eodated._first_days_order`` before this branch: every term start up to the date (an
    undated article: up to the year 9999), each over every curated order."""
    low = sentence.lower()
    found: dict[str, tuple[str, str, str]] = {}
    for day in eodated._term_starts(date or "9999-12-31"):
        curated = [
            o for o in executive_orders() if o.signing_date == day and o.president == president
        ]
        listed = [o for o in register().by_day.get(day, ()) if o.president == president]
        if not curated and not listed:
            continue
        for o in curated:
            if any(re.search(rf"(?<!\w){re.escape(t.lower())}(?!\w)", low) for t in o.topics):
                found[o.authority] = (o.authority, o.title, day)
        if date is None:
            continue
        if not found:
            shared = {o.authority: len(stems(o.title) & words) for o in listed}
            top = max(shared.values(), default=0)
            best = [o for o in listed if shared[o.authority] == top]
            if top >= 2 and len(best) == 1:
                found[best[0].authority] = (best[0].authority, best[0].title, day)
        break
    return next(iter(found.values())) if len(found) == 1 else None


def test_the_first_days_order_is_the_plain_ones() -> None:
    # each curated order's first topic in a sentence, and the sentences of our own, for every
    # president, undated and dated on and around each term's start
    # (every fourth order: the plain walk of an undated article costs ~5 ms a call)
    orders = [o for o in executive_orders() if o.topics][::4]
    sentences = [f"On his first day he signed an order on {o.topics[0]}." for o in orders]
    sentences += _OWN
    dates: list[str | None] = [None, "1960-05-01", "2009-01-20", "2017-01-21", "2021-01-20"]
    dates += ["2025-01-20", "2025-06-30", "2031-02-01", "9999-12-31"]
    hits = 0
    for president in ("Trump", "Biden", "Obama", "Nobody"):
        for sentence in sentences:
            ws = stems(sentence)
            for date in dates:
                fast = eodated._first_days_order(president, sentence, ws, date)
                assert fast == _plain_first_days_order(president, sentence, ws, date)
                hits += fast is not None
    assert hits > 0


def test_agency_rules_found_only_where_a_rule_word_is_followed_by_by_are_the_plain_ones(
    texts: list[str],
) -> None:
    from linker.scanner import agencyrules as A
    from linker.scanner.trie import head_matches

    own = [
        "a rule issued by the Labor Department and a new regulation from the EPA; the FTC's rule",
        "the standards adopted by the Biden administration, a ban written by OSHA (OSHA) rules",
        "a rule\nby the FTC; that rule, from the SEC, a mandate proposed by the EPA",
    ]
    rule = re.compile(r"\b(?:[Rr]ules?|[Rr]egulations?|[Rr]egs|bans?|mandates?|standards)\b")
    after = 0
    for text in [*texts, *own]:
        heads = [m.span() for m in rule.finditer(text)]
        for ws, we in [(0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))]:
            plain = [
                *head_matches(text, A._pattern(), heads, A._REACH_BEFORE, A._owner_start(), ws, we),
                *head_matches(
                    text, A._pattern_after(), heads, A._REACH_AFTER_FIRST, A._DET_START, ws, we
                ),
            ]
            plain.sort(key=lambda m: (m.start(), -m.end()))
            kept: list[re.Match[str]] = []
            for m in plain:
                if not (kept and m.start() < kept[-1].end()):
                    kept.append(m)
            fast = A._matches(text, ws, we, heads)
            assert [m.span() for m in fast] == [m.span() for m in kept]
            after += sum(m.re is A._pattern_after() for m in fast)
    assert after >= 3
