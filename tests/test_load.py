"""Loading articles: honest decoding, HTML with a map back to the markup, URLs, bad input."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from linker.errors import InputError
from linker.load import load_article


def test_txt_is_decoded_exactly(tmp_path: Path) -> None:
    raw = "Trump says he could invoke the rarely used Insurrection Act.\r\n“Quotes” — é\n"
    p = tmp_path / "a.txt"
    p.write_bytes(raw.encode("utf-8"))
    a = load_article(str(p))
    assert a.text == raw
    assert a.stem == "a"


def test_html_text_maps_back_to_nodes(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>T</title><meta property='article:published_time' "
        "content='2025-10-05T10:00:00Z'><script>var x=1</script></head><body><article>"
        "<h1>Judge blocks deployment</h1><p>A federal judge in <em>Oregon</em> blocked it.</p>"
        "<p>Trump cited the  Insurrection\nAct.</p></article></body></html>",
        encoding="utf-8",
    )
    a = load_article(str(p))
    assert "var x" not in a.text
    assert "A federal judge in Oregon blocked it." in a.text
    assert "the Insurrection Act." in a.text  # whitespace collapsed
    assert a.date == "2025-10-05"
    assert a.text_map is not None and a.text_map.segments


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "directory"),
    ],
)
def test_missing_and_directory(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=message):
        load_article(str(make(tmp_path)))


def test_binary_empty_and_bad_utf8(tmp_path: Path) -> None:
    b = tmp_path / "b.txt"
    b.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary"):
        load_article(str(b))
    e = tmp_path / "e.txt"
    e.write_text("  \n\n ", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        load_article(str(e))
    u = tmp_path / "u.txt"
    u.write_bytes("caf\u00e9".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        load_article(str(u))


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article":
            body = (
                b"<html><body><article><p>Trump says he could invoke the rarely used "
                b"Insurrection Act.</p></article></body></html>"
            )
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"not here"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_url_is_fetched_and_extracted(server: str) -> None:
    with httpx.Client() as client:
        a = load_article(f"{server}/article", client=client)
    assert "Insurrection Act" in a.text
    assert a.html is not None


def test_url_errors_are_one_line(server: str) -> None:
    with httpx.Client() as client, pytest.raises(InputError, match="404"):
        load_article(f"{server}/nothing", client=client)
    with httpx.Client(timeout=2) as client, pytest.raises(InputError, match="could not fetch"):
        load_article("http://127.0.0.1:9/unreachable", client=client)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Headline\nAug. 6, 2025\nBody text.", "2025-08-06"),
        ("WASHINGTON — Tuesday, April 16, 2024, 12:59 PM\nThe House passed", "2024-04-16"),
        ("source: https://example.com/news/2021/11/15/infra\n\nBody", "2021-11-15"),
        # a date written into the slug: the Congress of an "H.R.9747" in a weekly update
        ("source: https://www.nwyc.com/article/monday_september_30th_2024\n\nBody", "2024-09-30"),
        ("source: https://example.com/politics/house-vote-2024-09-30-cr\n\nBody", "2024-09-30"),
        ("source: https://example.com/20240930/house-vote\n\nBody", "2024-09-30"),
        # a number that is no date, or a date only in the query, gives none
        ("source: https://example.com/story/12345678901\n\nBody", None),
        ("source: https://example.com/story?id=20240930\n\nBody", None),
        ("No date here at all.", None),
    ],
)
def test_article_date_from_its_opening(text: str, date: str | None) -> None:
    from linker.load import from_text

    assert from_text(text, "a.txt").date == date
