"""States' laws told by what they do, and what refers back to them (issue 13, point 5,
thirteenth session): the shapes real pages print that the table's rows and the described-laws
finder missed. The sentences are our own, in the shapes of real news pages."""

from __future__ import annotations

import pytest

from conftest import mentions


def statutes(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


def ids(text: str, date: str | None = None) -> set[str | None]:
    return {a for _, a in statutes(text, date)}


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        # the head "ban" is a word the row's topic shares ("near-total abortion ban"), and the
        # 2023 law that replaced the 2007 trigger ban is the one in force
        ("A state judge struck down North Dakota’s ban on abortion on Thursday.",
         "North Dakota’s ban on abortion", "state:nd:bill:sb2150"),
        ("Bismarck, North Dakota - A North Dakota judge struck down a law banning most "
         "abortions in the state.", "a law banning most abortions in the state",
         "state:nd:bill:sb2150"),
        # a quoted word in the description
        ("The Wyoming Supreme Court on Tuesday declined, for now, to take up the suit "
         "challenging the state’s abortion “trigger” ban.", "the state’s abortion “trigger” ban",
         "state:wy:bill:hb92"),
        # "a law to ban …", "a Republican-backed state law banning …", "seeking to", "ending"
        ("HELENA, Mont. (AP) — A Montana state judge has blocked enforcement of a law to ban "
         "gender-affirming medical care for minors.",
         "a law to ban gender-affirming medical care for minors", "state:mt:bill:sb99"),
        ("A Texas judge on Friday blocked a Republican-backed state law banning gender-affirming "
         "care for transgender minors.",
         "a Republican-backed state law banning gender-affirming care for transgender minors",
         "state:tx:bill:sb14"),
        # (a long word of the row's topics must stand in the text: "children" here)
        ("A federal judge blocked an Ohio law seeking to regulate kids’ access to social media "
         "platforms. It required consent for children under 16.",
         "an Ohio law seeking to regulate kids’ access to social media platforms",
         "state:oh:bill:hb33"),
        ("The Illinois Supreme Court on Tuesday upheld a state law ending cash bail.",
         "a state law ending cash bail", "state:il:bill:pa101-652"),
        ("A judge blocked the state’s upcoming ban on gender-affirming medical care for minors "
         "in Texas on Friday.",
         "the state’s upcoming ban on gender-affirming medical care for minors",
         "state:tx:bill:sb14"),
        ("The Arizona legislature passed a law in 2022 providing that teams for girls may "
         "not include transgender girls.",
         "a law in 2022 providing that teams for girls may not include transgender girls",
         "state:az:bill:sb1165"),
        # a number breaks a tie of two rows (the 15-week and the six-week ban)
        ("That case focuses on a Mississippi law banning abortion 15 weeks into a pregnancy.",
         "a Mississippi law banning abortion 15 weeks into a pregnancy",
         "state:ms:code:41-41-191"),
        # "ID" is a word of the row's topic ("voter id law") though shorter than a stem
        ("North Carolina’s Supreme Court seems likely to allow a voter ID law in the state to "
         "go into effect.", "a voter ID law", "state:nc:bill:sb824"),
        # the new rows
        ("Families sued over Idaho’s ban on transgender health care for adolescents.",
         "Idaho’s ban on transgender health care for adolescents", "state:id:bill:hb71"),
        # (nineteenth session: the near-total ban is the trigger section H.B. 126 enacted,
        # Mo. Rev. Stat. § 188.017, a row of its own)
        ("A judge ruled that Missouri’s near-total abortion ban is unenforceable.",
         "Missouri’s near-total abortion ban", "state:mo:rsmo:188.017"),
        ("A judge limited Arizona’s ban on trans athletes on Thursday.",
         "Arizona’s ban on trans athletes", "state:az:bill:sb1165"),
        ("A federal judge blocked an Arkansas law banning nearly all abortions in the state.",
         "an Arkansas law banning nearly all abortions in the state", "state:ar:bill:sb6"),
        ("A Utah judge blocked that state’s near-total abortion ban for 14 days.",
         "that state’s near-total abortion ban", "state:ut:bill:sb174"),
        ("SIOUX FALLS, S.D. (AP) — South Dakota’s trigger ban on abortion took effect.",
         "South Dakota’s trigger ban", "state:sd:sdcl:22-17-5.1"),
        ("In Louisiana, a judge blocked that state’s trigger-law ban on abortion for now.",
         "that state’s trigger-law ban on abortion", "state:la:bill:sb342"),
        ("The judge ruled that the Utah Minor Protection in Social Media Act restricts speech.",
         "Utah Minor Protection in Social Media Act", "state:ut:bill:sb194"),
        ("NetChoice challenged Ohio’s Parental Notification by Social Media Operators Act.",
         "Ohio’s Parental Notification by Social Media Operators Act", "state:oh:bill:hb33"),
    ],
)  # fmt: skip
def test_a_state_law_told_by_what_it_does_takes_its_row(
    text: str, surface: str, authority: str
) -> None:
    assert (surface, authority) in statutes(text)


def test_the_law_in_force_unless_the_article_predates_it() -> None:
    text = "A state judge struck down North Dakota’s ban on abortion on Thursday."
    # (dated 2022: the 2023 law that replaced the trigger ban did not exist yet)
    assert ids(text, "2022-08-25") == {"state:nd:bill:hb1466"}
    assert ids(text, "2024-09-12") == {"state:nd:bill:sb2150"}
    # "the original ban": the earlier law, never the one that replaced it
    assert "state:nd:bill:sb2150" not in ids(
        "Lawmakers rewrote North Dakota’s original ban on abortion."
    )


def test_what_refers_back_takes_the_described_law() -> None:
    text = (
        "A Texas judge has blocked the state’s upcoming ban on gender-affirming medical care "
        "for minors. The ruling temporarily blocks the start date of the ban. Families argued "
        "that the law discriminates against transgender children."
    )
    got = statutes(text, "2023-08-25")
    assert ("the ban", "state:tx:bill:sb14") in got
    assert ("the law", "state:tx:bill:sb14") in got


@pytest.mark.parametrize(
    "text",
    [
        # two laws joined: the clause of the first stops at "and its"; the first alone ties
        # three rows (the 2023 ban, the trigger ban it replaced, the pill ban): no pill ban
        "A state judge struck down Wyoming's overall ban on abortion and its prohibition on "
        "the use of medication to end pregnancy.",
        # "the law as a … statute": what the law was called, no description of another law
        "Colorado lawmakers passed the law in 2019. A former attorney general referred to the "
        "law as a “consumer protection” statute.",
        # a state law in a sentence and an article that name no state: nothing
        "The court upheld a state law ending cash bail on Tuesday.",
    ],
)
def test_no_link_where_the_words_do_not_choose_one_row(text: str) -> None:
    got = ids(text)
    assert "state:wy:bill:sf109" not in got
    assert "state:co:bill:sb24-205" not in got
    assert "state:il:bill:pa101-652" not in got


def test_a_law_of_another_state_named_later_is_no_antecedent() -> None:
    text = (
        "A judge in Florida on Thursday declared the state's abortion restrictions "
        "unconstitutional. The law was to take effect at midnight, and the state will appeal. "
        "In Kentucky, a judge on Thursday blocked that state's near-total abortion ban from "
        "taking effect."
    )
    got = statutes(text, "2022-06-30")
    assert ("that state's near-total abortion ban", "state:ky:krs:311.772") in got
    assert ("The law", "state:ky:krs:311.772") not in got


def test_comparatives_ask_nothing_of_the_antecedent() -> None:
    text = (
        "A judge struck down North Dakota’s ban on abortion. Abortions were allowed only in "
        "hospitals after a district court blocked the broader ban last year."
    )
    assert ("the broader ban", "state:nd:bill:sb2150") in statutes(text, "2025-11-21")


def test_the_storys_first_law_is_the_row_its_opening_tells() -> None:
    text = (
        "Louisiana will appeal ruling that struck down 25-foot buffer zone around police\n\n"
        "BATON ROUGE — Louisiana's attorney general told a federal judge the state would "
        "appeal his decision barring enforcement of a buffer zone around police officers. The "
        "judge had said the 2024 law was vague. Media groups challenged the law."
    )
    got = statutes(text, "2025-02-10")
    assert ("the 2024 law", "state:la:bill:hb173") in got
    assert ("the law", "state:la:bill:hb173") in got
    text = (
        "Utah judge blocks state from enforcing transgender sports ban\n\n"
        "A judge issued an injunction preventing the state from trying to enforce the law, "
        "which lawmakers approved this year. Transgender athletes and their families sued "
        "over the law to play on girls teams."
    )
    assert ("the law", "state:ut:bill:hb11") in statutes(text, "2022-08-19")


@pytest.mark.parametrize(
    "text",
    [
        # the opening tells no row's topic
        "Louisiana lawmakers met on Monday.\n\nThe judge had said the 2024 law was vague.",
        # another state in the phrase's sentence
        "Louisiana will appeal ruling on 25-foot buffer zone around police\n\nIn Texas, the "
        "2024 law was upheld.",
        # no one state: the article names two
        "Judges weigh buffer zones around police in Louisiana and Indiana\n\nThe judge said "
        "the 2024 law was vague.",
    ],
)
def test_no_storys_law_without_one_state_and_its_topic(text: str) -> None:
    assert "state:la:bill:hb173" not in ids(text, "2025-02-10")
