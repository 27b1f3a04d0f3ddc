"""eyecite run with the scanner's tokenizer finds what it finds with its own."""

from __future__ import annotations

import pytest
from eyecite import get_citations

from linker.scanner.eyecites import _tokenizer


def _seen(text: str, **kw: object) -> list[tuple[object, ...]]:
    return [
        (type(c).__name__, c.span(), sorted(c.groups.items()), str(c.metadata))
        for c in get_citations(text, **kw)  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the Court released its opinions in Gonzalez v. Google LLC, 143 S. Ct. 1191 (2023) "
        "(per curiam), and Twitter, Inc. v. Taamneh, 143 S. Ct. 1206 (2023). Defendants "
        "asserted defenses under 47 U.S.C. § 230(c)(1).",
        "See Roe v. Wade, 410 U.S. 113 (1973); Planned Parenthood v. Casey, 505 U.S. 833, "
        "846 (1992); 34 C.F.R. § 106.1; Cal. Penal Code § 187; 123 N. Y. S. 2d 456; "
        "5 F.4th 100 (9th Cir. 2021); 2017-Ohio-1234.",
        "Tex. Fam. Code Ann. § 153.002; Pub. L. No. 117-169; 136 Stat. 1818; Mass. Gen. Laws "
        "ch. 93A, § 2; Fla. Stat. § 790.01 (2023); nothing at all here.",
    ],
)
def test_the_same_citations(text: str) -> None:
    assert _seen(text, tokenizer=_tokenizer()) == _seen(text)
