"""Named mentions from real pages, tenth session (issue 13, points 4, 7, 8; branch
s10-named): a state constitution's rights in prose, the U.S. Constitution's powers in prose,
executive orders by their day, topic and ordinal, and captions. Sentences are our own in the
shapes of real pages (short quotes of real sentences where marked)."""

from __future__ import annotations

import pytest

from conftest import mentions


def _const(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text) if m.kind == "constitution"]


@pytest.mark.parametrize(
    ("text", "span", "authority"),
    [
        # the adjective: a state's right "constitutional"
        (
            "The high court found that, based on Montana’s constitutional right to privacy, "
            "the judge did not err.",
            "Montana’s constitutional right to privacy",
            "state:mt:const:2-10",
        ),
        (
            "In Idaho, the magistrate's order violated the state constitutional open courts "
            "provision.",
            "the state constitutional open courts provision",
            "state:id:const:1-18",
        ),
        (
            "The Montana court applied Montana state constitutional equal protection.",
            "Montana state constitutional equal protection",
            "state:mt:const:2-4",
        ),
        (
            "A Montana judge found the plaintiffs were likely to win on the state "
            "constitutional rights of privacy and equal protection.",
            "the state constitutional rights of privacy",
            "state:mt:const:2-10",
        ),
        # the right after the constitution
        (
            "Lawyers said the treatments are not protected by the state Constitution’s right "
            "to individual privacy, the Montana attorney general argued.",
            "the state Constitution’s right to individual privacy",
            "state:mt:const:2-10",
        ),
        (
            "Two justices said the Montana court should have reached the state constitution’s "
            "equal protection clause.",
            "the state constitution’s equal protection clause",
            "state:mt:const:2-4",
        ),
        (
            'The Idaho Supreme Court invoked the Idaho Constitution\'s "Open Courts" provision.',
            'the Idaho Constitution\'s "Open Courts" provision',
            "state:id:const:1-18",
        ),
        (
            "The court cited the Montana Constitution, which provides: “The right of "
            "individual privacy is essential.”",
            "the Montana Constitution, which provides: “The right of individual privacy",
            "state:mt:const:2-10",
        ),
        (
            "The high court based its decision on a clause in the Montana Constitution that "
            "promises an individual right to privacy.",
            "the Montana Constitution that promises an individual right to privacy",
            "state:mt:const:2-10",
        ),
        # the right before it
        (
            "The Montana Supreme Court agreed that the law likely violates the right to privacy "
            "in the state constitution.",
            "the right to privacy in the state constitution",
            "state:mt:const:2-10",
        ),
        # capitalised, and an amendment's name (citizensvoice, StateImpact, 2017)
        (
            "The plan violates the Free and Equal Elections Clause of the Pennsylvania "
            "Constitution.",
            "the Free and Equal Elections Clause of the Pennsylvania Constitution",
            "state:pa:const:1-5",
        ),
        (
            "Pennsylvania’s justices read the Environmental Rights Amendment to the state "
            "constitution broadly.",
            "the Environmental Rights Amendment to the state constitution",
            "state:pa:const:1-27",
        ),
        (
            "In Pennsylvania, the state constitution’s Environmental Rights Amendment is not a "
            "gratuitous statement.",
            "the state constitution’s Environmental Rights Amendment",
            "state:pa:const:1-27",
        ),
        (
            "Voters sued under the free and equal elections clause of the Pennsylvania "
            "Constitution.",
            "the free and equal elections clause of the Pennsylvania Constitution",
            "state:pa:const:1-5",
        ),
    ],
)
def test_a_state_constitutions_right_in_prose(text: str, span: str, authority: str) -> None:
    assert (span, authority) in _const(text)


@pytest.mark.parametrize(
    "text",
    [
        # a state with no row for the right: nothing is guessed
        "The Ohio court relied on Ohio's constitutional right to privacy.",
        # the adjective with no state before it
        "The justices weighed a constitutional right to privacy.",
        # the U.S. Constitution's clause
        "The judge cited the Constitution's equal protection clause.",
    ],
)
def test_no_state_section_is_guessed(text: str) -> None:
    assert all(a is None or not a.startswith("state:") for _, a in _const(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Constitution assigns to Congress the power of the purse, the judge wrote.",
            [("the power of the purse", "const:article:1:section:9")],
        ),
        (
            "The Constitution explicitly gives Congress, not the president, the power of the "
            "purse.",
            [("the power of the purse", "const:article:1:section:9")],
        ),
        # no Constitution in its sentence: politics, not a clause
        ("Democrats said Congress has the power of the purse.", []),
        # the article is the mention already
        (
            "Article I of the Constitution generally gives Congress the power of the purse.",
            [("Article I of the Constitution", "const:article:1")],
        ),
    ],
)
def test_the_power_of_the_purse(text: str, expected: list[tuple[str, str]]) -> None:
    assert _const(text) == expected


def _orders(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


def test_his_travel_ban_is_the_version_in_force() -> None:
    # (nymag, June 2018: "upholding his travel ban on Tuesday"; the third ban was upheld)
    text = "The Supreme Court handed President Trump a win by upholding his travel ban on Tuesday."
    assert _orders(text, "2018-06-27") == [("his travel ban", "proc:9645")]
    # before the second ban there was one
    assert _orders("President Trump's travel ban was blocked.", "2017-02-10") == [
        ("Trump's travel ban", "eo:13769")
    ]
    # undated, or "one version of" it: which version is not said
    assert _orders("President Trump's travel ban was blocked.") == []
    text = "The court has ruled against one version of President Trump's travel ban."
    assert _orders(text, "2017-04-25") == []
    # weeks after a reissue news still tells of both versions: neither is chosen
    assert _orders("President Trump's travel ban was blocked.", "2017-10-20") == []


def test_an_order_the_president_issued_on_his_first_day() -> None:
    # (washexam, 2025: "Trump issued an order on his first day in office declaring an end to
    # birthright citizenship")
    text = (
        "Trump issued an order on his first day in office declaring an end to birthright "
        "citizenship."
    )
    assert _orders(text) == [("Trump issued an order on his first day in office", "eo:14160")]
    # a bare "order" that no president issued is not his
    assert _orders("A judge issued an order on his first day on the bench about citizenship.") == []


def test_the_white_house_is_no_topic() -> None:
    # (dailycaller, 2017: "block the executive order after the White House rolled out a
    # tighter … version"): not the order on a White House initiative for colleges
    text = (
        "Washington state said it would renew its request to block the executive order after "
        "the White House rolled out a tighter version of President Trump's order."
    )
    assert all(a != "eo:13779" for _, a in _orders(text, "2017-03-09"))


def test_an_order_told_by_a_day_relative_to_the_article() -> None:
    # (nymag, June 2018: "the executive order Trump issued last week addressed the ACLU's
    # concerns"): of Trump's orders of the fortnight before, the one whose topic the article
    # names
    text = (
        "A judge ordered an end to family separation at the border. The government argued "
        "that the executive order Trump issued last week addressed the concerns."
    )
    assert _orders(text, "2018-06-26") == [
        ("the executive order Trump issued last week", "eo:13841")
    ]
    # several orders that week and no topic to choose by: a mention without an id, which
    # nothing that refers back to another order can take
    text = "President Trump spoke on Tuesday. Critics said the executive order Trump issued last "
    found = [(m.text, m.authority) for m in mentions(text + "week was cruel.", "2018-06-01")]
    assert found == [("the executive order Trump issued last week", None)]


def _cases(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text) if m.kind == "case"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party the article abbreviates after defining it: the caption with its long form
        (
            "The American Clinical Laboratory Association (“ACLA”) sued the Food and Drug "
            "Administration (“FDA”). In ACLA v. FDA, the court vacated the rule.",
            [("ACLA v. FDA", "American Clinical Laboratory Association v. FDA")],
        ),
        (
            "The National Council of Agricultural Employers (“NCAE” or “Plaintiff”) sued. "
            "The case is NCAE v. Walsh.",
            [("NCAE v. Walsh", "National Council of Agricultural Employers v. Walsh")],
        ),
        # a caption printed with a party's initials after the full caption
        (
            "The court ruled in American Clinical Laboratory Association v. FDA (“ACLA v. "
            "FDA”), a closely watched case. Since ACLA v. FDA, the agency has waited.",
            [
                ("ACLA v. FDA", "American Clinical Laboratory Association v. FDA"),
                (
                    "American Clinical Laboratory Association v. FDA",
                    "American Clinical Laboratory Association v. FDA",
                ),
            ],
        ),
        # an abbreviation the article does not define stays as printed
        ("The suit, ACLU v. Clapper, went on.", [("ACLU v. Clapper", "ACLU v. Clapper")]),
        # "In the Matter of …" is a caption, as "In re …" is
        (
            "The Montana Supreme Court ruled in In the Matter of the Adoption of AWS and KRS "
            "that equal protection applies.",
            [
                (
                    "In the Matter of the Adoption of AWS and KRS",
                    "In the Matter of the Adoption of AWS and KRS",
                )
            ],
        ),
    ],
)
def test_captions(text: str, expected: list[tuple[str, str]]) -> None:
    found = _cases(text)
    assert all(e in found for e in expected)


def test_a_described_order_stops_before_the_caption_that_judged_it() -> None:
    # (gtlaw, 2018: "upheld President Trump's Proclamation on the Travel Ban in Trump v.
    # Hawaii")
    text = (
        "The Supreme Court upheld President Trump’s Proclamation on the Travel Ban in "
        "Trump v. Hawaii."
    )
    found = [(m.text, m.kind, m.authority) for m in mentions(text, "2018-06-27")]
    assert ("Trump v. Hawaii", "case", "cite:585:us:667") in found
    assert ("Trump’s Proclamation on the Travel Ban", "executive-action", "proc:9645") in found


def test_the_day_one_executive_order() -> None:
    # (prospect.org, 2025: "the day one executive order ending disbursement of so-called
    # “Green New Deal” funding under the Inflation Reduction Act")
    text = (
        "Donald Trump’s second term began with pauses. This began with the day one executive "
        "order ending disbursement of so-called “Green New Deal” funding."
    )
    assert ("the day one executive order", "eo:14154") in _orders(text, "2025-01-28")


def test_an_order_told_by_its_weekday() -> None:
    # (rsbnetwork, 2017: "a protracted legal fight ahead over Friday's executive order, by far
    # the most controversial measure President Trump has signed")
    text = (
        "His lawsuit signals a protracted legal fight ahead over Friday’s executive order, by "
        "far the most controversial measure President Trump has signed."
    )
    assert _orders(text, "2017-01-30") == [("Friday’s executive order", "eo:13769")]
    # an article dated by its URL's month alone: the day is not known, nothing is guessed
    assert all(a is None for _, a in _orders(text, "2017-02-01"))


def test_a_saved_articles_address_line_is_no_sentence_of_its_opening() -> None:
    # (internewscast, 2025): the order the opening's second sentence names (WilmerHale) is the
    # one "Trump's executive order" means, also below a "source:" line
    text = (
        "source: https://example.com/2025/judge-halts-order\n\n"
        "The law firm targeted in Donald Trump's latest missive has won a victory. "
        "On Friday, Wilmer Cutler Pickering Hale and Dorr LLP — also known as WilmerHale — "
        "won part of its request for a restraining order against Trump’s executive order "
        "issued the previous day, which accused the firm of misconduct."
    )
    assert ("Trump’s executive order", "eo:14250") in _orders(text, "2025-03-29")


def test_the_order_targeting_a_party_its_topic_names() -> None:
    # (lawfuel, 2025: "Similarly, the order targeting WilmerHale pointed to the firm's
    # connection with Mueller")
    text = (
        "Similarly, the order targeting WilmerHale pointed to the firm's ties to Mueller, "
        "Trump said."
    )
    assert _orders(text, "2025-04-01") == [("order targeting WilmerHale", "eo:14250")]
    # a judge's or a restraining order is no president's
    assert _orders("A restraining order targeting WilmerHale was granted.", "2025-04-01") == []
