"""Rules and acts by name variants, agency actions, and one id per article (issue 13,
sixteenth session, branch s16-rulesync). Every sentence is made up, in the shapes news prints."""

from __future__ import annotations

from conftest import mentions
from linker.scanner.namesync import key
from linker.scanner.phrases import hyphen_variants


def found(text: str, date: str | None = "2025-06-01") -> list[tuple[str, str, str | None, bool]]:
    return [(m.text, m.kind, m.authority, m.anaphor) for m in mentions(text, date)]


def of(text: str, phrase: str, date: str | None = "2025-06-01") -> list[str | None]:
    """The ids of the mentions whose text is ``phrase``."""
    return [m.authority for m in mentions(text, date) if m.text == phrase]


# -- name variants ------------------------------------------------------------------------


def test_hyphen_variants() -> None:
    assert hyphen_variants("Non-Compete Clause Rule") == (
        "Non Compete Clause Rule",
        "Noncompete Clause Rule",
    )
    assert hyphen_variants("Clean Water Act") == ()
    assert hyphen_variants("Coal- and Oil-Fired") == ("Coal- and Oil Fired", "Coal- and Oilfired")


def test_rule_title_closed_up() -> None:
    text = "The trade commission's Noncompete Clause Rule took effect in the fall for most firms."
    assert of(text, "Noncompete Clause Rule") == ["fr:89:38342"]


def test_rule_title_lower_case_after_hyphen() -> None:
    text = "Employers fought the FTC Non-compete Clause Rule from the day it was printed."
    assert of(text, "Non-compete Clause Rule") == ["fr:89:38342"]


def test_act_name_spaced_and_lower_case_act() -> None:
    text = (
        "Auditors said the Sarbanes Oxley Act shaped boards for years, and the union cited "
        "the Fair Labor Standards act in its complaint."
    )
    assert of(text, "Sarbanes Oxley Act") == ["publ:107-204"]
    assert of(text, "Fair Labor Standards act") == ["usc:29:201"]


def test_lower_case_act_as_a_noun_stays_plain() -> None:
    text = "Critics called the Fair Labor Standards act of defiance a stunt by the mayor's office."
    assert of(text, "Fair Labor Standards act") == []


def test_a_lower_case_word_inside_a_name_is_still_no_name() -> None:
    # only a capital after a hyphen, or an act's last word, may be printed in lower case
    text = "The parties signed a non-compete clause rule into the contract last spring."
    assert all(m.kind != "regulation" for m in mentions(text, "2025-06-01"))


# -- one name, one id ---------------------------------------------------------------------


def test_key_sets_spelling_aside() -> None:
    assert key("Sand-Stone Setback Rule") == key("Sandstone  setback rule")
    assert key("Negative Option Rule (click-to-cancel rule)") == key("Negative-Option Rule")


def test_name_only_rule_takes_the_id_of_the_article() -> None:
    text = (
        "The Federal Trade Commission finalized its click-to-cancel rule last year. The "
        "BRA Negative-Option Rule (the Rule) covers gym memberships. Businesses say the Rule "
        "costs too much."
    )
    got = found(text)
    assert ("BRA Negative-Option Rule", "regulation", "fr:89:90476", False) in got
    assert ("the Rule", "regulation", "fr:89:90476", True) in got


def test_name_only_rule_with_another_id_in_the_article_stays_a_name() -> None:
    # the only linked rule is another one: the name stays a search
    text = (
        "The Federal Trade Commission finalized its click-to-cancel rule last year. The "
        "Sandstone Setback Rule covers quarries."
    )
    assert of(text, "Sandstone Setback Rule") == [None]


def test_state_act_name_again_takes_the_bill_number() -> None:
    text = (
        "AUSTIN, Texas — Texas lawmakers passed Senate Bill 9, known as the Safe Rivers Act, in "
        "May. Gov. Greg Abbott signed the Safe Rivers Act in June."
    )
    assert of(text, "Safe Rivers Act", None) == ["state:tx:bill:sb9", "state:tx:bill:sb9"]


def test_appositive_law_name_after_a_bill_number() -> None:
    text = (
        "AUSTIN, Texas — The Texas House passed House Bill 812, also called Tamsin's Law, on "
        "Tuesday. Parents who pushed for Tamsin's Law wept in the gallery."
    )
    assert of(text, "Tamsin's Law", None) == ["state:tx:bill:hb812", "state:tx:bill:hb812"]


def test_appositive_description_is_no_name() -> None:
    text = (
        "AUSTIN, Texas — The Texas House passed House Bill 812, also called The New Law, on "
        "Tuesday."
    )
    assert of(text, "The New Law", None) == []


# -- the defined term inside a ruling clause ----------------------------------------------


def test_defined_term_is_cut_out_of_a_ruling() -> None:
    text = (
        "The Federal Trade Commission adopted the Non-Compete Clause Rule (the Rule) in April. "
        "A Texas judge set aside the Rule on Tuesday."
    )
    got = found(text, "2024-08-25")
    rulings = [t for t, kind, _a, _n in got if kind == "ruling"]
    assert rulings == ["A Texas judge set aside"]
    assert got.count(("the Rule", "regulation", "fr:89:38342", True)) == 2


def test_rule_of_law_stays_in_the_ruling() -> None:
    text = (
        "The Federal Trade Commission adopted the Non-Compete Clause Rule in April. A Texas "
        "judge cited the Rule of Lenity in ruling for the firms."
    )
    assert of(text, "the Rule", "2024-08-25") == []


# -- the agency's action told as a noun ---------------------------------------------------


REPEAL = (
    "The Interior Department finalized the rescission of the Public Lands Rule on Monday. "
    "Conservation groups said the repeal would harm habitat. The department's decision to "
    "rescind the protections drew lawsuits, and Interior's move to rescind was no surprise."
)


def test_action_nouns_refer_back_to_the_repeal() -> None:
    got = found(REPEAL, "2026-06-01")
    for phrase in (
        "the repeal",
        "The department's decision to rescind",
        "Interior's move to rescind",
    ):
        assert (phrase, "regulation", "fr:91:25787", True) in got


def test_action_nouns_need_a_repeal_rule() -> None:
    # the rule linked is not a repeal: "the repeal" says nothing of it
    text = (
        "The Federal Trade Commission finalized its click-to-cancel rule last year. Lawmakers "
        "debated the repeal of the estate tax."
    )
    assert of(text, "the repeal") == []


def test_a_law_makers_repeal_is_not_the_rules() -> None:
    text = (
        "The Interior Department finalized the rescission of the Public Lands Rule on Monday. "
        "Congress's decision to repeal the grazing law came later."
    )
    assert all("decision" not in m.text for m in mentions(text, "2026-06-01"))


def test_first_action_names_the_agencys_repeal() -> None:
    text = (
        "WASHINGTON — The Interior Department's decision to rescind the Public Lands Rule drew "
        "fire from conservation groups on Monday. The repeal takes effect in June."
    )
    got = found(text, None)
    assert (
        "The Interior Department's decision to rescind",
        "regulation",
        "fr:91:25787",
        False,
    ) in got
    assert ("The repeal", "regulation", "fr:91:25787", True) in got


def test_first_action_needs_the_rules_words() -> None:
    text = (
        "WASHINGTON — The Interior Department's decision to rescind a grazing fee waiver drew "
        "fire on Monday."
    )
    assert all(m.kind != "regulation" for m in mentions(text, None))


# -- a noun of the rule's own name --------------------------------------------------------


def test_a_noun_of_the_rules_name_refers_back() -> None:
    text = (
        "The Endangerment Finding was adopted in 2009 after a long review. The agency now "
        "says the finding rests on old science."
    )
    assert of(text, "the finding", "2024-06-01") == ["fr:74:66496"]


def test_a_noun_the_rules_name_lacks_stays_plain() -> None:
    text = (
        "The Endangerment Finding was adopted in 2009 after a long review. Critics said the "
        "waiver came too late."
    )
    assert of(text, "the waiver", "2024-06-01") == []


def test_a_noun_of_something_else_stays_plain() -> None:
    text = (
        "The Endangerment Finding was adopted in 2009 after a long review. The finding of the "
        "review panel came later."
    )
    assert of(text, "The finding", "2024-06-01") == []


def test_name_only_rule_found_in_the_table_by_its_key() -> None:
    # the table writes "Public Lands Rule"; the article hyphenates it, with the agency before
    text = (
        "Ranchers sued over the BLM Public-Lands Rule (the Rule) last summer. They say the Rule "
        "favors conservation leases."
    )
    got = found(text, "2024-08-01")
    assert ("BLM Public-Lands Rule", "regulation", "fr:89:40308", False) in got
    assert ("the Rule", "regulation", "fr:89:40308", True) in got


def test_name_only_rule_of_one_word_stays_a_name() -> None:
    # "Setback" alone, one word besides the rule word, is never looked up
    text = "Quarry owners sued the federal agency over the BRA Setback Rule last summer."
    assert all(m.authority is None for m in mentions(text, "2024-08-01"))


def test_law_name_after_a_federal_bill_number() -> None:
    text = (
        "WASHINGTON — The House passed H.R. 812, also called Tamsin's Law, on Tuesday. "
        "Supporters of Tamsin's Law cheered in the gallery."
    )
    assert of(text, "Tamsin's Law", "2025-06-01") == ["bill:119:hr:812", "bill:119:hr:812"]


def test_first_action_of_the_agency_named_the_sentence_before() -> None:
    text = (
        "The Bureau of Land Management oversees millions of acres of grazing land. The agency's "
        "recent decision to rescind the Public Lands Rule drew fire."
    )
    assert of(text, "The agency's recent decision to rescind", None) == ["fr:91:25787"]


def test_the_agencys_decision_refers_back_to_its_repeal() -> None:
    text = (
        "The Interior Department finalized the rescission of the Public Lands Rule on Monday. "
        "Ranchers praised the department's decision. A judge's decision on the suit is due."
    )
    got = found(text, "2026-06-01")
    assert ("the department's decision", "regulation", "fr:91:25787", True) in got
    assert all(not (t == "A judge's decision" and k == "regulation") for t, k, _a, _n in got)
