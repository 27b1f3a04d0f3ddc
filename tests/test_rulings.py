"""Ruling mentions in real news sentences (2017–2025 coverage) and the court each names.

Each row is a sentence as published (or as close as memory of the wire copy allows), the
CourtListener court id a reader would expect, and a piece of text the clickable span must
contain. ``None`` as the court means the sentence does not pin the court down (Florida has
three districts) and linker must not guess one.
"""

from __future__ import annotations

import pytest

from linker.courts import judge_court, resolve_place
from linker.models import Mention
from linker.scanner import rulings
from linker.scanner.doc import Doc
from linker.scanner.rulings import court_phrases


def find(text: str, date: str | None = None) -> list[Mention]:
    return rulings.find(Doc.of(text, date))


CTX = "2025-10-10"

REAL = [
    # an aside between "declined" and what it declined
    ("The Wyoming Supreme Court on Tuesday declined, for now, to take up the suit challenging "
     "the state's abortion ban.", "wyo", "Wyoming Supreme Court on Tuesday declined"),
    ("A divided three-judge federal court in western Louisiana struck down the map in April.",
     "lawd", "three-judge federal court in western Louisiana struck down"),
    ("In Memphis, a federal jury last October convicted three former officers.", "tnwd",
     "a federal jury last October convicted"),
    ("Meanwhile, in Alabama, a three-judge court ruled in May that the map diluted votes.",
     None, "a three-judge court ruled"),
    ("The U.S. Court of Appeals for the District of Columbia Circuit declined to put that "
     "ruling on hold.", "cadc", "Court of Appeals for the District of Columbia Circuit"),
    # verdicts and rulings news tells with verbs of their own, or in the passive
    ("A federal jury in Manhattan on Tuesday found Sam Bankman-Fried guilty of fraud.",
     "nysd", "A federal jury in Manhattan on Tuesday found Sam Bankman-Fried guilty"),
    ("The Supreme Court on Friday curbed the power of federal judges to block policies "
     "nationwide.", "scotus", "The Supreme Court on Friday curbed the power"),
    ("The justices on Friday let the policy take effect while the appeal proceeds.", "scotus",
     "The justices on Friday let the policy take effect"),
    ("The former county clerk was convicted of wire fraud in the Southern District of New "
     "York last year.", "nysd", "was convicted of wire fraud in the Southern District of New York"),
    ("A federal appeals court in St. Louis ruled last year that private groups cannot sue "
     "under Section 2.", "ca8", "A federal appeals court in St. Louis ruled"),
    ("Sen. Ted Cruz said a federal judge in Texas blocked the rule.", None,
     "a federal judge in Texas blocked"),
    ("U.S. District Judge Michael Farbiarz in Newark had earlier ruled that the government "
     "could not deport him.", "njd", "U.S. District Judge Michael Farbiarz in Newark"),
    ("The U.S. Court of Appeals for the Federal Circuit voted 7-4 in August that the law does "
     "not authorize the tariffs.", "cafc",
     "The U.S. Court of Appeals for the Federal Circuit voted 7-4"),
    ("A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland, saying his "
     "descriptions of an emergency there were false.", "ord",
     "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland"),
    ("A federal judge in Chicago on Thursday blocked the Trump administration from deploying "
     "National Guard troops in Illinois.", "ilnd", "A federal judge in Chicago"),
    ("U.S. District Judge April Perry issued a temporary restraining order barring the "
     "deployment of Guard troops in Illinois for two weeks.", "ilnd",
     "U.S. District Judge April Perry issued a temporary restraining order"),
    ("The 9th U.S. Circuit Court of Appeals on Monday paused a judge's order that had blocked "
     "the deployment of troops to Portland.", "ca9", "The 9th U.S. Circuit Court of Appeals"),
    ("An appeals court in San Francisco allowed President Trump to keep control of "
     "California's National Guard.", "ca9", "An appeals court in San Francisco allowed"),
    ("The Supreme Court on Friday overturned Roe v. Wade, ending the constitutional right to "
     "an abortion.", "scotus", "The Supreme Court on Friday overturned"),
    ("The nation's highest court ruled 6-3 that former presidents have broad immunity from "
     "prosecution.", "scotus", "The nation's highest court ruled"),
    ("The U.S. Court of International Trade struck down most of Trump's tariffs on Wednesday.",
     "cit", "The U.S. Court of International Trade struck down"),
    ("A Texas state judge temporarily blocked the state's abortion ban for a Dallas woman "
     "whose fetus had a fatal condition.", "texdistct",  # CourtListener's one id for them
     "A Texas state judge temporarily blocked"),
    ("The Illinois Supreme Court upheld the elimination of cash bail on Tuesday.", "ill",
     "The Illinois Supreme Court upheld the elimination of cash bail"),
    ("U.S. District Judge James Boasberg ordered the administration to turn around planes "
     "carrying Venezuelan migrants.", "dcd", "U.S. District Judge James Boasberg ordered"),
    ("A federal judge in Boston blocked the administration's cuts to National Institutes of "
     "Health research grants.", "mad", "A federal judge in Boston blocked"),
    ("A federal judge in Seattle temporarily blocked President Trump's executive order on "
     "birthright citizenship.", "wawd", "A federal judge in Seattle temporarily blocked"),
    ("A federal judge in Maryland ordered the Trump administration to facilitate the return "
     "of Kilmar Abrego Garcia.", "mdd", "A federal judge in Maryland ordered"),
    ("A federal judge in San Francisco ruled that the mass firings of probationary employees "
     "were unlawful.", "cand", "A federal judge in San Francisco ruled"),
    ("U.S. District Judge William Alsup ordered six agencies to reinstate thousands of "
     "probationary workers.", "cand", "U.S. District Judge William Alsup ordered"),
    ("A federal judge in Rhode Island blocked the Trump administration's freeze on federal "
     "grants and loans.", "rid", "A federal judge in Rhode Island blocked"),
    ("U.S. District Judge Loren AliKhan temporarily blocked the funding freeze hours before it "
     "was set to take effect.", "dcd", "Loren AliKhan temporarily blocked the funding freeze"),
    ("The 5th U.S. Circuit Court of Appeals struck down the ban on bump stocks.", "ca5",
     "The 5th U.S. Circuit Court of Appeals struck down"),
    ("A federal judge in Amarillo suspended the FDA's approval of the abortion pill "
     "mifepristone.", "txnd", "A federal judge in Amarillo suspended"),
    ("U.S. District Judge Matthew Kacsmaryk halted the FDA's approval of mifepristone.",
     "txnd", "Matthew Kacsmaryk halted"),
    ("A federal appeals court in New Orleans ruled that the individual mandate is "
     "unconstitutional.", "ca5", "A federal appeals court in New Orleans ruled"),
    ("A federal judge in Washington temporarily blocked the Trump administration from placing "
     "2,200 USAID employees on paid leave.", "dcd", "A federal judge in Washington"),
    ("U.S. District Judge Aileen Cannon dismissed the classified documents case against "
     "Donald Trump.", "flsd", "Aileen Cannon dismissed"),
    ("A federal judge in Florida dismissed the classified documents case against former "
     "President Donald Trump.", None, "A federal judge in Florida dismissed"),
    ("The U.S. Court of Appeals for the D.C. Circuit ruled that Trump is not immune from "
     "prosecution.", "cadc", "D.C. Circuit ruled"),
    ("A three-judge panel of the 4th U.S. Circuit Court of Appeals refused to halt the "
     "judge's order.", "ca4", "refused to halt"),
    ("U.S. District Judge Reed O'Connor struck down the Affordable Care Act in December.",
     "txnd", "U.S. District Judge Reed O'Connor struck down"),
    ("A federal judge in Portland, Maine, ordered the Agriculture Department to unfreeze "
     "federal money for the state's school lunch program.", "med", "Portland, Maine"),
    ("Judge Karin Immergut granted a temporary restraining order on Saturday night.", "ord",
     "Judge Karin Immergut granted a temporary restraining order"),
    ("U.S. District Judge Charles Breyer ruled that the deployment of troops to Los Angeles "
     "violated federal law.", "cand", "Judge Charles Breyer ruled"),
    ("A federal judge in Los Angeles barred immigration agents from making stops based on "
     "race or language.", "cacd", "A federal judge in Los Angeles barred immigration agents"),
    ("The Supreme Court lifted the restrictions on immigration stops in Los Angeles.",
     "scotus", "The Supreme Court lifted the restrictions"),
    ("A federal judge in Manhattan dismissed the corruption case against Mayor Eric Adams.",
     "nysd", "A federal judge in Manhattan dismissed the corruption case"),
    ("A federal judge in Brooklyn blocked the Trump administration from ending the DACA "
     "program.", "nyed", "A federal judge in Brooklyn blocked"),
    ("A federal judge in Hawaii blocked President Trump's revised travel ban hours before it "
     "was to take effect.", "hid", "A federal judge in Hawaii blocked"),
    ("Chief Justice John Roberts temporarily paused the order requiring the payments.",
     "scotus", "Chief Justice John Roberts temporarily paused"),
    ("A federal judge in Massachusetts blocked the Education Department's mass layoffs.",
     "mad", "A federal judge in Massachusetts blocked"),
    ("A federal appeals court in Richmond, Virginia, declined to halt the ruling.", "ca4",
     "Richmond, Virginia, declined to halt"),
    ("The 1st U.S. Circuit Court of Appeals refused to lift a judge's order blocking the "
     "policy.", "ca1", "The 1st U.S. Circuit Court of Appeals refused to lift"),
    ("The Minnesota Supreme Court dismissed a challenge seeking to keep Trump off the "
     "state's ballot.", "minn", "The Minnesota Supreme Court dismissed a challenge"),
    ("A federal judge in Kansas temporarily blocked the Title IX rule in four states.", "ksd",
     "A federal judge in Kansas temporarily blocked"),
    ("U.S. District Judge Jon Tigar blocked the administration's asylum ban.", "cand",
     "Jon Tigar blocked"),
    ("A federal judge in Texas blocked the Biden administration's program for student loan "
     "forgiveness.", None, "A federal judge in Texas blocked"),
    ("A federal judge in Baltimore blocked the administration from sharing Social Security "
     "data with DOGE.", "mdd", "A federal judge in Baltimore blocked"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "court", "span_part"), REAL)
def test_real_ruling_sentences(sentence: str, court: str | None, span_part: str) -> None:
    found = find(sentence, CTX)
    assert found, sentence
    m = found[0]
    assert m.kind == "ruling"
    assert m.authority is None
    assert m.court == court
    assert span_part in m.text
    assert m.text == sentence[m.start : m.end]
    assert m.url and m.url.startswith("https://www.courtlistener.com/?type=")


def test_spans_end_before_an_order_told_by_a_plain_noun() -> None:
    # what a court acts on told by a plain noun is its own mention: the directive, the
    # mandate (so "the ban" after "ruled against" too)
    cases = [
        ("U.S. District Judge Mary Smith struck down the directive on Tuesday.", "directive"),
        ("A state judge in Denver blocked the vaccine mandate for city workers.", "mandate"),
        ("Judge Ortiz ruled against the ban last week.", "ban"),
        # a district judge has no court below it: the order it blocks is the government's
        ("A federal district court judge blocked this order with an injunction.", "order"),
        ("U.S. District Judge Ann Lee blocked that order with a nationwide injunction.",
         "order"),
    ]  # fmt: skip
    for sentence, obj in cases:
        (m,) = find(sentence, CTX)
        assert obj not in m.text, m.text
    # an appeals court that blocks "the order" may block the ruling below: it keeps it
    (m,) = find("The 9th Circuit on Friday blocked the order pending appeal.", CTX)
    assert "the order" in m.text
    # what a court grants is its own act
    (m,) = find("U.S. District Judge Ann Lee granted the requirement waiver on Friday.", CTX)
    assert "requirement" in m.text


def test_spans_end_before_the_law_they_act_on() -> None:
    cases = [
        ("A federal judge in Seattle temporarily blocked President Trump's executive order on "
         "birthright citizenship.", "executive order"),
        ("The Supreme Court on Friday overturned Roe v. Wade, ending the right.", "Roe"),
        ("U.S. District Judge Reed O'Connor struck down the Affordable Care Act in December.",
         "Affordable"),
        ("A federal judge in Kansas temporarily blocked the Title IX rule in four states.",
         "Title IX"),
        # a law told by its topic is its own mention too (the state's ban, a program)
        ("Abortions were allowed only in hospitals after a district court blocked the broader "
         "ban last year.", "ban"),
        ("The Supreme Court on Friday struck down President Joe Biden’s signature initiative to "
         "cancel student loans.", "initiative"),
        ("The Texas Supreme Court has unanimously rejected the most significant challenge to "
         "Texas’ new abortion laws.", "abortion"),
    ]  # fmt: skip
    for sentence, law in cases:
        (m,) = find(sentence, CTX)
        assert law not in m.text, m.text


def test_what_a_court_issues_stays_in_its_span() -> None:
    # granting an injunction or issuing a ruling is the court's own act: one mention
    (m,) = find(
        "U.S. District Judge Royce Lamberth in Washington granted the temporary "
        "restraining order on Tuesday.",
        CTX,
    )
    assert "restraining order" in m.text
    # the object's words still feed the CourtListener search, though the span stops before them
    (m,) = find(
        "The Supreme Court on Friday struck down President Joe Biden’s signature "
        "initiative to cancel student loans.",
        CTX,
    )
    assert m.text.endswith("struck down") and "Biden" in m.url


NEAR_MISSES = [
    "The judge ruled the triple axel under-rotated, and the skater fell to fourth place.",
    "The coach ruled out a return to the court this season after the knee injury.",
    "He had already been convicted in the court of public opinion long before any trial.",
    "Players returned to the court after the timeout and the crowd roared.",
    "Trump said he would ask the Supreme Court to block the ruling.",
    "Trump's decision to deploy troops angered local leaders.",
    "The order was signed on Monday and takes effect next month.",
    "The Supreme Court will hear arguments in the case in November.",
    "A judge on the cooking show rejected the contestant's dessert.",
    "The Supreme Court building was closed to visitors for renovations.",
    "The food court at the mall blocked its entrances during the storm.",
    "Her lawyers plan to ask an appeals court to overturn the verdict.",
    # what a court may, will or should do
    "The ban stays in place until the Supreme Court rules on the appeal.",
    "If the court rules for the state, the law takes effect immediately.",
    "Once the justices rule, the losing side is expected to seek a rehearing.",
    "The justices could rule as soon as June on the tariffs.",
    "The Supreme Court is expected to rule by the end of June.",
    "The court will decide whether the law violates the First Amendment.",
    "Democrats asked the Supreme Court to block the new congressional map.",
    "The Senate voted 51-49 to confirm the nominee to the appeals court.",
    # a grand jury accuses; it does not decide
    "A federal grand jury in Washington indicted the former official on Thursday.",
    "The jury deliberated for three days before the holiday weekend.",
    "The case could be dismissed in federal court if the state does not act.",
    "The Fifth Circuit panel has not yet ruled on the appeal.",
    "The appeals court has yet to rule on the state's request.",
    # a count of cases taken is no grant of one
    "The U.S. Supreme Court has agreed to hear five cases so far this term.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_misses_are_not_rulings(sentence: str) -> None:
    assert find(sentence, CTX) == []


def test_back_references_join_the_ruling_they_follow() -> None:
    text = (
        "A federal judge in Boston on Thursday blocked the policy nationwide. "
        "The ruling is the fourth of its kind. "
        '"The court is not persuaded," U.S. District Judge Leo Sorokin wrote in his 31-page '
        "decision. The administration said it would appeal the judge's order."
    )
    found = find(text, CTX)
    texts = [m.text for m in found]
    assert texts[0].startswith("A federal judge in Boston on Thursday blocked")
    assert "The ruling" in texts
    assert "his 31-page decision" in texts
    assert "the judge's order" in texts
    assert all(m.court == "mad" for m in found)
    assert [m.anaphor for m in found] == [False, True, True, True]


def test_generic_judge_takes_the_court_of_the_judge_named_next() -> None:
    text = (
        "A federal judge on July 2 temporarily blocked the rule in four states. "
        "In his ruling, U.S. District Judge John Broomes agreed with the plaintiffs."
    )
    found = find(text, CTX)
    assert [m.court for m in found] == ["ksd", "ksd"]
    # ("agreed with the plaintiffs" is the judge's ruling too: the noun joins its clause)
    assert found[1].text.startswith("his ruling") and found[1].anaphor


def test_a_state_with_several_districts_takes_the_district_of_the_judge_named() -> None:
    # iHeart, April 2025: Georgia has three districts; the judge's name settles which
    text = (
        "A federal judge in Georgia has ordered the reinstatement of legal status for 133 "
        "international students. The order, issued by U.S. District Court Judge Victoria M. "
        "Calvert, requires the administration to restore the students' status by Tuesday."
    )
    found = find(text, CTX)
    assert [(m.court, m.anaphor) for m in found] == [("gand", False), ("gand", True)]


def test_a_state_with_several_districts_and_no_judge_gets_no_district() -> None:
    text = "A federal judge in Georgia has ordered the reinstatement of 133 students' status."
    assert [m.court for m in find(text, CTX)] == [None]


@pytest.mark.parametrize(
    ("text", "courts"),
    [
        (  # a state's high court named nearby is not the federal judge's court
            "A federal judge in Ohio blocked the rule on Monday. Separately, the Idaho Supreme "
            "Court upheld the state's abortion ban.",
            [None, "idaho"],
        ),
        (  # never D.C.
            "A federal judge in Washington state issued a conflicting order on Thursday.",
            [None],
        ),
        (  # "another" judge is not the one named before
            "U.S. District Judge Ada Brown in Dallas struck down the rule. In a separate case, "
            "another Texas judge struck down the Labor Department's overtime rule.",
            ["txnd", None],
        ),
        (  # a state's own trial court, never the defunct federal "D. Illinois"
            "A state judge in Illinois had also ordered Trump off that state's ballot.",
            ["illcirct"],
        ),
        (  # an initial before the name the judge goes by
            "In a brief 28-page decision, U.S. District Court Judge R. Stan Baker found the "
            "mandate unlawful and issued an injunction.",
            ["gasd"],
        ),
    ],
)
def test_courts_are_not_borrowed_from_the_wrong_neighbour(
    text: str, courts: list[str | None]
) -> None:
    assert [m.court for m in find(text, CTX) if not m.anaphor] == courts


def test_her_order_is_the_judges_and_the_ruling_the_news_not_the_precedent_it_follows() -> None:
    text = (
        "A federal judge in Florida on Monday dismissed the classified documents case. "
        "U.S. District Judge Aileen Cannon found the special counsel's appointment unlawful. "
        "The dismissal came two weeks after the Supreme Court's decision on immunity. "
        "Cannon cited a concurrence repeatedly in her 93-page order. The special counsel "
        "said he would appeal the ruling."
    )
    got = {m.text: m.court for m in find(text, CTX) if m.anaphor}
    # (the judge named in full who "found" the appointment unlawful tells the ruling again)
    assert got == {
        "U.S. District Judge Aileen Cannon found the special counsel's appointment unlawful": (
            "flsd"
        ),
        "her 93-page order": "flsd",
        "the ruling": "flsd",
    }


def test_reactions_quoted_after_the_history_are_about_the_news_ruling() -> None:
    text = (
        "The Supreme Court on Tuesday allowed the administration to move forward with mass "
        "layoffs.\n\n"
        "A divided panel of the 9th U.S. Circuit Court of Appeals declined to pause the lower "
        "court's order in June.\n\n"
        '"Today\'s decision removes the latest obstacle," a White House spokesman said. '
        '"This decision has dealt a serious blow to our democracy," the union said.'
    )
    got = {m.text: m.court for m in find(text, CTX) if m.anaphor}
    assert got == {"Today's decision": "scotus", "This decision": "scotus"}


def test_a_days_decision_is_the_ruling_told_on_that_day() -> None:
    text = (
        "U.S. District Judge Karin Immergut on Sunday blocked the deployment of any state's "
        "Guard troops to Portland. On Friday, Judge Charles Breyer in San Francisco ruled that "
        "the troops in Los Angeles must go home. Oregon's attorney general called Sunday's "
        "decision a win."
    )
    got = {m.text: m.court for m in find(text, CTX) if m.anaphor}
    assert got == {"Sunday's decision": "ord"}


def test_a_ruling_dated_to_an_earlier_year_is_history_not_what_the_ruling_means() -> None:
    text = (
        "A federal judge in Fort Worth on Friday struck down the Affordable Care Act. The "
        "Supreme Court upheld the mandate in 2012 as a tax. The White House said the ruling "
        "would not immediately affect coverage."
    )
    got = {m.text: m.court for m in find(text, "2018-12-15") if m.anaphor}
    assert got == {"the ruling": "txnd"}


def test_a_justice_speaking_of_the_ruling_means_the_courts_own() -> None:
    text = (
        "The Supreme Court on Thursday blocked the administration from ending the program. "
        "A federal appeals court in San Francisco had sided with the program's recipients. "
        "Justice Clarence Thomas, writing in dissent, said the ruling was an effort to avoid a "
        "controversial decision."
    )
    got = {m.text: m.court for m in find(text, CTX) if m.anaphor}
    assert got["the ruling"] == "scotus"


def test_a_split_order_named_right_after_its_court() -> None:
    text = (
        "The 5th Circuit stayed that ruling. On Dec. 27, the Supreme Court, in a 5-4 order, "
        "kept the policy in place."
    )
    # the order is the Supreme Court's, alone or inside its clause ("kept … in place")
    assert [m.court for m in find(text, CTX) if "a 5-4 order" in m.text] == ["scotus"]


def test_the_court_an_appeal_goes_to_has_not_ruled() -> None:
    text = (
        "U.S. District Judge Robert Summerhays in Lafayette, Louisiana, blocked that plan. The "
        "administration appealed that decision to the 5th Circuit, where it is pending. The "
        "secretary said the department would comply with the court's ruling."
    )
    got = {m.text: m.court for m in find(text, CTX) if m.anaphor}
    assert got["the court's ruling"] == "lawd"


def test_a_lower_court_judge_is_a_trial_judge_not_the_appeals_court_beside_it() -> None:
    text = (
        "A federal appeals court on Friday temporarily blocked the plan, a day after a lower "
        "court judge had dismissed the challenge. The 8th U.S. Circuit Court of Appeals issued "
        "the stay. U.S. District Judge Henry Autrey in St. Louis had dismissed the lawsuit."
    )
    got = {m.text: m.court for m in find(text, CTX)}
    assert got["a lower court judge had dismissed the challenge"] == "moed"


def test_a_lower_courts_preliminary_injunction_is_a_trial_courts() -> None:
    # the article names an appeals court and a district court below it: the injunction or
    # TRO "a lower court" granted is the district court's, whichever order the words come in
    for opening in (
        "The Supreme Court on Monday let stand a lower court’s preliminary injunction against "
        "the Ohio law.",
        "The justices on Monday refused to lift the lower court's temporary restraining order "
        "against the Ohio law.",
        "A lower court's preliminary injunction against the Ohio law stays in place, the "
        "Supreme Court said Monday.",
    ):
        text = (
            opening + " In July, the 6th Circuit had paused the order. The injunction was "
            "issued by U.S. District Judge Ann Porter in Columbus."
        )
        got = {m.text: m.court for m in find(text, CTX)}
        lower = [c for t, c in got.items() if "lower court" in t]
        assert lower == ["ohsd"], (opening, got)


def test_a_court_that_erred_is_not_the_subject_of_the_verb_after() -> None:
    for sentence in (
        "In a 7-2 decision, the Supreme Court ruled that the 9th Circuit erred in its reading "
        "of the statute and further held that the rule stands.",
        "The Supreme Court said the 9th Circuit was wrong on the facts and also found the "
        "rule lawful.",
    ):
        got = {m.text: m.court for m in find(sentence, CTX)}
        assert "ca9" not in got.values(), got
        assert "scotus" in got.values(), got
    # a court that found another erred still rules
    got = {m.text: m.court for m in find("The 9th Circuit found that the judge erred.", CTX)}
    assert list(got.values()) == ["ca9"]


def test_a_named_case_takes_over_back_references() -> None:
    text = (
        "The court on June 24 ruled 6-3 to uphold the ban. With the Dobbs decision, states "
        "set their own rules. The majority opinion, written by Justice Samuel Alito, stated "
        "that the Constitution does not confer a right to abortion."
    )
    found = find(text, None)
    assert "The majority opinion" not in [m.text for m in found]


def test_quoted_rhetoric_is_not_a_ruling_but_back_references_in_quotes_are() -> None:
    text = (
        "A federal judge in Boston blocked the order on Thursday. "
        "He said, “The Supreme Court has upheld the Rule of Law in our Nation.” "
        "“Today's preliminary injunction sends a clear message,” the attorney general said."
    )
    texts = [m.text for m in find(text, CTX)]
    assert not any("Supreme Court" in t for t in texts)
    assert "Today's preliminary injunction" in texts


def test_evidence_says_why() -> None:
    (m,) = find("A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland.", CTX)
    assert m.evidence is not None
    assert "court: D. Or. (Oregon)" in m.evidence
    assert "act: blocked" in m.evidence
    assert "troops" in m.evidence and "Portland" in m.evidence
    assert "court=ord" in (m.url or "")


def test_court_phrases_and_data() -> None:
    assert judge_court("Breyer") == "cand"  # "Judge Breyer": not Justice Stephen Breyer
    # a common surname alone is no judge of the table; with a given name it is
    assert judge_court("Smith") is None and judge_court("William E. Smith") == "rid"
    assert judge_court("Thomas", justice=True) == "scotus"
    assert judge_court("Breyer", justice=True) == "scotus"
    assert judge_court("Karin Immergut") == "ord"
    assert judge_court("John Smith") is None
    p = resolve_place("Portland", "Maine")
    assert p is not None and p.district == "med"
    p = resolve_place("Texas")
    assert p is not None and p.district is None and p.postal == "TX"
    refs = court_phrases("the Northern District of Illinois and the Eastern District of Texas")
    assert [r.court for r in refs] == ["ilnd", "txed"]


def test_appeals_court_without_circuit_takes_the_circuit_of_the_state_it_rules_on() -> None:
    (m,) = find(
        "A federal appeals court on Thursday refused to let President Donald Trump deploy "
        "National Guard troops in Illinois.",
        CTX,
    )
    assert m.court == "ca7"


def test_her_ruling_belongs_to_the_judge_named_with_it() -> None:
    text = (
        "A federal appeals court in Chicago on Thursday refused to halt the judge's order. "
        "U.S. District Judge April Perry had issued a temporary restraining order last week. "
        'In her ruling, Perry wrote that she saw "no credible evidence" of a rebellion.'
    )
    found = {m.text: m.court for m in find(text, CTX)}
    assert found["her ruling"] == "ilnd"
    assert any(t.startswith("A federal appeals court in Chicago") and c == "ca7"
               for t, c in found.items())  # fmt: skip


def test_appositive_judge_names_join_one_clause() -> None:
    (m,) = find(
        "A federal judge in Maryland, U.S. District Judge Deborah Boardman, issued a "
        "nationwide injunction in February.",
        CTX,
    )
    assert m.text.startswith("A federal judge in Maryland, U.S. District Judge Deborah Boardman")
    assert m.court == "mdd"


def test_ruling_party_is_not_a_ruling() -> None:
    text = "A federal judge in Boston blocked the plan. The ruling party in Hungary objected."
    assert [m.text for m in find(text, CTX)] == ["A federal judge in Boston blocked"]


# ------------------------------------------------------------------ discourse: generic courts


def _by_text(text: str) -> dict[str, str | None]:
    return {m.text: m.court for m in find(text, CTX)}


def _starting(text: str, prefix: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in find(text, CTX) if m.text.startswith(prefix)]


def test_the_district_court_is_the_district_court_named_before() -> None:
    text = (
        "U.S. District Judge Matthew Kacsmaryk suspended the FDA's approval of mifepristone "
        "on Friday. The Justice Department appealed within the hour. The district court ruled "
        "that the agency had ignored safety concerns when it approved the pill in 2000."
    )
    assert _starting(text, "The district court ruled") == [("The district court ruled", "txnd")]


def test_the_district_court_with_no_district_named_gets_no_court() -> None:
    text = (
        "Christian-owned businesses in Texas had sued over the mandate. The Supreme Court "
        "upheld it on Friday. On the religious claim, the district court ruled for the "
        "employers, and the government did not appeal that part."
    )
    (m,) = _starting(text, "the district court ruled")
    assert m[1] is None  # never the Supreme Court named before it


def test_an_appeals_court_hears_appeals_from_the_district_named_earlier() -> None:
    text = (
        "U.S. District Judge Reed O'Connor ruled in December 2018 that the entire health law "
        "was invalid. A year later, a federal appeals court upheld the part of his ruling that "
        "found the individual mandate unconstitutional."
    )
    (m,) = _starting(text, "a federal appeals court")
    assert m[1] == "ca5"  # N.D. Tex. → 5th Circuit (28 U.S.C. § 41)


def test_an_appeals_court_with_no_district_in_the_article_is_not_guessed() -> None:
    text = (
        "The Supreme Court on Friday struck down the loan forgiveness plan. The program had "
        "been blocked by an appeals court in St. Louis in November."
    )
    found = _by_text(text)
    assert found["had been blocked by an appeals court in St. Louis"] == "ca8"  # the city
    text2 = "The program was blocked by an appeals court in November, and borrowers waited."
    assert list(_by_text(text2).values()) == [None]


def test_the_panel_is_the_court_of_international_trades_panel() -> None:
    text = (
        "The U.S. Court of International Trade on Wednesday struck down the tariffs Trump "
        "imposed under an emergency-powers law. The three-judge panel also blocked the duties "
        "on goods from Canada and Mexico."
    )
    assert _starting(text, "The three-judge panel") == [
        ("The three-judge panel also blocked the duties on goods from Canada and Mexico", "cit")
    ]


def test_the_panel_after_a_circuit_is_that_circuit() -> None:
    text = (
        "The 9th U.S. Circuit Court of Appeals heard arguments in June. The panel ruled 3-0 "
        "that the president could keep control of California's National Guard."
    )
    assert _starting(text, "The panel ruled") == [("The panel ruled 3-0", "ca9")]


def test_the_court_is_the_judges_court_not_a_justice_in_an_aside() -> None:
    text = (
        "U.S. District Judge Charles Breyer, the younger brother of retired Supreme Court "
        "Justice Stephen Breyer, ruled on Tuesday that the deployment in Los Angeles broke "
        "federal law. The court also barred the troops from making arrests in California."
    )
    found = find(text, CTX)
    assert [m.court for m in found] == ["cand", "cand"]
    assert found[0].text.startswith("U.S. District Judge Charles Breyer, the younger brother")
    assert found[1].text.startswith("The court also barred")


def test_judge_named_with_an_appositive_or_from_the_court() -> None:
    (m,) = find(
        "Royce Lamberth, a senior judge on the federal bench in Washington, blocked the "
        "shutdown of Voice of America on Tuesday.",
        CTX,
    )
    assert m.text.startswith("Royce Lamberth, a senior judge") and m.court == "dcd"
    (m,) = find(
        "Judge Terry Doughty of the Western District of Louisiana blocked officials from "
        "contacting social media companies.",
        CTX,
    )
    assert m.text.startswith("Judge Terry Doughty of the Western District") and m.court == "lawd"


def test_another_breyer_is_not_the_judge_breyer() -> None:
    refs = court_phrases(
        "Judge Charles Breyer ruled on Tuesday. His brother Stephen Breyer retired in 2022."
    )
    assert [(r.judge, r.court) for r in refs] == [("Breyer", "cand")]


# ------------------------------------------------------------------------ back-references


def test_bare_the_order_is_a_ruling_when_no_executive_order_came_before() -> None:
    text = (
        "A federal judge in Rhode Island on Monday ordered the administration to release "
        "billions in frozen grants. The order requires agencies to restore the funding by "
        "Wednesday. The opinion runs to 40 pages."
    )
    found = _by_text(text)
    assert found["The order"] == "rid"
    assert found["The opinion"] == "rid"


def test_bare_the_order_after_an_executive_order_is_left_to_anaphora() -> None:
    text = (
        "Trump signed an executive order on his first day ending birthright citizenship. A "
        "federal judge in Seattle blocked it on Thursday. The order would have denied "
        "citizenship to children of parents in the country illegally."
    )
    assert "The order" not in _by_text(text)


def test_the_order_of_things_is_not_a_ruling() -> None:
    text = (
        "A federal judge in Boston blocked the cuts on Friday. Lawyers argued over the order "
        "of witnesses at the hearing."
    )
    assert list(_by_text(text)) == ["A federal judge in Boston blocked the cuts on Friday"]


def test_judge_surname_possessive_and_prior_order() -> None:
    text = (
        "U.S. District Judge Aileen Cannon dismissed the classified documents case in July. "
        "Cannon's ruling was appealed by the special counsel, who said the prior restraining "
        "order had no bearing."
    )
    found = _by_text(text)
    assert found["Cannon's ruling"] == "flsd"
    assert found["the prior restraining order"] == "flsd"


def test_ruling_authored_by_a_justice_names_its_court() -> None:
    text = (
        "Health groups praised the outcome. In a 6-3 ruling written by Justice Sonia "
        "Sotomayor, the court said the rule was lawful."
    )
    assert _by_text(text)["a 6-3 ruling written by Justice Sonia Sotomayor"] == "scotus"


def test_span_starts_at_a_ruling_noun_subject() -> None:
    text = (
        "The decision written by Justice Neil Gorsuch and joined by the four liberal justices "
        "held that much of eastern Oklahoma remains a reservation."
    )
    (m,) = find(text, CTX)
    assert m.text.startswith("The decision written by Justice Neil Gorsuch")
    assert m.court == "scotus"


def test_court_noun_compound_is_a_ruling() -> None:
    text = "Abortion-rights groups condemned the Supreme Court decision, which ends Roe."
    assert _by_text(text) == {"the Supreme Court decision": "scotus"}


def test_his_order_is_the_judges_when_the_judge_is_the_subject() -> None:
    text = (
        "U.S. District Judge James Boasberg on Monday pressed a Justice Department lawyer on "
        "whether officials had defied his order to turn the planes around."
    )
    assert _by_text(text) == {"his order": "dcd"}


def test_a_quoted_judges_my_order_is_a_ruling_but_a_presidents_my_decision_is_not() -> None:
    text = (
        "U.S. District Judge Karin Immergut blocked the deployment on Saturday. At a hearing "
        "on Sunday she asked, “Aren't you circumventing my order?” Trump wrote: “My decision "
        "on the Guard will come soon.”"
    )
    found = _by_text(text)
    assert found["my order"] == "ord"
    assert not any("decision" in t for t in found)


# ------------------------------------------------------------------------- false alarms


def test_an_officials_decision_is_not_a_ruling() -> None:
    text = (
        "A federal judge in Boston blocked the policy on Friday. Trump invoked the law in "
        "March, saying his decision was needed to protect the country. The governor defended "
        "her decision to call up the Guard."
    )
    found = _by_text(text)
    assert "his decision" not in found and "her decision" not in found


def test_a_judges_decision_after_an_official_is_named_still_counts() -> None:
    text = (
        "A federal judge in Boston blocked the policy on Friday after a request by Gov. Maura "
        "Healey. U.S. District Judge Leo Sorokin wrote in his decision that the rule was "
        "unlawful."
    )
    assert _by_text(text)["his decision"] == "mad"


# ------------------------------------------------------------- a second ruling in one case


def test_pronoun_recalls_the_judges_earlier_ruling() -> None:
    text = (
        "U.S. District Judge Karin Immergut issued a second temporary restraining order on "
        "Sunday night. It came a day after she had blocked the administration from "
        "federalizing 200 members of Oregon's Guard."
    )
    (m,) = _starting(text, "she had blocked")
    assert m[1] == "ord"


def test_pronoun_after_an_official_is_not_a_ruling() -> None:
    text = (
        "A federal judge in Portland blocked the deployment on Saturday. Gov. Tina Kotek "
        "welcomed the decision. She ordered state police to keep the protests peaceful."
    )
    assert not any(t.startswith("She") for t in _by_text(text))


def test_lower_court_ruling_is_a_ruling_of_the_court_below() -> None:
    text = (
        "The 11th U.S. Circuit Court of Appeals heard the case last year. The Supreme Court "
        "on Thursday affirmed a lower-court ruling that struck down the map."
    )
    assert _by_text(text)["a lower-court ruling"] == "ca11"


# ------------------------------------------------------------------------ state high courts

STATE_HIGH = [
    ("The Colorado Supreme Court ruled 4-3 that Trump is disqualified from the state's "
     "primary ballot.", "colo", "The Colorado Supreme Court ruled 4-3"),
    ("Wisconsin's top court struck down the legislative maps drawn by Republicans.", "wis",
     "Wisconsin's top court struck down"),
    ("New York's highest court overturned Harvey Weinstein's 2020 rape conviction.", "ny",
     "New York's highest court overturned"),
    ("The New York Court of Appeals threw out Harvey Weinstein's conviction on Thursday.",
     "ny", "The New York Court of Appeals threw out"),
    ("The Texas Court of Criminal Appeals halted the execution of Robert Roberson.",
     "texcrimapp", "The Texas Court of Criminal Appeals halted"),
    ("The Georgia Supreme Court reinstated the state's ban on abortion after six weeks.", "ga",
     "The Georgia Supreme Court reinstated"),
    ("Abortion providers sued in Florida state court. The state's highest court upheld the "
     "15-week ban in April.", "fla", "The state's highest court upheld"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "court", "span_part"), STATE_HIGH)
def test_state_courts_of_last_resort(sentence: str, court: str, span_part: str) -> None:
    found = [m for m in find(sentence, None) if span_part in m.text]
    assert [m.court for m in found] == [court]


def test_chicagos_top_court_is_no_states_high_court() -> None:
    assert [r.court for r in court_phrases("Chicago's top court") if r.court] == []


def test_a_state_named_court_in_a_headline_is_that_states_court_named_later() -> None:
    text = (
        "Michigan court rules Trump can stay on ballot\n\n"
        "The Michigan Supreme Court on Wednesday rejected an appeal seeking to remove Trump "
        "from the state's primary ballot. The ruling leaves him on the ballot."
    )
    found = find(text, None)
    assert [m.court for m in found] == ["mich", "mich", "mich"]
    assert found[0].text == "Michigan court rules"
    assert found[1].text.startswith("The Michigan Supreme Court on Wednesday rejected")
    assert found[2].text == "The ruling" and found[2].anaphor


def test_the_ruling_after_a_state_high_court_is_not_the_federal_district() -> None:
    text = (
        "A federal judge in Denver dismissed a similar suit in October. The Colorado Supreme "
        "Court ruled on Tuesday that Trump is disqualified. Trump said he would appeal to the "
        "U.S. Supreme Court. The ruling is on hold until Jan. 4."
    )
    assert _by_text(text)["The ruling"] == "colo"


def test_a_state_court_by_name_alone_is_not_guessed() -> None:
    (m,) = find("A Colorado court dismissed the lawsuit on Monday.", None)
    assert m.court is None  # a trial court? the high court? the article does not say


# ----------------------------------------------------------- future and hypothetical rulings


def test_non_rulings_do_not_draw_back_references() -> None:
    text = (
        "The Supreme Court is expected to rule by June. If the justices side with the state, "
        "the ruling would let the ban take effect."
    )
    assert find(text, None) == []


def test_a_past_ruling_after_a_temporal_word_is_still_a_ruling() -> None:
    text = "After the Supreme Court ruled in June, states rushed to pass new laws."
    (m,) = find(text, None)
    assert m.text == "the Supreme Court ruled" and m.court == "scotus"


# ------------------------------------------------------------------------------------ votes


def test_votes_are_ruling_verbs() -> None:
    (m,) = find(
        "The Supreme Court voted 5-4 on Tuesday to block a Texas social media law from taking "
        "effect.",
        None,
    )
    assert m.text.startswith("The Supreme Court voted 5-4 on Tuesday to block")
    assert m.court == "scotus"
    (m,) = find(
        "The justices voted 6-3 to let the administration end the humanitarian parole program.",
        None,
    )
    assert m.court == "scotus" and m.text.startswith("The justices voted 6-3 to let")


# ------------------------------------------------------------------------------ lower courts


def test_lower_court_takes_the_court_of_the_same_or_next_sentence() -> None:
    text = (
        "The Supreme Court threw out a lower court ruling on Monday. The 9th U.S. Circuit "
        "Court of Appeals had said the law likely violated the First Amendment."
    )
    assert _by_text(text)["a lower court ruling"] == "ca9"
    text = (
        "The Supreme Court reversed a lower court ruling by the 5th U.S. Circuit Court of "
        "Appeals that had struck down the bump stock ban."
    )
    assert any(c == "ca5" for t, c in _by_text(text).items() if t.startswith("a lower court"))


def test_lower_court_with_no_court_named_gets_none_and_draws_no_back_reference() -> None:
    text = (
        "The Supreme Court on Thursday reinstated a lower court ruling. Abortion opponents "
        "criticized the decision. Elsewhere a federal judge in Boston blocked the cuts and "
        "the 4th U.S. Circuit Court of Appeals heard arguments."
    )
    found = _by_text(text)
    assert found["a lower court ruling"] is None
    assert found["the decision"] == "scotus"


def test_the_new_decision_is_the_reviewing_courts_not_the_one_it_reversed() -> None:
    text = (
        "The Supreme Court upheld the law on Friday. The decision reversed a lower court "
        "ruling by the 5th U.S. Circuit Court of Appeals. The new decision follows the "
        "court's 2022 ruling on gun rights."
    )
    assert _by_text(text)["The new decision"] == "scotus"


# ---------------------------------------------------------------------- where spans stop


def test_spans_stop_before_case_names_plans_relatives_and_line_breaks() -> None:
    (m,) = find(
        "The Supreme Court ruled Friday in Trump v. CASA that judges cannot issue universal "
        "injunctions.",
        None,
    )
    assert m.text == "The Supreme Court ruled Friday"
    (m,) = find("The Supreme Court stayed the EPA's plan while the litigation continues.", CTX)
    assert m.text == "The Supreme Court stayed"
    (m,) = find(
        "The justices voted 5-4 to put on hold the Environmental Protection Agency's “good "
        "neighbor” plan for ozone.",
        CTX,
    )
    assert m.text == "The justices voted 5-4 to put on hold"
    text = (
        "The court heard from the 5th U.S. Circuit Court of Appeals, which struck down the "
        "ban on bump stocks."
    )
    # the relative clause is the appeals court's own ruling; no span crosses ", which" (and the
    # ban it struck down is a law told by its topic: its own mention)
    assert [(m.text, m.court) for m in find(text, CTX)] == [("which struck down", "ca5")]
    text = "Supreme Court blocks Texas law\n\nThe decision came late on Tuesday."
    assert all("\n" not in m.text for m in find(text, CTX))


def test_a_described_landmark_is_the_case_not_a_fresh_ruling() -> None:
    text = (
        "A federal judge in Boston blocked the cuts on Friday. Clinics have struggled since "
        "the 2022 ruling overturning Roe v. Wade, and since the decision in Dobbs."
    )
    texts = list(_by_text(text))
    assert texts == ["A federal judge in Boston blocked the cuts on Friday"]
    text = "In 2023, in Sackett v. EPA, the court voted to narrow federal power over wetlands."
    assert find(text, CTX) == []


def test_a_justice_siding_with_colleagues_is_a_vote_not_a_ruling() -> None:
    text = "Justice Amy Coney Barrett sided with the three liberal justices in dissent."
    assert find(text, CTX) == []


def test_held_with_a_that_less_clause_but_not_held_a_hearing() -> None:
    (m,) = find(
        "The 5th U.S. Circuit Court of Appeals held the law was unconstitutional after Bruen.",
        CTX,
    )
    assert m.text == "The 5th U.S. Circuit Court of Appeals held" and m.court == "ca5"
    assert find("U.S. District Judge Tanya Chutkan held a hearing on Friday.", CTX) == []


def test_the_case_named_with_a_ruling_does_not_take_its_back_references() -> None:
    text = (
        "The Supreme Court ruled Friday in Loper Bright Enterprises v. Raimondo that courts "
        "need not defer to agencies. The opinion rests on the Administrative Procedure "
        "Act."
    )
    assert _by_text(text).get("The opinion") == "scotus"


# ---------------------------------------------------------------------- sentences imposed


def test_a_sentence_imposed_is_a_ruling_of_the_sentencing_judge() -> None:
    text = (
        "Sam Bankman-Fried was sentenced by U.S. District Judge Lewis Kaplan to 25 years in "
        "prison. Kaplan said the sentence would keep him from committing more fraud."
    )
    got = [(m.text, m.court, m.anaphor) for m in find(text, CTX)]
    assert got == [
        ("was sentenced by U.S. District Judge Lewis Kaplan to 25 years in prison", "nysd", False),
        ("the sentence", "nysd", True),
    ]
    (m,) = find(
        "A federal judge in Manhattan sentenced him to 25 years in prison on Thursday.", CTX
    )
    assert m.text == "A federal judge in Manhattan sentenced him to 25 years in prison"
    assert m.court == "nysd"


def test_a_sentence_with_no_court_named_links_no_court_and_restitution_is_no_ruling() -> None:
    text = (
        "Former Rep. George Santos was sentenced to 87 months in prison on Friday. Santos was "
        "also ordered to pay $373,749.97 in restitution. The sentence was longer than his "
        "lawyers had sought."
    )
    got = [(m.text, m.court) for m in find(text, CTX)]
    assert got == [("was sentenced to 87 months in prison", None), ("The sentence", None)]


def test_possible_sentences_and_other_sentences_are_not_rulings() -> None:
    text = (
        "He faces up to 20 years in prison if convicted. If he is sentenced to prison, he "
        "will appeal. He could be sentenced to life in prison."
    )
    assert find(text, CTX) == []
    text = (
        "A federal judge in Boston blocked the cuts on Friday. The sentence added to the law "
        "in 2017 caps the rate at 15 percent."
    )
    assert [m.text for m in find(text, CTX)] == [
        "A federal judge in Boston blocked the cuts on Friday"
    ]


def test_a_span_does_not_stop_inside_a_number() -> None:
    (m,) = find(
        "A federal judge in Boston ordered the company to pay $1,250,000 in damages, the "
        "lawyers said.",
        CTX,
    )
    assert m.text == "A federal judge in Boston ordered the company to pay $1,250,000 in damages"


# ------------------------------------------------------- continued blocks, pronouns, relatives


def test_a_judge_continuing_a_block_is_a_ruling_but_a_possible_one_is_not() -> None:
    (m,) = find(
        "A federal judge in Rhode Island will continue to block the administration's freeze "
        "on federal grants.",
        CTX,
    )
    assert m.court == "rid"
    assert m.text.startswith("A federal judge in Rhode Island will continue to block")
    text = (
        "If the judge continues to block the policy, the agency will appeal. The agency will "
        "continue to block payments until the court rules."
    )
    assert find(text, CTX) == []


def test_a_judge_extending_her_order_told_with_a_pronoun_and_it() -> None:
    text = (
        "U.S. District Judge Ana Reyes in Washington blocked the ban last month. She extended "
        "it on Friday to cover troops already serving."
    )
    got = {m.text: (m.court, m.anaphor) for m in find(text, CTX)}
    assert got["She extended it on Friday to cover troops already serving"] == ("dcd", True)
    text = "Gov. Gavin Newsom signed the order in March. He extended it on Friday."
    assert find(text, CTX) == []


def test_a_courts_ruling_told_in_a_relative_clause() -> None:
    (m,) = find(
        "The case now goes to the 9th U.S. Circuit Court of Appeals, which has ruled against "
        "the administration's travel ban before.",
        CTX,
    )
    assert m.text.startswith("which has ruled") and m.court == "ca9"
    text = (
        "The Supreme Court, which has a 6-3 conservative majority, will hear the case. The 4th "
        "Circuit, which will hear the appeal, sits in Richmond."
    )
    assert find(text, CTX) == []


def test_a_decision_still_to_come_or_sought_is_not_a_ruling() -> None:
    text = (
        "A federal judge in Boston blocked the cuts on Friday. The judge said she would hear "
        "more arguments before making a permanent decision on the policy."
    )
    assert [m.text for m in find(text, CTX)] == [
        "A federal judge in Boston blocked the cuts on Friday"
    ]
    text = (
        "The universities sought a preliminary injunction in federal court in Boston. U.S. "
        "District Judge Angel Kelley granted a preliminary injunction on Monday."
    )
    assert [(m.text, m.court) for m in find(text, CTX)] == [
        ("U.S. District Judge Angel Kelley granted a preliminary injunction on Monday", "mad")
    ]


def test_a_split_vote_is_a_benchs_ruling_not_the_trial_judges_before_it() -> None:
    text = (
        "A Texas state judge temporarily blocked the state's new law restricting THC "
        "products.\n\n"
        "In a 6-3 decision, the justices ruled that the Universal Service Fund is "
        "constitutional."
    )
    rulings = {m.text: m.court for m in find(text, None)}
    split = next(t for t in rulings if "6-3" in t)
    assert rulings[split] == "scotus"
    only_trial = "A Texas state judge blocked the law on Monday. The 5-4 decision surprised many."
    assert not [m for m in find(only_trial, None) if "5-4" in m.text]


def test_a_panels_split_decision_and_the_order_it_paused_are_two_rulings() -> None:
    text = (
        "A divided panel of the 9th U.S. Circuit Court of Appeals on Monday sided with "
        "President Donald Trump. The 2-1 decision paused a temporary restraining order issued "
        "by U.S. District Judge Karin Immergut."
    )
    found = [(m.text, m.court) for m in find(text, CTX)]
    assert ("The 2-1 decision", "ca9") in found
    assert any(t.startswith("a temporary restraining order") and c == "ord" for t, c in found)


def test_a_ruling_upheld_by_name_of_its_court_is_a_ruling_of_its_own() -> None:
    text = (
        "The U.S. Court of Appeals for the Federal Circuit, in a 7-4 decision, upheld a May "
        "ruling by the U.S. Court of International Trade."
    )
    found = [(m.text, m.court) for m in find(text, CTX)]
    assert found[0][1] == "cafc" and found[0][0].endswith("upheld")
    assert ("a May ruling by the U.S. Court of International Trade", "cit") in found


@pytest.mark.parametrize(
    "text",
    [
        "India's Supreme Court on Tuesday declined to stay the rules. The decision disappointed "
        "activists.",
        "Israel's Supreme Court on Monday struck down the judicial overhaul law. The ruling was "
        "a rebuke to the government.",
        "The Supreme Court of Canada ruled that the Charter protects the right to strike.",
        "The International Court of Justice, in a 13-2 ruling, ordered Israel to act. The Court "
        "of Appeal later reversed the decision.",
        "Malaysia's Federal Court ruled in February that the state laws were unconstitutional.",
    ],
)
def test_another_countrys_court_is_not_linked_nor_borrowed(text: str) -> None:
    before = "U.S. District Judge Xavier Rodriguez in San Antonio blocked the Texas law. "
    found = find(before + text, CTX)
    assert [(m.text, m.court) for m in found] == [
        ("U.S. District Judge Xavier Rodriguez in San Antonio blocked", "txwd")
    ]


def test_the_high_court_is_the_last_court_of_last_resort_named() -> None:
    text = (
        "The U.S. Supreme Court declined the case in June. The Pennsylvania Supreme Court on "
        "Friday ruled that mail ballots must be dated. The high court's decision could affect "
        "thousands of votes."
    )
    got = {m.text: m.court for m in find(text, CTX)}
    assert got["The high court's decision"] == "pa"


def test_its_ruling_needs_a_court_to_be_it() -> None:
    text = (
        "The Supreme Court ruled on Friday. The NCAA's Division I Council said its ruling "
        "reflected modern realities. The 9th Circuit on Monday upheld the injunction, and the "
        "court said its ruling was narrow."
    )
    got = [(m.text, m.court) for m in find(text, CTX) if m.anaphor]
    # (the injunction the 9th Circuit upheld is the trial court's, unnamed here)
    assert got == [("the injunction", None), ("its ruling", "ca9")]


def test_a_three_judge_court_is_never_the_supreme_court_named_before() -> None:
    text = (
        "The Supreme Court heard the Louisiana case in March. Meanwhile, in Alabama, a "
        "three-judge court ruled in May that the map diluted Black votes."
    )
    got = {m.text: m.court for m in find(text, CTX)}
    assert got["a three-judge court ruled"] is None


def test_a_reaction_paragraphs_after_the_history_is_to_the_news_ruling() -> None:
    text = (
        "The Supreme Court on Friday upheld the law that forces the sale of the app.\n\n"
        "In December, the U.S. Court of Appeals for the D.C. Circuit had rejected the "
        "company's challenge.\n\n"
        "Senator Mark Warner praised the decision."
    )
    got = {m.text: m.court for m in find(text, CTX) if m.anaphor}
    assert got["the decision"] == "scotus"


def test_a_common_surname_alone_takes_its_court_from_the_article() -> None:
    assert [m.court for m in find("Judge Smith ruled that the law was invalid.", CTX)] == [None]
    text = (
        "U.S. District Judge William Smith blocked the rule on Monday. The state appealed. "
        "On Friday, Judge Smith denied the state's request for a stay."
    )
    assert [m.court for m in find(text, CTX)] == ["rid", "rid"]


def test_a_temporary_order_is_never_the_supreme_courts() -> None:
    text = (
        "Civil District Judge Robin Giarrusso issued a temporary injunction late last month, "
        "following the Supreme Court's decision to overrule Roe v. Wade. Because the case was "
        "no longer in her court, Judge Ethel Julien said she was unable to extend the "
        "temporary order blocking the law."
    )
    assert all(m.court != "scotus" for m in find(text, CTX) if "temporary order" in m.text)
