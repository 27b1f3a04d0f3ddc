"""Wrong links found by hand on fresh real pages (issue 13, point 7, eleventh session): each
shape with sentences of its own wording or a short quote of a real page, and what linker must
link instead — or leave unlinked. A wrong link is worse than none."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "regulation"}


def statutes(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text) if m.kind == "statute"}


# A rule the article calls new, draft or coming while the version its date would choose is
# years old: the article is about a version the table lacks. Its CFR part, never that version.
STALE = [
    # XpertHR, June 2023: the 2019 rule is no "new overtime rule" the DOL plans to propose
    (
        "The US Department of Labor (DOL) now plans to propose a new overtime rule and finalize "
        "its independent contractor rule in August.",
        "2023-06-15",
        {"new overtime rule": "cfr:29:541", "independent contractor rule": "cfr:29:795"},
    ),
    # made up: "long-anticipated" says the same; a heading before it follows the article
    (
        "The Overtime Rule\n\nThe long-anticipated overtime rule was delayed again this spring.",
        "2023-05-02",
        {"Overtime Rule": "cfr:29:541", "overtime rule": "cfr:29:541"},
    ),
]

# The version its date chooses stays when the article's "new" rule is that version, or when
# nothing calls the rule new.
CURRENT = [
    # lpemploymentlaw, Apr. 2024: the 2024 rule, printed that month
    (
        "On April 23, 2024, the Department of Labor announced the new overtime rule, which "
        "raises the salary thresholds.",
        "2024-04-30",
        {"new overtime rule": "fr:89:32842"},
    ),
    # made up: no word calls it new, the latest version at the date is meant
    (
        "Employers still follow the overtime rule's salary threshold of $35,568.",
        "2023-06-15",
        {"overtime rule": "fr:84:51230"},
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), STALE + CURRENT)
def test_rule_version_by_date(text: str, date: str, want: dict[str, str | None]) -> None:
    got = regs(text, date)
    for phrase, authority in want.items():
        assert got.get(phrase) == authority, (phrase, got)


def test_headline_of_two_rules_does_not_pick_the_one_spelled_twice() -> None:
    # flpress, May 2024: the headline names overtime and independent contractors; the
    # description says overtime, and the article named the overtime rule already
    text = (
        "New Federal Agency Rules for Overtime, Independent Contractors, and Non-Compete "
        "Agreements\n\nDOL Overtime Rule Changes\n\nIn the last ebulletin, we provided a summary "
        "of the Department of Labor's (DOL) new final rule on wage and overtime requirements."
    )
    got = regs(text, "2024-05-22")
    assert got["the Department of Labor's (DOL) new final rule on wage"] == "fr:89:32842"


def test_a_statute_shared_by_many_rules_is_no_topic() -> None:
    # lexology, Apr. 2016: the SEC's swap dealer rules are not the Volcker Rule
    text = (
        "The SEC adopted final rules under Title VII of the Dodd-Frank Act implementing "
        "business conduct standards for security-based swap dealers."
    )
    assert "fr:79:5536" not in regs(text, "2016-04-15").values()


TITLES = [
    # lexology, Apr. 2016: a title of another act
    ("The SEC acted under Title VII of the Dodd-Frank Act on swaps.", "Title VII", None),
    # made up: the Civil Rights Act named after its title, the year first
    ("She sued under Title VII of the 1964 Civil Rights Act.", "Title VII", "usc:42:2000e"),
    # made up: the title alone
    ("Title VII bars discrimination at work.", "Title VII", "usc:42:2000e"),
]


@pytest.mark.parametrize(("text", "phrase", "authority"), TITLES)
def test_title_of_another_law(text: str, phrase: str, authority: str | None) -> None:
    assert statutes(text).get(phrase) == authority
