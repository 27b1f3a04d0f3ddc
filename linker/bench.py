"""``make bench``: scanning throughput of linker's whole scanner against eyecite alone.

Both run in the same process on the same news text, interleaved, so the noisy shared
machine affects them alike; the figure that matters is the ratio, not the seconds.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from eyecite import get_citations

from .eval import read_article
from .load import from_text
from .scan import scan


def _news_text(folders: list[Path]) -> str:
    texts = []
    for folder in folders:
        for p in sorted(folder.glob("*.txt")):
            texts.append(read_article(p)[1])
    if not texts:
        texts.append(
            "A federal judge in Oregon blocked Trump's bid to deploy troops in Portland. "
            "Trump says he could invoke the rarely used Insurrection Act. " * 20
        )
    return "\n\n".join(texts)


def _best_of(fn: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def scan_ratio(text: str, rounds: int = 5) -> dict[str, float]:
    article = from_text(text, "bench.txt")
    scan(article)  # warm caches: data files, automata, eyecite's tokenizer
    get_citations(text)
    linker_t, eyecite_t = float("inf"), float("inf")
    for _ in range(rounds):  # interleave so load spikes hit both
        linker_t = min(linker_t, _best_of(lambda: scan(article), 1))
        eyecite_t = min(eyecite_t, _best_of(lambda: get_citations(text), 1))
    n = len(text)
    return {
        "chars": float(n),
        "linker_chars_per_s": n / linker_t,
        "eyecite_chars_per_s": n / eyecite_t,
        "ratio": eyecite_t / linker_t,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folders = [Path(a) for a in args] or [Path("../shared/corpus"), Path("../shared/seeds")]
    text = _news_text(folders)
    r = scan_ratio(text)
    print(f"scan: {int(r['chars'])} chars of news text")
    print(f"  linker scanner : {r['linker_chars_per_s']:>12,.0f} chars/s")
    print(f"  eyecite alone  : {r['eyecite_chars_per_s']:>12,.0f} chars/s")
    print(f"  ratio (linker speed / eyecite speed): {r['ratio']:.2f}  (target ≥ 1.0)")
    try:
        from .bench_fetch import run as fetch_bench  # added with the fetch layer
    except ImportError:
        return 0
    for k, v in fetch_bench().items():
        print(f"fetch: {k}: {v:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
