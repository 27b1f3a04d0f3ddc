"""Ruling mentions on ../shared/corpus: detection and court accuracy (skips without it).

Run ``python tests/test_rulings_corpus.py`` for a per-mention report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linker.models import Mention
from linker.scanner import rulings
from linker.scanner.doc import Doc


def find(text: str, date: str | None = None) -> list[Mention]:
    return rulings.find(Doc.of(text, date))


CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _load(path: Path) -> tuple[str, list[dict[str, object]]]:
    raw = path.read_text(encoding="utf-8")
    text = raw.split("\n", 1)[1]
    text = text[1:] if text.startswith("\n") else text
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    out = []
    for g in gold["mentions"]:
        if g["kind"] not in ("ruling-description", "ruling"):
            continue
        pos = -1
        for _ in range(int(g.get("occurrence", 1))):
            pos = text.find(g["text"], pos + 1)
        out.append({**g, "start": pos, "end": pos + len(g["text"])})
    return text, out


def measure(verbose: bool = False) -> dict[str, float]:
    tp = fp = fn = court_ok = 0
    for path in sorted(CORPUS.glob("*.txt")):
        text, gold = _load(path)
        pred = find(text, None)
        used: set[int] = set()
        for p in pred:
            hit = [g for g in gold if g["start"] < p.end and p.start < g["end"]]
            if not hit:
                fp += 1
                if verbose:
                    print(f"FP {path.name[:2]} {p.court} {p.text!r}")
                continue
            g = hit[0]
            used.update(id(h) for h in hit)
            if g.get("optional"):
                continue
            tp += 1
            ok = p.court == g.get("court")
            court_ok += ok
            if verbose:
                print(
                    f"{'OK' if ok else 'XX'} {path.name[:2]} {p.court}/{g.get('court')} "
                    f"{p.text!r} ~ {g['text']!r}"
                )
        for g in gold:
            if id(g) not in used and not g.get("optional"):
                fn += 1
                if verbose:
                    print(f"FN {path.name[:2]} {g.get('court')} {g['text']!r}")
    return {
        "precision": tp / max(1, tp + fp),
        "recall": tp / max(1, tp + fn),
        "court": court_ok / max(1, tp),
    }


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_corpus_rulings_meet_the_bar() -> None:
    r = measure()
    assert r["recall"] >= 0.85, r
    assert r["precision"] >= 0.9, r
    assert r["court"] >= 0.9, r


if __name__ == "__main__":
    print(measure(verbose=True))
