"""A rule called back by a synonym of its head, and a repeal named with the rule it undoes
(nineteenth session, issue 13): "The Obama-era finding", "the 2009 determination", "The new
standard would …" right after a rule its own names call a standard; "repeal of the
endangerment finding" as two mentions, the repeal and the finding. Sentences of our own in
the shapes news prints; the rules are rows of ``linker/data/rules.csv``."""

from __future__ import annotations

from conftest import regs

FINDING_2009 = "fr:74:66496"
FINDING_RESCISSION = "fr:91:7686"
HEAT_PROPOSED = "fr:89:70698"
DAY = "2026-03-15"
RESCINDED = "The agency in February rescinded the 2009 endangerment finding. "


def test_an_era_or_a_year_ties_a_finding_to_the_rule() -> None:
    for head in ("The Obama-era finding", "The 2009 determination", "The Obama-era determination"):
        got = regs(RESCINDED + head + " had underpinned vehicle limits.", DAY)
        assert (head, FINDING_2009) in got, head


def test_an_era_or_a_year_that_does_not_agree_links_nothing() -> None:
    for head in ("The Biden-era finding", "The 2016 determination", "The Clinton-era finding"):
        got = regs(RESCINDED + head + " had underpinned vehicle limits.", DAY)
        assert all(text != head for text, _ in got), head


def test_a_word_of_the_rules_own_ties_the_determination() -> None:
    got = regs(
        RESCINDED + "Critics said the endangerment determination rested on sound science.", DAY
    )
    assert ("the endangerment determination", FINDING_2009) in got


def test_a_court_s_finding_is_not_the_rule_s() -> None:
    text = RESCINDED + "A judge later said the 2009 determination was beside the point."
    assert all("determination" not in t for t, _ in regs(text, DAY))
    text = RESCINDED + "The same finding appears in a state report."
    assert all("finding" not in t or "endangerment" in t for t, _ in regs(text, DAY))


def test_the_new_standard_right_after_a_rule_called_a_standard() -> None:
    text = (
        "The Occupational Safety and Health Administration proposed a rule to protect workers "
        "from extreme heat. The new standard would require water and shade breaks."
    )
    assert ("The new standard", HEAT_PROPOSED) in regs(text, "2024-08-01")


def test_a_standard_too_far_from_the_rule_or_of_another_kind_is_not_it() -> None:
    base = (
        "The Occupational Safety and Health Administration proposed a rule to protect workers "
        "from extreme heat. "
    )
    for tail in (
        "Employers met. Unions met. Later, the new standard would require breaks.",
        "Courts apply the standard of review to such rules.",
        "Lawyers said a higher standard applies.",
        "The standard would require breaks.",
        "A judge said the new standard would not survive.",
    ):
        got = regs(base + tail, "2024-08-01")
        assert all("standard" not in t for t, _ in got), tail


def test_a_rule_not_called_a_standard_takes_no_new_standard() -> None:
    text = (
        "The Labor Department finalized a rule raising the overtime salary threshold. "
        "This new standard would cover millions of workers."
    )
    assert all("standard" not in t for t, _ in regs(text, "2024-05-01"))


def test_a_repeal_named_with_the_rule_it_undoes_is_two_mentions() -> None:
    text = (
        "The agency finalized its repeal of the endangerment finding on Thursday. Critics "
        "said the finding rested on decades of science."
    )
    got = regs(text, DAY)
    assert ("repeal", FINDING_RESCISSION) in got
    assert ("the endangerment finding", FINDING_2009) in got
    assert ("the finding", FINDING_2009) in got
    assert all(not t.startswith("repeal of") for t, _ in got)


def test_the_revocation_refers_back_to_a_repeal() -> None:
    text = (
        "The Environmental Protection Agency in February rescinded the 2009 endangerment "
        "finding. The revocation drew lawsuits from a dozen states."
    )
    assert ("The revocation", FINDING_RESCISSION) in regs(text, DAY)


# -- rows of 2025 (the proposals of two final rules the table held) ----------------------

PSLF_PROPOSED = "fr:90:40154"
PSLF_FINAL = "fr:90:48966"
H1B_WEIGHTED_PROPOSED = "fr:90:45986"
H1B_WEIGHTED_FINAL = "fr:90:60864"


def test_the_pslf_proposal_and_the_final_rule_by_their_dates() -> None:
    text = (
        "The Education Department released a proposed rule in August that would keep employers "
        "with a substantial illegal purpose out of the forgiveness program."
    )
    got = {t for _, t in regs(text, "2025-09-10")}
    assert got == {PSLF_PROPOSED}
    text = "The department's proposed PSLF rule drew many comments."
    assert ("proposed PSLF rule", PSLF_PROPOSED) in regs(text, "2025-09-20")
    text = (
        "The Education Department finalized a rule last week that keeps employers with a "
        "substantial illegal purpose out of the PSLF program."
    )
    assert {t for _, t in regs(text, "2025-11-05")} == {PSLF_FINAL}


def test_the_h1b_weighted_selection_proposal() -> None:
    text = (
        "Immigration officials proposed a rule this week that would replace the random H-1B "
        "lottery with a selection weighted by wage levels, the Department of Homeland Security "
        "said."
    )
    assert H1B_WEIGHTED_PROPOSED in {t for _, t in regs(text, "2025-09-26")}
    text = "The proposed H-1B weighted selection rule would favor higher wage levels."
    assert ("proposed H-1B weighted selection rule", H1B_WEIGHTED_PROPOSED) in regs(
        text, "2025-10-01"
    )
    text = "DHS finalized its H-1B weighted selection rule last month."
    assert ("H-1B weighted selection rule", H1B_WEIGHTED_FINAL) in regs(text, "2026-01-15")


def test_a_word_of_the_rule_ties_a_standard_only_right_after_it() -> None:
    base = (
        "The Occupational Safety and Health Administration proposed a rule to protect workers "
        "from extreme heat. "
    )
    got = regs(base + "The heat standard would require shade.", "2024-08-01")
    assert ("The heat standard", HEAT_PROPOSED) in got
    far = base + "Employers met. Unions met. Lawyers met. The heat standard would require shade."
    assert all("standard" not in t for t, _ in regs(far, "2024-08-01"))
    other = base + "The noise standard would require shade."
    assert all("standard" not in t for t, _ in regs(other, "2024-08-01"))


CARBON_2024 = "fr:89:39798"


def test_the_repeal_of_a_rule_that_itself_repealed_one_is_not_that_rule() -> None:
    # the 2024 power plant rule's title repeals an older rule; "The repeal" after "repealed
    # the 2024 … Standards" is the undoing of the 2024 rule, which the table has no row for
    text = (
        "The EPA on Tuesday repealed the 2024 Carbon Pollution Standards for power plants. "
        "The repeal drew lawsuits."
    )
    got = regs(text, "2026-03-10")
    assert ("2024 Carbon Pollution Standards", CARBON_2024) in got
    assert all(t != "The repeal" for t, _ in got)
