"""Issue 13, point 7: guards from the audit of the session's new links (sentences of our own in
the shapes the audit found wrong on real pages)."""

from __future__ import annotations

from linker.eval import from_text, scan_article
from linker.scanner.described_laws import dated_before


def _links(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in scan_article(from_text(text, "x.txt")).mentions}


def test_a_pre_statehood_ban_is_not_the_states_recent_row() -> None:
    links = _links(
        "A Pima County judge ruled on Friday that Arizona's pre-statehood ban on most abortions "
        "can be enforced. The judge said later restrictions do not negate the territorial-era ban."
    )
    # (fourteenth session: the 1864 law is a row of its own, A.R.S. § 13-3603, and what
    # these phrases name; never the recent 15-week row)
    assert "state:az:bill:sb1164" not in links.values()
    assert links.get("the territorial-era ban") in (None, "state:az:ars:13-3603")


def test_a_ban_enacted_long_before_the_row_is_not_the_row() -> None:
    links = _links(
        "Arizona's attorney general asked a state court to lift a 1973 injunction against an "
        "abortion ban enacted in 1901."
    )
    assert not any(a and a.startswith("state:az") for a in links.values())


def test_a_century_old_ban_is_not_the_heartbeat_act() -> None:
    links = _links(
        "AUSTIN — A Texas court has issued an order that prevents officials from enforcing "
        "a nearly century-old abortion ban in the state."
    )
    assert not any(a and a.startswith("state:tx") for a in links.values())


def test_the_row_itself_still_links() -> None:
    links = _links(
        "PHOENIX — Arizona's ban on abortions after 15 weeks of pregnancy took effect Saturday."
    )
    assert links["Arizona's ban on abortions after 15 weeks of pregnancy"] == (
        "state:az:bill:sb1164"
    )


def test_dated_before() -> None:
    assert dated_before("an abortion ban enacted in 1901", "state:az:bill:sb1164")
    assert dated_before("the 1925 law", "state:tx:bill:sb8")
    assert not dated_before("the 2022 law", "state:az:bill:sb1164")
    assert not dated_before("the law that replaced the 2007 ban", "state:nd:bill:sb2150")
    assert not dated_before("a century-old ban", "usc:18:922")  # no row year: no guard


def test_a_corner_of_the_law_is_no_statute() -> None:
    links = _links(
        "Texas judge blocks ban on gender-affirming care for minors\n\n"
        "Lawyers for the families say the case now sits in a complicated corner of the law "
        "until an appeals court rules."
    )
    assert "the law" not in links


def test_a_phrase_with_another_laws_citation_is_no_back_reference() -> None:
    links = _links(
        "The Senate on Wednesday passed H.J. Res. 59, the Bipartisan Budget Act of 2013. Passage "
        "of the resolution prevents a shutdown when the current continuing resolution "
        "(P.L. 113-46) expires on January 15, 2014."
    )
    assert links["the resolution"] == "bill:113:hjres:59"
    assert "the current continuing resolution" not in links


def test_a_phrase_with_its_own_citation_still_refers_back() -> None:
    links = _links(
        "House lawmakers will introduce a bill updating the Children's Online Privacy "
        "Protection Act. Their bill will likely mirror S. 1418, introduced by Sens. Ed Markey "
        "and Bill Cassidy on May 3, 2023. The House text follows the Senate version (S. 1418) "
        "closely."
    )
    assert links.get("the Senate version") in (None, links.get("S. 1418"))


def test_a_ban_blocked_for_decades_is_older_than_the_row() -> None:
    links = _links(
        "An Arizona judge ruled Friday that the state can enforce a near-total ban on abortion "
        "that had been blocked for nearly five decades."
    )
    # (the 1864 law, a row of its own since the fourteenth session; never the 15-week row)
    assert {a for a in links.values() if a and a.startswith("state:az")} <= {"state:az:ars:13-3603"}


def test_the_majority_opinion_is_the_benchs_not_the_trial_judges() -> None:
    ms = scan_article(
        from_text(
            "The Montana Supreme Court on Wednesday let a lower court’s injunction blocking the "
            "2023 law stay in place. Now that the state’s appeal of the preliminary injunction "
            "has been resolved, the case will go to trial in Missoula County District Court. "
            "Six of seven justices signed on to the majority opinion, written by Justice Beth "
            "Baker.",
            "x.txt",
        )
    ).mentions
    courts = {m.text: m.court for m in ms if m.kind == "ruling"}
    assert courts.get("the majority opinion") in (None, "mont")


def test_a_state_named_back_reference_is_no_federal_law() -> None:
    links = _links(
        "The United States sued Idaho, claiming that its abortion statute is preempted by "
        "42 U.S.C. § 1395dd, which requires hospitals to provide stabilizing care. A panel held "
        "that the Idaho statute banning abortions is not preempted."
    )
    assert links.get("the Idaho statute") != "usc:42:1395dd"
