"""`make eval` splits its figures into mentions named outright and mentions that refer back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linker.eval import main

TEXT = (
    "The Insurrection Act lets a president deploy troops. Critics say the act is outdated, "
    "and the law has rarely been used.\n"
)


def test_the_report_splits_named_mentions_from_back_references(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "01-a.txt").write_text(f"source: https://example.org/a\n\n{TEXT}", encoding="utf-8")
    gold = {"mentions": [
        {"text": "Insurrection Act", "occurrence": 1, "kind": "statute",
         "target": "usc:10:251-255"},
        {"text": "the act", "occurrence": 1, "kind": "statute", "target": "usc:10:251-255",
         "anaphor": True},
        # a gold span no mention covers: a back-reference the scanner missed
        {"text": "rarely", "occurrence": 1, "kind": "statute", "target": "usc:10:251-255",
         "anaphor": True},
    ]}  # fmt: skip
    (folder / "01-a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    main([str(folder)])
    rows = {line[:18].strip(): line.split() for line in capsys.readouterr().out.splitlines()}
    named, back = rows["named"], rows["refers back"]
    assert named[1] == "1" and float(named[-2]) == 1.0  # one gold, recalled
    assert back[2] == "2" and float(back[-2]) == 0.5  # two gold, one recalled
