"""Ruling clauses (issue 13, twentieth session, s20b-devs): a judge named after "by" inside
another subject's phrase is not the subject of the verb after the comma. The sentences are
our own, made up in the shapes of real news pages."""

from __future__ import annotations

from conftest import mentions


def rulings(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.kind == "ruling"]


def test_a_dissenting_judge_after_by_is_no_subject() -> None:
    for text in (
        "The justices' order, over a dissenting vote by Justice Maria Lopez, overturns a"
        " lower court order that had blocked the rule.",
        "The panel's decision, joined by Judge Carl Rivers, reverses the trial court's"
        " ruling on the fees.",
        "The appeals court's ruling, written by Judge Carl Rivers, strikes down the city"
        " ordinance on signs.",
    ):
        found = rulings(text)
        assert not any(t.startswith(("Justice", "Judge")) for t in found), found


def test_a_judge_as_subject_still_rules() -> None:
    text = "U.S. District Judge Carl Rivers, an Obama appointee, blocked the rule on Monday."
    assert any(t.startswith("U.S. District Judge Carl Rivers") for t in rulings(text))
    text = "The case was assigned by lot. Judge Carl Rivers blocked the rule on Monday."
    assert any(t.startswith("Judge Carl Rivers") for t in rulings(text))


def test_some_of_a_bench_who_voted_is_no_ruling() -> None:
    lead = "The North Dakota Supreme Court on Friday reinstated the ban. "
    for later in (
        "Justice Ann Cole, one of the three justices who rejected the ban, wrote that it was"
        " vague.",
        "Two of the justices who struck down the ban said it was vague.",
        "One of the judges who blocked the rule in March retired last year.",
    ):
        found = rulings(lead + later)
        assert not any("who" in t for t in found), found
    # the bench itself still rules
    text = lead + "The justices who heard the case ruled 4-1 that the ban stands."
    assert any(t.startswith("The North Dakota Supreme Court") for t in rulings(text))


def test_rules_after_a_gerund_is_the_noun_not_the_verb() -> None:
    for text in (
        "Exchange rules struck down. Firms should review the May 2, 2024 decision by the U.S."
        " Court of Appeals for the Fifth Circuit striking down Acme listing rules, approved by"
        " regulators in 2021.",
        "Rules blocked. Observers noted the ruling by the U.S. Court of Appeals for the Eighth"
        " Circuit blocking Dade County voting rules last year.",
        "Rules upheld. Officials cited the decision by the U.S. Court of Appeals for the Ninth"
        " Circuit upholding Acme parking rules in March.",
    ):
        found = rulings(text)
        assert found and not any(" rules" in t or " orders" in t for t in found), found


def test_the_court_still_rules() -> None:
    text = (
        "Appeal pending. The U.S. Court of Appeals for the Fifth Circuit rules on the appeal today."
    )
    assert any(" rules " in t for t in rulings(text))


def test_a_judge_after_by_keeps_his_own_relative_clause() -> None:
    text = (
        "Drag law fight. The panel reversed a 2023 decision by U.S. District Judge Carl Rivers,"
        " who struck down the law as an unconstitutional restriction on speech."
    )
    assert any(t.endswith("who struck down") for t in rulings(text)), rulings(text)
