"""What the new open set dev27 taught, twenty-second session (branch s22-dev27). The
sentences are our own, made up in the shapes news prints."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str | None = "2025-06-01") -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date)}


# --- a landmark caption printed with reporters' abbreviations (Bluebook T6) ---------------------


def test_a_caption_with_reporter_abbreviations_finds_its_landmark_row() -> None:
    text = (
        "Judges now read statutes for themselves after Loper Bright Enters. v. Raimondo, "
        "which ended the old deference doctrine."
    )
    assert found(text).get("Loper Bright Enters. v. Raimondo") == "cite:603:us:369"


def test_a_short_name_after_an_abbreviated_caption_links_too() -> None:
    text = (
        "The panel leaned on Loper Bright Enters. v. Raimondo in its opinion. After Loper "
        "Bright, the court said, agency expertise cannot rewrite a statute."
    )
    assert found(text).get("Loper Bright") == "cite:603:us:369"


def test_natural_resources_defense_abbreviated_finds_chevron() -> None:
    text = (
        "The justices overruled Chevron U.S.A. Inc. v. Nat. Res. Def. Council, Inc. in a "
        "6-3 decision."
    )
    got = {t: a for t, a in found(text).items() if t.startswith("Chevron")}
    assert "cite:467:us:837" in got.values(), got


def test_an_abbreviated_caption_of_no_landmark_stays_unlinked() -> None:
    text = "The firm sued in Acme Widget Enters. v. Raimondo last spring over the fee."
    got = found(text)
    assert all(a is None for t, a in got.items() if "Acme" in t), got


# --- a judge's words after a quotation that closes on a quotation inside it ---------------------


def _rulings(text: str) -> list[str]:
    return [m.text for m in mentions(text, "2025-06-01") if m.kind == "ruling"]


def test_a_judge_after_a_doubly_closed_quotation_is_no_new_ruling() -> None:
    text = (
        "The new rules were struck down Thursday by the Sixth Circuit. The court said the "
        "agency lacked the power.\n“We grant that the field is ‘a technical and shifting "
        "one,’” Judge Jeffrey Sutton wrote. “Yet that is not enough.”"
    )
    got = _rulings(text)
    assert not any("Sutton" in t for t in got), got
    assert "The court said" in got, got


def test_a_judge_after_a_plain_quotation_still_is_no_new_ruling() -> None:
    text = (
        "The new rules were struck down Thursday by the Sixth Circuit. The court said the "
        "agency lacked the power.\n“We grant that the field is a shifting one,” Judge "
        "Jeffrey Sutton wrote. “Yet that is not enough.”"
    )
    got = _rulings(text)
    assert not any("Sutton" in t for t in got), got


# --- a deadline for a filing is no ruling ------------------------------------------------------


def test_allowed_parties_until_a_day_to_file_is_no_ruling() -> None:
    text = (
        "The administration asked the justices to step in. The Supreme Court has allowed the "
        "cities and groups that sued over the plan until May 9 to file their responses."
    )
    got = _rulings(text)
    assert not any("allowed" in t for t in got), got


def test_allowed_a_policy_to_take_effect_is_still_a_ruling() -> None:
    got = _rulings("The Supreme Court allowed the policy to take effect on Monday.")
    assert any("allowed" in t for t in got), got


# --- the overtime-rule suits (lawsuits.csv rows) ------------------------------------------------


def test_the_suit_against_the_overtime_rule_links_to_the_texas_row() -> None:
    text = (
        "A federal judge in Texas struck down the Labor Department's overtime rule on Friday. "
        "Judge Sean Jordan of the US District Court for the Eastern District of Texas granted "
        "summary judgment against the rule. The state of Texas and a group of business groups "
        "sued over the rule. One of the groups that brought the suit praised the decision."
    )
    got = {m.text: m.name for m in mentions(text, "2024-11-20") if m.kind == "case"}
    assert got.get("the suit") == "State of Texas v. United States Department of Labor", got


def test_the_suit_before_the_texas_suit_was_filed_stays_unlinked() -> None:
    text = (
        "A federal judge in Texas struck down the Labor Department's overtime rule on Friday. "
        "Judge Sean Jordan of the US District Court for the Eastern District of Texas granted "
        "summary judgment against the rule. The state of Texas and a group of business groups "
        "sued over the rule. One of the groups that brought the suit praised the decision."
    )
    got = {m.text: m.name for m in mentions(text, "2017-09-01") if m.kind == "case"}
    assert got.get("the suit") != "State of Texas v. United States Department of Labor", got


# --- "the main lawsuit": the principal suit, found as "the lawsuit" is --------------------------


def _cases(text: str, date: str) -> dict[str, str | None]:
    return {m.text: m.name for m in mentions(text, date) if m.kind == "case"}


def test_the_main_lawsuit_is_a_suit_phrase() -> None:
    text = (
        "Trump signed an order on his first day back ending birthright citizenship. Suits "
        "came at once. A group of Democratic state attorneys general led the main lawsuit "
        "against the order. Days later, Senior U.S. District Judge John Coughenour issued a "
        "temporary restraining order halting the order."
    )
    got = _cases(text, "2025-03-01")
    assert got.get("the main lawsuit") == "Washington v. Trump", got


def test_a_main_lawsuit_without_the_is_no_suit_phrase() -> None:
    text = (
        "Trump signed an order on his first day back ending birthright citizenship. Senior "
        "U.S. District Judge John Coughenour issued a temporary restraining order halting the "
        "order. Lawyers said a main lawsuit may come later."
    )
    assert "a main lawsuit" not in _cases(text, "2025-03-01")


# --- a request put to a court, "but it was denied" ---------------------------------------------


def test_appealed_to_a_court_but_it_was_denied_is_that_courts_ruling() -> None:
    text = (
        "A federal judge in Seattle blocked the policy. The government appealed the order to "
        "the U.S. Court of Appeals for the Ninth Circuit, but it was denied."
    )
    got = {m.text: m.court for m in mentions(text, "2025-03-01") if m.kind == "ruling"}
    assert got.get("but it was denied") == "ca9", got


def test_asked_a_court_but_the_request_was_rejected() -> None:
    text = "The company asked the Fifth Circuit to pause the order, but the request was rejected."
    got = {m.text: m.court for m in mentions(text, "2025-03-01") if m.kind == "ruling"}
    assert got.get("but the request was rejected") == "ca5", got


def test_denied_by_someone_else_is_no_ruling_of_the_court() -> None:
    text = (
        "The reporter asked the Fifth Circuit clerk for the filing, but it was denied by the "
        "clerk's office."
    )
    got = [m.text for m in mentions(text, "2025-03-01") if m.kind == "ruling"]
    assert not any("denied" in t for t in got), got


# --- headlines: a passive with no "was", a state's judge -----------------------------------------


def _ruling_courts(text: str, date: str) -> dict[str, str | None]:
    return {m.text: m.court for m in mentions(text, date) if m.kind == "ruling"}


def test_a_title_case_headline_in_the_passive_is_its_courts_ruling() -> None:
    text = (
        "Agency’s Broadband Rules Struck Down by Sixth Circuit\n\nMarch 3, 2025\n\n"
        "The broadband rules were struck down Monday by the Sixth Circuit."
    )
    got = _ruling_courts(text, "2025-03-04")
    assert got.get("Struck Down by Sixth Circuit") == "ca6", got


def test_a_lower_case_fragment_is_no_headline_passive() -> None:
    text = (
        "Lawyers said the broadband rules struck down by Sixth Circuit judges last year were "
        "different.\n\nThe agency said nothing."
    )
    got = _ruling_courts(text, "2025-03-04")
    assert not any(t.startswith("struck down by") for t in got), got


def test_a_states_judge_opening_a_headline_is_the_judge_named_below() -> None:
    text = (
        "Texas Judge Tosses Labor Department Overtime Expansion\n\nNov. 15, 2024\n\n"
        "Judge Sean D. Jordan of the US District Court for the Eastern District of Texas "
        "granted summary judgment against the rule Friday."
    )
    got = _ruling_courts(text, "2024-11-16")
    assert any(t.startswith("Texas Judge Tosses") and c == "txed" for t, c in got.items()), got


def test_a_word_not_a_state_before_judge_is_no_headline_ruling() -> None:
    text = (
        "Popular Judge Tosses First Pitch at Rangers Game\n\nJune 2, 2025\n\n"
        "Judge Sean D. Jordan of the US District Court for the Eastern District of Texas "
        "threw the pitch Friday."
    )
    got = _ruling_courts(text, "2025-06-03")
    assert not any(t.startswith("Popular") for t in got), got


# --- a rule's term defined after a description linker does not know as a rule -----------------


def _regs(text: str, date: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "regulation"}


_PFAS_LEAD = (
    "The EPA said it would keep parts of the Biden-era PFAS drinking water rule. "
    "In April 2024 the agency set enforceable limits for six PFAS chemicals in tap water "
)


def test_a_named_term_defined_after_a_description_is_the_one_rule_named() -> None:
    text = _PFAS_LEAD + "(the ECL Rule). Utilities have sued over the ECL Rule since."
    got = _regs(text, "2025-06-01")
    assert got.get("the ECL Rule") == "fr:89:32532", got


def test_a_named_term_whose_sentence_holds_no_topic_of_the_rule_stays_unlinked() -> None:
    text = (
        "The EPA said it would keep parts of the Biden-era PFAS drinking water rule. Separately, "
        "the agency set new limits on soot from power plants (the ECL Rule). Utilities have "
        "sued over the ECL Rule since."
    )
    got = _regs(text, "2025-06-01")
    assert got.get("the ECL Rule") is None, got


# --- "the rule" after a rule still to come is introduced ---------------------------------------


def test_the_rule_after_a_proposed_rule_to_come_is_not_the_named_rule() -> None:
    text = (
        "The EPA intends to rescind parts of the Biden-era PFAS drinking water rule. The "
        "agency plans to issue a proposed rule this fall and finalize the rule next spring."
    )
    got = _regs(text, "2025-06-01")
    assert "the rule" not in got, got


def test_the_rule_with_no_new_rule_between_still_refers_back() -> None:
    text = (
        "The EPA intends to rescind parts of the Biden-era PFAS drinking water rule. Critics "
        "said the rule saved lives."
    )
    got = _regs(text, "2025-06-01")
    assert got.get("the rule") == "fr:89:32532", got


# --- a state's right in quotes; the whole constitution after its one section ------------------


def _consts(text: str, date: str = "2025-01-10") -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "constitution"}


def test_a_quoted_right_after_constitutional_right_to_is_the_states_section() -> None:
    text = (
        "Montana’s high court ruled that young people who sued have a constitutional right to "
        "“a clean and healthful environment.”"
    )
    got = _consts(text)
    assert "state:mt:const:2-3" in got.values(), got


def test_the_state_constitution_after_its_one_named_section_takes_that_id() -> None:
    text = (
        "Montana’s high court ruled that young people who sued have a constitutional right to "
        "a clean and healthful environment. The judges said the state broke that right, "
        "written into the state constitution in 1972, by ignoring emissions."
    )
    got = _consts(text)
    assert got.get("the state constitution") == "state:mt:const:2-3", got


def test_the_state_constitution_after_two_sections_stays_whole() -> None:
    text = (
        "Montana’s high court cited Article II, Section 10 of the Montana Constitution and "
        "the constitutional right to a clean and healthful environment. Lawyers said the "
        "state constitution protects both."
    )
    got = _consts(text)
    assert got.get("the state constitution") is None, got


# --- "The ruling in <Case>" opening a sentence right after the news ruling ---------------------


def test_the_ruling_in_a_case_right_after_the_news_ruling_is_that_ruling() -> None:
    text = (
        "A divided Supreme Court on Wednesday upheld a Tennessee law banning gender-affirming "
        "care for minors.\nThe ruling in United States v. Skrmetti, written by Chief Justice "
        "John Roberts, leaves similar laws in place."
    )
    got = _ruling_courts(text, "2025-06-19")
    assert got.get("The ruling") == "scotus", got


def test_a_decision_in_a_case_cited_inside_a_sentence_is_not_the_news_ruling() -> None:
    text = (
        "A divided Supreme Court on Wednesday upheld a Tennessee law banning gender-affirming "
        "care for minors. Lawyers for the families cited the decision in Plyler v. Doe."
    )
    got = _ruling_courts(text, "2025-06-19")
    assert "the decision" not in got, got


def test_the_decision_in_a_case_the_news_ruling_acted_on_is_not_the_news_ruling() -> None:
    text = (
        "The Supreme Court on Friday overturned Roe, ending the constitutional right to "
        "abortion.\nThe decision in Roe v. Wade had stood for nearly 50 years."
    )
    got = _ruling_courts(text, "2022-06-25")
    assert "The decision" not in got, got
