"""Back-references missed although their antecedent was linked (issue 13, point 1, fifteenth
session; branch s15-backchain). Sentences made up in the shape of news articles."""

from __future__ import annotations

from conftest import mentions

_TOWN = (
    "Residents packed the town hall on Tuesday night to voice their concerns about rising "
    "rents, crowded schools and the price of groceries. Several speakers said they had lived "
    "in the neighborhood for decades and worried about being pushed out."
)
_CLINICS = (
    "The mayor said the city would hire more teachers next year and open two new clinics on "
    "the east side, though she did not say how the city would pay for them."
)
# an opening longer than the article's lead (``families.LEAD``), naming no law
_OPENING = "\n\n".join([_TOWN, _CLINICS, _TOWN, _CLINICS])


def _refs(text: str, date: str | None = "2026-06-10") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.anaphor]


def _links_at(text: str, phrase: str, date: str | None = "2026-06-10") -> set[str | None]:
    """The ids of the mentions that overlap ``phrase`` (its first place in ``text``): a
    back-reference, or another pass's mention of the same words."""
    a = text.index(phrase)
    b = a + len(phrase)
    return {m.authority for m in mentions(text, date) if m.start < b and a < m.end}


def _paragraphs_later(antecedent: str, phrase: str, paragraphs: int = 6) -> str:
    """``antecedent`` named once after the opening, ``phrase`` some paragraphs later."""
    middle = "\n\n".join([_TOWN, _CLINICS] * (paragraphs // 2))
    return f"{_OPENING}\n\n{antecedent} {_CLINICS}\n\n{middle}\n\n{phrase}"


# ----------------------------------------------------------------- several paragraphs later


def test_the_only_law_told_passed_is_the_law_paragraphs_later() -> None:
    text = _paragraphs_later(
        "Congress passed the Inflation Reduction Act in 2022.", "The law caps insulin prices."
    )
    assert ("The law", "publ:117-169") in _refs(text)


def test_the_only_order_told_signed_is_the_order_paragraphs_later() -> None:
    text = _paragraphs_later(
        "President Trump signed Executive Order 14160 in January.",
        "The order denies citizenship to some children.",
    )
    assert ("The order", "eo:14160") in _refs(text)


def test_the_only_rule_told_issued_is_the_rule_paragraphs_later() -> None:
    text = _paragraphs_later(
        "The Labor Department issued its overtime rule in April 2024.",
        "The rule raised the salary threshold.",
    )
    assert ("The rule", "fr:89:32842") in _refs(text)


def test_a_state_law_told_challenged_is_the_law_paragraphs_later() -> None:
    text = _paragraphs_later(
        "Abortion providers challenged Texas Senate Bill 8 in state court.",
        "The law bans most abortions after six weeks.",
    )
    assert ("The law", "state:tx:bill:sb8") in _refs(text)


def test_a_law_named_in_passing_paragraphs_back_is_still_no_antecedent() -> None:
    text = _paragraphs_later(
        "The justices said the injunctions exceeded what Congress allowed in the Judiciary "
        "Act of 1789.",
        "Opponents say the statute guarantees citizenship.",
    )
    assert _refs(text) == []


def test_a_told_law_paragraphs_back_is_no_antecedent_beside_another_law() -> None:
    # two laws of the family named: the lone far one is not the only candidate any more
    text = _paragraphs_later(
        "Congress passed the Inflation Reduction Act in 2022, years after the Affordable Care Act.",
        "The law caps insulin prices.",
    )
    assert ("The law", "publ:117-169") not in _refs(text)


# ------------------------------------------------- an order's back-reference with a modifier

_EO = (
    "President Trump signed Executive Order 14160 on his first day in office. Critics attacked it."
)


def test_whose_order_it_is_may_stand_before_it() -> None:
    for phrase in (
        "The president's executive order",
        "The administration's order",
        "The White House order",
        "Trump's action",
    ):
        text = f"{_EO} {phrase} denies citizenship to some children."
        assert _links_at(text, phrase) == {"eo:14160"}, phrase


def test_the_month_or_day_of_an_order_is_its_signing_day() -> None:
    for phrase in ("The January order", "The Jan. 20 order", "The January 20 executive order"):
        text = f"{_EO} {phrase} denies citizenship to some children."
        assert _links_at(text, phrase) == {"eo:14160"}, phrase


def test_an_order_of_another_month_or_day_is_another_order() -> None:
    for phrase in ("The March order", "The Jan. 21 order"):
        text = f"{_EO} {phrase} denies citizenship to some children."
        assert _links_at(text, phrase) == set(), phrase


def test_a_presidents_action_on_something_is_no_order() -> None:
    text = f"{_EO} Trump's action on tariffs came weeks later."
    assert _links_at(text, "Trump's action") == set()


# ------------------------------------------------ an owner standing for "the" before a rule


_RULE = "The Labor Department issued its overtime rule in April 2024. Business groups sued."


def test_defendants_final_rule_is_the_rule_sued_over() -> None:
    text = f"{_RULE} Their brief says Defendants’ Final Rule exceeds the agency's power."
    assert ("Defendants’ Final Rule", "fr:89:32842") in _refs(text)


def test_the_government_s_final_rule_is_the_rule_sued_over() -> None:
    text = f"{_RULE} Their brief says the Government's Final Rule exceeds the agency's power."
    assert _links_at(text, "Government's Final Rule") == {"fr:89:32842"}


def test_an_owner_the_article_never_ties_to_the_rule_is_another_rule() -> None:
    text = f"{_RULE} Their brief says Harvard’s Final Rule exceeds the agency's power."
    assert _links_at(text, "Harvard’s Final Rule") == set()


# ------------------------------------------------------------------------ "the full ruling"


def test_the_full_ruling_is_the_ruling_told() -> None:
    text = (
        "The Montana Supreme Court on Wednesday struck down a law limiting abortion access for "
        "minors. Lawmakers passed it in 2013. The clinic's director said her lawyers were still "
        "reading the full ruling."
    )
    got = [(m.text, m.court) for m in mentions(text, "2024-12-13") if m.kind == "ruling"]
    assert ("the full ruling", "mont") in got


# ------------------------------------------------------------------------------ "the program"

_MPP = "The Trump administration launched the Remain in Mexico policy in 2019. Critics attacked it."


def test_the_program_is_a_policy_whose_row_lists_the_word() -> None:
    text = f"{_MPP} The program ended in 2022, officials said."
    assert _links_at(text, "The program") == {None}
    assert [m.name for m in mentions(text, "2022-09-01") if m.text == "The program"] == [
        "Migrant Protection Protocols"
    ]


def test_the_program_is_never_an_order_whose_row_does_not_list_it() -> None:
    text = f"{_EO} The program ended in 2022, officials said."
    assert _links_at(text, "The program") == set()


def test_a_program_told_since_is_another_program() -> None:
    text = f"{_MPP} Last year the agency began a pilot program in Texas. The program ended."
    assert not [m for m in mentions(text, "2022-09-01") if m.text == "The program"]


# ------------------------------------------- a president's law, a century's law: by its year

_ACA = (
    "The Supreme Court upheld the Affordable Care Act in 2021, rejecting a challenge from "
    "Republican-led states."
)
_AEA = (
    "The administration invoked the Alien Enemies Act in March to deport Venezuelan migrants. "
    "Judges in several states blocked the deportations."
)


def test_a_presidents_law_is_one_enacted_in_his_term() -> None:
    text = f"{_ACA} Obama's signature law covers millions of people."
    assert _links_at(text, "Obama's signature law") == {"publ:111-148"}


def test_another_presidents_law_is_another_law() -> None:
    text = f"{_ACA} Reagan's signature law covered millions of people."
    assert _links_at(text, "Reagan's signature law") == set()


def test_a_centurys_law_is_one_enacted_in_it() -> None:
    text = f"{_AEA} The 18th-century law lets the president detain enemy nationals."
    assert _links_at(text, "The 18th-century law") == {"usc:50:21-24"}


def test_another_centurys_law_is_another_law() -> None:
    text = f"{_AEA} The 19th-century law lets the president detain enemy nationals."
    assert _links_at(text, "The 19th-century law") == set()


# ------------------------------------------- a section of the law named between is that law

_AEA_SECTION = (
    "President Trump invoked the Alien Enemies Act in March. Its key provision, 50 U.S.C. 21, "
    "lets the president detain enemy nationals."
)


def test_a_section_of_the_law_named_between_is_no_second_antecedent() -> None:
    text = f"{_AEA_SECTION} The law was last used in World War II."
    assert ("The law", "usc:50:21-24") in _refs(text, "2025-06-01")


def test_a_title_of_the_act_named_between_is_no_second_antecedent() -> None:
    text = (
        "Congress passed the Civil Rights Act of 1964. Title VII of the Civil Rights Act bars "
        "job bias. The law was signed by Johnson."
    )
    assert ("The law", "publ:88-352") in _refs(text, "2025-06-01")


def test_a_section_of_another_law_named_between_is_still_another_antecedent() -> None:
    text = (
        "President Trump invoked the Alien Enemies Act in March. Critics cited 18 U.S.C. 1385, "
        "which bars soldiers from policing. The law was last used in World War II."
    )
    assert not [t for t, _ in _refs(text, "2025-06-01") if t == "The law"]


def test_the_only_law_told_passed_stays_the_antecedent_many_paragraphs_later() -> None:
    text = _paragraphs_later(
        "Congress passed the Inflation Reduction Act in 2022.",
        "The law caps insulin prices.",
        paragraphs=10,
    )
    assert ("The law", "publ:117-169") in _refs(text)


def test_a_court_order_told_since_the_only_order_may_be_the_order_meant() -> None:
    text = _paragraphs_later(
        "President Trump signed Executive Order 14160 in January.",
        "A federal judge in Seattle issued a temporary restraining order on Thursday. The "
        "order lasts 14 days.",
    )
    assert not [a for t, a in _refs(text) if t == "The order"]


# ----------------------------------------------------------------------- "the new travel ban"

_TRAVEL = (
    "President Trump signed Proclamation 10949 on Wednesday, suspending travel to the U.S. for "
    "citizens of twelve countries. Officials cited screening problems."
)


def test_the_new_ban_is_an_order_signed_lately() -> None:
    text = f"{_TRAVEL} Egypt is not named in the new travel ban."
    assert ("the new travel ban", "proc:10949") in _refs(text, "2025-06-06")


def test_the_new_ban_is_not_an_order_signed_a_year_before() -> None:
    text = f"{_TRAVEL} Egypt is not named in the new travel ban."
    assert not [t for t, _ in _refs(text, "2026-06-06") if t == "the new travel ban"]


def test_the_proposed_new_ban_is_still_another_ban() -> None:
    text = f"{_TRAVEL} Egypt is not named in the proposed new travel ban."
    assert _links_at(text, "the proposed new travel ban", "2025-06-06") == set()
