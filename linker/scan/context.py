"""What every matcher may know besides the text: the article's date and the data files."""

from __future__ import annotations

from dataclasses import dataclass

from ..ids import congress_for_date
from ..models import Article


@dataclass(frozen=True)
class ScanContext:
    date: str | None = None

    @classmethod
    def for_article(cls, article: Article) -> ScanContext:
        return cls(date=article.date)

    @property
    def congress(self) -> int | None:
        return congress_for_date(self.date)
