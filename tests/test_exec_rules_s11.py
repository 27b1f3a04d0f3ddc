"""Executive actions and agency rules in the shapes unseen news uses (eleventh session, issue
13 points 1-2): sentences in the shape of real pages found with the search tool (probe 11E),
in our own wording or short quotes, each with the date the article would carry."""

from __future__ import annotations

from conftest import mentions
from linker.bench import from_text
from linker.scanner import Doc


def found(text: str, date: str | None, kind: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == kind}


def regs(text: str, date: str | None = None) -> dict[str, str | None]:
    return found(text, date, "regulation")


def orders(text: str, date: str | None = None) -> dict[str, str | None]:
    return found(text, date, "executive-action")


# --- rules: which version ------------------------------------------------------------------


def test_a_rule_issued_in_a_year_is_that_years_version() -> None:
    # natlawreview's shape: the 2024 overtime rule, then "a similar overtime final rule in 2019"
    text = (
        "A Texas court vacated the Labor Department's 2024 Final Overtime Rule. The agency "
        "had previously issued a similar overtime final rule in 2019, which raised the salary "
        "level to $684 a week. Unlike the 2024 rule, the 2019 rule survived in court."
    )
    got = regs(text)
    assert got["overtime final rule"] == "fr:84:51230"
    assert got["the 2019 rule"] == "fr:84:51230"
    assert got["2024 Final Overtime Rule"] == "fr:89:32842"


def test_a_rule_issued_on_a_day_is_that_years_version() -> None:
    # quirkyemploymentquestions' shape: "The DOL's new Rule, issued on May 18, 2016, …"
    text = (
        "A federal court blocked the overtime expansion. The DOL’s new Rule, issued on May 18, "
        "2016, nearly doubled the salary threshold for the white collar exemptions."
    )
    assert regs(text)["The DOL’s new Rule"] == "fr:81:32391"


def test_versions_told_by_topic_words_only_one_has() -> None:
    # rnlawgroup's shape: the lottery rule that ranks registrations by wage level is the 2021
    # rule, not the 2019 registration rule that shares its name
    text = (
        "The new H-1B lottery rule, which would have picked registrations by the wage level "
        "of the salary offer, has been vacated by a federal court in California."
    )
    assert regs(text)["new H-1B lottery rule"] == "fr:86:1676"
    earlier = (
        "The H-1B lottery rule created an electronic registration step that employers must "
        "complete before filing."
    )
    assert regs(earlier)["H-1B lottery rule"] == "fr:84:888"


def test_an_agencys_rule_entitled_takes_its_titles_id() -> None:
    # rnlawgroup's shape: the agency's words alone would fit other H-1B rules of DHS
    text = (
        "Earlier this year DHS issued a rule on H-1B visas. Yesterday the judge ruled that the "
        "DHS final rule entitled “Modification of Registration Requirement for Petitioners "
        "Seeking to File Cap-Subject H-1B Petitions” must be set aside."
    )
    assert regs(text)["the DHS final rule"] == "fr:86:1676"


def test_a_proposal_named_by_its_quoted_title() -> None:
    # regulatoryoversight's shape: the menthol proposal, then "This proposed rule"
    text = (
        "Rather than keep defending the suit, the agency issued its May 2022 Notice of Proposed "
        "Rulemaking, “Tobacco Product Standard for Menthol in Cigarettes.” This proposed rule "
        "would prohibit menthol as a characterizing flavor."
    )
    got = regs(text, "2024-04-10")
    assert got["Tobacco Product Standard for Menthol in Cigarettes"] == "fr:87:26454"
    assert got["This proposed rule"] == "fr:87:26454"


def test_a_proposal_is_not_the_final_rule() -> None:
    # the final rule said after a proposal named by its title does not take the proposal
    text = (
        "The agency issued its Notice of Proposed Rulemaking, “Tobacco Product Standard for "
        "Menthol in Cigarettes.” The final rule has not been published."
    )
    assert regs(text, "2024-04-10").get("The final rule") is None


def test_federal_register_cite_ends_no_sentence() -> None:
    text = "Plaintiffs challenge the DOL Rule, 85 Fed. Reg. 63,872 (Oct. 8, 2020) (“DOL Rule”)."
    doc = Doc.for_article(from_text(text, "x.txt"), ())
    assert doc.sentence_start(text.index("63,872")) == 0


# --- executive orders and proclamations -----------------------------------------------------


def test_order_whose_sentence_opens_on_its_day() -> None:
    # dlgvisablog's shape
    text = (
        "On Monday, March 6, 2017, President Trump signed a revised executive order "
        "temporarily barring travel from six countries."
    )
    assert orders(text, "2017-03-07")["a revised executive order"] == "eo:13780"


def test_order_of_the_day_whose_quoted_title_is_another_document() -> None:
    # a memorandum misnamed an executive order: not the one order of that day
    text = (
        "On Saturday, August 8, 2020, President Trump issued an executive order titled "
        "“Memorandum on Deferring Payroll Tax Obligations in Light of the Ongoing COVID-19 "
        "Disaster.”"
    )
    assert "eo:13945" not in orders(text, "2020-08-10").values()


def test_a_title_two_orders_share_told_by_the_day_before_it() -> None:
    text = (
        "On March 6, 2017, President Trump signed a second travel order. The executive order, "
        "“Protecting the Nation From Foreign Terrorist Entry Into the United States,” replaced "
        "the first one."
    )
    title = "Protecting the Nation From Foreign Terrorist Entry Into the United States"
    assert orders(text, "2017-03-08")[title] == "eo:13780"
    undated = f"Critics attacked the order, “{title},” in court."
    assert orders(undated, "2017-06-01").get(title) is None


def test_plural_proclamations_of_the_day_the_sentence_names() -> None:
    # lexology's shape: the 2018 pair, not the 2025 proclamations on the same metals
    text = (
        "On March 8, President Donald Trump signed proclamations imposing a 25 percent tariff "
        "on imported steel and a 10 percent tariff on imported aluminum."
    )
    got = list(orders(text).values())
    assert got and got[0] in ("proc:9704", "proc:9705")


def test_order_issued_last_week_in_an_article_dated_by_month() -> None:
    # nymag's shape, the article dated by its URL's month alone
    text = (
        "A federal judge ordered the administration to stop separating migrant families at "
        "the border. The ruling goes further than the executive order Trump issued last week."
    )
    assert orders(text, "2018-06-01")["the executive order Trump issued last week"] == "eo:13841"
    plain = "The ruling goes further than the executive order Trump issued last week."
    assert orders(plain, "2018-06-01").get("the executive order Trump issued last week") is None


def test_order_told_by_agency_reorganization_plans() -> None:
    # akonamblog's shape: the February 2025 workforce order, not the January DOGE order
    text = (
        "A federal judge blocked the Trump administration’s sweeping executive order targeting "
        "federal workforce and agency reorganizations."
    )
    got = orders(text, "2025-05-10")
    assert "eo:14210" in got.values()


def test_the_original_and_the_revised_order_by_signing_day() -> None:
    text = (
        "President Trump signed Executive Order 13769 in January. In March he signed "
        "Executive Order 13780 to replace it. Critics said the original order was rushed, and "
        "the revised order fared better in court."
    )
    got = orders(text, "2017-06-01")
    assert got["the original order"] == "eo:13769"
    assert got["the revised order"] == "eo:13780"
    # one order named: "the original order" is another, never named, so nothing
    one = (
        "President Trump signed Executive Order 13780 in March. Critics said the original "
        "order was rushed."
    )
    assert "the original order" not in orders(one, "2017-06-01")


def test_the_order_after_an_agencys_named_order() -> None:
    # ccmi's shape: the FCC's order, then "The Order" as a defined term
    text = (
        "When the FCC released the Net Neutrality Order on April 25, 2024, it had been warned "
        "of an uphill battle. The Order would reclassify broadband as a Title II service. "
        "Providers appealed the Order to the courts."
    )
    got = regs(text, "2024-06-01")
    assert got["The Order"] == "fr:89:45404"
    assert got["the Order"] == "fr:89:45404"
    # no agency order named: "The Order" is not a rule
    court = "The judge signed the Order on Friday. The Order bars the agency from acting."
    assert "The Order" not in regs(court, "2024-06-01")
    # a court's Order told after the agency's: "The Order" is the court's
    stay = (
        "When the FCC released the Net Neutrality Order on April 25, 2024, providers appealed. "
        "In an Order released on August 1, 2024, the Court agreed to a stay. The Order found "
        "the providers likely to succeed."
    )
    assert "The Order" not in regs(stay, "2024-09-01")


def test_the_final_rule_is_the_defined_term_rule() -> None:
    # a law-firm alert's shape: the term "Rule" defined, then "the final Rule"
    text = (
        "The SEC adopted the Share Repurchase Disclosure Modernization Rule (the “Rule”) in "
        "May. Petitioners argued that the SEC acted arbitrarily in adopting the final Rule."
    )
    assert regs(text, "2023-12-01")["the final Rule"] == "fr:88:36002"


def test_people_named_after_rules_comma_are_not_a_title() -> None:
    # epochtimes' shape: "Under the current rules, able-bodied adults without dependents …"
    text = (
        "A judge blocked a Trump administration rule on food stamps. Under the current rules, "
        "able-bodied adults without dependents are limited to three months of benefits."
    )
    assert "able-bodied adults without dependents" not in regs(text, "2020-03-14")


def test_since_the_1940s_is_not_a_rule_of_2016() -> None:
    # quirkyemploymentquestions' shape
    text = (
        "The DOL’s new Rule, issued on May 18, 2016, nearly doubled the salary threshold. "
        "Since the 1940s, the DOL’s regulations have required employers to satisfy both a "
        "salary and a duties test."
    )
    got = regs(text)
    assert got["The DOL’s new Rule"] == "fr:81:32391"
    assert got.get("the DOL’s regulations") != "fr:81:32391"
