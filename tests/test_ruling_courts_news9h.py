"""Rulings, round two (issue 13, points 1 and 3, ninth session): courts and juries the first
round left unread on real pages — Massachusetts' "Appeals Court", a state named with a
possessive apostrophe alone ("Massachusetts' Supreme Court") or spelt with its ʻokina
("Hawai'i"), a jury named by its state (a state court's, never the state's federal district),
a bare jury under a dateline. The sentences are our own, in the shape of real news pages; each
row names the court a reader would expect (None: one the text does not support) and a piece of
the span."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.models import Mention

CTX = "2025-09-01"


def rulings(text: str) -> list[Mention]:
    return [m for m in mentions(text, CTX) if m.kind == "ruling"]


SHAPES = [
    # Massachusetts' intermediate court goes by "Appeals Court"
    (
        "The Massachusetts Appeals Court today upheld a Dorchester man's conviction for armed "
        "robbery.",
        "massappct",
        "The Massachusetts Appeals Court today upheld",
    ),
    (
        "A divided Massachusetts Appeals Court ruled Friday that the officer had probable cause.",
        "massappct",
        "A divided Massachusetts Appeals Court ruled",
    ),
    (
        "The case began in Springfield, Massachusetts. The Appeals Court reversed the conviction "
        "on Tuesday.",
        "massappct",
        "The Appeals Court reversed",
    ),
    # "the Massachusetts Court of Appeals": courts-db files nothing under that name, but the
    # state has one intermediate court
    (
        "The Massachusetts Court of Appeals ruled today that the town must issue the permit.",
        "massappct",
        "The Massachusetts Court of Appeals ruled",
    ),
    # a state's name with a possessive apostrophe alone, or spelt with its ʻokina
    (
        "Massachusetts' Supreme Court recently upheld a town bylaw on tobacco sales.",
        "mass",
        "Massachusetts' Supreme Court recently upheld",
    ),
    (
        "The Hawai'i Supreme Court struck down a constitutional amendment approved by voters.",
        "haw",
        "Hawai'i Supreme Court struck down",
    ),
    (
        "The Hawaiʻi Supreme Court struck down a constitutional amendment approved by voters.",
        "haw",
        "Hawaiʻi Supreme Court struck down",
    ),
    # a jury named by its state is a state court's jury
    (
        "On Thursday a South Carolina jury convicted the lawyer of murdering his wife and son.",
        "superctsc",
        "a South Carolina jury convicted",
    ),
    # a bare jury under a dateline: the state's or the federal court's, the text does not say
    (
        "TALLAHASSEE, Fla. (AP) — A jury has found a Miami man guilty of first-degree murder in "
        "the killing of a professor.",
        None,
        "A jury has found a Miami man guilty",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = [m for m in rulings(text) if piece in m.text or m.text in piece]
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court


def test_a_federal_jury_keeps_its_district() -> None:
    text = (
        "ATLANTA (AP) — A federal jury has found a former county official guilty of taking "
        "bribes."
    )
    found = [m for m in rulings(text) if "jury" in m.text]
    assert found and found[0].court == "gand"


def test_appeals_court_without_massachusetts_is_no_massachusetts_court() -> None:
    text = "The Appeals Court reversed the conviction of the Denver man on Tuesday."
    assert all(m.court != "massappct" for m in rulings(text))
