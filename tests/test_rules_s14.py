"""Fourteenth session (branch s14-rules): rules news tells by agency and topic whose rows the
table lacked (each row's Federal Register citation checked on a printing of it), agencies whose
names alone did not tell a rule of theirs, and a plain "the rule" after a proposed rule.
Every sentence here is made up, in the shapes news writes."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str | None) -> set[tuple[str, str | None]]:
    return {(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"}


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # two versions of one rule: the article's date picks the later, the year the earlier
        (
            "The Environmental Protection Agency last fall finalized a rule on water quality "
            "certification that gives states more say over pipelines. The 2020 rule had "
            "narrowed what states could review.",
            "2024-03-01",
            {
                ("a rule on water quality certification", "fr:88:66558"),
                ("The 2020 rule", "fr:85:42210"),
            },
        ),
        (
            "Oil companies cheered when the EPA's water quality certification rule took "
            "effect, saying it would speed up pipeline projects.",
            "2021-02-01",
            {("water quality certification rule", "fr:85:42210")},
        ),
        # a proposal told by its agency and topic
        (
            "In 2023 the Energy Department proposed a rule setting efficiency standards for "
            "gas stoves. Critics called it a gas stove ban.",
            "2023-03-01",
            {("a rule", "fr:88:6818")},
        ),
        # the agency's year and topic words: the 2016 version, not the 2024 one
        (
            "The Bureau of Land Management's 2016 methane rule limited venting and flaring "
            "on federal lands.",
            "2025-01-10",
            {("The Bureau of Land Management's 2016 methane rule", "fr:81:83008")},
        ),
        (
            "The IRS finalized a rule fixing the family glitch, letting more relatives of "
            "workers qualify for subsidies.",
            "2022-10-20",
            {("a rule", "fr:87:61979")},
        ),
    ],
)
def test_new_rows_by_agency_and_topic(text: str, date: str, want: set[tuple[str, str]]) -> None:
    assert want <= regs(text, date)


def test_payday_revocation_is_not_the_2017_rule() -> None:
    # the rule that undoes the 2017 rule's underwriting provisions
    text = (
        "The CFPB in 2020 issued a rule rescinding the ability-to-repay requirements of its "
        "payday lending rule."
    )
    got = regs(text, "2020-08-01")
    assert not any(a == "fr:85:44382" and "payday lending rule" in t for t, a in got)


def test_noaa_named_tells_its_rule() -> None:
    text = (
        "NOAA's proposed vessel speed rule would widen the zones where large boats must slow "
        "down to protect right whales."
    )
    assert ("proposed vessel speed rule", "fr:87:46921") in regs(text, "2023-01-15")


def test_plain_the_rule_after_a_proposed_rule() -> None:
    # "the rule" in the next sentence is the proposal, not the final rule of another
    # paragraph the article named more often
    text = (
        "The EPA last fall finalized a rule on water quality certification. The rule "
        "restores state authority. The regulation took effect in November.\n\n"
        "Separately, NOAA's proposed vessel speed rule would widen the zones where boats "
        "must slow down to protect right whales. Fishing groups have fought the rule."
    )
    got = regs(text, "2024-03-01")
    assert ("the rule", "fr:87:46921") in got
    assert ("the rule", "fr:88:66558") not in got


def test_final_rule_never_refers_to_a_proposal() -> None:
    text = (
        "NOAA's proposed vessel speed rule would widen the zones where boats must slow "
        "down to protect right whales. The final rule is expected next year."
    )
    got = regs(text, "2023-01-15")
    assert ("The final rule", "fr:87:46921") not in got


def test_new_requirement_of_an_agency_is_its_rule() -> None:
    text = "The FTC's new noncompete requirement would reach millions of workers."
    assert ("The FTC's new noncompete requirement", "fr:89:38342") in regs(text, "2024-05-02")


def test_plain_requirements_of_an_agency_are_no_rule() -> None:
    # a provision of some rule, not a rule the article names
    text = "Companies must follow the SEC's disclosure requirements when they file."
    assert not any("requirements" in t for t, _ in regs(text, "2024-05-02"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a defined term's capital, and the year after the rule word
        (
            "The Labor Department finalized a rule on overtime pay last spring.\n\n"
            "Rules adopted in 2016 raised the salary threshold, but the 2016 Rule was struck "
            "down.",
            {("Rules adopted in 2016", "fr:81:32391"), ("the 2016 Rule", "fr:81:32391")},
        ),
        (
            "The Labor Department finalized a rule on overtime pay last spring. It had raised "
            "the threshold once before, in a rule it issued in 2019.",
            {("a rule it issued in 2019", "fr:84:51230")},
        ),
        (
            "The Labor Department's overtime rule was blocked. The 2019 Final Rule remains "
            "in force.",
            {("The 2019 Final Rule", "fr:84:51230")},
        ),
    ],
)
def test_versions_by_year(text: str, want: set[tuple[str, str]]) -> None:
    assert want <= regs(text, "2024-11-20")


def test_a_year_no_version_has_is_left_alone() -> None:
    text = "The Labor Department's overtime rule was blocked. Rules adopted in 2011 still apply."
    assert not any(t.startswith("Rules adopted") for t, _ in regs(text, "2024-11-20"))


def test_an_agency_order_told_by_its_name() -> None:
    text = (
        "The Federal Communications Commission issued an order restoring net neutrality "
        "protections for broadband customers."
    )
    assert ("an order", "fr:89:45404") in regs(text, "2024-05-02")


def test_the_commission_is_the_agency_named_before() -> None:
    text = (
        "The Federal Communications Commission met on Thursday. The commission then adopted "
        "an order bringing back net neutrality for broadband providers."
    )
    assert ("an order", "fr:89:45404") in regs(text, "2024-05-02")


def test_an_order_told_only_by_topic_words_is_left_alone() -> None:
    # the agency's orders are many, the table holds some: topic words tell none of them
    text = (
        "The Federal Communications Commission issued an order classifying broadband as a "
        "telecommunications service."
    )
    assert not any(t == "an order" for t, _ in regs(text, "2024-05-02"))


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge issued an order blocking the broadband policy.",
        "The FCC approved an order on broadcast ownership caps.",  # no row fits
    ],
)
def test_orders_no_agency_row_fits_are_left_alone(text: str) -> None:
    assert not any(t == "an order" for t, _ in regs(text, "2024-05-02"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Labor Department's overtime rule and the Federal Trade Commission's "
            "noncompete rule both drew lawsuits this year. Business groups said the FTC had no "
            "power to act. The rule would have raised the salary threshold for four million "
            "workers.",
            "fr:89:32842",
        ),
        (
            "The Federal Trade Commission's noncompete rule and the Labor Department's "
            "overtime rule both drew lawsuits this year. The rule would have barred employers "
            "from using noncompete agreements.",
            "fr:89:38342",
        ),
    ],
)
def test_the_rule_whose_words_its_sentence_holds(text: str, want: str) -> None:
    # two rules named before: "the rule" is the one its own sentence tells
    assert ("The rule", want) in regs(text, "2024-11-20")


def test_the_rule_with_no_telling_words_stays_ambiguous() -> None:
    text = (
        "The Labor Department's overtime rule and the Federal Trade Commission's noncompete "
        "rule both drew lawsuits this year. The rule was blocked in August."
    )
    assert not any(t == "The rule" for t, _ in regs(text, "2024-11-20"))


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        (
            "The VA's abortion rule lets its doctors provide abortions in some cases.",
            "2024-05-01",
            ("The VA's abortion rule", "fr:89:15451"),
        ),
        (
            "The Food and Nutrition Service's new rule on school meals limits added sugars.",
            "2024-05-01",
            None,
        ),
    ],
)
def test_agencies_with_rows_named_with_a_rule(
    text: str, date: str, want: tuple[str, str] | None
) -> None:
    got = regs(text, date)
    if want is not None:
        assert want in got
    else:
        assert any(a == "fr:89:31962" for _, a in got)


def test_a_state_abbreviation_is_no_agency() -> None:
    assert not regs("Richmond, VA rules allow outdoor dining on sidewalks.", "2024-05-01")


def test_a_new_federal_rule_named_by_its_description() -> None:
    # no agency named: a federal rule whose description names the rule
    text = (
        "A judge in Texas blocked a new federal rule that would expand overtime pay for "
        "salaried workers."
    )
    assert any(a == "fr:89:32842" for _, a in regs(text, "2024-11-16"))


def test_a_federal_rule_told_only_by_topic_words_is_left_alone() -> None:
    text = "A judge in Texas blocked a new federal rule that would expand pay for salaried workers."
    assert not regs(text, "2024-11-16")


def test_expedited_removal_expansion_by_date() -> None:
    # the 2019 and 2025 designations are versions: the article's date picks one
    text = "Advocates sued over the DHS rule expanding expedited removal, saying it skips hearings."
    phrase = "the DHS rule expanding expedited removal"
    assert (phrase, "fr:90:8139") in regs(text, "2025-03-01")
    assert (phrase, "fr:84:35409") in regs(text, "2019-09-01")
