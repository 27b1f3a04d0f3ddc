"""Twentieth session, the census of one held-back set (issue 13): the shapes it found, told
in sentences of our own.

- a suit told by the court it was filed in, its first plaintiff and its defendant, with no
  caption and no date ("The case, filed in the U.S. Court of Appeals for the D.C. Circuit, is
  brought by …");
- an agency's slip reporter ("372 NLRB No. 130"): the "No." is the number's mark;
- a ruling noun whose maker follows it: "the injunction put in place by Judge …", "in a brief
  order when a panel at the Fifth Circuit reversed";
- a ruling told right before the caption of its case: "a 2023 decision by Judge … in Smith v.
  Jones" is a ruling in that case;
- the suit over the Everglades detention site (``lawsuits.csv``).
"""

from __future__ import annotations

import pytest

from conftest import mentions, rulings
from linker import ids


def _suits(text: str, date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.court) for m in mentions(text, date) if m.matcher == "lawsuits"]


# -- a suit told by the court it was filed in -----------------------------------------------

_APHA = "American Public Health Association v. EPA"


@pytest.mark.parametrize(
    "text",
    [
        "Days after President Trump's EPA scrapped a climate finding, health groups went to court. "
        "The case, filed in the U.S. Court of Appeals for the District of Columbia Circuit, is "
        "brought by the American Public Health Association and several others. The lawsuit "
        "names the EPA as the defendant.",
        "The American Public Health Association leads the challengers. Their petition, filed "
        "Tuesday in the U.S. Court of Appeals for the District of Columbia Circuit, names the "
        "EPA. The Trump administration has not commented on the lawsuit.",
        "The EPA under Trump faces a new legal fight. The lawsuit, brought in the U.S. Court of "
        "Appeals for the District of Columbia Circuit by the American Public Health Association, "
        "says the EPA ignored the science.",
    ],
)
def test_suit_told_by_its_court_of_filing_links(text: str) -> None:
    got = _suits(text)
    assert got and all(name == _APHA and court == "cadc" for _t, name, court in got), got


def test_suit_in_another_court_than_the_filing_is_not_taken() -> None:
    # the same plaintiff's suit of another court: the court of filing tells them apart
    text = (
        "Under Trump, the EPA changed course. The case, filed in the U.S. Court of Appeals for "
        "the Ninth Circuit, is brought by the American Public Health Association. The lawsuit "
        "names the EPA."
    )
    assert _suits(text) == []


def test_court_of_filing_needs_the_defendant_named() -> None:
    text = (
        "Under Trump, grants were cut. The case, filed in the U.S. Court of Appeals for the "
        "District of Columbia Circuit, is brought by the American Public Health Association. "
        "The lawsuit names the Interior Department."
    )
    assert _suits(text) == []


# -- the Everglades detention site's suit ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "U.S. District Judge Kathleen Williams blocked further work at the Everglades site on "
        "Thursday, finding the National Environmental Policy Act was ignored. The lawsuit says "
        "no environmental review was done.",
        "The lawsuit claims the site skipped review under the National Environmental Policy Act. "
        "Judge Kathleen Williams in Miami agreed on Thursday and ordered a halt to new "
        "construction.",
    ],
)
def test_everglades_site_suit_links(text: str) -> None:
    got = _suits(text, "2025-08-25")
    assert got and all(
        name == "Friends of the Everglades v. Noem" and court == "flsd" for _t, name, court in got
    ), got


def test_everglades_site_suit_not_before_it_was_filed() -> None:
    text = (
        "U.S. District Judge Kathleen Williams blocked further work at the Everglades site on "
        "Thursday, finding the National Environmental Policy Act was ignored. The lawsuit says "
        "no environmental review was done."
    )
    assert _suits(text, "2025-05-01") == []


# -- an agency's slip reporter ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("reporter", "want"),
    [
        ("NLRB No.", "cite:372:nlrb:130"),
        ("FLRA No.", "cite:372:flra:130"),
        ("NLRB", "cite:372:nlrb:130"),
        ("F. App'x", "cite:372:fappx:130"),
        ("U.S.", "cite:372:us:130"),
    ],
)
def test_slip_reporter_number_mark_is_no_part_of_the_reporter(reporter: str, want: str) -> None:
    assert ids.cite("372", reporter, "130") == want


def test_board_decision_cited_by_slip_number() -> None:
    text = "The board overruled Harbor Tile Works, 371 NLRB No. 88 (2022), last year."
    got = [m.authority for m in mentions(text) if m.kind == "case"]
    assert "cite:371:nlrb:88" in got, got


# -- a ruling noun whose maker follows it ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece", "court"),
    [
        (
            "The appeals court lifted the injunction put in place by U.S. District Judge Halil "
            "Suleyman Ozerden last year.",
            "the injunction put in place by",
            "mssd",
        ),
        (
            "The stay imposed by the U.S. Court of Appeals for the Ninth Circuit ended on Friday.",
            "The stay imposed by",
            "ca9",
        ),
    ],
)
def test_ruling_noun_put_in_place_by_its_court(text: str, piece: str, court: str) -> None:
    got = [m.court for m in rulings(text) if m.text.startswith(piece)]
    assert got == [court], [(m.text, m.court) for m in rulings(text)]


@pytest.mark.parametrize(
    ("text", "piece", "court"),
    [
        (
            "The ban took effect Friday in a one-line order when a panel at the U.S. Court of "
            "Appeals for the Fifth Circuit overturned the injunction.",
            "a one-line order",
            "ca5",
        ),
        (
            "The rule took effect in a brief order when the U.S. Court of Appeals for the Ninth "
            "Circuit stayed the judge's decision.",
            "a brief order",
            "ca9",
        ),
    ],
)
def test_ruling_noun_before_its_courts_when_clause(text: str, piece: str, court: str) -> None:
    got = [m.court for m in rulings(text) if m.text == piece]
    assert got == [court], [(m.text, m.court) for m in rulings(text)]


def test_when_clause_without_a_ruling_verb_is_no_court_of_the_noun() -> None:
    text = (
        "The agency issued a new order when the U.S. Court of Appeals for the Fifth Circuit "
        "was closed for the holiday."
    )
    assert not any(m.text == "a new order" and m.court == "ca5" for m in rulings(text))


# -- a ruling told right before its caption --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wisconsin's Supreme Court upheld a May 2022 decision by Dane County Judge Ann Marlow "
        "in Ferris v. Delgado that struck the fee.",
        "A ruling by Judge Ann Marlow in Ferris v. Delgado struck the fee in 2022, and the "
        "county appealed.",
    ],
)
def test_ruling_before_its_caption_takes_the_caption(text: str) -> None:
    got = [m.name for m in rulings(text) if "Judge Ann Marlow" in m.text]
    assert got == ["Ferris v. Delgado"], [(m.text, m.name) for m in rulings(text)]


def test_ruling_not_right_before_a_caption_keeps_no_name() -> None:
    text = (
        "The high court upheld a May 2022 decision by Judge Ann Marlow, and in a separate matter "
        "it heard Ferris v. Delgado."
    )
    assert all(m.name is None for m in rulings(text) if "Judge Ann Marlow" in m.text)


# -- a law told by its passage, its number given late -----------------------------------------

_FAR = " ".join(
    [
        "The hearing ran long and the justices asked about standing and about burdens.",
        "Lawyers for both sides cited earlier rulings of the court on the right to vote.",
        "Several voters described the trouble of getting documents from other offices.",
        "The state's lawyer said the rules were modest and that most people could comply.",
        "A decision is expected later this year, the court's clerk said after the hearing.",
    ]
    * 2  # (farther than the two sentences a description may stand before its law's name)
)


@pytest.mark.parametrize(
    ("lead", "piece"),
    [
        (
            "The court heard a challenge to a law passed in 2022 that limits voting by mail.",
            "a law passed in",
        ),
        ("Opponents sued over a law enacted last year on mail voting.", "a law enacted last"),
        ("A measure passed by the Legislature in 2021 is at issue.", "A measure passed by"),
    ],
)
def test_law_told_by_passage_links_to_the_one_law_named_far_later(lead: str, piece: str) -> None:
    text = f"{lead} {_FAR} The plaintiffs say Ohio’s Senate Bill 414 keeps voters from the polls."
    got = [m.authority for m in mentions(text) if m.kind == "statute" and m.text.startswith(piece)]
    assert got and got[0] is not None and got[0].endswith(":bill:sb414"), [
        (m.text, m.authority) for m in mentions(text)
    ]


def test_law_told_by_passage_not_linked_when_the_article_names_another_law() -> None:
    text = (
        "The court heard a challenge to a law passed in 2022 that limits voting by mail. "
        f"{_FAR} The plaintiffs also cite the Voting Rights Act. They say Ohio’s Senate Bill 414 "
        "keeps voters from the polls."
    )
    got = [m for m in mentions(text) if m.kind == "statute" and m.text.startswith("a law passed")]
    assert got == []


# -- a constitutional amendment told by its voters' passing it ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Missouri, the state's lawyer said Missourians opened the door to a photo ID rule when "
        "they passed a constitutional amendment. That amendment won with a wide margin.",
        "Missouri voters approved a constitutional amendment allowing a photo ID requirement at "
        "the polls. The amendment passed easily.",
    ],
)
def test_unlabeled_amendment_told_by_voters_and_topic(text: str) -> None:
    got = [
        m.authority
        for m in mentions(text, "2025-11-20")
        if m.kind == "constitution" and "constitutional amendment" in m.text
    ]
    assert got == ["state:mo:const:8-11"], [(m.text, m.authority) for m in mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        # lawmakers' amendment, not yet the voters'
        "Missouri lawmakers will send voters a constitutional amendment on photo ID next year.",
        # another state's voters in a Missouri story
        "In Missouri the debate goes on, while Ohio voters approved a constitutional amendment on "
        "photo ID.",
        # no topic of any adopted measure near it
        "Missouri voters approved a constitutional amendment on Tuesday.",
    ],
)
def test_unlabeled_amendment_left_alone(text: str) -> None:
    got = [
        m.authority
        for m in mentions(text, "2025-11-20")
        if m.kind == "constitution" and "constitutional amendment" in m.text
    ]
    assert got == [], got


# -- "its own" as a back-reference's determiner ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "Wisconsin's high court struck an 1849 state law banning abortions. The justices said "
            "the state had repealed its own 176-year-old law long ago.",
            "its own 176-year-old law",
        ),
        (
            "Wisconsin's high court struck an 1849 state law banning abortions. By passing later "
            "statutes, lawmakers quietly undid its own law, the majority wrote.",
            "its own law",
        ),
    ],
)
def test_its_own_law_refers_back(text: str, piece: str) -> None:
    got = [m.authority for m in mentions(text, "2025-07-02") if m.text == piece]
    assert got == ["state:wi:stat:940.04"], [(m.text, m.authority) for m in mentions(text)]


def test_its_own_without_a_law_before_is_nothing() -> None:
    text = "The club wrote its own rules for the tournament last spring."
    assert [m for m in mentions(text) if m.text.startswith("its own")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Under Trump, the EPA dropped a climate finding, and a coalition of health groups sued the "
        "agency. The case, filed in the U.S. Court of Appeals for the District of Columbia "
        "Circuit, is brought by the American Public Health Association. It names the EPA.",
        "Health groups sued the agency on Friday over a Trump rollback at the EPA. The petition, "
        "filed in the U.S. Court of Appeals for the District of Columbia Circuit, lists the "
        "American Public Health Association first.",
    ],
)
def test_sued_the_agency_is_the_suit_told_by_its_court_of_filing(text: str) -> None:
    got = [m.name for m in mentions(text) if m.matcher == "sued"]
    assert got == [_APHA], [(m.text, m.name, m.matcher) for m in mentions(text)]


# -- what came of a rule is not the rule -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "In 2009 the EPA adopted the endangerment finding. The regulations that resulted "
            "cover cars and power plants.",
            "The regulations",
        ),
        (
            "Congress passed the Clean Air Act in 1970. The rules that followed set limits on "
            "smokestacks.",
            "The rules",
        ),
    ],
)
def test_what_resulted_from_a_rule_is_no_reference_back(text: str, piece: str) -> None:
    assert [m for m in mentions(text) if m.text == piece] == []


def test_the_regulation_itself_still_refers_back() -> None:
    text = (
        "In 2009 the EPA adopted the endangerment finding. The regulation covers greenhouse gases."
    )
    got = [m.authority for m in mentions(text) if m.text == "The regulation"]
    assert got == ["fr:74:66496"], [(m.text, m.authority) for m in mentions(text)]


# -- an agency's action told back by its year ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2009 the EPA adopted the endangerment finding. Made under Obama, the 2009 decision "
        "found that gases endanger health.",
        "The EPA repealed its endangerment finding on Thursday. Critics of the repeal note that "
        "the 2009 finding rested on years of science.",
        "Supporters cite the endangerment finding. The 2009 determination, they say, was sound.",
    ],
)
def test_year_and_decision_word_refer_back_to_that_years_rule(text: str) -> None:
    got = [m.authority for m in mentions(text) if m.matcher == "datedbacks"]
    assert got == ["fr:74:66496"], [(m.text, m.authority) for m in mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a court's decision of that year
        "In 2009 the EPA adopted the endangerment finding. The court upheld the 2009 decision "
        "in 2012.",
        # another year than the rule's
        "In 2009 the EPA adopted the endangerment finding. Critics say the 2011 determination "
        "was wrong.",
        # told before the rule is named
        "The 2009 decision was a landmark. Today the EPA revisits the endangerment finding.",
    ],
)
def test_year_and_decision_word_left_alone(text: str) -> None:
    assert [m for m in mentions(text) if m.matcher == "datedbacks"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court affirmed the 6th Circuit's decision in Ferris v. Delgado on Monday.",
        "The U.S. Supreme Court on Monday upheld a ruling by U.S. District Judge Ann Marlow in "
        "Ferris v. Delgado.",
    ],
)
def test_ruling_the_supreme_court_acted_on_keeps_no_caption(text: str) -> None:
    # "in Ferris v. Delgado" may tell where the Supreme Court acted: its own case
    assert all(
        m.name is None for m in rulings(text) if "Circuit's" in m.text or "Marlow" in m.text
    ), [(m.text, m.name) for m in rulings(text)]
