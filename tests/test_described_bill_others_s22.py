"""A bill described in words near the one bill the article numbers is that bill, but not
"legislation to his desk" (a place it goes, not what it does) nor "two other pieces of
legislation aimed at …" (several bills, or another) (``bill_names.described``). Made-up
sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_NAMED = "The House passed the GENIUS Act, S. 1582, on Thursday by a wide margin. "


def _bills(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-07-18") if m.kind == "bill"]


@pytest.mark.parametrize(
    "after",
    [
        "The president had wanted lawmakers to get crypto legislation to his desk by August.",
        "Holdouts wanted it bundled with two other pieces of legislation aimed at regulating "
        "digital assets.",
        "Some members also pushed another piece of legislation aimed at regulating digital assets.",
    ],
)
def test_not_the_numbered_bill(after: str) -> None:
    assert all(a == "bill:119:s:1582" for _, a in _bills(_NAMED + after))
    assert len(_bills(_NAMED + after)) == len(_bills(_NAMED))


def test_a_bill_to_do_something_is_still_it() -> None:
    found = _bills(
        _NAMED + "The legislation aimed at regulating stablecoins now goes to the White House."
    )
    assert len(found) == len(_bills(_NAMED)) + 1
