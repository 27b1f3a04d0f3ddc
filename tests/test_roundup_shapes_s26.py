"""Shapes the open set dev31 showed (twenty-sixth session): state bills in a round-up of
several states, a rule a commission "voted to approve", a one-word short name of a Supreme
Court case, a caption party defined as a possessive, an act's section by the Code's
crosswalk, a heading that sets two words against each other. Made-up text of the same
shapes."""

from __future__ import annotations

from conftest import article
from linker.scanner import scan


def _found(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in scan(article(text))}


def _names(text: str) -> dict[str, str | None]:
    return {m.text: m.name for m in scan(article(text))}


ROUNDUP = (
    "As the season goes on, privacy proposals keep moving. Since our last note, Oregon "
    "amended its privacy law with the passage of HB 210 and Nevada introduced a bill (AB 77) "
    "to amend its privacy act. While proposals in Alabama (SB 58), Georgia (HB 311), and New "
    "Mexico (HB 9) keep moving, others will die. We are also watching Massachusetts’ "
    "Privacy Act closely."
)


def test_each_bill_of_a_roundup_takes_its_own_states_clause() -> None:
    found = _found(ROUNDUP)
    assert found["HB 210"] == "state:or:bill:hb210"
    assert found["AB 77"] == "state:nv:bill:ab77"


def test_a_state_then_its_bill_number_in_brackets() -> None:
    found = _found(ROUNDUP)
    assert found["SB 58"] == "state:al:bill:sb58"
    assert found["HB 311"] == "state:ga:bill:hb311"
    assert found["HB 9"] == "state:nm:bill:hb9"


def test_a_clause_opening_on_in_state() -> None:
    found = _found("In Ohio, HB 68 passed, while in Utah, SB 16 failed. Massachusetts’ law stands.")
    assert found["HB 68"] == "state:oh:bill:hb68"
    assert found["SB 16"] == "state:ut:bill:sb16"


def test_no_state_for_sure_in_a_sentence_of_several_states_gives_nothing() -> None:
    # the nearest state is named as another's law, not as this bill's maker, and the
    # article's own lawmaker (Massachusetts) is not in the sentence: no guess
    found = _found(
        "Ohio lawmakers, citing Florida's law, passed HB 3 this year. Massachusetts’ "
        "lawmakers are watching."
    )
    assert "HB 3" not in found


def test_maine_numbers_its_bills_as_documents_and_papers() -> None:
    found = _found("Maine lawmakers took up a data broker bill (LD 1422/SP 588) this week.")
    assert found["LD 1422"] == "state:me:bill:ld1422"
    assert found["SP 588"] == "state:me:bill:sp588"


def test_paper_letters_without_maine_in_the_sentence_are_no_bill() -> None:
    found = _found("Maine has a new law. The HP 710 printer is cheap, and LD 12 is a code.")
    assert "HP 710" not in found and "LD 12" not in found


NONCOMPETE = (
    "On March 3, 2024, by a vote of 4-1, the Federal Trade Commission (FTC) voted to "
    "approve a final rule effectively barring employers from imposing non-compete "
    "agreements on their staff, with narrow exceptions (the “Rule”). The Rule was to take "
    "effect in September. A judge later held that the Rule is unlawful."
)


def test_a_rule_a_commission_voted_to_approve_and_the_term_it_defines() -> None:
    found = [(m.text, m.authority) for m in scan(article(NONCOMPETE))]
    assert ("a final rule", "fr:89:38342") in found
    assert ("The Rule", "fr:89:38342") in found
    assert ("the Rule", "fr:89:38342") in found


CHEVRON = (
    "We wrote earlier about the two joined cases (Loper Bright and Relentless), in which the "
    "Supreme Court ended the Chevron doctrine. After Loper Bright and Relentless, courts "
    "decide what statutes mean."
)


def test_the_companion_case_by_its_one_word_short_name() -> None:
    names = [(m.text, m.name) for m in scan(article(CHEVRON))]
    assert names.count(("Relentless", "Relentless, Inc. v. Department of Commerce")) == 2


def test_an_adjective_opening_a_sentence_is_no_short_name() -> None:
    text = CHEVRON + "\n\nRelentless pressure from lawmakers followed the decision."
    found = [m for m in scan(article(text)) if m.text == "Relentless"]
    assert len(found) == 2 and all(m.start < len(CHEVRON) for m in found)


def test_a_party_defined_as_a_possessive_keeps_the_agencys_initials() -> None:
    names = _names(
        "In the Ninth Circuit's opinion in Pacific Growers Association v. FTC, which vacated "
        "the Federal Trade Commission’s (FTC) labeling rule, the court ruled for the growers."
    )
    assert names["Pacific Growers Association v. FTC"] == "Pacific Growers Association v. FTC"


def test_an_acts_section_by_the_codes_crosswalk() -> None:
    found = _found(
        "Utilities say that Section 1412 of the Safe Drinking Water Act requires the agency to "
        "take comment first. Under section 1414 of the SDWA, states enforce the rules."
    )
    assert found["Section 1412 of the Safe Drinking Water Act"] == "usc:42:300g-1"
    assert found["section 1414 of the SDWA"] == "usc:42:300g-3"


def test_a_heading_setting_two_sides_against_each_other_is_no_case() -> None:
    found = _found(
        "What the ruling means for the law:\n"
        "Federal vs. State Authority: The outcome may settle who regulates clinics.\n"
        "Public v. Private Schools: The ruling may also reach vouchers. The court cited "
        "State v. Smith."
    )
    assert "Federal vs. State Authority" not in found
    assert "Public v. Private Schools" not in found
    assert "State v. Smith" in found


def test_that_litigation_is_the_suit_just_told_though_its_sentence_names_an_older_ones_party() -> (
    None
):
    text = (
        "In Valley Growers, Inc. v. FTC, the court set aside the Rule under the FTC Act. The "
        "court did not reach the other claims. Still, the FTC keeps pressing enforcement cases "
        "under its general powers. For example, a trial is set for 2027 in the FTC’s case "
        "against Amazon, which says the company made its Prime program hard to cancel. That "
        "litigation may clarify the FTC’s power under the FTC Act."
    )
    refs = [m for m in scan(article(text)) if m.text == "That litigation"]
    assert [m.name for m in refs] == ["Federal Trade Commission v. Amazon.com, Inc."]


def test_a_veto_overridden_is_a_lawmaking_clause_too() -> None:
    found = _found(
        "Kansas lawmakers overrode the veto of HB 2238, and Missouri passed Senate Bill 39 the "
        "same week."
    )
    assert found["HB 2238"] == "state:ks:bill:hb2238"
    assert found["Senate Bill 39"] == "state:mo:bill:sb39"


def test_rules_told_with_their_abbreviation_in_brackets_before_what_they_do() -> None:
    found = _found(
        "On May 2, 2025, the Environmental Protection Agency (EPA) asked the D.C. Circuit to "
        "vacate the agency's own drinking water standards (MCLs) for three PFAS chemicals."
    )
    assert (
        found["the agency's own drinking water standards (MCLs) for three PFAS chemicals"]
        == "fr:89:32532"
    )


def test_in_an_appeals_courts_opinion_in_a_case_is_that_courts_ruling() -> None:
    found = [
        (m.text, m.kind, m.court)
        for m in scan(
            article(
                "In the Ninth Circuit’s recent opinion in Pacific Growers Association v. FTC, "
                "which set aside the FTC's labeling rule, the court signaled a new approach."
            )
        )
    ]
    assert ("the Ninth Circuit’s recent opinion", "ruling", "ca9") in found
    assert ("Pacific Growers Association v. FTC", "case", None) in found
