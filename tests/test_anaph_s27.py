"""Back-reference chains for rules and rulings, twenty-seventh session (branch s27-anaph;
census36 P5, P6, P14, P10, P2): "the rules" told again after rulings and cases; a year that
agrees with the one rule's; sentences of our own in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions

_FILLER = (
    "Lawyers for the chamber said the appeal raised questions the court had not settled, "
    "and several trade groups filed briefs in support of the challengers over the summer. "
)


def _regs(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


# --- P5: "the rules" after rulings and cases ----------------------------------------------


def _joint_employer(between: str) -> str:
    return (
        "The NLRB issued the Standard for Determining Joint Employer Status in October. "
        + _FILLER * 5
        + between
        + "Business groups had asked the judge to vacate the rules before they took effect."
    )


def test_the_rules_far_after_the_one_rule_named_take_it_past_a_ruling() -> None:
    text = _joint_employer(
        "A federal judge in Tyler, Texas, ruled on Friday that the board had exceeded its "
        "power under the National Labor Relations Act. "
    )
    assert ("the rules", "fr:88:73946") in _regs(text, "2024-03-20")


def test_the_rules_in_an_idiom_are_no_rule() -> None:
    text = (
        "The NLRB issued the Standard for Determining Joint Employer Status in October. "
        + _FILLER * 5
        + "Critics said the board had decided to change the rules of the game for franchises."
    )
    assert not any(t == "the rules" for t, _ in _regs(text, "2024-03-20"))


def test_the_rules_before_the_rule_is_named_take_nothing() -> None:
    text = (
        "Companies have fought over the rules for years. "
        + _FILLER * 5
        + "The NLRB issued the Standard for Determining Joint Employer Status in October."
    )
    assert not any(t == "the rules" for t, _ in _regs(text, "2024-03-20"))


def test_the_year_rules_agreeing_with_the_rules_year() -> None:
    text = (
        "The FTC adopted the Non-Compete Clause Rule last spring. "
        + _FILLER * 5
        + "A federal judge in Dallas ruled on Tuesday that the agency had exceeded its "
        "power. The commission now says it may rewrite the 2024 rules after the election."
    )
    assert ("the 2024 rules", "fr:89:38342") in _regs(text, "2024-09-20")


def test_the_year_rules_of_another_year_take_nothing() -> None:
    text = (
        "The FTC adopted the Non-Compete Clause Rule last spring. "
        + _FILLER * 5
        + "A federal judge in Dallas ruled on Tuesday that the agency had exceeded its "
        "power. The commission now says it may go back to the 2019 rules after the election."
    )
    assert not any("2019" in t for t, _ in _regs(text, "2024-09-20"))
