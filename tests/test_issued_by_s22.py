"""An order told in the passive with a court as its agent ("The first injunction was issued in
July 2024 by the Northern District of Texas") is that court's ruling (``ruling_verbs.csv``:
"issue", "extend" and "hand down" now have their passives; "decided 6-3 to limit" joins the
verbs after "decided … to"); a report issued by an agency is none. Made-up sentences."""

from __future__ import annotations

from conftest import rulings


def test_an_injunction_issued_by_a_court() -> None:
    found = rulings(
        "Three courts heard challenges to the rule. The first injunction was issued in May 2024 "
        "by the Northern District of Texas, which later set the rule aside."
    )
    assert [m.court for m in found][:1] == ["txnd"]
    assert found[0].text.startswith("was issued in May 2024 by the Northern District of Texas")


def test_a_report_issued_by_an_agency_is_no_ruling() -> None:
    assert rulings("The report was issued by the agency in May.") == []


def test_an_order_extended_by_a_judge() -> None:
    found = rulings(
        "The temporary restraining order was extended by U.S. District Judge Ann Roe until May 1."
    )
    assert [m.text for m in found] == ["was extended by U.S. District Judge Ann Roe"]


def test_a_deadline_extended_by_an_agency_is_no_ruling() -> None:
    assert rulings("The deadline was extended by the agency.") == []


def test_decided_by_a_vote_to_limit() -> None:
    found = rulings("The Supreme Court decided 6-3 to limit the power of judges to grant relief.")
    assert [m.court for m in found] == ["scotus"]


def test_a_council_decided_to_limit_is_no_ruling() -> None:
    assert rulings("The city council decided 5-2 to limit parking downtown.") == []
