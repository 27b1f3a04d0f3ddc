"""Named mentions from real pages, tenth session (issue 13, points 4, 7, 8; branch
s10-named): a state constitution's rights in prose, the U.S. Constitution's powers in prose,
executive orders by their day, topic and ordinal, and captions. Sentences are our own in the
shapes of real pages (short quotes of real sentences where marked)."""

from __future__ import annotations

import pytest
from conftest import mentions


def _const(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text) if m.kind == "constitution"]


@pytest.mark.parametrize(
    ("text", "span", "authority"),
    [
        # the adjective: a state's right "constitutional"
        (
            "The high court found that, based on Montana’s constitutional right to privacy, "
            "the judge did not err.",
            "Montana’s constitutional right to privacy",
            "state:mt:const:2-10",
        ),
        (
            "In Idaho, the magistrate's order violated the state constitutional open courts "
            "provision.",
            "the state constitutional open courts provision",
            "state:id:const:1-18",
        ),
        (
            "The Montana court applied Montana state constitutional equal protection.",
            "Montana state constitutional equal protection",
            "state:mt:const:2-4",
        ),
        (
            "A Montana judge found the plaintiffs were likely to win on the state "
            "constitutional rights of privacy and equal protection.",
            "the state constitutional rights of privacy",
            "state:mt:const:2-10",
        ),
        # the right after the constitution
        (
            "Lawyers said the treatments are not protected by the state Constitution’s right "
            "to individual privacy, the Montana attorney general argued.",
            "the state Constitution’s right to individual privacy",
            "state:mt:const:2-10",
        ),
        (
            "Two justices said the Montana court should have reached the state constitution’s "
            "equal protection clause.",
            "the state constitution’s equal protection clause",
            "state:mt:const:2-4",
        ),
        (
            "The Idaho Supreme Court invoked the Idaho Constitution's \"Open Courts\" provision.",
            "the Idaho Constitution's \"Open Courts\" provision",
            "state:id:const:1-18",
        ),
        (
            "The court cited the Montana Constitution, which provides: “The right of "
            "individual privacy is essential.”",
            "the Montana Constitution, which provides: “The right of individual privacy",
            "state:mt:const:2-10",
        ),
        (
            "The high court based its decision on a clause in the Montana Constitution that "
            "promises an individual right to privacy.",
            "the Montana Constitution that promises an individual right to privacy",
            "state:mt:const:2-10",
        ),
        # the right before it
        (
            "The Montana Supreme Court agreed that the law likely violates the right to privacy "
            "in the state constitution.",
            "the right to privacy in the state constitution",
            "state:mt:const:2-10",
        ),
        (
            "Voters sued under the free and equal elections clause of the Pennsylvania "
            "Constitution.",
            "the free and equal elections clause of the Pennsylvania Constitution",
            "state:pa:const:1-5",
        ),
    ],
)
def test_a_state_constitutions_right_in_prose(text: str, span: str, authority: str) -> None:
    assert (span, authority) in _const(text)


@pytest.mark.parametrize(
    "text",
    [
        # a state with no row for the right: nothing is guessed
        "The Ohio court relied on Ohio's constitutional right to privacy.",
        # the adjective with no state before it
        "The justices weighed a constitutional right to privacy.",
        # the U.S. Constitution's clause
        "The judge cited the Constitution's equal protection clause.",
    ],
)
def test_no_state_section_is_guessed(text: str) -> None:
    assert all(a is None or not a.startswith("state:") for _, a in _const(text))
