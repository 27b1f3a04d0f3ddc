"""Thirteenth session's second speed round: each cheaper form gives exactly what the plain one
gave."""

from __future__ import annotations

import pytest

from linker.scanner import eyecites

_PIN_CITES = [
    "In Smith v. Jones, 500 U.S. 12 (1991), the Court held so. Later, Smith, 500 U.S. at 15, "
    "was read narrowly.",
    "Smith v. Jones, 500 U.S. 12 (1991), was read narrowly; see Jones at 14.",
    "Smith v. Jones, 500 U.S. 12 (1991), was read narrowly, and nothing refers back to it.",
    "Brown v. Board of Education, 347 U.S. 483 (1954). Brown at 495 says so; Board at 4.",
    "A. v. B., 1 U.S. 1 (1790), and nothing else.",
    "Brown v. Board of Education, 347 U.S. 483 (1954). Later, in Brown at 495, it said.",
    "Roe v. Wade, 410 U.S. 113 (1973), then Roe at 150. And Wade at 151.",
]


@pytest.mark.parametrize("text", _PIN_CITES)
def test_pin_cite_gate_finds_what_eyecite_finds(text: str) -> None:
    import eyecite.find as find
    from eyecite import get_citations

    eyecites._gate_pin_cites()
    gated = find.extract_pincited_reference_citations
    assert getattr(gated, "gated", False)
    plain = gated.plain  # eyecite's own function
    checked: list[bool] = []
    for c in get_citations(text):
        if type(c).__name__ == "FullCaseCitation":
            want = [(r.span(), r.metadata.__dict__) for r in plain(c, text)]
            got = [(r.span(), r.metadata.__dict__) for r in gated(c, text)]
            assert got == want
            checked.append(bool(want))
    assert checked


def test_pin_cite_gate_keeps_references() -> None:
    """A reference eyecite finds is found through the gate too."""
    from eyecite import get_citations

    eyecites._gate_pin_cites()
    text = "Roe v. Wade, 410 U.S. 113 (1973), then Roe at 150. And Wade at 151."
    kinds = [type(c).__name__ for c in get_citations(text)]
    assert kinds == ["FullCaseCitation", "ReferenceCitation", "ReferenceCitation"]


_HOLDS_CONTEXTS = [
    "The Texas Heartbeat Act bans abortion",
    "the heartbeat law’s ban, the state's Heartbeat",
    "Kansas KANSAS kansas’s",
    "İllinois illinois ıllinois",
    "ſtate state \u212aansas",
    "Arkansas's law",
    "aTexas Texas",
    "",
]
_HOLDS_WORDS = ["Texas", "heartbeat", "Kansas’s", "Illinois", "states", "state", "Ark", "’s"]


@pytest.mark.parametrize("context", _HOLDS_CONTEXTS)
def test_holds_without_a_pattern(context: str) -> None:
    import re

    from linker.scanner import anaphora

    for word in _HOLDS_WORDS:
        bare = anaphora._POSSESSIVE.sub("", word)
        stem = bare[:-1] if len(bare) > 4 and bare.endswith("s") else bare
        plain = re.search(rf"(?<![A-Za-z]){re.escape(stem)}", context, re.IGNORECASE)
        assert anaphora._holds(context, word) == (plain is not None), (context, word)


def test_topic_phrase_found_as_the_pattern_finds_it() -> None:
    """``eodated._holds_phrase`` against the pattern it stands for, on every curated topic
    phrase in sentences of the shapes news prints them (own words, edges, inside a word)."""
    import re

    from linker.scanner import eodated
    from linker.scanner.orderdata import executive_orders

    phrases = sorted({t.lower() for o in executive_orders() for t in o.topics})
    assert phrases
    for t in [*phrases[:: max(1, len(phrases) // 60)], "", "ai", "é"]:
        for low in (
            f"the order on {t}, signed today",
            f"{t}",
            f"x{t} and {t}_ and {t}s",
            f"the {t}-related order",
            f"café {t}é étude {t}",
            "nothing here",
        ):
            plain = re.search(rf"(?<!\w){re.escape(t)}(?!\w)", low) is not None
            assert eodated._holds_phrase(low, t) == plain, (low, t)


def test_rule_keys_as_the_patterns_give_them() -> None:
    """``agencyrules._keys`` with its first-word gate gives, for every row of the rules
    table, the keys the patterns alone gave."""
    from linker.scanner import agencyrules as ar

    def plain(rule: ar.Rule) -> tuple[tuple[str, int], ...]:
        aliases: list[str] = []
        for a in rule.aliases:
            if not any(ar._key_pattern(k).fullmatch(a) for k in aliases):
                aliases.append(a)
        topics: list[str] = []
        for t in rule.topics:
            if not any(ar._key_pattern(k).search(t) for k in aliases) and not any(
                ar._key_pattern(k).fullmatch(t) for k in topics
            ):
                topics.append(t)
        return (*((a, 2) for a in aliases), *((t, 1) for t in topics))

    rows = ar.rules()
    assert rows
    for rule in rows:
        assert ar._keys(rule) == plain(rule), rule.name
