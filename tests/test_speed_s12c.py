"""Twelfth session, third speed round: the court references' cheap refusals match exactly
what the patterns matched without them."""

from __future__ import annotations

import re

import pytest

from conftest import OPEN_CORPORA
from linker.bench import news_texts
from linker.scanner.rulings import courtpatterns as CP
from linker.scanner.rulings import unrepeat

_REFUSAL = r"(?![Tt]he\s+Supreme\s+Court\b(?!\s+of\s)|Supreme\s+Court\b(?!\s+of\s))(?:"

_OWN = [
    "the Supreme Court of Ohio ruled; The Supreme Judicial Court said; the Supreme Court ruled",
    "Supreme Court of\nTexas; the Supreme Court’s ruling; The Supreme  Court of  New Jersey",
    "the Supreme Court of; the Ohio Supreme Court; the NJ Supreme Court; Supreme Court",
    "The Supreme Courts; the state Supreme Judicial Court; theSupreme Court of Maine; a TX",
    "Supreme Court of Appeals; The\tSupreme\nCourt of Iowa; THE Supreme Court of Utah",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*news_texts(OPEN_CORPORA), *_OWN] if OPEN_CORPORA else list(_OWN)


def test_state_supreme_refusal_is_the_source_without_it(texts: list[str]) -> None:
    source = dict(CP._sources())["state_supreme"]
    assert source.startswith(_REFUSAL) and source.endswith(")")
    plain = unrepeat.compile(source[len(_REFUSAL) : -1])
    fast = CP._compiled("state_supreme")
    for text in texts:
        # (each word start, as ``head_matches`` tries them, to the text's end and cut short)
        for at in [m.start() for m in re.finditer(r"\S+", text)]:
            for end in (len(text), min(len(text), at + 25)):
                a, b = plain.match(text, at, end), fast.match(text, at, end)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
