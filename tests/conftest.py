from __future__ import annotations

from pathlib import Path

import pytest

from linker.load import from_text
from linker.models import Article, Mention
from linker.scanner import scan
from linker.scanner.doc import Doc

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def article(text: str, date: str | None = None) -> Article:
    return from_text(text, "test.txt", date=date)


def mentions(text: str, date: str | None = None) -> list[Mention]:
    return scan(article(text, date))


# the date the ruling tests read their sentences on (a court's "Friday" needs a date)
RULING_DATE = "2025-09-01"


def rulings(text: str, date: str = RULING_DATE) -> list[Mention]:
    """The ruling mentions of ``text``."""
    return [m for m in mentions(text, date) if m.kind == "ruling"]


def rulings_at(text: str, piece: str, date: str = RULING_DATE) -> list[Mention]:
    """The ruling mentions of ``text`` that hold ``piece`` or lie inside it."""
    return [m for m in rulings(text, date) if piece in m.text or m.text in piece]


def regs(text: str, date: str | None) -> set[tuple[str, str | None]]:
    """The regulation mentions of ``text``: (words, id) pairs."""
    return {(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"}


def authorities(text: str, date: str | None) -> set[str | None]:
    """The ids of the regulation mentions of ``text``."""
    return {a for _, a in regs(text, date)}


def doc(text: str, date: str | None = None) -> Doc:
    return Doc.of(text, date)


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(autouse=True)
def _no_user_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside the checkout linker's default cache is the user's (``~/.cache/linker``): tests
    that run from a temporary folder get a temporary one instead."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


# The corpora that are not held back (tests may read their texts; held-back sets are scored only)
OPEN_CORPORA = tuple(
    Path(p)
    for p in (
        "../shared/corpus",
        "tests/corpus",
        "tests/corpus-final",
        "tests/corpus-blind",
        *(f"tests/corpus-dev{n}" for n in range(6, 15)),
    )
    if Path(p).is_dir()
)
