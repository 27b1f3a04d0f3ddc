"""Each service's parser, from cached raw responses (real captures where ../shared has them).

What the user sees is the ``Source`` (title, citation, snippet, public URL); a response that
does not answer the question raises ``NotFound`` or ``FetchError`` and is never a source.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakeservers import FIXTURES, SHARED, uscode_page

from linker.config import Config
from linker.errors import FetchError
from linker.sources import congress, constitution, courtlistener, ecfr, federalregister, uscode
from linker.sources.base import NotFound
from linker.store import RawResponse

CFG = Config()


def raw(body: str, url: str = "https://x/") -> RawResponse:
    return RawResponse(url, 200, {}, body, "2025-10-08T00:00:00Z", "2025-10-08T00:00:00Z")


def shared_file(rel: str) -> Path:
    if SHARED is None or not (SHARED / rel).exists():
        pytest.skip("../shared/fixtures is not beside the project")
    return SHARED / rel


SECTIONS = json.loads((FIXTURES / "uscode" / "sections.json").read_text(encoding="utf-8"))


def usc_raw(title: str, section: str) -> RawResponse:
    req = uscode.section_request(title, section, CFG)
    page = uscode_page(title, section, SECTIONS[title][section], SECTIONS[title]["_expcite"])
    return raw(page, req.url)


# --- U.S. Code -------------------------------------------------------------------------------


def test_uscode_request_uses_the_real_view_path() -> None:
    req = uscode.request_for("usc:10:12406", Config.from_env({"LINKER_USCODE_URL": "http://h:1"}))
    assert req is not None
    assert req.url == (
        "http://h:1/view.xhtml?req=granuleid:USC-prelim-title10-section12406&num=0&edition=prelim"
    )
    assert uscode.request_for("usc:10:251-255", CFG).url.endswith("section251&num=0&edition=prelim")  # type: ignore[union-attr]
    assert uscode.request_for("usc:x:1", CFG) is None


def test_uscode_section_page() -> None:
    src = uscode.parse("usc:18:1385", usc_raw("18", "1385"))
    assert src.title == (
        "18 U.S.C. § 1385 — Use of Army, Navy, Marine Corps, Air Force, and Space Force as "
        "posse comitatus"
    )
    assert src.url == "https://www.law.cornell.edu/uscode/text/18/1385"
    assert src.snippet is not None and src.snippet.startswith("Whoever, except in cases")
    assert "70A Stat. 626" in (src.text or "")  # the source credit is kept with the text
    assert src.fetched_at == "2025-10-08T00:00:00Z"


def test_uscode_range_is_its_sections_under_their_chapter() -> None:
    first = usc_raw("10", "251")
    more = uscode.follow_up("usc:10:251-255", first, CFG)
    assert [r.url.split("section")[1].split("&")[0] for r in more] == ["252", "253", "254", "255"]
    src = uscode.parse("usc:10:251-255", first, [usc_raw("10", s) for s in ("252", "253")])
    assert src.title == "10 U.S.C. §§ 251–255 (ch. 13 — Insurrection)"
    assert src.citation == "10 U.S.C. §§ 251–255"
    assert "§ 253. Interference with State and Federal law" in (src.text or "")


def test_uscode_page_for_another_section_is_not_a_match() -> None:
    wrong = usc_raw("10", "252")
    with pytest.raises(NotFound):
        uscode.parse("usc:10:253", raw(wrong.body, uscode.section_request("10", "253", CFG).url))


def test_uscode_maintenance_page_is_an_error() -> None:
    from fakeservers import MAINTENANCE_PAGE

    with pytest.raises(FetchError, match="under maintenance"):
        uscode.check(raw(MAINTENANCE_PAGE))
    uscode.check(usc_raw("10", "252"))  # a real page passes


def test_uscode_reads_uslm_xml() -> None:
    xml = shared_file("uscode/usc16_slice_uslm1_rp119-102not101.xml").read_text(encoding="utf-8")
    src = uscode.parse("usc:16:21", raw(xml, "https://x/section21"))
    assert src.title.startswith("16 U.S.C. § 21 — ")
    assert src.title.split(" — ")[1]  # a real heading
    assert src.text
    # Hyphenated section numbers are written with an en dash in USLM identifiers.
    assert uscode.parse("usc:16:17j-2", raw(xml, "https://x/section17j-2")).text
    # A repealed section is still a source: its heading says what happened to it.
    gone = uscode.parse("usc:16:1", raw(xml, "https://x/section1"))
    assert (gone.snippet or "").startswith("Repealed.")


# --- Constitution ----------------------------------------------------------------------------


def test_constitution_comes_from_package_data() -> None:
    src = constitution.local_source("const:amendment:1")
    assert src is not None and src.title == "U.S. Constitution, Amendment I"
    assert src.snippet is not None and src.snippet.startswith("Congress shall make no law")
    assert src.url == "https://constitution.congress.gov/browse/amendment-1/"
    assert src.citation == "U.S. Const. Amendment I"
    # every article, section and amendment the ids can name is there
    for n in range(1, 28):
        assert constitution.local_source(f"const:amendment:{n}") is not None
    for n, sections in ((1, 10), (2, 4), (3, 3), (4, 4)):
        for m in range(1, sections + 1):
            assert constitution.local_source(f"const:article:{n}:section:{m}") is not None
    clause = constitution.local_source("const:article:1:section:8:clause:18")
    assert clause is not None and "necessary and proper" in (clause.text or "")
    assert constitution.local_source("const:amendment:28") is None
    # the site walls off automated clients: no request is ever made
    assert constitution.request_for("const:article:2:section:1", CFG) is None


# --- CourtListener ---------------------------------------------------------------------------


def test_every_courtlistener_request_needs_the_token() -> None:
    with_token = courtlistener.request_for("cite:576:us:644", Config(courtlistener_token="t"))
    assert with_token is not None and with_token.method == "POST" and with_token.needs_auth
    assert with_token.form == (("volume", "576"), ("reporter", "U.S."), ("page", "644"))
    # without a token the same request is described (the cache may hold its answer) ...
    assert courtlistener.request_for("cite:576:us:644", CFG) == with_token
    # ... and the fetcher sends nothing that needs a token (test_fetch)
    for aid in ("cl:cluster:1", "cl:docket:2"):
        req = courtlistener.request_for(aid, CFG)
        assert req is not None and req.needs_auth
    assert courtlistener.request_for("cite:1:nosuchreporter:2", CFG) is None
    # an apostrophe in a reporter cannot break the id
    from linker import ids

    assert ids.cite(10, "F. App’x", 20) == ids.cite(10, "F. App'x", 20) == "cite:10:fappx:20"
    assert courtlistener.request_for("cite:10:fappx:20", CFG) is not None


def test_batched_lookup_is_split_back_by_offset() -> None:
    cfg = Config(courtlistener_token="t")
    reqs = [courtlistener.request_for(a, cfg) for a in ("cite:576:us:644", "cite:1:us:200")]
    big = courtlistener.batch_request(reqs, cfg)  # type: ignore[arg-type]
    assert big.form == (("text", "576 U.S. 644; 1 U.S. 200"),)
    not_found = json.loads(
        shared_file("courtlistener/citation_lookup_404_docs_example.json").read_text()
    )
    not_found[0]["start_index"] = 14
    found = {
        "citation": "576 U.S. 644",
        "normalized_citations": ["576 U.S. 644"],
        "start_index": 0,
        "end_index": 12,
        "status": 200,
        "error_message": "",
        "clusters": [
            {
                "case_name": "Obergefell v. Hodges",
                "absolute_url": "/opinion/1/o/",
                "citations": [{"volume": 576, "reporter": "U.S.", "page": "644"}],
            }
        ],
    }
    parts = courtlistener.split_batch(reqs, json.dumps([found, *not_found]))  # type: ignore[arg-type]
    ok = raw(parts[reqs[0].key], reqs[0].key)  # type: ignore[union-attr]
    assert courtlistener.parse("cite:576:us:644", ok).citation == "576 U.S. 644"
    with pytest.raises(NotFound, match=r"1 U\.S\. 200"):
        courtlistener.parse("cite:1:us:200", raw(parts[reqs[1].key], reqs[1].key))  # type: ignore[union-attr]


def test_an_ambiguous_citation_is_never_guessed() -> None:
    item = [
        {
            "citation": "1 H. 150",
            "normalized_citations": ["1 Handy 150", "1 Haw. 150"],
            "start_index": 0,
            "end_index": 8,
            "status": 300,
            "error_message": "",
            "clusters": [{"case_name": "A"}, {"case_name": "B"}],
        }
    ]
    with pytest.raises(FetchError, match="ambiguous citation"):
        courtlistener.parse("cite:1:us:150", raw(json.dumps(item), "POST x volume=1"))


def test_cluster_with_its_opinion_text() -> None:
    cluster = shared_file("courtlistener/cluster_10376225_noem_v_abrego_garcia.json").read_text()
    opinion = shared_file("courtlistener/opinion_10842813_noem_v_abrego_garcia.json").read_text()
    craw = raw(cluster)
    more = courtlistener.follow_up("cl:cluster:10376225", craw, CFG)
    assert [r.url for r in more] == ["https://www.courtlistener.com/api/rest/v4/opinions/10842813/"]
    src = courtlistener.parse("cl:cluster:10376225", craw, [raw(opinion)])
    assert src.title == "Noem v. Abrego Garcia"
    assert src.url == "https://www.courtlistener.com/opinion/10376225/noem-v-abrego-garcia/"
    assert "SUPREME COURT OF THE UNITED STATES" in (src.text or "")
    assert "<span" not in (src.text or "")
    with pytest.raises(FetchError, match="another record"):
        courtlistener.parse("cl:cluster:1", craw)


def test_docket() -> None:
    docket = shared_file("courtlistener/docket_4214664_docs_example.json").read_text()
    src = courtlistener.parse("cl:docket:4214664", raw(docket))
    assert src.title == "NATIONAL VETERANS LEGAL SERVICES PROGRAM v. United States"
    assert src.citation == "No. 1:16-cv-00745 (dcd)"
    assert "Paul L. Friedman" in (src.snippet or "")


# --- Federal Register ------------------------------------------------------------------------


def _fr(docs: list[dict[str, object]]) -> RawResponse:
    return raw(json.dumps({"count": len(docs), "results": docs}))


def test_executive_order_is_matched_by_its_number_only() -> None:
    eo = json.loads((FIXTURES / "federalregister" / "eo_14336.json").read_text())
    src = federalregister.parse("eo:14336", _fr([eo]))
    assert src.citation == "Executive Order 14336, 90 FR 40223"
    assert src.url.startswith("https://www.federalregister.gov/documents/2025/08/19/2025-15823/")
    assert "Signed 2025-08-13 by Donald Trump" in (src.snippet or "")
    # The search found an order, but not this one: not found, never the wrong order.
    with pytest.raises(NotFound, match="Executive Order 14159"):
        federalregister.parse("eo:14159", _fr([eo]))
    req = federalregister.request_for("eo:14336", CFG)
    assert (
        req is not None
        and "conditions%5Bpresidential_document_type%5D%5B%5D=executive_order" in req.url
    )


def test_document_by_citation_from_a_real_result() -> None:
    doc = json.loads(shared_file("federalregister/document_2025-05887.json").read_text())
    src = federalregister.parse("fr:90:14958", raw(json.dumps([doc])))  # inside 14957–14959
    assert src.title.startswith("2,4-Dichlorophenoxyacetic Acid")
    assert src.citation == "90 FR 14957"
    with pytest.raises(NotFound):
        federalregister.parse("fr:90:14960", raw(json.dumps([doc])))


# --- congress.gov ----------------------------------------------------------------------------


def test_bill_only_with_a_key_and_checked_against_the_answer() -> None:
    assert congress.request_for("bill:117:hr:21", CFG) is None
    req = congress.request_for("bill:117:hr:21", Config(congress_api_key="k"))
    assert req is not None and req.url == "https://api.congress.gov/v3/bill/117/hr/21?format=json"
    body = shared_file("congress/bill_117_hr_21.json").read_text()
    src = congress.parse("bill:117:hr:21", raw(body))
    assert src.title == "H.R. 21 — FedRAMP Authorization Act"
    assert src.url == "https://www.congress.gov/bill/117th-congress/house-bill/21"
    assert (src.snippet or "").startswith("Introduced 2021-01-04 by Rep. Connolly")
    with pytest.raises(FetchError, match="another bill"):
        congress.parse("bill:117:hr:22", raw(body))


# --- eCFR ------------------------------------------------------------------------------------


def test_cfr_section_in_two_steps() -> None:
    titles = raw((FIXTURES / "ecfr" / "titles.json").read_text(), "https://www.ecfr.gov/t")
    more = ecfr.follow_up("cfr:8:287.8", titles, CFG)
    assert [r.url for r in more] == [
        "https://www.ecfr.gov/api/versioner/v1/full/2026-02-25/title-8.xml?part=287&section=287.8"
    ]
    xml = raw((FIXTURES / "ecfr" / "title-8-287.8.xml").read_text(), more[0].url)
    src = ecfr.parse("cfr:8:287.8", titles, [xml])
    assert src.title == "8 C.F.R. § 287.8 — Standards for enforcement activities"
    assert (src.text or "").startswith("The following standards")
    with pytest.raises(NotFound, match="reserved"):
        ecfr.parse("cfr:35:1.1", titles, [xml])


def test_cfr_part_from_a_real_excerpt() -> None:
    titles = raw((FIXTURES / "ecfr" / "titles.json").read_text(), "https://www.ecfr.gov/t")
    xml = shared_file("ecfr/ecfr-api-title14-numbering.xml").read_text()
    src = ecfr.parse(
        "cfr:14:241", titles, [raw(xml, "https://www.ecfr.gov/api/versioner/v1/full/x")]
    )
    assert src.citation == "14 C.F.R. part 241 (Title 14, Aeronautics and Space)"
    assert "ticket pricing" in (src.text or "")
