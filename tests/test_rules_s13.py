"""Agency rules, thirteenth session (issue 13, point 2): the right rule of an agency that has
several, told by the words that only one of them has; what a description's own topic words
say about the rule a back-reference can be. Sentences of our own in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions
from linker.scanner import agencyrules

DATE = "2025-03-20"


def _regs(text: str, date: str = DATE) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def _epa() -> list[agencyrules.Rule]:
    return [r for r in agencyrules.rules() if r.agency.startswith("Environmental")]


def test_a_word_only_one_rule_has_decides_between_an_agencys_rules() -> None:
    # "fee … methane" (the fee rule) holds "methane" (the methane standards): the fee rule
    for words in (
        "imposing a fee on certain methane emissions",
        "requiring the payment of a fee for methane emissions",
        "the methane fee",
    ):
        found, _ = agencyrules._best(_epa(), words)
        assert {r.authority for r in found} == {"fr:89:91094"}, words
    # without the fee, methane is the standards' word ("methane emissions" stays theirs too)
    for words in ("methane emission standards", "methane emissions standards"):
        found, _ = agencyrules._best(_epa(), words)
        assert "fr:89:91094" not in {r.authority for r in found}, words
        assert "fr:89:16820" in {r.authority for r in found}, words


def test_a_gap_key_asks_its_words_close_together() -> None:
    pattern = agencyrules._key_pattern("fee … methane")
    assert pattern.search("a fee on certain methane emissions")
    assert pattern.search("fees on methane")
    assert not pattern.search("a fee that four of the five methane")
    assert not pattern.search("coffee and methane")


def test_the_rule_a_description_tells_after_the_rule_word() -> None:
    text = (
        "The Biden administration's rule requiring the payment of a fee for methane "
        "emissions has effectively been rescinded. Congress passed a joint resolution "
        "disapproving of the regulations issued by the Environmental Protection Agency at "
        "the end of the Biden administration imposing a fee on certain methane emissions. "
        "Once it is signed, the fee regulations will have no further force or effect."
    )
    regs = _regs(text)
    assert regs and all(a == "fr:89:91094" for _, a in regs), regs
    assert any(t == "the fee regulations" for t, _ in regs)


def test_other_rules_are_not_the_one() -> None:
    text = (
        "The statutory provision imposing the fee remains in effect along with other Biden "
        "administration regulations addressing methane."
    )
    assert not any(t.startswith("Biden administration regulations") for t, _ in _regs(text))


def test_a_back_reference_whose_words_fit_another_rule_is_not_the_article_rule() -> None:
    text = (
        "The joint resolution only addresses the methane fee regulations. Other regulations "
        "addressing methane emissions, such as the 2024 methane emission standards, are not "
        "impacted."
    )
    regs = _regs(text)
    assert ("methane fee regulations", "fr:89:91094") in regs
    assert ("the 2024 methane emission standards", "fr:89:91094") not in regs


def test_a_stated_year_no_candidate_has_asks_the_agencys_rule_of_that_year() -> None:
    # "minimum wage and overtime" fits the overtime rules (2016, 2019, 2024) by their name;
    # none is of 2013: the Labor Department's 2013 rule those words fit is the home care rule
    text = (
        "The Labor Department is rescinding a 2013 rule which narrowed the companion care "
        "services exemption to minimum wage and overtime under the FLSA. The 2013 rule "
        "barred third-party employers from using the exemption."
    )
    regs = _regs(text, "2025-07-02")
    assert regs and regs[0][1] == "fr:78:60454", regs
    assert all(a != "cfr:29:541" for _, a in regs)


def test_a_set_of_rules_defined_as_one_term() -> None:
    text = (
        "The Securities and Exchange Commission adopted the Private Fund Adviser Rules in "
        "2023.\n\nOn June 5, 2024, the Fifth Circuit vacated the entire set of regulations, "
        "including amendments to existing rules (collectively, the Rules), adopted by the SEC "
        "in August 2023. Many advisers had prepared for months.\n\nAlthough proponents of the "
        "Rules argued that certain disclosures were needed, the court disagreed. The "
        "releases for the Rules remain as expressions of the agency's views."
    )
    regs = _regs(text, "2024-06-07")
    uses = [a for t, a in regs if t in ("the Rules", "The Rules")]
    assert len(uses) >= 3 and set(uses) == {"fr:88:63206"}, regs


def test_a_plural_term_with_no_rule_before_links_nothing() -> None:
    text = "The board adopted changes to its bylaws (collectively, the Rules). The Rules apply."
    assert _regs(text, "2024-06-07") == []


def test_a_rule_implementing_an_executive_order() -> None:
    text = (
        "President Biden issued Executive Order (EO) 14026 in 2021, which raised the minimum "
        "hourly wage for workers on federal contracts. In 2022, the U.S. Department of Labor "
        "(DOL) issued regulations implementing the EO. The appeals court held the plaintiffs "
        "were not likely to show that the DOL lacked authority to issue the DOL rule "
        "implementing EO 14026."
    )
    regs = _regs(text, "2025-01-14")
    assert ("regulations", "fr:86:67126") in regs
    assert ("the DOL rule", "fr:86:67126") in regs


def test_regulations_implementing_an_order_the_table_has_no_rule_for() -> None:
    text = (
        "President Trump signed Executive Order 14173 in January. The Labor Department then "
        "issued regulations implementing the order."
    )
    assert all(a is None for _, a in _regs(text, "2025-06-01"))
    # two orders before "the EO": which one is not told
    text = (
        "Executive Order 14026 replaced Executive Order 13658. In 2022, the Labor Department "
        "issued regulations implementing the EO."
    )
    assert _regs(text, "2025-01-14") == []


def test_a_year_after_a_newer_version_is_the_version_of_that_year() -> None:
    # (in the shape of a 2024 law-firm alert on the independent contractor rules)
    text = (
        "The Department of Labor's Independent Contractor Rule took effect March 11, 2024. "
        "The final rule formally rescinds the regulation issued by the DOL in 2021 and adopts "
        "a six-factor test. Under the new rule, no factor weighs more.\n\nThe 2021 rule, "
        "issued in the waning days of the Trump administration, was withdrawn in May 2021. "
        "A court held that the DOL unlawfully withdrew the 2021 rule."
    )
    regs = _regs(text, "2024-03-20")
    assert ("Independent Contractor Rule", "fr:89:1638") in regs
    assert ("the regulation issued by the DOL", "fr:86:1168") in regs
    assert ("The 2021 rule", "fr:86:1168") in regs
    assert ("the new rule", "fr:89:1638") in regs
    assert ("the 2021 rule", "fr:86:1168") in regs


def test_a_year_with_no_version_of_its_own_keeps_no_other_version() -> None:
    text = (
        "The Department of Labor's Independent Contractor Rule took effect March 11, 2024. "
        "The 2019 rule was different."
    )
    regs = _regs(text, "2024-03-20")
    assert all(a != "fr:86:1168" for _, a in regs)


def test_a_topic_does_not_take_a_rules_name_from_it() -> None:
    # "coal-fired power plants" (a topic of the mercury rule) holds "power plant" (the power
    # plant rules' name): still the power plant rules
    pool = [r for r in _epa() if not r.proposed]
    words = "the rule would cut carbon emissions from existing coal-fired power plants"
    found, _ = agencyrules._best(pool, words)
    assert "fr:89:39798" in {r.authority for r in found}


def test_a_participle_after_an_adverb_is_a_modifier() -> None:
    text = (
        "A federal court vacated CMS’s recently adopted rule imposing minimum staffing "
        "requirements for long-term care facilities."
    )
    assert ("CMS’s recently adopted rule", "fr:89:40876") in _regs(text, "2025-04-08")
    # a participle alone still ends the phrase: "the rule the EPA adopted" is no "EPA rule"
    assert _regs("The court struck the rule the EPA adopted.", "2025-04-08") == []


def test_a_term_defined_with_a_second_name_after_it() -> None:
    text = (
        "A federal court vacated CMS’s recently adopted rule imposing minimum staffing "
        "requirements for nursing homes. On April 22, 2024, CMS announced this final rule (the "
        "“Final Rule” or “CMS-3442F”), which sought to reduce the risk of unsafe care. In "
        "June of 2024 industry groups sued CMS to block the Final Rule."
    )
    regs = _regs(text, "2025-04-08")
    assert ("Final Rule", "fr:89:40876") in regs
    assert ("the Final Rule", "fr:89:40876") in regs


def test_an_agency_rule_told_by_its_name_past_the_sixth_word() -> None:
    text = (
        "In a clear rebuke, a court struck down a controversial Federal Trade Commission (FTC) "
        "rule that sought to ban employers from using noncompete agreements."
    )
    regs = _regs(text, "2024-08-21")
    assert [a for _, a in regs] == ["fr:89:38342"], regs


def test_climate_disclosure_rule_spelled_as_news_spells_it() -> None:
    for text in (
        "The SEC commissioners voted to end its defense of the climate-risk disclosure rule.",
        "The SEC ended its defense of the climate change disclosure rules.",
    ):
        assert [a for _, a in _regs(text, "2025-03-28")] == ["fr:89:21668"], text


def test_a_rule_dated_and_owned_by_the_clause_after_its_name() -> None:
    # (an undated page: the 2024 order and the 2015 order told apart by the words after them)
    text = (
        "An appeals court ruled that the FCC lacks authority to reinstate net neutrality "
        "rules supported by the Biden administration. The ruling follows net neutrality "
        "regulations originally implemented under President Obama in 2015 and repealed in "
        "2017."
    )
    regs = dict(_regs(text, ""))
    assert regs.get("net neutrality rules") == "fr:89:45404"
    assert regs.get("net neutrality regulations") == "fr:80:19737"
