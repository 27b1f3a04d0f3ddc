"""census35 P1 and census34 P9, twenty-sixth session (s26-c35rules): the one agency rule an
article is about, told generically ("a rule finalized …", "the rule", "this regulation", the
headline's "AGENCY rule") before the words that say which rule it is, or told by the day it was
enacted and what it does (``scanner/rulechain.py``). Sentences of our own in the shapes of
news."""

from __future__ import annotations

from conftest import mentions

SCIENCE = "fr:86:469"
ASYLUM_TRANSIT = "fr:84:33829"

_SCIENCE_ARTICLE = (
    "Court halts outgoing Administration EPA rule\n\n"
    "A federal judge in Oregon on Monday sided against the Environmental Protection Agency "
    "over a rule finalized in the last weeks of the prior administration.\n\n"
    "The judge said the rule could not take effect at once. The rule limits the weight the "
    "agency may give to scientific studies built on non-public dose-response data.\n\n"
    "Several groups had sued over the rule in early January, and they said this regulation "
    "was rushed. The judge found that the EPA's rule was a substantive one."
)


def _rules(text: str, date: str = "2021-02-03") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def test_the_chain_before_the_named_rule_is_that_rule() -> None:
    found = _rules(_SCIENCE_ARTICLE)
    assert ("the EPA's rule", SCIENCE) in found
    assert ("a rule finalized in the last weeks of the prior administration", SCIENCE) in found
    assert [t for t, a in found if t == "the rule" and a == SCIENCE] == ["the rule", "the rule"]
    assert ("The rule", SCIENCE) in found
    assert ("this regulation", SCIENCE) in found
    assert ("EPA rule", SCIENCE) in found  # (the headline's; "outgoing Administration" no era)


def test_the_headline_rule_of_the_agency_is_that_rule() -> None:
    text = _SCIENCE_ARTICLE.replace("outgoing Administration EPA rule", "Trump-era EPA rule")
    assert ("Trump-era EPA rule", SCIENCE) in _rules(text)


def test_a_headline_rule_of_another_era_is_not() -> None:
    text = _SCIENCE_ARTICLE.replace("outgoing Administration EPA rule", "Obama-era EPA rule")
    assert all(t != "Obama-era EPA rule" for t, _ in _rules(text))


def test_a_second_rule_in_the_article_leaves_the_chain() -> None:
    text = _SCIENCE_ARTICLE + " The agency's proposed rule on soot is still pending."
    found = _rules(text)
    assert ("the EPA's rule", SCIENCE) in found
    assert all(t != "the rule" for t, _ in found)
    assert all(not t.startswith("a rule finalized") for t, _ in found)


def test_another_agency_telling_a_rule_leaves_the_chain() -> None:
    text = _SCIENCE_ARTICLE.replace(
        "The judge said", "The Federal Aviation Administration has a rule too. The judge said"
    )
    found = _rules(text)
    assert all(t not in ("the rule", "this regulation") for t, _ in found)


def test_the_rule_of_law_is_no_rule() -> None:
    text = _SCIENCE_ARTICLE + " The judge said the rule of law required no less."
    found = _rules(text)
    assert ("the rule", SCIENCE) in found
    assert all(t != "the rule of law" for t, _ in found)
    spans = [m for m in mentions(text, "2021-02-03") if m.text == "the rule"]
    assert all(not text.startswith("the rule of", m.start) for m in spans)


def test_without_a_named_rule_or_its_words_nothing_is_linked() -> None:
    text = _SCIENCE_ARTICLE.replace(
        "The judge found that the EPA's rule was a substantive one.",
        "The agency did not comment.",
    ).replace(
        "The rule limits the weight the agency may give to scientific studies built on "
        "non-public dose-response data.",
        "",
    )
    assert _rules(text) == []


_ASYLUM_ARTICLE = (
    "An appeals court on Friday narrowed a judge's block of new asylum rules to two states.\n\n"
    "A Trump administration policy enacted July 16 requires asylum seekers who reach the "
    "Mexico border to first seek asylum in a third country they crossed.\n\n"
    "Advocates say the rule puts migrants in danger."
)


def test_a_policy_told_by_its_day_and_topics_is_the_rule_of_that_day() -> None:
    found = _rules(_ASYLUM_ARTICLE, "2019-09-12")
    assert ("A Trump administration policy enacted July 16", ASYLUM_TRANSIT) in found
    assert ("new asylum rules", ASYLUM_TRANSIT) in found
    assert ("the rule", ASYLUM_TRANSIT) in found


def test_a_policy_of_another_day_is_not() -> None:
    text = _ASYLUM_ARTICLE.replace("July 16", "July 19")
    assert _rules(text, "2019-09-12") == []


def test_a_policy_of_that_day_on_another_topic_is_not() -> None:
    text = (
        "A Trump administration policy enacted July 16 requires banks to report large cash "
        "deposits. Critics say the rule is costly."
    )
    assert _rules(text, "2019-09-12") == []


def test_a_policy_of_that_day_long_before_the_article_is_not() -> None:
    assert _rules(_ASYLUM_ARTICLE.replace("Trump administration ", ""), "2024-09-12") == []


def test_a_chain_telling_another_rule_keeps_the_named_rule_to_itself() -> None:
    text = (
        "A rule published Friday by the EPA would cap methane leaks from wells. The rule takes "
        "effect in July. Critics compare it to the EPA's power plant rule limiting carbon "
        "emissions from coal plants."
    )
    found = _rules(text, "2024-06-01")
    assert ("power plant rule", "fr:89:39798") in found
    assert all(a is None for t, a in found if t != "power plant rule")


_UNNAMED = (
    "Court halts outgoing Administration EPA rule\n\n"
    "A federal judge in Oregon on Monday sided against the Environmental Protection Agency "
    "over a rule finalized in the last weeks of the prior administration.\n\n"
    "The judge said the rule could not take effect at once. The rule restricts how much weight "
    "the agency may give to scientific studies built on non-public dose-response data.\n\n"
    "Several groups had sued over the rule in early January.\n\n"
    "Lawyers for the EPA said the agency's rule was procedural."
)


def test_a_rule_never_named_is_the_one_row_its_sentences_tell() -> None:
    found = _rules(_UNNAMED)
    assert ("The rule", SCIENCE) in found
    assert [t for t, a in found if t == "the rule" and a == SCIENCE] == ["the rule", "the rule"]
    assert ("a rule finalized in the last weeks of the prior administration", SCIENCE) in found


def test_a_new_rule_never_named_is_none_of_the_table() -> None:
    text = _UNNAMED.replace("over a rule finalized", "over its new rule finalized")
    assert _rules(text) == []


def test_a_rule_never_named_years_after_the_row_is_none_of_the_table() -> None:
    assert _rules(_UNNAMED, "2026-02-03") == []


def test_plural_rules_of_the_agency_alone_are_no_chain_member() -> None:
    text = _SCIENCE_ARTICLE + " The ruling leaves the EPA rules in place for now."
    found = _rules(text)
    assert ("the rule", SCIENCE) in found
    assert all("EPA rules" not in t for t, _ in found)
