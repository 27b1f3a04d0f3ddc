"""Back-reference chains for rules and rulings, twenty-seventh session (branch s27-anaph;
census36 P5, P6, P14, P10, P2): "the rules" told again after rulings and cases; a year that
agrees with the one rule's; sentences of our own in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions

_FILLER = (
    "Lawyers for the chamber said the appeal raised questions the court had not settled, "
    "and several trade groups filed briefs in support of the challengers over the summer. "
)


def _regs(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


# --- P5: "the rules" after rulings and cases ----------------------------------------------


def _joint_employer(between: str) -> str:
    return (
        "The NLRB issued the Standard for Determining Joint Employer Status in October. "
        + _FILLER * 5
        + between
        + "Business groups had asked the judge to vacate the rules before they took effect."
    )


def test_the_rules_far_after_the_one_rule_named_take_it_past_a_ruling() -> None:
    text = _joint_employer(
        "A federal judge in Tyler, Texas, ruled on Friday that the board had exceeded its "
        "power under the National Labor Relations Act. "
    )
    assert ("the rules", "fr:88:73946") in _regs(text, "2024-03-20")


def test_the_rules_in_an_idiom_are_no_rule() -> None:
    text = (
        "The NLRB issued the Standard for Determining Joint Employer Status in October. "
        + _FILLER * 5
        + "Critics said the board had decided to change the rules of the game for franchises."
    )
    assert not any(t == "the rules" for t, _ in _regs(text, "2024-03-20"))


def test_the_rules_after_other_rules_told_since_take_nothing() -> None:
    text = _joint_employer(
        "Under the rules of the House, the bill to undo it could not come to a vote. "
    )
    assert not any(t == "the rules" for t, _ in _regs(text, "2024-03-20"))


def test_the_rules_committee_is_no_rule() -> None:
    text = (
        "The NLRB issued the Standard for Determining Joint Employer Status in October. "
        + _FILLER * 5
        + "A resolution to undo it went to the rules committee on Tuesday."
    )
    assert not any(t.startswith("the rules") for t, _ in _regs(text, "2024-03-20"))


def test_the_rules_before_the_rule_is_named_take_nothing() -> None:
    text = (
        "Companies have fought over the rules for years. "
        + _FILLER * 5
        + "The NLRB issued the Standard for Determining Joint Employer Status in October."
    )
    assert not any(t == "the rules" for t, _ in _regs(text, "2024-03-20"))


def test_the_year_rules_agreeing_with_the_rules_year() -> None:
    text = (
        "The FTC adopted the Non-Compete Clause Rule last spring. "
        + _FILLER * 5
        + "A federal judge in Dallas ruled on Tuesday that the agency had exceeded its "
        "power. The commission now says it may rewrite the 2024 rules after the election."
    )
    assert ("the 2024 rules", "fr:89:38342") in _regs(text, "2024-09-20")


def test_the_year_rules_of_another_year_take_nothing() -> None:
    text = (
        "The FTC adopted the Non-Compete Clause Rule last spring. "
        + _FILLER * 5
        + "A federal judge in Dallas ruled on Tuesday that the agency had exceeded its "
        "power. The commission now says it may go back to the 2019 rules after the election."
    )
    assert not any("2019" in t for t, _ in _regs(text, "2024-09-20"))


# --- P2: a back-reference whose own words say the rule is a proposal ------------------------


def test_the_rule_we_are_proposing_is_not_the_final_rule_named_before() -> None:
    text = (
        "The FTC said it would rescind the Non-Compete Clause Rule and write a narrower "
        "one. “The rule we are proposing today protects workers,” the chair said."
    )
    found = _regs(text, "2025-09-20")
    assert not any(t.startswith("The rule") for t, _ in found)


def test_the_rule_with_no_proposal_in_its_words_still_refers_back() -> None:
    text = (
        "The FTC said it would defend the Non-Compete Clause Rule in court. “The rule we "
        "adopted protects workers,” the chair said."
    )
    assert ("The rule", "fr:89:38342") in _regs(text, "2024-09-20")


# --- P10: "that" after a verb of saying is no determiner --------------------------------------


def test_that_after_believes_before_a_plural_is_no_back_reference() -> None:
    text = (
        "The FTC defended the Non-Compete Clause Rule in court. The agency believes that "
        "simpler regulations in line with the statute would reduce litigation."
    )
    found = _regs(text, "2024-09-20")
    assert not any(t.startswith("that") for t, _ in found)


def test_that_rule_as_a_demonstrative_still_refers_back() -> None:
    text = (
        "The FTC defended the Non-Compete Clause Rule in court. Business groups sued to "
        "block that rule in April."
    )
    assert ("that rule", "fr:89:38342") in _regs(text, "2024-09-20")


# --- P10: "with Judge X ordering that" inside a sentence that tells the ruling ----------------


def _rulings(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def test_with_judge_ordering_after_the_ruling_in_its_sentence_is_no_second_ruling() -> None:
    text = (
        "U.S. District Judge Jane Roe of the Northern District of Texas blocked the rule in "
        "July. The ruling widened an earlier injunction with Judge Roe ordering that the rule "
        "be set aside nationwide."
    )
    found = _rulings(text, "2024-08-21")
    assert not any(t.startswith("Judge Roe ordering") for t, _ in found)
    assert any(t.startswith("U.S. District Judge Jane Roe") for t, _ in found)


def test_with_judge_blocking_with_no_ruling_before_is_a_ruling() -> None:
    text = (
        "U.S. District Judge Jane Roe of the Northern District of Texas heard the case in "
        "May. The rule was to take effect in September, with Judge Roe blocking it in August."
    )
    found = _rulings(text, "2024-08-21")
    assert any(t.startswith("Judge Roe blocking") for t, _ in found)


# --- P14: "the one AGENCY adopted in YEAR" after a rule word --------------------------------


def test_the_one_the_agency_adopted_in_a_year_is_that_version_of_the_rule() -> None:
    text = (
        "The Labor Department moved to withdraw the 2024 independent contractor rule and "
        "write a rule much like the one the DOL adopted in 2021, officials said."
    )
    assert ("the one the DOL adopted in 2021", "fr:86:1168") in _regs(text, "2025-05-01")


def test_the_one_another_agency_adopted_is_not_a_version_of_the_rule() -> None:
    text = (
        "The Labor Department moved to withdraw the 2024 independent contractor rule and "
        "write a rule much like the one the FCC adopted in 2021, officials said."
    )
    assert not any(t.startswith("the one") for t, _ in _regs(text, "2025-05-01"))


# --- P6: a modifier between the determiner and the head -------------------------------------


def _kinds(text: str, date: str | None, kind: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == kind]


def test_the_presidents_administrations_executive_order_refers_back() -> None:
    text = (
        "Unions sued over Executive Order 14251 in April. The Trump administration's "
        "executive order removed bargaining rights at a dozen agencies."
    )
    found = _kinds(text, "2025-04-26", "executive-action")
    assert ("The Trump administration's executive order", "eo:14251") in found


def test_another_presidents_administrations_order_takes_nothing() -> None:
    text = (
        "Unions sued over Executive Order 14251 in April. The Obama administration's "
        "executive order had granted those rights years ago."
    )
    found = _kinds(text, "2025-04-26", "executive-action")
    assert not any(t.startswith("The Obama") for t, _ in found)


def test_the_old_ban_is_the_ban_its_mentions_tell_decades_old() -> None:
    text = (
        "The Wisconsin Supreme Court ruled that the state's 1849 abortion ban was repealed by "
        "later statutes. A county prosecutor had sought to enforce the old ban in 2022."
    )
    found = _kinds(text, "2025-07-02", "statute")
    assert ("the old ban", "state:wi:stat:940.04") in found


def test_the_old_ban_after_a_ban_told_only_as_new_takes_nothing() -> None:
    text = (
        "The Wisconsin Supreme Court ruled that the state's 1849 abortion ban was repealed by "
        "later statutes. Lawmakers then passed a new ban, Assembly Bill 975, which replaces "
        "the old ban."
    )
    found = _kinds(text, "2025-07-02", "statute") + _kinds(text, "2025-07-02", "bill")
    assert ("the old ban", "state:wi:bill:ab975") not in found


def test_the_law_after_a_power_to_enact_a_law_is_the_bill_named() -> None:
    text = (
        "A county judge upheld Ohio's House Bill 68 on Tuesday. “This case is about the "
        "legislature's authority to enact a law to protect children. The law simply says "
        "not yet,” a spokesperson said."
    )
    found = _kinds(text, "2024-08-07", "statute") + _kinds(text, "2024-08-07", "bill")
    assert ("The law", "state:oh:bill:hb68") in found


def test_the_law_after_a_new_law_told_between_takes_nothing() -> None:
    text = (
        "A county judge upheld Ohio's House Bill 68 on Tuesday. Lawmakers now plan to "
        "enact a law to protect student athletes. The law would take effect next year."
    )
    found = _kinds(text, "2024-08-07", "statute") + _kinds(text, "2024-08-07", "bill")
    assert not any(t == "The law" for t, _ in found)


def test_the_one_adopted_in_a_year_without_its_agency() -> None:
    text = (
        "The Labor Department moved to withdraw the 2024 independent contractor rule and "
        "write a rule similar to the one adopted in 2021, officials said."
    )
    assert ("the one adopted in 2021", "fr:86:1168") in _regs(text, "2025-05-01")


def test_the_presidents_sweeping_order_refers_back() -> None:
    text = (
        "Unions sued over Executive Order 14251 in April. The president's sweeping order "
        "removed bargaining rights at a dozen agencies."
    )
    found = _kinds(text, "2025-04-26", "executive-action")
    assert ("The president's sweeping order", "eo:14251") in found


def test_with_a_judge_named_first_there_blocking_is_his_own_ruling() -> None:
    text = (
        "U.S. District Judge Jane Roe of the Northern District of Texas blocked the rule in "
        "July. The ruling came a week after another injunction, with U.S. District Judge "
        "Sam Poe in Maryland blocking the rule for federal contractors."
    )
    found = _rulings(text, "2024-08-21")
    assert any("Poe" in t for t, _ in found)
