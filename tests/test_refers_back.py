"""What refers back beyond "the act" and "the ruling" (issue 13, point 1): a stay, a package, a
rule as a defined term, a court's order with its length — each a back-reference to what the
article named before it, and none of them when nothing legal came before."""

from __future__ import annotations

from conftest import mentions


def _refs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority or m.court) for m in mentions(text, "2024-06-01") if m.anaphor]


def test_the_stay_is_the_courts_stay() -> None:
    text = (
        "The Supreme Court on Monday granted the administration's request for a stay. "
        "The stay lets the policy take effect while the appeal proceeds."
    )
    assert _refs(text) == [("The stay", "scotus")]


def test_a_hotel_stay_is_no_ruling() -> None:
    assert mentions("The hotel said the stay was pleasant. Guests praised the stay.") == []


def test_the_package_is_the_law_named_before_it() -> None:
    text = (
        "Biden signed the Inflation Reduction Act in August. The package includes $370 billion "
        "for climate programs."
    )
    assert _refs(text) == [("The package", "publ:117-169")]


def test_the_rule_as_a_defined_term_is_the_rule_named_before_it() -> None:
    text = (
        "The Education Department finalized the 2024 Title IX rule in April. Critics said the "
        "Final Rule goes beyond the statute, and three states sued to block the Rule."
    )
    assert _refs(text) == [("the Final Rule", "fr:89:33474"), ("the Rule", "fr:89:33474")]


def test_the_rule_of_law_and_the_rules_committee_are_not_rules() -> None:
    text = (
        "The Education Department finalized the 2024 Title IX rule in April. The senator "
        "defended the Rule of Law, and the Rules Committee met on Tuesday."
    )
    assert _refs(text) == []


def test_the_courts_two_line_order_is_the_courts_ruling() -> None:
    text = "The Supreme Court ruled 6-3 on Friday. The court's two-line order gave no reasons."
    assert _refs(text) == [("The court's two-line order", "scotus")]


def test_a_split_vote_is_not_the_court_its_sentence_reverses() -> None:
    text = (
        "The Supreme Court ruled on Friday that the policy was lawful. "
        "The 6-3 decision reversed the 9th Circuit."
    )
    assert _refs(text) == [("The 6-3 decision", "scotus")]


def test_a_split_vote_takes_the_bench_named_right_after_it() -> None:
    found = mentions("In a 2-1 decision, the 9th Circuit panel said the law was unconstitutional.")
    # (the noun, its court and the verb are one span since the eleventh session)
    assert [(m.text, m.court) for m in found] == [
        ("a 2-1 decision, the 9th Circuit panel said", "ca9")
    ]


def test_the_judgment_is_the_courts_and_an_idiom_is_not() -> None:
    ruling = "A federal judge in Dallas ruled against the agency on Friday."
    assert _refs(ruling + " The judgment sets the rule aside.") == [("The judgment", "txnd")]
    idioms = " In his judgment, the senator said, it was wrong. The judgment of history is harsh."
    assert _refs(ruling + idioms) == []


def test_a_state_trial_court_rules() -> None:
    found = mentions("A Los Angeles County Superior Court judge ruled on Friday that it was void.")
    assert [(m.kind, m.court) for m in found] == [("ruling", "calsuperct")]
    county = mentions("A Cook County Circuit Court judge ruled on Friday that it was void.")
    assert [(m.kind, m.court) for m in county] == [("ruling", None)]  # no state named: no id
    assert [m.court for m in mentions("The Fourth Circuit Court of Appeals ruled Friday.")] == [
        "ca4"
    ]


def test_the_ban_is_the_state_law_that_bans() -> None:
    text = (
        "Texas Senate Bill 8 bans abortion after about six weeks. The law, which took effect "
        "Sept. 1, lets private citizens sue. Critics say the ban is unconstitutional."
    )
    assert _refs(text) == [("The law", "state:tx:bill:sb8"), ("the ban", "state:tx:bill:sb8")]


def test_the_ban_needs_an_antecedent_that_bans() -> None:
    text = (
        "Texas lawmakers passed Senate Bill 17 to fund schools. Separately, the league said the "
        "ban on helmets would stay."
    )
    assert [r for r in _refs(text) if r[0].endswith("ban on helmets") or "ban" in r[0]] == []


def test_the_federal_ban_is_not_the_state_law() -> None:
    text = (
        "Texas Senate Bill 8 bans abortion after about six weeks. Democrats want to stop any "
        "federal ban from passing."
    )
    assert _refs(text) == []


def test_a_package_with_its_price() -> None:
    text = (
        "The House passed the Infrastructure Investment and Jobs Act on Friday. The $1.2 "
        "trillion package now heads to President Biden's desk."
    )
    assert _refs(text) == [("The $1.2 trillion package", "publ:117-58")]


def test_the_measure_of_an_article_about_a_bill_is_the_bill() -> None:
    text = (
        "The House on Wednesday passed the Laken Riley Act, which would amend the Immigration "
        "and Nationality Act to require detention of migrants charged with theft. The measure "
        "passed 263-156. The legislation now goes to President Trump."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2025-01-23") if m.anaphor]
    assert refs == [("The measure", "bill:119:s:5"), ("The legislation", "bill:119:s:5")]


def test_a_chambers_bill_is_that_chambers_bill() -> None:
    text = (
        "The House passed H.R. 7888 on Friday, 273-147. Its Senate companion, S. 3961, has not "
        "received a vote. The House bill extends Section 702 for two years, while the Senate "
        "version would extend it for five."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2024-04-20") if m.anaphor]
    assert ("The House bill", "bill:118:hr:7888") in refs
    assert ("the Senate version", "bill:118:s:3961") in refs


def test_a_chambers_bill_the_article_never_numbered_is_none() -> None:
    text = "The House passed H.R. 7888 on Friday. The Senate bill has not been written."
    assert [m.text for m in mentions(text, "2024-04-20") if m.anaphor] == []


def test_the_provision_of_a_service_is_not_a_provision_of_law() -> None:
    text = (
        "HHS approved waivers under section 1115 of the Social Security Act. The judge said the "
        "core objective of Medicaid is the provision of medical coverage to the needy. Critics "
        "said the provision of the act was ignored."
    )
    refs = [(m.text, m.authority) for m in mentions(text) if m.anaphor]
    assert ("the provision", "usc:42:1315") in refs
    starts = [m.start for m in mentions(text) if m.text == "the provision"]
    assert starts == [text.index("the provision of the act")]


def test_a_dated_law_right_after_a_section_is_that_section() -> None:
    text = (
        "The Fifth Circuit invalidated Section 922(g)(8) of Title 18 of the U.S. Code. This 1994 "
        "law bans individuals under domestic restraining orders from possessing firearms."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2024-06-21") if m.anaphor]
    assert refs == [("This 1994 law", "usc:18:922")]
    other = (
        "Congress passed the Affordable Care Act in 2010. Section 1557 of the ACA bans "
        "discrimination. This 1964 law is different."
    )
    assert not [m for m in mentions(other, "2024-06-21") if m.anaphor]


def test_the_provision_of_an_act_named_as_its_holder() -> None:
    text = (
        "The Supreme Court upheld the Affordable Care Act provision that requires insurers to "
        "cover preventive services. Employers argued that the provision violates the "
        "appointments clause."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2025-06-27") if m.anaphor]
    assert ("the provision", "publ:111-148") in refs
