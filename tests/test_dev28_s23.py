"""What the new open set dev28 taught, twenty-third session (branch s23-dev28). The
sentences are our own, made up in the shapes news prints."""

from __future__ import annotations

from conftest import mentions
from linker.scanner.sentences import split_sentences


def spans(text: str, date: str | None = "2024-09-01") -> list[tuple[int, str, str | None]]:
    return [(m.start, m.text, m.authority) for m in mentions(text, date)]


# --- a quotation inside a quotation closes on two marks ------------------------------------------


def test_a_sentence_ends_after_a_nested_quotation_closes() -> None:
    text = "The panel said the order lacked a ‘sound basis.’” The judge then ruled again."
    cut = [text[a:b].strip() for a, b in split_sentences(text)]
    assert cut == [
        "The panel said the order lacked a ‘sound basis.’”",
        "The judge then ruled again.",
    ]


def test_a_back_reference_before_a_nested_quotation_is_kept() -> None:
    # the next sentence, which sets the rule against a course "instead of" taking another,
    # no longer shares the first one's sentence
    text = (
        "The Federal Trade Commission’s Final Rule banning non-competes was set aside. "
        "The court found that the Rule’s “blanket approach fails to draw a ‘rational "
        "connection between the facts and the choice.’”  The judge said the agency chose a "
        "broad ban instead of targeting harmful non-competes, which renders the Rule invalid."
    )
    rules = [(t, a) for s, t, a in spans(text) if t == "the Rule"]
    assert rules == [("the Rule", "fr:89:38342"), ("the Rule", "fr:89:38342")]


# --- an agency's rule told by what it requires; a second rule set beside it ----------------------


def test_an_agency_rule_told_by_the_fees_it_makes_airlines_disclose() -> None:
    text = (
        "A court paused a Transportation Department rule requiring airlines to clearly "
        "disclose fees before passengers buy a ticket."
    )
    found = {t: a for _, t, a in spans(text)}
    rule = "a Transportation Department rule requiring airlines to clearly disclose fees"
    assert found.get(rule) == "fr:89:34620"


def test_the_words_of_a_second_rule_beside_it_do_not_name_the_rule() -> None:
    text = (
        "A court paused a Transportation Department rule requiring airlines to clearly "
        "disclose fees before passengers buy a ticket. The Biden administration issued the "
        "rule, along with another dealing with airline refunds, in the spring. Airlines say "
        "the rule is too costly."
    )
    rules = {(t, a) for _, t, a in spans(text) if t == "the rule"}
    assert rules == {("the rule", "fr:89:34620")}


def test_with_no_second_rule_the_refund_words_still_tell_the_refund_rule() -> None:
    text = (
        "The Biden administration issued the rule dealing with airline refunds in the spring. "
        "Airlines say the rule is too costly."
    )
    assert ("the rule", "fr:89:32760") in {(t, a) for _, t, a in spans(text)}


# --- data rows: the airlines' suit against the fee rule; Nevada's parental notification law ------


def test_the_airlines_suit_against_the_fee_rule_is_linked_by_its_court_and_rule() -> None:
    text = (
        "The 5th U.S. Circuit Court of Appeals on Monday blocked a Transportation Department "
        "rule requiring airlines to clearly disclose fees while a lawsuit filed by the carriers "
        "plays out. Airlines for America joined the lawsuit."
    )
    suits = {
        (t, m.name)
        for m in mentions(text, "2024-08-01")
        if (t := m.text) in ("a lawsuit", "the lawsuit")
    }
    assert suits == {
        ("a lawsuit", "Airlines for America v. Department of Transportation"),
        ("the lawsuit", "Airlines for America v. Department of Transportation"),
    }


def test_before_the_suit_was_filed_no_lawsuit_is_linked() -> None:
    text = (
        "The 5th U.S. Circuit Court of Appeals on Monday blocked a Transportation Department "
        "rule requiring airlines to clearly disclose fees while a lawsuit filed by the carriers "
        "plays out. Airlines for America joined the lawsuit."
    )
    assert not any(m.kind == "case" and m.name for m in mentions(text, "2024-04-01"))


def test_a_state_law_told_by_parental_notification_for_minors_abortions() -> None:
    text = (
        "Nevada's decades-old law requiring minors to give parental notification before "
        "getting an abortion can now be enforced, a judge ruled. Critics say the law is harsh."
    )
    found = {t: a for _, t, a in spans(text, "2025-04-02")}
    assert found.get("the law") == "state:nv:nrs:442.255"
    assert "state:nv:nrs:442.255" in {a for t, a in found.items() if t.startswith("Nevada")}


def test_the_campus_speech_suit_is_linked_by_its_judge_court_and_law() -> None:
    text = (
        "U.S. District Judge David A. Ezra in Austin blocked parts of Texas Senate Bill 2972, "
        "the campus protest law. A free speech group filed a lawsuit in September arguing the "
        "law violates the First Amendment."
    )
    suits = {m.name for m in mentions(text, "2025-10-20") if m.text == "a lawsuit"}
    assert suits == {"Fellowship of Christian University Students v. Eltife"}


# --- the Equal Protection Clause told by what it guarantees ------------------------------------


def test_the_constitutions_guarantee_of_equal_protection_is_the_clause() -> None:
    text = "The parents argued the ban breaks the Constitution's guarantee of equal protection."
    found = {t: a for _, t, a in spans(text)}
    assert found.get("guarantee of equal protection") == "const:amendment:14:section:1"


def test_an_equal_protection_guarantee_of_the_amendment_named_is_the_amendment() -> None:
    text = "The ban does not offend the equal protection guarantee of the 14th Amendment."
    found = {t: a for _, t, a in spans(text)}
    assert found == {"14th Amendment": "const:amendment:14"}


def test_another_amendments_guarantee_of_equal_protection_is_not_the_fourteenth() -> None:
    text = "The Fifth Amendment's guarantee of equal protection binds federal agencies."
    assert {a for _, _, a in spans(text)} == {"const:amendment:5"}


def test_a_state_constitutions_guarantee_of_equal_protection_is_not_the_federal_clause() -> None:
    text = "The suit says the ban breaks the state constitution's guarantee of equal protection."
    assert not any(a and a.startswith("const:") for _, _, a in spans(text))


# --- a state law told with the year it has stood since; "the law's enforcement" ----------------


def test_a_law_since_a_year_requiring_something_is_a_described_law() -> None:
    text = (
        "Nevada's old law requiring minors to give parental notification before an abortion "
        "takes effect. Nevada has had a law since 1985 requiring parental notification before "
        "an abortion, but the law was never enforced."
    )
    found = {t: a for _, t, a in spans(text, "2025-04-02")}
    described = "a law since 1985 requiring parental notification before an abortion"
    assert found.get(described) == "state:nv:nrs:442.255"
    assert found.get("the law") == "state:nv:nrs:442.255"


def test_the_laws_enforcement_refers_back_to_the_law() -> None:
    text = (
        "Nevada's old law requiring minors to give parental notification before an abortion "
        "was challenged at once. A group sued to block the law’s enforcement."
    )
    found = [(t, a) for _, t, a in spans(text, "2025-04-02") if t == "the law"]
    assert found == [("the law", "state:nv:nrs:442.255")]


def test_law_enforcement_is_still_no_law() -> None:
    text = (
        "Nevada's old law requiring minors to give parental notification before an abortion "
        "was challenged at once. The law enforcement officers declined to comment."
    )
    assert not any(t.startswith("The law") for _, t, _ in spans(text, "2025-04-02"))


def test_a_course_taken_instead_of_another_does_not_set_the_rule_against_itself() -> None:
    text = (
        "The Federal Trade Commission’s Final Rule banning non-competes was set aside. The "
        "judge said the Rule imposes a broad ban instead of targeting harmful non-competes, so "
        "the Rule is invalid."
    )
    rules = [(t, a) for _, t, a in spans(text) if t == "the Rule"]
    assert rules == [("the Rule", "fr:89:38342"), ("the Rule", "fr:89:38342")]
