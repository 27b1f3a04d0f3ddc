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
