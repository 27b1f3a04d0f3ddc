"""Patterns compiled on first use: the same pattern each call, compiled only when called."""

import re

from linker.scanner.constitution import AMENDMENT
from linker.scanner.lazyre import lazy


def test_lazy_compiles_once_on_first_call() -> None:
    get = lazy(r"(?P<n>\d+)th\s+Amendment", re.IGNORECASE)
    assert get.cache_info().currsize == 0  # type: ignore[attr-defined]
    first = get()
    assert first is get()
    assert first.flags & re.IGNORECASE
    m = first.search("the 14TH amendment")
    assert m is not None and m.group("n") == "14"


def test_a_lazy_pass_pattern_finds_what_it_did() -> None:
    m = AMENDMENT().search("under the 14th Amendment's equal protection clause")
    assert m is not None and m.group() == "14th Amendment"
