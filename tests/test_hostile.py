"""Hostile inputs and outputs: every one ends in one line and the right exit code, nothing that
is not ours is replaced, and the cache's failures say what to do.

Devices and FIFOs are made in a temporary folder, never the machine's own ``/dev`` entries.
"""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from linker import store
from linker.cli import main
from linker.errors import CacheError, InputError
from linker.load import from_text, load_article
from linker.pipeline import scan_article
from linker.textnorm import normalise

STORY = "Trump says he could invoke the rarely used Insurrection Act.\n"


def _run(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> tuple[int, str, str]:
    code = main([*argv, "--cache", str(tmp_path / "c.sqlite")] if argv[0] == "link" else argv)
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def story(tmp_path: Path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    return p


def _device(path: Path, minor: int) -> Path:
    """A character device made here (1,3 is null, 1,5 zero), or skip when not allowed."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except (PermissionError, OSError) as e:
        pytest.skip(f"cannot make a device node here: {e}")
    return path


# --- inputs ---------------------------------------------------------------------------------


def test_a_fifo_with_no_writer_is_refused_without_waiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, _, err = _run(["scan", str(fifo)], capsys, tmp_path)
    assert code == 2 and "not a regular file" in _one_line(err)


def test_a_zero_device_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zero = _device(tmp_path / "zero", 5)
    code, _, err = _run(["scan", str(zero)], capsys, tmp_path)
    assert code == 2 and "not a regular file" in _one_line(err)


def test_a_file_over_the_limit_is_refused_and_the_flag_raises_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (2 * 1024 * 1024 + 1))  # 10 MB of text
    code, _, err = _run(["scan", str(big)], capsys, tmp_path)
    assert code == 2 and "larger than 8 MB" in _one_line(err) and "--max-size" in err
    small = tmp_path / "small.txt"
    small.write_text(STORY * 40, encoding="utf-8")
    code, _, err = _run(["scan", str(small), "--max-size", "0.001"], capsys, tmp_path)
    assert code == 2 and "larger than" in _one_line(err)
    code, _, _ = _run(["scan", str(small), "--max-size", "1"], capsys, tmp_path)
    assert code == 0


def test_a_text_longer_than_linker_scans_is_refused_and_the_flag_raises_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = tmp_path / "long.txt"
    long.write_text(STORY * 20_000, encoding="utf-8")  # 1.2 million characters, 1.2 MB
    code, _, err = _run(["scan", str(long)], capsys, tmp_path)
    line = _one_line(err)
    assert code == 2 and "1,000,000 linker scans" in line and "--max-text" in line
    code, _, err = _run(["scan", str(long), "--max-text", "100"], capsys, tmp_path)
    assert code == 2 and "100 linker scans" in _one_line(err)
    code, _, _ = _run(
        ["scan", str(tmp_path / "long.txt"), "--max-text", "2000000"], capsys, tmp_path
    )
    assert code == 0


def test_stdin_over_the_limit_is_refused_not_cut(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    class Stdin:
        buffer = io.BytesIO(STORY.encode() * 30_000)  # about 1.8 MB

    monkeypatch.setattr(sys, "stdin", Stdin())
    code, out, err = _run(["scan", "-", "--max-size", "1"], capsys, tmp_path)
    assert code == 2 and out == "" and "stdin: larger than 1 MB" in _one_line(err)


def test_markup_nested_a_thousand_deep_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = tmp_path / "deep.html"
    deep.write_text(
        "<html><body><article><p>x</p>" + "<div>" * 1000 + "the Insurrection Act"
        "" + "</div>" * 1000 + "</article></body></html>",
        encoding="utf-8",
    )
    code, _, err = _run(["scan", str(deep)], capsys, tmp_path)
    assert code == 2 and "nested" in _one_line(err) and str(deep) in err


def test_markup_nested_deep_but_within_the_limit_is_read_without_recursion() -> None:
    html = "<html><body><article>" + "<div>" * 380 + "the Insurrection Act"
    html += "</div>" * 380 + "</article></body></html>"
    a = from_text(html, "deep.html", is_html=True)
    assert a.text == "the Insurrection Act"


# --- encodings ------------------------------------------------------------------------------


def test_windows_1252_page_with_its_meta_charset(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_bytes(
        "<html><head><meta charset='windows-1252'><title>Caf\u00e9 law</title></head><body>"
        "<article><p>\u201cThe Insurrection Act,\u201d said the caf\u00e9 owner.</p></article>"
        "</body></html>".encode("cp1252")
    )
    a = load_article(str(p))
    assert "\u201cThe Insurrection Act,\u201d said the caf\u00e9 owner." in a.text


def test_html_without_a_declared_charset_is_detected(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    body = "<p>Le caf\u00e9 \u00e9tait ferm\u00e9 \u00e0 cause de la loi. " * 20
    p.write_bytes(f"<html><body><article>{body}</article></body></html>".encode("cp1252"))
    assert "caf\u00e9 \u00e9tait ferm\u00e9" in load_article(str(p)).text


def test_utf16_with_bom_and_utf8_bom(tmp_path: Path) -> None:
    p16 = tmp_path / "a16.txt"
    p16.write_bytes(STORY.encode("utf-16"))  # with its BOM
    assert load_article(str(p16)).text == STORY
    p8 = tmp_path / "a8.html"
    p8.write_bytes(
        b"\xef\xbb\xbf<html><head><title>Judge rules</title></head><body><article><p>"
        + STORY.encode()
        + b"</p></article></body></html>"
    )
    a = load_article(str(p8))
    assert a.title == "Judge rules"
    t8 = tmp_path / "t8.txt"
    t8.write_bytes(b"\xef\xbb\xbfHeadline here\n\n" + STORY.encode())
    assert load_article(str(t8)).title == "Headline here"


def test_a_text_not_in_utf8_says_how_to_convert(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes("The caf\u00e9\u2019s owner cited the Insurrection Act. ".encode("cp1252") * 20)
    with pytest.raises(InputError, match=r"not valid UTF-8.*(iconv|UTF-8)"):
        load_article(str(p))


# --- text normalised for scanning -----------------------------------------------------------


def test_cr_only_line_endings_keep_their_mentions(capfd: pytest.CaptureFixture[str]) -> None:
    text = "Trump may invoke the Insurrection Act.\rThe Posse Comitatus Act bars it.\r"
    found = scan_article(from_text(text, "a.txt")).mentions
    assert {m.text for m in found} >= {"Insurrection Act", "Posse Comitatus Act"}
    out, err = capfd.readouterr()
    assert out == "" and err == ""  # no library's debug message


def test_zero_width_and_bidi_characters_do_not_break_a_name() -> None:
    text = (
        "Trump may invoke the Insurrection\u200b Act. The Posse\u200f Comitatus Act\u2069 bars it."
    )
    a = from_text(text, "a.txt")
    found = scan_article(a).mentions
    names = sorted((m.authority, m.text) for m in found)
    assert ("usc:10:251-255", "Insurrection\u200b Act") in names
    assert ("usc:18:1385", "Posse\u200f Comitatus Act") in names
    for m in found:
        assert a.text[m.start : m.end] == m.text


def test_normalise_maps_spans_back() -> None:
    n = normalise("a\u200bb\u202ec d.\re")
    assert n.text == "abc d.\ne"
    assert n.span(0, 3) == (0, 5)  # "abc" covers the invisible characters between
    assert n.span(4, 5) == (6, 7)
    assert normalise("plain").offsets is None


def test_a_line_break_inside_a_name_does_not_end_the_sentence() -> None:
    text = (
        "The U.S. Court of\nAppeals for the Ninth Circuit on Friday upheld the ruling in\n"
        "Larkspur Timber Co. v.\nBureau of Land Management.\n\nNext paragraph."
    )
    n = normalise(text)
    assert len(n.text) == len(text) and n.offsets is None  # spaces for breaks: spans unchanged
    assert "Court of Appeals" in n.text and "v. Bureau" in n.text
    assert n.text.endswith("Management.\n\nNext paragraph.")  # a paragraph stays one
    a = from_text(text, "a.txt")
    found = scan_article(a).mentions
    ruling = next(m for m in found if m.kind == "ruling")
    assert ruling.court == "ca9" and ruling.text.startswith("The U.S. Court of\nAppeals")
    case = next(m for m in found if m.kind == "case")
    assert case.text == "Larkspur Timber Co. v.\nBureau of Land Management"  # as printed
    for m in found:
        assert a.text[m.start : m.end] == m.text


def test_a_headline_line_is_not_joined_to_the_story() -> None:
    text = "Judge Blocks Mining Rule\nDENVER (AP) \u2014 A federal judge ruled.\nBy Ann Lee\n"
    assert normalise(text).text == text


def test_text_wrapped_by_hand_joins_its_long_lines() -> None:
    line = "word " * 12  # a line as long as a mail program fills
    text = (
        f"{line}and the\nstory goes on.\n{line}Sen. Ann Lee said\nthe court was\n"
        f"wrong.\n{line}The Supreme\nCourt disagreed.\nShort Title Line\nNext line."
    )
    out = normalise(text).text
    assert "The Supreme Court disagreed." in out  # long line ending mid-sentence: joined
    assert "Short Title Line\nNext line." in out  # a short line stays a line


# --- outputs --------------------------------------------------------------------------------


def test_output_to_a_fifo_or_a_device_is_refused_and_left_alone(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    code, out, err = _run(["link", str(story), "--offline", "-o", str(fifo)], capsys, tmp_path)
    assert code == 2 and out == "" and str(fifo) in _one_line(err)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    link = tmp_path / "via-link.html"
    link.symlink_to(fifo)
    code, _, err = _run(["link", str(story), "--offline", "-o", str(link)], capsys, tmp_path)
    assert code == 2 and "not a regular file" in _one_line(err)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    null = _device(tmp_path / "null", 3)
    code, _, err = _run(["link", str(story), "--offline", "-o", str(null)], capsys, tmp_path)
    assert code == 2 and "not a regular file" in _one_line(err)
    assert stat.S_ISCHR(os.stat(null).st_mode)


def test_output_to_a_directory_is_refused(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(["link", str(story), "--offline", "-o", str(tmp_path)], capsys, tmp_path)
    assert code == 2 and "is a directory" in _one_line(err)


def test_output_errors_name_the_path_given(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    target = tmp_path / "plain" / "page.html"
    code, _, err = _run(["link", str(story), "--offline", "-o", str(target)], capsys, tmp_path)
    line = _one_line(err)
    assert code == 2 and str(target) in line and ".tmp" not in line


def test_modes_follow_the_umask_and_a_replaced_page_keeps_its_own(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os.umask(0o027)
    try:
        new = tmp_path / "new.html"
        assert _run(["link", str(story), "--offline", "-o", str(new)], capsys, tmp_path)[0] == 0
        assert stat.S_IMODE(os.stat(new).st_mode) == 0o640
        kept = tmp_path / "kept.html"
        kept.write_text("old", encoding="utf-8")
        os.chmod(kept, 0o604)
        assert _run(["link", str(story), "--offline", "-o", str(kept)], capsys, tmp_path)[0] == 0
        assert stat.S_IMODE(os.stat(kept).st_mode) == 0o604
        assert "Insurrection Act" in kept.read_text(encoding="utf-8")
    finally:
        os.umask(old)


def test_symlinked_output_writes_the_file_it_points_to(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.html"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    assert _run(["link", str(story), "--offline", "-o", str(link)], capsys, tmp_path)[0] == 0
    assert link.is_symlink() and "Insurrection Act" in real.read_text(encoding="utf-8")


# --- the cache ------------------------------------------------------------------------------


def test_cache_commands_never_create_a_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "linker.sqlite"
    for command in ("stats", "prune", "export", "check"):
        code = main(["cache", command, "--cache", str(missing)])
        assert code == 1 and "no cache at" in _one_line(capsys.readouterr().err)
    assert not missing.exists() and not missing.parent.exists()


def test_a_corrupt_cache_is_one_line_with_what_to_do(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all " * 200)
    for argv in (
        ["link", str(story), "--offline", "-o", str(tmp_path / "p.html"), "--cache", str(bad)],
        ["cache", "stats", "--cache", str(bad)],
        ["cache", "check", "--cache", str(bad)],
    ):
        assert main(argv) == 1
        line = _one_line(capsys.readouterr().err)
        assert "damaged" in line and "keep a copy" in line


def test_cache_check_says_ok_on_a_sound_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.sqlite"
    store.open_cache(path).close()
    assert main(["cache", "check", "--cache", str(path)]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


def test_a_cache_locked_longer_than_the_timeout(
    tmp_path: Path,
    story: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "c.sqlite"
    store.open_cache(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 50)
    try:
        code = main(
            ["link", str(story), "--offline", "-o", str(tmp_path / "p.html"), "--cache", str(path)]
        )
        line = _one_line(capsys.readouterr().err)
        assert code == 1 and "locked" in line and "try again" in line
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        ("attempt to write a readonly database", "read-only"),
        ("database or disk is full", "no space left"),
        ("database is locked", "locked"),
        ("database disk image is malformed", "damaged"),
    ],
)
def test_each_sqlite_failure_says_what_to_do(error: str, words: str) -> None:
    e = store.cache_error(sqlite3.OperationalError(error), "c.sqlite")
    assert isinstance(e, CacheError) and words in str(e) and "\n" not in str(e)


def test_a_cache_error_mid_run_is_one_line(
    tmp_path: Path,
    story: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("linker.fetch.attach_sources", full)
    code = main(
        [
            "link",
            str(story),
            "--offline",
            "-o",
            str(tmp_path / "p.html"),
            "--cache",
            str(tmp_path / "c.sqlite"),
        ]
    )
    line = _one_line(capsys.readouterr().err)
    assert code == 1 and "no space left" in line and "c.sqlite" in line


# --- Ctrl-C, the header, the length of names --------------------------------------------------


def test_ctrl_c_exits_130_with_one_line(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("linker")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    # reading standard input that never comes: the signal always arrives mid-run
    proc = subprocess.Popen(
        [str(exe), "scan", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        # a test run started in the background ignores SIGINT, and a child inherits that
        # (Python then installs no handler): the child gets the default, as from a terminal
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write(b"Trump cited the Insurrection Act.\n")
    proc.stdin.flush()
    # wait until linker is running its own code (it has imported the CLI): poll /proc
    for _ in range(600):
        try:
            maps = Path(f"/proc/{proc.pid}/maps").read_text(errors="ignore")
        except OSError:
            maps = ""
        if "_sqlite3" in maps:
            break
        subprocess.run(["sleep", "0.05"], check=False)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.decode().strip() == "linker: interrupted"


def test_ctrl_c_while_starting_is_caught_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    import linker.__main__ as entry

    class Interrupting(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "linker.cli", Interrupting("linker.cli"))
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    assert entry.main(["scan", "x"]) == 130
    assert err.getvalue() == "linker: interrupted\n"


def test_the_header_shows_the_title_and_web_address_never_a_local_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "saved-page.html"
    page.write_text(
        "<html><head><title>Judge blocks the deployment | News</title>"
        "<link rel='canonical' href='https://news.example/2025/10/judge-blocks.html'></head>"
        "<body><article><h1>Judge blocks the deployment</h1><p>He cited the "
        "<a href='/tags/insurrection-act'>Insurrection Act</a>. See <a href='../more.html'>"
        "more</a>.</p></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "p.html"
    assert _run(["link", str(page), "--offline", "-o", str(out)], capsys, tmp_path)[0] == 0
    html = out.read_text(encoding="utf-8")
    head = html.split("<main", 1)[0]
    assert str(tmp_path) not in html
    assert 'href="https://news.example/2025/10/judge-blocks.html"' in head
    assert "<title>Judge blocks the deployment" in head
    assert 'href="https://news.example/tags/insurrection-act"' in html
    assert 'href="https://news.example/2025/more.html"' in html
    text = tmp_path / "story.txt"
    text.write_text("Headline of the story\n\n" + STORY, encoding="utf-8")
    assert _run(["link", str(text), "--offline", "-o", str(out)], capsys, tmp_path)[0] == 0
    html = out.read_text(encoding="utf-8")
    assert str(tmp_path) not in html and "<title>Headline of the story" in html


def test_an_enormous_name_from_a_source_is_capped_on_the_page() -> None:
    from linker.models import Authority, LinkedArticle, Mention, Source
    from linker.render import render_html

    text = "He cited Roe v. Wade. " * 60
    a = from_text(text, "a.txt")
    huge = "Roe v. Wade " + "x" * 2_000_000
    mentions = tuple(
        Mention(i * 22 + 9, i * 22 + 20, "Roe v. Wade", "case", "cl:1", name=huge)
        for i in range(60)
    )
    src = Source(
        "cl:1", huge, "https://example.org/roe", huge, "2025-01-01", citation=huge, snippet=huge
    )
    linked = LinkedArticle(
        article=a,
        mentions=mentions,
        authorities={"cl:1": Authority("cl:1", "case", huge, "https://example.org/roe", src, huge)},
    )
    assert len(render_html(linked)) < 500_000


def test_an_unclosed_svg_does_not_hide_the_rest_of_the_article() -> None:
    html = (
        "<html><body><article><p>Intro text here.</p><svg/<p>The president cited the "
        "Insurrection Act.</p><p>More text after it.</p></article></body></html>"
    )
    a = from_text(html, "svg.html", is_html=True)
    assert "the Insurrection Act." in a.text and "More text after it." in a.text
    assert any(m.text == "Insurrection Act" for m in scan_article(a).mentions)


class _Pages(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path == "/legacy":
            body = (
                "<html><body><article><p>\u201cThe Insurrection Act,\u201d said the caf\u00e9 "
                "owner.</p></article></body></html>"
            ).encode("cp1252")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=windows-1252")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        # /huge: no Content-Length, streamed until the client stops reading
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"the Insurrection Act " * 5000
        try:
            for _ in range(100):
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def pages() -> Iterator[str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_a_url_over_the_limit_is_refused_while_reading(pages: str) -> None:
    with httpx.Client() as client, pytest.raises(InputError, match="larger than 1 MB"):
        load_article(f"{pages}/huge", client=client, max_bytes=1024 * 1024)


def test_a_url_s_charset_header_decodes_the_page(pages: str) -> None:
    with httpx.Client() as client:
        a = load_article(f"{pages}/legacy", client=client)
    assert "\u201cThe Insurrection Act,\u201d said the caf\u00e9 owner." in a.text
    assert a.url == f"{pages}/legacy"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_read_only_cache_is_one_line(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "c.sqlite"
    db = store.open_cache(path)
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        argv = ["link", str(story), "--offline", "-o", str(tmp_path / "p.html")]
        code = main([*argv, "--cache", str(path)])
        line = _one_line(capsys.readouterr().err)
        assert code == 1 and "read-only" in line
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_a_bare_ampersand_hash_does_not_hide_the_rest_of_the_article() -> None:
    html = "<article><p>R&#D spending.</p><p>He cited the <b>Insurrection Act</b>.</p></article>"
    a = from_text(html, "amp.html", is_html=True)
    assert "R&#D spending." in a.text and "He cited the Insurrection Act." in a.text
