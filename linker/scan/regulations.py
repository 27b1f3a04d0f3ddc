"""Matcher for regulations mentions (to be filled in)."""

from __future__ import annotations

from ..models import Mention
from .context import ScanContext


def find(text: str, ctx: ScanContext) -> list[Mention]:
    return []
