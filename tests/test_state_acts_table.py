"""States' laws news names, describes and refers back to, linked through ``state_acts.csv``
(issue 13, point 5: the eleventh session's table and mechanisms). The sentences are our own,
in the shapes of real news pages."""

from __future__ import annotations

import pytest

from conftest import mentions


def found(text: str, date: str = "2024-06-21") -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.authority, m.anaphor) for m in mentions(text, date) if m.kind == "statute"]


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        # a state + what its law does ("described"): the one row of that state it fits
        ("The justices will review a 2019 Colorado law that bans conversion therapy for "
         "minors.", "a 2019 Colorado law that bans conversion therapy for minors",
         "state:co:crs:12-245-224"),
        ("The court heard a challenge to a law in Colorado that bans conversion therapy for "
         "young people.", "a law in Colorado that bans conversion therapy for young people",
         "state:co:crs:12-245-224"),
        ("Counselors sued over Colorado’s ban on conversion therapy for minors.",
         "Colorado’s ban on conversion therapy for minors", "state:co:crs:12-245-224"),
        ("A judge blocked Arkansas’ law banning gender-affirming care for minors, handing "
         "families a win.", "Arkansas’ law banning gender-affirming care for minors",
         "state:ar:bill:hb1570"),
        ("Families challenged Tennessee's law that bans gender-affirming care for minors.",
         "Tennessee's law that bans gender-affirming care for minors", "state:tn:bill:sb1"),
        # an act by a name the table lists, with its id
        ("The ruling covers the Utah Social Media Regulation Act, lawmakers said.",
         "Utah Social Media Regulation Act", "state:ut:bill:sb152"),
        ("Florida's Stop WOKE Act limits workplace training.", "Florida's Stop WOKE Act",
         "state:fl:bill:hb7"),
        ("A judge struck down the Protecting Illinois Communities Act on Friday. Illinois "
         "will appeal.",
         "Protecting Illinois Communities Act", "state:il:bill:pa102-1116"),
        ("The California Consumer Privacy Act lets people opt out of data sales.",
         "California Consumer Privacy Act", "state:ca:civ:1798.100"),
    ],
)  # fmt: skip
def test_a_state_law_named_or_described_takes_its_row(
    text: str, surface: str, authority: str
) -> None:
    assert (surface, authority, False) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # another state's law: Colorado's row is not Utah's
        "Utah lawmakers passed a law that bans conversion therapy for minors.",
        # a year the row does not have: "a 2012 Colorado law" is another law
        "The case concerns a 2012 Colorado law that bans conversion therapy for minors.",
        # two rows of one state fit equally: Florida's six-week and 15-week abortion bans
        "Doctors criticized Florida's ban on abortion after weeks of pregnancy.",
        # a state with no row of that topic
        "Nebraska's law banning conversion therapy for minors was debated.",
    ],
)
def test_no_link_for_another_state_year_or_a_tie(text: str) -> None:
    assert not [m for m in mentions(text, "2024-06-21") if m.matcher == "described_laws"]


def test_the_law_and_the_ban_refer_back_to_a_described_state_law() -> None:
    text = (
        "The Supreme Court agreed to hear a challenge to a Colorado law that bans conversion "
        "therapy for minors. The law took effect in 2019. A counselor says the Colorado law "
        "limits her speech."
    )
    got = found(text)
    assert ("The law", "state:co:crs:12-245-224", True) in got
    assert ("the Colorado law", "state:co:crs:12-245-224", True) in got


def test_a_quoted_nickname_in_a_roundup_refers_ahead_to_no_state_act() -> None:
    text = (
        "More than 200 laws took effect in Florida. One of these laws, dubbed the \u201cdon't "
        "say period\u201d bill by critics, limits lessons. Florida's Heartbeat Protection Act "
        "took effect too."
    )
    assert ("Florida's Heartbeat Protection Act", "state:fl:bill:sb300", False) in found(text)
    assert not [m for m in mentions(text, "2023-07-01") if "\u201d" in m.text]


def test_every_row_with_topics_is_one_law_per_id() -> None:
    from linker.scanner.described_laws import _laws

    ids = [law.authority for law in _laws()]
    assert len(ids) == len(set(ids))
    assert sum(i.startswith("state:") for i in ids) >= 30


def test_a_bill_number_with_leading_zeros_is_the_plain_number() -> None:
    text = "Tennessee Gov. Bill Lee signed Senate Bill 0001, a ban on care for minors."
    assert ("Senate Bill 0001", "state:tn:bill:sb1", False) in found(text, "2023-03-03")


def test_a_number_that_tells_another_law_of_the_state_is_no_anaphor_of_this_one() -> None:
    text = (
        "Florida's Heartbeat Protection Act bans abortion after six weeks. The law takes "
        "effect once courts rule on the 15-week ban."
    )
    got = found(text, "2023-04-14")
    assert ("The law", "state:fl:bill:sb300", True) in got
    assert not [t for t in got if t[0] == "the 15-week ban"]


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        ("The Supreme Court heard a challenge to a 2019 Colorado law. Counselors say the ban "
         "on conversion therapy for minors limits speech.", None, None),
        ("Courts upheld Tennessee's ban and a similar Kentucky law on gender-affirming care "
         "for minors.", "a similar Kentucky law", "state:ky:bill:sb150"),
        ("A counselor challenged a 2019 Colorado law barring conversion therapy for minors "
         "in court.", "a 2019 Colorado law barring conversion therapy for minors in court",
         "state:co:crs:12-245-224"),
    ],
)  # fmt: skip
def test_a_state_law_told_by_its_sentence(text: str, surface: str | None, authority: str) -> None:
    got = [(m.text, m.authority) for m in mentions(text, "2025-01-10") if not m.anaphor]
    if surface is None:
        # the sentence of "a 2019 Colorado law" says nothing of what it does: no link
        assert not [t for t in got if t[0] == "a 2019 Colorado law" and t[1]]
    else:
        assert (surface, authority) in got


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        # a name the table lists for one state, in a story that names that state
        ("A judge ordered Florida to stop enforcing its new Stop WOKE Act at universities.",
         "Stop WOKE Act", "state:fl:bill:hb7"),
        # two states have a "Heartbeat Protection Act": the one the article names
        ("Doctors in Florida prepared as the Heartbeat Protection Act took effect.",
         "Heartbeat Protection Act", "state:fl:bill:sb300"),
        ("Ohio clinics closed when the Heartbeat Protection Act took effect.",
         "Heartbeat Protection Act", "state:oh:bill:sb23"),
    ],
)  # fmt: skip
def test_a_table_name_takes_the_state_the_article_names(
    text: str, surface: str, authority: str
) -> None:
    assert (surface, authority, False) in found(text)


def test_a_table_name_in_a_story_naming_both_its_states_stays_unlinked() -> None:
    text = "Ohio and Florida each passed a Heartbeat Protection Act; the Heartbeat Protection Act"
    assert not [t for t in found(text + " is contested.") if t[1] and "Heartbeat" in t[0]]


def test_a_number_named_again_keeps_its_state_in_another_states_sentence() -> None:
    text = (
        "In Florida, the governor signed House Bill 1557, known as the Don't Say Gay bill. It "
        "has a provision akin to Texas’ S.B. 8: in both S.B. 8 and H.B. 1557, parents sue."
    )
    got = found(text, "2022-04-20")
    assert ("H.B. 1557", "state:fl:bill:hb1557", False) in got
    assert ("S.B. 8", "state:tx:bill:sb8", False) in got


def test_a_ban_its_sentence_state_enacted() -> None:
    text = (
        "Tennessee Gov. Bill Lee on Thursday signed into law a total ban on gender-affirming "
        "health care for transgender children. The law takes effect in July."
    )
    got = found(text, "2023-03-03")
    assert (
        "a total ban on gender-affirming health care for transgender children",
        "state:tn:bill:sb1",
        False,
    ) in got
    assert ("The law", "state:tn:bill:sb1", True) in got
    # no state in its sentence: no link
    assert not [
        t for t in found("Lawmakers debated a ban on gender-affirming care for minors.") if t[1]
    ]


@pytest.mark.parametrize(
    ("text", "date", "surface", "authority"),
    [
        # short session, data rows only: laws of states the table lacked, by name and by topic
        ("Gov. Jay Inslee signed Washington's Climate Commitment Act, which caps carbon "
         "emissions.", "2021-06-01", "Washington's Climate Commitment Act",
         "state:wa:bill:sb5126"),
        ("A judge blocked parts of the SCOPE Act, a Texas law on minors online.", "2024-09-01",
         "SCOPE Act", "state:tx:bill:hb18"),
        ("Critics say South Dakota's law banning gender-affirming care for minors harms "
         "families.", "2024-01-01",
         "South Dakota's law banning gender-affirming care for minors", "state:sd:bill:hb1080"),
        ("Utah's ban on collective bargaining for public unions faces a referendum.",
         "2025-06-01", "Utah's ban on collective bargaining for public unions",
         "state:ut:bill:hb267"),
        ("A federal judge blocked Tennessee's abortion trafficking law.", "2024-09-01",
         "Tennessee's abortion trafficking law", "state:tn:bill:hb1895"),
        ("A writer sued under New York's Adult Survivors Act.", "2023-05-01",
         "New York's Adult Survivors Act", "state:ny:bill:s66"),
    ],
)  # fmt: skip
def test_rows_of_the_eleventh_session_short_round(
    text: str, date: str, surface: str, authority: str
) -> None:
    assert (surface, authority, False) in found(text, date)


def test_a_name_two_states_share_keeps_no_row() -> None:
    # Colorado's and Oregon's acts are both the "Reproductive Health Equity Act": no id
    text = "In Colorado, the Reproductive Health Equity Act guarantees access to abortion."
    got = found(text, "2022-05-01")
    assert ("Reproductive Health Equity Act", None, False) in got
