"""Wrong links found by hand on fresh real pages (issue 13, point 7, eleventh session): each
shape with sentences of its own wording or a short quote of a real page, and what linker must
link instead — or leave unlinked. A wrong link is worse than none."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "regulation"}


def statutes(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text) if m.kind == "statute"}


# A rule the article calls new, draft or coming while the version its date would choose is
# years old: the article is about a version the table lacks. Its CFR part, never that version.
STALE = [
    # XpertHR, June 2023: the 2019 rule is no "new overtime rule" the DOL plans to propose
    (
        "The US Department of Labor (DOL) now plans to propose a new overtime rule and finalize "
        "its independent contractor rule in August.",
        "2023-06-15",
        {"new overtime rule": "cfr:29:541", "independent contractor rule": "cfr:29:795"},
    ),
    # made up: "long-anticipated" says the same; a heading before it follows the article
    (
        "The Overtime Rule\n\nThe long-anticipated overtime rule was delayed again this spring.",
        "2023-05-02",
        {"Overtime Rule": "cfr:29:541", "overtime rule": "cfr:29:541"},
    ),
]

# The version its date chooses stays when the article's "new" rule is that version, or when
# nothing calls the rule new.
CURRENT = [
    # lpemploymentlaw, Apr. 2024: the 2024 rule, printed that month
    (
        "On April 23, 2024, the Department of Labor announced the new overtime rule, which "
        "raises the salary thresholds.",
        "2024-04-30",
        {"new overtime rule": "fr:89:32842"},
    ),
    # made up: no word calls it new, the latest version at the date is meant
    (
        "Employers still follow the overtime rule's salary threshold of $35,568.",
        "2023-06-15",
        {"overtime rule": "fr:84:51230"},
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), STALE + CURRENT)
def test_rule_version_by_date(text: str, date: str, want: dict[str, str | None]) -> None:
    got = regs(text, date)
    for phrase, authority in want.items():
        assert got.get(phrase) == authority, (phrase, got)


def test_headline_of_two_rules_does_not_pick_the_one_spelled_twice() -> None:
    # flpress, May 2024: the headline names overtime and independent contractors; the
    # description says overtime, and the article named the overtime rule already
    text = (
        "New Federal Agency Rules for Overtime, Independent Contractors, and Non-Compete "
        "Agreements\n\nDOL Overtime Rule Changes\n\nIn the last ebulletin, we provided a summary "
        "of the Department of Labor's (DOL) new final rule on wage and overtime requirements."
    )
    got = regs(text, "2024-05-22")
    assert got["the Department of Labor's (DOL) new final rule on wage"] == "fr:89:32842"


def test_a_statute_shared_by_many_rules_is_no_topic() -> None:
    # lexology, Apr. 2016: the SEC's swap dealer rules are not the Volcker Rule
    text = (
        "The SEC adopted final rules under Title VII of the Dodd-Frank Act implementing "
        "business conduct standards for security-based swap dealers."
    )
    assert "fr:79:5536" not in regs(text, "2016-04-15").values()


TITLES = [
    # lexology, Apr. 2016: a title of another act
    ("The SEC acted under Title VII of the Dodd-Frank Act on swaps.", "Title VII", None),
    # made up: the Civil Rights Act named after its title, the year first
    ("She sued under Title VII of the 1964 Civil Rights Act.", "Title VII", "usc:42:2000e"),
    # made up: the title alone
    ("Title VII bars discrimination at work.", "Title VII", "usc:42:2000e"),
]


@pytest.mark.parametrize(("text", "phrase", "authority"), TITLES)
def test_title_of_another_law(text: str, phrase: str, authority: str | None) -> None:
    assert statutes(text).get(phrase) == authority


def courts(text: str, date: str = "2019-05-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def test_the_court_of_appeals_is_not_the_supreme_court_before_it() -> None:
    # made up: "the Court of Appeals" after a ruling of the U.S. Supreme Court is some court
    # of appeals, never the Supreme Court
    text = (
        "The Supreme Court ruled on Monday that the law stands. The Court of Appeals had "
        "reversed the conviction."
    )
    assert all(court != "scotus" for t, court in courts(text) if "Appeals" in t)
    # a state's court of appeals named before is still the one meant
    text = (
        "The Minnesota Court of Appeals reversed the verdict. The Court of Appeals said the "
        "jury erred."
    )
    assert courts(text)[-1] == ("The Court of Appeals said", "minnctapp")


def test_the_supreme_court_of_a_state_case_on_a_state_blog() -> None:
    # chrisadamslaw (S.C. criminal appeals blog): the state's Supreme Court, its docket
    # number's full stop between the caption and "the Supreme Court"
    text = (
        "SC Supreme Court: Specific Intent to Kill is an Element of Attempted Murder\n\n"
        "State v. King (Case No. 2015-001278) In this case, the Supreme Court granted "
        "certiorari to expand on the Court of Appeals' analysis below."
    )
    assert ("scotus" not in {c for _, c in courts(text)}) and ("sc" in {c for _, c in courts(text)})


def test_an_appeals_court_reviewing_a_murder_is_not_the_circuit_of_the_city() -> None:
    # North Denver News: Colorado's court of appeals, not the 10th Circuit seated in Denver
    text = "Appeals court overturns Denver murder conviction due to prosecutor's misconduct."
    assert courts(text) and all(c != "ca10" for _, c in courts(text))
    # made up: a federal appeals court keeps the circuit its sentence names
    text = "A federal appeals court refused to let Trump deploy troops in Illinois."
    assert "ca7" in {c for _, c in courts(text)}


def test_a_magistrate_judge_is_a_federal_judge() -> None:
    # entertainmentjuice101, Nov. 2016: a magistrate judge in Virginia is no state circuit
    # court's judge
    text = (
        "On Monday (Nov. 14), a Virginia magistrate judge released a report that recommends "
        "the two music stars be granted summary judgment."
    )
    assert all(c != "vacc" for _, c in courts(text))
    # made up: "a Virginia judge" stays the state's
    assert courts("A Virginia judge ruled Monday that the suit may proceed.") == [
        ("A Virginia judge ruled Monday", "vacc")
    ]


def test_the_court_after_another_case_on_a_line_of_its_own() -> None:
    # jgreenbergerlaw's roundup: "the Court" under the second caption is the S.D.N.Y.'s,
    # not the 6th Circuit of the post before
    text = (
        "Parker, et al. v. Winwood, et al., No. 18-5305 (6th Cir. 9/17/19).\n\n"
        "6th Circuit affirms district court's finding that the plaintiffs failed to submit "
        "admissible evidence that Steve Winwood copied the work. The Court also affirmed the "
        "finding that the court lacked jurisdiction over one of the defendants, who resides in "
        "the UK. The evidence at issue was found to be hearsay: interviews with Steve Winwood. "
        "The Court also rejected arguments of striking similarity.\n\n"
        "We Shall Overcome Foundation v. The Richmond Org., No. 16-cv-2725 (S.D.N.Y. Sep. "
        "2017) (Cote, J.).\n\n"
        "In a putative class action, the Court granted plaintiffs partial summary judgment."
    )
    got = dict(courts(text))
    assert got["The Court also rejected arguments of striking similarity"] == "ca6"
    # (twenty-third session: the second caption's dated parenthetical names the S.D.N.Y.,
    # which "the Court" under it takes; it was left unlinked before)
    assert got["the Court granted plaintiffs partial summary judgment"] == "nysd"


def cases(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.kind == "case"]


RUN_ON_CAPTIONS = [
    # chrisadamslaw: captions printed as headings run into the next sentence
    (
        "Reversed\n\nState v. Robert Prather Prather was convicted of murder.",
        "State v. Robert Prather",
    ),
    (
        "Reversed\n\nState v. Broadnax The trial court allowed the prior convictions.",
        "State v. Broadnax",
    ),
    ("Reversed\n\nGonzalez v. State Gonzalez filed a PCR action.", "Gonzalez v. State"),
    # made up: a defendant whose last word repeats the plaintiff's is kept when no
    # government party stands before it
    ("The court cited Smith v. John Smith in its ruling.", "Smith v. John Smith"),
]


@pytest.mark.parametrize(("text", "caption"), RUN_ON_CAPTIONS)
def test_caption_running_into_the_next_sentence(text: str, caption: str) -> None:
    assert cases(text)[0] == caption


def test_a_party_that_must_or_failed_to_act_is_the_party() -> None:
    # rshlawfirm (Texas land-use blog): "Jacks" is the applicant, not Jacks v. Zoning Board
    text = (
        "Jon E. Jacks v. The Zoning Board of Adjustment of the City of Bryan (Tex. App. 2019). "
        "The City had no process for a blanket declaration and Jacks must apply for a permit. "
        "No regulation had changed, and Jacks failed to identify any permit application."
    )
    assert [c for c in cases(text) if c == "Jacks"] == []


def test_a_decision_appealed_to_a_board_is_no_court_ruling() -> None:
    # rshlawfirm: the planning manager's denial, appealed to the city's board
    text = (
        "The Seventh Court of Appeals upheld the board's order. Relying on an e-mail denial "
        "from the Planning Manager, Jacks pursued an appeal of this decision to the City's "
        "Zoning Board of Adjustment."
    )
    assert all("this decision" not in t for t, _ in courts(text))


def test_a_texas_code_abbreviated_and_spelled_out_is_one_code() -> None:
    # rshlawfirm: "Tex. Loc. Gov't Code" and "Texas Local Government Code" are one code
    text = (
        "Jacks appealed pursuant to Tex. Loc. Gov't Code §211.011. Under Texas Local "
        "Government Code §245.002, the first application governs."
    )
    ids = {m.authority for m in mentions(text) if m.kind == "statute"}
    assert ids == {"state:tx:loc-gov:211.011", "state:tx:loc-gov:245.002"}


def test_a_participle_after_a_determiner_is_no_courts_verb() -> None:
    # USA Today, July 2012: a lawsuit filed in federal court, no ruling
    text = (
        "That's the uphill battle the NFLPA faces after suing the league in federal court "
        "Thursday on behalf of three suspended players."
    )
    assert courts(text) == []
    # made up: the same verb as the court's own act stays a ruling
    assert courts("A federal court Thursday suspended the rule.") == [
        ("A federal court Thursday suspended", None)
    ]


def test_an_abbreviation_of_a_law_dropped_as_foreign_is_dropped_too() -> None:
    # eutoday, Jan. 2025: the GDPR of an EU court's story, after a sentence naming the U.S.
    text = (
        "In a groundbreaking judgment, the European Union's General Court has ordered the "
        "European Commission to pay damages to a German citizen for violating the General "
        "Data Protection Regulation (GDPR). The user's IP address was transferred to Meta "
        "Platforms, Facebook's parent company in the United States, without the safeguards "
        "required under GDPR. The General Court highlighted the need for compliance with GDPR."
    )
    assert [m.text for m in mentions(text, "2025-01-10")] == []


def test_a_state_houses_act_is_no_act_of_congress() -> None:
    # a state House's weekly notes (2007): the state's bond act, never a congress.gov search
    text = (
        "Five House bills have completed the legislative process and four await the "
        "governor's pen. House Bill 633 has been signed and becomes Act No. 1. The Omnibus "
        "Bond Authorization Act, House Bill 3, came up for a second vote on the House Floor. "
        "The bill was one vote short of the two-thirds majority needed for passage."
    )
    assert mentions(text, "2007-06-08") == []
    # made up: the same name in a story of Congress stays an act linked to a search
    text = "Congress took up the Omnibus Bond Authorization Act on Tuesday."
    assert [m.text for m in mentions(text, "2007-06-08")] == ["Omnibus Bond Authorization Act"]


def test_upholding_the_constitution_is_no_ruling() -> None:
    # an opinion column's headline (2023)
    text = "Supreme Court upheld the Constitution in spite of Democrats' ginned-up overreaction."
    assert courts(text) == []
    assert courts("The Supreme Court upheld the law on Monday.") == [
        ("The Supreme Court upheld", "scotus")
    ]


def test_a_headlines_bare_supreme_court_before_the_states() -> None:
    # Lawrence Journal-World, July 2006: the headline's "Supreme Court" is Kansas's
    text = (
        "Supreme Court dismisses school financing lawsuit\n\n"
        "The Kansas Supreme Court today dismissed the landmark school finance case, saying the "
        "Legislature had fixed inequities. Gov. Kathleen Sebelius and lawmakers sighed relief "
        'once the decision was announced.\n\n"This ruling is good news for Kansas," Sebelius '
        "said."
    )
    assert {c for _, c in courts(text, "2006-07-28")} == {"kan"}
    # made up: a U.S. marker in the story keeps the U.S. Supreme Court
    text = (
        "Supreme Court rules on abortion pill\n\nThe U.S. Supreme Court on Thursday ruled. "
        "The Texas Supreme Court had ruled earlier."
    )
    assert courts(text)[0] == ("Supreme Court rules on abortion pill", "scotus")


def test_a_former_judge_holds_no_court() -> None:
    # Claims Journal, Dec. 2014: an Arkansas county judge (an executive) sentenced in
    # federal court lends his title's state court to no sentence
    text = (
        "A former county judge was sentenced to 33 months in prison Thursday after admitting "
        "he rigged the bidding.\nFormer Ouachita County Judge Mike Hesterly, 50, of Camden, "
        "pleaded guilty in June.\nIn federal court Thursday in El Dorado, a judge sentenced "
        "Hesterly to 33 months in prison."
    )
    assert all(c in (None, "arwd") for _, c in courts(text, "2014-12-22"))


def test_a_rule_proposal_is_not_the_rule_before_it() -> None:
    # Louisiana Law Blog, Dec. 2018: "This rule proposal" is the 2018 proposal
    text = (
        "In response, the agencies repealed the 2015 WOTUS Rule, which is the first step in "
        'the process. This rule proposal is the "second step" in the process.'
    )
    assert "This rule" not in regs(text, "2018-12-12")
