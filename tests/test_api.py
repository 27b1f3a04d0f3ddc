"""The public surface: what `import linker` offers, and that every command is documented."""

from __future__ import annotations

import argparse
from pathlib import Path

import linker
from linker.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"


def test_public_api_is_pinned() -> None:
    assert sorted(linker.__all__) == sorted(
        [
            "Article", "Authority", "CacheError", "FetchError", "InputError", "LinkedArticle",
            "LinkerError", "Mention", "Source", "__version__", "load_article", "render_html",
            "scan", "scan_article", "to_json",
        ]
    )  # fmt: skip
    for name in linker.__all__:
        assert hasattr(linker, name)


def test_errors_form_one_tree() -> None:
    for err in (linker.InputError, linker.FetchError, linker.CacheError):
        assert issubclass(err, linker.LinkerError)


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[tuple[str, str]]:
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                out.append((f"{prefix}{name}", helps.get(name) or ""))
                out.extend(_commands(sub, f"{prefix}{name} "))
    return out


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    commands = _commands(build_parser())
    assert {c for c, _ in commands} >= {"link", "scan", "cache", "data", "data update-names"}
    for command, help_text in commands:
        assert help_text, f"linker {command} has no help text"
        assert f"linker {command}" in readme, f"linker {command} is not in the README"
