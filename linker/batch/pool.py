"""Where the batch's parallel stages run: local worker processes, or a Dask cluster.

Both expose the same three calls (``submit``, ``wait_any``, ``close``) so the stages are
written once. ``stream`` keeps a bounded number of partitions in flight: the main process
reads the next articles only as results come back, so memory stays flat however long the
archive. A partition whose worker dies fails its articles, never the batch.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import warnings
from collections.abc import Callable, Iterable
from concurrent import futures as cf
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..errors import LinkerError
from .tasks import Names, init_worker


class LocalPool:
    """``N`` worker processes on this machine (forked where the OS allows, so they start warm)."""

    kind = "local"

    def __init__(self, workers: int, names: Names) -> None:
        self.workers = max(1, workers)
        self._names = names
        self.names_arg: Any = None  # the workers got the names from the initializer
        self.writes_outputs = True  # workers share this machine's file system
        self._ex = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        ex = cf.ProcessPoolExecutor(
            self.workers, mp_context=ctx, initializer=init_worker, initargs=(self._names,)
        )
        # Start every worker now, before the main process opens threads or sockets. Python
        # 3.12+ warns about forking a process with threads (a test's local server); the
        # workers only run pure functions on what they are sent and take no lock of those.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            for f in [ex.submit(os.getpid) for _ in range(self.workers)]:
                f.result()
        return ex

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return self._ex.submit(fn, *args)
        except BrokenProcessPool:  # a worker died (killed, out of memory): start afresh
            self._ex.shutdown(wait=True, cancel_futures=True)
            self._ex = self._start()
            return self._ex.submit(fn, *args)

    def wait_any(self, pending: Iterable[Any]) -> tuple[set[Any], set[Any]]:
        done, rest = cf.wait(list(pending), return_when=cf.FIRST_COMPLETED)
        return set(done), set(rest)

    def close(self) -> None:
        self._ex.shutdown(wait=True, cancel_futures=True)


class DaskPool:
    """Tasks on a Dask cluster through ``distributed.Client`` (given, or made for ``address``).

    Workers need linker installed (``pip install 'linker[dask]'``) and nothing else: articles,
    mentions and sources travel in the tasks and the pages come back to the main process,
    which writes them, so workers need neither the inputs, the output folder nor the cache.
    """

    kind = "dask"

    def __init__(self, names: Names, *, address: str | None = None, client: Any = None) -> None:
        try:
            distributed: Any = importlib.import_module("distributed")
        except ImportError:
            raise LinkerError("--scheduler needs Dask: pip install 'linker[dask]'") from None
        self._distributed = distributed
        self._own = client is None
        try:
            self.client = client or distributed.Client(address, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise LinkerError(f"cannot reach the Dask scheduler {address}: {exc}") from None
        info = self.client.scheduler_info()
        self.workers = max(1, sum(w.get("nthreads", 1) for w in info["workers"].values()))
        self.address = str(info.get("address") or address or "")
        self.names_arg: Any = self.client.scatter([names], broadcast=True)[0] if names else ()
        self.writes_outputs = False

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def wait_any(self, pending: Iterable[Any]) -> tuple[set[Any], set[Any]]:
        done, rest = self._distributed.wait(list(pending), return_when="FIRST_COMPLETED")
        return set(done), set(rest)

    def close(self) -> None:
        if self._own:
            self.client.close()


Pool = LocalPool | DaskPool


def stream(
    pool: Pool,
    fn: Callable[..., Any],
    parts: Iterable[tuple[list[str], tuple[Any, ...]]],
    on_result: Callable[[list[str], Any], None],
    on_crash: Callable[[list[str], str], None],
    in_flight: int,
) -> None:
    """Run ``fn(*args)`` for each ``(ids, args)`` of ``parts``, at most ``in_flight`` at once.

    ``on_result(ids, result)`` gets each partition's result as it completes. A partition whose
    task itself failed (a worker killed by one pathological article, a result that would not
    travel) is run again one article per task, alone in the pool, so only the article that
    breaks a worker fails: ``on_crash([id], reason)``. ``args[0]`` is the list of articles.
    """
    pending: dict[Any, tuple[list[str], tuple[Any, ...], bool]] = {}
    retry: list[tuple[list[str], tuple[Any, ...]]] = []

    def drain() -> None:
        done, _rest = pool.wait_any(pending)
        for fut in done:
            ids, args, alone = pending.pop(fut)
            try:
                result = fut.result()
            except Exception as exc:  # the task itself failed: its articles fail, not the batch
                if alone:
                    on_crash(ids, f"worker: {type(exc).__name__}: {exc}".strip())
                else:
                    items = args[0]
                    retry.extend(([i], (items[k : k + 1], *args[1:])) for k, i in enumerate(ids))
            else:
                on_result(ids, result)

    def run_retries() -> None:
        while retry:
            while pending:  # nothing else in flight: a crash now is this article's
                drain()
            ids, args = retry.pop(0)
            pending[pool.submit(fn, *args)] = (ids, args, True)
            drain()

    for ids, args in parts:
        while len(pending) >= in_flight:
            drain()
        run_retries()
        pending[pool.submit(fn, *args)] = (ids, args, False)
    while pending or retry:
        if pending:
            drain()
        run_retries()
