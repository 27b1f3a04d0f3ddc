"""`python -m linker.bench --help` prints its usage and measures nothing (a helper's `--help`
ran the whole benchmark over the default folders); an unknown option is a usage error."""

from __future__ import annotations

import pytest

from linker import bench


def test_help_prints_usage_and_runs_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        bench.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "usage: python -m linker.bench" in out
    assert "--quick" in out
    assert "per article:" not in out


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        bench.main(["--fast"])
    assert exc.value.code == 2
    assert "unrecognized arguments: --fast" in capsys.readouterr().err
