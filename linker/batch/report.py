"""What a batch reports: ``batch-report.json``, the lines of ``mentions.jsonl``, ``index.html``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path
from typing import IO, Any

from ..models import Mention


@dataclass
class BatchReport:
    """What a batch did: counts, failures with reasons, seconds per stage, peak memory."""

    articles: int = 0
    linked: int = 0
    skipped: int = 0
    failed: int = 0
    mentions: int = 0
    authorities: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    source_failures: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # the fetcher's notes (token, budgets)
    searches: int = 0
    workers: int = 0
    executor: str = "local"
    scheduler: str | None = None
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    wall_s: float = 0.0
    main_cpu_s: float = 0.0  # CPU the main process spent (the part that does not parallelise)

    def summary(self) -> str:
        """The one line the CLI prints."""
        src = self.sources
        return (
            f"{self.articles} articles: {self.linked} linked, {self.skipped} unchanged, "
            f"{self.failed} failed; {self.mentions} mentions of {self.authorities} authorities; "
            f"sources {src.get('fetched', 0)} fetched, {src.get('from_cache', 0)} from cache, "
            f"{src.get('failed', 0)} failed; {sum(self.stages.values()):.1f} s"
        )

    def to_json(self) -> str:
        return json.dumps({"schema": 1, **asdict(self)}, ensure_ascii=False, indent=2) + "\n"


def mention_line(aid: str, m: Mention) -> dict[str, Any]:
    return {
        "article": aid,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "kind": m.kind,
        "authority": m.authority,
        "court": m.court,
        "confidence": round(m.confidence, 3),
    }


class IndexPage:
    """A plain list of the articles with their pages and mention counts, streamed to disk."""

    def __init__(self, tmp: Path, final: Path | None) -> None:
        self.tmp = tmp
        self.final = final
        self.f: IO[str] | None = None

    def __enter__(self) -> IndexPage:
        if self.final is not None:
            self.f = self.tmp.open("w", encoding="utf-8")
            self.f.write(
                '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
                "<title>linker batch</title></head><body><h1>Linked articles</h1>\n<ol>\n"
            )
        return self

    def add(self, aid: str, source: str, mentions: Sequence[Mention]) -> None:
        if self.f is None:
            return
        kinds = len({m.authority for m in mentions if m.authority})
        self.f.write(
            f'<li><a href="{escape(aid)}.html">{escape(aid)}</a> — {len(mentions)} mentions, '
            f"{kinds} authorities <small>{escape(source)}</small></li>\n"
        )

    def __exit__(self, *exc: object) -> None:
        if self.f is not None:
            self.f.write("</ol></body></html>\n")
            self.f.close()
