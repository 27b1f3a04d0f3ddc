"""Which version of a rule an article means when the page has no date (twenty-third session):
"the previous/prior … rule" is the version before the one named before it, "under President
X's first term" asks for that term, a year right after the name ("the overtime rule from
2019") or opening the sentence of its making ("In 2019 the department issued its final
overtime rule") names the version, an undated page's soft date narrows the versions it may
mean, and a plain description is never a rule that only undoes another. Sentences of our own
in the shapes of real pages (no date given: the pages reach linker undated)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import mentions

OT_2016 = "fr:81:32391"
OT_2019 = "fr:84:51230"
OT_2024 = "fr:89:32842"
IC_2021 = "fr:86:1168"
IC_2024 = "fr:89:1638"


def _regs(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def test_the_previous_rule_is_the_version_before_the_one_named() -> None:
    text = (
        "In 2019 the Labor Department issued its final overtime rule, which replaced the "
        "previous overtime rule."
    )
    assert _regs(text) == [("final overtime rule", OT_2019), ("overtime rule", OT_2016)]


def test_without_previous_the_second_mention_is_the_same_version() -> None:
    text = (
        "In 2019 the Labor Department issued its final overtime rule. Employers said the "
        "overtime rule was easier to follow."
    )
    assert [a for _, a in _regs(text)] == [OT_2019, OT_2019]


def test_prior_with_an_administration_s_first_term() -> None:
    text = (
        "In 2024 the Labor Department issued its final independent contractor rule, which "
        "replaced the prior independent contractor rule published under President Trump's "
        "first term."
    )
    assert _regs(text) == [
        ("final independent contractor rule", IC_2024),
        ("independent contractor rule", IC_2021),
    ]


def test_the_previous_rule_with_no_version_named_before_takes_no_version() -> None:
    # the date would pick the 2024 version: that is the current rule, not a previous one
    text = "Employers still follow the previous overtime rule, lawyers said."
    assert _regs(text, "2025-03-01") == [("overtime rule", "cfr:29:541")]
    # without "previous" the date picks its version
    assert _regs(text.replace("previous ", ""), "2025-03-01") == [("overtime rule", OT_2024)]


def test_a_year_after_the_name_with_from_names_the_version() -> None:
    assert _regs("Business groups want the overtime rule from 2019 restored.") == [
        ("overtime rule", OT_2019)
    ]
    assert _regs("Business groups want the overtime rule restored.") == [
        ("overtime rule", "cfr:29:541")
    ]


def test_an_undated_page_s_soft_date_narrows_the_versions() -> None:
    text = (
        "In March 2017, a federal judge's order kept the Labor Department's overtime rule on hold."
    )
    found = [m for m in mentions(text) if m.kind == "regulation"]
    assert [(m.text, m.authority) for m in found] == [("overtime rule", OT_2016)]
    assert "inferred date" in (found[0].evidence or "")
    # the same words with no date in them: no version
    bare = "A federal judge's order kept the Labor Department's overtime rule on hold."
    assert _regs(bare) == [("overtime rule", "cfr:29:541")]


def test_a_real_date_is_never_overridden_by_the_soft_date() -> None:
    text = (
        "In March 2017, a federal judge's order kept the Labor Department's overtime rule on hold."
    )
    assert _regs(text, "2024-08-01") != [("overtime rule", OT_2016)]


def test_a_plain_description_is_no_rule_that_only_undoes_another() -> None:
    text = (
        "Automakers sued over the EPA's vehicle emission standards, the toughest federal "
        "climate regulation for passenger cars."
    )
    found = _regs(text)
    assert not any(a == "fr:91:7686" for _, a in found)  # the 2026 endangerment rescission
    # words of undoing still find it
    undoing = (
        "Environmental groups sued over the EPA's rule rescinding the endangerment finding "
        "and vehicle greenhouse gas standards."
    )
    assert any(a == "fr:91:7686" for _, a in _regs(undoing, "2026-03-01"))


def test_the_soft_date_is_never_after_today() -> None:
    from linker.scanner.softdate import infer

    today = dt.date(2025, 5, 1)
    assert infer("The rule was finalized in June 2030.", today) is None
    assert infer("The rule was finalized in March 2025.", today) == ("2025-03-31", "March 2025")
    # a date set ahead of the story bounds nothing
    assert infer("The standard takes effect Jan. 1, 2024.", today) is None
    assert infer("In 2023, the standard will tighten again.", today) is None
    assert infer("On Jan. 5, 2024, the agency finalized the rule.", today) == (
        "2024-01-05",
        "Jan. 5, 2024",
    )


def test_a_version_named_before_wins_over_the_date_s_choice() -> None:
    text = (
        "A judge struck down the 2019 overtime rule on Friday. The overtime rule had raised "
        "the salary threshold."
    )
    assert [a for _, a in _regs(text, "2025-06-01")] == [OT_2019, OT_2019]
    # with two versions named before, the date's choice stands
    two = (
        "The 2019 overtime rule replaced the 2016 overtime rule. Employers said the overtime "
        "rule was easier to follow."
    )
    assert [a for _, a in _regs(two, "2025-06-01")][-1] == OT_2024


def test_this_year_with_its_year_anchors_an_undated_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from linker.scanner import softdate
    from linker.scanner.softdate import bound, this_year

    today = dt.date(2026, 12, 6)
    monkeypatch.setattr(softdate, "_today", lambda: today)
    assert this_year("This year, 2025, has seen a flood of suits.", today) == 2025
    # a law's title year and a sentence without a year are no anchor
    assert this_year("Lawmakers passed the Clean Dockets Act of 2025 this year.", today) is None
    assert this_year("The court heard the case this year. In 2019 it ruled.", today) is None
    # the anchor ends the bound at its year's end, when no later date is told
    assert bound(("2024-03-31", "March 2024"), 2024) == "2024-12-31"
    assert bound(("2024-03-31", "March 2024"), None) == "2026-03-31"
    assert bound(None, 2024) == "2024-12-31"


def test_this_year_picks_the_version_of_an_undated_page() -> None:
    text = (
        "This year, 2017, a federal judge's order kept the Labor Department's overtime rule "
        "on hold."
    )
    found = [m for m in mentions(text) if m.kind == "regulation"]
    assert [(m.text, m.authority) for m in found] == [("overtime rule", OT_2016)]
    assert "this year (2017)" in (found[0].evidence or "")
