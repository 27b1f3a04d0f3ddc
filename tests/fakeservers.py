"""A local stand-in for every service linker fetches from, with fault injection.

``FakeServer`` is a threaded HTTP server on 127.0.0.1 (port 0) that answers the REAL paths in
the REAL formats (SOURCES.md), so a ``Config`` whose origins all point at it exercises the
real client code:

- ``/view.xhtml?req=granuleid:USC-prelim-title{T}-section{S}…``   U.S. Code section pages,
  rendered from tests/fixtures/uscode/sections.json into the documented comment-delimited
  structure; with ``synthetic_sections=True`` any section answers with a generated page;
- ``/browse/amendment-N/``, ``/browse/article-N/``            Constitution Annotated pages;
- ``/api/rest/v4/citation-lookup/`` (POST), ``/search/``, ``/clusters/ID/``,
  ``/opinions/ID/``, ``/dockets/ID/``                           CourtListener: every route
  answers 401 without ``Authorization: Token …`` (as the real API has since September 2025);
  ``cl_limits`` (e.g. ``((60, 5),)``) makes it throttle per window like DRF's
  ``UserRateThrottle``: 429 with ``Retry-After`` (the citation lookup: ``wait_until`` JSON);
- ``/api/v1/documents.json`` (search, incl. ``conditions[executive_order_numbers][]``,
  ``conditions[agencies][]``, ``conditions[type][]=RULE`` and
  ``conditions[publication_date][lte]``) and
  ``/api/v1/documents/V FR P.json`` (lookup by citation)      Federal Register;
- ``/v3/bill/C/T/N``  (``x-api-key`` required)                congress.gov;
- ``/api/versioner/v1/titles.json``, ``/full/{date}/title-T.xml``  eCFR.

Real captures come from ../shared/fixtures when present (``SHARED`` is None otherwise, and the
routes that need them answer 404); everything else from tests/fixtures.

GET answers carry an ``ETag`` and honour ``If-None-Match`` (304). ``requests`` records
every request (method, path with query, headers). ``fail(prefix, kind, times, **kw)`` queues
a fault for the next ``times`` requests whose path starts with ``prefix``: ``status`` (code),
``429`` (``retry_after`` seconds or ``wait_until`` JSON), ``reset``, ``truncate``,
``badjson``, ``maintenance``, ``huge`` (50 MB, ``length=True`` to declare it), ``redirect``
(``location``), ``delay`` (seconds before an otherwise normal answer), ``trickle`` (the
headers then one byte every ``every`` seconds, forever), ``gzipbomb`` (``mb`` megabytes of
zeros sent gzip-compressed, ~1000:1), ``botwall`` (a Cloudflare-style challenge page, status
``code``, default 403), ``echo`` (a 200 JSON answer that echoes the request's headers).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

from linker.config import Config

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
_shared = HERE.parent.parent / "shared" / "fixtures"
SHARED: Path | None = _shared if _shared.is_dir() else None

MAINTENANCE_PAGE = (
    "<!DOCTYPE html><html><head><title>OLRC Home</title></head><body>"
    "<h1>Under Maintenance</h1><p>The website is currently under maintenance. "
    "Please check back later.</p></body></html>"
)


BOT_WALL_PAGE = (
    '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>'
    '<meta http-equiv="refresh" content="390"></head><body><noscript>Enable JavaScript '
    'and cookies to continue</noscript><script src="/cdn-cgi/challenge-platform/h/b/orchestrate'
    '/chl_page/v1"></script></body></html>'
)

_BOMBS: dict[int, bytes] = {}


def gzip_bomb(mb: int) -> bytes:
    """``mb`` megabytes of zeros, gzip-compressed (about 1 KB per MB), built once per size."""
    if mb not in _BOMBS:
        buf = io.BytesIO()
        zero = bytes(1 << 20)
        with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
            for _ in range(mb):
                gz.write(zero)
        _BOMBS[mb] = buf.getvalue()
    return _BOMBS[mb]


def _load(path: Path) -> Any:
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data.pop("_about", None)
    return data


def shared(rel: str) -> Path | None:
    if SHARED is None:
        return None
    p = SHARED / rel
    return p if p.exists() else None


@dataclass
class Fault:
    kind: str
    times: int
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


def uscode_page(title: str, section: str, sec: dict[str, Any], expcite: str) -> str:
    """A section page in the structure SOURCES.md §2 documents."""
    paras = "".join(f'<p class="statutory-body">{escape(p)}</p>\n' for p in sec["body"])
    cite = sec.get("expcite", expcite)
    return f"""<!DOCTYPE html>
<html><head><title>{title} USC {section}: {escape(sec["heading"])}</title></head>
<body><div id="content">
<!-- documentid:{title}_{section} currentthrough:20251001 documentPDFPage:1 -->
<!-- itempath:/{title}/Sec. {section} -->
<!-- expcite:{cite}!@!Sec. {section} -->
<!-- field-start:head -->
<h3 class="section-head">&#167;{section}. {escape(sec["heading"])}</h3>
<!-- field-end:head -->
<!-- field-start:statute -->
{paras}<!-- field-end:statute -->
<!-- field-start:sourcecredit -->
<p class="source-credit">{escape(sec["credit"])}</p>
<!-- field-end:sourcecredit -->
<!-- field-start:notes -->
<h4 class="note-head">Editorial Notes</h4><p class="note-body">Prior provisions.</p>
<!-- field-end:notes -->
</div></body></html>
"""


class FakeServer:
    """See the module docstring. Use as a context manager; ``config()`` points at it."""

    def __init__(
        self,
        *,
        latency: float = 0.0,
        synthetic_sections: bool = False,
        cl_limits: tuple[tuple[float, int], ...] = (),
    ) -> None:
        self.latency = latency
        self.cl_limits = cl_limits
        self._cl_seen: list[float] = []
        self.synthetic_sections = synthetic_sections
        self.requests: list[Seen] = []
        self._faults: list[tuple[str, Fault]] = []
        self._lock = threading.Lock()
        self.sections = _load(FIXTURES / "uscode" / "sections.json")
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def origin(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def config(self, **changes: Any) -> Config:
        env = {
            var: self.origin
            for var in (
                "LINKER_COURTLISTENER_URL",
                "LINKER_USCODE_URL",
                "LINKER_FEDREG_URL",
                "LINKER_CONGRESS_URL",
                "LINKER_ECFR_URL",
                "LINKER_GOVINFO_URL",
                "LINKER_CONSTITUTION_URL",
            )
        }
        cfg = Config.from_env(env)
        from dataclasses import replace

        return replace(cfg, **changes)

    # faults and counts -------------------------------------------------------------------

    def fail(self, prefix: str, kind: str, times: int = 1, **params: Any) -> None:
        with self._lock:
            self._faults.append((prefix, Fault(kind, times, params)))

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for i, (prefix, fault) in enumerate(self._faults):
                if path.startswith(prefix):
                    fault.times -= 1
                    if fault.times <= 0:
                        del self._faults[i]
                    return fault
        return None

    def count(self, prefix: str = "") -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path.startswith(prefix))

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()

    # routing -----------------------------------------------------------------------------

    def route(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: bytes,
    ) -> tuple[int, str, str | bytes, dict[str, str]]:
        """(status, content type, body, extra headers) for a request."""
        js = "application/json"
        if path == "/view.xhtml":
            m = re.match(
                r"granuleid:USC-prelim-title(\d+)-section([0-9A-Za-z-]+)$",
                (query.get("req") or [""])[0],
            )
            if not m:
                return 400, "text/html", "<html><body>Bad request</body></html>", {}
            title, section = m.groups()
            table = self.sections.get(title, {})
            sec = table.get(section)
            if sec is None and self.synthetic_sections:
                sec = {
                    "heading": f"Synthetic section {section} of title {title}",
                    "body": [f"Text of {title} U.S.C. {section} for tests."],
                    "credit": "(Test fixture.)",
                }
            if sec is None:
                return (
                    200,
                    "text/html",
                    (
                        "<html><body><div id='content'><p>Document not found.</p>"
                        "</div></body></html>"
                    ),
                    {},
                )
            return (
                200,
                "text/html; charset=utf-8",
                uscode_page(title, section, sec, table.get("_expcite", f"TITLE {title}")),
                {},
            )
        m = re.fullmatch(r"/browse/(amendment|article)-(\d+)/(?:section-\d+/)?", path)
        if m:
            page = FIXTURES / "constitution" / f"{m.group(1)}-{m.group(2)}.html"
            if not page.exists():
                return 404, "text/html", "<html><body>Page not found</body></html>", {}
            return 200, "text/html; charset=utf-8", page.read_text(encoding="utf-8"), {}
        if path.startswith("/api/rest/v4/"):
            return self._courtlistener(method, path, query, headers, body)
        if path == "/api/v1/documents.json":
            return 200, js, json.dumps(self._fedreg(query)), {}
        m = re.fullmatch(r"/api/v1/documents/(\d+) FR (\d+)\.json", unquote(path))
        if m:
            return 200, js, json.dumps(self._fedreg_citation(int(m[1]), int(m[2]), query)), {}
        m = re.fullmatch(r"/v3/bill/(\d+)/([a-z]+)/(\d+)", path)
        if m:
            if not headers.get("x-api-key"):
                return (
                    403,
                    js,
                    json.dumps(
                        {
                            "error": {
                                "code": "API_KEY_MISSING",
                                "message": "No api_key was supplied.",
                            }
                        }
                    ),
                    {},
                )
            f = shared(f"congress/bill_{m.group(1)}_{m.group(2)}_{m.group(3)}.json")
            if f is None:
                return 404, js, json.dumps({"error": "Unknown bill"}), {}
            return 200, js, f.read_text(encoding="utf-8"), {}
        if path == "/api/versioner/v1/titles.json":
            return 200, js, (FIXTURES / "ecfr" / "titles.json").read_text(encoding="utf-8"), {}
        m = re.fullmatch(r"/api/versioner/v1/full/(\d{4}-\d{2}-\d{2})/title-(\d+)\.xml", path)
        if m:
            title = m.group(2)
            part = (query.get("part") or [""])[0]
            if title == "8" and part == "287":
                f: Path | None = FIXTURES / "ecfr" / "title-8-287.8.xml"
            elif title == "14" and part == "241":
                f = shared("ecfr/ecfr-api-title14-numbering.xml")
            else:
                f = None
            if f is None:
                return 404, js, json.dumps({"error": "not found"}), {}
            return 200, "application/xml", f.read_text(encoding="utf-8"), {}
        return 404, "text/html", "<html><body>Not found</body></html>", {}

    def _courtlistener(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: bytes,
    ) -> tuple[int, str, str | bytes, dict[str, str]]:
        js = "application/json"
        obergefell = _load(FIXTURES / "courtlistener" / "cluster_2812209_obergefell.json")
        if not headers.get("authorization", "").startswith("Token "):
            return (
                401,
                js,
                json.dumps({"detail": "Authentication credentials were not provided."}),
                {},
            )
        if self.cl_limits:
            now = time.time()
            with self._lock:
                for window, limit in self.cl_limits:
                    inside = [t for t in self._cl_seen if t > now - window]
                    if len(inside) >= limit:
                        wait = inside[0] + window - now
                        if path == "/api/rest/v4/citation-lookup/":
                            until = datetime.fromtimestamp(now + wait, UTC).isoformat()
                            body_ = {"error_message": "Too many requests.", "wait_until": until}
                            return 429, js, json.dumps(body_), {}
                        detail = f"Request was throttled. Expected available in {wait:.0f} seconds."
                        return (
                            429,
                            js,
                            json.dumps({"detail": detail}),
                            {"Retry-After": str(int(wait) + 1)},
                        )
                self._cl_seen.append(now)
        if path == "/api/rest/v4/citation-lookup/":
            if method != "POST":
                return 405, js, json.dumps({"detail": 'Method "GET" not allowed.'}), {}
            form = dict(parse_qsl(body.decode()))
            if "text" in form:
                text = form["text"]
            else:
                text = f"{form.get('volume')} {form.get('reporter')} {form.get('page')}"
            items = []
            for cm in re.finditer(r"(\d+) (U\.S\.|S\. Ct\.|F\.\dd|F\. Supp\. \dd) (\d+)", text):
                cite = cm.group(0)
                known = cite in ("576 U.S. 644", "135 S. Ct. 2584")
                items.append(
                    {
                        "citation": cite,
                        "normalized_citations": [cite],
                        "start_index": cm.start(),
                        "end_index": cm.end(),
                        "status": 200 if known else 404,
                        "error_message": "" if known else f"Citation not found: '{cite}'",
                        "clusters": [obergefell] if known else [],
                    }
                )
            return 200, js, json.dumps(items), {}
        if path == "/api/rest/v4/search/":
            cite = (query.get("citation") or [""])[0]
            results = []
            if cite in ("576 U.S. 644", "135 S. Ct. 2584"):
                results.append(
                    {
                        "absolute_url": obergefell["absolute_url"],
                        "caseName": obergefell["case_name"],
                        "caseNameFull": obergefell["case_name_full"],
                        "citation": ["192 L. Ed. 2d 609", "135 S. Ct. 2584", "576 U.S. 644"],
                        "cluster_id": 2812209,
                        "court_id": "scotus",
                        "dateFiled": "2015-06-26",
                        "docket_id": 2668808,
                        "judge": "",
                        "syllabus": obergefell["syllabus"],
                        "opinions": [{"id": 2812209, "snippet": "Lorem dolor sit amet"}],
                    }
                )
            return (
                200,
                js,
                json.dumps(
                    {"count": len(results), "next": None, "previous": None, "results": results}
                ),
                {},
            )
        m = re.fullmatch(r"/api/rest/v4/(clusters|opinions|dockets)/(\d+)/", path)
        if m:
            kind, ident = m.groups()
            f = {
                ("clusters", "10376225"): shared(
                    "courtlistener/cluster_10376225_noem_v_abrego_garcia.json"
                ),
                ("opinions", "10842813"): shared(
                    "courtlistener/opinion_10842813_noem_v_abrego_garcia.json"
                ),
                ("dockets", "4214664"): shared("courtlistener/docket_4214664_docs_example.json"),
            }.get((kind, ident))
            if f is None:
                return 404, js, json.dumps({"detail": "No Cluster matches the given query."}), {}
            return 200, js, f.read_text(encoding="utf-8"), {}
        return 404, js, json.dumps({"detail": "Not found."}), {}

    def _fedreg_docs(self) -> list[dict[str, Any]]:
        docs: list[dict[str, Any]] = [_load(FIXTURES / "federalregister" / "eo_14336.json")]
        docs.append(_load(FIXTURES / "federalregister" / "eo_10340.json"))
        docs.append(_load(FIXTURES / "federalregister" / "rule_2024-12658.json"))
        for rel in (
            "federalregister/document_2025-05887.json",
            "federalregister/documents_results_00-111.json",
        ):
            f = shared(rel)
            if f is not None:
                data = json.loads(f.read_text(encoding="utf-8"))
                docs.extend(data if isinstance(data, list) else [data])
        return docs

    def _fedreg_citation(
        self, volume: int, page: int, query: dict[str, list[str]]
    ) -> dict[str, Any]:
        """``ApiController#render_via_citations``: volume, start_page ≤ page ≤ end_page."""
        docs = [
            d
            for d in self._fedreg_docs()
            if d.get("volume") == volume
            and int(d.get("start_page") or 0) <= page <= int(d.get("end_page") or 0)
        ]
        fields = query.get("fields[]")
        if fields:
            docs = [{k: d.get(k) for k in fields} for d in docs]
        out: dict[str, Any] = {"count": len(docs), "results": docs}
        if not docs:
            out["errors"] = {"not_found": [f"{volume} FR {page}"]}
        return out

    def _fedreg(self, query: dict[str, list[str]]) -> dict[str, Any]:
        docs = self._fedreg_docs()
        if query.get("include_pre_1994_docs") != ["true"]:
            docs = [d for d in docs if str(d.get("publication_date") or "9999") >= "1994"]
        eos = query.get("conditions[executive_order_numbers][]", [])
        if eos:
            docs = [d for d in docs if str(d.get("executive_order_number")) in eos]
        types = query.get("conditions[type][]", [])
        if "PRESDOCU" in types:
            docs = [d for d in docs if d.get("type") == "Presidential Document"]
        sub = query.get("conditions[presidential_document_type][]", [])
        if sub:
            want = {s.replace("_", " ").lower() for s in sub}
            docs = [d for d in docs if str(d.get("subtype") or "").lower() in want]
        if "RULE" in types:
            docs = [d for d in docs if d.get("type") == "Rule"]
        agencies = query.get("conditions[agencies][]", [])
        if agencies:
            docs = [
                d for d in docs if any(a.get("slug") in agencies for a in d.get("agencies") or [])
            ]
        latest = (query.get("conditions[publication_date][lte]") or [""])[0]
        if latest:
            docs = [d for d in docs if str(d.get("publication_date") or "") <= latest]
        raw = (query.get("conditions[term]") or [""])[0]
        term = raw.strip('"')
        if term and raw.startswith('"'):
            docs = [d for d in docs if term.lower() in json.dumps(d).lower()]
        elif term:  # every word somewhere in the document, as the site's full-text search
            words = term.lower().split()
            docs = [d for d in docs if all(w in json.dumps(d).lower() for w in words)]
        fields = query.get("fields[]")
        if fields:
            docs = [{k: d.get(k) for k in fields} for d in docs]
        return {
            "count": len(docs),
            "total_pages": 1,
            "next_page_url": None,
            "description": "Documents matching your search",
            "results": docs,
        }

    # the handler -------------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, format: str, *args: Any) -> None:  # silence
                pass

            def do_GET(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                with server._lock:
                    server.requests.append(Seen(method, self.path, headers, body))
                parts = urlsplit(self.path)
                if server.latency:
                    time.sleep(server.latency)
                fault = server._take_fault(parts.path)
                if fault is not None and fault.kind != "delay":
                    self._fault(fault)
                    return
                if fault is not None:
                    time.sleep(float(fault.params.get("seconds", 0.5)))
                status, ctype, payload, extra = server.route(
                    method, parts.path, parse_qs(parts.query), headers, body
                )
                data = payload.encode("utf-8") if isinstance(payload, str) else payload
                out = {"Content-Type": ctype, **extra}
                if method == "GET" and status == 200:
                    etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
                    out["ETag"] = etag
                    out["Last-Modified"] = "Wed, 01 Oct 2025 00:00:00 GMT"
                    if headers.get("if-none-match") == etag:
                        self._send(304, b"", {"ETag": etag})
                        return
                self._send(status, data, out)

            def _send(self, status: int, data: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if data:
                    self.wfile.write(data)

            def _fault(self, fault: Fault) -> None:
                p = fault.params
                kind = fault.kind
                if kind == "status":
                    code = int(p.get("code", 500))
                    self._send(
                        code,
                        b"<html><body>Server Error</body></html>",
                        {"Content-Type": "text/html", **p.get("headers", {})},
                    )
                elif kind == "429":
                    headers = {"Content-Type": "application/json"}
                    if "retry_after" in p:
                        headers["Retry-After"] = str(p["retry_after"])
                        body = {
                            "detail": "Request was throttled. Rate limit exceeded: 5/min. "
                            f"Expected available in {p['retry_after']} seconds."
                        }
                    elif "wait_until" in p:
                        until = datetime.now(UTC) + timedelta(seconds=float(p["wait_until"]))
                        body = {
                            "error_message": "Too many requests (allowed rate: 60/min).",
                            "wait_until": until.isoformat(),
                        }
                    else:
                        body = {"detail": "Request was throttled."}
                    self._send(429, json.dumps(body).encode(), headers)
                elif kind == "reset":
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()
                    self.close_connection = True
                elif kind == "truncate":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", "5000")
                    self.end_headers()
                    self.wfile.write(b"<html><body><h3 class='section-head'>")
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                elif kind == "badjson":
                    self._send(
                        200, b'{"results": [{"title": "Exec', {"Content-Type": "application/json"}
                    )
                elif kind == "maintenance":
                    self._send(200, MAINTENANCE_PAGE.encode(), {"Content-Type": "text/html"})
                elif kind == "huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    if p.get("length"):
                        self.send_header("Content-Length", str(50_000_000))
                    self.end_headers()
                    chunk = b"x" * 1_000_000
                    try:
                        for _ in range(50):
                            self.wfile.write(chunk)
                    except OSError:
                        pass
                    self.close_connection = True
                elif kind == "redirect":
                    self._send(302, b"", {"Location": p["location"]})
                elif kind == "trickle":
                    self.send_response(200)
                    self.send_header("Content-Type", p.get("ctype", "application/json"))
                    self.end_headers()
                    try:
                        for _ in range(int(p.get("limit", 600))):
                            self.wfile.write(b" ")
                            self.wfile.flush()
                            time.sleep(float(p.get("every", 1.0)))
                    except OSError:
                        pass
                    self.close_connection = True
                elif kind == "gzipbomb":
                    self.send_response(200)
                    self.send_header("Content-Type", p.get("ctype", "application/json"))
                    self.send_header("Content-Encoding", "gzip")
                    data = gzip_bomb(int(p.get("mb", 50)))
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    with contextlib.suppress(OSError):
                        self.wfile.write(data)
                    self.close_connection = True
                elif kind == "botwall":
                    self._send(
                        int(p.get("code", 403)),
                        BOT_WALL_PAGE.encode(),
                        {"Content-Type": "text/html; charset=UTF-8", "cf-mitigated": "challenge"},
                    )
                elif kind == "echo":
                    seen = {k.lower(): v for k, v in self.headers.items()}
                    self._send(
                        200,
                        json.dumps({"results": [], "echo": seen}).encode(),
                        {
                            "Content-Type": "application/json",
                            "X-Echo-Auth": seen.get("authorization", ""),
                        },
                    )
                else:  # pragma: no cover - a typo in a test
                    raise ValueError(kind)

        return Handler


# --- helpers shared by the fetch tests -----------------------------------------------------


def fast_policy(**changes: Any) -> Any:
    """A Policy with no spacing between requests (tests count requests, not seconds)."""
    from linker.fetch import Policy

    return Policy(**{"min_interval": 0.0, "service_intervals": (), **changes})


class Sleeps:
    """An injectable ``sleep`` that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
