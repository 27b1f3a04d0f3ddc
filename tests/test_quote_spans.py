"""Quotation spans found with str.find are the ones the plain pattern finds."""

from __future__ import annotations

import re

import pytest

from linker.scanner.sentences import quote_spans

PATTERN = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


@pytest.mark.parametrize(
    "text",
    [
        'The judge wrote that the order was "arbitrary and capricious," and "unlawful."',
        "“The president has no such power,” the court said. “None.”",
        'He said "yes\nand no" and left.',  # a straight pair never spans lines
        "“An unclosed quotation\nand “a closed one” after it.",
        'Mixed “curly "straight" inside” and "straight “curly” inside".',
        'A lone " mark, then "a pair" later.',
        "",
        "No quotation at all.",
    ],
)
def test_quote_spans_are_what_the_pattern_finds(text: str) -> None:
    assert quote_spans(text) == [m.span() for m in PATTERN.finditer(text)]
