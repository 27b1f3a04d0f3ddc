"""Twenty-sixth session (census33 P5-P7, census32 P8, census30 P11): back-references to
orders and laws, executive orders dated by an impossible day, laws told by their age, and
bills with unusual nouns. Made-up sentences."""

from __future__ import annotations

from conftest import mentions
from linker.scanner.softdate import infer


def _found(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date)]


UNION_ORDER = (
    "Judge pauses order on federal unions\n\n"
    "Last month, President Trump signed a sweeping executive order aimed at curbing "
    "collective bargaining rights for federal employees. The order cited national security. "
    "A union filed a lawsuit challenging the order. On April 25, U.S. District Judge Ann "
    "Smith issued a preliminary injunction, pausing parts of the executive order. In a short "
    "ruling, Judge Smith found that the order unlawfully stripped bargaining rights from "
    "workers.\n"
)


def test_a_lawsuit_challenging_the_order_tells_no_new_order() -> None:
    found = _found(UNION_ORDER, "2025-05-01")
    assert ("the executive order", "eo:14251") in found


def test_what_the_judge_found_of_the_order_is_the_presidents_order() -> None:
    found = _found(UNION_ORDER, "2025-05-01")
    last = [a for t, a in found if t == "the order"][-1]
    assert last == "eo:14251"


def test_bare_under_law_is_the_idiom() -> None:
    text = (
        "The Federal Aviation Administration acted under the Federal Aviation Act of 1958. "
        "Critics said the bureau went past the agency's power granted under law."
    )
    assert not any(t.endswith("under law") for t, _a in _found(text))


def test_a_law_told_by_adjective_comma_and_age() -> None:
    text = (
        "The Arizona Supreme Court ruled that the state's 1864 abortion ban can be enforced. "
        "Later, the legislature voted to repeal the harsh, 160-year-old law."
    )
    assert ("the harsh, 160-year-old law", "state:az:ars:13-3603") in _found(text, "2025-01-10")


def test_a_later_statute_that_superseded_an_old_ban() -> None:
    text = (
        "The Wisconsin Supreme Court on Tuesday struck down the state's 1849 abortion ban. "
        "The justices said the old law had been replaced by a 1985 statute that allowed for "
        "abortions up to the point of fetal viability."
    )
    found = _found(text, "2025-07-03")
    assert any(a == "state:wi:stat:940.15" and t.startswith("a 1985 statute") for t, a in found)


def test_that_after_a_verb_of_saying_is_no_demonstrative() -> None:
    text = (
        "The Wisconsin Supreme Court struck down the state's 1849 abortion ban, pointing to a "
        "1985 statute that allowed for abortions up to the point of fetal viability. “We "
        "conclude that comprehensive legislation enacted since then covers the subject,” the "
        "justice wrote."
    )
    assert not any(t.startswith("that comprehensive") for t, _a in _found(text, "2025-07-03"))


def test_an_impossible_day_keeps_its_month_for_a_described_order() -> None:
    text = (
        "Trump orders review of rules\n\n"
        "On February 30, 2025, President Trump signed an executive order directing agencies to "
        "identify regulations for repeal within 60 days.\n"
    )
    found = [(t, a) for t, a in _found(text, "2025-03-10") if "executive order" in t]
    assert [a for _t, a in found] == ["eo:14219"]


def test_an_impossible_day_still_bounds_the_soft_date() -> None:
    assert infer("On February 29, 2025, the agency finalized a rule.") == (
        "2025-02-28",
        "February 29, 2025",
    )


def test_the_presidents_eo_with_periods() -> None:
    text = (
        "In 1981 President Reagan issued E.O. 12291, which required cost-benefit analysis of "
        "major rules. Critics said the Reagan E.O. gave budget officials too much power."
    )
    assert ("the Reagan E.O.", "eo:12291") in _found(text)


def test_a_described_order_before_its_number_takes_the_numbered_one() -> None:
    text = (
        "The department said it will not enforce an executive order that would have forced "
        "TikTok to shut down.\n\n"
        "The department's ban rested on Executive Order 13942, the department said.\n"
    )
    found = [(t, a) for t, a in _found(text) if t.startswith("executive order that")]
    assert [a for _t, a in found] == ["eo:13942"]


def test_todays_tax_deal_is_the_bill() -> None:
    text = (
        "I voted for the Tax Relief for American Families and Workers Act of 2024 (H.R. 7024). "
        "The research credit I backed was included in today's tax deal."
    )
    assert ("today's tax deal", "bill:118:hr:7024") in _found(text, "2024-01-31")


def test_under_the_act_in_capitals() -> None:
    text = (
        "Governor Pritzker signed a bill amending the Illinois Biometric Information Privacy "
        "Act. It limits the damages a party may recover under the ACT."
    )
    assert ("the ACT", "state:il:ilcs:740-14") in _found(text, "2024-08-05")


def test_the_act_college_test_is_no_law() -> None:
    text = (
        "Governor Pritzker signed a bill amending the Illinois Biometric Information Privacy "
        "Act. Students who took the ACT last spring were not affected."
    )
    assert not any(t == "the ACT" for t, _a in _found(text, "2024-08-05"))


def test_a_version_after_a_name_before_its_number() -> None:
    text = (
        "The House passed the Pediatric Cures Research Act 2.0 (H.R. 3391), to extend a "
        "research program."
    )
    found = _found(text, "2024-12-20")
    assert ("Pediatric Cures Research Act 2.0", "bill:118:hr:3391") in found


def test_this_amendment_after_an_amending_bill() -> None:
    text = (
        "On Friday, Governor Pritzker signed Senate Bill 2979, amending the Illinois Biometric "
        "Information Privacy Act. This Amendment limits the damages a company may owe."
    )
    found = _found(text, "2024-08-05")
    assert ("This Amendment", "state:il:bill:sb2979") in found


def test_this_amendment_after_a_ballot_measure_is_no_bill() -> None:
    text = (
        "On Friday, Governor Pritzker signed Senate Bill 2979, amending the Illinois Biometric "
        "Information Privacy Act. Voters will decide a separate constitutional question in "
        "November. This Amendment would add a right to the state constitution."
    )
    assert not any(t == "This Amendment" and a for t, a in _found(text, "2024-08-05"))
