"""Scanning speed (nineteenth session): the faster helpers give what the slower ones gave.

Each test checks a helper made cheaper (an index, a bisection, a pattern compiled on first
use) against the plain loop it replaced, on made-up mentions and sentences.
"""

from __future__ import annotations

import ast
import random
from pathlib import Path

from linker.load import from_text
from linker.models import Mention
from linker.scanner import _described, _swallowing_orders, scan
from linker.scanner.anaphora import _part_of, _wholes
from linker.scanner.lawsuits import _court_words, _rows_by_court, _suit_words, lawsuits

SCANNER = Path(__file__).resolve().parent.parent / "linker" / "scanner"


def _m(start: int, end: int, kind: str, authority: str | None = None, name: str | None = None):
    return Mention(start, end, "x" * (end - start), kind, authority, name=name)


def test_wholes_keeps_what_the_plain_loop_kept() -> None:
    # a range of Code sections with a section inside it, a law and a title of it, strangers
    cands = [
        _m(0, 10, "statute", "usc:50:21-24", "Alien Enemies Act"),
        _m(20, 30, "statute", "usc:50:21"),
        _m(40, 50, "statute", "usc:42:2000e", "Civil Rights Act of 1964"),
        _m(60, 70, "statute", "usc:42:2000e-2", "Civil Rights Act of 1964, Title VII"),
        _m(80, 90, "statute", "usc:8:1182", "Immigration and Nationality Act"),
        _m(95, 99, "statute", None, "Civil Rights Act of 1964, Title VII, as amended"),
    ]
    plain = [m for m in cands if not any(_part_of(m, w) for w in cands)]
    assert _wholes(cands) == plain
    assert [m.start for m in _wholes(cands)] == [0, 40, 80]


def test_swallowing_orders_as_the_plain_loop_found_them() -> None:
    rng = random.Random(19)
    kinds = ("executive-action", "statute", "case", "constitution", "ruling")
    for _ in range(200):
        ms = []
        for _ in range(rng.randint(1, 12)):
            a = rng.randint(0, 300)
            b = a + rng.randint(-2, 80)  # (an odd empty or reversed span too)
            kind = rng.choice(kinds)
            ms.append(
                Mention(
                    a,
                    b,
                    rng.choice(("an order that would bar it", "Executive Order 14160")),
                    kind,
                    rng.choice((None, "eo:14160", "usc:8:1182")),
                )
            )
        orders = [m for m in ms if m.kind == "executive-action" and m.end - m.start > 30]
        named = [
            m
            for m in ms
            if m.kind in ("constitution", "statute", "case", "regulation", "bill") and m.authority
        ]
        plain = {
            id(o)
            for o in orders
            if any(
                o.start < n.start and (n.end <= o.end or (n.start < o.end and _described(o)))
                for n in named
            )
        }
        assert _swallowing_orders(ms) == plain


def test_court_words_index_every_word_and_challenge_of_a_courts_suits() -> None:
    rows = lawsuits()
    for court, js in _rows_by_court().items():
        by_word, always, by_challenge = _court_words(court)
        for j in js:
            for w in _suit_words(rows[j]):
                assert j in by_word[w]
            for c in rows[j].challenges:
                assert j in by_challenge[c]
            assert (j in always) == any("'" in w for w in _suit_words(rows[j]))


def test_deferred_patterns_are_read_only_as_attributes_of_their_own_module() -> None:
    """A ``deferred`` pattern replaces itself in its module on first use: another module
    that imported it, a container or a default holding it would keep the stand-in."""
    root = SCANNER.parent.parent
    imported: set[tuple[str, str]] = set()  # (module, name) of every ``from … import``
    for path in (root / "linker").rglob("*.py"):
        package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    module = node.module or ""
                imported.update((module, a.name) for a in node.names)
    wrong: list[str] = []
    for path in SCANNER.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {
            node.targets[0].id
            for node in tree.body
            if isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "deferred"
        }
        if not names:
            continue
        parents = {c: p for p in ast.walk(tree) for c in ast.iter_child_nodes(p)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id in names and isinstance(node.ctx, ast.Load):
                parent = parents[node]
                if not (isinstance(parent, ast.Attribute) and parent.value is node):
                    wrong.append(f"{path.name}:{node.lineno}: {node.id} read other than as .attr")
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        wrong += [f"{path.name}: {n} imported" for n in sorted(names) if (module, n) in imported]
    assert not wrong


def test_a_made_up_story_links_as_before() -> None:
    # the paths made cheaper, together: a court in a city two states' courts sit in, the
    # rulings after it, a stopgap the article numbers and its back-references
    text = (
        "A federal judge in Columbus blocked Ohio's new voting law on Tuesday. The judge "
        "wrote that the law was vague.\n\nSeparately, the House passed a stopgap spending "
        "bill to keep the government open, sending H.R. 10545 to the Senate. The continuing "
        "resolution now goes to the Senate, and the CR expires in March."
    )
    found = [
        (m.kind, m.text, m.authority, m.court)
        for m in scan(from_text(text, "made-up.txt", date="2024-12-20"))
    ]
    bill = "bill:118:hr:10545"
    assert found == [
        ("ruling", "A federal judge in Columbus blocked", None, "ohsd"),
        ("ruling", "The judge wrote", None, "ohsd"),
        ("bill", "a stopgap spending bill", bill, None),
        ("bill", "H.R. 10545", bill, None),
        ("bill", "The continuing resolution", bill, None),
        ("bill", "the CR", bill, None),
    ]
