"""A roundup's new state law told as what the state will now do ("The state will now require
…", "California is also requiring …"), and two state_acts.csv rows (twentieth session):
California's A.B. 2202 (short-term rental cleaning fees) and Florida's Tristin Murphy Act
(S.B. 168, 2025). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions


def _laws(text: str, date: str = "2025-07-02") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


_ROUNDUP = "A handful of new laws take effect across the country this week.\n\n{}\n\n{}\n"


@pytest.mark.parametrize(
    ("block", "opening", "authority"),
    [
        (
            "California\n\nTo fight surprise charges, the state will now require short-term "
            "rental hosts to disclose cleaning fees before a guest books.",
            "the state will now require",
            "state:ca:bill:ab2202",
        ),
        (
            "California\n\nThe state is also requiring sellers of online subscriptions to make "
            "it easier for subscribers to cancel.",
            "The state is also requiring",
            "state:ca:bill:ab2863",
        ),
        (
            "California\n\nThe state will require larger employers to offer health insurance "
            "that covers infertility diagnosis and fertility treatments.",
            "The state will require",
            "state:ca:bill:sb729",
        ),
        (
            "Oregon\n\nVoters approved a new tax.\n\nCalifornia\n\nCalifornia will now require "
            "short-term rentals to disclose additional fees or charges for chores.",
            "California will now require",
            "state:ca:bill:ab2202",
        ),
    ],
)
def test_what_the_state_will_now_do_is_its_new_law(
    block: str, opening: str, authority: str
) -> None:
    text = _ROUNDUP.format("Texas\n\nThe state raised its speed limits.", block)
    found = _laws(text)
    assert any(t.startswith(opening) and a == authority for t, a in found), found


@pytest.mark.parametrize(
    "block",
    [
        # the present tense tells any law, old or new
        "California\n\nThe state requires short-term rental hosts to disclose cleaning fees.",
        # Congress is no state
        "California\n\nCongress will now require short-term rental hosts to disclose "
        "cleaning fees.",
        # words no row of the state fits
        "California\n\nThe state will now require drivers to carry spare tires in winter.",
        # another state's header: California's row does not fit Nevada
        "Nevada\n\nThe state will now require short-term rental hosts to disclose cleaning fees.",
    ],
)
def test_a_state_clause_with_no_fitting_row_links_nothing(block: str) -> None:
    text = _ROUNDUP.format("Texas\n\nThe state raised its speed limits.", block)
    assert not any(a == "state:ca:bill:ab2202" for _, a in _laws(text))
    assert not any(t.lower().startswith(("the state", "congress")) for t, _ in _laws(text))


@pytest.mark.parametrize(
    "text",
    [
        "Florida's Tristin Murphy Act sets up mental health diversion programs.",
        'In Florida, the "Tristan Murphy Act" lets counties divert defendants with mental illness.',
        "Gov. Ron DeSantis signed the Tristin Murphy Act in June.",
    ],
)
def test_the_tristin_murphy_act_is_florida_sb_168(text: str) -> None:
    assert any(a == "state:fl:bill:sb168" for _, a in _laws(text, "2025-10-02")), _laws(text)


@pytest.mark.parametrize(
    ("text", "opening", "authority"),
    [
        (
            "Several new California measures on vloggers took effect, including one requiring "
            "vloggers to set aside earnings for minors.",
            "one requiring",
            "state:ca:bill:sb764",
        ),
        (
            "Two California laws are being challenged: one requiring cancellation of online "
            "subscriptions to be easy and another requiring insurers to cover infertility "
            "diagnosis and fertility treatments.",
            "another requiring",
            "state:ca:bill:sb729",
        ),
        (
            "California is putting limits on family vloggers. A new law also allows minors to "
            "sue vloggers who fail to set aside their earnings.",
            "A new law also allows",
            "state:ca:bill:sb764",
        ),
        (
            "A new California law lets children sue their parents over their social media "
            "earnings.",
            "A new California law",
            "state:ca:bill:sb764",
        ),
    ],
)
def test_one_of_several_new_laws_and_a_new_law_by_what_it_does(
    text: str, opening: str, authority: str
) -> None:
    found = _laws(text, "2025-01-05")
    assert any(t.startswith(opening) and a == authority for t, a in found), found


@pytest.mark.parametrize(
    "text",
    [
        # no plural of laws before "one": a person, not a law
        "Two students spoke, including one requiring vloggers to set aside earnings for minors.",
        # "one" of the laws of another state
        "Several new Nevada measures passed, including one requiring vloggers to set aside "
        "earnings for minors.",
    ],
)
def test_one_with_no_laws_or_another_states_laws_links_nothing(text: str) -> None:
    assert not any(a == "state:ca:bill:sb764" for _, a in _laws(text, "2025-01-05"))
