"""Twenty-fifth session (census of blind49): a term-end digest of high-court decisions, each
list item "Label: In CASE, the Court VERB …", and the ruling shapes near it. Made-up sentences."""

from __future__ import annotations

from conftest import mentions, rulings

DIGEST = (
    "Justices Close Out Their Term\n\n"
    "The Supreme Court ended its term on Monday with a batch of rulings.\n\n"
    "  • Ferry tolls: In Harbor Pilots Guild v. Castellano, the Court upheld a harbor toll on "
    "commuters. The 7–2 opinion rested on the state's taxing power.\n"
    "  • Water rights: In Pruitt v. Lindqvist, the justices ruled 7–2 to side with the growers.\n"
)


def test_a_digest_items_clause_after_its_case_is_a_ruling() -> None:
    found = rulings(DIGEST)
    upheld = [m for m in found if m.text.startswith("the Court upheld a harbor toll")]
    assert [(m.court) for m in upheld] == ["scotus"]


def test_the_vote_after_a_digest_clause_refers_back() -> None:
    found = rulings(DIGEST)
    assert [(m.text, m.court) for m in found if "7–2 opinion" in m.text] == [
        ("The 7–2 opinion", "scotus")
    ]


def test_a_vote_with_an_en_dash_stays_in_the_clause() -> None:
    found = rulings(DIGEST)
    assert any(m.text.startswith("the justices ruled 7–2") and m.court == "scotus" for m in found)


def test_a_precedent_cited_in_prose_is_still_no_ruling() -> None:
    text = (
        "The Supreme Court heard the toll case on Monday. In Harbor Pilots Guild v. Castellano, "
        "the Court upheld a harbor toll on commuters."
    )
    assert not any(m.text.startswith("the Court upheld") for m in rulings(text))


def test_a_digest_item_with_an_earlier_year_is_a_precedent() -> None:
    text = (
        "Justices Close Out Their Term\n\n"
        "The Supreme Court ended its term on Monday.\n\n"
        "  • Background: In Harbor Pilots Guild v. Castellano (1998), the Court upheld a toll.\n"
    )
    assert not any(m.text.startswith("the Court upheld") for m in rulings(text))


def test_an_order_title_with_its_function_words_in_lower_case() -> None:
    text = (
        "The importers challenged Regulating Imports with a Reciprocal Tariff to Rectify Trade "
        "Practices that Contribute to Large and Persistent Annual United States Goods Trade "
        "Deficits in court this spring."
    )
    orders = [m for m in mentions(text, "2025-06-01") if m.kind == "executive-action"]
    assert [m.authority for m in orders] == ["eo:14257"]
    assert orders[0].text.startswith("Regulating Imports with a Reciprocal")


def test_an_order_title_with_a_content_word_in_lower_case_is_not_the_title() -> None:
    text = (
        "The importers challenged Regulating imports with a reciprocal tariff to rectify trade "
        "practices in court this spring."
    )
    assert not any(m.authority == "eo:14257" for m in mentions(text, "2025-06-01"))


def test_a_caption_party_given_an_office_is_named_by_surname() -> None:
    text = (
        "The suit, Guild of Rural Pastors, et al. v. Dana Whitcomb, Commissioner of the State "
        "Revenue Office, et al., was filed in federal court under the First Amendment."
    )
    cases = [m for m in mentions(text) if m.kind == "case" and " v. " in m.text]
    assert [m.name for m in cases] == ["Guild of Rural Pastors v. Whitcomb"]


def test_a_caption_party_without_an_office_keeps_its_name() -> None:
    text = "The suit, Guild of Rural Pastors v. Planned Futures, was filed in federal court."
    cases = [m for m in mentions(text) if m.kind == "case" and " v. " in m.text]
    assert [m.name for m in cases] == ["Guild of Rural Pastors v. Planned Futures"]


def test_its_decision_to_act_after_a_conjunction_is_the_courts_ruling() -> None:
    text = (
        "The Supreme Court ended its term on Friday with rulings in four cases. While its "
        "decision to curb class actions in tax cases drew the most notice, other rulings "
        "mattered too."
    )
    found = [m for m in rulings(text) if m.text.lower().startswith("its decision")]
    assert [(m.court, m.anaphor) for m in found] == [("scotus", True)]


def test_a_companys_decision_to_act_is_no_ruling() -> None:
    text = (
        "The Supreme Court ended its term on Friday with rulings in four cases. The bakery "
        "chain said its decision to close two stores had nothing to do with the case."
    )
    assert not any(m.text.lower().startswith("its decision") for m in rulings(text))


def test_a_headlines_short_name_defined_later_in_the_body_is_the_bill() -> None:
    text = (
        "Rep. Marlow Files FARM Act\n\n"
        "Rep. Ann Marlow has introduced the Fair Acreage for Rural Markets Act, known as the "
        "FARM Act, to help growers sell at local markets. The FARM Act amends farm programs."
    )
    head = [m for m in mentions(text) if m.start < text.index("\n")]
    assert [(m.text, m.kind, m.name) for m in head] == [
        ("FARM Act", "bill", "Fair Acreage for Rural Markets Act")
    ]


def test_a_short_name_in_a_body_sentence_before_its_definition_stays_unlinked() -> None:
    text = (
        "Growers Want Help at Local Markets\n\n"
        "Growers said the FARM Act idea was overdue. Rep. Ann Marlow has introduced the Fair "
        "Acreage for Rural Markets Act, known as the FARM Act, to help growers sell."
    )
    first = text.index("FARM Act")
    assert not any(m.start == first for m in mentions(text))


def test_a_known_bills_name_takes_its_number_in_its_congress() -> None:
    text = (
        "Senator Files Veterans Bill\n\n"
        "A senator has introduced the Healthcare Opportunities for Patriots in Exile Act to let "
        "removed veterans return for care."
    )
    bills = [m for m in mentions(text, "2025-11-20") if m.kind == "bill"]
    assert [m.authority for m in bills] == ["bill:119:s:3143"]


def test_a_bare_tax_code_section_with_its_subsections_near_tax_words() -> None:
    text = "The IRS said the charity could keep its section 501(c)(3) tax-exempt status."
    found = [m for m in mentions(text) if m.authority == "usc:26:501"]
    assert [m.text for m in found] == ["section 501(c)(3)"]


def test_a_bare_501_status_of_a_nonprofit() -> None:
    text = "Donations to the nonprofit are deductible because of its 501(c)(3) status."
    assert any(m.authority == "usc:26:501" for m in mentions(text))


def test_section_501_of_a_town_charter_stays_plain() -> None:
    text = "The council amended Section 501 of the town charter to move the election."
    assert not any(m.authority == "usc:26:501" for m in mentions(text))


def test_a_verb_in_what_the_judge_pointed_out_is_no_ruling() -> None:
    text = (
        "A federal judge in Columbus on Friday blocked Ohio's new drone law. The judge also "
        "pointed out that the law barred hobbyists from flying over parks."
    )
    found = rulings(text)
    at = text.index("pointed out")
    assert not any(m.start < at < m.end or m.start > at for m in found)


OVERTIME = (
    "A federal judge in Sherman, Texas, on Friday struck down the Labor Department's 2024 "
    "overtime rule raising the salary threshold. Here is where the litigation challenging the "
    "overtime rule stands."
)


def test_the_litigation_is_the_one_suit_the_evidence_gives() -> None:
    found = [m for m in mentions(OVERTIME, "2024-11-20") if m.text == "the litigation"]
    assert [m.kind for m in found] == ["case"]


def test_the_litigation_where_the_article_counts_several_suits_is_no_one_suit() -> None:
    text = OVERTIME + " Three lawsuits against the rule were filed in two courts."
    assert not any(m.text == "the litigation" for m in mentions(text, "2024-11-20"))


def test_a_state_court_headline_takes_the_court_of_the_body_ruling() -> None:
    text = (
        "Ohio Court Halts Drone Ban, But Permits Still Needed\n\n"
        "On Monday, Judge Algenon Marbley of the U.S. District Court for the Southern District "
        "of Ohio granted a motion to halt the state's drone ban while the case goes on."
    )
    head = [m for m in rulings(text) if m.start < text.index("\n")]
    assert [(m.text, m.court) for m in head] == [("Ohio Court Halts", "ohsd")]


def test_a_state_court_headline_with_no_ruling_in_the_body_is_nothing() -> None:
    text = (
        "Ohio Court Halts Drone Ban, But Permits Still Needed\n\n"
        "Hobbyists say the rules on flying over parks are confusing."
    )
    assert not any(m.start < text.index("\n") for m in rulings(text))


def test_a_class_action_is_the_suit_the_evidence_gives() -> None:
    text = (
        "On July 7, Judge Alan Albright of the US District Court for the Western District of "
        "Texas granted the Securities and Exchange Commission's motion to stay a class action "
        "by investors that challenges "
        "the Consolidated Audit Trail."
    )
    found = [m for m in mentions(text, "2025-07-10") if m.text == "a class action"]
    assert [(m.kind, m.name) for m in found] == [("case", "Davidson v. Atkins")]


def test_a_chapter_of_a_title_of_the_code_is_named_by_title_and_chapter() -> None:
    text = "Veterans must seek care under chapter 17 of title 38 of the U.S. Code, the bill says."
    found = [m for m in mentions(text) if m.kind == "statute"]
    assert [(m.text, m.name, m.authority) for m in found] == [
        ("chapter 17 of title 38 of the U.S. Code", "38 U.S.C. chapter 17", None)
    ]


def test_a_chapter_of_a_states_code_title_is_not_the_us_code() -> None:
    text = "The rule is in chapter 5 of title 49 of the Ohio Revised Code."
    assert not any((m.name or "").endswith("chapter 5") for m in mentions(text))


def test_a_panels_holding_told_first_then_the_judges_have_ruled() -> None:
    text = (
        "A three-judge panel of the Court of International Trade on Wednesday struck down the "
        "duties. The old statute gives wide latitude, yet it has bounds, the judges have ruled."
    )
    found = [m for m in rulings(text) if "have ruled" in m.text]
    assert [(m.text, m.court) for m in found] == [("the judges have ruled", "cit")]


def test_judges_in_general_have_ruled_is_no_panel() -> None:
    text = (
        "Congress passed the statute in 1977. Over the years it has been read broadly, "
        "the judges have ruled."
    )
    assert not any("have ruled" in m.text for m in rulings(text))


def test_the_suit_against_a_named_state_bill_is_its_row() -> None:
    text = (
        "On Friday, U.S. District Judge Patricia Tolliver Giles in Alexandria issued a "
        "preliminary injunction against Senate Bill 854, a Virginia law on minors' social media "
        "use. The lawsuit was filed by a trade group of online platforms."
    )
    found = [m for m in mentions(text, "2026-03-01") if m.text == "The lawsuit"]
    assert [(m.name, m.court) for m in found] == [("NetChoice v. Miyares", "vaed")]


def test_a_digest_items_opening_ruling_noun_before_its_case_is_that_ruling() -> None:
    text = DIGEST + (
        "  • Dairy: In a unanimous decision in Ostrander v. Bellweather Farms, Inc., the Court "
        "upheld the labeling scheme.\n"
    )
    found = [m for m in rulings(text) if m.text == "a unanimous decision"]
    assert [m.court for m in found] == ["scotus"]


def test_a_ruling_noun_before_a_landmark_in_prose_is_the_landmarks_name() -> None:
    text = (
        "The Supreme Court ruled on the toll case on Monday. Critics recalled that in a "
        "unanimous decision in Harbor Pilots Guild v. Castellano, the Court upheld a toll."
    )
    assert not any(m.text == "a unanimous decision" for m in rulings(text))


def test_a_supreme_court_headline_is_no_state_court() -> None:
    text = (
        "BREAKING: Supreme Court Upholds Ban on Guns for Some in 8-1 Ruling – NEWS\n\n"
        "On June 21, the Supreme Court upheld a federal gun law by an 8-1 vote."
    )
    head = [m for m in rulings(text) if m.start < text.index("\n")]
    assert [(m.text[:21], m.court) for m in head] == [("Supreme Court Upholds", "scotus")]
