"""Courts named where no sentence names them: a heading in capitals that is a court's name,
a caption's dated citation parenthetical ("(Fed. Cl. May 2, 2025)"), and a caption whose
docket tail ("Court Nos. …, Slip Op. …") the caption reader used to cut inside
(``rulings.courtrefs``: ``_header_courts``, ``_cited_courts``; ``captions.TAIL``).
Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_BODY = (
    "In Harrow Tool, Inc. v. United States, No. 24-0417, the Court held that the agency "
    "erred.\n\nThe Court granted summary judgment to the importer. "
    "At issue in the opinion was a customs duty."
)


def _courts(text: str) -> dict[str, str | None]:
    return {m.text: m.court for m in mentions(text, "2024-06-01") if m.kind == "ruling"}


def test_a_heading_in_capitals_places_the_court() -> None:
    found = _courts("Trade Law Notes\n\nUNITED STATES COURT OF FEDERAL CLAIMS\n\n" + _BODY)
    assert found["the Court held"] == "uscfc"
    assert found["The Court granted summary judgment to the importer"] == "uscfc"
    assert found["the opinion"] == "uscfc"
    # (the heading is an anchor, not a ruling)
    assert not any("CLAIMS" in t for t in found)


def test_without_the_heading_the_court_stays_unknown() -> None:
    found = _courts("Trade Law Notes\n\n" + _BODY)
    assert found.get("the Court held") is None


def test_a_headline_in_capitals_that_says_more_is_no_anchor() -> None:
    found = _courts("Trade Law Notes\n\nCOURT OF FEDERAL CLAIMS ENDS A LONG FIGHT\n\n" + _BODY)
    assert found.get("the Court held") is None


@pytest.mark.parametrize(
    ("paren", "court"),
    [
        ("(Fed. Cl. May 2, 2024)", "uscfc"),
        ("(9th Cir. May 2, 2024)", "ca9"),
        ("(D. Md. 2024)", "mdd"),
        ("(S.D.N.Y. Apr. 2024)", "nysd"),
    ],
)
def test_a_dated_citation_parenthetical_places_the_court(paren: str, court: str) -> None:
    text = _BODY.replace("No. 24-0417,", f"No. 24-0417 {paren},")
    found = _courts("Trade Law Notes\n\n" + text)
    assert found["the Court held"] == court
    assert found["The Court granted summary judgment to the importer"] == court


def test_a_docket_tail_is_no_corporate_suffix() -> None:
    text = (
        "In Harrow Tool, Inc. v. U.S., Court Nos. 24-00417 and 24-00418, Slip Op. 24-9 "
        "(Ct. Int'l Trade May 2, 2024), the Court held that the duty was unlawful."
    )
    cases = [m for m in mentions(text, "2024-06-01") if m.kind == "case"]
    assert cases[0].name == "Harrow Tool, Inc. v. United States"
    assert cases[0].text.endswith("2024)")
    assert cases[0].court == "cit"
    assert _courts(text)["the Court held"] == "cit"


def test_a_ruling_noun_naming_another_caption_is_not_the_news_ruling() -> None:
    text = (
        "Trade Law Notes\n\nIn Harrow Tool, Inc. v. United States, No. 24-0417 (Fed. Cl. May 2, "
        "2024), the Court held that the agency erred. The importer said the duty was unlawful. "
        "The ruling in Keller v. Dunmore went the other way."
    )
    found = _courts(text)
    assert found["the Court held"] == "uscfc"
    assert "The ruling" not in found


def test_a_sentence_naming_its_own_court_takes_no_parenthetical_anchor() -> None:
    text = (
        "Trade Law Notes\n\nIn Harrow Tool, Inc. v. Dale, (D. Md., May 2, 2024), a federal "
        "district court refused to enter a preliminary injunction against the town."
    )
    found = _courts(text)
    # (the court comes from the caption's own pass, as before: the same court)
    assert list(found.values()) == ["mdd"]
