"""Twenty-eighth session (census43, patterns P1–P4): a federal department named in full in a
caption, an agency's interim final rule with the agency's and the rule's initials in
brackets, rulings told by a holding verb after a caption, the second of two courts after
"rulings by", and back-references to an executive order. Made-up sentences of the shapes the
census showed."""

from __future__ import annotations

from conftest import mentions, regs


def _cases(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.kind == "case"]


def test_a_federal_department_named_in_full_stays_whole_in_a_caption() -> None:
    text = (
        "The notice follows the case of Acme Widget Growers, et al. v. United States "
        "Department of Housing and Urban Development, et al. in Kansas."
    )
    assert _cases(text) == [
        "Acme Widget Growers, et al. v. United States Department of Housing and Urban "
        "Development, et al."
    ]


def test_a_short_department_caption_is_unchanged() -> None:
    text = "The ruling in Acme Widget Growers v. U.S. Department of Labor came Friday."
    assert _cases(text) == ["Acme Widget Growers v. U.S. Department of Labor"]


def test_an_agency_after_us_and_its_interim_final_rule_with_initials() -> None:
    text = (
        "As of today, the US Centers for Medicare & Medicaid Services (CMS) Interim Final "
        "Rule (IFR) mandating vaccination of health care staff is enforceable in 25 states."
    )
    assert regs(text, "2021-11-30") == {
        (
            "the US Centers for Medicare & Medicaid Services (CMS) Interim Final Rule (IFR)",
            "fr:86:61555",
        )
    }


def test_letters_that_are_not_the_rule_words_initials_stay_outside() -> None:
    text = (
        "As of today, the CMS Interim Final Rule (ABC) mandating vaccination of health care "
        "staff is enforceable in 25 states."
    )
    assert ("the CMS Interim Final Rule", "fr:86:61555") in regs(text, "2021-11-30")


def _rulings(text: str, date: str = "2025-07-11") -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def test_the_second_of_two_courts_after_rulings_by_is_its_own_ruling() -> None:
    text = (
        "The guidance follows the recent rulings by the US District Court for the District "
        "of Kansas and the US Court of Appeals for the Tenth Circuit in the widget case."
    )
    found = _rulings(text)
    assert ("rulings by the US District Court for the District of Kansas", "ksd") in found
    assert ("the US Court of Appeals for the Tenth Circuit", "ca10") in found


def test_a_second_court_of_the_same_court_is_no_second_ruling() -> None:
    text = (
        "The guidance follows rulings by the Tenth Circuit and the Tenth Circuit's en banc "
        "court in the widget case."
    )
    assert len(_rulings(text)) == 1


def test_a_day_lead_and_a_caption_make_a_holding_verb_the_days_ruling() -> None:
    text = (
        "Widget rules bind.\n\nToday, in Acme Growers v. Department of Widgets, the U.S. "
        "Court of Appeals for the Tenth Circuit helped bring a little more clarity to the "
        "question of when a rule binds the public. Circuit Judge Roe wrote for court, "
        "joined by Judges Lee and Poe."
    )
    found = _rulings(text)
    assert [c for _, c in found] == ["ca10"]
    assert found[0][0].startswith("the U.S. Court of Appeals for the Tenth Circuit helped bring")


def test_a_caption_without_a_day_lead_stays_a_precedent() -> None:
    text = (
        "Widget rules bind.\n\nIn Acme Growers v. Department of Widgets, the U.S. Court of "
        "Appeals for the Tenth Circuit clarified when a rule binds the public."
    )
    assert _rulings(text) == []


def test_a_day_lead_and_a_caption_make_a_plain_ruling_verb_the_days_ruling() -> None:
    text = (
        "Widget rules bind.\n\nYesterday, in Acme Growers v. Department of Widgets, the "
        "Tenth Circuit ruled that the rule binds the public."
    )
    assert [c for _, c in _rulings(text)] == ["ca10"]


def _orders(text: str, date: str = "2025-05-02") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


def test_a_presidents_order_stops_at_its_sentences_end() -> None:
    text = (
        "A federal judge on Friday struck down President Donald Trump’s order targeting "
        "Perkins Coie. The executive order barred the firm’s lawyers from federal buildings."
    )
    found = _orders(text)
    assert ("Trump’s order targeting Perkins Coie", "eo:14230") in found
    assert not any(". " in t for t, _ in found)


def test_a_harmed_amendment_right_is_no_topic_of_another_order() -> None:
    text = (
        "A federal judge on Friday struck down President Donald Trump’s order targeting "
        "Perkins Coie. The judge said the executive order signed by Trump violates the firm’s "
        "First Amendment rights and its right to due process."
    )
    found = _orders(text)
    assert all(a == "eo:14230" for _, a in found)


def test_an_order_signed_by_the_president_in_a_month_is_the_one_signed_then() -> None:
    text = (
        "A federal judge on Friday struck down President Donald Trump’s order targeting "
        "Perkins Coie. The executive order barred the firm’s lawyers from federal buildings. "
        "The judge said the executive order signed by Trump in early March violates the "
        "firm’s First Amendment rights."
    )
    found = _orders(text)
    assert ("executive order signed by Trump in early March", "eo:14230") in found


def test_the_order_in_a_judges_words_is_the_presidents_when_no_court_order_was_told() -> None:
    text = (
        "A federal judge on Friday struck down an executive order signed by President Donald "
        "Trump targeting the law firm Perkins Coie. The ruling from US District Judge Beryl "
        "Howell is a rebuke of the president. “The Order is intended to punish the firm!” "
        "Howell wrote."
    )
    assert ("The Order", "eo:14230") in _orders(text)


def test_the_order_after_a_courts_restraining_order_stays_unlinked() -> None:
    text = (
        "A federal judge on Friday struck down an executive order signed by President Donald "
        "Trump targeting the law firm Perkins Coie. Judge Beryl Howell issued a restraining "
        "order in March. “The Order is intended to punish the firm!” Howell wrote."
    )
    assert not any(t == "The Order" for t, _ in _orders(text))


def test_the_new_before_a_known_acts_name_in_a_headline_is_no_part_of_it() -> None:
    text = "Breaking Down the New No Surprises Act FAQs\n\nThe agencies released new guidance."
    statutes = [(m.text, m.authority) for m in mentions(text, "2025-01-20") if m.kind == "statute"]
    assert statutes == [("No Surprises Act", "publ:116-260")]
