"""States' laws and states' courts, nineteenth session (issue 13, branch s19-statelaw). The
sentences are our own, made up in the shapes news prints."""

from __future__ import annotations

from conftest import mentions, rulings


def courts_of(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


# --- a bare court in a sentence opening on a state: that state's court of last resort -------


def test_state_opening_names_the_high_court() -> None:
    text = (
        "Challengers have turned to state constitutions since 2022.\n\n"
        "In Kansas, the court found that the state constitution protects the right to decide.\n\n"
        "In Iowa, a court found that the state constitution says nothing of abortion."
    )
    found = dict(courts_of(text))
    assert found.get("the court found") == "kan"
    assert found.get("a court found") == "iowa"


def test_state_opening_outweighs_the_supreme_court_of_the_lede() -> None:
    text = (
        "Two years after the U.S. Supreme Court ruled on the question, the fight moved to the "
        "states.\n\n"
        "In Montana, the court held that the state constitution's privacy clause reaches the "
        "decision."
    )
    assert ("the court held", "mont") in courts_of(text)


def test_state_opening_names_the_justices_bench() -> None:
    text = (
        "Challengers have turned to state constitutions since 2022.\n\n"
        "In Kansas, the justices ruled that the state constitution protects the decision."
    )
    assert ("the justices ruled", "kan") in courts_of(text)


def test_bare_justices_without_a_state_opening_stay_the_supreme_court() -> None:
    text = (
        "Challengers have turned to state constitutions since 2022.\n\n"
        "The justices ruled that the state constitution protects the decision."
    )
    assert all(c != "kan" for _, c in courts_of(text))


def test_state_opening_with_a_lower_court_stays_unplaced() -> None:
    # a county judge or a trial court in the sentence: the bare court may be a lower one
    text = (
        "Suits are pending in several states.\n\n"
        "In Kansas, the court in Johnson County found that the rule could not stand."
    )
    assert ("the court in Johnson County found", "kan") not in courts_of(text)
    assert all(c != "kan" for _, c in courts_of(text))


def test_washington_opening_is_no_state() -> None:
    text = "Lawyers argued for months.\n\nIn Washington, the court found that the rule was valid."
    assert all(c != "wash" for _, c in courts_of(text))


# --- Indiana's enrolled acts keep their bill's number -----------------------------------------


def statutes(text: str, date: str = "2026-03-02") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


def test_indiana_enrolled_acts_are_their_bills() -> None:
    text = (
        "Statehouse roundup\n\n"
        "INDIANAPOLIS — Gov. Mike Braun signed Senate Enrolled Act 12 on Monday, his office "
        "said. Opponents said SEA 12 went too far. House Enrolled Act 1234 also became law, "
        "and HEA 1234 takes effect in July."
    )
    found = statutes(text)
    assert ("Senate Enrolled Act 12", "state:in:bill:sb12") in found
    assert ("SEA 12", "state:in:bill:sb12") in found
    assert ("House Enrolled Act 1234", "state:in:bill:hb1234") in found
    assert ("HEA 1234", "state:in:bill:hb1234") in found


def test_other_states_enrolled_acts_are_not_their_bills() -> None:
    # Wyoming numbers its enrolled acts apart from its bills: no bill id from the act's number
    text = (
        "Capitol news\n\n"
        "CHEYENNE — Gov. Mark Gordon signed House Enrolled Act 45 on Friday, Wyoming lawmakers "
        "said."
    )
    assert all(a != "state:wy:bill:hb45" for _, a in statutes(text))
    assert not any(a and a.startswith("state:wy:bill:") for _, a in statutes(text))


# --- rows: New York's school phone ban, D.C.'s cashless retail ban -----------------------------


def test_new_york_school_phone_ban_by_description() -> None:
    text = (
        "Albany budget\n\n"
        "New York's new budget carries a “bell-to-bell” cell phone ban for every public school. "
        "Districts must adopt plans for the ban by August."
    )
    found = statutes(text, "2025-06-01")
    assert found and found[0][1] == "state:ny:educ:2803"


def test_the_bill_is_not_a_code_section() -> None:
    # the budget bill that carried the ban is not the section it amended
    text = (
        "Albany budget\n\n"
        "New York's recently passed budget includes a “bell-to-bell” cell phone ban for public "
        "schools. The bill also raised school aid."
    )
    found = statutes(text, "2025-06-01")
    assert ("The bill", "state:ny:educ:2803") not in found


def test_dc_cashless_act_by_name() -> None:
    text = (
        "Cash rules\n\n"
        "In the District of Columbia, the Cashless Retailers Prohibition Amendment Act of 2020 "
        "now binds every shop. The law bars stores from turning away bills and coins."
    )
    found = statutes(text, "2025-01-02")
    assert ("Cashless Retailers Prohibition Amendment Act of 2020", "state:dc:code:28-5402") in (
        found
    )


def test_missouri_trigger_ban_is_its_section() -> None:
    # the near-total ban is the trigger section H.B. 126 made, not the eight-week ban bill
    text = (
        "Clinic ruling\n\n"
        "Missouri's near-total abortion ban stays blocked for now, a judge said. Lawyers for "
        "the state said the ban should be enforced while the appeal goes on."
    )
    found = statutes(text, "2025-01-10")
    assert found and found[0][1] == "state:mo:rsmo:188.017"
    assert all(a != "state:mo:bill:hb126" for _, a in found)


def test_wyoming_2025_abortion_laws_by_description() -> None:
    text = (
        "Clinic rules\n\n"
        "A Wyoming law requiring an ultrasound before abortion pills took effect after lawmakers "
        "overrode the governor's veto."
    )
    assert "state:wy:bill:hb64" in {a for _, a in statutes(text, "2025-03-10")}


def test_montana_injunction_law_by_description() -> None:
    text = (
        "Courts and lawmakers\n\n"
        "Montana's new law limiting court injunctions against laws took effect, and the "
        "sliding scale for injunctions is gone."
    )
    assert "state:mt:bill:hb409" in {a for _, a in statutes(text, "2025-04-01")}


# --- "a divided state high court": the court of last resort of the story's state --------------


def test_state_high_court_under_a_dateline() -> None:
    text = (
        "Old ban revived\n\n"
        "BOISE, Idaho (AP) — A divided state high court on Thursday revived a law banning "
        "billboards near scenic rivers."
    )
    assert ("A divided state high court on Thursday revived", "idaho") in courts_of(text)


def test_the_states_high_court() -> None:
    text = (
        "Ruling\n\n"
        "Oregon lawmakers passed the rule in 2021. The state's high court on Friday upheld the "
        "rule, 5-2."
    )
    assert any(c == "or" for _, c in courts_of(text))


def test_a_state_court_is_no_high_court() -> None:
    text = "Ruling\n\nBOISE, Idaho (AP) — A state court on Thursday revived a law on billboards."
    assert all(c != "idaho" for _, c in courts_of(text))


def test_texas_school_prayer_law_and_its_chain() -> None:
    text = (
        "Prayer time\n\n"
        "AUSTIN (AP) — A new Texas law allowing a daily prayer period in schools took effect "
        "this week. The law lets boards vote on whether to adopt it."
    )
    found = statutes(text, "2025-09-05")
    assert found[0][1] == "state:tx:bill:sb11"
    assert ("The law", "state:tx:bill:sb11") in found


def test_florida_immigration_board_law() -> None:
    text = (
        "Board meets\n\n"
        "A Florida law that created a state board of immigration enforcement drew its first "
        "requests this week."
    )
    assert "state:fl:bill:sb2c" in {a for _, a in statutes(text, "2025-03-01")}


def test_age_checks_as_news_words_for_age_verification() -> None:
    text = (
        "Age checks\n\n"
        "JACKSON, Miss. (AP) — A judge left in place the state's law requiring age checks for "
        "social media users. Critics said the law is too broad."
    )
    found = statutes(text, "2025-08-01")
    assert found[0][1] == "state:ms:bill:hb1126"
    assert ("the law", "state:ms:bill:hb1126") in found


def test_age_checks_for_app_stores_with_the_state_printed() -> None:
    text = "Age checks\n\nUtah's new law requiring age checks for app stores takes effect in May."
    assert "state:ut:bill:sb142" in {a for _, a in statutes(text, "2025-04-01")}


def test_new_york_algorithmic_pricing_act() -> None:
    text = (
        "Prices and data\n\n"
        "Retailers sued over New York's Algorithmic Pricing Disclosure Act on Wednesday. The "
        "act took effect in November."
    )
    assert "state:ny:gbl:349-a" in {a for _, a in statutes(text, "2025-12-01")}


def test_indiana_hospital_price_law_by_enrolled_act_and_description() -> None:
    text = (
        "Hospital prices\n\n"
        "INDIANAPOLIS — Indiana's new law on nonprofit hospital prices worries executives. "
        "HEA 1004 gives hospitals until 2029."
    )
    found = statutes(text, "2025-06-01")
    assert ("HEA 1004", "state:in:bill:hb1004") in found
    assert found[0][1] == "state:in:bill:hb1004"


def test_california_social_media_warning_labels() -> None:
    text = (
        "Labels\n\n"
        "California's new law requiring social media warning labels for teens drew a lawsuit "
        "from a trade group."
    )
    assert "state:ca:bill:ab56" in {a for _, a in statutes(text, "2025-11-01")}


def test_california_deepfake_acts() -> None:
    text = (
        "Deepfakes\n\n"
        "A judge struck down California's Defending Democracy from Deepfake Deception Act on "
        "Tuesday. The act had required platforms to remove fakes."
    )
    assert "state:ca:bill:ab2655" in {a for _, a in statutes(text, "2025-08-06")}
    text = (
        "Deepfakes\n\n"
        "A California law that lets candidates sue people who share election deepfakes was "
        "blocked again on Friday."
    )
    assert "state:ca:bill:ab2839" in {a for _, a in statutes(text, "2025-08-06")}


# --- a ruling clause that ran on into the law it struck down ends before it -------------------


def test_ruling_clause_ends_before_the_described_law() -> None:
    text = (
        "Ban halted\n\n"
        "A county judge issued an injunction on Friday blocking Missouri's near-total abortion "
        "ban and two other rules, leaving clinics unsure."
    )
    found = mentions(text, "2025-01-10")
    laws = [(m.text, m.authority) for m in found if m.kind == "statute"]
    assert ("Missouri's near-total abortion ban", "state:mo:rsmo:188.017") in laws
    ruling = [m for m in found if m.kind == "ruling"]
    assert ruling and ruling[0].text.endswith("blocking")


# --- lines laid out with trailing spaces and leading tabs are wrapped prose -------------------


def test_indented_wrapped_lines_join() -> None:
    from linker.textnorm import normalise

    text = (
        "\t\tThe court upheld the state's ban \n\t\ton gender-affirming care for minors, a "
        "setback to \n\t\tadvocates who sued.\n\t\t \n\t\tA new paragraph starts here."
    )
    got = normalise(text).text
    assert len(got) == len(text)
    assert "ban \t\ton" not in got and "ban  \t\ton gender" in got
    assert "to  \t\tadvocates" in got
    # a line of spaces is a paragraph break: never joined
    assert "sued.\n" in got


def test_state_ban_described_across_an_indented_break() -> None:
    text = (
        "Court rules\n\n"
        "\t\tWASHINGTON (AP) — The Supreme Court on Wednesday upheld Tennessee's ban \n"
        "\t\ton gender-affirming care for transgender minors, a setback to \n"
        "\t\ttransgender rights.\n"
    )
    from conftest import article
    from linker.pipeline import scan_article

    found = scan_article(article(text, "2025-06-18")).mentions
    assert "state:tn:bill:sb1" in {m.authority for m in found if m.kind == "statute"}


def test_utah_digital_choice_act_and_ohio_coal_bailout_repeal() -> None:
    text = (
        "Data rights\n\n"
        "Utah's Digital Choice Act takes effect in July, and platforms must let users move "
        "their data."
    )
    assert "state:ut:bill:hb418" in {a for _, a in statutes(text, "2026-06-01")}
    text = (
        "Power bills\n\n"
        "Ohio's new law ending the OVEC coal bailout took effect in August. The law also ends "
        "the legacy generation rider."
    )
    found = statutes(text, "2025-09-01")
    assert found and found[0][1] == "state:oh:bill:hb15"
    assert "state:oh:bill:hb6" not in {a for _, a in found}
