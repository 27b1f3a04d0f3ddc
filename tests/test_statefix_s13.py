"""The audit's wrong state-law links, thirteenth session (issue 13, points 5 and 7): a state's
two laws on one topic told apart (``README.md``, "Two laws of one state on one topic"). Each
test is a sentence of that shape, made up or a short quote of a real one."""

from __future__ import annotations

from conftest import mentions

HLPA = "state:tn:tca:39-15-213"  # Tennessee's 2019 trigger law, in force from August 2022
HB2263 = "state:tn:bill:hb2263"  # Tennessee's 2020 six-week ("heartbeat") ban


def _links(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


# --- Tennessee: the 2020 six-week ban is not the 2019 trigger law ------------------------------

SIGNED = (
    "Lee on Monday signed into law the state's wide-ranging abortion ban, legislation that "
    "will enact some of the nation's most restrictive abortion regulations. He signed the "
    "bill around 11 a.m. By 11:45 a.m., the court ruled against the law."
)


def test_an_undated_tennessee_abortion_ban_is_neither_law() -> None:
    # (a 2020 story of the six-week ban's signing, undated: both rows fit "abortion ban", and
    # the trigger law took over only in 2022, which an undated page cannot tell)
    text = "A federal judge halted a controversial abortion law in Tennessee. " + SIGNED
    assert [a for _, a in _links(text) if a in (HLPA, HB2263)] == []


def test_a_2020_tennessee_abortion_ban_is_not_the_trigger_law() -> None:
    text = "A federal judge halted a controversial abortion law in Tennessee. " + SIGNED
    assert HLPA not in [a for _, a in _links(text, "2020-07-13")]


def test_the_tennessee_six_week_ban_is_the_2020_act() -> None:
    text = (
        "Tennessee lawmakers passed a six-week abortion ban on Friday. Abortion providers "
        "sued to block the ban."
    )
    assert (HB2263 in [a for _, a in _links(text)]) and HLPA not in [a for _, a in _links(text)]


def test_the_tennessee_heartbeat_law_is_the_2020_act() -> None:
    # supertalk929.com, 2020: "… as he placed his signature on the state's 'heartbeat' abortion
    # bill. The law prohibits a woman from receiving an abortion once a fetal heartbeat is
    # detected …"
    text = (
        "Gov. Bill Lee signed Tennessee's heartbeat bill on Monday. The law prohibits a woman "
        "from receiving an abortion once a fetal heartbeat is detected."
    )
    assert HLPA not in [a for _, a in _links(text)]


def test_tennessee_s_abortion_ban_after_2022_is_the_trigger_law() -> None:
    # (dated 2023: the trigger law is the ban in force, though enacted before the 2020 act)
    text = (
        "Doctors in Tennessee say the state's near-total abortion ban leaves them unsure when "
        "they may act. Tennessee's abortion ban has exceptions only to save a life."
    )
    assert HLPA in [a for _, a in _links(text, "2023-09-12")]
    assert HB2263 not in [a for _, a in _links(text, "2023-09-12")]


def test_tennessee_s_trigger_law_stays_the_trigger_law() -> None:
    text = "Tennessee's trigger law banning abortion took effect on Thursday."
    assert HLPA in [a for _, a in _links(text)]


def test_tennessee_s_plain_abortion_ban_by_the_article_s_year() -> None:
    text = "Doctors say Tennessee's abortion ban leaves them unsure when they may act."
    assert _links(text, "2023-09-12") == [("Tennessee's abortion ban", HLPA)]
    assert _links(text, "2020-07-13") == []  # both laws then enacted, neither yet in force


# --- North Dakota: the 2007 trigger ban told by what follows, not the 2023 law ---------------

ND_2007 = "state:nd:bill:hb1466"
ND_2023 = "state:nd:bill:sb2150"


def test_a_ban_designed_to_take_effect_once_roe_fell_is_not_its_replacement() -> None:
    # (a 2022 story, undated: "a state abortion ban … The ban was designed to take effect
    # once the U.S. Supreme Court overturned Roe v. Wade")
    text = (
        "The North Dakota Supreme Court ruled Thursday that a state abortion ban will remain "
        "blocked while a lawsuit proceeds. The ban was designed to take effect once the U.S. "
        "Supreme Court overturned Roe v. Wade. A judge had put it on hold this summer."
    )
    assert ND_2023 not in [a for _, a in _links(text)]


def test_north_dakota_s_abortion_ban_after_roe_fell_stays_the_law_in_force() -> None:
    # (the year Roe fell, told in passing, does not make the ban the trigger ban)
    text = (
        "North Dakota's abortion ban remains in effect, the court ruled. The "
        "Legislature passed it after the U.S. Supreme Court overturned Roe v. Wade."
    )
    assert ND_2023 in [a for _, a in _links(text)]


def test_the_law_after_the_previous_ban_is_not_the_previous_ban() -> None:
    # kstp.com (AP), 2024: "… challenged the state’s previous abortion ban in the wake of … In
    # 2023, North Dakota’s Republican-controlled Legislature revised the state’s abortion
    # laws. That law criminalized …"
    text = (
        "North Dakota's highest court ruled Friday on the appeal. A clinic first challenged "
        "the state's previous abortion ban after Roe v. Wade fell. In 2023, the Legislature "
        "revised the state's abortion laws. That law made performing an abortion a felony."
    )
    found = _links(text)
    assert ("the state's previous abortion ban", ND_2007) in found
    assert ("That law", ND_2007) not in found


def test_the_previous_ban_itself_is_still_the_trigger_ban() -> None:
    text = "A clinic first challenged North Dakota's previous abortion ban in 2022."
    assert ND_2007 in [a for _, a in _links(text)]


# --- Texas: "the near-total abortion ban" is the 2021 trigger law, not the six-week act -------

TX_TRIGGER = "state:tx:bill:hb1280"
TX_SB8 = "state:tx:bill:sb8"


def test_texas_near_total_ban_is_the_trigger_law() -> None:
    # (a 2023 story: "state District Judge Jessica Mangrum ruled that the near-total abortion
    # ban cannot be enforced in cases involving complicated pregnancies")
    text = (
        "In Texas, a state district judge ruled that the near-total abortion ban cannot be "
        "enforced in cases involving complicated pregnancies."
    )
    assert (TX_TRIGGER in [a for _, a in _links(text)]) and TX_SB8 not in [
        a for _, a in _links(text)
    ]


def test_texas_six_week_ban_stays_the_heartbeat_act() -> None:
    text = "Texas lawmakers passed a six-week abortion ban that lets private citizens sue."
    assert TX_SB8 in [a for _, a in _links(text)]


# --- roundups: "the law" in the next state's story is not the first state's law ---------------


def test_the_law_in_a_roundups_next_state_story_is_not_the_first_states() -> None:
    # (a roundup of AP stories: "… enforcement of Utah's abortion trigger law … ¶ Indiana
    # Supreme Court keeps state abortion ban on hold ¶ … Owen County Judge Kelsey Hanlon
    # blocked the law from being enforced.")
    text = (
        "SALT LAKE CITY — A judge halted enforcement of Utah's abortion trigger law on "
        "Monday.\n\nIndiana Supreme Court keeps state abortion ban on hold\n\nThe court "
        "denied a request to set aside the injunction. A county judge blocked the law from "
        "being enforced."
    )
    refs = [(m.text, m.authority) for m in mentions(text) if m.anaphor]
    assert [r for r in refs if r[0] == "the law" and (r[1] or "").startswith("state:ut:")] == []


def test_a_list_of_other_states_inside_a_paragraph_keeps_the_law() -> None:
    # (ontopmag.com, 2023: "West Virginia joins a growing list of states that restrict or
    # ban gender-affirming care for minors, including Alabama, Arizona, …")
    text = (
        "West Virginia's Republican governor on Wednesday signed a bill that bans "
        "gender-affirming care for minors.\n\nSupporters, like lawmakers in Alabama and "
        "Arizona, had called for it.\n\nThe law prohibits minors from being prescribed "
        "hormone therapy."
    )
    refs = [(m.text, m.authority) for m in mentions(text) if m.anaphor]
    assert ("The law", "state:wv:bill:hb2007") in refs


def test_a_paragraph_opening_on_another_state_then_back_to_the_first_keeps_the_law() -> None:
    text = (
        "West Virginia's Republican governor on Wednesday signed a bill that bans "
        "gender-affirming care for minors.\n\nArizona passed a similar bill last year.\n\n"
        "In West Virginia, the law prohibits minors from being prescribed hormone therapy."
    )
    refs = [(m.text, m.authority) for m in mentions(text) if m.anaphor]
    assert ("the law", "state:wv:bill:hb2007") in refs


def test_the_bill_is_the_bill_revising_the_law_not_the_law() -> None:
    # (bismarcktribune.com, 2023: "Moving through the Legislature is Senate Bill 2150, …,
    # which would revise language of the state's 2007 abortion trigger ban … The Senate passed
    # the bill in January in a 43-4 vote.")
    text = (
        "North Dakota's 2007 Legislature passed a trigger ban.\n\nMoving through the "
        "Legislature is Senate Bill 2150, which would revise language of the state's 2007 "
        "abortion trigger ban.\n\nThe Senate passed the bill in January in a 43-4 vote."
    )
    refs = [(m.text, m.authority) for m in mentions(text) if m.anaphor]
    assert ("the bill", ND_2023) in refs


def test_a_roundups_next_story_on_the_district_of_columbia_is_not_the_states() -> None:
    # (a year-end list of new laws, each under its own heading)
    text = (
        "Ohio Law on Donated Venison\nSB 40, which Ohio Gov. Ann Lee signed in August, ends "
        "a fee.\nThe law also requires records.\nWashington, D.C., Law Requiring Stores to "
        "Take Cash\nD.C. amended its laws to bar cashless stores. The new law says a store "
        "shall not refuse cash."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2024-12-30") if m.anaphor]
    assert ("The law", "state:oh:bill:sb40") in refs
    assert [r for r in refs if r[0] == "The new law" and (r[1] or "").startswith("state:oh")] == []
