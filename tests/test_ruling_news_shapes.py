"""Rulings in the shapes real news pages print them (issue 13, points 1 and 3, eighth
session): a state's appeals court named by its state ("A Florida appeals panel"), a federal
appeals court that is never a state's, wire copy's bare weekday ("A federal judge Tuesday
blocked"), a split state supreme court, circuit judges named by name. The sentences are our
own, in the shape of real news; each row names the court a reader would expect and a piece of
the span (None: a ruling whose court the text does not support)."""

from __future__ import annotations

import pytest

from conftest import rulings
from linker import courts as C

SHAPES = [
    # a state's appeals court named by its state is that state's court, never the circuit
    (
        "A New York appeals court has revived the defamation suit of a former official.",
        "nyappdiv",
        "A New York appeals court has revived",
    ),
    (
        "A Florida appeals panel on Friday threw out a $12 million judgment against the maker.",
        "fladistctapp",
        "A Florida appeals panel on Friday threw out",
    ),
    (
        "A Michigan appellate panel reversed the verdict on Monday.",
        "michctapp",
        "A Michigan appellate panel reversed",
    ),
    (
        "A Pennsylvania appeals panel has ordered a new trial over the patient's claims.",
        None,
        "A Pennsylvania appeals panel has ordered a new trial",
    ),
    # "a state appeals court" in a story about one state: that state's court of appeals
    (
        "The prosecutor may keep her pension while serving on the Superior Court of New Jersey, "
        "a state appeals court ruled Thursday.",
        "njsuperctappdiv",
        "a state appeals court ruled",
    ),
    (
        "In Pennsylvania, mail voters may cast provisional ballots, a split state Supreme Court "
        "ruled late Wednesday.",
        "pa",
        "split state Supreme Court ruled",
    ),
    # wire copy's bare weekday between the court and its verb
    (
        "A federal judge in Oregon Tuesday blocked the deployment.",
        "ord",
        "A federal judge in Oregon Tuesday blocked",
    ),
    ("The 4th Circuit Thursday upheld the injunction.", "ca4", "4th Circuit Thursday upheld"),
    (
        "A federal appeals court Tuesday upheld the agency's limits on mercury.",
        None,
        "A federal appeals court Tuesday upheld",
    ),
    # a ruling noun whose own court follows it, whatever its determiner
    (
        "The 4th Circuit declined to lift an order from a Maryland federal judge.",
        "mdd",
        "an order from a Maryland federal judge",
    ),
    (
        "The ban stays on hold because of an opinion from a federal judge in Hawaii.",
        "hid",
        "an opinion from a federal judge in Hawaii",
    ),
    # a county's trial judge takes the dateline's state
    (
        "TALLAHASSEE, Fla. – A Leon County circuit judge has turned down a request for a "
        "temporary injunction against the education law.",
        "flacirct",
        "A Leon County circuit judge has turned down",
    ),
    # a bench is "they" in the sentence after it; a vote "10 to 3" is a vote
    (
        "A three-judge panel of the 9th Circuit upheld the conviction. They ruled that the trial "
        "judge had handled the case properly.",
        "ca9",
        "They ruled",
    ),
    (
        "The 4th Circuit ruled Thursday. In its 10 to 3 decision, the court said the power is "
        "not absolute.",
        "ca4",
        "its 10 to 3 decision",
    ),
    # where the court said it, and what it published
    (
        "A three-judge 9th Circuit panel turned down the request. The three judges wrote in a "
        "joint opinion that the order went too far.",
        "ca9",
        "The three judges wrote in a joint",
    ),
    (
        "The 9th Circuit upheld the order. In an unsigned opinion, the panel rejected the "
        "government's arguments.",
        "ca9",
        "an unsigned opinion",
    ),
    (
        "California's First Appellate District issued a decision on February 16 in the case.",
        "calctapp",
        "California's First Appellate District issued a decision",
    ),
    (
        "The ban stays on hold because of a separate opinion from a federal judge in Hawaii.",
        "hid",
        "a separate opinion from a federal judge in Hawaii",
    ),
    # a judge named by the state alone is that state's (no dateline's federal district)
    (
        "LITTLE ROCK, Ark. (AP) — An Arkansas judge has temporarily blocked the state from "
        "enforcing the law.",
        "arkcirct",
        "An Arkansas judge has temporarily blocked",
    ),
    (
        "A Texas judge blocked the approval on Friday.\n\nU.S. District Judge Matthew "
        "Kacsmaryk wrote that the agency erred.",
        "txnd",
        "A Texas judge blocked",
    ),
    # a list of a court's orders, its items opening on the verbs
    (
        "WASHINGTON (AP) — The Supreme Court turned away hundreds of appeals on Monday. Among "
        "the highlights, the court:\n— Left in place a ruling against the city.\n— Declined to "
        "hear an appeal from a former player.",
        "scotus",
        "Declined to hear an appeal",
    ),
    # a court that did as the ruling before it; a court agreeing with a party
    (
        "A federal judge in Texas halted the rule nationwide, as did the U.S. Circuit Court of "
        "Appeals for the Fifth Circuit.",
        "ca5",
        "as did the U.S. Circuit Court of Appeals",
    ),
    (
        "While the U.S. District Court for the Southern District of New York agreed with the "
        "foundation, the appeals court reversed.",
        "nysd",
        "agreed with the foundation",
    ),
    # "The judgment of <court>", a date abbreviated before the noun
    (
        "The Supreme Court ruled Friday. The judgment of the D.C. Circuit is vacated, the chief "
        "justice wrote.",
        "cadc",
        "The judgment of the D.C. Circuit",
    ),
    # circuit and district judges by name
    (
        "On Thursday, Judge Nusrat Choudhury ruled against the county.",
        "nyed",
        "Judge Nusrat Choudhury ruled",
    ),
    (
        "Judge Andrew Oldham wrote the opinion. Judge Don Willett dissented. The panel blocked "
        "the rule.",
        "ca5",
        "The panel blocked",
    ),
]


@pytest.mark.parametrize(("sentence", "court", "span_part"), SHAPES)
def test_rulings_in_the_shapes_news_prints(
    sentence: str, court: str | None, span_part: str
) -> None:
    found = rulings(sentence)
    assert any(span_part in m.text and m.court == court for m in found), found


def test_a_federal_appeals_court_is_never_a_states_court() -> None:
    text = (
        "An Ohio appeals court declared Tuesday that part of the law is unconstitutional. "
        "A federal appeals court in a 2-1 decision Monday declined to block the judge's order."
    )
    fed = [m for m in rulings(text) if m.text.startswith("A federal appeals court")]
    assert fed and fed[0].court is None, rulings(text)
    ohio = [m for m in rulings(text) if m.text.startswith("An Ohio appeals court")]
    assert ohio and ohio[0].court == "ohioctapp"


def test_a_city_before_appeals_court_is_still_the_federal_circuit() -> None:
    found = rulings("A San Francisco appeals court blocked the rule on Friday.")
    assert found and found[0].court == "ca9", found


@pytest.mark.parametrize(
    ("postal", "court"),
    [("FL", "fladistctapp"), ("NY", "nyappdiv"), ("NJ", "njsuperctappdiv"), ("TX", "texapp"),
     ("CO", "coloctapp"), ("PA", None), ("AL", None), ("TN", None), ("DE", None)],
)  # fmt: skip
def test_a_states_court_of_appeals_is_one_id_or_none(postal: str, court: str | None) -> None:
    assert C.state_appeals_court(postal) == court


NOT_RULINGS = [
    "Justice Elena Kagan agreed, writing separately.",
    "They found a Trump-appointed district court judge who agreed with them.",
    "He left the judgment of history to others.",
    "The senators voted no, as did the mayor.",
    "The agenda, as the court clerk listed it:\n— Left in place the old rules.",
    "Among the plans, the mayor:\n— Declined to hear new complaints.",
    "In a separate opinion, Justice Thomas said the law stands.",
    "The 9th Circuit heard arguments in May. They blocked the road on Friday.",
    "The senators met in May. They ruled out a vote.",
    "The order from the White House came on Monday.",
    "A federal judge Tuesday said she would rule soon.",
    "The Florida appeals panel will hear arguments in March.",
]


@pytest.mark.parametrize("sentence", NOT_RULINGS)
def test_the_same_words_elsewhere_are_no_ruling(sentence: str) -> None:
    assert rulings(sentence) == []


def test_an_order_someone_else_issued_is_what_the_order_means() -> None:
    text = (
        "A federal judge on Thursday denied the county's request to enforce its policy.\n\n"
        "County Executive Jane Roe issued an order in February that denies permits to the "
        "teams. The attorney general told her to rescind the order."
    )
    assert all(m.text != "the order" for m in rulings(text)), rulings(text)


def test_a_judges_order_is_no_state_appeals_courts() -> None:
    text = (
        "An Ohio appeals court declared Tuesday that part of the law is unconstitutional. "
        "Officials asked the governor to reverse a judge's order on Monday."
    )
    assert all(m.court != "ohioctapp" for m in rulings(text) if "judge" in m.text)


def test_the_object_of_a_reviewing_clause_is_not_what_the_ruling_means() -> None:
    text = (
        "The 4th Circuit declined to lift an order from a Maryland federal judge, who ruled "
        "against the ban in March. The ruling means the travelers can keep entering."
    )
    found = {m.text: m.court for m in rulings(text)}
    assert found.get("The ruling") == "ca4", found


def test_below_a_states_court_of_appeals_is_its_trial_court() -> None:
    text = (
        "SACRAMENTO - California's Third District Court of Appeal has sided with the agency in "
        "the case of Agency v. Superior Court (Chamber).\n\nThe court held that the rules took "
        "effect in July. Today's decision restores the agency's power and overturns a lower "
        "court decision.\n\nIn June, a lower court ordered the agency to pause its rules. The "
        'order applied to drafts too.\n\n"We are pleased with the decision," the director '
        "said."
    )
    found = {m.text: m.court for m in rulings(text)}
    assert found.get("a lower court decision") == "calsuperct", found
    assert any(
        t.startswith("a lower court ordered") and c == "calsuperct" for t, c in found.items()
    )
    assert found.get("The order") == "calsuperct", found
    assert found.get("the decision") == "calctapp", found
