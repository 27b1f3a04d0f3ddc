"""State laws told by description, and short forms of citations (census 24, P4 and P9).
The sentences are our own, made up in the shapes of real news pages."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-06-01"


def found(text: str, surface: str, kind: str = "statute") -> list[tuple[str, str | None]]:
    """The (text, id) of each mention of ``kind`` that opens on ``surface``."""
    at = text.index(surface)
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == kind and m.start == at]


def ids_of(text: str, kind: str) -> list[str | None]:
    return [m.authority for m in mentions(text, DATE) if m.kind == kind]


# P4: "STATE's [adj] [“nickname”] TOPIC law" as a ruling verb's object
RATIONING = (
    "The 7th Circuit on Tuesday struck down Oregon’s silly “one-a-week” ammunition-rationing "
    "law as unconstitutional. The law limited buyers to one box a week. Oregon Revised "
    "Statutes § 166.412(a) bars more than one purchase a week, and § 166.414(b) requires "
    "dealers to log each sale."
)


def test_a_ruling_object_with_a_quoted_nickname_is_the_states_cited_law() -> None:
    got = found(RATIONING, "Oregon’s silly")
    assert got == [("Oregon’s silly “one-a-week” ammunition-rationing law", "state:or:ors:166.412")]
    # the ruling clause ends before its object
    rulings = [m for m in mentions(RATIONING, DATE) if m.kind == "ruling"]
    assert rulings and rulings[0].text == "The 7th Circuit on Tuesday struck down"


def test_the_law_after_it_is_the_first_cited_section_not_the_short_form() -> None:
    assert found(RATIONING, "The law limited") == [("The law", "state:or:ors:166.412")]


def test_another_states_law_as_the_object_stays_unlinked() -> None:
    text = RATIONING.replace("Oregon’s silly", "Nevada’s silly")
    assert found(text, "Nevada’s silly") == []


def test_a_description_with_no_ruling_and_no_shared_words_stays_unlinked() -> None:
    text = RATIONING.replace("The 7th Circuit on Tuesday struck down", "Critics long mocked")
    assert found(text, "Oregon’s silly") == []


# P4: "YEAR legislation + participle clause" → a state bill of the table
def test_year_legislation_with_a_clause_is_the_tables_bill() -> None:
    text = (
        "Ruling for sixteen young plaintiffs, the Montana Supreme Court on Wednesday struck "
        "down 2023 legislation barring state agencies from considering climate impacts when "
        "permitting large energy projects. Lawmakers vowed to respond."
    )
    got = found(text, "2023 legislation")
    assert [a for _, a in got] == ["state:mt:bill:hb971"]


def test_year_legislation_of_another_topic_stays_unlinked() -> None:
    text = (
        "The Montana Supreme Court on Wednesday struck down 2023 legislation barring cities "
        "from banning plastic grocery bags at farmers markets. Lawmakers vowed to respond."
    )
    assert found(text, "2023 legislation") == []


# P4: a state constitution's right told in its relative clause
def test_a_constitutions_right_to_hunt_and_fish_is_its_section() -> None:
    text = (
        "The judge upheld the rule under Idaho’s constitution, which guarantees the right to "
        "hunt, fish and trap. Wisconsin’s constitution, which protects the right to fish and "
        "hunt, was cited as well."
    )
    assert set(ids_of(text, "constitution")) == {"state:id:const:1-23", "state:wi:const:1-26"}


def test_the_right_to_hunt_of_a_state_without_a_row_is_no_section() -> None:
    text = (
        "The judge upheld the rule under Nevada’s constitution, which guarantees the right to hunt."
    )
    assert ids_of(text, "constitution") == [None]


# P9: a bare "§ N" after a state-code cite
def test_a_bare_section_after_a_state_code_cite_inherits_the_code() -> None:
    assert found(RATIONING, "§ 166.414(b)") == [("§ 166.414(b)", "state:or:ors:166.414")]


def test_a_bare_section_two_sentences_later_is_not_read() -> None:
    text = (
        "Oregon Revised Statutes § 166.412(a) bars more than one purchase a week. Dealers "
        "complained for years. Then came § 166.414(b), a new duty."
    )
    assert found(text, "§ 166.414(b)") == []


def test_a_bare_section_after_a_federal_cite_stays_federal() -> None:
    text = (
        "Oregon Revised Statutes § 166.412(a) bars more than one purchase a week, and 18 "
        "U.S.C. § 922 and § 923(b) govern dealers."
    )
    assert found(text, "§ 923(b)") == [("§ 923(b)", "usc:18:923")]


# P9: "Name, VOL U.S. at PIN" with no full cite in the article
def test_a_short_form_pin_cite_of_a_table_case() -> None:
    text = (
        "The panel said the right is one of individuals. Heller, 554 U.S. at 595. The state "
        "disagreed."
    )
    assert found(text, "Heller, 554", "case") == [("Heller, 554 U.S. at 595", "cite:554:us:570")]


def test_a_short_form_of_an_unknown_name_stays_unlinked() -> None:
    text = "The panel said the right is one of individuals. Quimby, 554 U.S. at 595. Then it ended."
    assert found(text, "Quimby", "case") == []


# P9: a printed caption's first party used alone as the case
def test_a_captions_first_party_as_the_subject_of_involves() -> None:
    text = (
        "Orvath v. United States (D. Md. May 2, 2025)\n\n"
        "Orvath involves a challenge to a rule that barred veterans from a state program."
    )
    at = text.index("Orvath involves")
    got = [(m.text, m.name) for m in mentions(text, DATE) if m.kind == "case" and m.start == at]
    assert got == [("Orvath", "Orvath v. United States")]


def test_a_first_party_doing_something_stays_the_party() -> None:
    text = (
        "Orvath v. United States (D. Md. May 2, 2025)\n\n"
        "Orvath said in an interview that she would appeal."
    )
    at = text.index("Orvath said")
    assert not [m for m in mentions(text, DATE) if m.kind == "case" and m.start == at]


def test_a_ruling_clause_ending_right_before_its_object() -> None:
    text = (
        "The 7th Circuit on Tuesday upheld Oregon’s “one-a-week” ammunition-rationing law. "
        "Oregon Revised Statutes § 166.412(a) bars more than one purchase a week."
    )
    assert found(text, "Oregon’s “one-a-week”") == [
        ("Oregon’s “one-a-week” ammunition-rationing law", "state:or:ors:166.412")
    ]


def test_a_captions_first_party_filed_or_a_challenge_is_the_case() -> None:
    for tail in ("was filed in March by four veterans.", "is a challenge to a veterans rule."):
        text = f"Orvath v. United States (D. Md. May 2, 2025)\n\nOrvath {tail}"
        at = text.index(f"Orvath {tail[:3]}")
        got = [m.name for m in mentions(text, DATE) if m.kind == "case" and m.start == at]
        assert got == ["Orvath v. United States"], tail


def test_a_first_party_as_a_case_manager_stays_the_person() -> None:
    text = (
        "Orvath v. United States (D. Md. May 2, 2025)\n\n"
        "Orvath is the case manager for a veterans group."
    )
    at = text.index("Orvath is")
    assert not [m for m in mentions(text, DATE) if m.kind == "case" and m.start == at]


def test_a_constitutions_right_to_bear_arms_is_its_section() -> None:
    text = (
        "Gun owners sued under Missouri’s constitution, which guarantees the right to keep and "
        "bear arms. The Second Amendment protects the right to bear arms as well."
    )
    assert ids_of(text, "constitution") == ["state:mo:const:1-23", "const:amendment:2"]


def test_a_bare_double_section_sign_and_its_list() -> None:
    text = (
        "Oregon Revised Statutes § 166.412(a) bars more than one purchase a week, and "
        "§§ 166.414(b) and 166.416 require dealers to log each sale."
    )
    got = [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "statute"]
    assert ("§§ 166.414(b)", "state:or:ors:166.414") in got
    assert ("166.416", "state:or:ors:166.416") in got
