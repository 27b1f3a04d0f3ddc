"""Memoranda and agency policies news names without an order number
(``linker/data/executive_actions.csv``, ``scanner/eopolicies.py``) and what refers back to
them. Sentences of our own in the shapes of real pages (AP and local TV on "Remain in
Mexico", 2019-2022; wire copy, agency and law-firm pages on the OMB funding freeze, 2025;
DACA rulings, 2018-2021; a law firm's payroll-tax post, 2020)."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.datafiles import read_rows
from linker.scanner.eopolicies import policies
from linker.scanner.orderdata import executive_orders

MPP = "Migrant Protection Protocols"
OMB = "OMB Memorandum M-25-13"
DACA = "Deferred Action for Childhood Arrivals"


def actions(text: str, date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.text, m.authority, m.name) for m in mentions(text, date) if m.kind == "executive-action"
    ]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        (
            "The justices let the Trump administration keep its “Remain in Mexico” policy in "
            "force.",
            "2020-03-11",
            [("its “Remain in Mexico” policy", None, MPP)],
        ),
        (
            "A federal judge blocked a Trump administration policy that forces asylum seekers to "
            "wait in Mexico for their hearings.",
            "2019-04-09",
            [
                (
                    "a Trump administration policy that forces asylum seekers to wait in Mexico",
                    None,
                    MPP,
                )
            ],
        ),
        (
            "About 70,000 migrants were subject to the program, known officially as the "
            "Migrant Protection Protocols.",
            None,
            [("the Migrant Protection Protocols", None, MPP)],
        ),
        (
            "Judges halted the funding freeze ordered in a memo from the Office of Management "
            "and Budget.",
            "2025-02-04",
            [
                ("the funding freeze", None, OMB),
                ("a memo from the Office of Management and Budget", None, OMB),
            ],
        ),
        (
            # undated: the memorandum's signing day ties the description to it
            "The states sued over a January 27 memorandum from the Office of Management and "
            "Budget that froze grants.",
            None,
            [("a January 27 memorandum from the Office of Management and Budget", None, OMB)],
        ),
        (
            "Texas argued that the original 2012 DACA memorandum was unlawful.",
            "2018-08-15",
            [("the original 2012 DACA memorandum", None, DACA)],
        ),
        (
            "President Trump's federal hiring freeze exempted the military.",
            "2025-02-10",
            [
                (
                    "Trump's federal hiring freeze",
                    "fr:90:8247",
                    "Hiring Freeze (Presidential Memorandum of January 20, 2025)",
                )
            ],
        ),
        (
            "An Executive Order titled “Memorandum on Deferring Payroll Tax Obligations in "
            "Light of the Ongoing COVID-19 Disaster” directs the Treasury to act.",
            "2020-08-10",
            [
                (
                    "Memorandum on Deferring Payroll Tax Obligations in Light of the Ongoing "
                    "COVID-19 Disaster",
                    "fr:85:49587",
                    "Memorandum on Deferring Payroll Tax Obligations in Light of the Ongoing "
                    "COVID-19 Disaster",
                )
            ],
        ),
    ],
)
def test_named_and_described(
    text: str, date: str | None, want: list[tuple[str, str | None, str | None]]
) -> None:
    got = actions(text, date)
    for w in want:
        assert any(g[1:] == w[1:] and w[0] in g[0] for g in got), (w, got)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # before the memorandum, and undated with no cue: another freeze
        ("Lawmakers criticized the funding freeze on aid to Ukraine.", "2019-10-01"),
        ("Lawmakers criticized the funding freeze at the agency.", None),
        # another freeze the same year
        ("The administration defended the funding freeze at Harvard.", "2025-04-20"),
        # an OMB memo that is not about a freeze
        ("An OMB memo told agencies how to buy artificial intelligence tools.", "2025-04-08"),
        # after the 2017 freeze was lifted, before the 2025 one
        ("In 2017 the federal hiring freeze ordered by President Trump ended.", "2017-05-01"),
        # a state's hiring freeze; the Justice Department's 2018 "zero tolerance" policy, which
        # annotators of a real page left unlinked (an Attorney General's memo, no table row)
        ("Governor Shapiro announced a hiring freeze for state agencies.", "2025-02-10"),
        (
            "Parents were separated from their children under Trump’s “zero tolerance” policy.",
            "2018-06-27",
        ),
        # the program itself (annotators link its memo, not each "DACA"), its recipients,
        # the 2022 rule
        ("A federal judge ruled that DACA was unlawful.", "2021-07-17"),
        ("DACA recipients rallied outside the court.", "2021-07-17"),
        ("The DACA rule took effect in October.", "2022-10-31"),
        # "remain in Mexico" as a verb phrase, not the policy's name
        (
            "Under the Trump administration's new asylum rules she chose to remain in Mexico with "
            "her family.",
            "2020-03-11",
        ),
        # before the policy was announced
        (
            "Trump administration officials discussed a policy to make asylum seekers wait in "
            "Mexico.",
            "2018-06-01",
        ),
    ],
)
def test_not_the_action(text: str, date: str | None) -> None:
    assert actions(text, date) == []


def test_the_nearest_head_noun_opens_the_description() -> None:
    # "a temporary restraining order" is a court's; the policy is the head nearest the words
    text = (
        "The judge said she would issue a temporary restraining order blocking the Trump "
        "administration from implementing a policy that would freeze funding for federal aid "
        "programs, after a controversial memo issued by the White House Office of Management "
        "and Budget last week."
    )
    got = [(m.text, m.name) for m in mentions(text, "2025-02-03") if m.name == OMB]
    assert ("a policy that would freeze funding", OMB) in got
    assert any(t.startswith("a controversial memo issued by") for t, _ in got)
    assert not any("restraining" in t for t, _ in got)


def test_back_references_are_the_rows_heads_only() -> None:
    text = (
        "A judge blocked an Office of Management and Budget memo that froze federal grants. "
        "The order also bars OMB from reissuing the memo. The freeze had confused states."
    )
    got = {m.text: (m.name, m.anaphor) for m in mentions(text, "2025-02-03")}
    assert got["the memo"] == (OMB, True)
    assert got["The freeze"] == (OMB, True)
    assert "The order" not in got or got["The order"][0] != OMB  # the judge's order


def test_a_new_memo_between_is_not_the_antecedent() -> None:
    text = (
        "The judge said the 2012 DACA memo was lawful. A more recent DHS memo tried to explain "
        "the end of the program, but the memo added little."
    )
    got = {m.text: m.name for m in mentions(text, "2018-08-03")}
    assert got.get("the memo") != DACA


def test_country_tag_is_no_abbreviation() -> None:
    text = (
        "Executive Order Regarding Payroll Taxes (US)\n\nOn August 8, President Trump signed "
        "an Executive Order titled “Memorandum on Deferring Payroll Tax Obligations in Light "
        "of the Ongoing COVID-19 Disaster”. Employers in the US must decide."
    )
    assert not [m for m in mentions(text, "2020-08-10") if m.text == "US"]


def test_table_rows() -> None:
    rows = read_rows("executive_actions.csv")
    assert len(rows) == len(policies())  # every row loads
    order_names = {n.lower() for o in executive_orders() for n in o.names}
    seen: dict[str, tuple[str, str]] = {}  # a phrase's window, from the row that has it
    for p in policies():
        assert p.source and p.signed[:2] in ("19", "20")
        assert not p.until or p.until >= p.signed
        assert p.authority is None or p.authority.split(":")[0] in ("fr", "proc", "eo")
        for phrase in p.names:
            assert phrase.lower() not in seen, phrase  # a name is one row's
        for phrase in (*p.names, *p.descriptions):
            key = phrase.lower()
            assert key not in order_names, phrase  # nor an order's
            if key in seen:
                # two rows may share a description only in windows that do not meet
                # ("the hiring freeze" of 2017 and of 2025)
                first, last = seen[key]
                assert p.until and (p.until < first or p.signed > last), phrase
            seen[key] = (p.signed, p.until or "9999")


@pytest.mark.parametrize(
    ("date", "want"),
    [
        ("2020-03-11", "proc:9645"),  # the version in force for two years
        ("2017-03-20", None),  # two weeks after a reissue: news tells of both
        (None, None),  # undated: the date decides, so nothing
    ],
)
def test_the_travel_ban_by_the_articles_date(date: str | None, want: str | None) -> None:
    text = (
        "The justices have sided with the Trump administration before. Other cases include "
        "the travel ban on visitors from some largely Muslim countries."
    )
    got = [a for t, a, _ in actions(text, date) if "travel ban" in t]
    assert got == ([want] if want else []) or (want is None and got in ([], [None]))


def test_measure_and_pause_refer_back_to_the_freeze() -> None:
    text = (
        "A judge blocked the OMB memo that froze federal grants. The measure caused mass "
        "confusion, and the pause was lifted within days."
    )
    got = {m.text: m.name for m in mentions(text, "2025-02-03") if m.anaphor}
    assert got.get("The measure") == OMB
    assert got.get("the pause") == OMB


def test_the_presidential_proclamation_refers_back() -> None:
    text = (
        "The Supreme Court upheld President Trump's travel ban on Tuesday, finding that the "
        "presidential proclamation falls within his authority."
    )
    got = {m.text: m.authority for m in mentions(text, "2018-06-26")}
    assert got.get("the presidential proclamation") == "proc:9645"


def test_a_memorandum_news_calls_an_order() -> None:
    # the January 20, 2025 wind memorandum (90 FR 8363), which news calls an executive order
    text = (
        "A federal judge struck down President Trump's executive order halting offshore wind "
        "leasing. The order had stalled projects along the East Coast."
    )
    got = [(m.text, m.authority, m.anaphor) for m in mentions(text, "2025-12-09")]
    assert ("Trump's executive order halting offshore wind leasing", "fr:90:8363", False) in got
    assert ("The order", "fr:90:8363", True) in got


def test_undated_wind_order_by_its_day() -> None:
    # undated: "January 20" ties "the wind order" to the memorandum of that day
    text = (
        "A federal judge voided part of President Trump’s Offshore Wind Order of January 20. "
        "Trump’s January 20 wind order had stopped new leases in federal waters."
    )
    got = [(m.text, m.authority) for m in mentions(text) if m.kind == "executive-action"]
    assert ("Trump’s January 20 wind order", "fr:90:8363") in got
    assert any(t.endswith("Offshore Wind Order") and a == "fr:90:8363" for t, a in got)


def test_two_rows_fitting_alike_leave_the_phrase_unlinked() -> None:
    # undated, and both years of the Mexico City Policy named: either memorandum may be meant
    text = (
        "Trump reinstated the Mexico City policy in 2017, Biden revoked it, and the White "
        "House restored it in 2025."
    )
    assert [m for m in mentions(text) if m.kind == "executive-action"] == []
    got = [m.name for m in mentions(text, "2025-02-01") if m.kind == "executive-action"]
    assert got == ["The Mexico City Policy (Presidential Memorandum of January 24, 2025)"]


def test_a_clause_of_its_own_between_head_and_description() -> None:
    text = (
        "The Biden administration never used the policy widely, and only a few thousand people "
        "were sent back to wait in Mexico under the Trump administration."
    )
    got = [m.text for m in mentions(text, "2022-08-03") if m.kind == "executive-action"]
    assert not any("wait in Mexico" in t for t in got)
