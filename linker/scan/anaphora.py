"""Back-references ("the act", "the order") joined to the authority they refer to."""

from __future__ import annotations

from ..models import Mention
from .context import ScanContext


def resolve_anaphora(text: str, mentions: list[Mention], ctx: ScanContext) -> list[Mention]:
    return mentions
