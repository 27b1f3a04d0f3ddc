"""A remark on a ruling's reasons ("The court noted …", "the judge reasoned …") does not tell
the ruling again; what the court found or held still does (``rulings.clauses``). Made-up
sentences."""

from __future__ import annotations

import pytest

from conftest import rulings


@pytest.mark.parametrize(
    "remark",
    [
        "The court noted that the agency had skipped the comment period.",
        "In a footnote, the court noted the agency's delay.",
        "The judge reasoned that the agency had skipped the comment period.",
        "Moreover, the judge reasoned, the statute says nothing of the kind.",
    ],
)
def test_a_remark_is_not_the_ruling_again(remark: str) -> None:
    text = f"U.S. District Judge Lena Ortiz of Maine blocked the rule on Monday. {remark}"
    found = rulings(text)
    assert len(found) == 1 and found[0].text.startswith("U.S. District Judge")


@pytest.mark.parametrize(
    "holding",
    [
        "The court found that the agency had skipped the comment period.",
        "The judge wrote that the agency had skipped the comment period.",
    ],
)
def test_a_finding_still_tells_the_ruling_again(holding: str) -> None:
    text = f"U.S. District Judge Lena Ortiz of Maine blocked the rule on Monday. {holding}"
    found = rulings(text)
    assert len(found) == 2 and found[1].anaphor
