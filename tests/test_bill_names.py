"""A bill's several names are one bill (issue 13, point 6): a short name the article defines,
its repetitions, the number beside one of them, and names said to be not law yet."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str = "2024-05-01") -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.authority) for m in mentions(text, date)]


def test_a_short_name_in_parentheses_and_the_number_beside_it() -> None:
    text = (
        "Rep. Ed Perlmutter introduced the Secure and Fair Enforcement Banking Act (SAFE "
        "Banking Act), H.R. 1996, in March. The SAFE Banking Act passed the House 321-101. "
        "The measure would protect banks that serve cannabis businesses."
    )
    found = _found(text)
    assert ("Secure and Fair Enforcement Banking Act", "bill", "bill:118:hr:1996") in found
    assert found.count(("SAFE Banking Act", "bill", "bill:118:hr:1996")) == 2
    assert ("The measure", "bill", "bill:118:hr:1996") in found


def test_known_as_defines_a_short_name_used_later() -> None:
    text = (
        "Sen. Tammy Duckworth has introduced the Healthcare Opportunities for Patriots in Exile "
        "Act, known as the HOPE Act, aimed at veterans abroad. The HOPE Act amends the "
        "Immigration and Nationality Act. This bill comes at a time when many veterans "
        "struggle."
    )
    found = {(t, k) for t, k, _ in _found(text)}
    assert ("Healthcare Opportunities for Patriots in Exile Act", "bill") in found
    assert ("HOPE Act", "bill") in found
    assert ("This bill", "bill") in found
    assert ("Immigration and Nationality Act", "statute") in found


def test_an_abbreviation_the_article_defines_for_a_bill() -> None:
    text = (
        "The House passed H.R. 1996, the Secure and Fair Enforcement Banking Act (SAFE), in "
        "April. SAFE would let banks serve cannabis businesses."
    )
    found = _found(text)
    assert ("SAFE", "bill", "bill:118:hr:1996") in found


def test_a_companion_bill_keeps_its_own_number() -> None:
    text = (
        "The House bill, H.R. 7888, passed 273-147. Its Senate companion, S. 3961, has not "
        "received a vote."
    )
    found = _found(text)
    assert ("H.R. 7888", "bill", "bill:118:hr:7888") in found
    assert ("S. 3961", "bill", "bill:118:s:3961") in found


def test_an_unknown_act_the_article_does_not_call_a_bill_stays_a_law() -> None:
    text = "The Clean Rivers Restoration Act of 1998 requires permits for discharges."
    assert [k for _, k, _ in _found(text)] == ["statute"]


def test_a_bill_that_becomes_an_act_within_the_article() -> None:
    text = (
        "The Senate passed the Laken Riley Act, S. 5, on Monday. The bill now goes to the "
        "House. President Trump signed the Laken Riley Act into law on Jan. 29. The law "
        "requires detention of migrants charged with theft."
    )
    assert _found(text, "2025-01-30") == [
        ("Laken Riley Act", "bill", "bill:119:s:5"),
        ("S. 5", "bill", "bill:119:s:5"),
        ("The bill", "bill", "bill:119:s:5"),
        ("Laken Riley Act", "statute", "publ:119-1"),
        ("The law", "statute", "publ:119-1"),
    ]


def test_a_number_beside_a_known_act_is_its_bill_whatever_the_date() -> None:
    text = "The House passed the Inflation Reduction Act, H.R. 5376, on Friday."
    found = _found(text, "2022-08-13")
    assert ("H.R. 5376", "bill", "bill:117:hr:5376") in found
    assert ("Inflation Reduction Act", "bill", "bill:117:hr:5376") in found
    # years later the act is the law, and its number still the 117th Congress's bill
    found = _found(text, "2024-05-01")
    assert ("H.R. 5376", "bill", "bill:117:hr:5376") in found
    assert ("Inflation Reduction Act", "statute", "publ:117-169") in found


def test_a_package_passed_is_the_bill_numbered_next() -> None:
    text = (
        "The Senate passed a $1.2 trillion infrastructure package on Tuesday. The bill, H.R. "
        "3684, now heads to the House."
    )
    found = _found(text, "2021-08-11")
    assert ("a $1.2 trillion infrastructure package", "bill", "bill:117:hr:3684") in found


def test_a_described_bill_is_the_one_bill_numbered_near_it() -> None:
    text = (
        "The U.S. House Wednesday passed legislation that greatly expands mandatory detention "
        "requirements of immigrants. In a 263-156 vote, the House sent the bill, S. 5, to "
        "President Donald Trump's desk."
    )
    found = _found(text, "2025-01-22")
    assert (
        "legislation that greatly expands mandatory detention requirements of immigrants",
        "bill",
        "bill:119:s:5",
    ) in found


def test_another_bill_or_a_predicate_is_not_the_numbered_one() -> None:
    text = (
        "H.R. 3684 started off as a surface transportation bill. House Democrats debated the "
        "IIJA and an even larger bill addressing climate change. The IIJA represents the most "
        "significant federal infrastructure legislation that has been enacted in decades."
    )
    assert [t for t, _, _ in _found(text, "2021-11-20") if "bill addressing" in t] == []
    assert [t for t, _, _ in _found(text, "2021-11-20") if "legislation that" in t] == []


def test_a_described_bill_between_two_numbered_bills_is_neither() -> None:
    text = (
        "The House passed H.R. 7888 on Friday. Lawmakers also weighed a bill that would "
        "extend the program, and the Senate took up S. 3961."
    )
    assert [t for t, _, _ in _found(text) if t.startswith("a bill that")] == []


def test_a_known_bills_abbreviation_and_number_in_one_apposition() -> None:
    text = (
        "Sen. Richard Blumenthal reintroduced the Kids Online Safety Act (KOSA), S. 1409, in "
        "May. KOSA would require platforms to shield minors. The bill has 40 cosponsors."
    )
    found = _found(text, "2023-08-01")
    assert found == [
        ("Kids Online Safety Act", "bill", "bill:118:s:1409"),
        ("KOSA", "bill", "bill:118:s:1409"),
        ("S. 1409", "bill", "bill:118:s:1409"),
        ("KOSA", "bill", "bill:118:s:1409"),
        ("The bill", "bill", "bill:118:s:1409"),
    ]


def test_an_unknown_act_a_chamber_passed_is_a_bill() -> None:
    text = (
        "In a narrow victory, the House of Representatives passed the Affordable Health Care "
        "for America Act in a 220-215 vote. The bill will now have to pass a Senate vote."
    )
    assert _found(text, "2009-11-09") == [
        ("Affordable Health Care for America Act", "bill", None),
        ("The bill", "bill", None),
    ]


def test_a_number_beside_an_act_is_in_the_congress_of_its_public_law() -> None:
    # the Affordable Care Act is Pub. L. 111-148: H.R. 3590 beside it is the 111th's
    text = "The Affordable Care Act (H.R. 3590) has survived three challenges."
    assert ("H.R. 3590", "bill", "bill:111:hr:3590") in _found(text, "2024-05-01")


def test_an_act_at_a_step_of_its_bill_numbered_beside_it() -> None:
    text = (
        "On March 21, the House approved, 219-212, the Senate version of the Patient Protection "
        "and Affordable Care Act (H.R. 3590). The Senate passed the measure in December."
    )
    then = _found(text, "2010-03-22")
    assert then[0] == ("Patient Protection and Affordable Care Act", "bill", "bill:111:hr:3590")
    later = _found(text, "2024-05-01")  # a later Congress tells the law's history
    assert later[0] == ("Patient Protection and Affordable Care Act", "statute", "publ:111-148")


# A popular bill named, not numbered: the bill of that name in the article's Congress
# (linker/data/bill_numbers.csv), never another Congress's, never a guess.
def test_a_bills_name_is_the_bill_of_the_articles_congress() -> None:
    text = "Republicans pushed the SAVE Act again this week."
    assert _found(text, "2025-03-01") == [("SAVE Act", "bill", "bill:119:hr:22")]
    assert _found(text, "2024-07-01") == [("SAVE Act", "bill", "bill:118:hr:8281")]
    # before that Congress's bill was introduced, and in a Congress the table lacks: no id
    assert _found(text, "2023-03-01") == [("SAVE Act", "bill", None)]
    assert _found("The Equality Act was reintroduced.", "2013-05-01")[0][2] is None


def test_a_name_the_table_knows_only_by_its_short_title() -> None:
    found = _found("The House passed the No Rogue Rulings Act on Wednesday.", "2025-04-10")
    assert found == [("No Rogue Rulings Act", "bill", "bill:119:hr:1526")]


def test_an_undated_article_takes_the_congress_of_the_number_it_prints() -> None:
    text = (
        "H.R. 22: Safeguard American Voter Eligibility Act\n\nThis bill, known as the SAVE "
        "Act, would require proof of citizenship."
    )
    found = [(m.text, m.authority) for m in mentions(text, None)]
    assert ("H.R. 22", "bill:119:hr:22") in found
    assert ("Safeguard American Voter Eligibility Act", "bill:119:hr:22") in found
    assert ("SAVE Act", "bill:119:hr:22") in found
    # a number that is none of the name's bills decides nothing
    found = [(m.text, m.authority) for m in mentions("H.R. 45 and the SAVE Act.", None)]
    assert ("SAVE Act", None) in found


def test_a_states_law_of_the_same_name_is_not_the_congressional_bill() -> None:
    found = _found("Florida lawmakers passed the Equality Act on Tuesday.", "2023-07-01")
    assert [a for _t, _k, a in found] == [None]
    found = _found("House Democrats reintroduced the Equality Act on Tuesday.", "2023-07-01")
    assert [a for _t, _k, a in found] == ["bill:118:hr:15"]


def test_a_short_name_of_a_bill_the_table_lists() -> None:
    assert _found("The House passed the CLARITY Act on Thursday.", "2025-07-18") == [
        ("CLARITY Act", "bill", "bill:119:hr:3633")
    ]
    assert _found("The RESTRICT Act would let Commerce ban apps.", "2023-04-01") == [
        ("RESTRICT Act", "bill", "bill:118:s:686")
    ]


# An acronym short title of a long name the article numbers (targetednews.com's CRS
# digests print both; the sentences here are my own).
def test_an_acronym_name_is_the_long_named_bill() -> None:
    text = (
        "The Fostering Autonomy in Independent Returns by Prohibiting Redundant and Extralegal "
        "Programs Act of 2025 (S. 96) was introduced on January 15, 2025.\n\n"
        "The FAIR PREP Act of 2025 bans the IRS's Direct File program."
    )
    found = {m.text: m.authority for m in mentions(text)}
    assert found["FAIR PREP Act of 2025"] == "bill:119:s:96"


def test_an_acronym_whose_letters_the_long_name_lacks_stays_apart() -> None:
    text = (
        "The Fostering Autonomy in Independent Returns by Prohibiting Redundant and Extralegal "
        "Programs Act of 2025 (S. 96) was introduced on January 15, 2025.\n\n"
        "The KIDS Act would fund school meals."
    )
    found = {m.text: m.authority for m in mentions(text)}
    assert found.get("KIDS Act") is None


def test_an_unknown_acts_full_name_after_its_acronyms_bill_is_that_bill() -> None:
    """ "the ROBIN Act of 2022 (HR 4321). This bipartisan Act, formally the Rural Open
    Broadband Investment Network Act, …": the full name spells the acronym (and its "Act"),
    so it, "This bipartisan Act" and "The bill" are H.R. 4321 — not a search for an act."""
    from conftest import mentions

    text = (
        "Lawmakers filed the CEDAR Act of 2023 (HR 5120). This bipartisan Act, formally the "
        "Community Emergency Drought Assistance Relief Act, would fund wells. The bill "
        "passed the House in May."
    )
    got = {m.text: m.authority for m in mentions(text, "2023-09-01")}
    assert got["Community Emergency Drought Assistance Relief Act"] == "bill:118:hr:5120"
    assert got["This bipartisan Act"] == "bill:118:hr:5120"
    assert got["The bill"] == "bill:118:hr:5120"
    # a name whose initials spell another acronym stays unknown
    other = text.replace("Drought Assistance", "Water Aid")
    got = {m.text: m.authority for m in mentions(other, "2023-09-01")}
    assert got.get("Community Emergency Water Aid Relief Act") is None
