"""State laws and regulations (issue 13, twenty-second session): a list of a state's new
laws naming each by its bill number, a colon and its name ("SB 12: The Safe Harbors Act,
requires …"). Made-up sentences of the shapes news prints."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str = "2025-06-30") -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date)}


LIST = (
    "ATLANTA — Dozens of new Georgia laws take effect Tuesday after Gov. Brian Kemp signed "
    "them.\nBILLS TAKING EFFECT JULY 1:\n"
    "- SB 12: The Safe Harbors Act, requires marinas to post storm plans\n"
    "- HB 340: Quiet Classrooms Act\n"
    "- SB 31: the ‘Fair Chances for Farmers Act’ aka the Tractor Act, which lets growers "
    "repair their equipment\n"
    "- HB 77: Lowering the state fuel tax\n"
)


def test_a_name_after_a_bill_number_and_a_colon_is_that_bill() -> None:
    got = found(LIST)
    assert got["Safe Harbors Act"] == "state:ga:bill:sb12"
    assert got["Quiet Classrooms Act"] == "state:ga:bill:hb340"


def test_a_name_in_single_quotation_marks_after_the_colon() -> None:
    assert found(LIST)["Fair Chances for Farmers Act"] == "state:ga:bill:sb31"


def test_a_description_after_the_colon_is_no_name() -> None:
    got = found(LIST)
    assert got["HB 77"] == "state:ga:bill:hb77"
    assert not any(k.startswith("Lowering") for k in got)


def test_a_federal_number_and_colon_keeps_its_own_reading() -> None:
    text = "The bills Congress passed this week:\n- H.R. 12: The Safe Harbors Act of 2025\n"
    assert "state:" not in str(found(text).get("Safe Harbors Act of 2025"))


# A state agency's regulation told by what it does: the one row of that state's
# administrative code (``state_acts.csv``) the clause's words fit.


def regs(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.kind, m.authority) for m in mentions(text, "2025-06-20")}


def test_a_states_regulation_told_by_what_it_does() -> None:
    text = (
        "Federal lawyers sued over a Kentucky regulation that grants in-state tuition rates to "
        "undocumented immigrants. This law treats citizens worse, they said."
    )
    got = regs(text)
    span = "a Kentucky regulation that grants in-state tuition rates to undocumented immigrants"
    assert got[span] == ("regulation", "state:ky:kar:13-2-045")
    assert got["This law"][1] == "state:ky:kar:13-2-045"


def test_a_state_agency_rule_takes_the_state_named_before() -> None:
    text = (
        "MADISON — Wisconsin's highest court ruled on Tuesday. Lawmakers had blocked a state "
        "agency rule that would ban the practice of conversion therapy by counselors."
    )
    got = {a for _, a in regs(text).values()}
    assert "state:wi:admin-code:mpsw-20.02" in got


def test_another_states_regulation_is_not_linked() -> None:
    text = (
        "Federal lawyers sued over an Ohio regulation that grants in-state tuition rates to "
        "undocumented immigrants."
    )
    assert not any("state:ky" in str(a) for _, a in regs(text).values())


def test_a_federal_rule_is_no_states() -> None:
    text = (
        "In Kentucky, colleges studied a federal rule that grants in-state tuition rates to "
        "undocumented immigrants."
    )
    assert not any("state:ky" in str(a) for _, a in regs(text).values())


# A provision in apposition to an act the article names: the words before the comma are a
# provision of that act, and "the provision" refers back to them.


def laws(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, "2025-08-01")}


def test_a_provision_in_apposition_to_a_named_act() -> None:
    text = (
        "A judge on Monday paused a new cap on student loan borrowing by graduate students, a "
        "central provision of the Inflation Reduction Act. Critics said the provision would "
        "hurt nurses."
    )
    got = laws(text)
    assert got["a new cap on student loan borrowing by graduate students"] == "publ:117-169"
    assert got["the provision"] == "publ:117-169"


def test_words_with_a_clause_before_the_comma_are_no_provision() -> None:
    text = (
        "Officials said the tax credit was slow to arrive, a key provision of the Inflation "
        "Reduction Act notwithstanding."
    )
    assert not any(k.startswith("the tax credit") for k in laws(text))


def test_no_act_named_after_it_no_provision() -> None:
    text = "A judge paused a new cap on student loan borrowing, a key provision of the plan."
    assert not any(k.startswith("a new cap") for k in laws(text))


def test_an_app_store_law_told_by_whose_access_it_limits() -> None:
    text = "A judge blocked a new Texas law aimed at curbing children’s access to app stores."
    assert "state:tx:bill:sb2420" in set(laws(text).values())


def test_a_ten_commandments_law_told_by_its_posting() -> None:
    text = "Texas parents sued over a new state law requiring the posting of the Ten Commandments."
    assert "state:tx:bill:sb10" in set(laws(text).values())


def test_what_a_named_law_is_read_as_is_no_law_of_its_own() -> None:
    text = (
        "MADISON, Wis. — The statute Wisconsin adopted in 1849, widely interpreted as a "
        "near-total ban on abortions, made it a felony to destroy an unborn child."
    )
    assert not any(k.startswith("a near-total ban") for k in laws(text))


def test_a_name_after_a_state_bill_number_and_a_dash() -> None:
    text = "New Ohio laws:\n- HB 96 – Safe Harbors Act\n- SB 14 - Quiet Classrooms Act\n"
    got = found(text)
    assert got["Safe Harbors Act"] == "state:oh:bill:hb96"
    assert got["Quiet Classrooms Act"] == "state:oh:bill:sb14"


def test_a_name_owning_something_after_the_dash_is_another_law() -> None:
    text = "Ohio senators passed SB 14 — the Safe Harbors Act's companion — on Tuesday."
    assert found(text).get("Safe Harbors Act") != "state:oh:bill:sb14"


def test_a_regulation_by_its_rows_alias_in_a_story_of_its_state() -> None:
    text = (
        "HARRISBURG — Pennsylvania regulators said power plants must buy carbon dioxide "
        "allowances. Opponents said the RGGI regulation is a tax."
    )
    assert regs(text)["RGGI regulation"][1] == "state:pa:pacode:25-145"


def test_a_regulation_alias_in_a_story_of_another_state_is_not_linked() -> None:
    text = (
        "RICHMOND — Virginia regulators said power plants must buy carbon dioxide "
        "allowances. Opponents said the RGGI regulation is a tax."
    )
    assert "state:pa:pacode:25-145" not in {a for _, a in regs(text).values()}


def test_a_headlines_title_cased_state_ban() -> None:
    text = (
        "Justices Weigh Tennessee’s Ban on Gender-Affirming Care for Minors\n"
        "Doctors said transgender minors would lose care under the state's ban."
    )
    got = laws(text)
    assert got["Tennessee’s Ban on Gender-Affirming Care for Minors"] == "state:tn:bill:sb1"


def test_a_title_cased_ban_of_a_state_without_such_a_row_is_not_linked() -> None:
    text = (
        "Justices Weigh Vermont’s Ban on Gender-Affirming Care for Minors\n"
        "Doctors said transgender minors would lose care under the state's ban."
    )
    assert not any(str(a).startswith("state:tn") for a in laws(text).values())


def test_a_description_dated_before_the_named_law_is_the_older_row() -> None:
    text = (
        "AUSTIN — A judge blocked Texas Senate Bill 2420, the App Store Accountability Act. "
        "The judge set it apart from Texas’s 2023 age-verification requirement for "
        "pornographic websites, which the Supreme Court upheld."
    )
    got = laws(text)
    assert got["Texas’s 2023 age-verification requirement"] == "state:tx:bill:hb1181"


def test_an_undated_description_stays_with_the_named_law_or_none() -> None:
    text = (
        "AUSTIN — A judge blocked Texas Senate Bill 2420, the App Store Accountability Act. "
        "The judge set it apart from Texas’s age-verification requirement for "
        "pornographic websites, which the Supreme Court upheld."
    )
    assert "state:tx:bill:hb1181" not in set(laws(text).values())


def test_a_regulations_clause_ends_before_its_sentences_verb() -> None:
    text = (
        "MADISON — Wisconsin's highest court ruled on Tuesday that blocking a state agency "
        "rule that would ban the practice of conversion therapy by counselors was "
        "unconstitutional."
    )
    got = regs(text)
    span = "a state agency rule that would ban the practice of conversion therapy by counselors"
    assert got[span] == ("regulation", "state:wi:admin-code:mpsw-20.02")


def test_a_headlines_title_cased_state_law_told_by_what_it_requires() -> None:
    text = (
        "Court Weighs Louisiana Law Requiring Ten Commandments in Classrooms\n"
        "Parents said the ten commandments displays in public school classrooms coerce children."
    )
    got = laws(text)
    assert got["Louisiana Law Requiring Ten Commandments in Classrooms"] == "state:la:bill:hb71"
