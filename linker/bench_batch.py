"""``make bench``, batch part: throughput with 1 and 2 workers, overhead, peak memory.

The archive is made of the project's own annotated news excerpts (``tests/corpus*``), copied
as many times as needed, each copy a different file with a different first line. Everything
runs offline on an empty cache, so the figures are the batch machinery and the scanner and
renderer, not the network.

- **in-process API**: one loop in this process (``load_article`` → ``link_article`` →
  ``render_html`` → atomic write), what a script using the library would do;
- **batch, 1 and 2 workers**: ``linker batch`` in a fresh process, timed by the batch itself
  from its start to its report (imports excluded, as for the loop);
- **peak memory**: the batch's main process and its largest worker, for 1,000 and 10,000
  articles (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .eval import read_article

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("tests/corpus", "tests/corpus-final", "tests/corpus-blind", "tests/corpus-blind2")


def make_archive(folder: Path, n: int) -> list[Path]:
    """``n`` article files under ``folder`` (nested by hundreds), cycled over the corpora."""
    texts = [read_article(p)[1] for c in CORPORA for p in sorted((ROOT / c).glob("*.txt"))]
    if not texts:
        texts = ["A federal judge in Oregon blocked Trump's bid to deploy troops in Portland."]
    paths = []
    for i in range(n):
        sub = folder / f"{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        p = sub / f"a{i:06d}.txt"
        p.write_text(f"Archive item {i}.\n\n{texts[i % len(texts)]}", encoding="utf-8")
        paths.append(p)
    return paths


def in_process(paths: list[Path], out: Path, cache: Path) -> float:
    """Seconds for the library loop over ``paths`` (after one warm-up article)."""
    from .config import Config
    from .load import load_article
    from .output import write_atomic
    from .pipeline import link_article
    from .render import render_html
    from .store import open_cache

    db = open_cache(cache)
    config = Config.from_env({})

    def one(p: Path) -> None:
        linked, _ = link_article(
            load_article(str(p)), db=db, client=None, config=config, offline=True
        )
        write_atomic(out / f"{p.stem}.html", render_html(linked))

    one(paths[0])
    t0 = time.perf_counter()
    for p in paths:
        one(p)
    total = time.perf_counter() - t0
    db.close()
    return total


def batch(folder: Path, out: Path, cache: Path, workers: int) -> dict[str, Any]:
    """Run ``linker batch`` in a fresh process; its ``batch-report.json``."""
    cmd = [
        sys.executable,
        "-m",
        "linker",
        "batch",
        str(folder),
        "--out",
        str(out),
        "--offline",
        "--workers",
        str(workers),
        "--cache",
        str(cache),
    ]
    env = {**os.environ, "LINKER_OFFLINE": "1"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"linker batch failed: {proc.stderr.strip()}")
    report: dict[str, Any] = json.loads((out / "batch-report.json").read_text())
    return report


def _spin(n: int) -> int:
    x = 0
    for i in range(n):
        x += i * i
    return x


def machine_ceiling(n: int = 30_000_000) -> float:
    """What two processes give over one on this machine for pure Python work (best of 2).

    On a shared machine the second core may be busy or a hyperthread; the batch can never
    beat this ratio, so the bench prints it beside the batch's own.
    """
    import multiprocessing

    best = 0.0
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for _ in range(2):
            t0 = time.perf_counter()
            _spin(n)
            one = time.perf_counter() - t0
            t0 = time.perf_counter()
            pool.map(_spin, [n // 2, n // 2])
            best = max(best, one / (time.perf_counter() - t0))
    return best


def run(n: int = 1000, big: int = 10_000, rounds: int = 1) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="linker-bench-batch-") as tmp:
        t = Path(tmp)
        paths = make_archive(t / "archive", n)
        (t / "api").mkdir()
        api = in_process(paths, t / "api", t / "api.sqlite")
        one = two = float("inf")
        reports: dict[int, dict[str, Any]] = {}
        for r in range(rounds):  # alternate so a load spike on the machine hits both
            for w in (1, 2):
                rep = batch(t / "archive", t / f"out{w}-{r}", t / f"c{w}-{r}.sqlite", w)
                assert rep["linked"] == n, rep["failures"][:3]
                if w == 1:
                    one = min(one, rep["wall_s"])
                else:
                    two = min(two, rep["wall_s"])
                reports[w] = rep
        result = {
            "load_before": os.getloadavg()[0],
            "machine_ceiling": machine_ceiling(),
            "articles": float(n),
            "api_s": api,
            "batch1_s": one,
            "batch2_s": two,
            "speedup_2_over_1": one / two,
            "overhead_1_worker": one / api,
            "rss_main_mb_small": reports[2]["peak_rss_mb"]["main"],
            "rss_worker_mb_small": reports[2]["peak_rss_mb"]["worker"],
        }
        if big:
            make_archive(t / "big", big)
            rep = batch(t / "big", t / "outbig", t / "cbig.sqlite", 2)
            assert rep["linked"] == big, rep["failures"][:3]
            result.update(
                big_articles=float(big),
                big_s=rep["wall_s"],
                rss_main_mb_big=rep["peak_rss_mb"]["main"],
                rss_worker_mb_big=rep["peak_rss_mb"]["worker"],
            )
        result["load_after"] = os.getloadavg()[0]
        return result


def print_figures(r: dict[str, float]) -> None:
    n = int(r["articles"])
    print(
        f"batch: {n} articles (offline, html), this machine has {os.cpu_count()} cores, "
        f"load average {r['load_before']:.1f} before, {r['load_after']:.1f} after"
    )
    print(f"  in-process API loop : {n / r['api_s']:7.1f} articles/s")
    print(f"  batch, 1 worker     : {n / r['batch1_s']:7.1f} articles/s")
    print(f"  batch, 2 workers    : {n / r['batch2_s']:7.1f} articles/s")
    print(
        f"  2 workers / 1 worker: {r['speedup_2_over_1']:.2f}×  (target ≥ 1.7; this machine "
        f"gives {r['machine_ceiling']:.2f}× for 2 processes of pure Python)"
    )
    print(
        f"  batch (1 worker) time per article / API loop: {r['overhead_1_worker']:.2f}  "
        "(target ≤ 1.2)"
    )
    line = (
        f"  peak memory, {n} articles: main {r['rss_main_mb_small']:.0f} MB, "
        f"worker {r['rss_worker_mb_small']:.0f} MB"
    )
    print(line)
    if "big_articles" in r:
        b = int(r["big_articles"])
        print(
            f"  peak memory, {b} articles: main {r['rss_main_mb_big']:.0f} MB, "
            f"worker {r['rss_worker_mb_big']:.0f} MB  ({b / r['big_s']:.1f} articles/s)"
        )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m linker.bench_batch")
    p.add_argument("-n", type=int, default=1000, help="articles for the throughput runs")
    p.add_argument("--big", type=int, default=10_000, help="articles for the memory run (0: none)")
    p.add_argument("--rounds", type=int, default=1, help="runs of each worker count (best kept)")
    args = p.parse_args(argv)
    print_figures(run(args.n, args.big, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
