"""What refers back to laws, bills and orders, tenth session (issue 13, points 1, 5 and 6):
shapes found on real news pages (``README.md``, "What refers back: signed bills, defined
terms, …"). Each test is a sentence of that shape, made up or a short quote of a real one."""

from __future__ import annotations

from conftest import mentions
from linker.load import date_from_url


def _refs(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority or m.name) for m in mentions(text, date) if m.anaphor]


VAWA = "Violence Against Women Act"


# --- "the bill" of an act whose signing the article tells --------------------------------


def test_the_bill_of_an_act_signed_without_its_number_is_the_act() -> None:
    # "President Obama signed the reauthorization of the Violence Against Women Act …
    # Obama joked that the bill's passage gave him hope …" (a page of 2013, no date given)
    text = (
        "President Obama signed the reauthorization of the Violence Against Women Act on "
        "Thursday. Leahy said the bill's passage was a rare moment of bipartisanship. The "
        "bill also includes new funding for rape kits."
    )
    assert _refs(text) == [("the bill", VAWA), ("The bill", VAWA)]


def test_the_bill_of_an_act_signed_days_before_is_its_reauthorizations_bill() -> None:
    # "President Barack Obama signed into law Thursday the Violence Against Women Act … The
    # bill extends federal aid …" (2013-03-07: S. 47, Pub. L. 113-4)
    text = (
        "President Barack Obama signed into law Thursday the Violence Against Women Act, "
        "ending a battle fought in Congress. The bill extends federal aid to tribal victims. "
        "White House support for the legislation was made clear at an early stage."
    )
    assert _refs(text, "2013-03-07") == [
        ("The bill", "bill:113:s:47"),
        ("the legislation", "publ:113-4"),
    ]


def test_the_reauthorization_needs_the_signing_to_be_days_before() -> None:
    text = (
        "President Barack Obama signed into law the Violence Against Women Act in 2013. "
        "The bill extends federal aid to tribal victims."
    )
    assert _refs(text, "2019-04-04") == [("The bill", VAWA)]


def test_a_year_before_the_bill_is_the_original_act() -> None:
    # "Vice President Biden -- the original sponsor of the 1994 bill -- said …"
    text = (
        "President Obama on Thursday signed into law a bill to reauthorize and expand the "
        "Violence Against Women Act. Vice President Biden, the original sponsor of the 1994 "
        "bill, spoke first."
    )
    assert _refs(text, "2013-03-08") == [("the 1994 bill", VAWA)]


def test_an_article_that_numbers_its_bill_keeps_it() -> None:
    # "signed into law S. 47, the “Violence Against Women Reauthorization Act of 2013,” which
    # reauthorizes … the Violence Against Women Act … Because of this bill, …"
    text = (
        "Today, the President signed into law S. 47, the “Violence Against Women "
        "Reauthorization Act of 2013,” which reauthorizes several Violence Against Women Act "
        "grant programs. Reauthorizing the Violence Against Women Act is something I called "
        "for. Because of this bill, we keep the protections."
    )
    assert ("this bill", "bill:113:s:47") in _refs(text, "2013-03-07")


def test_the_bill_is_not_an_act_whose_signing_is_not_told() -> None:
    text = (
        "The Violence Against Women Act funds shelters across the country. Advocates said "
        "the bill would not pass this year."
    )
    assert _refs(text, "2019-04-04") == []


def test_the_proposal_is_the_bill_of_an_act_whose_bill_is_known() -> None:
    # "But the PACT Act, which the president called on Congress to take up last year, almost
    # didn’t make it to his desk for a signature. The proposal had faced uncertainty in the
    # Senate"
    text = (
        "Biden signed the PACT Act on Wednesday. But the PACT Act almost didn’t make it to "
        "his desk. The proposal had faced uncertainty in the Senate."
    )
    assert _refs(text, "2022-08-10") == [("The proposal", "bill:117:s:3373")]


# --- a law named in a list's item -------------------------------------------------------------


def test_a_law_named_in_a_list_item_does_not_take_the_articles_law() -> None:
    # Axios, 2018: "The new law will: … • Make the 2010 Fair Sentencing Act retroactive …
    # The big picture: This law will only impact the 180,789 people …"
    text = (
        "President Trump has signed the First Step Act into law.\n\n"
        "The new law will send thousands of inmates home. The new law will:\n"
        "  • Outlaw shackling during childbirth.\n"
        "  • Make the 2010 Fair Sentencing Act retroactive.\n\n"
        "The big picture: This law will only impact people in federal prisons."
    )
    assert ("This law", "publ:115-391") in _refs(text, "2018-12-21")


# --- an order told without its number -------------------------------------------------------


def test_an_order_told_since_without_its_number_takes_the_owners_phrase() -> None:
    # "President Obama issued Executive Order 13496 (the “Order”). … Last week, President
    # Obama signed an executive order prohibiting all federal employees from text messaging
    # … President Obama’s order does not effect private employers"
    text = (
        "President Obama issued Executive Order 13496 in January. Last week, President Obama "
        "signed an executive order prohibiting federal employees from text messaging while "
        "driving. While President Obama’s order does not affect private employers, it urges "
        "contractors to follow it."
    )
    assert _refs(text, "2009-10-08") == []


def test_a_similar_order_told_to_compare_leaves_the_order() -> None:
    # "Trump issued a similar order during his first term … argued that the order was
    # illegal"
    text = (
        "Trump signed Executive Order 14183 in January. Trump issued a similar order during "
        "his first term. Plaintiffs argued that the order was illegal."
    )
    assert _refs(text, "2025-03-18") == [("the order", "eo:14183")]


# --- dates in archive paths ---------------------------------------------------------------------


def test_a_url_with_the_month_by_name_gives_the_date() -> None:
    url = "https://www.latimes.com/politics/la-xpm-2013-mar-07-la-pn-obama-violence-20130307-story.html"
    assert date_from_url(url) == "2013-03-07"
    assert date_from_url("https://example.com/2021/11/15/story") == "2021-11-15"
    assert date_from_url("https://example.com/story-2013-may") is None


# --- what is no new law and no phrase ---------------------------------------------------------


def test_a_measure_of_something_is_no_new_law() -> None:
    # "… everybody should be able to pursue their own measure of happiness … The Senate passed
    # the bill on a bipartisan 78-22 vote."
    text = (
        "President Barack Obama signed into law Thursday the Violence Against Women Act. "
        "“Everybody should be able to pursue their own measure of happiness,” Obama said. "
        "The Senate passed the bill on a bipartisan 78-22 vote."
    )
    assert _refs(text, "2013-03-07") == [("the bill", "bill:113:s:47")]


def test_that_before_a_verb_opens_no_phrase() -> None:
    # "A primary concern of conservative opponents of the bill had been a provision that
    # changes tribal law to allow tribal courts to try nonnatives."
    text = (
        "President Obama signed the Violence Against Women Act on Thursday. Opponents had "
        "fought a provision that changes tribal law to allow tribal courts to try nonnatives."
    )
    assert _refs(text, "2013-03-07") == []


# --- a signing story that names its bill late ----------------------------------------------------


_SIGNING_STORY = (
    "Biden signs bill to help war veterans exposed to toxic burn pits\n\n"
    "President Biden on Wednesday signed into law long-awaited legislation to expand health "
    "care access for veterans. He was joined by activists like Jon Stewart, who long fought "
    "to get the law passed.\n\n"
    "“I was gonna get this done come hell or high water,” Biden said. "
    + "The pits were commonly used by soldiers to incinerate waste. "
    * 14
    + "\n\nThe president was joined by the family of Sgt. 1st Class Heath Robinson, for whom "
    "the bill is named.\n\n"
    "Last week, the Senate voted 86-11 to pass the Honoring Our Promise to Address "
    "Comprehensive Toxics Act, or PACT Act."
)


def test_a_signing_story_refers_ahead_to_the_bill_it_names_late() -> None:
    # Yahoo, 2022: "… who long fought to get the law passed … for whom the bill is named …
    # Last week, the Senate voted 86-11 to pass the Honoring Our Promise to Address
    # Comprehensive Toxics Act, or PACT Act"
    assert _refs(_SIGNING_STORY) == [("the law", "publ:117-168"), ("the bill", "bill:117:s:3373")]


def test_without_a_signing_in_the_opening_nothing_refers_that_far_ahead() -> None:
    text = (
        _SIGNING_STORY.replace("signs bill", "praises bill")
        .replace("signed into law", "praised")
        .replace("the law passed", "the law through")
    )
    assert _refs(text) == []


def test_the_act_as_a_senator_is_the_act() -> None:
    # "Accompanied by Vice President Joe Biden, who first introduced the act as a senator 19
    # years ago, Obama emphasized the bill’s new services."
    text = (
        "President Barack Obama signed into law Thursday the Violence Against Women Act. "
        "Biden, who first introduced the act as a senator 19 years ago, spoke."
    )
    assert ("the act", VAWA) in _refs(text, "2019-01-01")


def test_a_year_names_the_reauthorization_of_that_year() -> None:
    # fism.tv, 2022: "Perhaps the most notable addition to the 2022 act is a measure that …"
    text = (
        "Biden signed the reauthorization of the Violence Against Women Act on Tuesday. The "
        "most notable addition to the 2022 act is a measure on revenge pornography."
    )
    assert ("the 2022 act", "publ:117-103") in _refs(text)


def test_the_proposal_in_the_paragraph_after_a_blank_line() -> None:
    # ABC, 2022: "But the PACT Act … almost didn’t make it to his desk for a signature.\n\nThe
    # proposal had faced uncertainty in the Senate"
    text = (
        "Biden signed the PACT Act on Wednesday. But the PACT Act almost didn’t make it to "
        "his desk.\n\nThe proposal had faced uncertainty in the Senate."
    )
    assert _refs(text, "2022-08-10") == [("The proposal", "bill:117:s:3373")]


# --- second batch of pages: what was signed, "that law", "the new law" --------------------------


def test_the_law_being_signed_is_the_one_whose_signing_is_told() -> None:
    # FBA News, 2022: "The law overturns the 1996 Defense of Marriage Act, which prohibited …
    # Biden said in signing the law: “Today, I sign the Respect for Marriage Act into law.”"
    text = (
        "President Biden signed the Respect for Marriage Act into law at a Tuesday White "
        "House ceremony. The law overturns the 1996 Defense of Marriage Act, which prohibited "
        "the federal government from recognizing such marriages.\n\nBiden said in signing the "
        "law: “Today is a good day.”"
    )
    assert _refs(text, "2022-12-15")[-1] == ("the law", "publ:117-228")


def test_that_law_is_the_one_the_sentence_before_named() -> None:
    # HuffPost, 2015: "ESSA gives more power to states than its predecessor. NCLB emphasized
    # standardized testing … Under that law, the federal government designed …"
    text = (
        "President Barack Obama signed the Every Student Succeeds Act into law Thursday. It "
        "replaces the No Child Left Behind Act (NCLB). Obama hailed the new law. ESSA gives "
        "more power to states than its predecessor. NCLB emphasized standardized testing. "
        "Under that law, the federal government designed an accountability system."
    )
    assert ("that law", "publ:107-110") in _refs(text)


def test_the_new_law_is_not_the_old_one_it_replaced() -> None:
    # IBTimes, 2015: "President Barack Obama signed the Every Student Succeeds Act into law
    # Thursday, marking the end of … No Child Left Behind Act. The new legislation, which
    # passed by overwhelming majorities …"
    text = (
        "President Barack Obama signed the Every Student Succeeds Act into law Thursday, "
        "marking the end of former President George W. Bush’s No Child Left Behind Act. The "
        "new legislation, which passed by overwhelming majorities, brings sweeping reforms."
    )
    assert _refs(text) == [("The new legislation", "publ:114-95")]


def test_the_bill_of_the_every_student_succeeds_act() -> None:
    text = (
        "President Obama signed the Every Student Succeeds Act on Thursday. This bill makes "
        "long overdue fixes to the last education law."
    )
    assert ("This bill", "bill:114:s:1177") in _refs(text, "2015-12-10")


# --- a bill's number without its period, in brackets after "bill" -------------------------------


def test_a_senate_bill_without_its_period_in_brackets_after_bill() -> None:
    # National Partnership, 2013: "President Obama on Thursday signed into law a bill (S 47) to
    # reauthorize and expand the Violence Against Women Act … The measure authorizes …"
    text = (
        "President Obama on Thursday signed into law a bill (S 47) to reauthorize and expand "
        "the Violence Against Women Act. The measure authorizes $660 million a year."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2013-03-08") if m.kind == "bill"]
    assert found == [("S 47", "bill:113:s:47"), ("The measure", "bill:113:s:47")]
    other = "Room S 47 of the Capitol was full. The S 47 bus was late."
    assert [m for m in mentions(other, "2013-03-08") if m.kind == "bill"] == []


def test_the_ledes_unnamed_measure_restates_the_headlines_act() -> None:
    # The Hill, 2025: "Trump signs the Laken Riley Act into law as his first piece of
    # legislation\nPresident Donald Trump on Wednesday signed an immigration detention measure
    # into law … The House gave its final approval of the bill …"
    text = (
        "Trump signs the Laken Riley Act into law as his first piece of legislation\n"
        "President Donald Trump on Wednesday signed an immigration detention measure into law, "
        "marking his first legislative win. The House gave its final approval of the bill in a "
        "263-156 vote. The measure also passed the Senate on Monday."
    )
    refs = _refs(text, "2025-01-29")
    assert refs == [("the bill", "bill:119:s:5"), ("The measure", "publ:119-1")]


def test_a_measure_signed_later_in_the_story_is_another_law() -> None:
    text = (
        "Trump signs the Laken Riley Act into law\n"
        "The president signed the act on Wednesday. "
        + "Officials described how detention would work. " * 14
        + "In March he signed a spending measure into law. The measure funds agencies."
    )
    assert ("The measure", "publ:119-1") not in _refs(text, "2025-03-20")
