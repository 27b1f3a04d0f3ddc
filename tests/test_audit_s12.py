"""Audit of the twelfth session's new links on fresh pages (issue 13, point 7): the shapes
that linked a law of the wrong state, each with sentences of our own in the shape found."""

from __future__ import annotations

from linker.load import from_text
from linker.scanner import scan

LOCAL_OK = "https://ktul.com/news/local/1"  # a Tulsa station
LOCAL_TX = "https://www.kens5.com/article/news/1"  # a San Antonio station


def ids(body: str, url: str | None = None) -> list[tuple[str, str | None]]:
    text = (f"source: {url}\n\n" if url else "") + body
    return [(m.text, m.authority) for m in scan(from_text(text, "t.txt"))]


# -- a bill number's sentence names one state in passing ---------------------------------------


def test_bill_number_takes_the_state_its_sentence_mentions_not_the_outlets() -> None:
    body = (
        "Clinics in Oklahoma and Kansas are busier than ever.\n\n"
        "SB8 bans most abortions in Texas after about six weeks. The law lets private "
        "citizens sue anyone who helps.\n\n"
        "Staff in Oklahoma said the wait for an appointment has grown."
    )
    got = dict(ids(body, LOCAL_OK))
    assert got["SB8"] == "state:tx:bill:sb8"
    assert got["The law"] == "state:tx:bill:sb8"


def test_own_sentence_beats_the_lawmaker_of_the_sentence_before() -> None:
    body = (
        "The Oklahoma Legislature's vote on a new abortion bill worried patients. "
        "Governor Greg Abbott's signing of Senate Bill 8 sent Texas women to other states."
    )
    assert ("Senate Bill 8", "state:tx:bill:sb8") in ids(body, LOCAL_TX)


def test_a_sentence_naming_two_states_decides_nothing_new() -> None:
    # two states in its sentence: the bill's state comes from elsewhere, as before
    body = "Oklahoma's House passed House Bill 4327. It copies a model used in Texas and Idaho."
    assert ("House Bill 4327", "state:ok:bill:hb4327") in ids(body)


def test_a_federal_sentence_mentioning_a_state_gives_no_state() -> None:
    body = "Congress may take up H.B. 77 after lawmakers from Ohio visit the White House."
    assert all(not (a or "").startswith("state:") for _t, a in ids(body))


# -- "the Texas ban" refers back only to a law of Texas ----------------------------------------


def test_a_named_states_ban_skips_another_states_law() -> None:
    body = (
        "Oklahoma abortion law, a near-total ban, would be felt in Texas and beyond.\n\n"
        "When a Texas law prohibiting abortion after six weeks took effect, Oklahoma "
        "clinics filled up. That could end after the Oklahoma Legislature's passage of a "
        "near-total abortion ban.\n\n"
        "Some women have traveled as far as New York since Texas' ban became law, and "
        "waits have grown since the Texas ban took effect."
    )
    got = ids(body)
    texas = [a for t, a in got if t.startswith(("Texas' ban", "the Texas ban"))]
    assert texas and all(a == "state:tx:bill:sb8" for a in texas), got


def test_a_named_states_law_with_no_law_of_that_state_stays_unlinked() -> None:
    body = (
        "Oklahoma lawmakers passed a near-total abortion ban on Tuesday, Senate Bill 612.\n\n"
        "Patients compared it with the Kansas law, which protects access."
    )
    got = ids(body)
    assert not any(t.startswith("the Kansas law") and a for t, a in got), got


def test_the_capital_in_the_sentence_gives_no_passing_state() -> None:
    body = "Senators in Washington argued over House Bill 12 while Ohio waited."
    assert all(not (a or "").startswith("state:") for _t, a in ids(body))


def test_a_state_in_passing_yields_to_the_state_printed_before_the_number() -> None:
    """A state named in passing ("… agreed to hear a case about a Mississippi ban") yields to
    the state printed before the same number elsewhere ("the Texas House Bill 1280")."""
    text = (
        "Texas Gov. Greg Abbott signed a bill on Wednesday. The governor signed House Bill 1280 "
        "into law after the justices agreed to hear a case about a Mississippi ban. The Texas "
        "House Bill 1280 would take effect 30 days after such a ruling."
    )
    found = {a for _t, a in ids(text) if "bill" in (a or "")}
    assert found == {"state:tx:bill:hb1280"}
