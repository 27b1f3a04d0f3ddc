"""Twenty-third session: rulings told in forms no pass read — a court's "decree", a dated
document title with an ordinal day, a ruling clause that must end before the rule it acts on,
"the Supreme Court's ruling earlier this year that overturned X". Made-up sentences."""

from __future__ import annotations

from conftest import mentions, rulings, rulings_at


def test_a_courts_decree_refers_back_to_its_ruling() -> None:
    text = (
        "The Eighth Circuit on Tuesday struck down the Arkansas permit law. "
        "The governor spoke four days after the federal decree in Arkansas."
    )
    found = rulings(text)
    decree = [m for m in found if "decree" in m.text]
    assert [(m.text, m.court, m.anaphor) for m in decree] == [("the federal decree", "ca8", True)]


def test_a_rulers_decree_is_no_ruling() -> None:
    text = (
        "The Eighth Circuit on Tuesday struck down the Arkansas permit law. "
        "Abroad, the general's martial law decree lasted six hours."
    )
    assert not any("decree" in m.text for m in rulings(text))


def test_a_dated_title_with_an_ordinal_day() -> None:
    text = (
        "A federal judge in Austin, Texas, has entered a preliminary injunction against the "
        "agency's pricing rule. In its May 9th Memorandum Opinion and Order, the court found "
        "that the agency lacked authority."
    )
    found = [m for m in rulings(text) if "Memorandum" in m.text]
    assert len(found) == 1
    assert found[0].text.startswith("its May 9th Memorandum Opinion and Order")
    assert found[0].court == "txwd"


def test_a_ruling_clause_ends_before_the_rule_in_capitals_it_enjoined() -> None:
    text = (
        "A federal court in Texas on Friday set aside the Labor Department's 2024 overtime "
        "rule. The Final Rule had raised the salary threshold.\n\n"
        "Judge Mara Quill granted the states' bid for summary relief and barred "
        "enforcement of the Final Rule in every state."
    )
    found = mentions(text, "2024-11-15")
    judge = [m for m in found if m.kind == "ruling" and m.text.startswith("Judge Mara Quill")]
    assert judge and not judge[0].text.endswith("Final")
    assert "Final Rule" not in judge[0].text
    back = [m for m in found if m.kind == "regulation" and m.text == "the Final Rule"]
    assert back and back[0].authority == "fr:89:32842"


def test_the_ruling_earlier_this_year_that_overturned_a_case() -> None:
    text = (
        "The judge's decision also cited the Supreme Court's landmark ruling earlier this year "
        "that overturned Chevron deference."
    )
    found = mentions(text, "2024-11-15")
    over = [m for m in found if m.text.startswith("the Supreme Court's landmark ruling")]
    assert [(m.kind, m.name) for m in over] == [("case", "Loper Bright Enterprises v. Raimondo")]


def test_the_ruling_this_year_of_another_year_is_not_the_overruling_case() -> None:
    text = (
        "The judge's decision also cited the Supreme Court's landmark ruling earlier this year "
        "that overturned Chevron deference."
    )
    found = mentions(text, "2026-03-15")
    assert not any(m.name == "Loper Bright Enterprises v. Raimondo" for m in found)


_PRECEDENT_IN_PASSING = (
    "A federal judge in Maine on Monday blocked the agency's new visa policy, granting a "
    "preliminary injunction. The suit was filed in May, shortly after a recent Supreme Court "
    "decision in Trump v. CASA. That decision had narrowed nationwide relief.\n"
    "The plaintiffs argued the policy violated the Fifth Amendment.\n"
    "While the court granted the injunction, it paused it for a week. The order applies "
    "nationwide."
)


def test_a_supreme_court_decision_told_before_its_caption_is_a_ruling_of_that_case() -> None:
    found = mentions(_PRECEDENT_IN_PASSING)
    noun = [m for m in found if m.kind == "ruling" and m.text.endswith("Supreme Court decision")]
    assert [(m.court, m.name) for m in noun] == [("scotus", "Trump v. CASA, Inc.")]
    assert any(m.kind == "case" and m.text == "Trump v. CASA" for m in found)


def test_the_court_after_a_precedent_in_passing_is_the_news_court() -> None:
    found = rulings(_PRECEDENT_IN_PASSING)
    granted = [m for m in found if m.text.startswith("the court granted")]
    assert [m.court for m in granted] == ["med"]
    assert [m.court for m in found if m.text == "The order"] in ([], ["med"])


def test_a_supreme_court_decision_dated_by_its_year_is_left_to_the_precedents_pass() -> None:
    text = "The suit leans on the Supreme Court's landmark 2022 ruling in Dobbs v. Jackson."
    assert not any(m.text.endswith("2022 ruling") for m in rulings(text))


def test_a_federal_court_of_appeals_takes_the_circuit_named_next() -> None:
    text = (
        "The suit leans on the reasoning that led a federal court of appeals to strike down an "
        "Alabama law last month. The U.S. Court of Appeals for the Eleventh Circuit said the "
        "law violated the First Amendment."
    )
    found = rulings_at(text, "a federal court of appeals")
    assert found and {m.court for m in found} == {"ca11"}


def test_two_courts_as_agents_of_one_passive_are_two_rulings() -> None:
    text = (
        "The levies have been declared invalid by both the U.S. District Court in the District "
        "of Columbia and the Court of International Trade, in separate suits."
    )
    found = rulings(text)
    assert [m.court for m in found] == ["dcd", "cit"]
    assert found[1].text == "the Court of International Trade"


def test_a_party_and_a_court_after_a_passive_are_no_second_ruling() -> None:
    text = "The levy was challenged by the importers and the Court of Federal Claims heard it."
    assert rulings(text) == []


def test_the_landmark_decision_after_a_case_of_the_articles_year_is_that_case() -> None:
    text = (
        "Lower courts have barely begun to apply Loper Bright Enterprises v. Raimondo, yet the "
        "landmark decision may remake how agencies defend their rules."
    )
    found = [m for m in mentions(text, "2024-10-02") if m.text == "the landmark decision"]
    assert [(m.kind, m.name, m.anaphor) for m in found] == [
        ("case", "Loper Bright Enterprises v. Raimondo", True)
    ]


_TOPIC_DAY = (
    "Pundits lined up after this week's Supreme Court decisions. The birthright citizenship "
    "decision turned on how far a single judge's order may reach."
)


def test_a_topic_decision_is_the_case_decided_on_or_before_the_articles_day() -> None:
    found = [m for m in mentions(_TOPIC_DAY, "2025-06-28") if "birthright" in m.text]
    assert [(m.kind, m.name) for m in found] == [("case", "Trump v. CASA, Inc.")]
    later = [m for m in mentions(_TOPIC_DAY, "2026-07-03") if "birthright" in m.text]
    assert [(m.kind, m.name) for m in later] == [("case", "Trump v. Barbara")]


def test_a_topic_decision_before_any_case_of_that_topic_was_decided_is_none() -> None:
    found = mentions(_TOPIC_DAY, "2025-03-01")
    assert not any(m.name in ("Trump v. CASA, Inc.", "Trump v. Barbara") for m in found)


def test_a_title_case_headline_quoted_after_its_outlet_is_a_ruling() -> None:
    text = (
        "Readers had a lot to digest this week. Daily Ledger (free link): In Tariff Fight, "
        "Supreme Court Rejects Emergency Levies on Imports. The dissent was sharp."
    )
    found = rulings(text, "2025-11-20")
    assert [m.court for m in found if m.text.startswith("Supreme Court Rejects")] == ["scotus"]


def test_a_sentence_after_a_colon_is_no_quoted_headline() -> None:
    text = "Readers wrote in. One view: Supreme Court justices rarely agree on much of anything."
    assert rulings(text) == []


def test_a_supreme_court_decision_in_a_caption_opening_its_sentence_is_told_as_the_case() -> None:
    text = "The Supreme Court's decision in Trump v. CASA narrowed nationwide relief."
    assert not any(m.text.endswith("decision") for m in rulings(text))
