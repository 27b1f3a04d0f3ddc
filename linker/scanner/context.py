"""What every matcher may know besides the text: the article's date and the data files."""

from __future__ import annotations

from dataclasses import dataclass

from ..ids import congress_for_date
from ..models import Article


@dataclass(frozen=True)
class ScanContext:
    """``extra_names`` are (name, authority or None) pairs from outside the curated data —
    the cached Popular Name Table — that the act-name matcher adds to its own list."""

    date: str | None = None
    extra_names: tuple[tuple[str, str | None], ...] = ()

    @classmethod
    def for_article(
        cls, article: Article, extra_names: tuple[tuple[str, str | None], ...] = ()
    ) -> ScanContext:
        return cls(date=article.date, extra_names=extra_names)

    @property
    def congress(self) -> int | None:
        return congress_for_date(self.date)
