"""Fifteenth session (issue 13, s15-cases26): the Supreme Court's cases of 2025–2026.

Made-up sentences of the shapes news prints: a case of October Terms 2024 and 2025 or of the
2025 emergency docket by its caption, its initials or a short name; a decision told by what
it held ("the Supreme Court's tariff ruling") or by its year and subject ("a 2025 Supreme
Court ruling that limited nationwide injunctions"); and the phrases that must stay unlinked
(another court's ruling on the same subject, a caption of the lower-court suit, a year the
case was not decided in).
"""

from __future__ import annotations

from conftest import mentions


def cases(text: str, date: str = "2026-07-15") -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


def names(text: str, date: str = "2026-07-15") -> set[str | None]:
    return {n for _t, n in cases(text, date)}


def test_emergency_docket_captions_link_by_their_initials() -> None:
    found = names(
        "The justices cited Trump v. AFGE and OPM v. AFGE, and a week later DHS v. D.V.D., "
        "when they sided with the administration again."
    )
    assert "Trump v. American Federation of Government Employees" in found
    assert "Office of Personnel Management v. American Federation of Government Employees" in found
    assert "Department of Homeland Security v. D.V.D." in found


def test_a_companion_dockets_caption_is_not_an_alias_of_the_lead_case() -> None:
    # A case argued or decided together with another keeps its own caption: the companion
    # docket's name (another first party) is not folded into the lead case's row.
    found = names("The importers filed briefs in Trump v. V.O.S. Selections last fall.")
    assert found == {"Trump v. V.O.S. Selections"}
    found = names(
        "The school's lawyers said St. Isidore of Seville Catholic Virtual School v. "
        "Drummond was about more than one charter."
    )
    assert "Oklahoma Statewide Charter School Board v. Drummond" not in found
    assert "Learning Resources, Inc. v. Trump" in names(
        "Importers cheered Learning Resources v. Trump on Friday."
    )


def test_ot2025_merits_cases_link_by_caption() -> None:
    found = names(
        "Party committees argued NRSC v. FEC in December, and the justices weighed "
        "Watson v. RNC on mail ballots and Chevron USA v. Plaquemines Parish on removal."
    )
    assert "National Republican Senatorial Committee v. Federal Election Commission" in found
    assert "Watson v. Republican National Committee" in found
    assert "Chevron U.S.A. Inc. v. Plaquemines Parish" in found


def test_a_short_name_links_where_the_words_say_it_is_a_case() -> None:
    assert ("Callais", "Louisiana v. Callais") in cases(
        "Under Callais, states may now redraw districts drawn to comply with the law."
    )
    assert ("Seven County", "Seven County Infrastructure Coalition v. Eagle County") in cases(
        "In Seven County, the justices told courts to defer to agencies' reviews."
    )


def test_a_short_name_that_is_a_person_or_a_body_stays_unlinked() -> None:
    assert cases("Phillip Callais said he would vote in the spring primary.") == []
    assert not cases("Seven County Infrastructure Coalition officials met in Utah on Monday.")


def test_a_decision_told_by_its_holding_links() -> None:
    assert cases("The Supreme Court's tariff ruling left importers asking for refunds.") == [
        ("The Supreme Court's tariff ruling", "Learning Resources, Inc. v. Trump")
    ]
    assert names("The justices' conversion therapy ruling came down in March.") == {
        "Chiles v. Salazar"
    }
    assert names("The high court heard the Louisiana redistricting case twice.") == {
        "Louisiana v. Callais"
    }


def test_another_courts_ruling_on_the_subject_is_not_the_supreme_courts() -> None:
    text = "The appeals court's tariff ruling will now go to the Supreme Court."
    assert "Learning Resources, Inc. v. Trump" not in names(text)
    text = "A tariff decision by the trade court was appealed; the Supreme Court may take it up."
    assert "Learning Resources, Inc. v. Trump" not in names(text)


def test_a_decision_told_by_its_year_and_subject_links() -> None:
    assert "Trump v. CASA, Inc." in names(
        "The judge cited a 2025 Supreme Court ruling that limited nationwide injunctions.",
        "2026-02-01",
    )
    assert "Trump v. Barbara" in names(
        "The Supreme Court's 2026 decision on birthright citizenship settled the question."
    )


def test_a_year_the_case_was_not_decided_in_does_not_link_it() -> None:
    # Trump v. Barbara was decided in 2026: a 2025 ruling on birthright citizenship is not it
    found = names(
        "Lawyers pointed to the Supreme Court's 2025 ruling on birthright citizenship.",
        "2026-02-01",
    )
    assert "Trump v. Barbara" not in found


def test_the_lower_court_suits_caption_is_not_the_supreme_courts_case() -> None:
    # Illinois v. Trump (the district court suit) is not Trump v. Illinois (the stay order)
    found = names("A judge in Chicago ruled in Illinois v. Trump that the deployment must stop.")
    assert "Trump v. Illinois" not in found


def test_ot2024_decisions_of_june_2025_link_by_short_caption() -> None:
    found = names(
        "Fuel makers won standing in Diamond Alternative Energy v. EPA, and the same day the "
        "justices decided Fuld v. PLO and FDA v. R.J. Reynolds Vapor Co.",
        "2025-07-01",
    )
    assert "Diamond Alternative Energy, LLC v. Environmental Protection Agency" in found
    assert "Fuld v. Palestine Liberation Organization" in found
    assert "Food and Drug Administration v. R. J. Reynolds Vapor Co." in found


def test_ot2025_decisions_link_by_their_short_captions() -> None:
    found = names(
        "Internet providers cited Cox v. Sony, and pregnancy centers cited First Choice v. "
        "Platkin, in their new filings."
    )
    assert "Cox Communications, Inc. v. Sony Music Entertainment" in found
    assert "First Choice Women's Resource Centers, Inc. v. Platkin" in found
