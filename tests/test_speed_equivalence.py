"""Speed work that must not change answers: the fast paths against plain reference code."""

from __future__ import annotations

from linker.scanner import agencyrules
from linker.scanner.orderdata import Rule, rules


def _found_keys(r: Rule, words: str) -> list[tuple[int, tuple[int, int], frozenset[str], bool]]:
    """Each of the row's keys that stands in ``words``: its weight, where it stands first, its
    words and whether it has a gap."""
    out = []
    for _, key, w in agencyrules._key_tests(r):
        pat = agencyrules._key_pattern(key)
        m = pat.search(words)
        if m:
            out.append((w, m.span(), agencyrules._KEY_WORDS[pat], pat in agencyrules._GAPPED))
    return out


def _best_reference(cands: list[Rule], words: str) -> tuple[list[Rule], list[Rule]]:
    """``agencyrules._best`` as plainly as it can be written: each row scored by its keys
    that stand in the words (an alias weighing 2 and a topic 1), and, when rows of two rules
    score, without a key that stands inside a longer alias or gap key of another rule that
    has a word the row lacks."""
    found = {id(r): _found_keys(r, words) for r in cands}
    groups = {agencyrules.group_of(r.name) for r in cands if found[id(r)]}

    def total(r: Rule) -> int:
        g = agencyrules.group_of(r.name)
        n = 0
        for w, (s, e), _, _ in found[id(r)]:
            inside = len(groups) > 1 and any(
                agencyrules.group_of(o.name) != g
                and s2 <= s
                and e <= e2
                and e2 - s2 > e - s
                and (w2 >= w or gap2)
                and not words2 <= agencyrules._rule_words(r)
                for o in cands
                for w2, (s2, e2), words2, gap2 in found[id(o)]
            )
            n += 0 if inside else w
        return n

    scored: dict[int, tuple[int, list[Rule]]] = {}
    for r in cands:
        n = total(r)
        if n:
            g = agencyrules.group_of(r.name)
            best, rows = scored.get(g, (0, []))
            scored[g] = (max(best, n), [*rows, r])
    if not scored:
        return [], []
    ranked = sorted(scored.values(), key=lambda v: -v[0])
    tied = [rows for n, rows in ranked if n == ranked[0][0]]
    if len(tied) > 1:
        return [], [r for rows in tied for r in rows]
    return ranked[0][1], []


def test_best_agrees_with_plain_scoring() -> None:
    pool = list(rules())
    samples = [
        "",
        "a",
        "the noncompete rule banning noncompetes",
        "beneficial ownership information reporting for small companies",
        "public charge",
        "the rule on vehicle emissions standards for model year 2027 cars",
        "DACA recipients and Title IX protections for transgender students",
        "the regulations imposing a fee on certain methane emissions",
        "the methane fee and the methane emission standards",
        "carbon emissions from existing coal-fired power plants",
        # keys' texts themselves, and their first words inside longer words
        *(k for r in pool[:60] for k in (*r.aliases, *r.topics)),
        " ".join(k.upper() for r in pool[60:90] for k in r.aliases),
    ]
    for words in samples:
        assert agencyrules._best(pool, words) == _best_reference(pool, words), words
        assert agencyrules._best(pool[::-1], words) == _best_reference(pool[::-1], words)


def test_best_scores_rows_outside_the_table() -> None:
    # a row the table does not hold (its first word unknown to the automaton) is still scored
    base = rules()[0]
    odd = Rule(**{**base.__dict__, "name": base.name, "aliases": ("zzqx widget rule",)})
    words = "the zzqx widget rule"
    assert agencyrules._best([odd], words) == _best_reference([odd], words)
    assert agencyrules._best([odd], words)[0] == [odd]


def test_topics_between_agrees_with_walking_the_slice() -> None:
    from linker.models import Article
    from linker.scanner import Doc
    from linker.scanner.anaphora import _topics_between
    from linker.scanner.orderdata import topic_matcher
    from linker.scanner.sentences import sentences

    phrases = [p for items in list(topic_matcher().table.values())[:40] for p, _ in items]
    text = (
        "President Trump signed an order on "
        + phrases[0]
        + ". Critics said the order on "
        + phrases[1]
        + " and "
        + phrases[2]
        + " went too far.\nThe order, "
        + phrases[3].upper()
        + ", and "
        + phrases[4]
        + "s drew suits. Un"
        + phrases[5]
        + " the order was signed."
    )
    doc = Doc.for_article(Article(text=text, source="t.txt"), ())
    starts = [a for a, _ in sentences(text)]
    assert len(_topics_between(text, 0, len(text), doc)) == 4  # (not "…s", nor "Un…")
    for a in [*starts, 1, 5]:
        for b in range(a, len(text) + 1):
            want = [
                (a + h.start, a + h.end, h.phrase, h.payload)
                for h in topic_matcher().finditer(text[a:b])
            ]
            got = [(h.start, h.end, h.phrase, h.payload) for h in _topics_between(text, a, b, doc)]
            assert got == want, (a, b)
