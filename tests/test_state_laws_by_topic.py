"""State laws by topic in every state (issue 13, point 5, twelfth session): the rows
``state_acts.csv`` gained for the topics U.S. news covered most in 2021–2026, and the shapes
that read them. The sentences are our own, in the shapes of real news pages."""

from __future__ import annotations

import pytest

from conftest import mentions


def found(text: str, date: str = "2025-06-01") -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.authority, m.anaphor) for m in mentions(text, date) if m.kind == "statute"]


def ids(text: str, date: str = "2025-06-01") -> set[str | None]:
    return {m.authority for m in mentions(text, date) if m.kind == "statute"}


# one sentence per new row: a state and what its law does ("[State]'s ban on X", "[State]'s
# law requiring X", "[State]'s near-total abortion ban")
@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("North Dakota's near-total abortion ban makes performing an abortion a felony.",
         'state:nd:bill:sb2150'),
        ("A judge blocked Wyoming's trigger ban on abortion last week.",
         'state:wy:bill:hb92'),
        ("The court upheld Maryland's ban on assault weapons.",
         'state:md:bill:sb281'),
        ("Doctors sued over West Virginia's ban on gender-affirming care for minors.",
         'state:wv:bill:hb2007'),
        ("The Supreme Court may review Washington's ban on the sale of assault weapons.",
         'state:wa:bill:hb1240'),
        ("Families challenged Louisiana's ban on gender-affirming care for minors.",
         'state:la:bill:hb648'),
        ("NetChoice sued over Georgia's law requiring age verification for social media accounts.",
         'state:ga:bill:sb351'),
        ("Parents sued over Arkansas' law requiring the Ten Commandments in classrooms.",
         'state:ar:bill:sb433'),
        ("Sheriffs criticized Michigan's red flag law allowing extreme risk protection orders.",
         'state:mi:bill:sb83'),
        ("A judge blocked Montana's ban on drag performances.",
         'state:mt:bill:hb359'),
        ("Voters may repeal Missouri's law that redraws congressional districts.",
         'state:mo:bill:hb1'),
        ("Critics hit Ohio's new law requiring strict photo identification for voters.",
         'state:oh:bill:hb458'),
        ("Parents applied under Tennessee's law giving families school vouchers.",
         'state:tn:bill:sb6001'),
        ("Ohio's law allowing permitless concealed carry took effect in June.",
         'state:oh:bill:sb215'),
        ("Indiana's law allowing permitless carry of a handgun took effect in July.",
         'state:in:bill:hb1296'),
        ("Mississippi's ban on gender transition procedures for minors took effect immediately.",
         'state:ms:bill:hb1125'),
        ("A judge blocked Florida's law barring children from adult live performances.",
         'state:fl:bill:sb1438'),
        ("Kentucky's ban on DEI offices at public universities takes effect in June.",
         'state:ky:bill:hb4'),
        ("Oklahoma's law blacklisting financial companies that boycott energy companies.",
         'state:ok:bill:hb2034'),
        ("Gun groups sued over Delaware's ban on the sale of assault weapons.",
         'state:de:bill:hb450'),
        ("Idaho's trigger ban on abortion took effect in August.",
         'state:id:bill:sb1385'),
        ("Apple opposed Utah's law requiring app store age verification.",
         'state:ut:bill:sb142'),
        ("Alabama's ban on transgender athletes in girls sports was signed in April.",
         'state:al:bill:hb391'),
        ("Florida's law restricting transgender bathroom access took effect July 1.",
         'state:fl:bill:hb1521'),
        ("New York's law restricting addictive social media feeds for minors was signed in June.",
         'state:ny:bill:s7694'),
        ("A court weighed North Carolina's law ending the same-day registration rules.",
         'state:nc:bill:sb747'),
        ("California's law on frontier artificial intelligence safety took effect in January.",
         'state:ca:bill:sb53'),
        ("Iowa's ban on transgender girls in girls sports took effect immediately.",
         'state:ia:bill:hf2416'),
        ("The ACLU sued over Arkansas' ban on transgender girls on girls sports teams.",
         'state:ar:bill:sb354'),
        ("Louisiana's ban on transgender athletes in women's sports took effect in August.",
         'state:la:bill:sb44'),
        ("Kentucky's ban on transgender girls in girls sports was enacted over a veto.",
         'state:ky:bill:sb83'),
        ("Kentucky's fetal heartbeat law bans abortion after a fetal heartbeat is detected.",
         'state:ky:bill:sb9'),
        ("Mississippi's ban on abortion after a fetal heartbeat is detected was blocked.",
         'state:ms:bill:sb2116'),
        ("Arizona's ban on abortion after 15 weeks of pregnancy took effect in September.",
         'state:az:bill:sb1164'),
        ("West Virginia's near-total abortion ban took effect immediately.",
         'state:wv:bill:hb302'),
        ("Families applied under Louisiana's law creating education savings accounts.",
         'state:la:bill:sb313'),
        ("Gun owners sued over Colorado's law requiring safety training to buy semiautomatic guns.",
         'state:co:bill:sb25-003'),
        ("Utah's law requiring generative artificial intelligence disclosure took effect in May.",
         'state:ut:bill:sb149'),
        ("Librarians criticized Idaho's law on materials harmful to minors in libraries.",
         'state:id:bill:hb710'),
        ("NetChoice sued over Tennessee's social media age verification law.",
         'state:tn:bill:hb1891'),
        ("Professors hit Indiana's law tying tenure to intellectual diversity at universities.",
         'state:in:bill:sb202'),
        ("Unions sued over Florida's law ending union dues deducted from paychecks.",
         'state:fl:bill:sb256'),
        ("Oregon's law on consumer data privacy took effect in July.",
         'state:or:bill:sb619'),
    ],
)  # fmt: skip
def test_a_new_row_is_found_by_its_state_and_topic(text: str, authority: str) -> None:
    assert authority in ids(text)


def test_the_year_or_new_old_picks_one_of_two_rows_of_a_state_and_topic() -> None:
    # South Carolina's 2021 six-week ban (S. 1) and its 2023 successor (S. 474)
    told = "ban on abortion after a fetal heartbeat is detected"
    assert "state:sc:bill:s1" in ids(f"South Carolina's 2021 {told} was struck down.")
    assert "state:sc:bill:s474" in ids(f"South Carolina's 2023 {told} was upheld.")
    assert "state:sc:bill:s474" in ids(f"South Carolina's new {told} was upheld.")
    assert "state:sc:bill:s1" in ids(f"South Carolina's original {told} was struck down.")
    # neither: two rows equally likely, no link
    assert not ids(f"South Carolina's {told} was upheld.") & {
        "state:sc:bill:s1",
        "state:sc:bill:s474",
    }
    # "the state's new … ban" in a story that names North Dakota: the 2023 law, not the
    # 2007 trigger ban
    text = (
        "North Dakota lawmakers revised the abortion laws. "
        "The state's new near-total abortion ban took effect."
    )
    assert "state:nd:bill:sb2150" in ids(text)


def test_a_law_is_linked_by_what_it_does_not_by_whom_it_concerns() -> None:
    # Montana's birth-certificate law (SB 280), not its ban on care for minors (SB 99),
    # though both concern transgender people; the next paragraph's words are not its own
    text = (
        "HELENA — A judge temporarily blocked a new Montana law that required transgender "
        "citizens to get surgery and a court order before they can change the sex on their "
        "birth certificate.\n\nThe judge said the law interferes with a person's right to be "
        "free from state meddling in a person's medical treatment."
    )
    got = ids(text, "2022-04-21")
    assert "state:mt:bill:sb280" in got
    assert "state:mt:bill:sb99" not in got


def test_a_bill_its_sentence_says_was_enacted() -> None:
    text = (
        "West Virginia Gov. Jim Justice on Wednesday signed a bill banning gender-affirming "
        "care for minors."
    )
    assert ("a bill banning gender-affirming care for minors", "state:wv:bill:hb2007", False) in (
        found(text, "2023-03-30")
    )
    text = (
        "A Louisiana bill banning gender-affirming care for transgender youth will become law "
        "after legislators overrode the governor's veto."
    )
    assert "state:la:bill:hb648" in ids(text, "2023-07-18")


@pytest.mark.parametrize(
    "text",
    [
        # a proposal: introduced, never said to be enacted
        "Lawmakers in West Virginia introduced a bill banning gender-affirming care for minors.",
        # another state's law: the sentence names no state with that row
        "Vermont lawmakers passed a bill banning gender-affirming care for minors, and the "
        "governor signed it.",
        # a state with rows, but none of that topic
        "Delaware's ban on gender-affirming care for minors was debated.",
    ],
)  # fmt: skip
def test_no_link_for_a_proposal_another_state_or_a_topic_the_state_lacks(text: str) -> None:
    assert not [m for m in mentions(text, "2024-06-21") if m.matcher == "described_laws"]


def test_the_ban_refers_back_to_a_state_ban_told_by_its_topic() -> None:
    text = (
        "The Supreme Court declined to review Maryland’s ban on so-called assault weapons. "
        "The ban covers dozens of rifles. A lower court upheld the law."
    )
    got = found(text, "2025-06-02")
    assert ("Maryland’s ban on so-called assault weapons", "state:md:bill:sb281", False) in got
    assert ("the law", "state:md:bill:sb281", True) in got
