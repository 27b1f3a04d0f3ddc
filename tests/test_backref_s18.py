"""Ruling back-references (eighteenth session, issue 13): a precedent the news ruling cites
does not capture the plain back-references after it; "In granting the stay, the Supreme
Court …" is the Court's own stay; a nine-vote "the Court" is the Supreme Court. Made-up
sentences in the shapes news prints."""

from __future__ import annotations

from conftest import mentions, rulings


def found(text: str) -> dict[str, tuple[str | None, bool]]:
    return {m.text: (m.court, m.anaphor) for m in rulings(text)}


# --- a precedent cited between the news ruling and "the ruling"

NEWS = (
    "U.S. District Judge Jane Roe in Salt Lake City blocked the state's new drone law on Monday. "
)


def test_the_ruling_after_a_precedent_the_judge_cited_by_year() -> None:
    got = found(
        NEWS + "She cited the Supreme Court's 1988 ruling in Hale v. Corbin, which struck down "
        "a similar statute. The ruling is likely to be appealed."
    )
    assert got["The ruling"] == ("utd", True)


def test_the_decision_after_a_caption_opened_by_citing() -> None:
    text = (
        "A federal judge in Utah blocked the state's new drone law on Monday. Citing Hale v. "
        "Corbin, the judge said the statute was too broad. The decision will be appealed, the "
        "state said."
    )
    got = found(text)
    assert got["The decision"] == ("utd", True)
    # (not the cited case's decision)
    assert not any(m.kind == "case" and m.text == "The decision" for m in mentions(text))


def test_the_ruling_after_a_precedent_relied_on_in_the_middle() -> None:
    got = found(
        NEWS + "In reaching that conclusion, Roe relied on Hale v. Corbin and two later cases. "
        "The ruling takes effect at once."
    )
    assert got["The ruling"] == ("utd", True)


def test_a_case_the_court_ruled_in_stays_its_own() -> None:
    got = found(
        "The Supreme Court ruled Friday in Smith v. Jones that the law was void. The decision "
        "was 6-3."
    )
    assert got["The decision"] == ("scotus", True)


def test_a_case_named_since_without_citing_still_blocks() -> None:
    # a caption told as news of its own, with no word of citing: the old rule stands
    got = found(
        NEWS + "Separately, in Doe v. Smith, a panel upheld a Nevada rule. The majority "
        "opinion was short."
    )
    assert got.get("The majority opinion") != ("utd", True)


# --- "In granting the stay, the Supreme Court …"

STAYED = "The 4th Circuit had refused to pause the order. "


def test_the_stay_the_court_after_the_comma_grants_is_its_own() -> None:
    rs = rulings(
        STAYED + "In granting the stay, the Supreme Court said the administration was likely "
        "to succeed."
    )
    stay = [m for m in rs if m.text.startswith("the stay")]
    assert stay and stay[0].court == "scotus"
    assert not any(m.court == "ca4" and "stay" in m.text for m in rs)


def test_the_injunction_a_panel_issues_is_the_panels() -> None:
    got = found(
        "A federal judge in Boston declined to block the rule. The 1st Circuit heard the "
        "appeal. In issuing the injunction, the 1st Circuit said the rule was arbitrary."
    )
    inj = [c for t, (c, _) in got.items() if t.startswith("the injunction")]
    assert inj == ["ca1"]


def test_lifting_the_injunction_is_still_the_court_belows() -> None:
    rs = rulings(
        "A federal judge in Boston blocked the rule in March. In lifting the injunction, the "
        "1st Circuit said the judge had erred."
    )
    inj = [m for m in rs if m.text.startswith("the injunction")]
    assert [m.court for m in inj] == ["mad"]


# --- a nine-vote "the Court"

MONTANA = "The Montana Supreme Court ruled Friday that the state law was unconstitutional. "


def test_a_six_three_court_after_a_state_high_court_is_the_supreme_court() -> None:
    got = found(
        MONTANA + "Elsewhere, in a 6-3 decision, the Court held that states may not ban books."
    )
    assert ("scotus", False) in got.values()
    assert list(got.values()).count(("mont", False)) == 1


def test_a_five_to_four_court_is_the_supreme_court() -> None:
    got = found(MONTANA + "The Court, in a 5-4 decision, ruled that the tariffs were void.")
    assert got["The Court, in a 5-4 decision, ruled"][0] == "scotus"


def test_an_eight_vote_court_with_a_justice_recused_is_the_supreme_court() -> None:
    criminal = "The Texas Court of Criminal Appeals denied his request in 2023. "
    for sentence in (
        "In a 5-3 decision, the Court ruled that the prosecutor had erred.",
        "The Court ruled 6-2 on Tuesday that the prosecutor had erred.",
        "The Court, by a 7-1 vote, reversed the judgment.",
    ):
        got = found(criminal + sentence)
        assert ("scotus", False) in got.values() or ("scotus", True) in got.values(), sentence
    # a state's own words for its nine-member court: still that court
    named = found(
        "The Oklahoma Supreme Court ruled Friday, 5-3, that the law stands; the Court held "
        "that the Oklahoma Supreme Court had jurisdiction."
    )
    assert "scotus" not in {c for c, _ in named.values()}


def test_a_four_three_court_stays_the_state_court() -> None:
    got = found(MONTANA + "In a 4-3 decision, the Court held that the law violated privacy.")
    assert "scotus" not in {c for c, _ in got.values()}


def test_a_nine_vote_court_whose_sentence_names_the_state_court() -> None:
    got = found(
        "The Texas Supreme Court ruled Friday, 6-3, that the law stands; the Court held that "
        "the Texas Supreme Court had jurisdiction."
    )
    assert "scotus" not in {c for c, _ in got.values()}


# --- modifiers that agree with the ruling referred back to

JURY = "A federal jury in Manhattan convicted the former mayor of perjury on Tuesday. "


def test_a_verdict_noun_whose_modifier_the_verdict_told() -> None:
    got = found(JURY + "The perjury verdict came after a two-week trial.")
    assert got["The perjury verdict"] == ("nysd", True)


def test_a_verdict_noun_after_a_jury_with_another_word_order() -> None:
    got = found(JURY + "He resigned after the guilty verdict, his lawyer said.")
    assert got["the guilty verdict"] == ("nysd", True)


def test_a_ruling_noun_whose_modifier_the_ruling_told() -> None:
    got = found(
        "U.S. District Judge Jane Roe in Manhattan struck down the tariffs on Friday. "
        "Importers welcomed the tariff ruling on Monday."
    )
    assert got["the tariff ruling"] == ("nysd", True)


def test_a_modifier_the_ruling_never_told_is_no_back_reference() -> None:
    got = found(
        "U.S. District Judge Jane Roe in Manhattan struck down the tariffs on Friday. The "
        "asylum decision was welcomed."
    )
    assert "The asylum decision" not in got


def test_a_modifier_naming_another_court_or_owner_is_no_back_reference() -> None:
    got = found(
        "U.S. District Judge Jane Roe in Manhattan struck down the tariffs on Friday. The "
        "appeals decision came later. The tariff decision of the 9th Circuit was different."
    )
    assert "The appeals decision" not in got
    assert got.get("The tariff decision", (None, False))[0] != "nysd"


def test_an_agreeing_modifier_past_another_courts_ruling_is_left_alone() -> None:
    got = found(
        "U.S. District Judge Jane Roe in Manhattan struck down the tariffs on Friday. The 2nd "
        "Circuit declined to pause it on Monday. The tariff ruling stands."
    )
    assert got.get("The tariff ruling", (None, False))[0] != "nysd"


def test_a_unanimous_ruling_of_a_court_that_sat_as_three_judges() -> None:
    got = found(
        "The Court of International Trade ruled Wednesday that the tariffs were unlawful. The "
        "unanimous ruling, issued by a three-judge panel, said the statute does not permit them."
    )
    assert got["The unanimous ruling"] == ("cit", True)


def test_a_unanimous_ruling_after_a_trial_judge_is_still_none() -> None:
    got = found(
        "U.S. District Judge Jane Roe in Manhattan ruled Wednesday that the tariffs were "
        "unlawful. The unanimous ruling was welcomed."
    )
    assert "The unanimous ruling" not in got


# --- "the requirement", "the mandate", "the prohibition" after a law that sets that duty

SIGNED = "Louisiana Gov. Jane Smith signed House Bill 1234 on Monday, "


def statutes(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text) if m.kind == "statute"}


def test_the_requirement_after_a_bill_that_requires() -> None:
    got = statutes(
        SIGNED + "which requires schools to post the state motto in every classroom. The "
        "requirement takes effect in September."
    )
    assert got["The requirement"] == "state:la:bill:hb1234"


def test_the_requirement_after_the_law_told_as_requiring_in_its_own_sentence() -> None:
    got = statutes(
        "Louisiana Gov. Jane Smith signed House Bill 1234 on Monday. The law requires schools "
        "to post the state motto in every classroom. Critics said the requirement goes too far."
    )
    assert got["the requirement"] == "state:la:bill:hb1234"


def test_the_prohibition_and_the_mandate() -> None:
    got = statutes(
        SIGNED + "which prohibits cellphones in public schools. The prohibition starts soon."
    )
    assert got["The prohibition"] == "state:la:bill:hb1234"
    got = statutes(
        SIGNED + "which mandates that employers check each worker's status. The mandate "
        "starts soon."
    )
    assert got["The mandate"] == "state:la:bill:hb1234"


def test_a_modifier_the_law_tells_agrees_one_it_never_tells_does_not() -> None:
    text = (
        SIGNED + "which requires schools to post the state motto in every classroom. The "
        "vaccine requirement is another matter. The posting requirement takes effect soon."
    )
    got = statutes(text)
    assert "The vaccine requirement" not in got
    assert got["The posting requirement"] == "state:la:bill:hb1234"


def test_no_requirement_after_a_law_that_requires_nothing() -> None:
    got = statutes(
        SIGNED + "which funds new roads. The mandate was popular. The prohibition was too."
    )
    assert "The mandate" not in got and "The prohibition" not in got


def test_another_owners_requirement_is_no_back_reference() -> None:
    got = statutes(
        SIGNED + "which requires schools to post the state motto. The federal requirement is "
        "older, and the state's own requirement differs."
    )
    assert "The federal requirement" not in got
    assert not any("own requirement" in t for t in got)


def test_that_prohibition_in_the_laws_own_sentence_is_no_back_reference() -> None:
    got = statutes(
        "Montana's Senate Bill 99 would bar clinics from the procedure and fine those who "
        "violate that prohibition."
    )
    assert "that prohibition" not in got


# --- the Supreme Court's own signs: a vote of nine, a granted application, a stay refused below

REFUSED = "The 9th Circuit refused to pause the injunction last week. "


def test_a_five_four_court_after_a_circuit_is_the_supreme_court() -> None:
    rs = rulings(REFUSED + "In a 5-4 order Friday, the court lifted it.")
    assert [m.court for m in rs if "5-4" in m.text] == ["scotus"]


def test_a_two_one_court_after_a_circuit_stays_the_circuit() -> None:
    rs = rulings(
        "The 9th Circuit ruled on Friday. In a 2-1 decision, the court said the law was void."
    )
    assert [m.court for m in rs if "2-1" in m.text] == ["ca9"]


def test_the_court_granting_an_application_is_the_supreme_court() -> None:
    got = found(
        REFUSED + "The administration then asked the Supreme Court for help. Granting the "
        "administration's application on Friday, the court blocked the injunction."
    )
    assert got["the court blocked"] == ("scotus", True)


def test_an_application_before_the_supreme_court_is_named_changes_nothing() -> None:
    got = found(REFUSED + "Granting the state's application on Friday, the court blocked the rule.")
    assert got.get("the court blocked", ("ca9", True))[0] == "ca9"


def test_the_stay_after_a_court_refused_one_is_the_higher_courts() -> None:
    got = found(
        REFUSED + "The Supreme Court on Friday granted the administration's application. "
        "The stay remains in place."
    )
    assert got["The stay"] == ("scotus", True)


def test_the_stay_after_a_court_refused_one_and_nothing_since_is_left_out() -> None:
    got = found(REFUSED + "Lawyers for the state said the stay was never needed.")
    assert got.get("the stay", (None, True))[0] != "ca9"


def test_the_stay_a_circuit_granted_stays_the_circuits() -> None:
    got = found("The 9th Circuit granted a stay of the injunction. The stay remains in place.")
    assert got["The stay"] == ("ca9", True)


# --- "In its decision issued Wednesday, the state Supreme Court …"


def test_its_decision_issued_on_a_day_is_the_court_after_the_comma() -> None:
    got = found(
        "A Missoula judge blocked the law in 2023. The Montana Supreme Court upheld that ruling "
        "on Wednesday. In its decision issued Wednesday, the state Supreme Court did not endorse "
        "the state's arguments."
    )
    assert got["its decision"] == ("mont", True)


def test_its_ruling_released_late_friday_is_the_panels() -> None:
    got = found(
        "A federal judge in Oregon blocked the order on Monday. The 9th Circuit heard the "
        "appeal. In its ruling released late Friday, the 9th Circuit said the city had standing."
    )
    its = [c for t, (c, _) in got.items() if t.startswith("its ruling")]
    assert its == ["ca9"]


# --- a court's short notice


def test_the_one_sentence_notice_from_the_court() -> None:
    got = found(
        "The Supreme Court on Thursday let stand a ruling against the school, dividing 4-4. "
        "The one-sentence notice from the court gave no reasons."
    )
    assert got["The one-sentence notice"] == ("scotus", True)


def test_a_brief_notice_the_justices_filed() -> None:
    rs = rulings(
        "The Wyoming Supreme Court on Tuesday declined to answer the questions. The justices "
        "explained the choice in a brief notice filed Tuesday."
    )
    assert any("brief notice" in m.text and m.court == "wyo" for m in rs)


def test_a_notice_of_appeal_or_a_notice_no_court_gave_is_no_ruling() -> None:
    got = found(
        "The state filed a brief notice of appeal on Monday. A federal judge in Oregon blocked "
        "the law. The two-page notice said little."
    )
    assert not any("notice" in t for t in got)


def test_a_level_word_agrees_with_the_ruling_of_that_level() -> None:
    """ "the circuit ruling" after a court of appeals' ruling, "The state injunction" after a
    state judge's: a level word before the noun that fits the court of the ruling told last;
    one that does not fit ("the state ruling" after a federal judge's) stays unlinked. A
    verb of saying may stand before it ("Outfitters said the circuit ruling …")."""
    from conftest import rulings

    text = (
        "The 9th Circuit on Friday reversed the judge. Outfitters said the circuit ruling "
        "would hurt them.\n\nA state judge in Ada County paused the county order. The state "
        "injunction runs until May.\n\nA federal judge in Boise ruled on Monday. Officials "
        "said the state ruling was wrong."
    )
    got = {m.text: m.court for m in rulings(text, "2025-03-14")}
    assert got["the circuit ruling"] == "ca9"
    assert got["The state injunction"] == "iddistct"
    assert "the state ruling" not in got
