"""After a judge refused a restraining order or an injunction ("rejected a temporary
restraining order requested by …", "denied the state's request for a preliminary
injunction", "declined to issue a TRO"), "the temporary restraining order" is the order asked
for, no ruling (``rulings.nouns``: ``_REFUSED_RELIEF``). An order granted, or one a judge
refused to lift, stays a ruling. Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import rulings


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge in Austin has rejected a temporary restraining order requested by a "
        "city councilwoman against a TV station. Her lawyer had filed papers as part of an "
        "argument to grant the temporary restraining order.",
        "A federal judge in Austin has denied the state's request for a preliminary injunction "
        "against the city ordinance. Lawyers for the state said the injunction was needed to "
        "protect drivers.",
        "A federal judge in Austin has declined to issue a TRO against the city. The TRO would "
        "have stopped the demolition.",
    ],
)
def test_the_refused_order_is_no_ruling(text: str) -> None:
    found = rulings(text)
    assert len(found) == 1
    assert found[0].start == 0
    assert found[0].court == "txwd"


def test_a_granted_order_is_a_ruling() -> None:
    found = rulings(
        "A federal judge in Austin has granted a temporary restraining order requested by a "
        "city councilwoman against a TV station. The temporary restraining order lasts 14 days."
    )
    assert [(m.text, m.court) for m in found][1:] == [("The temporary restraining order", "txwd")]


def test_an_injunction_a_judge_would_not_lift_is_a_ruling() -> None:
    found = rulings(
        "A federal judge in Austin on Monday denied a motion to lift the injunction against the "
        "state's new law. The injunction has been in place since May."
    )
    assert [(m.text, m.court) for m in found][1:] == [("The injunction", "txwd")]
