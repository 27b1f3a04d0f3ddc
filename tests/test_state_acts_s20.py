"""State laws news tells by what they do (issue 13, twentieth session): the rows
``state_acts.csv`` gained for the laws of 2021-2025 news covered most, what refers back to
them, and the mechanism fixes (a second law joined by ", along with"; a description whose
own sentence names another law; a phrase that holds one tied law's topic whole; "age").
The sentences are our own, made up in the shapes of real news pages."""

from __future__ import annotations

import pytest

from conftest import mentions


def found(text: str, date: str = "2025-06-01") -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.authority, m.anaphor) for m in mentions(text, date) if m.kind == "statute"]


def ids(text: str, date: str = "2025-06-01") -> set[str | None]:
    return {m.authority for m in mentions(text, date) if m.kind == "statute"}


# one made-up sentence per new row: a state and what its law does
@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Therapists sued over Michigan's ban on conversion therapy for minors.",
         "state:mi:bill:hb4616"),
        ("Minnesota's ban on conversion therapy for minors took effect in August.",
         "state:mn:bill:hf16"),
        ("Sheriffs opposed Minnesota's red flag law allowing extreme risk protection orders.",
         "state:mn:bill:sf2909"),
        ("Advocates criticized Florida's ban on homeless people sleeping on public property.",
         "state:fl:bill:hb1365"),
        ("Tennessee's law making camping on public property a felony took effect in July.",
         "state:tn:bill:sb1610"),
        ("Police began enforcing Texas's statewide camping ban on Wednesday.",
         "state:tx:bill:hb1925"),
        ("Few districts adopted Texas's law allowing chaplains in public schools.",
         "state:tx:bill:sb763"),
        ("Pastors applied under Florida's law allowing volunteer school chaplains.",
         "state:fl:bill:hb931"),
        ("Critics assailed Arkansas' law ending work permits for children under 16.",
         "state:ar:bill:hb1410"),
        ("Labor groups opposed Iowa's new child labor law letting teens work longer hours.",
         "state:ia:bill:sf542"),
        ("Colleges closed offices under Iowa's ban on DEI offices at public universities.",
         "state:ia:bill:sf2435"),
        ("Professors criticized Texas's law on tenure at public universities.",
         "state:tx:bill:sb18"),
        ("NetChoice sued over Louisiana's law requiring parental consent for minors under 16 "
         "on social media.", "state:la:bill:sb162"),
        ("A judge blocked Indiana's law requiring age verification for pornographic websites.",
         "state:in:bill:sb17"),
        ("Buyers challenged Florida's law restricting land purchases by Chinese citizens.",
         "state:fl:bill:sb264"),
        ("Families claimed credits under Oklahoma's parental choice tax credit law.",
         "state:ok:bill:hb1934"),
        ("Librarians criticized Utah's law requiring statewide removal of books from school "
         "libraries.", "state:ut:bill:hb29"),
        ("Schools pulled graphic novels under Missouri's law on explicit sexual material to "
         "students.", "state:mo:bill:sb775"),
        ("Students sued over Oklahoma's law on school bathrooms by biological sex.",
         "state:ok:bill:sb615"),
        ("Voting groups sued over Alabama's law restricting absentee ballot assistance.",
         "state:al:bill:sb1"),
        ("Companies prepared for the Colorado Privacy Act, which took effect in July.",
         "state:co:bill:sb21-190"),
        ("Texas's ban on transgender girls in girls school sports took effect in January.",
         "state:tx:bill:hb25"),
        ("Tennessee's ban on transgender athletes in girls sports was signed in March.",
         "state:tn:bill:sb228"),
        ("The ACLU sued over Indiana's ban on transgender girls in girls sports.",
         "state:in:bill:hb1041"),
        ("Families sued over New Hampshire's ban on gender-affirming care for minors.",
         "state:nh:bill:hb377"),
        ("Tennessee's permitless carry law took effect in July.", "state:tn:bill:sb765"),
        ("Employers prepared for Illinois' law on artificial intelligence in employment "
         "decisions.", "state:il:bill:hb3773"),
        ("Unions cheered Michigan's law repealing right-to-work, signed in March.",
         "state:mi:bill:sb34"),
        ("Gun owners challenged Maryland's law banning guns in sensitive places.",
         "state:md:bill:sb1"),
        ("The justices weighed Hawaii's law barring guns on private property without the "
         "owner's permission.", "state:hi:bill:sb1230"),
        ("A judge blocked California's law banning concealed carry in sensitive places.",
         "state:ca:bill:sb2"),
        ("Hospitals delayed California's law setting a minimum wage for health care workers.",
         "state:ca:bill:sb525"),
        ("Farmworkers criticized Florida's ban on local heat protections for outdoor workers.",
         "state:fl:bill:hb433"),
        ("Prosecutors targeted New York's law protecting doctors who prescribe abortion pills "
         "to out-of-state patients.", "state:ny:bill:s1066"),
        ("Families sued over South Carolina's ban on gender-affirming care for minors.",
         "state:sc:bill:h4624"),
        ("Wyoming's ban on gender-affirming care for minors took effect in July.",
         "state:wy:bill:sf99"),
        ("Employers in Arkansas cited the Arkansas Youth Hiring Act.", "state:ar:bill:hb1410"),
        ("Louisiana's Secure Online Child Interaction and Age Limitation Act was blocked.",
         "state:la:bill:sb162"),
        ("Pornhub blocked users over Utah's law requiring age verification for pornographic "
         "websites.", "state:ut:bill:sb287"),
        ("Virginia's law requiring age verification for adult websites took effect July 1.",
         "state:va:bill:sb1515"),
        ("A judge declined to block the Protect Tennessee Minors Act.", "state:tn:bill:sb1792"),
        ("Voting groups sued over Georgia's law on challenges to voter eligibility.",
         "state:ga:bill:sb189"),
        ("Gun groups sued over Colorado's law raising the age to buy firearms to 21.",
         "state:co:bill:sb23-169"),
        ("Students sued over Ohio's law on school bathrooms by biological sex.",
         "state:oh:bill:sb104"),
        ("Advocates criticized Kentucky's street camping ban, part of a sweeping crime law.",
         "state:ky:bill:hb5"),
        ("The Safer Kentucky Act took effect in July.", "state:ky:bill:hb5"),
        ("A court upheld New Jersey's law banning guns in sensitive places.",
         "state:nj:bill:a4769"),
        ("Oklahoma's ban on transgender athletes in girls sports took effect immediately.",
         "state:ok:bill:sb2"),
        ("The court struck down Missouri's law against sleeping on state-owned land.",
         "state:mo:bill:hb1606"),
        ("Cities rushed to comply with Washington's middle housing law.",
         "state:wa:bill:hb1110"),
        ("Oregon's law ending single-family zoning took effect in 2021.", "state:or:bill:hb2001"),
        ("Landlords criticized Oregon's statewide rent control law.", "state:or:bill:sb608"),
        ("Gun groups sued over Massachusetts's law cracking down on ghost guns.",
         "state:ma:bill:h4885"),
        ("The ACLU sued over Georgia's law limiting charitable bail funds.",
         "state:ga:bill:sb63"),
        ("Teachers criticized Indiana's law banning instruction on human sexuality in "
         "prekindergarten through third grade.", "state:in:bill:hb1608"),
        ("Tenants invoked California's statewide rent cap law.", "state:ca:bill:ab1482"),
        ("Developers used the Live Local Act in Florida.", "state:fl:bill:sb102"),
        ("Students sued over Arkansas' law on school bathrooms by sex on birth certificate.",
         "state:ar:bill:hb1156"),
        ("Mississippi's law requiring age verification for pornographic websites took effect "
         "July 1.", "state:ms:bill:sb2346"),
        ("A judge struck down Montana's law that defines sex as male or female.",
         "state:mt:bill:sb458"),
        ("Companies prepared for the Utah Consumer Privacy Act.", "state:ut:bill:sb227"),
        ("Tennessee's consumer data privacy law takes effect in July.", "state:tn:bill:hb1181"),
        ("Families lost aid after the court struck down South Carolina's education scholarship "
         "trust fund law.", "state:sc:bill:s39"),
        ("Gun shops adjusted to Colorado's law imposing a three-day waiting period for gun "
         "purchases.", "state:co:bill:hb23-1219"),
        ("Librarians reviewed shelves under North Dakota's law on explicit sexual material in "
         "public libraries.", "state:nd:bill:hb1205"),
        ("Sheriffs in North Carolina must comply with a new law requiring them to honor ICE "
         "detainers.", "state:nc:bill:hb10"),
        ("Workers praised Minnesota's paid leave law.", "state:mn:bill:hf2"),
        ("The Fair Wage Act of 2023 raised Maryland's minimum wage.", "state:md:bill:sb555"),
        ("Employers adjusted to the Paid Leave for All Workers Act in Illinois.",
         "state:il:bill:sb208"),
        ("Teachers in Louisiana must follow a new law requiring students' legal names and "
         "pronouns in school.", "state:la:bill:hb121"),
        ("Families moved under California's trans refuge law.", "state:ca:bill:sb107"),
        ("A judge blocked California's law disciplining doctors who spread COVID misinformation.",
         "state:ca:bill:ab2098"),
        ("Survivors sued the archdiocese under the Maryland Child Victims Act.",
         "state:md:bill:hb1"),
        ("Ordinances clashed with New Mexico's law barring local bans on abortion and "
         "gender-affirming care.", "state:nm:bill:hb7"),
        ("Doctors cited New Mexico's law protecting abortion providers.", "state:nm:bill:sb13"),
        ("Colorado's law protecting abortion and gender-affirming care providers took effect.",
         "state:co:bill:sb23-188"),
        ("OLYMPIA, Wash. (AP) — The state's new law protecting abortion and gender-affirming "
         "care providers took effect.", "state:wa:bill:hb1469"),
        ("Vermont's law protecting abortion and gender-affirming care providers covers pills.",
         "state:vt:bill:h89"),
        ("Gun groups sued over Connecticut's open carry ban.", "state:ct:bill:hb6667"),
        ("A gun group sued over Delaware's law requiring a permit to purchase a handgun.",
         "state:de:bill:sb2"),
        ("Thousands sued under New York's law reviving lawsuits by child sexual abuse "
         "survivors.", "state:ny:bill:s2440"),
        ("Professors challenged Texas's ban on TikTok on government devices.",
         "state:tx:bill:sb1893"),
    ],
)  # fmt: skip
def test_a_new_row_is_found_by_its_state_and_topic(text: str, authority: str) -> None:
    assert authority in ids(text)


def test_a_new_row_takes_over_from_an_older_row_that_fit_by_accident() -> None:
    # (Texas S.B. 17's "dei offices at public universities" shared two words with a tenure
    # description; S.B. 18's own topic now holds three)
    got = ids("Professors criticized Texas's law on tenure at public universities.")
    assert "state:tx:bill:sb17" not in got


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the law, the ban, the <State> law after a possessive description
        ("Michigan's ban on conversion therapy for minors took effect in October. The law lets "
         "the state suspend a therapist's license. A counselor said the ban violates her "
         "rights, and she sued to block the Michigan law.",
         [("The law", True), ("the ban", True), ("the Michigan law", True)]),
        # the measure, the statute after "a 2023 <State> law that …"
        ("A counselor sued on Monday to block a 2023 Michigan law that bans conversion therapy "
         "for minors. The measure took effect last year. Her lawyers say the statute limits "
         "what she may say.",
         [("The measure", True), ("the statute", True)]),
        # a ban told first, then "Under the ban", "the law"
        ("Texas's statewide camping ban has been in force since 2021. Under the ban, people "
         "who camp in public places face a fine. The city has struggled to enforce the law.",
         [("the ban", True), ("the law", True)]),
        # the measure and the legislation after the governor signed it
        ("Gov. Mark Gordon signed Wyoming's ban on gender-affirming care for minors in March. "
         "In a statement, the governor said the measure protects children. The legislation "
         "takes effect July 1.",
         [("the measure", True), ("The legislation", True)]),
        # that law, the <State> statute
        ("The justices heard arguments over Hawaii's 2023 law barring guns on private property "
         "without the owner's permission. Under that law, a gun owner may not carry onto a "
         "beach. One justice asked whether the Hawaii statute could stand.",
         [("that law", True), ("the Hawaii statute", True)]),
        # "This law" after a description
        ("Oklahoma's law on school bathrooms by biological sex was signed in May. Students "
         "sued, and a judge declined to block the law. This law applies to all public schools.",
         [("the law", True), ("This law", True)]),
        # "A new <State> law bans …", then "the law"
        ("A new Michigan law bans conversion therapy for minors. Therapists who violate the "
         "law may lose their licenses.",
         [("A new Michigan law", False), ("the law", True)]),
    ],
)  # fmt: skip
def test_what_refers_back_reaches_the_row_told_by_its_topic(
    text: str, wanted: list[tuple[str, bool]]
) -> None:
    got = found(text)
    authorities = {a for _, a, _ in got}
    assert len(authorities) == 1 and None not in authorities
    for surface, anaphor in wanted:
        assert any(s == surface and an == anaphor for s, _, an in got), surface


def test_the_named_state_law_wins_over_a_nearer_other_states_law() -> None:
    text = (
        "Michigan's ban on conversion therapy for minors took effect in October. Minnesota's "
        "ban on conversion therapy for minors took effect in August. The Michigan law is being "
        "challenged in court."
    )
    assert ("The Michigan law", "state:mi:bill:hb4616", True) in found(text)


def test_the_law_after_two_laws_equally_near_stays_unlinked() -> None:
    text = (
        "Texas's law allowing chaplains in public schools took effect in 2023, and Florida's "
        "law allowing volunteer school chaplains followed a year later. The law has drawn "
        "criticism."
    )
    got = found(text)
    assert ("Texas's law allowing chaplains in public schools", "state:tx:bill:sb763", False) in got
    assert not [s for s, _, _ in got if s == "The law"]


def test_the_bans_of_two_states_link_neither() -> None:
    text = (
        "Wyoming's ban on gender-affirming care for minors took effect in July, and New "
        "Hampshire's ban on gender-affirming care for minors takes effect in January. The bans "
        "were passed by Republican legislatures."
    )
    got = found(text)
    assert not [s for s, _, _ in got if s == "The bans"]


@pytest.mark.parametrize(
    "text",
    [
        "The court struck down Wyoming's overall ban on abortion, along with a ban on abortion "
        "pills.",
        "The court struck down Wyoming's overall ban on abortion, and upheld a ban on abortion "
        "pills.",
        "The court struck down Wyoming's overall ban on abortion and a ban on abortion pills.",
    ],
)
def test_a_ban_joined_to_another_ban_is_not_the_other(text: str) -> None:
    # (the pill ban's clause ends at ", along with"; "Wyoming's overall ban" is not the pill
    # ban because the pill ban's sentence holds "abortion" only through the other's words)
    got = found(text, "2026-01-07")
    assert ("a ban on abortion pills", "state:wy:bill:sf109", False) in got
    assert not [s for s, a, _ in got if a == "state:wy:bill:sf109" and "overall" in s]
    assert ("Wyoming's overall ban on abortion", "state:wy:bill:hb152", False) in got


def test_a_phrase_that_holds_one_tied_laws_topic_whole_takes_it() -> None:
    # Wyoming's 2023 ban ("abortion ban"), its trigger ban ("abortion trigger ban") and its
    # pill ban ("abortion pill ban") all share "abortion" and "ban" with the phrase
    assert ids("Wyoming's abortion ban was struck down on Tuesday.", "2026-01-07") == {
        "state:wy:bill:hb152"
    }
    # North Dakota's: the law that replaced the trigger ban, as before
    assert "state:nd:bill:sb2150" in ids("North Dakota's abortion ban was struck down.")
    # Florida's six-week and 15-week bans: neither topic is held whole, no link
    assert not ids("Florida's abortion ban was debated on Tuesday.") & {
        "state:fl:bill:sb300",
        "state:fl:bill:hb5",
    }


def test_age_tells_an_age_verification_law() -> None:
    text = "SALT LAKE CITY (AP) — A judge blocked the state's social media age law on Tuesday."
    assert ids(text, "2024-09-10") == {"state:ut:bill:sb194"}
    assert "state:ut:bill:sb194" in ids(
        "A judge blocked Utah's social media age law.", "2024-09-10"
    )


def test_another_states_namesake_act_is_not_marylands() -> None:
    # (Maryland's "Child Victims Act of 2023" row does not take New York's Child Victims Act)
    text = "Survivors sued under New York's Child Victims Act, which opened a lookback window."
    assert "state:md:bill:hb1" not in ids(text, "2019-08-14")


def test_the_1864_ban_is_not_the_law_that_repealed_it() -> None:
    # (Arizona H.B. 2677's topic "repeal of the 1864 abortion ban" holds the ban's words; the
    # phrase that prints no "repeal" still takes the 1864 ban's section)
    got = ids("Arizona's 1864 abortion ban was revived by the court.", "2024-04-10")
    assert got == {"state:az:ars:13-3603"}
    got = ids("Hobbs signed Arizona's law repealing the 1864 abortion ban.", "2024-06-01")
    assert ("the 1864 abortion ban", "state:az:ars:13-3603", False) in found(
        "Hobbs signed Arizona's law repealing the 1864 abortion ban.", "2024-06-01"
    )
    assert "state:az:bill:hb2677" not in got


def test_a_description_whose_clause_runs_into_its_own_number_keeps_it() -> None:
    # (the description's own words are read beside the number it runs into, as before)
    text = (
        "SACRAMENTO, Calif. — A judge blocked the law banning so-called “mandatory meetings on "
        "politics,” SB 399, on Tuesday."
    )
    got = found(text, "2025-10-01")
    assert ("the law banning", "state:ca:bill:sb399", False) in got


@pytest.mark.parametrize(
    "text",
    [
        "Colorado's shield law protects reporters from subpoenas for their notes.",
        "New York's shield law protects journalists from revealing sources.",
        "OLYMPIA, Wash. (AP) — The state's shield law protects reporters from subpoenas.",
    ],
)
def test_a_reporters_shield_law_is_no_abortion_shield_law(text: str) -> None:
    # (the abortion shield laws' rows hold no "shield": the states' press shield laws share it)
    assert not [m for m in mentions(text, "2024-01-01") if m.kind == "statute"]
