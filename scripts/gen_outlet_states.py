"""Generate ``linker/data/outlet_states.csv``: the U.S. state a local news site serves, by its
domain, so that a story from a local outlet that never names its own state ("a state district
court judge … Senate Bill 319") still gets its state (``linker.outlets``).

Input: ``local_news_locations.csv`` (columns ``domain,state``, the postal code) from
github.com/yang3kc/list_of_local_news_outlets at commit
c59f16fb352a7ddc3724706c49c31f6b89ae8d5b (``data/output/local_news_locations.csv``, 12,581
rows; built from the Hohenberg, Fisher, Yin, Horne/NELA-Local, ABYZ and Northwestern local
news datasets its ``data/raw_data/README.md`` lists; the repository carries no licence file,
so the facts, one domain and its state, are what we take, with their source), plus the
statehouse and nonprofit state news sites of ``ADDED`` below, each with its source.

Rows dropped (``drop_reason``): a state that is no state (D.C., whose outlets write about
the federal government as often as about the District), government and school hosts
(``state.id.us``, ``*.gov``, ``*.k12.*``, a tribe's ``*.nsn.us``, a county's ``jocogov.org``),
platforms and listings that are no outlet of one state (``myspace.com``, ``blogspot.*``,
``tvtv.com``), national church television (``tbn.org``), a free daily of several cities
(``metro.us``) or of several (``whyy.org``), and a domain the added rows give another state.

Usage:
  git show c59f16f:data/output/local_news_locations.csv > lnl.csv
  python scripts/gen_outlet_states.py lnl.csv [--out linker/data/outlet_states.csv]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from linker.datafiles import write_rows

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "linker" / "data" / "outlet_states.csv"
COLUMNS = ("domain", "state", "source")
LNL = "lnl"  # yang3kc/list_of_local_news_outlets
SN = "sn"  # a States Newsroom newsroom
ST = "st"  # another statehouse or nonprofit state news site
SP = "sp"  # a state policy institute that reports on its one state's legislature

POSTAL = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
]

# Not one state's news outlet.
NOT_OUTLETS = {
    "myspace.com": "a social network",
    "tvtv.com": "TV listings",
    "tbn.org": "national church television (Trinity Broadcasting Network)",
    "metro.us": "a free daily of several cities",
    "jocogov.org": "a county government",
    "whyy.org": "a station of several states (the README of ADDED lists it under DE and PA)",
}
GOVERNMENT_HOST = re.compile(
    r"(?:^|\.)(?:state\.[a-z]{2}\.us|[a-z0-9-]+\.nsn\.us)$|\.k12\.|\.(?:gov|mil|edu)$"
)
PLATFORM_HOST = re.compile(r"(?:^|\.)(?:blogspot|wordpress|tumblr|substack)\.[a-z.]+$")

# Statehouse and nonprofit state news sites, with their source. SN: the States Newsroom
# newsrooms (the names: en.wikipedia.org "States Newsroom", list of newsrooms; each domain as
# the "State Capacity Tracker" README's table of States Newsroom feeds, RSS-verified
# 2026-06-09, and a public scraper's list of the same sites give it). ST: the same README's
# "state newspapers & outlets" table (one state each; a site listed for two states is left
# out: whyy.org).
ADDED: tuple[tuple[str, str, str], ...] = (
    *(
        (d, s, SN)
        for d, s in (
            ("alaskabeacon.com", "AK"),
            ("alabamareflector.com", "AL"),
            ("arkansasadvocate.com", "AR"),
            ("azmirror.com", "AZ"),
            ("coloradonewsline.com", "CO"),
            ("floridaphoenix.com", "FL"),
            ("georgiarecorder.com", "GA"),
            ("iowacapitaldispatch.com", "IA"),
            ("idahocapitalsun.com", "ID"),
            ("indianacapitalchronicle.com", "IN"),
            ("kansasreflector.com", "KS"),
            ("kentuckylantern.com", "KY"),
            ("lailluminator.com", "LA"),
            ("marylandmatters.org", "MD"),
            ("mainemorningstar.com", "ME"),
            ("michiganadvance.com", "MI"),
            ("minnesotareformer.com", "MN"),
            ("missouriindependent.com", "MO"),
            ("dailymontanan.com", "MT"),
            ("ncnewsline.com", "NC"),
            ("northdakotamonitor.com", "ND"),
            ("nebraskaexaminer.com", "NE"),
            ("newhampshirebulletin.com", "NH"),
            ("newjerseymonitor.com", "NJ"),
            ("sourcenm.com", "NM"),
            ("nevadacurrent.com", "NV"),
            ("ohiocapitaljournal.com", "OH"),
            ("oklahomavoice.com", "OK"),
            ("oregoncapitalchronicle.com", "OR"),
            ("penncapital-star.com", "PA"),
            ("rhodeislandcurrent.com", "RI"),
            ("scdailygazette.com", "SC"),
            ("southdakotasearchlight.com", "SD"),
            ("tennesseelookout.com", "TN"),
            ("utahnewsdispatch.com", "UT"),
            ("virginiamercury.com", "VA"),
            ("washingtonstatestandard.com", "WA"),
            ("wisconsinexaminer.com", "WI"),
            ("westvirginiawatch.com", "WV"),
        )
    ),
    *(
        (d, s, ST)
        for d, s in (
            ("adn.com", "AK"),
            ("juneauempire.com", "AK"),
            ("aldailynews.com", "AL"),
            ("alreporter.com", "AL"),
            ("al.com", "AL"),
            ("arktimes.com", "AR"),
            ("talkbusiness.net", "AR"),
            ("azcapitoltimes.com", "AZ"),
            ("kjzz.org", "AZ"),
            ("calmatters.org", "CA"),
            ("capitolweekly.net", "CA"),
            ("latimes.com", "CA"),
            ("coloradosun.com", "CO"),
            ("coloradopolitics.com", "CO"),
            ("ctmirror.org", "CT"),
            ("ctnewsjunkie.com", "CT"),
            ("spotlightdelaware.org", "DE"),
            ("delawarepublic.org", "DE"),
            ("floridapolitics.com", "FL"),
            ("tampabay.com", "FL"),
            ("wusf.org", "FL"),
            ("capitol-beat.org", "GA"),
            ("gpb.org", "GA"),
            ("atlantaciviccircle.org", "GA"),
            ("civilbeat.org", "HI"),
            ("hawaiipublicradio.org", "HI"),
            ("staradvertiser.com", "HI"),
            ("radioiowa.com", "IA"),
            ("iowapublicradio.org", "IA"),
            ("bleedingheartland.com", "IA"),
            ("idahoednews.org", "ID"),
            ("boisestatepublicradio.org", "ID"),
            ("capitolnewsillinois.com", "IL"),
            ("nprillinois.org", "IL"),
            ("suntimes.com", "IL"),
            ("indianapublicmedia.org", "IN"),
            ("kcur.org", "KS"),
            ("ksnt.com", "KS"),
            ("sunflowerstatejournal.com", "KS"),
            ("lpm.org", "KY"),
            ("linknky.com", "KY"),
            ("louisianaradionetwork.com", "LA"),
            ("wwno.org", "LA"),
            ("commonwealthbeacon.org", "MA"),
            ("wgbh.org", "MA"),
            ("masslive.com", "MA"),
            ("thebaltimorebanner.com", "MD"),
            ("wypr.org", "MD"),
            ("marylandreporter.com", "MD"),
            ("pressherald.com", "ME"),
            ("bangordailynews.com", "ME"),
            ("mainepublic.org", "ME"),
            ("bridgemi.com", "MI"),
            ("michiganpublic.org", "MI"),
            ("mlive.com", "MI"),
            ("minnpost.com", "MN"),
            ("startribune.com", "MN"),
            ("stlpr.org", "MO"),
            ("missourinet.com", "MO"),
            ("stltoday.com", "MO"),
            ("mississippitoday.org", "MS"),
            ("magnoliatribune.com", "MS"),
            ("mississippifreepress.org", "MS"),
            ("montanafreepress.org", "MT"),
            ("mtpr.org", "MT"),
            ("theassemblync.com", "NC"),
            ("wunc.org", "NC"),
            ("wral.com", "NC"),
            ("inforum.com", "ND"),
            ("prairiepublic.org", "ND"),
            ("kfyrtv.com", "ND"),
            ("flatwaterfreepress.org", "NE"),
            ("ketv.com", "NE"),
            ("nhpr.org", "NH"),
            ("indepthnh.org", "NH"),
            ("nhjournal.com", "NH"),
            ("njspotlightnews.org", "NJ"),
            ("newjerseyglobe.com", "NJ"),
            ("nj.com", "NJ"),
            ("nmpoliticalreport.com", "NM"),
            ("kunm.org", "NM"),
            ("thenevadaindependent.com", "NV"),
            ("reviewjournal.com", "NV"),
            ("nysfocus.com", "NY"),
            ("cityandstateny.com", "NY"),
            ("gothamist.com", "NY"),
            ("statenews.org", "OH"),
            ("signalohio.org", "OH"),
            ("signalcleveland.org", "OH"),
            ("journalrecord.com", "OK"),
            ("nondoc.com", "OK"),
            ("oklahomawatch.org", "OK"),
            ("opb.org", "OR"),
            ("wweek.com", "OR"),
            ("oregonlive.com", "OR"),
            ("pennlive.com", "PA"),
            ("wesa.fm", "PA"),
            ("thepublicsradio.org", "RI"),
            ("pbn.com", "RI"),
            ("wpri.com", "RI"),
            ("fitsnews.com", "SC"),
            ("southcarolinapublicradio.org", "SC"),
            ("keloland.com", "SD"),
            ("mitchellrepublic.com", "SD"),
            ("dakotanewsnow.com", "SD"),
            ("nashvillebanner.com", "TN"),
            ("wpln.org", "TN"),
            ("texastribune.org", "TX"),
            ("texasobserver.org", "TX"),
            ("texasstandard.org", "TX"),
            ("kuer.org", "UT"),
            ("sltrib.com", "UT"),
            ("utahpolicy.com", "UT"),
            ("cardinalnews.org", "VA"),
            ("virginiabusiness.com", "VA"),
            ("vpm.org", "VA"),
            ("vtdigger.org", "VT"),
            ("sevendaysvt.com", "VT"),
            ("crosscut.com", "WA"),
            ("wisconsinwatch.org", "WI"),
            ("urbanmilwaukee.com", "WI"),
            ("wpr.org", "WI"),
            ("mountainstatespotlight.org", "WV"),
            ("wvmetronews.com", "WV"),
            ("wvgazettemail.com", "WV"),
            ("wyofile.com", "WY"),
            ("wyomingpublicmedia.org", "WY"),
            ("oilcity.news", "WY"),
        )
    ),
    # SP: a state's policy institute whose statehouse updates name bills by number and never
    # the state ("H.3974", "the Senate finance committee"); its state as its Wikipedia page
    # and the State Policy Network's directory give it (twentieth session).
    *(
        (d, s, SP)
        for d, s in (
            # en.wikipedia.org/wiki/South_Carolina_Policy_Council ("located in Columbia, South
            # Carolina"); spn.org/organization/south-carolina-policy-council/ (Columbia, SC)
            ("scpolicycouncil.org", "SC"),
        )
    ),
)


def drop_reason(domain: str, state: str) -> str | None:
    """Why a row is no local outlet of one state, or None."""
    if state not in POSTAL:
        return f"{state}: no state"
    if domain in NOT_OUTLETS:
        return NOT_OUTLETS[domain]
    if GOVERNMENT_HOST.search(domain):
        return "a government or school host"
    if PLATFORM_HOST.search(domain):
        return "a blogging platform"
    return None


def clean_domain(domain: str) -> str:
    d = domain.strip().lower().rstrip(".")
    return d[4:] if d.startswith("www.") else d


def build(lnl_path: Path) -> tuple[list[tuple[str, str, str]], dict[str, int]]:
    rows: dict[str, tuple[str, str]] = {}
    dropped: dict[str, int] = {}
    with lnl_path.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            domain, state = clean_domain(r["domain"]), r["state"].strip().upper()
            why = drop_reason(domain, state)
            if why is not None:
                dropped[why] = dropped.get(why, 0) + 1
                continue
            rows[domain] = (state, LNL)
    for domain, state, source in ADDED:
        have = rows.get(domain)
        if have is not None and have[0] != state:
            dropped["two states"] = dropped.get("two states", 0) + 1
            del rows[domain]  # the sources disagree: neither
            continue
        if have is None:
            rows[domain] = (state, source)
    return sorted((d, s, src) for d, (s, src) in rows.items()), dropped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lnl", type=Path, help="local_news_locations.csv")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows, dropped = build(args.lnl)
    write_rows(args.out, COLUMNS, rows)
    print(f"{len(rows)} outlets written to {args.out}", file=sys.stderr)
    for why, n in sorted(dropped.items(), key=lambda x: -x[1]):
        print(f"  dropped {n}: {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
