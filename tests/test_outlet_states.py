"""The outlet's home state (issue 13, point 5): a local story that never names its state gets
its outlet's, from ``linker/data/outlet_states.csv``; the text's own evidence comes first, and
a national outlet gives nothing. Sentences are our own, in the shapes local news prints."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from linker import outlets
from linker.load import from_text
from linker.scanner import scan

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "linker" / "data" / "outlet_states.csv"
LOCAL_MT = "https://helenair.com/news/state-regional/government-politics/article_1.html"
LOCAL_ID = "https://www.ktvb.com/article/news/politics/state-politics/1"
NATIONAL = "https://apnews.com/article/courts-1"


def found(body: str, url: str | None) -> list[tuple[str, str | None, str | None]]:
    text = (f"source: {url}\n\n" if url else "") + body
    return [(m.text, m.authority, m.court) for m in scan(from_text(text, "t.txt"))]


def ids(body: str, url: str | None) -> dict[str, str | None]:
    return {t: a for t, a, _c in found(body, url)}


def courts(body: str, url: str | None) -> dict[str, str | None]:
    """Each ruling's court, by the ruling's first five words."""
    return {" ".join(t.split()[:5]): c for t, _a, c in found(body, url)}


# -- the table -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "postal"),
    [
        ("https://helenair.com/news/x", "MT"),
        ("https://www.KTVB.com/article/1", "ID"),
        ("http://www.wrn.com:80/judge-strikes-down/", "WI"),
        ("https://kentuckylantern.com/2024/01/02/x/", "KY"),  # a States Newsroom site
        ("https://news.dailymontanan.com/x", "MT"),  # a subdomain is its domain's
        ("https://www.texastribune.org/2025/x/", "TX"),
        ("https://apnews.com/article/x", None),  # national: no state
        ("https://www.nytimes.com/2025/x.html", None),
        ("https://www.washingtonpost.com/x", None),  # D.C.'s outlets are left out
        ("https://example.co.uk/x", None),
        ("bench.txt", None),
        ("", None),
        (None, None),
    ],
)
def test_outlet_postal(url: str | None, postal: str | None) -> None:
    assert outlets.outlet_postal(url) == postal


def test_table_rows_are_one_state_outlets() -> None:
    with TABLE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 12_000
    assert [*rows[0]] == ["domain", "state", "source"]
    domains = [r["domain"] for r in rows]
    assert len(domains) == len(set(domains)) and domains == sorted(domains)
    from linker import courts as C

    states = {p for p in C.states() if p != "DC"}
    for r in rows:
        assert r["state"] in states, r
        assert r["source"] in ("lnl", "sn", "st", "sp"), r
        assert r["domain"] == r["domain"].lower() and not r["domain"].startswith("www."), r
        assert not r["domain"].endswith((".gov", ".edu", ".mil")), r
        assert ".k12." not in r["domain"] and not r["domain"].startswith("state."), r
    for junk in ("myspace.com", "tbn.org", "tvtv.com", "state.id.us", "metro.us", "whyy.org"):
        assert junk not in domains


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "gen_outlet_states", ROOT / "scripts" / "gen_outlet_states.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_generator_drops_what_is_no_local_outlet(tmp_path: Path) -> None:
    gen = _generator()
    src = tmp_path / "lnl.csv"
    src.write_text(
        "domain,state\n"
        "www.Helenair.com,MT\n"
        "state.id.us,ID\n"
        "myspace.com,NC\n"
        "pvt.k12.ia.us,IA\n"
        "dcnews.com,DC\n"
        "foo.blogspot.com,GA\n"
        "kcur.org,MO\n"  # the added rows give it another state: neither is kept
        "kentuckylantern.com,KY\n",
        encoding="utf-8",
    )
    rows, dropped = gen.build(src)
    got = {d: (s, src_) for d, s, src_ in rows}
    assert got["helenair.com"] == ("MT", "lnl")
    assert got["kentuckylantern.com"] == ("KY", "lnl")  # the public table's row is kept
    assert got["dailymontanan.com"] == ("MT", "sn")  # added, with its source
    for gone in ("state.id.us", "myspace.com", "pvt.k12.ia.us", "dcnews.com", "kcur.org"):
        assert gone not in got
    assert "foo.blogspot.com" not in got
    assert dropped["two states"] == 1
    out = tmp_path / "out.csv"
    assert gen.main([str(src), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("domain,state,source\n")


def test_table_is_read_lazily() -> None:
    """Importing linker and scanning an article without a URL never reads the table."""
    code = (
        "from linker import outlets\n"
        "from linker.load import from_text\n"
        "from linker.scanner import scan\n"
        "scan(from_text('The state Supreme Court ruled. Senate Bill 3 passed.', 'x.txt'))\n"
        "print(outlets._table.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


# -- the outlet's state in the scanner ----------------------------------------------------------

BILLS = (
    "A state district court judge on Thursday struck two provisions in a law passed by the "
    "Legislature last year. Senate Bill 319 changed how political committees raise money, "
    "and the judge said SB 319 went beyond its title. House Bill 68 was not challenged.\n"
)


def test_bill_numbers_take_the_local_outlets_state() -> None:
    got = ids(BILLS, LOCAL_MT)
    assert got["Senate Bill 319"] == "state:mt:bill:sb319"
    assert got["SB 319"] == "state:mt:bill:sb319"
    assert got["House Bill 68"] == "state:mt:bill:hb68"


@pytest.mark.parametrize("url", [NATIONAL, None, "https://someblog.blogspot.com/2024/x.html"])
def test_no_local_outlet_no_state(url: str | None) -> None:
    got = ids(BILLS, url)
    assert "Senate Bill 319" not in got and "SB 319" not in got


def test_state_constitution_of_the_local_outlet() -> None:
    body = "The judge ruled that the law violated the state Constitution, which bars it.\n"

    def constitutions(url: str) -> list[tuple[str, str | None]]:
        article = from_text(f"source: {url}\n\n{body}", "t.txt")
        return [(m.text, m.name) for m in scan(article) if m.kind == "constitution"]

    assert constitutions(LOCAL_MT) == [("the state Constitution", "Montana Constitution")]
    assert constitutions(NATIONAL) == []


STATE_COURTS = (
    "The state Supreme Court on Friday upheld the law. A state district court judge on "
    "Thursday struck down two provisions of another law. A state appeals court ruled Tuesday "
    "that the ban could stand.\n"
)


def test_state_courts_of_the_local_outlet() -> None:
    got = courts(STATE_COURTS, LOCAL_ID)
    assert got["The state Supreme Court on"] == "idaho"
    assert got["A state district court judge"] == "iddistct"
    assert got["A state appeals court ruled"] == "idahoctapp"


def test_state_courts_of_a_national_outlet_stay_unknown() -> None:
    assert all(c is None for c in courts(STATE_COURTS, NATIONAL).values())


def test_county_judge_of_the_local_outlet() -> None:
    body = (
        "A Dane County judge has found portions of a state law unconstitutional. Dane County "
        "Circuit Judge Amy Smith on Tuesday sided with the unions.\n"
    )
    got = courts(body, "https://www.wrn.com/judge-strikes-down/")
    assert got["A Dane County judge has"] == "wisccirct"


def test_the_text_names_another_state_it_wins() -> None:
    # a Montana paper on an Idaho bill: the sentence's state, never the outlet's
    body = "Idaho lawmakers passed House Bill 5 on Monday.\n"
    assert ids(body, LOCAL_MT)["House Bill 5"] == "state:id:bill:hb5"
    # the one state the article names, though not as a lawmaker
    body = "The measure drew crowds in Texas.\n\nSenate Bill 8 takes effect in September.\n"
    assert ids(body, LOCAL_MT)["Senate Bill 8"] == "state:tx:bill:sb8"


def test_two_other_states_named_the_outlet_gives_nothing() -> None:
    body = "Crowds gathered in Idaho and in Utah.\n\nSenate Bill 8 takes effect in September.\n"
    assert "Senate Bill 8" not in ids(body, LOCAL_MT)


def test_the_outlets_state_among_others_named() -> None:
    body = "Crowds gathered in Idaho and in Montana.\n\nSenate Bill 8 takes effect in September.\n"
    assert ids(body, LOCAL_MT)["Senate Bill 8"] == "state:mt:bill:sb8"


def test_a_sentence_about_congress_keeps_no_state() -> None:
    body = "Congress took up Senate Bill 12 on Tuesday, and the White House backed it.\n"
    assert "Senate Bill 12" not in ids(body, LOCAL_MT)


# -- Washington, the state -----------------------------------------------------------------------


def test_the_state_of_washington_names_the_state() -> None:
    body = (
        "House Bill 1240 would ban the sale of the rifles in the state of Washington. "
        "Senate Bill 5242 passed the House 57-39.\n"
    )
    got = ids(body, None)
    assert got["House Bill 1240"] == "state:wa:bill:hb1240"
    assert got["Senate Bill 5242"] == "state:wa:bill:sb5242"


def test_washington_alone_is_still_the_capital() -> None:
    body = "Lawmakers in Washington debated it. House Bill 1240 passed.\n"
    assert "House Bill 1240" not in ids(body, None)


def test_the_washington_supreme_court_is_the_states() -> None:
    body = "The deal answers a 2016 Washington Supreme Court decision on wells.\n"
    assert set(courts(body, None).values()) == {"wash"}


# -- a state's law told by what it does --------------------------------------------------------


def test_the_states_ban_of_a_local_outlet() -> None:
    body = (
        "A county judge permanently blocked the state's ban on abortion after fetal heartbeat "
        "detection, and the attorney general will appeal.\n"
    )
    got = ids(body, "https://www.wfmj.com/story/1/judge")
    assert got["the state's ban on abortion after fetal heartbeat"] == "state:oh:bill:sb23"
    assert not any(a for a in ids(body, NATIONAL).values())


def test_the_states_ban_of_the_state_the_text_names() -> None:
    body = (
        "Ohio lawmakers passed it in 2019. A county judge permanently blocked the state's ban "
        "on abortion after fetal heartbeat detection.\n"
    )
    got = ids(body, None)
    assert got["the state's ban on abortion after fetal heartbeat"] == "state:oh:bill:sb23"


def test_a_bracketed_dateline_names_the_state() -> None:
    from linker.scanner.statenames import dateline_state

    assert dateline_state("(Cheyenne, WY) – Governor Mark Gordon signed the bills.") == "Wyoming"
    assert dateline_state("(AP) — A judge ruled on Friday.") is None
    body = "(Cheyenne, WY) – The governor signed Senate File 4 on Friday.\n"
    assert ids(body, NATIONAL)["Senate File 4"] == "state:wy:bill:sf4"


def test_the_dateline_wins_over_the_outlet() -> None:
    # an Idaho station's story from Cheyenne: Wyoming's bills
    body = "CHEYENNE, Wyo. (KIFI) – The governor signed House Bill 165 on Friday.\n"
    assert ids(body, LOCAL_ID)["House Bill 165"] == "state:wy:bill:hb165"


# -- a bare session law the table holds for the article's state -------------------------------

ACT_10 = (
    "MADISON -- Teachers celebrated at the Capitol after Dane County Circuit Judge Juan Colas "
    "ruled Act 10 unconstitutional. The governor said a judge wants to take away the law "
    "making responsibilities of the legislature.\n"
)


def test_a_bare_act_of_the_local_outlets_state() -> None:
    got = found(ACT_10, "https://www.fox6now.com/news/judges-ruling")
    assert ("Act 10", "state:wi:bill:act10", None) in got
    # "the law making responsibilities" is lawmaking, not the act
    assert not any(t == "the law" for t, _a, _c in got)


def test_a_bare_act_with_no_state_stays_unlinked() -> None:
    assert "Act 10" not in ids(ACT_10.replace("MADISON -- ", ""), NATIONAL)


def test_a_bare_act_the_table_lacks_stays_unlinked() -> None:
    body = "Dane County Circuit Judge Juan Colas ruled Act 11 unconstitutional.\n"
    assert "Act 11" not in ids(body, "https://www.fox6now.com/news/judges-ruling")


def test_the_law_making_it_a_crime_still_refers_back() -> None:
    body = (
        "Texas lawmakers passed Senate Bill 4 in 2023. A judge blocked the law making it a "
        "crime to enter the state illegally.\n"
    )
    assert ids(body, None)["the law"] == "state:tx:bill:sb4"


def test_a_corpus_readers_source_url_is_the_articles_url() -> None:
    """The evaluation and the snapshots read a corpus file's ``source:`` line themselves and
    pass its URL as the source: the outlet's state must come from it all the same."""
    from linker.load import from_text

    text = "A judge struck down Senate Bill 319, which the Legislature passed last year.\n"
    art = from_text(text, "https://helenair.com/news/state-and-regional/a-story.html")
    assert art.url == "https://helenair.com/news/state-and-regional/a-story.html"
    assert from_text(text, "tests/corpus/x.txt").url is None


def test_state_policy_institutes_bills_take_its_state() -> None:
    # a made-up statehouse update of a state policy institute (``sp`` rows) that never names
    # its state: the chamber's letter numbers are that state's bills
    body = (
        "This week at the Statehouse the House meets on Tuesday.\n"
        "- Library hours H.4123 – Sets weekend hours for county libraries. A House "
        "subcommittee hears this bill on Tuesday.\n"
        "- Road signs S.88 – Requires new signs on rural roads.\n"
    )
    got = ids(body, "https://www.scpolicycouncil.org/statehouse_update_x")
    assert got["H.4123"] == "state:sc:bill:h4123"
    assert got["S.88"] == "state:sc:bill:s88"
    assert got["this bill"] == "state:sc:bill:h4123"
    assert "H.4123" not in ids(body, NATIONAL)
