"""Ruling shapes the open development sets 9–12 showed linker missing, in sentences of our
own in the same shapes."""

from __future__ import annotations

from linker.models import Mention
from linker.scanner import rulings
from linker.scanner.doc import Doc


def find(text: str, date: str = "2025-10-10") -> list[Mention]:
    return rulings.find(Doc.of(text, date))


def test_a_newspaper_named_for_a_state_is_not_the_state_a_county_court_sits_in() -> None:
    text = (
        "A judge in Oregon on Monday blocked the county's new zoning law. The county will "
        "appeal, the Washington Post reports. The order issued by Lane County Circuit Judge "
        "Mary Smith takes effect at once. Smith ruled that the law was preempted."
    )
    found = find(text)
    # (twenty-seventh session: Lane County's own circuit court, which courts-db files)
    assert [m.court for m in found if "Smith" in m.text] == ["orcclane", "orcclane"]


def test_a_name_before_a_judges_description_in_commas_is_the_judge() -> None:
    text = (
        "In Vermont, Helen Strand, a Windsor County Superior Court judge, said in a ruling "
        "that the tax was unconstitutional. Strand also ruled that the state must refund it."
    )
    found = find(text)
    first = next(m for m in found if m.text.startswith("Helen Strand"))
    assert first.text.endswith("said in a ruling")
    assert any(m.text.startswith("Strand also ruled") for m in found)


def test_a_place_or_a_date_before_a_judge_is_not_a_name() -> None:
    for text in (
        "In New York, a federal judge ruled for the plaintiffs.",
        "On Friday, a federal judge ruled for the plaintiffs.",
    ):
        (m,) = find(text)
        assert m.text == "a federal judge ruled for the plaintiffs"


def test_a_capitalised_district_court_judge_without_a_name_is_a_federal_judge() -> None:
    (m,) = find("In Idaho, a U.S. District Court Judge enjoined the law in December.")
    assert m.text == "a U.S. District Court Judge enjoined"
    assert m.court == "idd"


def test_a_local_court_is_a_state_trial_court_of_the_state_named() -> None:
    text = (
        "Vermont's Board of Elections adopted the rules in May. "
        "A local court has now halted the rules."
    )
    (m,) = find(text)
    assert m.text == "A local court has now halted"
    assert m.court == "vtsuperct"


def test_struck_down_as_unconstitutional_by_a_court_is_a_passive_ruling() -> None:
    (m,) = find("The Idaho law was struck down as unconstitutional by a district court in 2019.")
    assert m.text == "was struck down as unconstitutional by a district court"


def test_struck_the_law_down_is_the_phrasal_verb_split_by_its_object() -> None:
    # (the span ends on the verb: "the law" stays the statute matcher's back-reference)
    found = find("In Oregon, a federal district court struck the law down, and lawmakers wept.")
    assert [(m.text, m.court) for m in found] == [("a federal district court struck", "ord")]
