"""States' laws of 2025–2026 by name, number and description, and a federal law's topic words
yielding to the state law an article is about (issue 13, seventeenth session, branch
s17-statelaw). The sentences are our own, made up in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions


def statutes(text: str, date: str = "2026-03-02") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


def ids(text: str, date: str = "2026-03-02") -> set[str | None]:
    return {a for _, a in statutes(text, date)}


# --- a federal row matched by topic words alone, in an article about a state's law ---------


def test_state_row_of_the_article_takes_the_description() -> None:
    # the Comstock Act's topic ("mail abortion pills") in an article about Texas's House Bill
    # 7: the described law is the state's, whose own topics fit the words
    text = (
        "Pill measure takes effect\n\n"
        "The law that makes it a crime to mail abortion pills took effect Thursday, and it "
        "lets private citizens sue manufacturers, critics said.\n\n"
        "The law, known as House Bill 7, passed the Texas Legislature in September."
    )
    found = statutes(text, "2025-12-05")
    assert found[0][1] == "state:tx:bill:hb7"
    assert "usc:18:1461-1462" not in {a for _, a in found}


def test_the_one_state_law_named_soon_after() -> None:
    # a federal gun row's words, but the article's one law is a state bill named right after
    text = (
        "Gun measure takes effect\n\n"
        "The law that bars people under domestic violence restraining orders from possessing "
        "firearms took effect Thursday, opponents said.\n\n"
        "The law, known as House Bill 1234, passed the Oklahoma Legislature in May."
    )
    found = statutes(text)
    assert found[0][1] == "state:ok:bill:hb1234"
    assert "usc:18:922" not in {a for _, a in found}


def test_a_governor_signing_drops_the_federal_guess() -> None:
    # the state's governor signed the article's law: a topic-only federal match yields, and
    # with no row of the state to fit the words the description stays unlinked
    text = (
        "Gun measure signed\n\n"
        "The law that bars people under domestic violence restraining orders from possessing "
        "firearms drew praise from prosecutors.\n\n"
        "Gov. Kevin Stitt signed the bill on Tuesday, his office said. Oklahoma lawmakers had "
        "passed it in May."
    )
    assert "usc:18:922" not in ids(text)


@pytest.mark.parametrize(
    "first",
    [
        # the federal law named in the article
        "The law that bars people under domestic violence restraining orders from possessing "
        "firearms is part of the Gun Control Act, prosecutors said.",
        # a year or "federal" of its own
        "The 1994 law that bars people under domestic violence restraining orders from "
        "possessing firearms was cited by prosecutors.",
        "The federal law that bars people under domestic violence restraining orders from "
        "possessing firearms was cited by prosecutors.",
    ],
)
def test_a_federal_law_told_as_federal_stays(first: str) -> None:
    text = (
        f"Gun measure takes effect\n\n{first}\n\n"
        "Separately, Oklahoma's House Bill 1234 on school safety passed the Legislature in May."
    )
    assert "usc:18:922" in ids(text)


def test_no_state_law_keeps_the_federal_row() -> None:
    text = (
        "Prosecutors cite gun statute\n\n"
        "A law that bars people under domestic violence restraining orders from possessing "
        "firearms was at the center of the case, prosecutors said."
    )
    assert "usc:18:922" in ids(text)


# --- the 2025–2026 rows: by name, by number, by what the law does ---------------------------


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        # by name
        ("Parents in Arkansas praised the Bell to Bell, No Cell Act at a school board meeting.",
         "state:ar:bill:sb142"),
        ("Schools in Georgia must adopt policies under the Distraction-Free Education Act.",
         "state:ga:bill:hb340"),
        ("Alabama's FOCUS Act keeps devices in lockers during the school day.",
         "state:al:bill:hb166"),
        ("Hospice groups in Illinois prepared for the End-of-Life Options for Terminally Ill "
         "Patients Act.", "state:il:bill:sb1950"),
        ("Parents sued over Colorado's Kelly Loving Act in federal court.",
         "state:co:bill:hb25-1312"),
        ("Trade groups weighed a challenge to Vermont's Age-Appropriate Design Code Act.",
         "state:vt:bill:s69"),
        ("Nebraska's Stand With Women Act applies to college teams as well.",
         "state:ne:bill:lb89"),
        ("Prosecutors said California's No Vigilantes Act cannot bind federal officers.",
         "state:ca:bill:sb805"),
        ("Idaho's Medicaid Reform and Cost Containment Act needs a federal waiver.",
         "state:id:bill:hb345"),
        ("Hospitals prepared for New York's Medical Aid in Dying Act this summer.",
         "state:ny:bill:s138"),
        ("Apple must follow Louisiana's App Store Accountability Act from next July.",
         "state:la:bill:hb570"),
        # by number
        ("Washington's Senate Bill 6346 would take effect in 2028.", "state:wa:bill:sb6346"),
        ("Oklahoma's SB 139 lasts for one school year.", "state:ok:bill:sb139"),
        ("Louisiana lawmakers passed Senate Bill 121 after the ruling.", "state:la:bill:sb121"),
        ("Michigan's Senate Bill 8 kept a lower wage for tipped workers.", "state:mi:bill:sb8"),
        ("Colorado's SB25B-004 pushed the AI rules to June.", "state:co:bill:sb25b-004"),
        ("Texas's House Bill 2 raised teacher pay.", "state:tx:bill:hb2"),
        ("Louisiana's Senate Bill 8 drew the second majority-Black district.",
         "state:la:bill:sb8"),
        ("Texas's House Bill 1481 gave districts 90 days to write a policy.",
         "state:tx:bill:hb1481"),
        ("Wyoming's governor let House Bill 156 become law without his signature.",
         "state:wy:bill:hb156"),
        ("Utah lawmakers sent HB 81 to the governor in February.", "state:ut:bill:hb81"),
        ("West Virginia's House Bill 2354 drew praise from federal health officials.",
         "state:wv:bill:hb2354"),
        ("Georgia's Senate Bill 68 was the governor's top priority this year.",
         "state:ga:bill:sb68"),
        ("Illinois's HB 1312 drew a rebuke from federal officials.", "state:il:bill:hb1312"),
        # by what it does
        ("Utah's ban on water fluoridation took effect in May.", "state:ut:bill:hb81"),
        ("Florida's law barring fluoride in public water systems drew praise.",
         "state:fl:bill:sb700"),
        ("Utah's law ending universal vote by mail passed in March.", "state:ut:bill:hb300"),
        ("Washington's rent stabilization law caps increases for most tenants.",
         "state:wa:bill:hb1217"),
        ("Wyoming's law requiring proof of citizenship to register to vote faces a lawsuit.",
         "state:wy:bill:hb156"),
        ("A Texas law requiring warning labels on foods with additives faces a challenge.",
         "state:tx:bill:sb25"),
        ("West Virginia's food dye ban applies to school meals first.",
         "state:wv:bill:hb2354"),
        ("Georgia's tort reform law limits premises liability claims.", "state:ga:bill:sb68"),
        ("Illinois's law banning civil immigration arrests near courthouses drew a suit.",
         "state:il:bill:hb1312"),
        ("Missouri's law repealing voter-approved paid sick leave faces a ballot fight.",
         "state:mo:bill:hb567"),
        ("Montana's law requiring restrooms by biological sex was challenged in court.",
         "state:mt:bill:hb121"),
        ("California's law letting rideshare drivers unionize takes effect in January.",
         "state:ca:bill:ab1340"),
        ("North Carolina's law ending cashless bail for violent offenses took effect.",
         "state:nc:bill:hb307"),
        ("Colorado's law limiting ICE access to schools, hospitals and child care centers "
         "drew a suit.", "state:co:bill:sb25-276"),
        ("Wyoming's law repealing gun-free zones lets some teachers carry.",
         "state:wy:bill:hb172"),
        ("New Hampshire's law requiring proof of citizenship to register to vote took effect.",
         "state:nh:bill:hb1569"),
        ("Michigan's law keeping a lower tipped minimum wage took effect in February.",
         "state:mi:bill:sb8"),
        ("Louisiana's law banning artificial dyes in school meals takes effect in 2028.",
         "state:la:bill:sb14"),
        ("A Texas law that lets the grid operator curtail data centers during grid emergencies "
         "took effect.", "state:tx:bill:sb6"),
        ("Mississippi's House Bill 1193 bars diversity offices at public colleges.",
         "state:ms:bill:hb1193"),
    ],
)  # fmt: skip
def test_a_2025_state_law_links(text: str, authority: str) -> None:
    assert authority in ids(text)


def test_one_topic_in_two_states_takes_the_state_printed() -> None:
    # Utah's and Florida's fluoride bans share their words: the state printed decides
    assert ids("Florida's ban on water fluoridation began in July.") == {"state:fl:bill:sb700"}
    assert ids("Utah's ban on water fluoridation began in May.") == {"state:ut:bill:hb81"}


def test_school_phone_bans_of_four_states_stay_apart() -> None:
    for state, authority in (
        ("Texas", "state:tx:bill:hb1481"),
        ("Arkansas", "state:ar:bill:sb142"),
        ("Alabama", "state:al:bill:hb166"),
    ):
        assert ids(f"{state}'s law banning cell phones in public schools took effect.") == {
            authority
        }


# --- old federal acts and "Section N" nicknames news prints -----------------------------------


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Historians said deleting the chats broke the Federal Records Act.", "publ:81-754"),
        ("Station managers said the cuts ignored the Public Broadcasting Act.", "usc:47:396"),
        ("Diplomats argued the layoffs did not follow the Foreign Service Act.", "usc:22:3901"),
        ("Reporters said the International Broadcasting Act requires the broadcasts.",
         "usc:22:6201"),
        # a section by its number, with its subject's words in the sentence
        ("The governor sued after the president invoked Section 12406 to federalize the "
         "National Guard.", "usc:10:12406"),
        ("Advocates said Section 6103 bars the IRS from handing taxpayer addresses to ICE.",
         "usc:26:6103"),
        ("Trade lawyers said Section 338 lets the president answer discrimination with "
         "tariffs.", "usc:19:1338"),
        ("The chipmaker filed a Section 337 complaint at the International Trade Commission.",
         "usc:19:1337"),
        ("Preservation groups said the project needed a Section 106 review of historic "
         "properties.", "usc:54:306108"),
        ("The developer sought a Section 404 permit to fill the wetlands.", "usc:33:1344"),
        ("Lawmakers voted to revoke the Section 209 waiver that lets California set vehicle "
         "rules.", "usc:42:7543"),
        ("The agency moved to rescind the endangerment finding under Section 202.",
         "usc:42:7521"),
        ("The ruling narrowed Section 2, which bars racial vote dilution in redistricting.",
         "usc:52:10301"),
    ],
)  # fmt: skip
def test_an_old_act_or_a_section_nickname_links(text: str, authority: str) -> None:
    assert authority in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Section 106 of the bill requires the agency to report to Congress.",
        "Section 404 of the company's bylaws sets the quorum.",
        "Section 12406 of the county code covers parking.",
        "Section 2 of the 14th Amendment cut representation for states that denied Black voters.",
        "Section 2 of the bill requires a report on majority-minority districts.",
    ],
)
def test_a_section_number_without_its_subject_stays_plain(text: str) -> None:
    assert not {a for a in ids(text) if a and a.startswith("usc:")}


# --- a name one state's row alone lists, in an article that names no state ---------------------


def test_a_governor_signing_a_one_state_name_takes_that_state() -> None:
    assert ids("Gov. Jared Polis signed the Kelly Loving Act on Friday.") == {
        "state:co:bill:hb25-1312"
    }
    assert ids("Gov. Kay Ivey signed the FOCUS Act on Wednesday.") == {"state:al:bill:hb166"}


@pytest.mark.parametrize(
    "text",
    [
        # a name three states' rows list: no one state
        "Gov. Greg Abbott signed the App Store Accountability Act on Friday.",
        # no state's lawmakers at work anywhere in the article
        "Critics of the Kelly Loving Act rallied downtown on Friday.",
    ],
)
def test_no_lone_state_without_a_lawmaker_or_with_a_shared_name(text: str) -> None:
    assert not {a for a in ids(text) if a}


def test_a_phone_ban_told_the_way_news_tells_it() -> None:
    text = (
        "Students adjust to phone rules\n\n"
        "AUSTIN, Texas (AP) — Students returned to class this week under the state's new ban "
        "on phone use in class.\n\n"
        "The law signed by the governor in June requires districts to collect devices."
    )
    found = statutes(text, "2025-09-05")
    assert found[0] == ("the state's new ban on phone use in class", "state:tx:bill:hb1481")
    assert ids("Georgia's phone ban in schools starts next year.") == {"state:ga:bill:hb340"}


def test_a_governor_signing_far_off_leaves_the_federal_row() -> None:
    filler = "Officials met again on Tuesday to talk about the budget and the roads. " * 16
    text = (
        "Prosecutors cite gun statute\n\n"
        "A law that bars people under domestic violence restraining orders from possessing "
        f"firearms was at the center of the case, prosecutors said.\n\n{filler}\n\n"
        "Separately, Gov. Kevin Stitt signed a bill on road repairs."
    )
    assert "usc:18:922" in ids(text)


# --- a law named "X's Law" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Under Deb's Law, terminally ill patients in Illinois may seek medication.",
         "state:il:bill:sb1950"),
        ("Illinois hospitals prepared for Deb’s Law this summer.", "state:il:bill:sb1950"),
        ("North Carolina's Iryna's Law took effect Dec. 1.", "state:nc:bill:hb307"),
        ("Gov. Josh Stein signed Iryna’s Law on Friday.", "state:nc:bill:hb307"),
    ],
)  # fmt: skip
def test_a_law_named_after_a_person(text: str, authority: str) -> None:
    assert authority in ids(text)


def test_a_possessive_name_the_table_lacks_stays_unlinked() -> None:
    assert not {a for a in ids("Under Megan's Law, offenders in Ohio must register.") if a}


def test_two_maps_of_one_state_tie_without_a_year() -> None:
    # Louisiana's 2024 and 2026 maps share "congressional map": a bare description links neither
    text = "Louisiana's law that redraws congressional districts was challenged in court."
    assert not {a for a in ids(text, "2026-08-01") if a}


def test_an_acronym_spelled_out_in_parentheses() -> None:
    found = statutes(
        "Georgia’s LIFE (Living Infants Fairness and Equality) Act bars most abortions after "
        "cardiac activity is detected."
    )
    assert found[0][1] == "state:ga:bill:hb481"
    assert found[0][0].startswith("Georgia’s LIFE (")
    assert ids(
        "The FOCUS (Freeing Our Classrooms of Unnecessary Screens for Safety) Act took effect "
        "in Alabama schools."
    ) == {"state:al:bill:hb166"}
    # an acronym no row lists stays as it was
    assert not {a for a in ids("The ZETA (Zoning Equity and Transit Access) Act stalled.") if a}
