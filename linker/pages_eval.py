"""How well linker reads real publisher pages: ``make eval`` (``python -m linker.pages_eval``).

A pages folder holds ``NAME.html`` (a saved page, trimmed of scripts and styles) and
``NAME.json`` (``url``, ``source``, ``licence`` and ``article``: the article text a reader
sees, from the benchmark the page comes from). For each page the text linker extracts is
compared with the expected article as bags of words:

* **precision** — the share of linker's text that is article text (the rest is menus,
  sidebars, footers, captions: where false mentions come from);
* **recall** — the share of the article's text that linker kept.

Prints one line per page and the totals over all words (micro-averaged), and returns 1 when the
totals fall below the targets (95% precision, 98% recall).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .load import decode_html, from_text

TARGET_PRECISION = 0.95
TARGET_RECALL = 0.98
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> Counter[str]:
    """The bag of lower-cased words of ``text``."""
    return Counter(w.lower() for w in _WORD.findall(text))


@dataclass(frozen=True)
class PageScore:
    name: str
    kept: int  # words of linker's text that are article words
    output: int  # words of linker's text
    expected: int  # words of the article

    @property
    def precision(self) -> float:
        return self.kept / self.output if self.output else 0.0

    @property
    def recall(self) -> float:
        return self.kept / self.expected if self.expected else 1.0


def score_text(name: str, got: str, expected: str) -> PageScore:
    g, e = words(got), words(expected)
    return PageScore(name, sum((g & e).values()), sum(g.values()), sum(e.values()))


def score_page(html_path: Path) -> PageScore:
    meta = json.loads(html_path.with_suffix(".json").read_text(encoding="utf-8"))
    html = decode_html(html_path.read_bytes(), str(html_path))
    article = from_text(html, str(html_path), is_html=True, url=meta.get("url"))
    return score_text(html_path.stem, article.text, meta["article"])


def score_folder(folder: Path) -> list[PageScore]:
    return [score_page(p) for p in sorted(folder.glob("*.html"))]


def totals(scores: Sequence[PageScore]) -> PageScore:
    return PageScore(
        "all",
        sum(s.kept for s in scores),
        sum(s.output for s in scores),
        sum(s.expected for s in scores),
    )


def main(argv: Sequence[str] | None = None) -> int:
    folders = [Path(a) for a in (sys.argv[1:] if argv is None else argv)] or [Path("tests/pages")]
    ok = True
    for folder in folders:
        scores = score_folder(folder)
        print(f"== {folder}: {len(scores)} saved pages (bag-of-words, micro-averaged)")
        for s in scores:
            print(f"  {s.name:40s} precision {s.precision:.3f}  recall {s.recall:.3f}")
        t = totals(scores)
        print(f"  {'all pages':40s} precision {t.precision:.3f}  recall {t.recall:.3f}")
        print(
            f"  worst page: precision {min(s.precision for s in scores):.3f}, "
            f"recall {min(s.recall for s in scores):.3f}"
        )
        ok = ok and t.precision >= TARGET_PRECISION and t.recall >= TARGET_RECALL
    return 0 if ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
