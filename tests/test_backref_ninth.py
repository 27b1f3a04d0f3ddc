"""What refers back, ninth session (issue 13, point 1): shapes found on real news pages
(``README.md``, "What refers back: bans, bills called acts, digests, …"). Each test is a
sentence of that shape, made up or a short quote of a real one."""

from __future__ import annotations

import pytest

from conftest import mentions


def _refs(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority or m.name) for m in mentions(text, date) if m.anaphor]


def test_the_ban_is_not_the_law_whose_only_ban_is_the_phrase_itself() -> None:
    # "Section 2(c) of Executive Order 13780 established a 90-day ban on entry … President
    # Trump asserted INA 212(f) as an underlying basis of the ban."
    text = (
        "Section 2(c) of Executive Order 13780 established a 90-day ban on entry of certain "
        "nationals. President Trump asserted INA 212(f) as an underlying basis of the ban. "
        "Courts in Hawaii and Maryland blocked implementation of the ban."
    )
    assert _refs(text, "2017-09-26") == [("the ban", "eo:13780"), ("the ban", "eo:13780")]


def test_the_ban_still_takes_a_law_another_phrase_calls_a_ban() -> None:
    text = (
        "Congress passed the Protecting Americans from Foreign Adversary Controlled "
        "Applications Act in April. In upholding the ban, the Supreme Court found that the act "
        "did not violate the First Amendment. Trump asked the Court to delay the ban."
    )
    refs = _refs(text, "2025-01-17")
    assert ("the ban", "publ:118-50") in refs[-1:]


def test_a_nearer_bill_called_an_act_is_the_law_that_would() -> None:
    # "… introduced companion bills to amend the Fair Labor Standards Act (FLSA). The bill,
    # called Restoring Overtime Pay Act of 2019, would raise … This law would fix …"
    text = (
        "Members introduced bills to amend the Fair Labor Standards Act (FLSA). The bill, "
        "called Restoring Overtime Pay Act of 2019, would raise the salary threshold. "
        "This law would fix the threshold at a level equal to the 40th percentile."
    )
    refs = dict(_refs(text, "2019-06-12"))
    assert refs["This law"] == "Restoring Overtime Pay Act of 2019"


def test_a_nearer_bill_called_an_act_leaves_the_law_unlinked_otherwise() -> None:
    text = (
        "Members introduced bills to amend the Fair Labor Standards Act (FLSA). The bill, "
        "called Restoring Overtime Pay Act of 2019, raises the salary threshold. "
        "Employers said the law is already strict."
    )
    assert "the law" not in dict(_refs(text, "2019-06-12"))


def test_a_digest_item_refers_to_the_bill_under_its_own_headline() -> None:
    text = (
        "Dems introduce bills to raise salary minimum for overtime exemption\n"
        "Members of the House and Senate introduced the Restoring Overtime Pay Act of 2019, "
        "a bill to raise the salary threshold. Read more about the bill here.\n"
        "House passes bill to expand federal civil rights for LGBTQ workers\n"
        "The U.S. House of Representatives passed the Equality Act, which would prohibit "
        "discrimination based on sex, sexual orientation and gender identity.\n"
        "Several states, counties and cities have already banned workplace discrimination "
        "based on a person's LGBTQ status. Not all laws prohibit discrimination based on "
        "gender identity. Some offer protections for one or two of these, but not all three. "
        "Employers can elect to protect LGBTQ workplace rights with their own policies even "
        "though federal law does not cover these characteristics.\n"
        "The Senate is unlikely to pass this bill.\n"
    )
    refs = _refs(text, "2019-06-15")
    assert refs[-1] == ("this bill", "bill:116:hr:5")


def test_no_headline_between_keeps_the_more_salient_bill() -> None:
    # the same article run together as one paragraph: no headline sets the items apart
    text = (
        "Members introduced the Restoring Overtime Pay Act of 2019. The Restoring Overtime Pay "
        "Act of 2019 would raise the salary threshold. The House passed the Equality Act. "
        + "Employers can elect to protect workplace rights with their own policies. " * 8
        + "The Senate is unlikely to pass this bill."
    )
    refs = _refs(text, "2019-06-15")
    assert refs[-1] != ("this bill", "bill:116:hr:5")


def test_the_law_in_an_article_that_opened_on_a_rule_refers_ahead_to_nothing() -> None:
    # "The Department of Labor (DOL) fiduciary rule … further delay in implementation would
    # not be consistent with the law. … New FLSA Overtime Rules …"
    text = (
        "The Department of Labor fiduciary rule is now set to take effect on June 9, 2017. "
        "Secretary Acosta felt that further delay would not be consistent with the law. "
        "Twenty-one states have sued over the Fair Labor Standards Act overtime rules."
    )
    assert "the law" not in dict(_refs(text, "2017-06-07"))


def test_a_name_beside_its_public_law_number_takes_its_id() -> None:
    # "PL 115-282, the Coast Guard Reauthorization Act of 2018. This law codifies …"
    text = (
        "PL 115-282, the Coast Guard Reauthorization Act of 2018. This law codifies provisions "
        "of the Ports and Waterways Safety Act."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2019-01-15")]
    assert ("Coast Guard Reauthorization Act of 2018", "publ:115-282") in found
    assert ("This law", "publ:115-282") in found


def test_a_law_told_in_passing_does_not_take_the_act_from_the_articles_own() -> None:
    # "… the state's social media age verification law … the Supreme Court case of Free
    # Speech Coalition v. Paxton that challenged an age verification law … upholding the act"
    text = (
        "Mississippi's House Bill 1126 requires age verification. NetChoice sued to block HB "
        "1126, and a judge blocked HB 1126 in June. Mississippi made a similar argument to "
        "the state of Texas in the case of Free Speech Coalition v. Paxton that challenged an "
        "age verification law that targets the adult entertainment industry. NetChoice says "
        "a decision upholding the act would be certworthy."
    )
    refs = _refs(text, "2025-07-01")
    assert refs[-1] == ("the act", "state:ms:bill:hb1126")


def test_the_tariffs_are_the_order_that_imposed_them() -> None:
    text = (
        "Trump signed Executive Order 14257 imposing reciprocal tariffs on April 2. "
        "Businesses sued, arguing the tariffs exceeded his authority."
    )
    assert _refs(text, "2025-05-01") == [("the tariffs", "eo:14257")]


def test_tariffs_no_order_imposed_or_a_statutes_stay_unlinked() -> None:
    assert (
        _refs("Trump signed Executive Order 14257 on April 2. The tariffs hurt.", "2025-05") == []
    )
    text = (
        "Trump signed Executive Order 14257 imposing tariffs. Steel makers welcomed the "
        "tariffs under Section 232."
    )
    assert _refs(text, "2025-05-01") == []


def test_tariffs_on_a_place_the_order_never_names_are_other_tariffs() -> None:
    text = (
        "Trump signed Executive Order 14257 imposing reciprocal tariffs on Vietnam. Importers "
        "said the steep tariffs on China, Mexico and Canada hurt more. Others said the "
        "tariffs on Vietnam were worse."
    )
    assert _refs(text, "2025-05-01") == [("the tariffs", "eo:14257")]


def test_a_word_that_asks_nothing_may_stand_before_a_lowercase_act() -> None:
    text = (
        "Congress passed the CHIPS and Science Act in 2022. The landmark act funds chip "
        "plants. Getting there was quite the balancing act."
    )
    assert _refs(text, "2024-01-01") == [("The landmark act", "publ:117-167")]


@pytest.mark.parametrize(
    "text",
    [
        # generic phrases: no law named
        "Laws like this one are rare. A law passed in Congress would override the law.",
        # another country's law
        "The United Kingdom passed the Online Safety Act in 2023. The act requires platforms "
        "to verify ages, and the law took effect in 2025.",
        # an Indian state's act: "the impugned Act"
        "These petitions challenge the Kerala Revocation of Arbitration Clauses Act, 1998. "
        "Section 3(1) of the impugned Act cancels the arbitration clauses.",
        # a law never named ("a bill", "the Texas bill")
        "Gov. Rick Perry signed a bill limiting abortions. Other restrictions in the Texas "
        "bill are still legally questionable, and the legislation faces suits.",
    ],
)
def test_nothing_named_or_not_us_law_gives_no_back_reference(text: str) -> None:
    assert [a for _, a in _refs(text, "2024-01-01") if a] == []


def test_a_bill_told_since_without_its_number_takes_the_legislation() -> None:
    # "The House also passed SB3, a bill that seeks to eliminate affirmative action … The
    # proposed legislation states …" (a page that never names its state)
    text = (
        "The House Education Committee advanced the Bell to Bell, No Cell Act, which would "
        "keep phones out of classrooms. The House also passed SB3, a bill that seeks to "
        "eliminate affirmative action programs. The proposed legislation states that the "
        "state shall not discriminate."
    )
    assert [t for t, _ in _refs(text, "2025-02-07")] == []


def test_a_bill_in_apposition_to_the_antecedent_is_not_another() -> None:
    text = (
        "The Senate approved the Laken Riley Act, a bill that expands detention. "
        "The legislation now returns to the House."
    )
    assert _refs(text, "2025-01-21") == [("The legislation", "bill:119:s:5")]


def test_a_nickname_in_quotes_takes_a_law_the_text_calls_so() -> None:
    text = (
        "Florida passed HB 1557, which critics call the “Don't Say Gay” law, in 2022. "
        "Teachers said the “Don't Say Gay” law chilled classroom talk."
    )
    # (named by its nickname or referring back to HB 1557: either way, that law)
    links = [(m.text, m.authority) for m in mentions(text, "2022-07-02")]
    assert links[-1] == ("the “Don't Say Gay” law", "state:fl:bill:hb1557")


def test_a_nickname_in_quotes_is_another_law_when_never_said_of_it() -> None:
    # "Assembly Bill 159 … was vetoed by Brown — even as he signed into law the so-called
    # “right to die” bill"
    text = (
        "Here are five examples from California's just-ended legislative season. Assembly "
        "Bill 159, to allow terminally ill patients to try treatments, was vetoed by Brown — "
        'even as he signed into law the so-called "right to die" bill. Proponents of the bill '
        "note that patients cannot wait."
    )
    assert _refs(text, "2015-10-13") == [("the bill", "state:ca:bill:ab159")]


def test_a_nickname_in_quotes_in_the_opening_refers_ahead() -> None:
    # "… from enforcing the “anti-drag” law. The law, which came from SB0003, …"
    text = (
        "MEMPHIS, Tenn. (WKRN) — A federal judge barred officials from enforcing the "
        "“anti-drag” law. The law, which came from SB0003, bans adult cabaret in public."
    )
    links = [(m.text, m.authority) for m in mentions(text, "2023-03-31")]
    assert ("the “anti-drag” law", "state:tn:bill:sb3") in links
