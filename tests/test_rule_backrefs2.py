"""Rules and orders referred back to, round two (issue 13, point 1, tenth session): a rule by
its year ("the 2024 Rule"), terms defined without quotes ("(the 2024 Rule)", "(2024 Final
Rule)", "(the Rule)"), and a term defined for a back-reference that found its rule."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-07-01"


def _refs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "regulation"]


def test_a_rule_by_its_year_refers_back_to_the_rule_of_that_year() -> None:
    text = (
        "HHS adopted the Reproductive Health Privacy Rule in April 2024 as an amendment. The "
        "court also ruled that the 2024 Rule went too far. With the 2024 Privacy Rule vacated, "
        "entities must revert."
    )
    refs = _refs(text)
    assert ("the 2024 Rule", "fr:89:32976") in refs
    assert ("the 2024 Privacy Rule", "fr:89:32976") in refs


def test_a_year_no_rule_named_has_links_nothing() -> None:
    text = "The FTC adopted its Negative Option Rule in 2024. The court held the 2019 Rule void."
    assert [r for r in _refs(text) if r[0].startswith("the 2019")] == []
    assert _refs("Judges apply the rule of law. The 2024 Rules Committee met.") == []


def test_terms_defined_without_quotes() -> None:
    text = (
        "On June 18, 2025, a federal judge in Texas vacated the “HIPAA Privacy Rule to Support "
        "Reproductive Health Care Privacy,” (the 2024 Rule) leaving in place only the notice "
        "provisions. The 2024 Rule established new prohibitions."
    )
    assert ("The 2024 Rule", "fr:89:32976") in _refs(text)
    text = "The agency issued the Clean Water Rule (the Rule) in 2015. The Rule was stayed."
    assert ("The Rule", "fr:80:37054") in _refs(text)


def test_an_order_told_without_its_number_keeps_the_one_named_before() -> None:
    text = (
        "After the Supreme Court upheld his travel ban on Tuesday, President Trump lost "
        "another case. The Justice Department argued that the executive order Trump issued "
        "last week addressed the concerns. The executive order said families would be "
        "detained together."
    )
    got = [(m.text, m.authority) for m in mentions(text, "2018-06-01")]
    assert ("The executive order", "proc:9645") not in got


def test_an_order_named_then_referred_back_to_still_links() -> None:
    text = (
        "President Trump signed Executive Order 13841 on June 20, 2018. The executive order "
        "said families would be detained together."
    )
    got = [(m.text, m.authority) for m in mentions(text, "2018-06-26")]
    assert ("The executive order", "eo:13841") in got


def test_that_rule_and_a_name_with_its_initials_in_brackets() -> None:
    text = (
        "On March 31, 2025, a judge ordered that FDA’s Laboratory Developed Tests (LDT) Final "
        "Rule be vacated. That Rule sought to treat such tests as medical devices."
    )
    refs = _refs(text)
    assert ("Laboratory Developed Tests (LDT) Final Rule", "fr:89:37286") in refs
    assert ("That Rule", "fr:89:37286") in refs
    assert _refs("That Rule 11 motion was denied. The Rules of Civil Procedure apply.") == []


def test_a_term_defined_after_a_back_reference_is_the_one_rule_named_before() -> None:
    text = (
        "The FDA issued its Laboratory Developed Tests Final Rule last spring. The court’s "
        "judgment vacates the agency’s controversial final rule of May 6, 2024 (“Final "
        "Rule”), weeks before the Final Rule’s deadline. Plaintiffs challenged the Final Rule."
    )
    refs = _refs(text)
    assert ("Final Rule", None) not in refs
    assert refs.count(("the Final Rule", "fr:89:37286")) == 2


def test_no_rule_named_before_a_defined_term_keeps_its_search_link() -> None:
    text = (
        "The court’s judgment vacates the agency’s controversial final rule of May 6, 2024 "
        "(“Final Rule”), weeks before the Final Rule’s deadline."
    )
    assert all(a is None for _, a in _refs(text))


def test_an_orders_nickname_defined_before_eo() -> None:
    text = (
        "The FAR Council proposed a rule to implement the procedures ordered by President "
        "Obama in his Fair Pay and Safe Workplaces Executive Order (“blacklisting EO”). The "
        "final rule implementing the blacklisting EO is slated for April."
    )
    got = [(m.text, m.authority) for m in mentions(text, "2015-12-01")]
    assert ("the blacklisting EO", "eo:13673") in got
