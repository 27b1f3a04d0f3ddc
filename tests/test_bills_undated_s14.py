"""Federal bills in a story with no date (issue 13; fourteenth session): the Congress a bill
number belongs to from when the story was written — the latest past date it gives anywhere,
narrowed by the sitting president and leaders it names — and the name set beside a number
as that bill, with or without a Congress.

Every sentence is made up in the shape news prints them; none is copied from an article.
"""

from __future__ import annotations

from conftest import doc, mentions
from linker.scanner import bills


def links(text: str) -> dict[str, list[tuple[str, str | None]]]:
    out: dict[str, list[tuple[str, str | None]]] = {}
    for m in mentions(text, None):
        out.setdefault(m.text, []).append((m.kind, m.authority))
    return out


def numbers(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in bills.find(doc(text, None))}


FILLER = (
    "Supporters said the change would help growers and clinics plan ahead. Critics said "
    "the cost estimate was too low."
)


# (past the opening an article's date is read from: these stories stay undated)
LONG_FILLER = "\n\n".join([FILLER] * 5)


def test_the_latest_date_and_the_sitting_president_give_the_congress() -> None:
    text = (
        "H.R. 4021, the Rural Mapping Accuracy Act, passed 390-12. " + LONG_FILLER + "\n\nThe "
        "maps were last redrawn after a flood on August 3, 2023, officials said. President "
        "Biden is expected to sign the bill."
    )
    found = {m.text: m for m in mentions(text, None)}
    assert found["H.R. 4021"].authority == "bill:118:hr:4021"
    assert "latest date" in (found["H.R. 4021"].evidence or "")
    assert found["Rural Mapping Accuracy Act"].kind == "bill"
    assert found["Rural Mapping Accuracy Act"].authority == "bill:118:hr:4021"


def test_a_popular_bill_named_alone_takes_the_congress_of_the_latest_date() -> None:
    text = (
        "The SAVE Act would require proof of citizenship to register. " + LONG_FILLER + "\n\n"
        "Turnout in the primary on July 15, 2025, was low, officials said."
    )
    found = {m.text: m for m in mentions(text, None)}
    assert found["SAVE Act"].authority == "bill:119:hr:22"
    assert "latest date" in (found["SAVE Act"].evidence or "")


def test_a_number_without_a_space_takes_the_same_congress() -> None:
    text = (
        "Sen. Ada Stone filed S.146 to fund rural clinics. " + FILLER + "\n\nThe clinics "
        "reported a shortfall in March 2024."
    )
    assert numbers(text)["S.146"] == "bill:118:s:146"


def test_a_president_out_of_step_with_the_date_gives_none() -> None:
    # a 2024 date and "President Trump": written in 2025 or later, or about an old bill
    text = (
        "H.R. 5120 passed the House by voice vote. " + FILLER + "\n\nThe program lapsed on "
        "Sept. 30, 2024. President Trump has not said whether he supports it."
    )
    assert numbers(text)["H.R. 5120"] is None


def test_a_leader_of_one_congress_alone() -> None:
    text = (
        "H.R. 812 cleared the Rules Committee. House Speaker Kevin McCarthy said the floor "
        "vote would come next week."
    )
    assert numbers(text)["H.R. 812"] == "bill:118:hr:812"


def test_a_date_ahead_of_the_story_bounds_nothing() -> None:
    text = (
        "S. 2250 would require new labels. " + FILLER + " The labels would take effect on "
        "Jan. 1, 2027, under the bill."
    )
    assert numbers(text)["S. 2250"] is None


def test_a_date_told_aside_in_a_relative_clause_bounds_nothing() -> None:
    text = "S. 310 would amend the Lending Act, which lawmakers passed in May 2010. " + FILLER
    assert numbers(text)["S. 310"] is None


def test_no_date_and_no_president_gives_none() -> None:
    text = "H.R. 3300 passed 401-20. " + FILLER
    assert numbers(text)["H.R. 3300"] is None


def test_bare_years_of_two_congresses_give_none() -> None:
    text = "H.R. 91 would extend the program. It began in 2010 and was expanded in 2024. " + FILLER
    assert numbers(text)["H.R. 91"] is None


def test_a_bare_year_when_no_date_has_a_month() -> None:
    text = "H.R. 91 would extend the program. It was expanded in 2023. " + FILLER
    assert numbers(text)["H.R. 91"] == "bill:118:hr:91"


def test_a_name_beside_a_number_without_a_congress_is_still_a_bill() -> None:
    text = "H.R. 4021, the Rural Mapping Accuracy Act, passed 390-12. " + FILLER
    got = links(text)
    assert got["H.R. 4021"] == [("bill", None)]
    assert got["Rural Mapping Accuracy Act"] == [("bill", None)]


def test_a_name_with_its_number_in_brackets_or_after_or() -> None:
    text = (
        "The Senate took up the Broadband Map Fix Act, or S. 1461, on March 5, 2024. "
        "Lawmakers also advanced the Clean Creek Act [H.R. 3300] that week."
    )
    got = {m.text: m.authority for m in mentions(text, "2024-03-06")}
    assert got["Broadband Map Fix Act"] == "bill:118:s:1461"
    assert got["Clean Creek Act"] == "bill:118:hr:3300"


# -- a resolution of disapproval told by its rule, not its number ---------------------------

RESOLUTION_STORY = (
    "The House and the Senate have passed a joint resolution overturning the Environmental "
    "Protection Agency's waste emissions charge, 89 FR 91094, under the Congressional Review "
    "Act. The act lets Congress, through a joint resolution approved by both chambers, undo "
    "a rule. Once the joint resolution is signed, the charge has no force or effect."
)


def test_a_joint_resolution_told_by_the_rule_it_disapproves() -> None:
    got = {m.text: (m.authority, m.anaphor) for m in mentions(RESOLUTION_STORY, "2025-03-03")}
    assert got["a joint resolution"] == ("bill:119:hjres:35", False)
    assert got["the joint resolution"][0] == "bill:119:hjres:35"


def test_how_the_review_act_works_is_no_resolution() -> None:
    found = [m for m in mentions(RESOLUTION_STORY, "2025-03-03") if m.kind == "bill"]
    procedure = RESOLUTION_STORY.index("through a joint resolution") + len("through ")
    assert all(not (m.start <= procedure < m.end) for m in found)


def test_another_congress_than_the_resolutions_gives_none() -> None:
    # a story of the 118th Congress about the rule cannot mean the 119th's resolution
    got = [m for m in mentions(RESOLUTION_STORY, "2024-12-02") if m.text == "a joint resolution"]
    assert all(m.authority != "bill:119:hjres:35" for m in got)


def test_every_resolution_row_names_a_known_rule() -> None:
    from linker.datafiles import cra_resolutions, read_rows

    rules = {r["authority"] for r in read_rows("rules.csv")}
    rows = read_rows("cra_resolutions.csv")
    assert len(cra_resolutions()) == len({r["rule"] for r in rows})
    # (twenty-eighth session: a rule's second row is the other chamber's companion)
    for rule in {r["rule"] for r in rows}:
        kinds = [r["bill"].split(":")[2] for r in rows if r["rule"] == rule]
        assert len(kinds) == len(set(kinds)) <= 2, rule
    for r in rows:
        assert r["rule"] in rules, r
        assert r["bill"].split(":")[2] in ("hjres", "sjres"), r
        vol, page = r["rule"].split(":")[1:]
        assert f"{vol} F" in r["source"] and page in r["source"] and "http" in r["source"], r


# -- a continuing resolution told, not named ------------------------------------------------


def test_the_stopgap_the_article_numbers_and_calls_so() -> None:
    text = (
        "The House on Tuesday passed a stopgap spending bill to keep agencies open through "
        "April 4, sending H.R. 6120 to the Senate. Democrats said the continuing resolution "
        "left out flood aid. The CR passed 301-120."
    )
    got = {m.text: (m.authority, m.anaphor) for m in mentions(text, "2024-11-20")}
    assert got["a stopgap spending bill"] == ("bill:118:hr:6120", False)
    assert got["the continuing resolution"] == ("bill:118:hr:6120", True)
    assert got["The CR"] == ("bill:118:hr:6120", True)


def test_a_continuing_appropriations_act_with_its_year_and_number() -> None:
    text = (
        "The Senate passed the Extended Continuing Appropriations Act, 2026, H.R. 6311, late "
        "Friday. The stopgap runs through January 30."
    )
    got = {m.text: m.authority for m in mentions(text, "2025-11-15")}
    assert got["Extended Continuing Appropriations Act"] == "bill:119:hr:6311"
    assert got["The stopgap"] == "bill:119:hr:6311"


def test_no_stopgap_when_the_number_is_not_called_one() -> None:
    # the numbered bill is a full-year measure; the stopgap told is another
    text = (
        "Congress passed a stopgap last month. Now the House has taken up H.R. 6500, which "
        "funds the Pentagon for the full year."
    )
    got = {m.text: m.authority for m in mentions(text, "2024-11-20")}
    assert "a stopgap" not in got


def test_no_stopgap_when_the_article_numbers_two_bills() -> None:
    text = (
        "The House passed a stopgap spending bill, H.R. 6120, and a farm measure, H.R. 6121. "
        "The continuing resolution runs to March."
    )
    got = {m.text: m.authority for m in mentions(text, "2024-11-20")}
    assert "The continuing resolution" not in got


# -- a bill named as a bill is no statute ---------------------------------------------------


def test_a_name_the_article_calls_a_bill_in_quotes_or_by_its_sponsor() -> None:
    for text, name in [
        ("The Democratic bill, called the “Clean Harbor Act,” would fund dredging.",
         "Clean Harbor Act"),
        ("Warren's bill, the Fair Lending Reform Act, would cap fees.", "Fair Lending Reform Act"),
    ]:  # fmt: skip
        got = {m.text: m.kind for m in mentions(text, "2024-05-01")}
        assert got[name] == "bill", text


def test_a_law_described_as_one_stays_a_statute() -> None:
    got = {m.text: m.kind for m in mentions("Obama's landmark law, the Affordable Care Act, "
                                            "survived.", "2024-05-01")}  # fmt: skip
    assert got["Affordable Care Act"] == "statute"


# -- a fiscal year in the number's sentence -------------------------------------------------


def test_a_fiscal_year_of_one_congress() -> None:
    text = "The House passed H.R. 4370, the fiscal 2024 spending bill for the Pentagon."
    assert numbers(text)["H.R. 4370"] == "bill:118:hr:4370"


def test_a_fiscal_year_that_spans_two_congresses_gives_none() -> None:
    # fiscal 2025's bills were written in 2024 (118th) and some passed in 2025 (119th)
    text = "The Senate took up S. 4690, which funds agencies for fiscal year 2025."
    assert numbers(text)["S. 4690"] is None


def test_a_byline_date_in_figures() -> None:
    text = "H.R. 812 passed the House. " + FILLER + "\n\nPublished 2023-09-14 08:10 ET"
    assert numbers(text)["H.R. 812"] == "bill:118:hr:812"
    text = "H.R. 812 passed the House. " + FILLER + "\n\nUpdated 9/14/2023"
    assert numbers(text)["H.R. 812"] == "bill:118:hr:812"


def test_a_minority_leader_narrows_the_date() -> None:
    # a 2024 date and "Minority Leader Hakeem Jeffries": the 118th
    text = (
        "H.R. 5120 passed by voice vote. " + FILLER + " House Minority Leader Hakeem Jeffries "
        "backed it after a hearing on May 2, 2024."
    )
    assert numbers(text)["H.R. 5120"] == "bill:118:hr:5120"
    # a 2024 date and "Minority Leader Chuck Schumer" (2017-21, 2025-): none
    text = text.replace(
        "House Minority Leader Hakeem Jeffries", "Senate Minority Leader Chuck Schumer"
    )
    assert numbers(text)["H.R. 5120"] is None


# -- a number with no Congress beside an act the table knows --------------------------------


def test_an_undated_number_beside_an_enacted_act_is_its_bill() -> None:
    # the act's public law gives the Congress of the bill it was
    got = {m.text: m for m in mentions("The Laken Riley Act (S. 5) passed the House 263-156.")}
    assert got["S. 5"].authority == "bill:119:s:5"
    assert got["Laken Riley Act"].kind == "bill"
    assert got["Laken Riley Act"].authority == "bill:119:s:5"
    got = {m.text: m for m in mentions("The Affordable Care Act (H.R. 3590) still stands.")}
    assert got["H.R. 3590"].authority == "bill:111:hr:3590"


def test_a_resolution_described_near_the_one_resolution_numbered() -> None:
    text = "The Senate approved a resolution to end the duties, S.J. Res. 61, on Wednesday."
    got = {m.text: m.authority for m in mentions(text, "2024-05-01")}
    assert got["a resolution"] == "bill:118:sjres:61"
    # a resolution is never a bill numbered as a bill
    text = "The House passed a resolution that honors the team. Separately, H.R. 22 passed."
    assert "a resolution" not in {m.text for m in mentions(text, "2024-05-01")}


def test_a_congress_named_in_a_bills_own_heading() -> None:
    text = (
        "118TH CONGRESS\n2D SESSION\n\nH.R. 9120\n\nTo extend the program, and for other purposes."
    )
    assert numbers(text)["H.R. 9120"] == "bill:118:hr:9120"
    text = "Resolved in the One Hundred Nineteenth Congress: S.J. Res. 7 is agreed to."
    assert numbers(text)["S.J. Res. 7"] == "bill:119:sjres:7"


# -- "the deal" of a story's one bill -------------------------------------------------------


def test_the_deal_the_article_numbers_as_its_one_bill() -> None:
    text = (
        "Leaders struck a tax deal on Tuesday, and the House passed it as H.R. 7110. Today's "
        "tax deal expands the credit. The deal now heads to the Senate."
    )
    got = {m.text: m.authority for m in mentions(text, "2024-02-01")}
    assert got["Today's tax deal"] == "bill:118:hr:7110"
    assert got["The deal"] == "bill:118:hr:7110"


def test_a_deal_the_number_is_not_called_is_none() -> None:
    text = (
        "The House passed H.R. 7110 on Tuesday. The trade deal with Japan is separate. The "
        "deal was signed by both sides."
    )
    got = {m.text for m in mentions(text, "2024-02-01")}
    assert "The deal" not in got and "The trade deal" not in got


def test_a_deal_the_bill_is_about_is_not_the_bill() -> None:
    text = (
        "H.R. 7110 would block the nuclear deal with Iran. The deal, struck years ago, "
        "lifted sanctions."
    )
    assert "The deal" not in {m.text for m in mentions(text, "2024-02-01")}


def test_a_stopgap_the_bill_replaces_is_not_the_bill() -> None:
    text = (
        "H.R. 6500 would replace the stopgap with full-year funding. The stopgap runs out Friday."
    )
    assert "The stopgap" not in {m.text for m in mentions(text, "2024-11-20")}
