"""State laws and state constitutions (twenty-sixth session, census35 P3, P6, P9, P11): a
described state law needs the distinctive words of a row's topic, not two shared words of its
population or object; a state's clause told by its possessive is the state's section, not the
U.S. amendment of that right; "the state constitution" takes no state across a round-up's
item heading; a state act printed closed up ("Antidiscrimination") is the table's hyphenated
one; an act's initials opening an organisation's name are no mention of the act. The sentences
are our own, made up in the shapes of real news pages."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.authority, m.kind) for m in mentions(text, date)]


def at(text: str, surface: str) -> tuple[str | None, str | None]:
    """The id and name of the mention that opens on ``surface`` (None, None when none does)."""
    s = text.index(surface)
    for m in mentions(text):
        if m.start == s:
            return m.authority, m.name
    return None, None


def test_shared_population_words_are_no_fit() -> None:
    # "undocumented immigrants" alone is not Texas's in-state tuition law
    text = (
        "The Texas Supreme Court said a state law against hiding undocumented immigrants "
        "from the police does not violate the charity's rights."
    )
    assert all(a != "state:tx:bill:hb1403" for _, a, _ in found(text))


def test_distinctive_words_of_a_row_fit() -> None:
    text = (
        "The Georgia Supreme Court upheld a law barring people younger than 21 from carrying "
        "handguns in public bars."
    )
    auths = [a for _, a, k in found(text) if k == "statute"]
    assert "state:ga:ocga:16-11-126" in auths
    assert "state:ga:bill:sb319" not in auths  # (permitless carry: "without a license")


def test_alternate_juror_statute_by_description() -> None:
    text = (
        "The North Carolina Supreme Court upheld a law that lets an alternate juror be "
        "substituted after deliberations begin in a criminal trial."
    )
    assert "state:nc:gs:15a-1215" in [a for _, a, _ in found(text)]


def test_state_clause_by_possessive_and_back_reference() -> None:
    text = (
        "The Georgia Supreme Court upheld the permit statute under the state's right to bear "
        "arms clause. The justices declined to read federal case law into Georgia's clause, "
        "which lets lawmakers regulate how arms are carried."
    )
    assert at(text, "the state's right to bear arms clause")[0] == "state:ga:const:1-1"
    assert at(text, "Georgia's clause")[0] == "state:ga:const:1-1"
    assert all(a != "const:amendment:2" for _, a, _ in found(text))


def test_possessive_clause_of_a_state_without_the_row_is_nothing() -> None:
    text = "The Vermont Supreme Court read the state's right to bear arms clause narrowly."
    assert all(not (a or "").startswith("state:vt:const") for _, a, _ in found(text))


def test_state_constitution_takes_no_state_across_an_item_heading() -> None:
    text = (
        "Roundup of state high courts\n\n"
        "Pell v. Orton\n"
        "North Carolina Supreme Court upheld a statute on jury selection in murder trials.\n"
        "Vance v. Marsh\n"
        "Three doctors claim the ban violates the state constitution because it is vague.\n"
    )
    names = [m.name for m in mentions(text) if m.kind == "constitution"]
    assert "North Carolina Constitution" not in names


def test_state_act_closed_up_is_the_hyphenated_row() -> None:
    text = "Lawmakers in Colorado amended the Colorado Antidiscrimination Act again this spring."
    auth, name = at(text, "Colorado Antidiscrimination Act")
    assert auth == "state:co:crs:24-34-601"
    assert name == "Colorado Anti-Discrimination Act"


def test_act_initials_opening_an_organisation_name() -> None:
    text = (
        "The challenge to the parity rule was filed by the ERISA Industry Committee in "
        "federal court in Washington on Friday."
    )
    assert all(a != "usc:29:1001" for _, a, _ in found(text))


def test_the_new_law_is_the_bill_not_the_act_it_amends() -> None:
    text = (
        "Robocall suit filed\n\n"
        "Plaintiffs challenge Nevada's Assembly Bill 12, which lawmakers passed to amend the "
        "Nevada Deceptive Trade Practices Act to bar robocalls to seniors. Supporters of the "
        "contested measure say the new law protects older residents from fraud."
    )
    assert at(text, "the contested measure")[0] == "state:nv:bill:ab12"
    assert at(text, "the new law")[0] == "state:nv:bill:ab12"


def test_an_aged_law_told_by_a_verb_of_forbidding() -> None:
    text = (
        "The Arizona Supreme Court reinstated a 160-year-old law that forbids all abortions "
        "except to save a life. Doctors said the 1864 law would take effect soon."
    )
    assert at(text, "a 160-year-old law")[0] == "state:az:ars:13-3603"


def test_a_states_ban_on_corporate_contributions() -> None:
    text = (
        "The justices left intact a ruling that upheld an Iowa ban on direct contributions by "
        "corporations to candidates for office."
    )
    assert "state:ia:code:68a-503" in [a for _, a, _ in found(text)]


def test_an_outlets_state_after_the_headline_separator_is_not_the_storys() -> None:
    text = (
        "Justices revive a territorial law • Nevada Ledger\n\n"
        "The Arizona Supreme Court ruled on Tuesday.\n\n"
        "The judge said that a 2022 law allowing abortions up to 15 weeks of gestation "
        "could not stand."
    )
    assert "state:az:bill:sb1164" in [a for _, a, _ in found(text)]


HEADLINE = (
    "Nevada law banning robocalls to seniors draws new suit\n\n"
    "Plaintiffs challenge Nevada's Assembly Bill 12, which lawmakers passed to amend the "
    "Nevada Deceptive Trade Practices Act to bar robocalls to seniors."
)


def test_a_headlines_state_law_with_no_determiner() -> None:
    assert at(HEADLINE, "Nevada law banning")[0] == "state:nv:bill:ab12"


def test_a_body_line_opening_on_a_state_law_is_no_headline() -> None:
    text = HEADLINE.replace("draws new suit\n\n", "draws new suit\n\nLawsuit news.\n") + (
        "\nNevada law banning robocalls to seniors was debated for hours."
    )
    last = text.rindex("Nevada law banning")
    assert all(m.start != last for m in mentions(text) if m.kind == "statute")
