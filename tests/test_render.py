"""The page for plain-text articles: text kept exactly, links, previews, table, safety."""

from __future__ import annotations

import base64
import hashlib
import re

from bs4 import BeautifulSoup, Tag
from hypothesis import given, settings
from hypothesis import strategies as st
from renderkit import linked, mention, source, text_article

from linker.models import Article, LinkedArticle, Mention
from linker.render import court_label, render_html, snippet_text, strip_annotations

SEED_LIKE = (
    "Trump threatens Chicago\n"
    "Aug. 6, 2025\n\n"
    "Trump says he could invoke the rarely used Insurrection Act to force deployments.\n"
    "Critics cite 10 U.S.C. § 12406 and the Posse Comitatus Act; the act bars troops from "
    "policing.\r\n"
    "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland.\n"
    "Later the Insurrection Act came up again, with the First Amendment.\n"
)


def seed_like() -> LinkedArticle:
    t = SEED_LIKE
    return linked(
        text_article(t),
        [
            mention(
                t,
                "Insurrection Act",
                "statute",
                "usc:10:251-255",
                evidence="named act: Insurrection Act",
            ),
            mention(t, "10 U.S.C. § 12406", "statute", "usc:10:12406", confidence=0.99),
            mention(t, "Posse Comitatus Act", "statute", "usc:18:1385"),
            mention(t, "the act", "statute", "usc:18:1385", evidence="refers to the act"),
            mention(
                t,
                "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland",
                "ruling",
                None,
                court="ord",
                evidence="a judge in Oregon blocked an action",
                confidence=0.8,
            ),
            mention(t, "Insurrection Act", "statute", "usc:10:251-255", nth=1),
            mention(t, "First Amendment", "constitution", "const:amendment:1"),
        ],
        sources={
            "usc:10:251-255": source(
                "usc:10:251-255",
                title="10 U.S.C. Chapter 13 — Insurrection",
                citation="10 U.S.C. §§ 251–255",
                snippet="§ 251. Federal aid for State governments. Whenever there is an "
                "insurrection in any State against its government, the President may…",
            ),
        },
    )


def soup_of(page: str) -> BeautifulSoup:
    return BeautifulSoup(page, "html.parser")


def links(soup: BeautifulSoup) -> list[Tag]:
    return [a for a in soup.select("#article-text a.lk") if isinstance(a, Tag)]


def test_text_is_kept_exactly_and_each_mention_is_a_link() -> None:
    la = seed_like()
    page = render_html(la)
    assert strip_annotations(page) == la.article.text
    soup = soup_of(page)
    got = [
        (a.get_text(), a["data-authority"] if a.has_attr("data-authority") else None)
        for a in links(soup)
    ]
    assert got == [(m.text, m.authority) for m in la.mentions]
    first = links(soup)[0]
    assert first["class"] == ["lk", "lk-statute"]
    assert first["href"] == "https://www.law.cornell.edu/uscode/text/10/251"
    assert first["title"] == "10 U.S.C. Chapter 13 — Insurrection"


def test_every_mention_names_a_tooltip_with_the_right_content() -> None:
    soup = soup_of(render_html(seed_like()))
    for a in links(soup):
        pop = soup.find(id=a["aria-describedby"])
        assert isinstance(pop, Tag) and pop["role"] == "tooltip"
        assert pop.has_attr("hidden")
        # the tooltip is outside the article: the text stays the article's
        assert pop.find_parent(id="article-text") is None
    fetched = soup.find(id=links(soup)[0]["aria-describedby"])
    assert isinstance(fetched, Tag)
    text = fetched.get_text(" ", strip=True)
    for expected in (
        "10 U.S.C. Chapter 13 — Insurrection",
        "10 U.S.C. §§ 251–255",
        "Whenever there is an insurrection",
        "From uscode.house.gov",
        "fetched 2025-10-08 12:30 UTC",
        "Confidence 90%",
        "Why linked: named act: Insurrection Act",
    ):
        assert expected in text
    missing = soup.find(id=links(soup)[1]["aria-describedby"])
    assert isinstance(missing, Tag)
    assert "not fetched" in missing.get_text(" ", strip=True)
    assert links(soup)[1]["href"] == "https://www.law.cornell.edu/uscode/text/10/12406"


def test_ruling_preview_shows_court_case_and_date() -> None:
    soup = soup_of(render_html(seed_like()))
    ruling = next(a for a in links(soup) if a["data-kind"] == "ruling")
    assert ruling["data-court"] == "ord"
    assert ruling["href"].startswith("https://www.courtlistener.com/?type=r&q=")
    pop = soup.find(id=ruling["aria-describedby"])
    assert isinstance(pop, Tag)
    facts = dict(
        zip(
            [dt.get_text() for dt in pop.find_all("dt")],
            [dd.get_text() for dd in pop.find_all("dd")],
            strict=True,
        )
    )
    assert facts["Court"] == "U.S. District Court for the District of Oregon (ord)"
    assert facts["Case"] == "not yet identified"
    assert facts["Date"] == "unknown"
    assert "Why linked: a judge in Oregon blocked an action" in pop.get_text(" ", strip=True)


def test_table_of_authorities_lists_each_authority_once_by_kind_with_counts() -> None:
    la = seed_like()
    soup = soup_of(render_html(la))
    toa = soup.find(id="toa")
    assert isinstance(toa, Tag)
    groups = [h.get_text() for h in toa.find_all("h3")]
    assert groups == ["Statutes", "Constitution", "Rulings"]
    entries = toa.find_all("li")
    titles = [li.select_one(".toa-title").get_text() for li in entries]
    assert len(titles) == len(set(titles)) == 5
    insurrection = entries[0]
    assert "2 mentions" in insurrection.get_text()
    jumps = [a["href"] for a in insurrection.select(".toa-jumps a")]
    assert jumps == ["#m0", "#m5"]
    for href in jumps:  # entries jump to mentions …
        target = soup.find(id=href[1:])
        assert isinstance(target, Tag) and target.get_text() == "Insurrection Act"
    # … and each mention's preview jumps back to its entry
    pop = soup.find(id="p5")
    assert isinstance(pop, Tag)
    back = pop.select_one('a[href^="#toa-"]')
    assert back is not None and back["href"] == f"#{insurrection['id']}"


def test_page_is_self_contained_with_a_hash_based_csp() -> None:
    page = render_html(seed_like())
    soup = soup_of(page)
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert isinstance(csp, Tag)
    policy = str(csp["content"])
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        el = soup.find(tag)
        assert isinstance(el, Tag)
        digest = base64.b64encode(hashlib.sha256(el.string.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy
    # nothing that would load from anywhere
    assert not soup.find_all(["link", "img", "iframe", "object", "embed"])
    assert not [t for t in soup.find_all(True) if t.has_attr("src")]
    assert "url(" not in page and "@import" not in page


def test_print_footnotes_number_each_url_once() -> None:
    soup = soup_of(render_html(seed_like()))
    notes = [li.get_text() for li in soup.select(".print-notes li")]
    assert notes[0] == "[1] https://www.law.cornell.edu/uscode/text/10/251"
    assert len(notes) == len(set(notes))
    fns = {a.get_text(): a["data-fn"] for a in links(soup)}
    assert fns["Insurrection Act"] == "1"
    assert fns["10 U.S.C. § 12406"] == "2"


HOSTILE = (
    'He cited <script>alert("x")</script> and <img src=x onerror=alert(1)> and '
    "the Insurrection Act & \"quotes\" 'too'."
)


def test_article_and_source_content_is_escaped_and_urls_must_be_http() -> None:
    t = HOSTILE
    la = linked(
        text_article(t),
        [mention(t, "Insurrection Act", "statute", "usc:10:251-255", url="javascript:alert(2)")],
        sources={
            "usc:10:251-255": source(
                "usc:10:251-255",
                title='<b onmouseover="alert(3)">Insurrection</b>',
                citation="<script>alert(4)</script>",
                snippet='<p>Whenever<script>alert(5)</script> <img src=x onerror="alert(6)">'
                "there is an insurrection</p>",
                url="javascript:alert(7)",
            )
        },
    )
    page = render_html(la)
    soup = soup_of(page)
    assert strip_annotations(page) == t
    assert len(soup.find_all("script")) == 1  # ours
    assert not soup.find_all("img") and not soup.find_all("b")
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            assert not name.startswith("on")
            assert "javascript:" not in str(value).lower()
    # a javascript: URL is never used: the authority's own public page is
    assert links(soup)[0]["href"] == "https://www.law.cornell.edu/uscode/text/10/251"
    # and with no http(s) URL at all, the link goes to the table of authorities
    odd = Mention(start=0, end=2, text="He", kind="case", url="javascript:alert(8)")
    soup2 = soup_of(render_html(linked(text_article(t), [odd])))
    assert links(soup2)[0]["href"] == "#toa-1"
    pop = soup.find(id="p0")
    assert isinstance(pop, Tag)
    assert pop.select_one(".pop-title").get_text() == '<b onmouseover="alert(3)">Insurrection</b>'
    assert pop.select_one("blockquote").get_text() == "Whenever there is an insurrection"


def test_unplaceable_mentions_are_counted_but_not_linked() -> None:
    t = "The Insurrection Act and the Insurrection Act."
    good = mention(t, "Insurrection Act", "statute", "usc:10:251-255")
    overlapping = Mention(
        start=good.start + 4,
        end=good.end + 2,
        text=t[good.start + 4 : good.end + 2],
        kind="statute",
        authority="usc:10:251-255",
    )
    page = render_html(linked(text_article(t), [good, overlapping]))
    soup = soup_of(page)
    assert [a.get_text() for a in links(soup)] == ["Insurrection Act"]
    assert strip_annotations(page) == t
    assert "2 mentions" in soup.select_one("#toa li").get_text()


def test_warnings_and_empty_table_are_said() -> None:
    page = render_html(
        LinkedArticle(
            article=text_article("Nothing here."),
            mentions=(),
            warnings=("courtlistener.com unreachable",),
        )
    )
    soup = soup_of(page)
    assert "No laws or rulings were found" in soup.select_one("#toa").get_text()
    assert "courtlistener.com unreachable" in soup.select_one(".lk-warn").get_text()


def test_court_labels() -> None:
    assert court_label("ca9") == "U.S. Court of Appeals for the Ninth Circuit"
    assert court_label("scotus") == "Supreme Court of the United States"
    assert court_label("ilnd") == "U.S. District Court for the Northern District of Illinois (ilnd)"
    assert court_label("zz-unknown") == "zz-unknown"


def test_snippet_text_strips_markup_and_cuts_at_a_word() -> None:
    assert snippet_text("<p>A <em>b</em></p><script>x()</script>") == "A b"
    long = "word " * 200
    cut = snippet_text(long, limit=50)
    assert cut is not None and cut.endswith(" …") and len(cut) <= 52
    assert snippet_text("  ") is None


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=300,
)


@st.composite
def text_and_mentions(draw: st.DrawFn) -> tuple[str, list[Mention]]:
    text = draw(texts)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12, unique=True)))
    kinds = st.sampled_from(["statute", "case", "ruling", "constitution", "bill"])
    ms = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        if b > a:
            ms.append(
                Mention(
                    start=a,
                    end=b,
                    text=text[a:b],
                    kind=draw(kinds),
                    authority=draw(st.sampled_from([None, "usc:10:252", "eo:14159"])),
                    court=draw(st.sampled_from([None, "ca9"])),
                )
            )
    return text, ms


@settings(max_examples=150, deadline=None)
@given(text_and_mentions())
def test_removing_the_annotations_gives_back_the_text(data: tuple[str, list[Mention]]) -> None:
    text, ms = data
    la = linked(Article(source="x.txt", text=text), ms)
    page = render_html(la)
    assert strip_annotations(page) == text
    assert len(links(soup_of(page))) == len(ms)


def test_crlf_survives_html_parsing() -> None:
    page = render_html(linked(text_article("a\r\nb\rc"), []))
    assert "&#13;" in page
    assert strip_annotations(page) == "a\r\nb\rc"
    assert re.search(r"a&#13;\nb&#13;c", page)


def test_a_state_law_says_it_has_no_source_instead_of_promising_one() -> None:
    from linker.pipeline import scan_article

    art = text_article("Texas lawmakers passed Senate Bill 4 in a special session.")
    soup = soup_of(render_html(scan_article(art)))
    (a,) = links(soup)
    assert a.get_text() == "Senate Bill 4" and str(a.get("href")).startswith("#toa-")
    pop = soup.find(id=a["aria-describedby"])
    assert isinstance(pop, Tag)
    said = pop.get_text(" ", strip=True)
    assert "Texas Senate Bill 4" in said and "no source for state laws" in said
    assert "not been fetched" not in said
    assert "state law, no source linked" in soup.get_text(" ", strip=True)


def test_an_unidentified_mention_offers_a_search_not_the_source() -> None:
    soup = soup_of(render_html(seed_like()))
    ruling = next(a for a in links(soup) if a["data-kind"] == "ruling")
    pop = soup.find(id=ruling["aria-describedby"])
    assert isinstance(pop, Tag)
    labels = [a.get_text() for a in pop.select(".pop-links a")]
    assert labels[0] == "Search for it"
    said = pop.get_text(" ", strip=True)
    assert "searches for it" in said and "link still leads to it" not in said
