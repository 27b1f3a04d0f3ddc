"""Which court, eleventh session (issue 13, point 3): rulings found with the wrong court on
real pages that tell a case through several courts. A judge told of without a name is never
a justice of the state's court of last resort; "the justices" are never a trial court's or a
court of appeals'; a "U.S. District Judge" is never a state court's; a state's high court
that reviews "a judge's ruling" or "the trial court ruling" makes it that state's trial court
(none where courts-db has no single id), never the dateline's federal district; an appeals
court in a sentence that names the state's supreme court is the state's, never the federal
circuit of that state; a county's name says no state on a page that names none. The sentences
are our own, in the shape of the real ones; each row names the court a reader would expect
(None: one the text does not support) and a piece of the span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at

SHAPES = [
    # an unnamed judge reviewed by the state's high court: that state's trial court
    (
        "The Arkansas Supreme Court on Thursday upheld the vote on the school law, rejecting a "
        "judge's ruling that had questioned how laws take effect.",
        "arkcirct",
        "a judge's ruling",
    ),
    (
        "The Georgia Supreme Court on Monday reversed a judge's order that had halted the "
        "county's new voting rules.",
        "gasuperct",
        "a judge's order",
    ),
    # … and where courts-db has no single id for it, no court rather than the high court or
    # the dateline's federal district
    (
        "RALEIGH, N.C. (AP) — The state Supreme Court said Friday it would review the trial "
        "court ruling that upheld the 2016 law giving the superintendent more power.",
        None,
        "trial court ruling",
    ),
    (
        "HARRISBURG, Pa. — The Pennsylvania Supreme Court reinstated the map on Tuesday. A "
        "state judge had struck down the map last month.",
        None,
        "A state judge had struck down",
    ),
    # "the justices" are a court of last resort's, never the trial court named before them
    (
        "RALEIGH, N.C. (AP) — North Carolina's top court has agreed to hear the suit over the "
        "school board law after a trial court upheld it. The justices ordered the case moved "
        "up on Friday.",
        "nc",
        "The justices ordered",
    ),
    # an appeals court in a sentence that names the state's supreme court: the state's
    (
        "NASHVILLE, Tenn. — The attorney general has asked the Tennessee Supreme Court to "
        "review an appeals court ruling that struck down the fee on Friday.",
        None,
        "an appeals court ruling",
    ),
    (
        "The state has filed an appeal with the state Supreme Court after an appeals court in "
        "Knoxville ruled the fee unconstitutional.",
        None,
        "an appeals court in Knoxville ruled",
    ),
    # a court of criminal appeals is a state's: Tennessee's and Alabama's intermediate
    # courts, Texas's and Oklahoma's courts of last resort in criminal cases
    (
        "NASHVILLE, Tenn. (AP) — The state attorney general has appealed. Last month, the "
        "Court of Criminal Appeals in Knoxville ruled that the $250 fee is unconstitutional.",
        "tenncrimapp",
        "the Court of Criminal Appeals in Knoxville ruled",
    ),
    (
        "The Tennessee Court of Criminal Appeals ruled on Friday that the blood test fee "
        "violates due process.",
        "tenncrimapp",
        "The Tennessee Court of Criminal Appeals ruled",
    ),
    (
        "The Texas Court of Criminal Appeals on Monday halted the execution of a man convicted "
        "in 2003.",
        "texcrimapp",
        "The Texas Court of Criminal Appeals on Monday halted",
    ),
    (
        "MONTGOMERY, Ala. — The Court of Criminal Appeals upheld the sentence on Friday.",
        "alacrimapp",
        "The Court of Criminal Appeals upheld",
    ),
    # "the state Court of Appeals": the state's intermediate court, never its supreme court
    (
        "ATLANTA — The Georgia Supreme Court agreed on Monday to hear the appeal. The state "
        "Court of Appeals had ruled in March that the stop was illegal.",
        "gactapp",
        "Court of Appeals had ruled",
    ),
    # "the district court" of a story about one state with one district, whose circuit the
    # story names
    (
        "The United States sued Idaho over its abortion law. The district court entered a "
        "preliminary injunction, Idaho appealed, and the case went to the Ninth Circuit. Idaho "
        "asked the Ninth Circuit to stay the district court's order.",
        "idd",
        "the district court's order",
    ),
    # "Circuit Court Judge …" after a federal court of appeals, in a story with no state
    # court: that court's judge
    (
        "BOSTON (AP) — A three-judge panel of the First Circuit Court of Appeals on Friday upheld "
        "the order blocking the cuts. Circuit Court Judge Julie Rickelman said in a panel ruling "
        "that the agency had failed to explain itself.",
        "ca1",
        "Circuit Court Judge Julie Rickelman said",
    ),
    # a state's numbered judicial district, past ninety-nine: a state trial judge (Texas's
    # district courts, CourtListener's texdistct: sixteenth session)
    (
        "EL PASO, Texas — 205th District Judge Francisco Dominguez of El Paso ruled Tuesday that "
        "the attorney general could not shut down the shelter.",
        "texdistct",
        "District Judge Francisco Dominguez",
    ),
    # "its": the court its clause names, not the court of the ruling told before
    (
        "A federal judge in San Francisco struck down the ban on Wednesday. The judge said he "
        "would wait for the 9th Circuit to render its decision before the ruling takes effect.",
        "ca9",
        "its decision",
    ),
]


def test_its_after_an_act_of_review_is_not_the_reviewing_court() -> None:
    text = (
        "The Ninth Circuit ruled for the city in 2022. Last year the Supreme Court vacated and "
        "remanded its prior decision in light of the new test."
    )
    found = [m for m in rulings(text) if m.text.startswith("its")]
    assert all(m.court != "scotus" for m in found), [(m.text, m.court) for m in found]


def test_a_county_circuit_court_judge_stays_the_states() -> None:
    text = (
        "The 11th Circuit heard the case in May. Miami-Dade Circuit Court Judge Jose Rodriguez "
        "ruled on Monday that the county ordinance was valid."
    )
    found = rulings_at(text, "Jose Rodriguez")
    assert all(m.court != "ca11" for m in found), [(m.text, m.court) for m in found]


def test_a_state_district_court_is_not_the_federal_one() -> None:
    # Idaho's trial courts are district courts too: no circuit named, no federal court
    text = (
        "A group of doctors sued Idaho over its abortion law in Ada County. The district court "
        "ruled on Friday that the law's exceptions are too narrow."
    )
    assert all(m.court != "idd" for m in rulings(text)), [(m.text, m.court) for m in rulings(text)]


def test_a_military_court_of_criminal_appeals_is_no_states() -> None:
    text = (
        "NASHVILLE, Tenn. — The Army Court of Criminal Appeals upheld the soldier's conviction "
        "on Tuesday."
    )
    assert all(m.court != "tenncrimapp" for m in rulings(text))


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    if court is None:
        # no court: the mention may be left out, but never given a court
        assert all(m.court is None for m in found), [(m.text, m.court) for m in found]
        return
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court, [(m.text, m.court) for m in found]


def test_a_us_district_judge_is_never_a_county_court() -> None:
    text = (
        "The state Supreme Court barred a Montgomery County judge from the custody case. In a "
        "one-paragraph order Tuesday, U.S. District Judge Marvin Katz wrote that the "
        "prosecutors must retry the man within 90 days. Katz's ruling will be appealed."
    )
    found = rulings(text)
    assert all(m.court not in ("alacirct", "pasuperct") for m in found), [
        (m.text, m.court) for m in found
    ]
    assert not [
        m for m in found if "Katz" in m.text and m.court is not None and not m.court.endswith("d")
    ]


def test_a_county_name_says_no_state_on_a_page_that_names_none() -> None:
    text = (
        "The state Supreme Court has barred a Montgomery County judge from hearing the custody "
        "dispute. The high court issued the order last week. The justices did not state a "
        "reason."
    )
    found = rulings(text)
    assert all(m.court is None for m in found), [(m.text, m.court) for m in found]


def test_a_county_judge_in_an_alabama_story_stays_alabamas() -> None:
    text = (
        "MONTGOMERY, Ala. (AP) — A Montgomery County judge ruled Tuesday that the state's "
        "new ethics law cannot be enforced against the mayor."
    )
    found = rulings_at(text, "A Montgomery County judge ruled")
    assert found and found[0].court == "alacirct", [(m.text, m.court) for m in rulings(text)]


def test_a_named_judge_of_the_state_high_court_keeps_it() -> None:
    # a judge named by name may sit on a court of last resort (New York's judges do)
    text = (
        "The New York Court of Appeals ruled 4-3 on Tuesday. Judge Rowan Wilson wrote the "
        "majority opinion, which reverses the Appellate Division."
    )
    found = rulings_at(text, "The New York Court of Appeals ruled")
    assert found and found[0].court == "ny", [(m.text, m.court) for m in rulings(text)]


def test_the_decision_appealed_to_the_high_court_is_not_the_high_courts() -> None:
    text = (
        "AUSTIN, Texas — The Texas Supreme Court on Friday sided with the attorney general, "
        "reversing a July ruling by 205th District Judge Francisco Dominguez of El Paso. The "
        "attorney general had appealed the decision directly to the high court."
    )
    found = [m for m in rulings(text) if m.text == "the decision"]
    assert all(m.court != "tex" for m in found), [(m.text, m.court) for m in found]


def test_a_supreme_court_ruling_is_never_the_one_appealed() -> None:
    text = (
        "The Supreme Court ruled in 2022 that the permit rule was too strict. The county "
        "appealed the decision on Monday."
    )
    found = [m for m in rulings(text) if m.text == "the decision"]
    assert all(m.court != "scotus" for m in found), [(m.text, m.court) for m in found]


def test_a_circuit_judge_of_a_county_court_story_is_the_states() -> None:
    text = (
        "LITTLE ROCK — A Pulaski County circuit judge on Tuesday blocked the new ballot law. "
        "Circuit Judge Mary McGowan issued the ruling in a lawsuit filed by the American Civil "
        "Liberties Union of Arkansas."
    )
    found = rulings_at(text, "Circuit Judge Mary McGowan issued")
    assert found and found[0].court == "arkcirct", [(m.text, m.court) for m in rulings(text)]


def test_a_us_circuit_judge_keeps_the_federal_court() -> None:
    text = (
        "A Pulaski County circuit judge blocked the law last year. On Monday the 8th Circuit "
        "reversed. Circuit Judge Jane Kelly wrote the opinion for the panel."
    )
    found = rulings_at(text, "the 8th Circuit reversed")
    assert found and found[0].court == "ca8", [(m.text, m.court) for m in rulings(text)]
    assert all(m.court == "ca8" for m in rulings(text) if "Kelly" in m.text)


def test_one_states_county_keeps_its_state() -> None:
    # Los Angeles County is California's alone (shared_county_names.csv lists it under no
    # other state): the county says the state even when the page names none
    text = "A Los Angeles County Superior Court judge ruled on Friday that the fee was void."
    found = rulings(text)
    assert [m.court for m in found] == ["calsuperct"], [(m.text, m.court) for m in found]


def test_the_county_table_lists_shared_names_only() -> None:
    from linker import courts as C

    assert {"AL", "MD", "PA"} <= C.county_states("Montgomery")
    assert C.county_states("Los Angeles") == frozenset()
    assert C.county_states("Travis") == frozenset()


def test_a_commonwealth_court_judge_is_pennsylvanias() -> None:
    text = (
        "HARRISBURG, Pa. — A state judge has struck down the law requiring voters to show photo "
        "identification. Commonwealth Court Judge Bernard McGinley said the requirement places "
        "an unreasonable burden on the right to vote. The decision is expected to be appealed."
    )
    found = rulings(text)
    assert found and all(m.court == "pacommwct" for m in found), [(m.text, m.court) for m in found]


def test_a_briefs_own_dateline_gives_its_district() -> None:
    text = (
        "Judge rules felon gun ban unconstitutional\n"
        "A federal judge in West Texas ruled Monday that the ban is unconstitutional.\n\n"
        "Court strikes farm trespass law\n"
        "DES MOINES, Iowa — A federal judge has struck down the state's farm trespass law, "
        "finding once again that it violates free speech rights.\n\n"
        "Election law struck down\n"
        "A federal judge in Little Rock has declared six sections of the election law "
        "unconstitutional."
    )
    found = rulings_at(text, "A federal judge has struck down")
    assert found and found[0].court == "iasd", [(m.text, m.court) for m in rulings(text)]
