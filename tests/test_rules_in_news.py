"""Agency rules as news pages of 2010–2025 name them (issue 13, point 2, eighth session):
each shape with a sentence of its own wording or a short quote of a real page, and the rule
it must link — or must not."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "regulation"}


YEARS = [
    # allthe.news, Oct. 2025: a date before the name gives the version's year
    (
        "The judge vacated provisions of HHS’s May 6, 2024, Section 1557 final rule.",
        "2025-10-24",
        "May 6, 2024, Section 1557 final rule",
        "fr:89:37522",
    ),
    # made up: the same with an abbreviated month
    (
        "Critics sued over the Education Department's Apr. 29, 2024, Title IX rule.",
        "2024-06-01",
        "Apr. 29, 2024, Title IX rule",
        "fr:89:33474",
    ),
    # Free State Foundation, Jan. 2025: a year before a misquoted title picks that version
    (
        "The panel's decision set aside the FCC's 2024 Securing and Safeguarding the Open "
        "Internet Order.",
        "2025-01-03",
        "Open Internet Order",
        "fr:89:45404",
    ),
    # made up: the year the name's own row has
    (
        "The FCC's 2015 Open Internet Order classified broadband as a telecommunications service.",
        "2025-01-03",
        "2015 Open Internet Order",
        "fr:80:19737",
    ),
    # made up: a rule announced in December and printed in January keeps its name's year
    (
        "Ticket sellers must follow the FTC's 2024 Junk Fees Rule.",
        "2025-06-01",
        "2024 Junk Fees Rule",
        "fr:90:2066",
    ),
]


@pytest.mark.parametrize(("text", "date", "span", "want"), YEARS)
def test_a_year_beside_a_rule_name_picks_its_version(
    text: str, date: str, span: str, want: str
) -> None:
    assert regs(text, date).get(span) == want


def test_a_year_of_another_clause_is_not_the_name_s() -> None:
    # made up: the year opens the sentence, the name is the 2015 order's
    text = "In 2018 The Open Internet Order was repealed by the FCC."
    assert regs(text, "2019-01-01").get("Open Internet Order") == "fr:80:19737"


FUTURE = [
    # CNN, Mar. 15, 2023: a rule the agency has yet to release is none of its earlier ones
    "The EPA is soon expected to release its highly anticipated rule that is expected to "
    "slash planet-warming carbon pollution from coal and natural gas-fired power plants.",
    # made up, same shape
    "The Labor Department will propose a rule raising the overtime salary threshold.",
    "The FTC's upcoming rule on junk fees would require all-in prices.",
]


@pytest.mark.parametrize("text", FUTURE)
def test_a_rule_still_to_come_is_not_linked_to_an_earlier_one(text: str) -> None:
    assert not any(regs(text, "2023-03-15").values())


def test_a_term_defined_for_a_known_rule_takes_its_id() -> None:
    # National Law Review, Dec. 2024: "its final “Junk Fees Rule” (the “Final Rule” or “Rule”)"
    text = (
        "On December 17, 2024, the U.S. Federal Trade Commission (FTC) announced its final "
        "“Junk Fees Rule” (the “Final Rule” or “Rule”) to prevent certain practices. The Final "
        "Rule requires businesses to disclose the total price."
    )
    got = regs(text, "2025-01-15")
    assert got["Junk Fees Rule"] == "fr:90:2066"
    assert got["The Final Rule"] == "fr:90:2066"


DESCRIBED = [
    # Reuters, Nov. 3, 2016: the agency is the sentence's subject, the rule what it does
    (
        "The U.S. Labor Department pushed back on Tuesday against an industry bid for a "
        "nationwide preliminary injunction to block a rule prohibiting employers from "
        "retaliating against workers who report injuries and illnesses.",
        "2016-11-03",
        "fr:81:29624",
    ),
    # made up: the agency after the rule
    (
        "A federal rule prohibiting employers from retaliating against workers who report "
        "injuries took effect, the Labor Department said.",
        "2016-12-01",
        "fr:81:29624",
    ),
    # shortnewsweb (AP), Aug. 2020: an administration, and "that would roll back"
    (
        "A federal judge blocked the Trump administration on Monday from enforcing a new "
        "regulation that would roll back health care protections for transgender people.",
        "2020-08-18",
        "fr:85:37160",
    ),
    # capitalisminstitute.org, Mar. 2024: "aimed at"
    (
        "A federal judge in Texas struck down a Biden administration rule aimed at reducing "
        "transportation-related greenhouse gas emissions.",
        "2024-03-31",
        "fr:88:85364",
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), DESCRIBED)
def test_a_rule_told_by_what_it_does_in_a_sentence_naming_its_agency(
    text: str, date: str, want: str
) -> None:
    assert want in regs(text, date).values()


NOT_DESCRIBED = [
    # made up: no agency or administration in the sentence
    "A rule prohibiting employers from retaliating against workers took effect.",
    # made up: a league's rule
    "The NFL adopted a rule banning the hip-drop tackle.",
]
# (An undated page's "A long-delayed federal rule intended to protect student loan borrowers
# who were defrauded by their schools" was here while borrower defense and the SAVE plan fit
# it equally; "defrauded" is a borrower-defense topic since the tenth session, and the
# undated mention takes the C.F.R. part its versions share: tests/test_rules_unseen.py.)


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_a_described_rule_without_a_single_fit_is_not_linked(text: str) -> None:
    assert not any(regs(text, None).values())


def test_an_agency_s_rule_refers_back_to_the_rule_its_agency_made() -> None:
    # made up, in the shape of a 2024 page on ghost guns: the ATF is never named with the rule
    text = (
        "That year, the Biden administration announced a new rule that required ghost guns to "
        "include serial numbers. Gun-rights groups say the new ATF rule illegally expanded the "
        "definition of a firearm."
    )
    got = regs(text, "2024-04-23")
    assert got["a new rule that required ghost guns to include serial numbers"] == "fr:87:24652"
    assert got["the new ATF rule"] == "fr:87:24652"
    # another agency's rule is not it
    text = text.replace("ATF rule", "FTC rule")
    assert "the new FTC rule" not in regs(text, "2024-04-23")


def test_a_rule_told_by_when_it_takes_effect_in_an_article_about_one_rule() -> None:
    # Bloomberg Law, Dec. 2020 (shortened): "a rule that's set to take effect Jan. 1", named after
    text = (
        "Hospitals will have to disclose the prices they negotiate after a federal appeals court "
        "rejected a bid to toss a rule that’s set to take effect Jan. 1. Under the hospital price "
        "transparency rule, hospitals must publish their negotiated rates."
    )
    got = regs(text, "2020-12-29")
    assert got["a rule that’s set to take effect"] == "fr:84:65524"
    # two rules named: nothing is guessed
    text += " The surprise billing rules take effect later."
    assert "a rule that’s set to take effect" not in regs(text, "2021-12-29")


def test_an_agency_files_proposed_regulations() -> None:
    # made up, in the words of an April 2025 report on Schedule F
    text = (
        "The Office of Personnel Management on Friday filed proposed regulations that would "
        "formally revive Schedule F."
    )
    assert "fr:90:17182" in regs(text, "2025-04-19").values()


def test_a_month_before_a_year_asks_nothing_of_a_back_reference() -> None:
    # made up: "the April 2024 final rule" is the 2024 rule the article named
    text = (
        "The Office of Personnel Management finalized its civil service protections rule in "
        "April 2024. Executive Order 14171 overrode significant parts of the April 2024 final rule."
    )
    assert regs(text, "2025-04-19").get("the April 2024 final rule") == "fr:89:24982"


def test_a_model_year_before_a_vehicle_rule_s_first_is_not_that_rule() -> None:
    # Automotive News, April 2022 (undated page): the 2022 CAFE rule, which the table lacks;
    # the 2024 rule (model years 2027 and beyond) is not it, the C.F.R. part is
    text = (
        "Starting with the 2024 model year, automakers will need to meet increasingly stringent "
        "fuel economy standards compared with what was required under previous administrations."
    )
    assert regs(text, None).get("fuel economy standards") == "cfr:49:531"
    # made up, after Sidley, June 2024: model years 2027 through 2032 are the 2024 rule's
    text = "NHTSA finalized fuel economy standards for model years 2027 through 2032."
    assert "fr:89:52540" in regs(text, "2024-06-11").values()


def orders(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "executive-action"}


def test_a_term_defined_for_an_order_is_that_order_wherever_it_is_used() -> None:
    # Feldesman client alert, Mar. 2025: "Executive Order 14168 (the “Gender Identity Order”)"
    text = (
        "The court barred agencies from withholding funds under Executive Order 14168 (the "
        "“Gender Identity Order”) and Executive Order 14187 (the “Healthcare Order”). Section 4 "
        "of the Healthcare Order directs agencies to act."
    )
    got = orders(text, "2025-03-05")
    assert got["Gender Identity Order"] == "eo:14168"
    assert got["Healthcare Order"] == "eo:14187"
    assert got["the Healthcare Order"] == "eo:14187"
    # a bare "Order" is a court's word too: never a defined term for the order
    text = "Plaintiffs challenge Executive Order 14168 (the “Order”). The Order was stayed."
    assert list(orders(text, "2025-03-05")).count("Order") == 0


def test_an_undated_article_s_one_administration_picks_the_version() -> None:
    # IBTimes (undated page, Nov. 2016): Obama is named three sentences after the rule
    text = (
        "A federal judge in Sherman, Texas, blocked a Labor Department rule that would have "
        "expanded overtime protections to more workers as of Dec. 1. The ruling represents the "
        "fourth time a federal judge has blocked one of President Barack Obama’s initiatives."
    )
    got = regs(text, None)
    assert "fr:81:32391" in got.values()
    # two administrations whose years hold different versions: only the C.F.R. part
    text += " The Trump administration later issued its own version."
    assert "fr:81:32391" not in regs(text, None).values()


def test_an_era_in_an_undated_article_is_not_the_version_of_its_rule() -> None:
    # The Hill (undated page, 2024): the Obama-era plan is the one the court blocked before
    text = (
        "A federal appeals court denied a bid to block the Environmental Protection Agency’s (EPA) "
        "pollution standards for power plants. The EPA unveiled the new standards in April, two "
        "years after the Supreme Court blocked the Obama-era version of the plan."
    )
    assert "fr:80:64662" not in regs(text, None).values()


def test_a_name_of_the_article_s_own_fits_one_row_of_its_agency_by_two_topics() -> None:
    # Goodwin, Apr. 2025: a law firm's label for the CFPB's payment-app rule
    text = (
        "Supervisory Authority of Nonbanks Rule: On February 27, 2025, Republicans introduced a "
        "joint resolution to revoke a final rule whereby the CFPB purported to extend its "
        "supervisory authority over nonbanks that facilitated at least 50 million covered "
        "digital payment transactions annually."
    )
    assert regs(text, "2025-04-10").get("Supervisory Authority of Nonbanks Rule") == "fr:89:99582"
    # one topic word is not enough: the name keeps its search
    text = "The CFPB's Nonbank Registration Rule covers nonbanks."
    assert regs(text, "2025-04-10").get("Nonbank Registration Rule") is None


def test_another_rule_of_the_agency_is_told_by_its_whole_description() -> None:
    # NASCUS, May 2025 (shortened): the paragraph before is about the overdraft rule
    text = (
        "President Donald Trump signed a resolution to overturn the Consumer Financial "
        "Protection Bureau’s overdraft rule. Trump separately signed a resolution overturning "
        "another late Biden-era CFPB rule that would have let the agency’s examiners determine "
        "whether digital payment providers processing at least 50 million transactions a year "
        "were complying with federal law."
    )
    got = regs(text, "2025-05-15")
    assert [a for t, a in got.items() if t.startswith("Biden-era CFPB rule")] == ["fr:89:99582"]


def test_the_so_called_larger_participant_rule() -> None:
    # The American Prospect, Apr. 2025
    text = (
        "The so-called “larger participant” rule gave the CFPB supervisory authority over "
        "non-banks engaged in digital payment app transactions."
    )
    assert "fr:89:99582" in regs(text, "2025-04-09").values()


def test_orders_a_president_signed_together_without_a_count() -> None:
    # made up, in the shape of inauguration-day news: two documents of one day fit the topics;
    # the plural says executive orders, so the order (not the proclamation) is linked
    text = (
        "On his first day, Trump signed executive orders ending birthright citizenship and "
        "declaring a national emergency at the southern border."
    )
    assert list(orders(text, "2025-01-22").values()) == ["eo:14160"]
    # one document fits: no plural of documents signed together
    text = "Biden signed proclamations honoring veterans."
    assert not orders(text, "2023-11-10")


def test_one_key_in_a_long_description_does_not_outweigh_its_paragraph() -> None:
    # capitalisminstitute.org, Mar. 2024: "greenhouse gases" alone would fit a power-plant rule;
    # the paragraph is about the Federal Highway Administration's rule
    text = (
        "A federal judge in Texas struck down a Biden administration rule aimed at reducing "
        "transportation-related greenhouse gas emissions. A Texas judge nullified a rule by the "
        "Biden administration requiring the monitoring and reduction of greenhouse gases linked "
        "to transportation."
    )
    assert set(regs(text, "2024-03-31").values()) == {"fr:88:85364"}


def test_the_article_s_first_rule_phrase_with_an_alias_in_its_sentence() -> None:
    # Legal Reader, Oct. 24, 2018 (shortened)
    text = (
        "Rules implemented during the Obama era have secured their footing. The rule, finalized "
        "under the prior administration, is intended to strengthen borrower defense that allows "
        "forgiveness of federal student loans. DeVos put a hold on the regulations."
    )
    got = regs(text, "2018-10-24")
    assert got.get("The rule") == "fr:81:75926"
    # a sentence with no rule's alias: nothing ("the rule of law" is no rule either)
    text = "The rule, adopted last year, angered many. Critics cited the rule of law."
    assert not regs(text, "2018-10-24")


def test_the_first_rule_phrase_takes_the_version_its_sentence_s_administration_made() -> None:
    # Harvard Law School / NYT (undated page, Oct. 2018): the sentence names Obama's
    # administration; the article also names DeVos, whose years hold the 2019 version
    text = (
        "A long-delayed federal rule went into effect on Tuesday. The new rule, finalized in the "
        "last few months of President Barack Obama’s administration, is intended to strengthen a "
        "system called borrower defense. Betsy DeVos suspended the rule."
    )
    assert regs(text, None).get("The new rule") == "fr:81:75926"


# Ninth batch (branch s8-rules2): shapes met on fresh pages about rules of agencies the table
# was thin on.
ORDER_NUMBERS = [
    # naseo.org: FERC's order number alone names the order
    (
        "The Federal Energy Regulatory Commission (FERC) passed Order 2222 in September 2020.",
        None,
        "Order 2222",
        "fr:85:67094",
    ),
    # energylawinfo.com, Sept. 2020
    (
        "Order No. 2222 is a positive development for distributed energy resources.",
        "2020-09-30",
        "Order No. 2222",
        "fr:85:67094",
    ),
    # made up: an order FERC issued earlier in the table
    (
        "FERC's Order No. 1920 reshapes transmission planning.",
        "2024-07-01",
        "Order No. 1920",
        "fr:89:49280",
    ),
]


@pytest.mark.parametrize(("text", "date", "span", "authority"), ORDER_NUMBERS)
def test_an_order_number_is_a_name_in_itself(
    text: str, date: str | None, span: str, authority: str
) -> None:
    assert regs(text, date).get(span) == authority


def test_an_executive_or_court_order_of_that_number_is_not_ferc_s() -> None:
    assert "Order No. 2222" not in regs("The court's General Order No. 2222 applies.", "2024-01-01")
    assert not any(
        a == "fr:85:67094"
        for a in regs("He signed Executive Order 2222 on Monday.", "2024-01-01").values()
    )


AGENCIES_ADDED = [
    # kaplankirsch.com, Apr. 2024: the FRA's rule told by what it requires
    (
        "The Federal Railroad Administration (FRA) issued a Final Rule on April 2, 2024 setting "
        "forth a general rule that railroads must operate with two crewmembers.",
        "2024-04-05",
        "fr:89:25052",
    ),
    # made up: the DEA's proposal
    (
        "The Drug Enforcement Administration published its proposed rule to reschedule marijuana.",
        "2024-05-21",
        "fr:89:44597",
    ),
    # made up: the Fish and Wildlife Service's 2021 rule
    (
        "The Fish and Wildlife Service finalized a rule on migratory birds.",
        "2021-01-08",
        "fr:86:1134",
    ),
]


@pytest.mark.parametrize(("text", "date", "authority"), AGENCIES_ADDED)
def test_rules_of_the_agencies_added_in_the_ninth_batch(
    text: str, date: str, authority: str
) -> None:
    assert authority in regs(text, date).values()


# Eleventh session (s11-rows-rules): rows added for rules 2018-2024 news covered; each
# sentence is our own, in the shape reports use, with the day the article would carry.
ROWS_ADDED_S11 = [
    (
        "The SEC's universal proxy rule, which took effect in 2022, lets shareholders pick "
        "nominees from both slates in a proxy fight.",
        "2023-03-01",
        "universal proxy rule",
        "fr:86:68330",
    ),
    (
        "The Transportation Department's service animal rule lets airlines treat emotional "
        "support animals as pets.",
        "2021-01-20",
        "service animal rule",
        "fr:85:79742",
    ),
    (
        "USDA's Product of USA rule requires meat to come from animals born, raised, "
        "slaughtered and processed in the United States.",
        "2024-03-12",
        "Product of USA rule",
        "fr:89:19470",
    ),
    (
        "Critics say the swine inspection rule let pork plants set their own line speeds.",
        "2021-04-01",
        "swine inspection rule",
        "fr:84:52300",
    ),
    # one alias, two versions: the date picks the 2023 amendment or the 2021 overhaul
    (
        "Under the FTC Safeguards Rule, auto dealers must now report breaches within 30 days.",
        "2024-06-01",
        "FTC Safeguards Rule",
        "fr:88:77499",
    ),
    (
        "The FTC Safeguards Rule requires auto dealers to appoint a qualified individual.",
        "2022-08-01",
        "FTC Safeguards Rule",
        "fr:86:70272",
    ),
]


@pytest.mark.parametrize(("text", "date", "phrase", "authority"), ROWS_ADDED_S11)
def test_rules_added_in_the_eleventh_session_link(
    text: str, date: str, phrase: str, authority: str
) -> None:
    assert regs(text, date).get(phrase) == authority


def test_a_clinic_named_like_the_va_rule_stays_plain() -> None:
    # the VA rule's title is also a clinic's name; said alone it is the program, not the rule
    text = "Reproductive Health Services of Planned Parenthood is the state's last clinic."
    assert regs(text, "2022-10-01") == {}
    text = "The VA's Reproductive Health Services rule took effect the day it was printed."
    assert regs(text, "2022-10-01") == {"Reproductive Health Services rule": "fr:87:55287"}
