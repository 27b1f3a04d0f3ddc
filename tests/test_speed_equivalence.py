"""Speed work that must not change answers: the fast paths against plain reference code."""

from __future__ import annotations

from linker.scanner import agencyrules
from linker.scanner.orderdata import Rule, rules


def _best_reference(cands: list[Rule], words: str) -> tuple[list[Rule], list[Rule]]:
    """``agencyrules._best`` as plainly as it can be written: each row scored by ``_fits``."""
    scored: dict[int, tuple[int, list[Rule]]] = {}
    for r in cands:
        n = agencyrules._fits(r, words)
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
