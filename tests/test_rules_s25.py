"""Agency rules told by description, ordinal, recency and nickname, twenty-fifth session (branch
s25-rules): an appositive rule with an adverb before its participle, an indefinite rule in a
paragraph about one agency, "new <President> <topic> rule", "a new interim rule", "a second
<topic> regulation", a nickname in quotes; no phrase refers ahead past a rule introduced
before it; "the measure" whose enforcement injunctions halted. Sentences of our own in the
shapes of real pages."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None, kind: str = "regulation") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == kind]


# --- a rule told by its description ----------------------------------------------------


def test_an_appositive_rule_with_an_adverb_before_its_participle() -> None:
    text = (
        "The Labor Department had a busy year. The department's signature effort, a final rule "
        "sharply increasing the salary threshold for exempt workers, took effect on July 1, "
        "2024. However, the rule was struck down in November."
    )
    found = _found(text, None)
    assert any(a == "fr:89:32842" and t.startswith("a final rule") for t, a in found)
    assert ("the rule", "fr:89:32842") in found


def test_the_year_it_took_effect_picks_the_version() -> None:
    text = (
        "The Labor Department had a busy year. The department's signature effort, a final rule "
        "sharply increasing the salary threshold for exempt workers, took effect in 2020."
    )
    found = _found(text, None)
    assert any(a == "fr:84:51230" for _, a in found)  # the 2019 version, not the 2024 one


def test_an_indefinite_rule_in_a_paragraph_about_one_agency() -> None:
    text = (
        "The DOL also issued several rules last year, and the DOL has asked for more time. "
        "A rule implementing a minimum wage hike for federal contractors is also the subject "
        "of lawsuits."
    )
    found = _found(text, None)
    assert any(a == "fr:86:67126" and t.startswith("A rule implementing") for t, a in found)


def test_an_indefinite_rule_with_no_agency_around_stays_unlinked() -> None:
    text = (
        "Critics argued about many things. A rule implementing a minimum wage hike for federal "
        "contractors is also the subject of lawsuits."
    )
    assert not _found(text, None)


def test_implementing_a_named_law_is_not_a_description() -> None:
    text = (
        "On April 15, 2024, the EEOC announced its final rule implementing the Pregnant "
        "Workers Fairness Act."
    )
    statutes = _found(text, "2024-05-01", "statute")
    assert any(t == "Pregnant Workers Fairness Act" for t, _ in statutes)


# --- several rules of one topic: recency, stage, ordinal ------------------------------


def test_new_president_topic_rule_is_the_one_printed_lately() -> None:
    text = "Advocates sue over new Biden asylum rule\n\nThe groups filed suit on Wednesday."
    assert ("new Biden asylum rule", "fr:89:48710") in _found(text, "2024-06-20")


def test_an_old_rule_is_not_new() -> None:
    text = "Advocates sue over new Biden asylum rule\n\nThe groups filed suit on Wednesday."
    assert all(a != "fr:89:48710" for _, a in _found(text, "2025-03-20"))


def test_a_new_interim_rule_after_the_one_interim_final_rule() -> None:
    text = (
        "Advocates sue over new Biden asylum rule\n\n"
        "The president issued a proclamation that restricts access to asylum for migrants. "
        "Under a new interim rule, the administration can bar asylum claims at the border. "
        "The rule is lifted when crossings drop."
    )
    found = _found(text, "2024-06-20")
    assert ("a new interim rule", "fr:89:48710") in found
    assert ("The rule", "fr:89:48710") in found


def test_a_new_interim_rule_after_a_final_rule_stays_unlinked() -> None:
    text = (
        "The FTC's noncompete rule drew lawsuits. Under a new interim rule, the agency can "
        "delay its deadlines."
    )
    assert all(t != "a new interim rule" for t, _ in _found(text, "2024-06-20"))


def test_a_second_regulation_of_one_topic_is_the_other_rule() -> None:
    text = (
        "Water utilities challenged the PFAS National Primary Drinking Water Regulation in "
        "court. On April 19, 2024, the EPA also issued a second PFAS regulation designating "
        "two chemicals as hazardous substances under CERCLA, the Superfund law. That rule "
        "was printed in May.\n"
        "The utilities say the EPA used poor science to justify the regulation."
    )
    found = _found(text, "2024-06-20")
    assert ("a second PFAS regulation", "fr:89:39124") in found
    assert ("That rule", "fr:89:39124") in found
    # a new paragraph: the article's own rule again
    assert ("the regulation", "fr:89:32532") in found


def test_a_nickname_in_quotes_is_the_rule_named_before() -> None:
    text = (
        "The Transportation Department issued a final rule requiring airlines to disclose "
        "baggage fees upfront. Carriers sued against the ‘junk fee’ rule last year."
    )
    found = _found(text, "2025-01-30")
    assert ("the ‘junk fee’ rule", "fr:89:34620") in found


def test_a_nickname_no_rule_before_holds_stays_unlinked() -> None:
    text = "Carriers sued against the ‘hidden charge’ rule last year."
    assert not _found(text, "2025-01-30")


# --- no antecedent after the phrase ---------------------------------------------------


def test_no_phrase_refers_ahead_past_a_rule_introduced_before_it() -> None:
    text = (
        "The FTC's centerpiece, a final rule sharply lifting the pay floor for exempt staff, "
        "took effect in July. However, the rule was struck down in November. The FTC's "
        "noncompete rule was also vacated."
    )
    found = _found(text, "2024-12-20")
    assert ("noncompete rule", "fr:89:38342") in found
    assert all(t != "the rule" for t, _ in found)


# --- "the measure" whose enforcement was halted ----------------------------------------


def test_the_measure_whose_enforcement_injunctions_halted_is_the_order() -> None:
    text = (
        "The justices also ruled on Obamacare and on online age checks.\n"
        "On President Trump's January order that would deny citizenship to U.S.-born children "
        "of people in the country illegally, the court narrowed several nationwide "
        "injunctions issued by federal judges that halted enforcement of the measure."
    )
    found = _found(text, "2025-06-28", "executive-action")
    assert ("the measure", "eo:14160") in found
    assert all(t != "the measure" for t, _ in _found(text, "2025-06-28", "statute"))


def test_another_rule_of_one_topic_is_not_the_one_named_before() -> None:
    text = (
        "Utilities challenged the EPA's PFAS drinking water rule. The EPA also issued another "
        "PFAS rule designating two chemicals as hazardous substances under the Superfund law."
    )
    found = _found(text, "2024-06-20")
    assert ("PFAS drinking water rule", "fr:89:32532") in found
    assert ("another PFAS rule", "fr:89:39124") in found
