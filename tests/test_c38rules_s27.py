"""census38 P3, P4, P6, P8, P9 (twenty-seventh session, s27-c38rules): rules, orders and laws
told by description and date, section forms of an act, and names and nouns over-read.
Sentences of our own in the shapes news uses."""

from __future__ import annotations

from conftest import mentions

OVERTIME_2024 = "fr:89:32842"
OVERTIME_ROWS = {"fr:81:32391", "fr:84:51230", OVERTIME_2024}
PSLF_2025 = "fr:90:48966"


def _found(text: str, date: str | None, kind: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == kind]


# --- P3: an agency rule told by what it does -------------------------------------------------

_OVERTIME = (
    "Salary thresholds for exempt staff go back to their old level.\n\n"
    "Clients heard from us in the spring that the Federal Rule lifting the pay floor for "
    "overtime exemptions faced a challenge in court. A judge has now vacated the Rule and "
    "sent it back to the Labor Department. He wrote that the 2024 Rule would burden "
    "employers everywhere.\n\n"
    "The judgment sets aside the final rule of the Department of Labor (89 FR 32842)."
)


def test_a_federal_rule_told_by_what_it_does_is_the_version_the_article_cites() -> None:
    found = _found(_OVERTIME, None, "regulation")
    assert ("the Federal Rule", OVERTIME_2024) in found
    assert ("the Rule", OVERTIME_2024) in found
    assert ("the 2024 Rule", OVERTIME_2024) in found


def test_versions_the_article_does_not_settle_leave_the_description_alone() -> None:
    text = _OVERTIME.replace("the 2024 Rule", "the Rule").replace("(89 FR 32842)", "of last spring")
    found = _found(text, None, "regulation")
    assert all(a not in OVERTIME_ROWS for t, a in found if t.startswith("the Federal Rule"))


_PSLF = (
    "Twenty states sued the U.S. Department of Education on Monday. The states object to "
    "a new federal rule which would strip from the PSLF program employers said to have a "
    "“substantial illegal purpose”. In their view the sweeping new rule breaks the law. "
    "“If it stands, this rule could cost nurses their loan relief,” one of them said."
)


def test_a_new_federal_rule_told_by_its_clause_and_its_chain() -> None:
    found = _found(_PSLF, "2025-11-10", "regulation")
    assert any(t.startswith("a new federal rule") and a == PSLF_2025 for t, a in found)
    assert ("the sweeping new rule", PSLF_2025) in found
    assert ("this rule", PSLF_2025) in found


def test_a_described_rule_wants_its_agency_named() -> None:
    text = _OVERTIME.replace("the Labor Department", "the agency").replace(
        "the final rule of the Department of Labor", "the final rule"
    )
    found = _found(text, None, "regulation")
    assert all(t != "the Federal Rule" for t, _ in found)


# --- P6: an executive order told by topic, against the article's date -------------------------

_AI_ORDER = (
    "President Donald Trump on Thursday signed an executive order meant to keep states from "
    "enforcing their own AI laws. The order sets up a task force to sue states."
)


def test_an_order_signed_this_week_is_not_an_older_order_of_its_topic() -> None:
    found = _found(_AI_ORDER, "2025-12-13", "executive-action")
    assert found and found[0][1] == "eo:14365"
    assert ("The order", "eo:14365") in found


def test_before_the_new_order_the_older_one_stays() -> None:
    found = _found(_AI_ORDER, "2025-02-01", "executive-action")
    assert all(a != "eo:14365" for _, a in found)


_FIRM_ORDER = (
    "A judge held on Friday that President Donald Trump's executive order aimed at the law "
    "firm Perkins Coie punished it for its clients' speech. Above, President Donald Trump "
    "holds a signed executive order in a photo taken at his desk.\n\n"
    "Apart from speech, the president’s executive order further violated rights "
    "guaranteed by the Sixth Amendment, the opinion said."
)


def test_an_adverb_before_the_orders_verb_ends_its_description() -> None:
    from linker.scanner.eodescribed import _PREDICATE_AFTER

    # (what follows "the president's executive order": a verb of its own, not its topic)
    assert _PREDICATE_AFTER.match(" also violated due process", 0) is not None
    assert _PREDICATE_AFTER.match(" further barred new hires", 0) is not None
    assert _PREDICATE_AFTER.match(" on voting rights", 0) is None
    found = _found(_FIRM_ORDER, "2025-05-03", "executive-action")
    assert all(a != "eo:14206" for _, a in found)


def test_a_photo_captions_signed_order_is_no_mention() -> None:
    at = _FIRM_ORDER.index("holds a signed executive order") + len("holds a signed ")
    assert all(
        not (m.start <= at < m.end)
        for m in mentions(_FIRM_ORDER, "2025-05-03")
        if m.kind == "executive-action"
    )


# --- P8: a law, bill or proclamation told by its date or description --------------------------


def test_the_law_passed_on_a_day_is_the_bill_passed_that_day() -> None:
    text = (
        "A judge in Des Moines paused the law passed March 3 that would ban the sale of "
        "certain seeds. On March 3, 2024, the Iowa legislature passed H.F. 123 after a long "
        "debate."
    )
    assert ("the law passed March 3", "state:ia:bill:hf123") in _found(
        text, "2024-03-20", "statute"
    )


def test_two_laws_passed_that_day_leave_the_phrase_alone() -> None:
    text = (
        "A judge paused the law passed March 3 that would ban the sale of certain seeds. On "
        "March 3, 2024, the Iowa legislature passed H.F. 123 and H.F. 124."
    )
    assert all(t != "the law passed March 3" for t, _ in _found(text, "2024-03-20", "statute"))


def test_the_year_bill_is_the_one_law_signed_that_year() -> None:
    text = (
        "The fight began in 2019 when the governor of Iowa signed S.F. 45 into law. This "
        "spring the Iowa legislature passed H.F. 900, a close copy of the 2019 bill."
    )
    assert ("the 2019 bill", "state:ia:bill:sf45") in _found(text, "2024-05-01", "statute")


def test_the_dated_proclamation_is_the_one_of_that_day() -> None:
    text = (
        "A court upheld the charge that Trump’s September 19 Proclamation placed on the "
        "entry of certain nonimmigrant workers. The September 19 proclamation also lets the "
        "Secretary grant exceptions."
    )
    found = _found(text, "2025-12-24", "executive-action")
    assert ("The September 19 proclamation", "proc:10973") in found


def test_a_bill_a_chamber_passed_is_the_bill_named_after_it() -> None:
    text = (
        "WASHINGTON—The Senate passed a bill on Tuesday that would force the release of "
        "investigative files. The Epstein Files Transparency Act was written by two members "
        "of the House."
    )
    assert ("a bill", "bill:119:hr:4405") in _found(text, "2025-11-19", "bill")


# --- P9: section forms ------------------------------------------------------------------------


def test_section_1983_of_the_civil_rights_act_is_the_code_section() -> None:
    text = (
        "The group says it can still bring civil rights claims under Section 1983 of the "
        "Civil Rights Act against the county."
    )
    assert ("Section 1983 of the Civil Rights Act", "usc:42:1983") in _found(
        text, "2025-01-10", "statute"
    )


def test_a_session_laws_section_with_no_code_home_is_the_act() -> None:
    text = (
        "The judge again blocked the One Big Beautiful Bill Act provision that cuts Medicaid "
        "money to some clinics (Section 71113). The states asked her to bar enforcement of "
        "§ 71113, arguing it is vague."
    )
    found = _found(text, "2025-12-30", "statute")
    assert ("Section 71113", "publ:119-21") in found
    assert ("§ 71113", "publ:119-21") in found


def test_a_bare_section_sign_with_no_act_is_not_linked() -> None:
    text = "The states asked the court to bar enforcement of § 71113, arguing it is vague."
    assert all(t != "§ 71113" for t, _ in _found(text, "2025-12-30", "statute"))


# --- P4: names and nouns over-read ------------------------------------------------------------


def test_a_judges_surname_after_a_reviewing_verb_is_no_ruling() -> None:
    text = (
        "U.S. District Judge Matthew Kacsmaryk of Amarillo, Texas, suspended the pill's "
        "approval in April. Weeks later the Fifth Circuit partially overturned Kacsmaryk, "
        "preserving limited use of the drug."
    )
    assert all(
        not m.text.startswith("Kacsmaryk, preserving")
        for m in mentions(text, "2023-05-01")
        if m.kind == "ruling"
    )


def test_a_case_short_name_for_the_person_named_in_full_is_no_case() -> None:
    text = (
        "The justices decided United States v. Rahimi last June. The defendant, Zackey "
        "Rahimi, lived in Texas.\n"
        "Rahimi’s Early Years\n"
        "Even under a court order, Rahimi kept a rifle at home."
    )
    assert all(m.text != "Rahimi" for m in mentions(text, "2024-07-01") if m.kind == "case")


def test_an_immigration_petition_is_no_suit() -> None:
    text = (
        "Businesses sued in Chamber of Commerce v. DHS, No. 1:25-cv-03675 (D.D.C.). Under the "
        "policy, H-1B petitions are refused unless the petition carries the new fee."
    )
    assert all(m.text != "the petition" for m in mentions(text, "2025-12-24") if m.kind == "case")
