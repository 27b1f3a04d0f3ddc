"""Resolutions of Congress and what refers back to them (issue 13, point 6; thirteenth
session): "the resolution" after a numbered joint resolution, "the measure" lawmakers pass
in a story about a resolution of disapproval (never the rule it would undo, never the
Congressional Review Act itself), and a companion named in passing.

Sentences in the shape of real pages (progressivereform.org's CRA updates, taxnews.ey.com,
asppa.org, eenews.net, tampafp.com); short quotes only, the rest our own words.
"""

from __future__ import annotations

from conftest import mentions


def links(text: str, date: str | None = "2025-04-21") -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for m in mentions(text, date):
        out.setdefault(m.text, []).append(m.authority)
    return out


def test_the_resolution_after_a_numbered_joint_resolution() -> None:
    text = (
        "The Senate passed H.J. Res. 88 on May 24 by a vote of 56-41. The resolution passed "
        "the House on April 28, and the language of the resolution says the rule would have "
        "no force or effect."
    )
    got = links(text, "2016-05-25")
    assert got["H.J. Res. 88"] == ["bill:114:hjres:88"]
    assert got["The resolution"] == ["bill:114:hjres:88"]
    assert got["the resolution"] == ["bill:114:hjres:88"]


def test_this_resolution_and_the_joint_resolution() -> None:
    text = (
        "On March 14, the president signed S.J. Res. 11, which targeted an offshore rule. "
        "This resolution passed the Senate (54-44) and the House (221-202); the joint "
        "resolution was the first of the year."
    )
    got = links(text, "2025-03-18")
    assert got["This resolution"] == ["bill:119:sjres:11"]
    assert got["the joint resolution"] == ["bill:119:sjres:11"]


def test_the_resolution_is_never_a_bill_or_an_act() -> None:
    # "the resolution" of a dispute, or after a bill that is no resolution: nothing
    text = (
        "The House passed H.R. 1234 on Tuesday. Lawmakers praised the resolution of the "
        "dispute, and the resolution drew little notice."
    )
    got = links(text, "2025-03-18")
    assert got["H.R. 1234"] == ["bill:119:hr:1234"]
    assert "the resolution" not in got


def test_a_companion_named_in_passing_is_not_the_resolution() -> None:
    text = (
        "The House passed H.J.Res. 35 on Feb. 26. This bill had a companion in the Senate "
        "(S.J.Res. 12), but the Senate voted on the House version. This resolution passed "
        "the Senate 52-47."
    )
    got = links(text, "2025-03-18")
    assert got["This resolution"] == ["bill:119:hjres:35"]
    assert got["S.J.Res. 12"] == ["bill:119:sjres:12"]


def test_the_measure_lawmakers_pass_is_not_the_rule() -> None:
    # asppa.org's shape: the resolution's number has no Congress (no date); the measure is
    # still not the regulation it would undo
    text = (
        "The House adopted a resolution April 28 disapproving of the Labor Department's "
        "final fiduciary rule. The party line vote of 234-183 was enough to pass the measure."
    )
    got = links(text, None)
    assert all(not (a or "").startswith(("fr:", "cfr:")) for a in got.get("the measure", []))


def test_a_sponsor_of_the_measure_is_a_lawmaker_not_the_rule() -> None:
    text = (
        "The Senate voted Tuesday to nullify the new fiduciary rule released by the "
        "Department of Labor. Sen. Johnny Isakson, a sponsor of the measure, said more was "
        "needed."
    )
    got = links(text, "2016-05-24")
    assert got.get("the measure", [None]) == [None] or "the measure" not in got


def test_the_measure_is_never_the_congressional_review_act() -> None:
    text = (
        "On May 15, Republican lawmakers introduced resolutions of disapproval (S.J. Res. 79, "
        "H.J. Res. 142) under the Congressional Review Act (“CRA”) regarding the fiduciary "
        "rule. It is unclear whether Republicans have the votes to pass the measure through "
        "both chambers of Congress. Pfluger’s companion measure passed the House."
    )
    got = links(text, "2024-05-20")
    assert got["S.J. Res. 79"] == ["bill:118:sjres:79"]
    for phrase in ("the measure", "Pfluger’s companion measure"):
        assert all(a != "usc:5:801-808" for a in got.get(phrase, []))


def test_that_become_law_is_no_back_reference() -> None:
    text = (
        "The Congressional Review Act (CRA) lets Congress undo a rule. Four resolutions "
        "could soon increase the number of CRA resolutions that become law."
    )
    got = links(text)
    assert "that become law" not in got


def test_a_weekly_roundups_span_dates_the_article() -> None:
    # jdsupra.com's "This Week From the Hill (May 19 – 25, 2024)": its numbers take the 118th
    from linker.load import date_in_text

    assert date_in_text("This Week From the Hill (May 19 – 25, 2024)\n\nOn May 15 …") == (
        "2024-05-25"
    )
    assert date_in_text("Roundup for Jan. 28–Feb. 3, 2025\n\ntext") == "2025-02-03"
    assert date_in_text("Scores 10-12, 2024 season\n\ntext") is None


def test_an_undated_resolution_takes_the_congress_of_the_rule_it_disapproves() -> None:
    # asppa.org's shape: no year anywhere; the 2016 fiduciary rule (81 FR 20946) and a
    # sitting President Obama leave only the 114th Congress
    text = (
        "The U.S. House of Representatives adopted a resolution April 28 disapproving of the "
        "Labor Department’s final fiduciary regulation. The committee had passed H. J. Res. 88 "
        "by a vote of 22-14. President Obama earlier this week confirmed he would veto it."
    )
    got = links(text, None)
    assert got["final fiduciary regulation"] == ["fr:81:20946"]
    assert got["H. J. Res. 88"] == ["bill:114:hjres:88"]


def test_no_president_and_an_election_year_rule_leave_two_congresses() -> None:
    text = (
        "The House adopted a resolution disapproving of the Labor Department’s final "
        "fiduciary regulation. The committee had passed H. J. Res. 88 by a vote of 22-14."
    )
    assert links(text, None)["H. J. Res. 88"] == [None]


def test_a_bill_that_is_no_joint_resolution_is_left_alone() -> None:
    text = (
        "Lawmakers disapproving of the Labor Department’s final fiduciary regulation filed "
        "H.R. 4293. President Obama said he would veto it."
    )
    assert links(text, None)["H.R. 4293"] == [None]
