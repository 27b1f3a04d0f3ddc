"""Rules of 2025-2026 (the twelfth session's rows): a repeal or rescission is its own row and
never takes the rule it undoes; a proposal is not the final rule. Sentences of our own in the
shapes of real pages (a consumer group's statement and a trade group's note on the nursing
home staffing repeal, December 2025; law-firm alerts on the Public Lands Rule and MATS,
2025-2026; trucking and farm press on the CDL and H-2A wage rules, autumn 2025)."""

from __future__ import annotations

from conftest import mentions


def regs(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "regulation"}


def test_interim_final_rule_rescinding_the_staffing_rule_is_the_repeal() -> None:
    text = (
        "On Tuesday the Centers for Medicare & Medicaid Services issued an interim final rule "
        "rescinding part of the minimum staffing rule for nursing homes."
    )
    got = regs(text, "2025-12-03")
    assert got["an interim final rule"] == "fr:90:55687"
    assert got["minimum staffing rule"] == "fr:89:40876"


def test_the_staffing_rule_itself_is_still_the_2024_rule() -> None:
    text = (
        "Nursing homes had until 2026 to meet the CMS minimum staffing rule, which requires a "
        "registered nurse on site around the clock."
    )
    assert regs(text, "2025-12-10")["minimum staffing rule"] == "fr:89:40876"


def test_repeal_of_the_staffing_standards_by_its_alias() -> None:
    text = "Providers welcomed the repeal of the minimum staffing standards this week."
    assert "fr:90:55687" in regs(text, "2025-12-05").values()


def test_repeal_row_never_before_its_printing() -> None:
    text = "CMS issued an interim final rule rescinding part of the minimum staffing rule."
    assert "fr:90:55687" not in regs(text, "2025-01-10").values()


def test_public_lands_rule_is_not_its_rescission() -> None:
    text = "The Bureau of Land Management's Public Lands Rule made conservation a use of land."
    assert list(regs(text, "2026-06-01").values()) == ["fr:89:40308"]


def test_rescission_of_the_public_lands_rule_final() -> None:
    text = (
        "Interior published the rescission of the Public Lands Rule in May, ending the "
        "conservation leases the 2024 rule created."
    )
    assert "fr:91:25787" in regs(text, "2026-05-20").values()


def test_non_domiciled_cdl_interim_final_rule() -> None:
    text = (
        "The Federal Motor Carrier Safety Administration's non-domiciled CDL rule limits which "
        "immigrants may hold commercial driver's licenses."
    )
    assert "fr:90:46509" in regs(text, "2025-10-15").values()


def test_h2a_wage_interim_final_rule_not_the_farmworker_protection_rule() -> None:
    text = (
        "Growers praised the Labor Department's AEWR rule, which lowers the adverse effect wage "
        "rate paid to H-2A workers."
    )
    got = regs(text, "2025-10-20")
    assert "fr:90:47914" in got.values()
    assert "fr:89:33898" not in got.values()


def test_farmworker_protection_rule_still_the_2024_rule() -> None:
    text = "A judge blocked the Farmworker Protection Rule in Georgia and Kentucky."
    assert regs(text, "2025-08-01")["Farmworker Protection Rule"] == "fr:89:33898"


def test_mats_update_is_not_the_repeal() -> None:
    text = "Utilities had challenged the 2024 MATS update in the D.C. Circuit."
    got = regs(text, "2026-03-10")
    assert "fr:91:9088" not in got.values()
    assert "fr:90:25535" not in got.values()


def test_proposed_rule_entitled_unquoted_title_is_the_proposal() -> None:
    # a law-firm blog's shape: the proposal's whole Federal Register title, unquoted, after
    # "proposed rule, entitled" (its words hold another rule's alias, "2009 Endangerment
    # Finding", which must not cut the title short)
    text = (
        "On July 29, 2025, the EPA released an additional proposed rule, entitled "
        "Reconsideration of 2009 Endangerment Finding and Greenhouse Gas Vehicle Standards, "
        "published in the Federal Register on August 1."
    )
    got = regs(text, "2025-08-15")
    assert (
        got["Reconsideration of 2009 Endangerment Finding and Greenhouse Gas Vehicle Standards"]
        == "fr:90:36288"
    )
    assert "fr:74:66496" not in got.values()


def test_proposed_rule_then_unquoted_plain_words_not_a_title() -> None:
    text = "The agency issued a proposed rule, called by critics a giveaway, on Friday."
    assert "fr:90:36288" not in regs(text, "2025-08-15").values()


def test_2024_carbon_pollution_standards_is_the_2024_power_plant_rule() -> None:
    text = (
        "The proposal would rescind the 2024 Carbon Pollution Standards (CPS), which required "
        "carbon capture at some coal plants."
    )
    assert "fr:89:39798" in regs(text, "2025-06-20").values()


def test_proposed_public_charge_rescission_only_when_told_proposed() -> None:
    text = "DHS published a proposed rule rescinding the 2022 public charge rule on Wednesday."
    got = regs(text, "2025-11-20")
    assert got["a proposed rule"] == "fr:90:52168"  # the rescinding proposal
    assert "fr:87:55472" in got.values()  # the rule undone, named
    plain = "Green card applicants are judged under the 2022 public charge rule."
    assert list(regs(plain, "2025-12-01").values()) == ["fr:87:55472"]


def test_safe_iii_proposal_told_proposed() -> None:
    text = "NHTSA's proposed SAFE III rule would cut the 2031 fuel economy target to 34.5 mpg."
    assert "fr:90:56438" in regs(text, "2025-12-10").values()
