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


# --- a state law told by its topic, and the suit its plaintiffs brought against it --------

MO_LAW = "state:mo:rsmo:509.520"
MO_SUIT = "Gross v. State of Missouri"
_REDACTION = (
    "A Missouri law requiring secrecy in court filings has made appeals costlier, lawyers say. "
    "The Missouri Broadcasters Association filed a lawsuit in Cole County on Friday, asking "
    "a judge to strike down the law."
)


def test_a_state_law_told_by_its_topic_is_the_rows_law() -> None:
    found = _statutes_at(_REDACTION, "2024-06-05")
    assert any(a == MO_LAW and t.startswith("A Missouri law requiring") for t, a in found)


def _statutes_at(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


def _cases(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


def test_the_suit_of_a_sole_plaintiff_against_that_law() -> None:
    assert ("a lawsuit", MO_SUIT) in _cases(_REDACTION, "2024-06-05")


def test_the_suit_is_not_told_before_it_was_filed() -> None:
    assert all(n != MO_SUIT for _t, n in _cases(_REDACTION, "2024-03-01"))


def test_another_plaintiffs_suit_against_another_law_is_not_that_suit() -> None:
    text = (
        "A Missouri law requiring new permits for food trucks has angered vendors. The "
        "Missouri Restaurant Association filed a lawsuit in Cole County on Friday."
    )
    assert all(n != MO_SUIT for _t, n in _cases(text, "2024-06-05"))


# --- "the finding that held that …": the rule, the subject of its own verb of finding ------

ENDANGERMENT = "fr:74:66496"
_FINDING = (
    "Health groups sued the EPA over its repeal of a 2009 rule known as the endangerment "
    "finding. The suit came after the agency announced it was repealing the finding {rest}"
)


def _regulations(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2026-02-20") if m.kind == "regulation"]


def test_the_finding_that_held_is_the_rule() -> None:
    text = _FINDING.format(rest="that held that six gases endanger public health.")
    assert [a for t, a in _regulations(text) if t == "the finding"] == [ENDANGERMENT]


def test_the_finding_that_a_court_made_is_not_the_rule() -> None:
    text = _FINDING.format(rest="and a judge later questioned the finding that the groups made.")
    assert [a for t, a in _regulations(text) if t == "the finding"] == [ENDANGERMENT]
