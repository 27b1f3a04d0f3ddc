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


def scan_ratio(text: str, rounds: int = 9) -> dict[str, float]:
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
    from .bench_fetch import run as fetch_bench

    f = fetch_bench()
    print(f"fetch: {int(f['sources'])} sources from a local server with 200 ms latency each")
    print(
        f"  cold  : {f['cold_s']:.2f} s  (serial would take {f['serial_s']:.2f} s; "
        f"ratio {f['cold_over_serial']:.2f}, lower is better)"
    )
    print(f"  warm  : {f['warm_s']:.3f} s, {int(f['warm_requests'])} requests")
    per = warm_article_seconds(folders)
    if per:
        print(
            f"warm link run per article (scan, cache, render; no request): "
            f"{1000 * per:.0f} ms mean over the corpus"
        )
    return 0


def warm_article_seconds(folders: list[Path]) -> float | None:
    """Mean wall time of a whole offline ``link`` (load, scan, cache look-ups, render)."""
    import tempfile

    from .config import Config
    from .pipeline import link_article
    from .render import render_html
    from .store import open_cache

    paths = [p for folder in folders for p in sorted(folder.glob("*.txt"))]
    if not paths:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        db = open_cache(Path(tmp) / "bench.sqlite")
        config = Config.from_env({})
        t0 = time.perf_counter()
        for p in paths:
            source, text = read_article(p)
            linked, _ = link_article(
                from_text(text, source), db=db, client=None, config=config, offline=True
            )
            render_html(linked)
        total = time.perf_counter() - t0
        db.conn.close()
    return total / len(paths)


if __name__ == "__main__":
    sys.exit(main())
