"""Low readable sets, twenty-fourth session (s24-lowb4): in a round-up of several states' new
laws, a paragraph that names no state takes the state of the section heading above it
("Ferry rules in Norland schools" … "The governor signed a bill in May that requires …").
Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-01-02"
LA = "state:la:bill:hb71"


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "statute"]


ROUNDUP = (
    "Several states have new laws taking effect this week.\n"
    "Meanwhile, Oregon passed a measure that changes how towns license food trucks.\n"
    "Here are the laws to watch:\n"
    "{heading}\n"
    "Gov. Ann Ruiz signed legislation in May that requires the Ten Commandments to be "
    "displayed in public classrooms.\n"
)


def test_a_paragraph_under_a_state_heading_takes_the_headings_state() -> None:
    text = ROUNDUP.format(heading="Ten Commandments in Louisiana schools")
    assert ("legislation in May that requires", LA) in _statutes(text)


def test_a_heading_naming_no_state_gives_none() -> None:
    text = ROUNDUP.format(heading="Religious displays in schools")
    assert all(a != LA for _, a in _statutes(text))


def test_a_heading_with_another_state_between_gives_none() -> None:
    text = ROUNDUP.format(
        heading="Ten Commandments in Louisiana schools\nA similar bill failed in Oregon last year."
    )
    assert all(a != LA for _, a in _statutes(text))
