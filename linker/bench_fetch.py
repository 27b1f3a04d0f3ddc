"""``make bench``, fetch part: a cold fetch of 40 sources from a slow local server, then warm.

A throwaway HTTP server on 127.0.0.1 answers U.S. Code section pages (the real
``/view.xhtml`` path and page structure) after 200 ms each. The cold run uses linker's default
``Policy`` (4 requests at a time per host), so the figure is what a user gets; ``serial_s`` is
the time the same requests take one after another (40 × 200 ms, a lower bound). The warm run
repeats the fetch on the filled cache and must make no request.
"""

from __future__ import annotations

import re
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .config import Config
from .fetch import fetch_sources, make_client
from .store import open_cache

N_SOURCES = 40
LATENCY = 0.2

_PAGE = """<html><body><!-- expcite:TITLE {t}-BENCH!@!CHAPTER 1-BENCH!@!Sec. {s} -->
<!-- field-start:head --><h3 class="section-head">&#167;{s}. Bench section {s}</h3>
<!-- field-end:head --><!-- field-start:statute --><p class="statutory-body">Text of
section {s}.</p><!-- field-end:statute --><p class="source-credit">(Bench.)</p></body></html>"""


def _server(latency: float) -> tuple[ThreadingHTTPServer, list[int]]:
    count = [0]
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            with lock:
                count[0] += 1
            time.sleep(latency)
            m = re.search(r"title(\d+)-section(\w+)", self.path)
            body = _PAGE.format(t=m.group(1), s=m.group(2)) if m else "not found"
            data = body.encode()
            self.send_response(200 if m else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    return httpd, count


def run(n: int = N_SOURCES, latency: float = LATENCY) -> dict[str, float]:
    """Cold and warm fetch timings: seconds, the cold/serial ratio, requests of the warm run."""
    httpd, count = _server(latency)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        port = httpd.server_address[1]
        config = Config.from_env({"LINKER_USCODE_URL": f"http://127.0.0.1:{port}"})
        ids = [f"usc:5:{i}" for i in range(1, n + 1)]
        with tempfile.TemporaryDirectory() as tmp, make_client() as client:
            db = open_cache(Path(tmp) / "bench.sqlite")
            t0 = time.perf_counter()
            cold = fetch_sources(ids, db=db, client=client, config=config)
            cold_s = time.perf_counter() - t0
            before = count[0]
            t0 = time.perf_counter()
            warm = fetch_sources(ids, db=db, client=client, config=config)
            warm_s = time.perf_counter() - t0
            warm_requests = count[0] - before
            db.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    if cold.failed or warm.failed:
        raise RuntimeError(f"bench fetch failed: {cold.summary()} / {warm.summary()}")
    serial = n * latency
    return {
        "sources": float(n),
        "cold_s": cold_s,
        "serial_s": serial,
        "cold_over_serial": cold_s / serial,
        "warm_s": warm_s,
        "warm_requests": float(warm_requests),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
