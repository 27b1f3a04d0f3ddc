"""Start-up (branch s28-speed2): the ruling-verb pattern and the other big module patterns few
short articles read are compiled on their first use, not when the scanner's passes are
imported; an article that never reads them never compiles them, and one that does finds what
it found before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import mentions

ROOT = Path(__file__).resolve().parent.parent

# Imports every pass (as ``linker scan`` does), scans a made-up paragraph about a new law with
# no court in it, and prints how many of the deferred patterns were compiled.
_PROBE = """
import sys
from linker.models import Article
from linker.scanner import scan
from linker.scanner.registry import finders, follow_ups
from linker.scanner.rulings import courtcleanup, words
from linker.scanner import captions, eonumbered, indictments
finders(); follow_ups()
deferred = [words.RV, words.RN_LEAD, words.LEGAL_NOUN, courtcleanup.DESTINATION,
            captions.GENERIC, captions.IN_RE, eonumbered.LIST_TAIL, *indictments.FEDERAL_INDICTMENT]
print(sum(p.cache_info().currsize for p in deferred))
scan(Article(text=sys.argv[1], source="probe"))
print(sum(p.cache_info().currsize for p in deferred))
"""


def _compiled(text: str) -> list[int]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, text],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [int(line) for line in out.split()]


def test_importing_the_passes_compiles_none_of_the_deferred_patterns() -> None:
    text = (
        "The county council approved a new parks budget on Monday. Members said the money "
        "would pay for three playgrounds and a longer season at the public pool."
    )
    assert _compiled(text) == [0, 0]


def test_a_ruling_still_compiles_and_reads_the_ruling_verb_pattern() -> None:
    text = (
        "A federal judge in Texas on Tuesday blocked the Labor Department's overtime rule, "
        "saying the agency had exceeded its authority."
    )
    before, after = _compiled(text)
    assert before == 0 and after >= 1
    found = [(m.kind, m.text) for m in mentions(text, "2024-11-19")]
    assert any(kind == "ruling" for kind, _ in found), found
