"""``make bench``: linker's scanner against eyecite alone, measured honestly.

Three figures, each a ratio of two things measured in one process (or one shell), in
interleaved rounds, so the noisy shared machine affects both alike:

- **per article**: every corpus article scanned on its own, as a fresh string, against
  eyecite's ``get_citations`` on the same strings (min and median of the rounds);
- **size sweep**: documents of 2 KB to 2 MB made of news text, with the fitted exponent of
  time against size for both (1.0 is linear);
- **start-up**: ``linker scan`` on a short article as a whole process against
  ``python -c "import eyecite"``.

Then the fetch figures (``bench_fetch``) and a warm offline ``link`` per article.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .eval import read_article
from .load import from_text
from .scanner import scan

DEFAULT_FOLDERS = (
    Path("../shared/corpus"),
    Path("tests/corpus"),
    Path("tests/corpus-final"),
    Path("tests/corpus-blind"),
    Path("tests/corpus-blind2"),
)
SIZES = (2_000, 8_000, 32_000, 128_000, 512_000, 2_000_000)


def news_texts(folders: tuple[Path, ...] | list[Path]) -> list[str]:
    texts = [read_article(p)[1] for folder in folders for p in sorted(folder.glob("*.txt"))]
    return texts or [
        "A federal judge in Oregon blocked Trump's bid to deploy troops in Portland. "
        "Trump says he could invoke the rarely used Insurrection Act. " * 20
    ]


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _get_citations() -> Callable[[str], object]:
    from eyecite import get_citations

    return get_citations


def per_article(texts: list[str], rounds: int = 7) -> dict[str, float]:
    """Each article on its own; each round's strings are new (a trailing space more), so no
    cache keyed on the text can carry work from one round to the next."""
    get_citations = _get_citations()
    for t in texts:  # warm: data files, automata, eyecite's tokenizer
        scan(from_text(t, "bench.txt"))
        get_citations(t)
    lk: list[float] = []
    ey: list[float] = []
    for r in range(rounds):
        fresh = [t + " " * (r + 1) for t in texts]
        arts = [from_text(t, "bench.txt") for t in fresh]
        lk.append(_timed(lambda arts=arts: [scan(a) for a in arts]))  # type: ignore[misc]
        ey.append(_timed(lambda fresh=fresh: [get_citations(t) for t in fresh]))  # type: ignore[misc]
    n = len(texts)
    return {
        "articles": float(n),
        "chars": float(sum(map(len, texts))),
        "linker_ms_min": 1000 * min(lk) / n,
        "linker_ms_median": 1000 * statistics.median(lk) / n,
        "eyecite_ms_min": 1000 * min(ey) / n,
        "eyecite_ms_median": 1000 * statistics.median(ey) / n,
        "ratio_min": min(ey) / min(lk),
        "ratio_median": statistics.median(ey) / statistics.median(lk),
    }


def document_of(texts: list[str], size: int) -> str:
    """News text of about ``size`` characters: the articles one after another, repeated."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def exponent(points: list[tuple[float, float]]) -> float:
    """The slope of log(time) against log(size): least squares."""
    xs = [math.log(s) for s, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs)
    return num / den if den else float("nan")


def size_sweep(texts: list[str], sizes: tuple[int, ...] = SIZES) -> list[dict[str, float]]:
    get_citations = _get_citations()
    rows = []
    for size in sizes:
        doc = document_of(texts, size)
        rounds = 3 if size <= 128_000 else 1
        lk, ey = [], []
        for r in range(rounds):
            fresh = doc + " " * (r + 1)
            art = from_text(fresh, "bench.txt")
            lk.append(_timed(lambda art=art: scan(art)))  # type: ignore[misc]
            ey.append(_timed(lambda fresh=fresh: get_citations(fresh)))  # type: ignore[misc]
        rows.append({"size": float(size), "linker_s": min(lk), "eyecite_s": min(ey)})
    return rows


def startup(rounds: int = 7) -> dict[str, float]:
    """``linker scan`` on a short article as a process against importing eyecite."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "short.txt"
        path.write_text(
            "A federal judge in Oregon blocked Trump's bid to deploy troops in Portland, "
            "and Trump says he could invoke the Insurrection Act, 10 U.S.C. § 252.\n",
            encoding="utf-8",
        )
        lk_cmd = [sys.executable, "-m", "linker", "scan", str(path), "--json"]
        ey_cmd = [sys.executable, "-c", "import eyecite"]
        # warm the disk cache and the bytecode cache: with PYTHONDONTWRITEBYTECODE set and no
        # __pycache__ yet (a fresh checkout), every run would compile linker's sources again
        # (about 100 ms) while eyecite's installed bytecode is read
        warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(lk_cmd, capture_output=True, check=True, env=warm_env)
        lk, ey = [], []
        for _ in range(rounds):
            lk.append(_timed(lambda: subprocess.run(lk_cmd, capture_output=True, check=True)))
            ey.append(_timed(lambda: subprocess.run(ey_cmd, capture_output=True, check=True)))
    return {
        "linker_s_min": min(lk),
        "linker_s_median": statistics.median(lk),
        "eyecite_s_min": min(ey),
        "eyecite_s_median": statistics.median(ey),
        "ratio_min": min(lk) / min(ey),
        "ratio_median": statistics.median(lk) / statistics.median(ey),
    }


def offline_link_seconds(texts: list[str], size: int) -> float:
    """A whole ``link --offline`` (scan, cache look-ups, render) of one large document."""
    from .config import Config
    from .pipeline import link_article
    from .render import render_html
    from .store import open_cache

    doc = document_of(texts, size)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_cache(Path(tmp) / "bench.sqlite")
        t0 = time.perf_counter()
        linked, _ = link_article(
            from_text(doc, "big.txt"), db=db, client=None, config=Config.from_env({}), offline=True
        )
        render_html(linked)
        took = time.perf_counter() - t0
        db.conn.close()
    return took


def warm_article_seconds(texts: list[str]) -> float:
    """Mean wall time of a whole offline ``link`` (load, scan, cache look-ups, render)."""
    from .config import Config
    from .pipeline import link_article
    from .render import render_html
    from .store import open_cache

    with tempfile.TemporaryDirectory() as tmp:
        db = open_cache(Path(tmp) / "bench.sqlite")
        config = Config.from_env({})
        t0 = time.perf_counter()
        for t in texts:
            linked, _ = link_article(
                from_text(t, "bench.txt"), db=db, client=None, config=config, offline=True
            )
            render_html(linked)
        total = time.perf_counter() - t0
        db.conn.close()
    return total / len(texts)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m linker.bench",
        description="linker's scanner against eyecite alone: per article, size sweep, start-up, "
        "fetch and warm link figures, each a ratio measured in one run.",
    )
    ap.add_argument(
        "folders",
        nargs="*",
        type=Path,
        help="folders of *.txt articles to time (default: "
        + ", ".join(str(f) for f in DEFAULT_FOLDERS)
        + ")",
    )
    ap.add_argument("--quick", action="store_true", help="sizes up to 128 KB, no 1 MB link")
    return ap


def main(argv: list[str] | None = None) -> int:
    opts = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    quick = bool(opts.quick)
    folders = list(opts.folders) or list(DEFAULT_FOLDERS)
    texts = news_texts([f for f in folders if f.is_dir()])

    p = per_article(texts)
    print(f"per article: {int(p['articles'])} articles, {int(p['chars']):,} chars, each alone")
    print(
        f"  linker scanner : {p['linker_ms_min']:6.2f} ms min, "
        f"{p['linker_ms_median']:6.2f} ms median"
    )
    print(
        f"  eyecite alone  : {p['eyecite_ms_min']:6.2f} ms min, "
        f"{p['eyecite_ms_median']:6.2f} ms median"
    )
    print(
        f"  ratio (linker speed / eyecite speed): {p['ratio_min']:.2f} min, "
        f"{p['ratio_median']:.2f} median  (target ≥ 1.0)"
    )

    sizes = SIZES[:4] if quick else SIZES
    rows = size_sweep(texts, sizes)
    print("size sweep (one document of news text; best of 3 up to 128 KB, else 1 run):")
    print(f"  {'size':>10} {'linker s':>10} {'eyecite s':>10} {'ratio':>7}")
    for r in rows:
        print(
            f"  {int(r['size']):>10,} {r['linker_s']:>10.3f} {r['eyecite_s']:>10.3f} "
            f"{r['eyecite_s'] / r['linker_s']:>7.2f}"
        )
    lk_exp = exponent([(r["size"], r["linker_s"]) for r in rows])
    ey_exp = exponent([(r["size"], r["eyecite_s"]) for r in rows])
    print(f"  fitted exponent: linker {lk_exp:.2f}, eyecite {ey_exp:.2f}  (target linker ≤ 1.15)")

    s = startup()
    print("start-up: `linker scan SHORT --json` as a process / `python -c 'import eyecite'`")
    print(
        f"  linker {s['linker_s_min']:.3f} s min ({s['linker_s_median']:.3f} median), "
        f"eyecite {s['eyecite_s_min']:.3f} s min ({s['eyecite_s_median']:.3f} median)"
    )
    print(f"  ratio: {s['ratio_min']:.2f} min, {s['ratio_median']:.2f} median  (target ≤ 1.3)")

    if not quick:
        big = offline_link_seconds(texts, 1_000_000)
        print(
            f"link --offline of a 1 MB document (scan, cache, render): {big:.1f} s  (target < 60)"
        )

    from .bench_fetch import run as fetch_bench

    f = fetch_bench()
    print(f"fetch: {int(f['sources'])} sources from a local server with 200 ms latency each")
    print(
        f"  cold  : {f['cold_s']:.2f} s  (serial would take {f['serial_s']:.2f} s; "
        f"ratio {f['cold_over_serial']:.2f}, lower is better)"
    )
    print(f"  warm  : {f['warm_s']:.3f} s, {int(f['warm_requests'])} requests")
    per = warm_article_seconds(texts)
    print(f"warm link run per article (scan, cache, render; no request): {1000 * per:.0f} ms mean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
