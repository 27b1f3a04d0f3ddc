"""What the newest open set (corpus-dev25) taught, twentieth session (issue 13, branch
s20-dev25). The sentences are our own, made up in the shapes news prints."""

from __future__ import annotations

from conftest import mentions


def linked(text: str, date: str | None = "2025-07-10") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date)]


def authorities(text: str, date: str | None = "2025-07-10") -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date)}


# --- Trump v. CASA has its U.S. Reports page -------------------------------------------------


def test_casa_takes_its_citation() -> None:
    found = authorities("In Trump v. CASA, the justices limited universal injunctions.")
    assert found.get("Trump v. CASA") == "cite:606:us:831"


# --- EO 14160 told as the president's end to birthright citizenship ---------------------------


def test_end_to_birthright_citizenship_is_the_order() -> None:
    for text in (
        "The justices let Trump's proposed end to birthright citizenship go ahead in some states.",
        "Critics say the president's end to birthright citizenship defies the 14th Amendment.",
        "Courts weighed the administration's end to birthright citizenship for months.",
    ):
        assert "eo:14160" in {a for _, a in linked(text)}, text


def test_the_plan_and_the_policy_refer_back_to_it() -> None:
    text = (
        "The justices let Trump's proposed end to birthright citizenship go ahead in some "
        "states. Parts of the plan may take effect soon. Whether Trump's policy is lawful "
        "remains open."
    )
    found = authorities(text)
    assert found.get("the plan") == "eo:14160"
    assert found.get("Trump's policy") == "eo:14160"


def test_the_order_still_refers_back_to_the_order() -> None:
    text = (
        "President Trump signed Executive Order 14160 on birthright citizenship. A judge in "
        "Boston blocked the order on Thursday."
    )
    assert authorities(text, "2025-02-14").get("the order") == "eo:14160"


def test_an_end_an_order_declares_is_the_orders_words() -> None:
    text = "Trump issued an order declaring an end to birthright citizenship."
    assert not [m for m in mentions(text, "2025-06-10") if m.text.startswith("an end")]


def test_no_plan_before_the_order_was_signed() -> None:
    text = "In 2018 Trump floated an end to birthright citizenship; the plan went nowhere."
    assert "eo:14160" not in {a for _, a in linked(text, "2018-11-01")}


# --- a state law told by its year, after a plain word, near a federal court -------------------


def test_year_after_a_plain_word() -> None:
    for text in (
        "Reporters asked about a controversial 2023 Texas immigration law on Monday.",
        "A federal appeals court blocked a controversial 2023 Texas immigration law.",
        "A federal judge on Friday halted a sweeping 2023 Texas immigration law.",
    ):
        assert ("state:tx:bill:sb4") in {a for _, a in linked(text)}, text


def test_federal_sentence_without_a_state_still_links_nothing() -> None:
    text = "Congress debated a 2023 law on immigration for weeks."
    assert "state:tx:bill:sb4" not in {a for _, a in linked(text)}


# --- a state's name is no topic word ----------------------------------------------------------


def test_state_name_shared_is_no_fit() -> None:
    text = (
        "An appeals court blocked a 2023 Texas immigration law that lets police arrest "
        "people crossing the Texas border. Separately, parents sued over a new state law "
        "requiring the Ten Commandments in every Texas classroom."
    )
    found = authorities(text)
    got = {a for t, a in found.items() if "Ten Commandments" in t}
    assert "state:tx:bill:sb4" not in got


# --- Michigan's 2023 conversion-therapy ban --------------------------------------------------


def test_michigan_conversion_therapy_ban() -> None:
    for text in (
        "An appeals court blocked Michigan's ban on conversion therapy for minors on Wednesday.",
        "Michigan's conversion therapy ban was challenged by a Christian counselor.",
    ):
        assert "state:mi:bill:hb4616" in {a for _, a in linked(text, "2025-12-18")}, text


def test_colorado_keeps_its_own_conversion_therapy_law() -> None:
    text = "Colorado's ban on conversion therapy for minors went before the justices."
    assert "state:mi:bill:hb4616" not in {a for _, a in linked(text, "2025-10-08")}


# --- "prohibition" heads a state's ban; a second law joined to the first --------------------


def test_prohibition_heads_a_ban() -> None:
    for text in (
        "A judge struck down Wyoming's prohibition on the use of medication to end pregnancy.",
        "Wyoming's prohibition on abortion pills was argued before the judge again.",
    ):
        assert "state:wy:bill:sf109" in {a for _, a in linked(text, None)}, text


def test_second_law_joined_to_the_first_is_its_own_row() -> None:
    text = (
        "A judge struck down Wyoming's overall ban on abortion and its explicit prohibition "
        "on the use of medication to end pregnancy, a win for abortion rights groups."
    )
    got = linked(text, None)
    assert ("Wyoming's overall ban on abortion", "state:wy:bill:hb152") in got
    # (the second law is the table's other row, or no link; never the first law again)
    assert not any(a == "state:wy:bill:hb152" and t.startswith("its ") for t, a in got)


# --- Illinois v. Noem, the homeland security grant cuts --------------------------------------


def test_homeland_security_grant_suit() -> None:
    text = (
        "A coalition of states won a lawsuit over cuts to their Homeland Security Grant "
        "Program funds. U.S. District Judge Mary S. McElroy ruled for the states. The "
        "lawsuit was filed in September."
    )
    got = {(m.text, m.name) for m in mentions(text, "2025-12-23") if m.kind == "case"}
    assert ("a lawsuit", "Illinois v. Noem") in got
    assert ("The lawsuit", "Illinois v. Noem") in got


# --- the overtime rules by their salary level ------------------------------------------------


def test_overtime_rule_by_its_salary_level() -> None:
    text = (
        "The Labor Department issued a Final Rule that raised the standard salary level for "
        "exempt employees under the Fair Labor Standards Act."
    )
    assert "fr:89:32842" in {a for _, a in linked(text, "2024-12-01")}


# --- a ruling hoped for is none --------------------------------------------------------------


def test_a_ruling_to_secure_is_none() -> None:
    for text in (
        "We will keep working to secure a permanent decision blocking this freeze.",
        "The states hope to win a final judgment striking the rule down.",
    ):
        assert not [m for m in mentions(text, "2025-03-07") if m.kind == "ruling"], text


# --- below an appeals court told by its level -----------------------------------------------


def test_lower_court_under_an_appeals_court_is_no_appeals_court() -> None:
    text = (
        "A federal appeals court on Wednesday blocked the state's law. In a 2-1 opinion, the "
        "court said the law restricts speech. It set aside a lower court's ruling. \u201cThe "
        "law is bad,\u201d Judge Raymond Kethledge wrote."
    )
    lower = [m for m in mentions(text, "2025-12-18") if "lower court" in m.text]
    assert lower and all(m.court != "ca6" for m in lower)


def test_lower_court_named_next_is_still_taken() -> None:
    text = (
        "The 9th Circuit on Monday reversed a lower court ruling. U.S. District Judge "
        "William Orrick had blocked the policy."
    )
    lower = [m for m in mentions(text, "2025-12-18") if "lower court" in m.text]
    assert [m.court for m in lower] == ["cand"]
