"""Agency rules in the forms blind50's census (census32 P1, P2) showed, twenty-fifth session
(branch s25-b50rules): an act's plural "regulations" as the body of rules that stands (its
C.F.R. part), never one dated amendment, and nothing for any agency's own such regulations;
an acronym alias spaced ("PM 2.5 NAAQS"); a reconsidered standard by its own name; "the
standard" referring back to a rule called a standard. Sentences of our own in the shapes of
real pages."""

from __future__ import annotations

from conftest import mentions
from linker.scanner.namedrules import spacing_variants


def _found(text: str, date: str | None, kind: str = "regulation") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == kind]


# --- an act's regulations as they stand -------------------------------------------------


def test_an_acts_regulations_are_its_part_not_an_amendment_named_elsewhere() -> None:
    text = (
        "The council plans to withdraw its NEPA regulations. The CEQ NEPA regulations were "
        "revised several times, including in 2020 and again in 2024."
    )
    found = _found(text, "2025-03-01")
    assert ("NEPA regulations", "cfr:40:1500") in found
    assert all(a == "cfr:40:1500" for t, a in found if t == "NEPA regulations")


def test_any_agencys_own_regulations_are_no_rule() -> None:
    text = (
        "Each department must now rewrite its own NEPA regulations. Some bureaus keep "
        "agency-specific NEPA regulations and procedures. Judges doubted the council's power to "
        "issue binding NEPA regulations."
    )
    assert _found(text, "2025-03-01") == []


def test_a_year_in_the_phrase_still_names_one_document() -> None:
    text = "The council's 2020 NEPA regulations narrowed the reviews agencies must do."
    found = _found(text, "2025-03-01")
    assert found and all(a == "fr:85:43304" for _, a in found)


def test_regulations_inside_a_named_rule_give_way() -> None:
    text = "The agency will revisit HFC regulations in the Refrigerant Transition Rule next year."
    assert not any(t == "HFC regulations" for t, _ in _found(text, "2025-03-01"))


# --- a standard by its other spellings and referred back to ------------------------------


def test_spacing_variants_of_an_acronym_and_number() -> None:
    assert spacing_variants("PM2.5 NAAQS") == ("PM 2.5 NAAQS",)
    assert spacing_variants("PM 2.5 NAAQS") == ("PM2.5 NAAQS",)
    assert spacing_variants("soot standard") == ()


def test_a_reconsidered_standard_by_its_own_name_and_the_standard_after_it() -> None:
    text = (
        "Last year the agency tightened the National Ambient Air Quality Standard for "
        "particulate matter, also called the PM 2.5 NAAQS. The standard was set close to "
        "natural levels. Industry groups say the stricter standard blocks new permits."
    )
    found = _found(text, "2025-05-01")
    assert (
        "National Ambient Air Quality Standard for particulate matter",
        "fr:89:16202",
    ) in found
    assert ("PM 2.5 NAAQS", "fr:89:16202") in found
    assert ("The standard", "fr:89:16202") in found
    assert ("the stricter standard", "fr:89:16202") in found


def test_the_standard_without_a_rule_called_a_standard_is_nothing() -> None:
    text = (
        "The agency issued its public charge rule in 2019. The standard of review in such "
        "cases is deferential, and the standard applied by the judge was the usual one."
    )
    assert not any("standard" in t.lower() for t, _ in _found(text, "2020-01-10"))


# --- a version suffix, a program, the standards' initials --------------------------------


def test_a_version_suffix_is_the_successor_not_the_original() -> None:
    text = "The agency plans to undo Clean Power Plan 2.0 by the end of the year."
    found = _found(text, "2025-04-01")
    assert ("Clean Power Plan 2.0", "fr:89:39798") in found
    assert not any(a == "fr:80:64662" for _, a in found)


def test_a_program_said_alone_is_its_part() -> None:
    text = "Refineries report their emissions under the Greenhouse Gas Reporting Program each year."
    assert ("Greenhouse Gas Reporting Program", "cfr:40:98") in _found(text, "2024-06-01")


def test_the_standards_with_their_initials_and_short_topic() -> None:
    text = "The agency will revisit the National Ambient Air Quality Standards (NAAQS) for PM 2.5."
    found = _found(text, "2025-03-20")
    assert (
        "National Ambient Air Quality Standards (NAAQS) for PM 2.5",
        "fr:89:16202",
    ) in found
