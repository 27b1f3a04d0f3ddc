"""Another version of a rule the article is about, told by its year (``ruleversions``)."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str) -> set[tuple[str, str | None, bool]]:
    return {
        (m.text, m.authority, m.anaphor) for m in mentions(text, date) if m.kind == "regulation"
    }


CASES = [
    # AHA News, July 1, 2019 (shortened): the 2019 conscience rule "replaces a 2011 rule"
    (
        "The Department of Health and Human Services has agreed to delay implementing its "
        "final rule concerning certain statutory conscience rights in health care. Released "
        "in May, the final rule replaces a 2011 rule.",
        "2019-07-01",
        ("a 2011 rule", "fr:76:9968", False),
    ),
    # made up: the 2016 version after the 2019 one
    (
        "The Labor Department's 2019 overtime rule raised the threshold. It replaced the 2016 "
        "rule, which a judge blocked.",
        "2020-01-10",
        ("the 2016 rule", "fr:81:32391", False),
    ),
    # made up: the same version's year is a back-reference
    (
        "The Labor Department's 2019 overtime rule raised the threshold. Business groups "
        "welcomed the 2019 rule.",
        "2020-01-10",
        ("the 2019 rule", "fr:84:51230", True),
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_a_year_names_a_version_of_the_rule_before(
    text: str, date: str, expected: tuple[str, str, bool]
) -> None:
    assert expected in regs(text, date)


@pytest.mark.parametrize(
    "text",
    [
        # no rule named before: "a 2011 rule" says nothing of which one
        "The hospital association said a 2011 rule still governs the question.",
        # the rule before has no version of that year
        "The FTC's noncompete rule was struck down. It replaced a 2011 rule on franchises.",
    ],
)
def test_a_year_without_a_version_is_not_linked(text: str) -> None:
    assert not any("2011" in t for t, _, _ in regs(text, "2024-09-01"))


# Made up: the rule named first only by its part (its version unknown, no date), then its
# versions by year: every version of the disparate impact rule amends 24 CFR part 100.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tenant groups sued over HUD's Disparate Impact rule. They say the 2020 Rule "
            "guts the protections of the 2013 Rule.",
            {("the 2020 Rule", "fr:85:60288"), ("the 2013 Rule", "fr:78:11460")},
        ),
        (
            "The lawsuit says HUD's disparate impact rule is unlawful; "
            "the 2013 rule, its plaintiffs argue, had worked for years.",
            {("the 2013 rule", "fr:78:11460")},
        ),
    ],
)
def test_a_year_names_a_version_of_a_rule_named_by_its_part(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= {(t, a) for t, a, _ in regs(text, "")}
