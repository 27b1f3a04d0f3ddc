"""blind48's census, twenty-fifth session (s25-b48): a state session law cited as the Bluebook
cites it ("2013 Conn. Pub. Acts 13-3", "2016 Vt. Acts & Resolves 41") and the quoted long title
the citation follows in brackets. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-09-01") if m.kind == "statute"]


def test_a_public_act_in_bluebook_form() -> None:
    text = "The panel upheld the magazine limits of 2013 Conn. Pub. Acts 13-3 on Friday."
    assert ("2013 Conn. Pub. Acts 13-3", "state:ct:bill:pa13-3") in _laws(text)


def test_acts_and_resolves_is_an_act_by_number() -> None:
    text = "Lawmakers later amended 2016 Vt. Acts & Resolves 41, the record shows."
    assert ("2016 Vt. Acts & Resolves 41", "state:vt:bill:act41") in _laws(text)


def test_the_quoted_long_title_before_the_citation() -> None:
    text = (
        "Passed after a school shooting, the “Act Concerning Safer Campuses and Buses” "
        "(2019 Del. Pub. Acts 12-3) set new rules."
    )
    found = _laws(text)
    assert ("Act Concerning Safer Campuses and Buses", "state:de:bill:pa12-3") in found


def test_an_unknown_abbreviation_is_nothing() -> None:
    text = "The report cited 2013 Xyz. Pub. Acts 13-3 in a footnote."
    assert all(a is None or "13-3" not in a for _, a in _laws(text))


def test_a_headline_state_law_takes_the_bill_the_lead_names() -> None:
    text = (
        "Ohio Campus Speech Law Halted by Judge\n\n"
        "A federal judge on Monday halted Ohio House Bill 77 (HB 77), a law limiting protests "
        "on state campuses."
    )
    assert ("Ohio Campus Speech Law", "state:oh:bill:hb77") in _laws(text)


def test_a_headline_law_of_another_state_stays_unlinked() -> None:
    text = (
        "Iowa Campus Speech Law Halted by Judge\n\n"
        "A federal judge on Monday halted Ohio House Bill 77 (HB 77), a law limiting protests "
        "on state campuses."
    )
    assert ("Iowa Campus Speech Law", "state:oh:bill:hb77") not in _laws(text)


def test_a_short_case_name_before_supreme_court_precedent() -> None:
    text = (
        "Gun owners lost again on Friday. Critics fault the panel for ignoring the Bruen "
        "Supreme Court precedent."
    )
    cases = [(m.text, m.authority) for m in mentions(text, "2025-09-01") if m.kind == "case"]
    assert ("the Bruen Supreme Court precedent", "cite:597:us:1") in cases


def test_the_court_after_a_supreme_court_hoped_for_is_the_circuit() -> None:
    text = (
        "On May 3, the Ninth Circuit Court of Appeals issued a decision on a state gun law that "
        "shows why Supreme Court review is overdue. In the joined appeals of Smith v. Jones; "
        "Doe v. Roe, the Court issued a 40-page decision affirming the district court."
    )
    courts = [
        m.court
        for m in mentions(text, "2025-06-01")
        if m.kind == "ruling" and m.text.startswith("the Court issued")
    ]
    assert courts == ["ca9"]


def test_a_state_acts_initials_without_the_state_word() -> None:
    text = (
        "Companies selling offsets must follow the California Voluntary Carbon Market "
        "Disclosures Act from next year. Critics say the VCMDA is vague."
    )
    assert ("VCMDA", "state:ca:bill:ab1305") in _laws(text)


def test_initials_of_an_act_not_named_are_nothing() -> None:
    text = "Critics say the VCMDA is vague, a trade group said."
    assert all(t != "VCMDA" for t, _ in _laws(text))
