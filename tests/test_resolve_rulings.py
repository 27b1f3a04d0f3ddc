"""Online ruling resolution against a local server speaking CourtListener's v4 formats.

The search results are built from the ``type=r`` key list (SOURCES.md §1a) and the docket
shape (§1b). The Oregon National Guard docket (3:25-cv-01756, D. Or., docket 71481149,
SOURCES.md §8) sits among plausible distractors: other D. Or. dockets (one with the same
parties but another subject and months older; one with Portland but another subject), and
the other Guard cases in other courts (Illinois v. Trump, N.D. Ill.; Newsom v. Trump, N.D.
Cal.). Tests prove each distractor loses, and for which reason.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from linker.evidence import Evidence, build_evidence, date_window
from linker.models import Mention
from linker.resolve_rulings import (
    check_quotes,
    pick,
    resolve_case_name,
    resolve_ruling,
    resolve_rulings,
    score_candidates,
)
from linker.scanner import rulings
from linker.scanner.doc import Doc


def find(text: str, date: str | None = None) -> list[Mention]:
    return rulings.find(Doc.of(text, date))


SEED = (
    "Trump has faced other setbacks. A federal judge in Oregon blocked Trump’s bid to deploy "
    "troops in Portland, saying his descriptions of an emergency there were false and that the "
    "US is a “nation of Constitutional law, not martial law”.\n"
    "Trump says he could invoke the rarely used Insurrection Act to force deployments of troops "
    "around the country if courts or local officials are “holding us up”."
)
ARTICLE_DATE = "2025-10-08"


def _doc(i: int, entry: int, date: str, desc: str) -> dict[str, Any]:
    return {
        "id": i, "docket_entry_id": i + 1, "description": desc, "entry_number": entry,
        "entry_date_filed": date, "short_description": desc.split(" ")[0].title(),
        "document_type": 1, "document_number": str(entry), "snippet": "",
        "attachment_number": None, "is_available": True, "page_count": 31,
        "filepath_local": "", "absolute_url": f"/docket/x/{entry}/", "pacer_doc_id": "",
        "cites": [], "meta": {"timestamp": "2025-10-05T00:00:00Z"},
    }  # fmt: skip


def _docket(
    did: int, court: str, number: str, name: str, filed: str, judge: str,
    parties: list[str], cause: str, docs: list[dict[str, Any]],
) -> dict[str, Any]:  # fmt: skip
    slug = name.lower().replace(" ", "-").replace(".", "")
    return {
        "absolute_url": f"/docket/{did}/{slug}/", "assignedTo": judge, "assigned_to_id": 1,
        "attorney": [], "attorney_id": [], "caseName": name, "case_name_full": "",
        "cause": cause, "chapter": None, "court": court.upper(),
        "court_citation_string": court.upper(), "court_id": court, "dateArgued": None,
        "dateFiled": filed, "dateTerminated": None, "docketNumber": number,
        "docket_absolute_url": f"/docket/{did}/{slug}/", "docket_id": did, "firm": [],
        "firm_id": [], "juryDemand": "", "jurisdictionType": "U.S. Government Defendant",
        "meta": {"timestamp": "2025-10-06T00:00:00Z", "score": {"bm25": 10.0},
                 "more_docs": False},
        "pacer_case_id": "", "party": parties, "party_id": [], "recap_documents": docs,
        "referredTo": "", "referred_to_id": None, "suitNature": "Other Statutory Actions",
        "trustee_str": "",
    }  # fmt: skip


OREGON = _docket(
    71481149, "ord", "3:25-cv-01756", "State of Oregon v. Trump", "2025-09-28",
    "Karin J. Immergut", ["State of Oregon", "City of Portland", "Donald J. Trump",
                          "Pete Hegseth", "Kristi Noem"],
    "28:1331 Federal Question",
    [_doc(900, 1, "2025-09-28", "COMPLAINT for Declaratory and Injunctive Relief against "
          "federalization and deployment of the Oregon National Guard troops"),
     _doc(901, 56, "2025-10-04", "OPINION AND ORDER granting Motion for Temporary "
          "Restraining Order")],
)  # fmt: skip
OREGON_OLD = _docket(  # same parties, another subject, months older, no ruling this week
    70100001, "ord", "6:25-cv-00412", "State of Oregon v. Trump", "2025-03-10",
    "Ann L. Aiken", ["State of Oregon", "Donald J. Trump"], "05:702 Administrative Procedure",
    [_doc(800, 1, "2025-03-10", "COMPLAINT regarding federal education funding")],
)  # fmt: skip
PORTLAND_OTHER = _docket(  # Portland, but a landlord dispute before another judge
    71300002, "ord", "3:25-cv-01433", "Portland Tenants Union v. Stark Street LLC",
    "2025-08-20", "Michael H. Simon", ["Portland Tenants Union", "Stark Street LLC"],
    "42:3604 Fair Housing Act", [_doc(700, 12, "2025-10-03", "ORDER setting scheduling "
                                      "conference")],
)  # fmt: skip
ILLINOIS = _docket(  # the Chicago Guard case: other court, filed after the Oregon ruling
    71500003, "ilnd", "1:25-cv-12174", "State of Illinois v. Trump", "2025-10-06",
    "April M. Perry", ["State of Illinois", "City of Chicago", "Donald J. Trump"],
    "28:1331 Federal Question",
    [_doc(600, 13, "2025-10-09", "ORDER granting Temporary Restraining Order National "
          "Guard deployment troops")],
)  # fmt: skip
NEWSOM = _docket(  # the Los Angeles Guard case: other court
    70400004, "cand", "3:25-cv-04870", "Newsom v. Trump", "2025-06-09", "Charles R. Breyer",
    ["Gavin Newsom", "State of California", "Donald J. Trump"], "28:1331 Federal Question",
    [_doc(500, 64, "2025-06-12", "ORDER granting Temporary Restraining Order federalization "
          "National Guard troops")],
)  # fmt: skip
ALL = [OREGON, OREGON_OLD, PORTLAND_OTHER, ILLINOIS, NEWSOM]

DOCKET_71481149 = {
    "resource_uri": "https://www.courtlistener.com/api/rest/v4/dockets/71481149/",
    "id": 71481149, "court": "https://www.courtlistener.com/api/rest/v4/courts/ord/",
    "court_id": "ord", "clusters": [], "audio_files": [], "assigned_to_str": "Karin J. Immergut",
    "absolute_url": "/docket/71481149/state-of-oregon-v-trump/", "date_filed": "2025-09-28",
    "date_terminated": None, "case_name": "State of Oregon v. Trump",
    "docket_number": "3:25-cv-01756", "cause": "28:1331 Federal Question",
}  # fmt: skip

OPINIONS = [
    {"absolute_url": "/opinion/108713/roe-v-wade/", "caseName": "Roe v. Wade", "citeCount": 5300,
     "cluster_id": 108713, "court_id": "scotus", "dateFiled": "1973-01-22", "docket_id": 1,
     "opinions": []},
    {"absolute_url": "/opinion/9000001/roe-v-wade/", "caseName": "Roe v. Wade", "citeCount": 12,
     "cluster_id": 9000001, "court_id": "scotus", "dateFiled": "1971-05-21", "docket_id": 2,
     "opinions": []},
    {"absolute_url": "/opinion/5000/doe-v-bolton/", "caseName": "Doe v. Bolton", "citeCount": 900,
     "cluster_id": 5000, "court_id": "scotus", "dateFiled": "1973-01-22", "docket_id": 3,
     "opinions": []},
]  # fmt: skip


class _Handler(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, list[str]]]] = []

    def log_message(self, *args: object) -> None:
        pass

    def _json(self, code: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        u = urlparse(self.path)
        qs = parse_qs(u.query)
        _Handler.requests.append(qs)
        if u.path == "/api/rest/v4/dockets/71481149/":
            return self._json(200, DOCKET_71481149)
        if u.path != "/api/rest/v4/search/":
            return self._json(404, {"detail": "Not found."})
        kind = qs.get("type", ["o"])[0]
        items = ALL if kind == "r" else OPINIONS
        courts = qs.get("court", [""])[0].split()
        if courts:
            items = [i for i in items if i["court_id"] in courts]
        if "docket_number" in qs:
            want = qs["docket_number"][0]
            items = [i for i in items if want in i.get("docketNumber", "")]
        if "filed_before" in qs:
            items = [i for i in items if i["dateFiled"] <= qs["filed_before"][0]]
        if "filed_after" in qs:
            items = [i for i in items if i["dateFiled"] >= qs["filed_after"][0]]
        q = qs.get("q", [""])[0]
        words = [w.strip('"()').lower() for w in q.replace(":", " ").split()]
        words = [w for w in words if w and w not in ("or", "and", "casename")]
        if words:
            items = [i for i in items if any(w in json.dumps(i).lower() for w in words)]
        body: dict[str, Any] = {"count": len(items), "next": None, "previous": None,
                                "results": items}  # fmt: skip
        if kind == "r":
            body["document_count"] = sum(len(i.get("recap_documents", [])) for i in items)
        return self._json(200, body)


@pytest.fixture()
def server() -> Iterator[str]:
    _Handler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _seed_mention() -> Mention:
    (m,) = find(SEED, ARTICLE_DATE)
    return m


def test_seed_sentence_is_a_ruling_in_oregon_offline() -> None:
    m = _seed_mention()
    assert m.kind == "ruling" and m.court == "ord" and m.authority is None
    assert m.text == "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland"
    assert m.url and "court=ord" in m.url


def test_links_the_oregon_docket_through_a_local_courtlistener(server: str) -> None:
    with httpx.Client(timeout=5) as client:
        r = resolve_ruling(_seed_mention(), SEED, ARTICLE_DATE, client, base_url=server)
    assert r.authority == "cl:docket:71481149"
    assert r.url == "https://www.courtlistener.com/docket/71481149/state-of-oregon-v-trump/"
    assert r.name == "State of Oregon v. Trump"
    assert r.evidence and "party Portland" in r.evidence and "court ord" in r.evidence
    searched = [q for q in _Handler.requests if "type" in q]
    assert searched and all(q["type"] == ["r"] and q["court"] == ["ord"] for q in searched)
    assert len(searched) <= 2


def test_distractors_lose_for_the_right_reasons() -> None:
    ev = build_evidence(_seed_mention(), SEED, ARTICLE_DATE)
    assert ev.court == "ord" and "Portland" in ev.parties and "Oregon" in ev.parties
    ranked = score_candidates(ev, ALL)
    assert ranked[0][0] is OREGON
    reasons = {c["docket_id"]: (s, " | ".join(w)) for c, s, w in ranked}
    top = reasons[71481149][0]
    # same parties, but no Portland, another subject, and nothing ruled this week
    s, why = reasons[70100001]
    assert s <= top - 3 and "party Portland" not in why and "OPINION AND ORDER" not in why
    # Portland but not Oregon's case: no state party, and its order this week is scheduling
    s, why = reasons[71300002]
    assert s <= top - 3 and "party Oregon" not in why
    # the other Guard cases: another court, and Illinois was filed after the ruling
    s, why = reasons[71500003]
    assert "other court ilnd" in why and s < top - 6
    # told the ruling came "on Saturday" (Oct. 4), the Illinois docket was filed after it
    dated = build_evidence(_seed_mention(), SEED.replace("Portland,", "Portland on Saturday,"),
                           ARTICLE_DATE)  # fmt: skip
    assert dated.date == "2025-10-04"
    why = " | ".join(next(w for c, _s, w in score_candidates(dated, ALL) if c is ILLINOIS))
    assert "filed 2025-10-06 after the ruling" in why
    s, why = reasons[70400004]
    assert "other court cand" in why and s < top - 6
    assert pick(ranked) is OREGON


def _ev(**kw: Any) -> Evidence:
    base: dict[str, Any] = dict(court="ord", parties=("Oregon", "Portland", "Trump"),
                                terms=("troops", "deploy"), date_from="2025-09-24",
                                date_to="2025-10-08")  # fmt: skip
    base.update(kw)
    return Evidence(**base)


@pytest.mark.parametrize(
    ("evidence", "candidates", "expected"),
    [
        # the real docket among all distractors: linked
        (_ev(), ALL, 71481149),
        # without the real docket nothing is clearly best: the old Oregon case is not linked
        (_ev(), [OREGON_OLD, PORTLAND_OTHER, ILLINOIS, NEWSOM], None),
        # two equally good candidates: no link (a wrong link is worse than none)
        (_ev(), [OREGON, {**OREGON, "docket_id": 1, "docketNumber": "3:25-cv-09999"}], None),
        # the Chicago ruling, with its own evidence, picks the Illinois docket
        (_ev(court="ilnd", parties=("Chicago", "Illinois"), date_from="2025-10-08",
             date_to="2025-10-10"), ALL, 71500003),
        # a docket number named in the article decides even without dates
        (_ev(court="cand", parties=(), terms=(), date_from=None, date_to=None,
             docket_number="25-cv-04870"), ALL, 70400004),
        # no candidates at all
        (_ev(), [], None),
    ],
)  # fmt: skip
def test_scoring_table(
    evidence: Evidence, candidates: list[dict[str, Any]], expected: int | None
) -> None:
    best = pick(score_candidates(evidence, candidates))
    assert (best["docket_id"] if best else None) == expected


def test_back_references_share_the_linked_docket(server: str) -> None:
    text = SEED.replace("“holding us up”.", "“holding us up”. The ruling runs through Oct. 18.")
    ms = find(text, ARTICLE_DATE)
    assert [m.anaphor for m in ms] == [False, True]
    with httpx.Client(timeout=5) as client:
        out = resolve_rulings(ms, text, ARTICLE_DATE, client, base_url=server)
    assert [m.authority for m in out] == ["cl:docket:71481149"] * 2
    assert len([q for q in _Handler.requests if "type" in q]) <= 2


def test_server_errors_leave_the_mention_unchanged(server: str) -> None:
    m = _seed_mention()
    with httpx.Client(timeout=5) as client:
        r = resolve_ruling(m, SEED, ARTICLE_DATE, client, base_url=server + "/nothing-here")
    assert r == m


def test_resolve_case_name_by_search(server: str) -> None:
    with httpx.Client(timeout=5) as client:
        roe = resolve_case_name("Roe v. Wade", "scotus", client, server)
        none = resolve_case_name("Marbury v. Madison", "scotus", client, server)
    assert roe is not None and roe.authority == "cl:cluster:108713"
    assert roe.url == "https://www.courtlistener.com/opinion/108713/roe-v-wade/"
    assert none is None


def test_date_window_words() -> None:
    assert date_window("blocked the plan on Saturday", "2025-10-08")[0] == "2025-10-04"
    assert date_window("granted a TRO on June 12", "2025-08-06")[0] == "2025-06-12"
    assert date_window("ruled on Dec. 14", "2025-01-03")[0] == "2024-12-14"
    _, lo, hi = date_window("ruled in June", "2025-08-06")
    assert (lo, hi) == ("2025-06-01", "2025-06-30")
    _, lo, hi = date_window("ruled last week", "2025-10-08")
    assert lo is not None and hi is not None and lo < hi < "2025-10-08"
    assert date_window("ruled on Saturday", None) == (None, None, None)
    assert date_window("decided June 24, 2022", None)[0] == "2022-06-24"


def test_check_quotes_marks_what_the_opinion_does_not_say() -> None:
    m = _seed_mention()
    text = (
        SEED + ' The judge wrote that the order was "untethered to the facts" and "based on '
        'nothing more than rumor and speculation alone."'
    )
    opinion = (
        "<p>The President's determination was simply untethered to the facts.</p>"
        "<p>This country has a longstanding and foundational tradition of resistance to "
        "government overreach. This is a nation of Constitutional law, not martial law.</p>"
    )
    got = check_quotes(text, m, opinion)
    quoted = {text[a:b]: ok for a, b, ok in got}
    assert quoted["nation of Constitutional law, not martial law"] is True
    assert quoted["untethered to the facts"] is True
    assert quoted["based on nothing more than rumor and speculation alone."] is False
    assert "holding us up" not in quoted  # three words: too short to check
