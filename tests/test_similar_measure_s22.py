"""A state law told as "a similar measure" (no state of its own) is like the law the article
names, never it (``statedesc``: ``_SIMILAR``). Made-up sentences."""

from __future__ import annotations

from conftest import mentions

_DATE = "2025-07-01"


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, _DATE) if m.kind == "statute"]


def test_a_similar_measure_is_not_the_named_law() -> None:
    text = (
        "Last year the Ohio Senate tucked a similar measure making such orders appealable into "
        "a bill on court filings. This spring lawmakers passed Ohio House Bill 305 instead."
    )
    found = _statutes(text)
    assert not any(t.startswith("a similar measure") for t, _ in found)
    assert any(a == "state:oh:bill:hb305" for _, a in found)
