"""Several rulings of one case told as a history in one article: by date, by court level
("the full circuit", "the en banc court", "the trial court's injunction"), stays by a divided
panel, denials of certiorari, judgments entered, and back-references to the right one of
them ("Judge Park's order", "the appeals court's decision", "the panel's 2-1 decision").

The sentences are shaped like wire copy on appeals, stays and certiorari (AP, Reuters and
court-watch blogs, 2017-2025): each row is an article, the span each ruling must cover, and
the CourtListener court it must carry (``None``: the article does not say, and linker must
not guess).
"""

from __future__ import annotations

import pytest

from linker import courts as C
from linker.models import Mention
from linker.scanner import rulings
from linker.scanner.doc import Doc
from linker.scanner.rulings import court_phrases


def find(text: str) -> list[Mention]:
    return rulings.find(Doc.of(text, "2025-06-01"))


def court_of(found: list[Mention], words: str) -> str | None:
    hits = [m for m in found if words in m.text]
    assert hits, f"no ruling covers {words!r}: {[m.text for m in found]}"
    return hits[0].court


HISTORIES = [
    # the full court of appeals, named or pointing back
    (
        "U.S. District Judge Deborah Boardman in Maryland blocked the order in February. A "
        "divided panel of the 4th Circuit stayed her injunction in March. The full circuit "
        "later lifted the stay.",
        [
            ("Deborah Boardman in Maryland blocked", "mdd"),
            ("divided panel of the 4th Circuit stayed", "ca4"),
            ("The full circuit later lifted", "ca4"),
        ],
    ),
    (
        "U.S. District Judge Deborah Boardman in Maryland blocked the order in February. A "
        "panel of the 4th Circuit reversed in March. The en banc court reinstated the "
        "injunction in August.",
        [("A panel of the 4th Circuit reversed", "ca4"), ("The en banc court reinstated", "ca4")],
    ),
    (
        "A panel of the 4th Circuit reversed in March, but the full 4th Circuit reinstated "
        "the injunction in August.",
        [("the full 4th Circuit reinstated", "ca4")],
    ),
    (
        "On Tuesday, a divided 4th Circuit panel refused to stay the order. Judge Harvie "
        "Wilkinson wrote for the majority. The panel's 2-1 decision sends the case back.",
        [
            ("a divided 4th Circuit panel refused to stay", "ca4"),
            ("The panel's 2-1 decision", "ca4"),
        ],
    ),
    # a reviewing court's object that names a court below is a ruling of its own
    (
        "A federal judge in Seattle blocked the order in January. The 9th Circuit upheld the "
        "district court's injunction in July. The Supreme Court stayed the injunction in "
        "September.",
        [
            ("A federal judge in Seattle blocked", "wawd"),
            ("The 9th Circuit upheld", "ca9"),
            ("the district court's injunction", "wawd"),
            # (what a court of review stays is the ruling below, a mention of its own)
            ("The Supreme Court stayed", "scotus"),
            ("the injunction", "wawd"),
        ],
    ),
    (
        "A federal judge in Seattle blocked the order in January. The 9th Circuit upheld the "
        "trial court's injunction in July.",
        [("The 9th Circuit upheld", "ca9"), ("the trial court's injunction", "wawd")],
    ),
    (
        "U.S. District Judge David Ezra in Austin blocked the law in February. The 5th "
        "Circuit upheld the lower court's injunction on Thursday.",
        [("The 5th Circuit upheld", "ca5"), ("the lower court's injunction", "txwd")],
    ),
    (
        "A federal judge in Texas ruled in 2023 that the approval was unlawful. The 5th "
        "Circuit narrowed that ruling in August. The Supreme Court reversed the appeals "
        "court's decision in June, ruling unanimously that the doctors lacked standing.",
        [
            ("A federal judge in Texas ruled", None),
            ("The 5th Circuit narrowed", "ca5"),
            ("The Supreme Court reversed", "scotus"),
            ("the appeals court's decision", "ca5"),
        ],
    ),
    # a judge's possessive, a judgment entered, a passive denial
    (
        "U.S. District Judge Deborah Boardman in Maryland blocked the policy on Friday. Judge "
        "Boardman's order applies nationwide.",
        [("Judge Boardman's order", "mdd")],
    ),
    (
        "U.S. District Judge James Robart in Seattle blocked the executive order nationwide "
        "on Feb. 3. A three-judge panel of the 9th Circuit refused to reinstate the ban on "
        "Feb. 9. The panel's unanimous ruling was a setback for the administration. Judge "
        "Robart's order remains in effect.",
        [
            ("refused to reinstate the ban on Feb. 9", "ca9"),
            ("The panel's unanimous ruling", "ca9"),
            ("Judge Robart's order", "wawd"),
        ],
    ),
    (
        "U.S. District Judge Reed O'Connor entered final judgment on Friday, vacating the rule.",
        [("Reed O'Connor entered final judgment", "txnd")],
    ),
    (
        "That motion had been denied by a three-judge panel of the 9th Circuit.",
        [("denied by a three-judge panel of the 9th Circuit", "ca9")],
    ),
    # an injunction is the trial court's, however many courts reviewed it since
    (
        "U.S. District Judge Deborah Boardman in Maryland issued a nationwide injunction in "
        "February. The 4th Circuit declined to stay it in March. The injunction remains in "
        "place.",
        [("The 4th Circuit declined to stay it", "ca4"), ("The injunction", "mdd")],
    ),
    (
        "U.S. District Judge Jia Cobb in Washington issued a temporary restraining order on "
        "Friday. The D.C. Circuit refused to lift it on Monday. The TRO expires next week.",
        [("The D.C. Circuit refused to lift it", "cadc"), ("The TRO", "dcd")],
    ),
    (
        "U.S. District Judge Deborah Boardman in Maryland blocked the policy in February. A "
        "divided panel of the 4th Circuit stayed the injunction in March. The stay allows "
        "the policy to take effect.",
        [("The stay", "ca4")],
    ),
    # the full court after a district judge and an appeals panel is the appeals court's
    (
        "Judge Royce Lamberth of the D.C. District Court had issued preliminary injunctions in "
        "all of the cases. On Saturday, the D.C. Circuit stayed the injunctions. Late "
        "Wednesday, the full court issued an order administratively staying the prior order "
        "issued by the three-judge panel.",
        [("the D.C. Circuit stayed", "cadc"), ("the full court issued", "cadc")],
    ),
    # a reviewing court's object cut where the court below is named
    (
        "On May 26, a divided panel of the Fifth Circuit Court of Appeals denied the federal "
        "government’s request for an emergency stay of the Texas federal district court’s "
        "decision that blocked DAPA. It is not the Fifth Circuit’s final ruling on whether the "
        "district court (Judge Andrew Hanen) was correct.",
        [
            ("Fifth Circuit Court of Appeals denied", "ca5"),
            ("the Texas federal district court’s decision", "txsd"),
        ],
    ),
    (
        "A federal appeals court in New Orleans granted the government a temporary stay of "
        "Judge Doughty’s injunction pending expedited appeal. After Judge Terry A. Doughty "
        "issued his original injunction, the government appealed.",
        [
            (
                "A federal appeals court in New Orleans granted the government a temporary stay",
                "ca5",
            ),
            ("Judge Doughty’s injunction", "lawd"),
        ],
    ),
    # "the earlier ruling" is the one before the latest
    (
        "U.S. District Judge Deborah Boardman in Maryland blocked the policy in February. The "
        "4th Circuit reversed in March. The earlier ruling had applied nationwide.",
        [("The 4th Circuit reversed", "ca4"), ("The earlier ruling", "mdd")],
    ),
    (
        "U.S. District Judge Deborah Boardman in Maryland blocked the policy in February. The "
        "4th Circuit reversed in March. The latest ruling sends the case back to Boardman.",
        [("The latest ruling", "ca4")],
    ),
    # certiorari denied, and what it leaves in place
    (
        "The Supreme Court on Monday denied certiorari, leaving in place a 9th Circuit ruling "
        "that struck down the law. The high court's order came without comment.",
        [
            ("The Supreme Court on Monday denied certiorari", "scotus"),
            ("a 9th Circuit ruling", "ca9"),
            ("The high court's order", "scotus"),
        ],
    ),
    (
        "The Supreme Court declined to take up the case on Monday, leaving the 9th Circuit's "
        "ruling in place.",
        [
            ("The Supreme Court declined to take up the case", "scotus"),
            ("the 9th Circuit's ruling", "ca9"),
        ],
    ),
    (
        "The Supreme Court on Monday turned away the appeal. The Supreme Court's refusal to "
        "hear the case ends the litigation.",
        [
            ("The Supreme Court on Monday turned away the appeal", "scotus"),
            ("The Supreme Court's refusal", "scotus"),
        ],
    ),
    (
        "The Supreme Court opened its new term on Monday by turning away appeals in roughly "
        "1,600 cases. The court left in place a ruling that made it tougher to prosecute "
        "insider trading.",
        [("The court left in place", "scotus")],
    ),
    (
        "The high court allowed a decision by the Texas Fifth Circuit Court of Appeals, which "
        "ruled hospitals in Texas cannot be forced to perform abortions.",
        [
            ("The high court allowed", "scotus"),
            ("a decision by the Texas Fifth Circuit Court of Appeals", "ca5"),
        ],
    ),
    (
        "The Supreme Court on Monday let stand a ruling by the Colorado Supreme Court. The "
        "justices' decision not to hear the case leaves the state court's ruling intact.",
        [
            ("a ruling by the Colorado Supreme Court", "colo"),
            ("The justices' decision", "scotus"),
            ("the state court's ruling", "colo"),
        ],
    ),
    # the ruling verb as the second of two predicates
    (
        "U.S. District Judge Reed O'Connor in Fort Worth struck down the rule in June. In "
        "March, the 5th Circuit affirmed. The Supreme Court agreed to hear the case in October "
        "and reversed the judgment in June.",
        [
            ("the 5th Circuit affirmed", "ca5"),
            ("The Supreme Court agreed to hear the case in October and reversed", "scotus"),
        ],
    ),
    # a state trial court is the state's trial court (courts-db's statewide id, read by its
    # label "Georgia Superior Courts"), never the state's high court that reviewed it
    (
        "A Fulton County Superior Court judge on Monday blocked the state's abortion ban. The "
        "Georgia Supreme Court reinstated the ban a week later.",
        [
            ("Superior Court judge on Monday blocked", "gasuperct"),
            ("The Georgia Supreme Court reinstated", "ga"),
        ],
    ),
    (
        "Superior Court Judge Robert McBurney struck down the law in September. The state "
        "appealed his ruling to the Georgia Supreme Court, which reversed it in October.",
        # (the state its paragraph names: Georgia's superior courts, gasuperct, since
        # courts-db's statewide trial ids are read by label)
        [("Judge Robert McBurney struck down", "gasuperct"), ("which reversed it", "ga")],
    ),
    (
        "A state judge in Wisconsin struck down the 1849 law in December. The Wisconsin "
        "Supreme Court upheld the lower court's ruling in July.",
        [
            ("A state judge in Wisconsin struck down", "wisccirct"),
            ("The Wisconsin Supreme Court upheld", "wis"),
            ("the lower court's ruling", "wisccirct"),
        ],
    ),
    # a ruling told with its court after a time: "issued last month by a federal judge in …"
    (
        "The U.S. Supreme Court on Tuesday granted the administration permission to keep the "
        "workers. The case centers around a preliminary injunction issued last month by a "
        "federal judge in California. That ruling ordered the government to rehire 16,000 "
        "employees. Judge William H. Alsup of the Northern District of California, in his "
        "opinion, acknowledged the agencies' authority.",
        [
            ("The U.S. Supreme Court on Tuesday granted", "scotus"),
            ("a preliminary injunction issued last month by a federal judge in California", "cand"),
            ("That ruling", "cand"),
        ],
    ),
    # a ruling's sentence opening with its date or place
    (
        "In January, a federal judge in Maryland blocked the rule. On March 3, the 4th U.S. "
        "Circuit Court of Appeals reversed. In Boston, a federal judge ruled on Tuesday that "
        "the cuts were unlawful.",
        [
            ("a federal judge in Maryland blocked", "mdd"),
            ("the 4th U.S. Circuit Court of Appeals reversed", "ca4"),
            ("a federal judge ruled on Tuesday", "mad"),
        ],
    ),
    # a split vote names its bench by its count: six and three are nine justices, not the
    # circuit whose ruling the history told last; what follows it is the Court's
    (
        "On March 3, the Fourth Circuit reversed that decision. The en banc court upheld the "
        "law in a 10-4 decision. The Supreme Court declined to hear the case in November. "
        "In a separate case, a divided panel of the Fourth Circuit stayed the injunction on "
        "Friday. The 6-3 decision was written by Chief Justice John Roberts. The majority "
        "opinion said the law was valid.",
        [
            ("the Fourth Circuit reversed", "ca4"),
            ("a 10-4 decision", "ca4"),
            ("The Supreme Court declined to hear", "scotus"),
            ("The 6-3 decision", "scotus"),
            ("The majority opinion", "scotus"),
        ],
    ),
    # one state's courts: "the Supreme Court" after "the Wisconsin Supreme Court" is that
    # state's, and so is its 4-3 decision; the county's circuit judge is the trial court
    (
        "MADISON, Wis. — The Wisconsin Supreme Court on Wednesday struck down the 1849 "
        "abortion ban. The Supreme Court ruled 4-3 that the law had been superseded. Dane "
        "County Circuit Judge Diana Schlipper had ruled in 2023 that the law did not apply. "
        "The 4-3 decision was written by Justice Jill Karofsky.",
        [
            ("The Wisconsin Supreme Court on Wednesday struck down", "wis"),
            ("The Supreme Court ruled 4-3", "wis"),
            ("Circuit Judge Diana Schlipper had ruled", "wisccirct"),
            ("The 4-3 decision", "wis"),
        ],
    ),
    # a county's superior court in the state its sentence names; the trial judge named next
    # is that court's, never the state's high court named after; "In Texas, a Travis County
    # district judge" is a Texas trial court (CourtListener's texdistct, sixteenth session)
    (
        "A Fulton County Superior Court judge on Tuesday struck down Georgia's six-week "
        "abortion ban. Judge Robert McBurney's order takes effect immediately. The state "
        "appealed to the Georgia Supreme Court, which reinstated the ban a week later.\n\n"
        "In Texas, a Travis County district judge blocked the state from enforcing the law. "
        "The Texas Supreme Court later reversed.",
        [
            ("A Fulton County Superior Court judge on Tuesday struck down", "gasuperct"),
            ("Judge Robert McBurney's order", "gasuperct"),
            ("which reinstated", "ga"),
            ("a Travis County district judge blocked", "texdistct"),
            ("The Texas Supreme Court later reversed", "tex"),
        ],
    ),
    # a lead that names its judge only after ("The judge in Acme's case … U.S. District
    # Judge Jed Rakoff"), a finding dated to its own month, "her June 9 ruling", and a
    # pronoun whose verb an adverb opens
    (
        "The judge in Acme's case has denied the agency's request to appeal her ruling. "
        "U.S. District Judge Analisa Torres in Manhattan determined in June that the sales "
        "were lawful. In her June 9 ruling, Judge Torres also dismissed two claims. She had "
        "not issued a final judgment, but she nevertheless issued an injunction on Friday.",
        [
            ("The judge", "nysd"),
            ("determined in June", "nysd"),
            ("her June 9 ruling", "nysd"),
            ("she nevertheless issued an injunction", "nysd"),
        ],
    ),
    # "In its ruling, the panel …": the court named right after; "the decision" after a
    # quotation citing a case is still the panel's; "the court" is not the court of a ruling
    # the article dates back to
    (
        "A federal appeals court on Friday denied the states' request. The three-judge panel "
        "of the D.C. Circuit sided with the agency. In its ruling, the panel wrote that "
        "“nothing in Smith v. Jones helps the states.” Environmental groups praised the "
        "decision.",
        [("its ruling", "cadc"), ("the decision", "cadc")],
    ),
    (
        "The Florida Supreme Court on Monday cleared the way for the amendment. The effort "
        "began after the June 2022 U.S. Supreme Court ruling striking down Roe v. Wade. "
        "Supporters waited days ahead of the ruling issued Monday afternoon. The court ruled "
        "that the summary was clear.",
        [
            ("the ruling", "fla"),
            ("The court ruled", "fla"),
        ],
    ),
    # a Supreme Court story: the object "a decision of the 9th Circuit" is that court's
    # ruling; "the court" after a justice speaks of the trial court is the Court itself; a
    # dissent is the bench's; the Commonwealth Court is Pennsylvania's; a judge "in
    # Montgomery County" is a county's, not Alabama's federal district, and "the judge"
    # after it stays that unknown judge's
    (
        "The Supreme Court on Thursday sided with Idaho, reversing a decision of the 9th U.S. "
        "Circuit Court of Appeals. The appeals court had upheld a preliminary injunction "
        "issued by a federal judge in Boise in 2020. Writing for the majority, Justice Samuel "
        "Alito said the trial court's injunction was too broad. The court's decision sends "
        "the case back. The dissent said the law was unfair.\n\n"
        "In Pennsylvania, the Commonwealth Court struck down a similar law last year. "
        "Meanwhile, a judge in Montgomery County ruled that the district violated state law. "
        "The judge's order takes effect on Monday.",
        [
            ("a decision of the 9th U.S. Circuit Court of Appeals", "ca9"),
            ("the trial court's injunction", "idd"),
            ("The court's decision", "scotus"),
            ("The dissent", "scotus"),
            ("the Commonwealth Court struck down", "pacommwct"),
            ("a judge in Montgomery County ruled", None),
            ("The judge's order", None),
        ],
    ),
    # a county's jury is a state trial court's; "a state appeals court" is never a federal
    # circuit; "the Supreme Court denied certiorari" is the U.S. Court's even after a
    # state's court of criminal appeals
    (
        "A federal judge in Houston dismissed the lawsuit. A Harris County jury convicted the "
        "man of capital murder in 2019. The Texas Court of Criminal Appeals upheld the "
        "conviction in 2022. The Supreme Court denied certiorari last year.\n\nIn New York, a "
        "state appeals court overturned the verdict.",
        [
            ("A Harris County jury convicted", "texdistct"),
            ("The Texas Court of Criminal Appeals upheld", "texcrimapp"),
            ("The Supreme Court denied certiorari", "scotus"),
            # New York's intermediate court of appeals (never the Texas court before it)
            ("a state appeals court overturned", "nyappdiv"),
        ],
    ),
    # a state's court of appeals and what points back to it; "Judge Michael Brown, writing
    # for the court" is that court's judge, not a federal namesake in a state never named
    (
        "The Arizona Court of Appeals late Wednesday trimmed the power of lawmakers to pass "
        "special laws. In a unanimous decision, the judges threw out a 2010 law. Judge "
        "Michael Brown, writing for the court, said the law was special legislation. While "
        "the ruling affects one law, Wednesday's decision matters more.",
        [
            ("The Arizona Court of Appeals late Wednesday trimmed", "arizctapp"),
            ("a unanimous decision", "arizctapp"),
            ("the ruling", "arizctapp"),
            ("Wednesday's decision", "arizctapp"),
        ],
    ),
    # "A Minnesota appeals court" is the state's court of appeals (a federal one says so);
    # California's district courts of appeal by their number
    (
        "A Minnesota appeals court on Monday overturned the conviction of a former officer. "
        "The Minnesota Supreme Court declined to review a similar case last year.\n\nIn "
        "California, a Los Angeles Superior Court judge ruled that the ordinance was "
        "unconstitutional. The 2nd District Court of Appeal upheld the ruling in March.",
        [
            ("A Minnesota appeals court on Monday overturned", "minnctapp"),
            ("a Los Angeles Superior Court judge ruled", "calsuperct"),
            ("The 2nd District Court of Appeal upheld", "calctapp"),
        ],
    ),
    # a sentencing told after its judge; a jury's verdict is the trial court's named before
    # (and never a restated finding); the sentence prosecutors sought is no ruling
    (
        "A federal judge on Thursday sentenced the adviser to 40 months in prison. The "
        "sentence handed down by U.S. District Judge Amy Berman Jackson ended the case. Judge "
        "Jackson said the original sentence sought by prosecutors was excessive. A federal "
        "jury found him guilty of obstruction in November.",
        [
            ("A federal judge on Thursday sentenced", "dcd"),
            ("A federal jury found him guilty", "dcd"),
        ],
    ),
    # "a second federal judge" is the named judge told next, not the other judge described
    # without a name in between
    (
        "A second federal judge on Tuesday blocked the funding freeze. Earlier this month, a "
        "judge in Rhode Island had issued a similar order. U.S. District Judge Loren AliKhan "
        "in Washington issued an administrative stay on Jan. 28.",
        [
            ("A second federal judge on Tuesday blocked", "dcd"),
            ("a judge in Rhode Island had issued", "rid"),
        ],
    ),
    # "the appellate court" after a state's court of appeals is that court, not a circuit
    (
        "The Minnesota Court of Appeals on Monday reversed the conviction of a Minneapolis "
        "man. The appellate court ordered a new trial in Hennepin County District Court.",
        [
            ("The Minnesota Court of Appeals on Monday reversed", "minnctapp"),
            ("The appellate court ordered a new trial", "minnctapp"),
        ],
    ),
    # a county's judge takes the state its own paragraph names, before or after it, not a
    # state of the paragraph before; New York's "state Supreme Court" is its trial court
    (
        "In Georgia, a Fulton County judge tossed the indictment.\n\nA Cook County judge "
        "ruled in March that the law was unconstitutional. The Illinois Supreme Court "
        "reversed that ruling on Thursday.\n\nIn New York, Justice Arthur Engoron of the "
        "state Supreme Court in Manhattan ruled that he had committed fraud.",
        [
            ("a Fulton County judge tossed", "gasuperct"),
            ("A Cook County judge ruled", "illcirct"),
            ("The Illinois Supreme Court reversed", "ill"),
            ("the state Supreme Court in Manhattan ruled", "nysupct"),
        ],
    ),
    # a judge described, then named in commas, whose court the discourse gives: the later
    # "Smithwick's order" is that judge's
    (
        "In a separate case, a federal judge in San Francisco ordered the government to "
        "rehire workers. That judge, Jane Smithwick, called the firings a sham. The Supreme "
        "Court later paused Smithwick's order.",
        [
            ("a federal judge in San Francisco ordered", "cand"),
            ("The Supreme Court later paused", "scotus"),
            ("Smithwick's order", "cand"),
        ],
    ),
    # "Judge Perry's TRO": the judge's name ends at its possessive
    (
        "Judge April Perry of the U.S. District Court for the Northern District of Illinois "
        "issued a temporary restraining order. Judge Perry's TRO was later extended.",
        [("Judge Perry's TRO", "ilnd")],
    ),
    # "the verdict" points back to the jury's
    (
        "A federal jury in Manhattan convicted the former senator of bribery on Tuesday. His "
        "lawyers said they would appeal the verdict.",
        [("A federal jury in Manhattan convicted", "nysd"), ("the verdict", "nysd")],
    ),
    # a pronoun opening its sentence is the last sentence's subject, not the president named
    # in that subject's appositive
    (
        "U.S. District Judge Reed O'Connor in Fort Worth struck down the rule. O'Connor, an "
        "appointee of President George W. Bush, has ruled against Democrats before. In 2018, "
        "he struck down the Affordable Care Act.",
        [("he struck down", "txnd")],
    ),
    # a denial of certiorari told in the present; what it leaves in place is the court
    # below's ruling (here the 5th Circuit's), not the Supreme Court's
    (
        "The 5th Circuit upheld the law in March. The Supreme Court won't hear the appeal, "
        "leaving the ruling in place.",
        [
            ("The Supreme Court won't hear the appeal", "scotus"),
            ("the ruling", "ca5"),
        ],
    ),
    # a dateline's city is where "a federal judge" the article places nowhere else sits (not
    # Washington's, the national desk's); "U.S. District Judge J.P. Boulee" keeps his
    # initials, and "Boulee's order" is his court's
    (
        "ATLANTA — A federal judge on Wednesday dismissed a lawsuit challenging Georgia's "
        "election law. U.S. District Judge J.P. Boulee said the plaintiffs lacked standing. "
        "Boulee's order is the latest twist.",
        [
            ("A federal judge on Wednesday dismissed", "gand"),
            ("Boulee's order", "gand"),
        ],
    ),
    # passives with a complement ("was ruled unconstitutional by") and "was reinstated by"
    (
        "Earlier, the measure was ruled unconstitutional by the Iowa Supreme Court. It was "
        "reinstated by the full court in 2024.",
        [
            ("was ruled unconstitutional by the Iowa Supreme Court", "iowa"),
            ("was reinstated by the full court", "iowa"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), HISTORIES, ids=lambda v: str(v)[:40])
def test_each_ruling_of_a_history_has_its_court(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    found = find(text)
    for words, court in want:
        assert court_of(found, words) == court, words


def test_a_lower_court_no_sentence_names_stays_without_a_court() -> None:
    # Texas has four districts and the article names none: the injunction the 5th Circuit
    # upheld is a ruling of its own, but its court is not guessed (nor taken to be the 5th's)
    found = find(
        "Late Thursday, the U.S. Court of Appeals for the Fifth Circuit upheld a lower "
        "court’s injunction, preventing the law from being enforced."
    )
    assert court_of(found, "Fifth Circuit upheld") == "ca5"
    assert all(m.court != "ca5" for m in found if "injunction" in m.text)


def test_what_a_ruling_grants_is_that_ruling() -> None:
    found = find(
        "U.S. District Judge Victoria Calvert in Atlanta blocked the terminations on Friday. "
        "Judge Calvert's ruling grants a temporary restraining order to the students."
    )
    owned = [m for m in found if "Calvert's ruling" in m.text]
    assert len(owned) == 1 and "temporary restraining order" in owned[0].text


@pytest.mark.parametrize(
    "text",
    [
        # not rulings: the circuit court of a state, a vote to rehear, a request for the
        # full court, the day of judgment
        "She is a judge on the circuit court in Cook County.",
        "The administration asked the full court to rehear the case.",
        "The fans entered judgment day at the stadium on Friday.",
        "The senator's refusal to testify angered the committee.",
        # a judge who is a defendant: no predicate of the judge's own before "and"
        "Prosecutors dropped the sexual abuse charges against U.S. District Judge Samuel Kent "
        "and limited the jail time he could face.",
    ],
)
def test_not_a_ruling(text: str) -> None:
    assert find(text) == []


def test_a_finding_restated_after_the_ruling_is_not_a_new_ruling() -> None:
    text = (
        "U.S. District Judge Amos Mazzant in Sherman, Texas, issued a nationwide preliminary "
        "injunction against the overtime rule on Tuesday. Judge Mazzant found that the "
        "department exceeded its authority. The department may appeal the preliminary "
        "injunction."
    )
    found = find(text)
    assert not any("found" in m.text for m in found)
    assert court_of(found, "issued a nationwide preliminary injunction") == "txed"
    assert court_of(found, "the preliminary injunction") == "txed"


def test_a_finding_of_another_court_is_a_ruling_of_its_own() -> None:
    found = find(
        "A federal judge in Seattle blocked the order in January. The 9th Circuit found on "
        "Friday that the order was unlawful."
    )
    assert court_of(found, "The 9th Circuit found") == "ca9"


def test_a_reviewing_courts_clause_ends_before_the_ruling_it_reviews() -> None:
    found = find(
        "A federal appeals court in New Orleans granted the government a temporary stay of "
        "Judge Doughty’s injunction pending expedited appeal. Judge Terry A. Doughty had "
        "issued the injunction on July 4."
    )
    assert any(m.text.endswith("a temporary stay") for m in found)


def test_a_court_named_inside_a_quotation_is_not_the_narratives_court() -> None:
    found = find(
        "Late Thursday, the 5th U.S. Circuit Court of Appeals upheld the injunction. “For "
        "nearly 150 years, the Supreme Court has recognized that the power to control "
        "immigration is exclusively a federal power,” the court ruled."
    )
    assert court_of(found, "the court ruled") == "ca5"


def test_a_ruling_a_court_may_yet_grant_is_not_one() -> None:
    found = find(
        "U.S. District Judge Amos Mazzant in Sherman, Texas, issued a nationwide preliminary "
        "injunction on Tuesday. The court will eventually rule on whether to grant a "
        "permanent injunction."
    )
    assert not any("permanent injunction" in m.text for m in found)


def test_the_highest_court_of_the_land_is_the_supreme_court() -> None:
    text = "In a ruling of 6 to 3, the highest court of the land said the deportations may go on."
    assert [r.court for r in court_phrases(text)] == ["scotus"]


def test_a_county_circuit_judge_is_a_state_trial_judge() -> None:
    text = "Dane County Circuit Judge Diane Schlipper ruled in December that the law stands."
    refs = court_phrases(text)
    assert refs and refs[0].level == C.LEVEL_STATE
    assert all(m.court is None or not m.court.startswith("ca") for m in find(text))


def test_an_injunction_whose_trial_court_is_not_named_stays_unlinked() -> None:
    # only an appeals court ruled in the article's words: the TRO it reviewed is a district
    # court's the article does not name, never the appeals court's own
    found = find(
        "Just before midnight on Saturday, a three-judge panel of the 9th Circuit Court of "
        "Appeals refused to stay a lower court ruling that had halted the order. That TRO is "
        "legally flawed."
    )
    assert court_of(found, "refused to stay") == "ca9"
    assert not any(m.text == "That TRO" and m.court for m in found)


def test_the_supreme_court_stays_the_us_court_when_the_article_says_so() -> None:
    """ "The Supreme Court" after a state's high court is the U.S. Supreme Court when the
    article names that court as such anywhere, or a second state's high court."""
    text = (
        "The Colorado Supreme Court ruled that Trump was ineligible. The Supreme Court "
        "reversed that ruling in March. The U.S. Supreme Court had heard arguments in February."
    )
    assert court_of(find(text), "The Supreme Court reversed") == "scotus"
    two = (
        "The Colorado Supreme Court ruled on Monday. The Maine Supreme Court ruled on Tuesday. "
        "The Supreme Court reversed both rulings in March."
    )
    assert court_of(find(two), "The Supreme Court reversed") == "scotus"


def test_a_sentence_is_never_a_state_high_courts() -> None:
    """A court of last resort sentences no one: a sentence told after "the New York Court
    of Appeals" is named takes no court from it."""
    text = (
        "A jury convicted the former officer of manslaughter in 2022. He was sentenced to 20 "
        "years in prison. Last week, the New York Court of Appeals overturned the conviction."
    )
    assert court_of(find(text), "was sentenced to 20 years") is None


def test_a_sentence_prosecutors_sought_is_no_ruling() -> None:
    found = find(
        "U.S. District Judge Amy Berman Jackson sentenced him to 40 months. Judge Jackson said "
        "the original sentence sought by prosecutors was excessive."
    )
    assert not any("original sentence" in m.text for m in found)


def test_the_rulings_in_the_plural_point_back_to_the_last_two() -> None:
    """ "The two rulings" after rulings of two courts: found, with no court (either would
    be a guess); after two rulings of one court, that court."""
    two_courts = find(
        "A federal judge in Seattle blocked the order on Monday. The 9th Circuit refused to "
        "lift it on Friday. The two rulings are setbacks for the administration."
    )
    assert court_of(two_courts, "The two rulings") is None
    one_court = find(
        "A federal judge in Seattle blocked the order on Monday. On Friday, U.S. District "
        "Judge John Coughenour in Seattle extended the order. The rulings are setbacks."
    )
    assert court_of(one_court, "The rulings") == "wawd"


def test_the_rulings_of_a_digest_of_several_cases_are_not_one_ruling() -> None:
    """ "Those rulings" after "the court ruled on five cases": several rulings, none of
    them the one a link could show."""
    found = find(
        "The Supreme Court ruled on five cases on Monday. Those rulings touched on tariffs "
        "and water rights. Both of these rulings were unanimous."
    )
    assert not any(m.text.lower() in ("those rulings", "these rulings") for m in found)


def test_the_decisions_of_anyone_are_no_rulings() -> None:
    found = find(
        "A federal judge in Seattle blocked the order on Monday. The decisions of the board "
        "were criticized."
    )
    assert not any("decisions" in m.text for m in found)


def test_a_court_that_wont_hear_a_case_until_later_has_not_ruled() -> None:
    found = find("The Supreme Court won't hear the case until October, the clerk said.")
    assert not any("won't hear" in m.text for m in found)


def test_a_washington_dateline_places_no_judge() -> None:
    found = find("WASHINGTON — A federal judge on Wednesday dismissed the lawsuit.")
    assert court_of(found, "A federal judge on Wednesday dismissed") is None


def test_a_lower_court_decision_an_appeals_court_upheld_is_the_trial_courts() -> None:
    # shaped like a real 2011 story on Arizona's SB 1070 (ocweekly.com)
    text = (
        "A federal appeals court today upheld a lower court decision that blocked the most "
        "contested provisions of Arizona's controversial SB 1070 immigration law from taking "
        "effect.\n\nA three-judge panel of the U.S. Court of Appeals for the 9th Circuit "
        "ruled that a federal judge did not abuse her discretion."
    )
    found = find(text)
    assert court_of(found, "A federal appeals court today upheld") == "ca9"
    # the court below the Ninth Circuit in a state with one federal district
    assert court_of(found, "a lower court decision") == "azd"


def test_a_lower_court_below_an_appeals_court_is_never_that_court() -> None:
    text = (
        "The 5th U.S. Circuit Court of Appeals upheld a lower court ruling on Tuesday. The "
        "5th Circuit's opinion was brief."
    )
    assert court_of(find(text), "a lower court ruling") != "ca5"


@pytest.mark.parametrize(
    ("text", "words", "court"),
    [
        # shaped like a real 2022 CNN story on Texas's investigations of families
        (
            "Attorney General Ken Paxton appealed the injunction in Austin, Texas. The state's "
            "Third Court of Appeals ruled in favor of the civil rights groups Monday.",
            "Third Court of Appeals ruled",
            "texapp",
        ),
        ("The 14th Court of Appeals in Houston ruled Monday.", "14th Court of Appeals", "texapp"),
        (
            "Ohio's 8th District Court of Appeals ruled Monday that the ordinance stands.",
            "8th District Court of Appeals",
            "ohioctapp",
        ),
        # the federal courts keep their own names
        ("The 5th U.S. Circuit Court of Appeals ruled Monday.", "5th U.S. Circuit", "ca5"),
    ],
)
def test_numbered_state_courts_of_appeals(text: str, words: str, court: str) -> None:
    assert court_of(find(text), words) == court


def test_a_federal_judge_by_title_and_name_keeps_her_court_in_a_state_court_story() -> None:
    text = (
        "In Georgia, a Fulton County Superior Court judge struck down the state's abortion "
        "ban. The Georgia Supreme Court later reinstated the law.\n\nU.S. District Judge "
        "Aileen Cannon dismissed the classified documents case in July."
    )
    assert court_of(find(text), "Aileen Cannon dismissed") == "flsd"


@pytest.mark.parametrize(
    ("text", "words", "court"),
    [
        (
            "The Supreme Court on Monday turned away an appeal from Alabama officials. The "
            "justices did not explain their decision.",
            "their decision",
            "scotus",
        ),
        ("The 9th Circuit panel ruled Monday. Their decision ends the case.", "Their decision",
         "ca9"),
    ],
)  # fmt: skip
def test_a_benchs_own_ruling_by_their(text: str, words: str, court: str) -> None:
    assert court_of(find(text), words) == court


def test_their_decision_of_anyone_else_is_no_ruling() -> None:
    found = find("Lawmakers defended their decision on Monday. The Supreme Court ruled 6-3.")
    assert not any("their decision" in m.text for m in found)


@pytest.mark.parametrize(
    ("text", "words", "court"),
    [
        ("Wisconsin's liberal-controlled Supreme Court ruled 4-3 on Tuesday.",
         "liberal-controlled Supreme Court", "wis"),
        ("Ohio's conservative Supreme Court ruled Monday.", "Supreme Court ruled", "ohio"),
        # a verb between is no describing word: the U.S. Supreme Court
        ("Texas asked the Supreme Court to intervene, and the Supreme Court ruled 6-3 on Friday.",
         "the Supreme Court ruled", "scotus"),
    ],
)  # fmt: skip
def test_a_states_supreme_court_described_in_between(text: str, words: str, court: str) -> None:
    assert court_of(find(text), words) == court
