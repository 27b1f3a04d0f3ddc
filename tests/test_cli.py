"""The command line as a user types it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from linker.cli import main

SEED_LIKE = (
    "Trump has faced other setbacks. A federal judge in Oregon blocked Trump’s bid to deploy "
    "troops in Portland.\nTrump says he could invoke the rarely used Insurrection Act to force "
    "deployments of troops around the country.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(SEED_LIKE, encoding="utf-8")
    return p


def test_scan_json_follows_the_spec(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(article), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["article"]) >= {"source", "title", "date", "text_length"}
    assert data["article"]["text_length"] == len(SEED_LIKE)
    act = next(m for m in data["mentions"] if m["text"] == "Insurrection Act")
    assert SEED_LIKE[act["start"] : act["end"]] == "Insurrection Act"
    assert act["kind"] == "statute" and act["authority"] == "usc:10:251-255"
    assert act["url"].startswith("https://")
    for m in data["mentions"]:
        assert set(m) >= {
            "start",
            "end",
            "text",
            "kind",
            "authority",
            "court",
            "name",
            "confidence",
            "anaphor",
            "url",
        }
        assert 0 <= m["confidence"] <= 1


def test_link_writes_page_and_prints_its_path_last(
    article: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LINKER_OFFLINE", "1")
    monkeypatch.setenv("LINKER_CACHE", str(tmp_path / "c.sqlite"))
    assert main(["link", str(article), "--offline"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    page = tmp_path / out[-1]
    # outside linker's checkout the page goes to the current folder: no out/, no cache/
    assert page.name == "story.html" and page.parent == tmp_path
    assert not (tmp_path / "out").exists() and not (tmp_path / "cache").exists()
    html = page.read_text(encoding="utf-8")
    assert 'data-authority="usc:10:251-255"' in html
    assert "law.cornell.edu/uscode/text/10/251" in html


def test_link_json_to_stdout(
    article: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("LINKER_CACHE", str(tmp_path / "c.sqlite"))
    assert main(["link", str(article), "--format", "json", "-o", "-", "--offline"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "usc:10:251-255" in data["authorities"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["scan", "does-not-exist.txt"], 2),
        (["link", "."], 2),
        (["frobnicate"], 2),
        (["link"], 2),
        (["scan", "x.txt", "--date", "yesterday"], 2),
    ],
)
def test_bad_usage_and_input_exit_2_with_one_line(
    args: list[str], code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == code
    err = capsys.readouterr().err.strip()
    assert err.startswith("linker:") and "\n" not in err and "Traceback" not in err


def test_failed_run_keeps_the_good_output(
    tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINKER_CACHE", str(tmp_path / "c.sqlite"))
    out = tmp_path / "page.html"
    assert main(["link", str(article), "-o", str(out), "--offline"]) == 0
    good = out.read_text(encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    assert main(["link", str(bad), "-o", str(out), "--offline"]) == 2
    assert out.read_text(encoding="utf-8") == good
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_console_script_runs_as_typed(article: Path, tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("linker")
    env = {
        "PATH": str(exe.parent),
        "LINKER_OFFLINE": "1",
        "LINKER_CACHE": str(tmp_path / "c.sqlite"),
        "HOME": str(tmp_path),
    }
    r = subprocess.run(
        [str(exe), "scan", str(article), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert "usc:10:251-255" in r.stdout
    r = subprocess.run(
        [str(exe), "scan", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    class FakeStdin:
        buffer = io.BytesIO(SEED_LIKE.encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    assert main(["scan", "-", "--json"]) == 0
    assert "Insurrection Act" in capsys.readouterr().out
