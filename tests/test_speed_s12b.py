"""The twelfth session's speed branch outside the rulings (s12-speed-rest): each cheaper form
gives what the plain one it stands for gives — patterns compiled on first use, the state laws
before a back-reference by bisection, the new cases' overlaps, the lawsuits' long-text look-up —
on the open corpora and on cases of our own."""

from __future__ import annotations

import random
import re
import types

import pytest

from conftest import OPEN_CORPORA
from linker.bench import news_texts
from linker.load import from_text
from linker.models import Mention
from linker.scanner import scan
from linker.scanner.lazyre import _Deferred, deferred
from linker.scanner.precedents import with_cases
from linker.scanner.staterefs import _Before, _state_of


def test_a_deferred_pattern_compiles_on_first_use_and_takes_its_place() -> None:
    module = types.ModuleType("deferred_probe")
    exec(
        "from linker.scanner.lazyre import deferred\n"
        "WORD = deferred(r'(?<![\\w-])[Ll]aw\\b', 0)\n"
        "def find(text):\n"
        "    return [m.span() for m in WORD.finditer(text)]\n",
        module.__dict__,
    )
    assert isinstance(module.WORD, _Deferred)  # nothing compiled at import
    text = "The law, a by-law and the Law Act; lawyers"
    assert module.find(text) == [m.span() for m in re.finditer(r"(?<![\w-])[Ll]aw\b", text)]
    assert isinstance(module.WORD, re.Pattern)  # the module now reads the pattern itself
    assert module.find(text) == [(4, 7), (26, 29)]
    flagged = deferred("abc", re.IGNORECASE)  # (a stand-in asked directly forwards too)
    assert flagged.search("xABC") is not None
    assert flagged.flags & re.IGNORECASE


def _law(start: int, end: int, name: str | None) -> Mention:
    return Mention(start, end, name or "the law", "statute", "state:x:law", name=name)


_NAMES = ["Texas Senate Bill 4", "Florida Parental Rights Act", "Ohio Heartbeat Act", None]


@pytest.mark.parametrize("seed", range(40))
def test_the_laws_before_a_place_by_bisection_are_the_plain_reading(seed: int) -> None:
    rng = random.Random(seed)
    laws = []
    at = 0
    for _ in range(rng.randint(1, 12)):
        at += rng.randint(0, 60)
        # (some overlap the one before and end before it: the plain reading then)
        length = rng.randint(1, 90 if rng.random() < 0.2 else 30)
        laws.append(_law(at, at + length, rng.choice(_NAMES)))
    laws.sort(key=lambda m: m.start)
    before = _Before(laws)
    for place in range(0, at + 120, 3):
        plain = [m for m in laws if m.end <= place]
        assert before.last(place, None) == (plain[-1] if plain else None)
        if plain:
            assert before.one_state(place) == (len({_state_of(m) for m in plain}) == 1)
        for state in ("Texas", "Florida", "Ohio"):
            of_state = [m for m in plain if _state_of(m) == state]
            assert before.last(place, state) == (of_state[-1] if of_state else None)


def _plain_with_cases(mentions: list[Mention], new: list[Mention]) -> list[Mention]:
    if not new:
        return mentions
    kept = []
    for x in mentions:
        over = [n for n in new if n.start < x.end and x.start < n.end]
        if over and x.kind == "ruling" and not x.anaphor:
            continue
        kept.append(x)
    taken = [(x.start, x.end) for x in kept if x.kind == "case"]
    kept.extend(n for n in new if not any(n.start < te and ts < n.end for ts, te in taken))
    return sorted(kept, key=lambda m: (m.start, m.end))


@pytest.mark.parametrize("seed", range(40))
def test_new_cases_by_bisection_are_the_plain_reading(seed: int) -> None:
    rng = random.Random(seed)

    def some(n: int, kinds: tuple[str, ...]) -> list[Mention]:
        out = []
        for _ in range(n):
            s = rng.randint(0, 400)
            out.append(
                Mention(
                    s,
                    s + rng.randint(0, 40),
                    "x",
                    rng.choice(kinds),
                    None,
                    anaphor=rng.random() < 0.3,
                )
            )
        return sorted(out, key=lambda m: (m.start, m.end))

    mentions = some(rng.randint(0, 30), ("ruling", "case", "statute"))
    new = some(rng.randint(0, 8), ("case",))
    assert with_cases(mentions, new) == _plain_with_cases(mentions, new)


def test_no_module_keeps_a_stand_in_after_its_pattern_is_compiled() -> None:
    """A deferred pattern another module imported (or kept in a default, a container) would
    keep the stand-in there after its first use: slower, and no ``re.Pattern`` to ``is`` or
    ``isinstance``. After scans of the open corpora, every stand-in that was compiled must be
    gone from every module's namespace."""
    import sys

    texts = news_texts(OPEN_CORPORA)[:60] if OPEN_CORPORA else ["The Clean Air Act, 42 U.S.C."]
    for t in texts:
        scan(from_text(t, "probe.txt"))
    stale = [
        f"{name}.{key}"
        for name, module in list(sys.modules.items())
        if name.startswith("linker")
        for key, value in list(vars(module).items())
        if isinstance(value, _Deferred) and value._pattern is not None
    ]
    assert stale == []
