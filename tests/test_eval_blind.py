"""`make eval` scores a blind set but never lists its misses, so nobody tunes on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linker.eval import main


def _corpus(folder: Path, blind: bool) -> Path:
    folder.mkdir()
    (folder / "01-a.txt").write_text(
        "source: https://example.org/a\n\nIt rained. The Supreme Court upheld the law.\n",
        encoding="utf-8",
    )
    gold = {"mentions": [{"text": "rained", "occurrence": 1, "kind": "statute",
                          "target": "usc:10:251-255"}]}  # fmt: skip
    (folder / "01-a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    if blind:
        (folder / ".blind").write_text("blind\n", encoding="utf-8")
    return folder


def test_a_blind_set_is_scored_without_its_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main([str(_corpus(tmp_path / "blind", blind=True))])
    out = capsys.readouterr().out
    assert "ALL " in out and "misses:" not in out and "false alarms:" not in out


def test_an_open_set_lists_its_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main([str(_corpus(tmp_path / "open", blind=False))])
    assert "misses:" in capsys.readouterr().out
