"""Rows and shapes of the twenty-eighth session's data branch (s28-c42data, census42 P3, P7,
P8, P14): state acts by their popular names, suits news tells without a caption, a state
board's rule by its topic (``state_rules.csv``), a CRA resolution told by its chamber.
Sentences of our own in the shapes news prints."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str | None = None, kinds: tuple[str, ...] = ()) -> list[tuple]:
    return [
        (m.text, m.authority or m.name)
        for m in mentions(text, date)
        if not kinds or m.kind in kinds
    ]


# --- P3: state acts by their popular names ---------------------------------------------


def test_an_ohio_bill_told_by_the_names_of_its_two_acts() -> None:
    text = (
        "Ohio lawmakers overrode the governor's veto of House Bill 68 in January. The bill "
        "holds the SAFE Act and the Save Women's Sports Act, and both now face a challenge."
    )
    got = found(text, "2024-05-01", ("statute", "bill"))
    assert ("SAFE Act", "state:oh:bill:hb68") in got
    assert ("Save Women's Sports Act", "state:oh:bill:hb68") in got


def test_a_short_form_of_a_longer_federal_name_is_no_states_act() -> None:
    # (a sponsor's state tag names Ohio: the short name is still the federal bill's)
    text = (
        "The House passed the SAFE Banking Act on Wednesday. The SAFE Act was introduced "
        "by Rep. Jane Roe (R-Ohio) with a hundred cosponsors."
    )
    got = found(text, "2019-09-26")
    assert not any(a == "state:oh:bill:hb68" for _, a in got)


def test_a_maryland_act_by_its_popular_name() -> None:
    text = (
        "Among the new Maryland laws, the Second Look Act lets people who have served 20 years "
        "ask the court that sentenced them for a shorter term."
    )
    assert ("Second Look Act", "state:md:bill:hb853") in found(text, "2025-10-02")


# --- P8: a state board's rule by its topic (state_rules.csv) ---------------------------


def test_a_state_boards_rule_by_its_topic_takes_the_tables_id() -> None:
    text = (
        "The Georgia State Election Board passed this rule in September, requiring poll "
        "workers to count ballots by hand. On Tuesday a judge said that the hand-count rule "
        "came too late for the election."
    )
    got = found(text, "2024-10-16", ("regulation",))
    assert ("this rule", "state:ga:rule:183-1-12-.12") in got
    assert ("the hand-count rule", "state:ga:rule:183-1-12-.12") in got
    # (a state body's rule is never a Federal Register search)
    urls = [m.url or "" for m in mentions(text, "2024-10-16") if m.kind == "regulation"]
    assert not any("federalregister" in u for u in urls)


def test_a_state_boards_rule_of_a_topic_the_table_lacks_stays_a_name() -> None:
    text = (
        "The Georgia State Election Board passed a new poll-watcher rule in September. "
        "Critics said the poll-watcher rule would crowd tabulation rooms."
    )
    got = [(t, a) for t, a in found(text, "2024-10-16", ("regulation",))]
    assert got and all(not (a or "").startswith("state:ga:rule:") for _, a in got)


# --- P14: a CRA resolution told by its chamber -----------------------------------------


def test_cra_resolutions_told_by_their_chamber() -> None:
    text = (
        "Republicans moved Thursday to overturn the CFPB's overdraft rule under the "
        "Congressional Review Act. Rep. Jane Roe introduced a CRA resolution in the House, "
        "and Sen. John Doe, who introduced a CRA resolution in the Senate, called the rule "
        "a price control."
    )
    got = found(text, "2025-02-14", ("bill", "statute"))
    assert ("a CRA resolution in the House", "bill:119:hjres:59") in got
    assert ("a CRA resolution in the Senate", "bill:119:sjres:18") in got
    assert not any(t == "CRA" for t, _ in got)


def test_one_resolution_told_without_its_chamber_is_the_one_that_passed() -> None:
    text = (
        "Republicans moved to overturn the CFPB's overdraft rule under the Congressional "
        "Review Act. Sen. John Doe introduced a resolution of disapproval on Thursday."
    )
    got = found(text, "2025-02-14", ("bill",))
    assert ("a resolution of disapproval", "bill:119:sjres:18") in got


# --- P7: suits told without a caption --------------------------------------------------


def test_a_suit_told_by_its_plaintiffs_and_judge() -> None:
    text = (
        "Franklin County Common Pleas Judge Michael Holbrook issued a temporary restraining "
        "order against House Bill 68 on April 16. The ACLU of Ohio filed a lawsuit in March "
        "on behalf of two families challenging the bill."
    )
    got = found(text, "2024-05-01", ("case",))
    assert ("a lawsuit", "Moe v. Yost") in got


def test_state_rules_rows_are_well_formed() -> None:
    import re

    from linker.datafiles import read_rows

    rows = read_rows("state_rules.csv")
    assert rows
    for r in rows:
        assert list(r) == ["state", "body", "topic", "authority", "name", "source"], r
        assert re.fullmatch(r"state:[a-z]{2}:[a-z-]+:[a-z0-9.-]+", r["authority"]), r
        assert r["topic"] == r["topic"].lower() and r["name"].endswith(("rule", "regulation"))
        assert len(r["source"]) > 40, r
