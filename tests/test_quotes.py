"""Quotations of rulings: checked against the ruling's fetched text, linked to the place, and
marked on the page when the ruling does not contain them."""

from __future__ import annotations

import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from hypothesis import given, settings
from hypothesis import strategies as st
from renderkit import linked, mention, source, text_article

from linker.htmltext import extract
from linker.models import Article, LinkedArticle, Mention, Quote
from linker.output import to_json_obj
from linker.quotes import contains, find_quotes, locate, quote_url, text_fragment
from linker.render import QUOTE_MISSING, render_html, strip_annotations
from linker.sources.base import TEXT_CHARS

SHARED_FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
CLUSTER = "cl:cluster:11190021"
OPINION_URL = "https://www.courtlistener.com/opinion/11190021/state-of-oregon-v-trump/"

# From the opinion and order granting the temporary restraining order in Oregon v. Trump,
# No. 3:25-cv-01756-IM (D. Or. Oct. 4, 2025), as CourtListener's plain text gives it.
OPINION = (
    "OPINION AND ORDER GRANTING PLAINTIFFS' MOTION FOR TEMPORARY RESTRAINING ORDER\n\n"
    "IMMERGUT, District Judge.\n\n"
    "This country has a longstanding and foundational tradition of resistance to government "
    "overreach, especially in the form of military intrusion into civil affairs. That "
    "historical tradition boils down to a simple proposition: this is a nation of "
    "Constitutional law, not martial law. Defendants have made a range of arguments that, if "
    "accepted, risk blurring the line between civil and military federal power—to the "
    "detriment of this nation.\n\n"
    "The President's determination was simply untethered to the facts. The protests at the "
    "Portland ICE facility were not significantly violent or disruptive in the days—or even "
    "weeks—leading up to the President's directive."
)

ARTICLE = (
    "Trump has faced other setbacks.\n"
    "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland, saying his "
    "descriptions of an emergency there were false and that the US is a “nation of "
    "Constitutional law, not martial law”. The judge wrote that the protests were “violent "
    "riots that overwhelmed the city police”, and that the President’s determination was "
    "“simply untethered to the facts”.\n"
    "Trump says he could invoke the Insurrection Act if courts are “holding us up”.\n"
)
RULING = "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland"


def oregon(
    text: str = ARTICLE,
    authority: str = CLUSTER,
    opinion: str | None = OPINION,
    extra: list[Mention] | None = None,
) -> LinkedArticle:
    ms = [mention(text, RULING, "ruling", authority, court="ord"), *(extra or [])]
    src = source(
        authority,
        title="State of Oregon v. Trump",
        url=OPINION_URL if authority.startswith("cl:cluster:") else "https://example.org/",
        source="courtlistener.com",
    )
    if opinion is not None:
        src = replace(src, text=opinion)
    return linked(text_article(text), ms, sources={authority: src})


def quoted(la: LinkedArticle) -> dict[str, Quote]:
    return {la.article.text[q.start : q.end]: q for q in la.quotes}


# --- finding and checking ------------------------------------------------------------------


def test_a_quotation_the_ruling_contains_is_found_at_its_place() -> None:
    la = find_quotes(oregon())
    q = quoted(la)["nation of Constitutional law, not martial law"]
    assert q.found and q.authority == CLUSTER
    assert q.source_offset == OPINION.index("nation of Constitutional law")
    assert quote_url(la, q) == (
        OPINION_URL + "#:~:text=nation%20of%20Constitutional%20law%2C%20not%20martial%20law"
    )
    untethered = quoted(la)["simply untethered to the facts"]
    assert untethered.found and untethered.source_offset == OPINION.index("simply untethered")


def test_a_quotation_the_ruling_does_not_contain_is_marked_missing() -> None:
    la = find_quotes(oregon())
    q = quoted(la)["violent riots that overwhelmed the city police"]
    assert not q.found and q.source_offset is None
    assert quote_url(la, q) is None
    assert "holding us up" not in quoted(la)  # three words: too short to judge


def test_a_docket_is_not_the_ruling_s_text_so_nothing_is_checked_against_it() -> None:
    line = "Docket 3:25-cv-01756; court: ord; filed 2025-09-28; assigned to Karin J. Immergut"
    assert find_quotes(oregon(authority="cl:docket:71481149", opinion=line)).quotes == ()


def test_without_text_or_for_a_cut_text_only_what_is_found_is_reported() -> None:
    assert find_quotes(oregon(opinion=None)).quotes == ()
    long = OPINION + " " + "The court finds further facts. " * (TEXT_CHARS // 31)
    cut = long[:TEXT_CHARS].rsplit(" ", 1)[0] + " …"
    got = quoted(find_quotes(oregon(opinion=cut)))
    assert got["nation of Constitutional law, not martial law"].found
    # the rest of the opinion was not fetched: absence proves nothing
    assert "violent riots that overwhelmed the city police" not in got


def test_an_ellipsis_quote_is_found_part_by_part_and_placed_at_its_first_part() -> None:
    text = (
        "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland. She wrote "
        "that “this is a nation of Constitutional law … Defendants have made a range of "
        "arguments”.\n"
    )
    la = find_quotes(oregon(text))
    (q,) = la.quotes
    assert q.found and q.source_offset == OPINION.index("this is a nation")
    # a fragment of the opinion's own words
    assert (
        quote_url(la, q)
        == OPINION_URL + "#:~:text=this%20is%20a%20nation%20of%20Constitutional%20law"
    )


def test_a_quote_near_two_rulings_belongs_to_the_one_whose_text_has_it_then_the_nearest() -> None:
    other = "cl:cluster:999"
    text = (
        "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland. "
        "Separately, an appeals court ruled in the Illinois case. "
        "It said the city was a “nation of Constitutional law, not martial law” and that the "
        "deployment was “a measured response to violent riots”.\n"
    )
    base = oregon(text, extra=[mention(text, "an appeals court ruled", "ruling", other)])
    auths = dict(base.authorities)
    auths[other] = replace(
        auths[other],
        source=source(
            other,
            url="https://www.courtlistener.com/opinion/999/x/",
            text="The Governor's account of a measured response to violent riots was accepted.",
        ),
    )
    la = find_quotes(LinkedArticle(base.article, base.mentions, auths))
    got = quoted(la)
    # the Oregon opinion contains it, though the Illinois ruling is nearer
    assert got["nation of Constitutional law, not martial law"].authority == CLUSTER
    assert got["a measured response to violent riots"].authority == other
    assert len(la.quotes) == 2  # each quotation once


def test_locate_compares_as_check_quotes_does() -> None:
    src = "He said: “This is a Nation of constitutional LAW—not martial law.”"
    at = locate("nation of Constitutional law not martial law", src)
    assert at is not None and src[at[0] : at[1]] == "Nation of constitutional LAW—not martial law"
    assert locate("nation of laws", src) is None


def test_long_passages_become_a_start_and_end_fragment_with_reserved_characters_escaped() -> None:
    frag = text_fragment("risk blurring the line between civil and military federal power—to the")
    assert (
        frag == "#:~:text=risk%20blurring%20the%20line,military%20federal%20power%E2%80%94to%20the"
    )
    assert text_fragment("a well-known, short & sweet") == (
        "#:~:text=a%20well%2Dknown%2C%20short%20%26%20sweet"
    )


# --- the page --------------------------------------------------------------------------------


class Nesting(HTMLParser):
    """Fails on an end tag that closes another element, or a link inside a link."""

    VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        assert not (tag == "a" and "a" in self.stack), "a link inside a link"
        assert not (tag == "q" and "q" in self.stack), "a quotation inside a quotation"
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


def body_html(page: str) -> str:
    el = BeautifulSoup(page, "html.parser").find(id="article-text")
    assert isinstance(el, Tag)
    return el.decode_contents()


def well_nested(page: str) -> None:
    p = Nesting()
    p.feed(page.split('id="article-text"', 1)[1].split("</article>", 1)[0].split(">", 1)[1])
    p.close()
    assert p.stack == []


class QuoteText(HTMLParser):
    """The characters inside the ``<q>`` pieces of quotation ``qv{n}`` (BeautifulSoup would
    fold whitespace-only strings)."""

    def __init__(self, n: int) -> None:
        super().__init__(convert_charrefs=True)
        self.want, self.depth, self.parts = f"qv{n}", 0, [""]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += 1
        elif tag == "q" and ("data-quote", self.want) in attrs:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def pieces(page: str, n: int) -> str:
    p = QuoteText(n)
    p.feed(page)
    p.close()
    return "".join(p.parts)


def test_the_page_links_found_quotes_and_marks_missing_ones_without_changing_the_text() -> None:
    la = find_quotes(oregon())
    page = render_html(la)
    assert strip_annotations(page) == la.article.text
    well_nested(page)
    soup = BeautifulSoup(page, "html.parser")
    found = soup.select("#article-text q.qv-found")
    missing = soup.select("#article-text q.qv-missing")
    assert [q.get_text() for q in found] == [
        "nation of Constitutional law, not martial law",
        "simply untethered to the facts",
    ]
    assert [q.get_text() for q in missing] == ["violent riots that overwhelmed the city police"]
    assert QUOTE_MISSING in str(missing[0]["title"])
    assert "qv-end" in missing[0]["class"]
    # a found quote is followed by its link to the place in the ruling
    link = found[0].find_next_sibling()
    assert isinstance(link, Tag) and link.name == "a" and "qv-link" in link["class"]
    assert link["href"] == quote_url(la, la.quotes[0])
    assert link["aria-label"]
    # the ruling's preview says which quotations were checked
    ruling = soup.select_one("#article-text a.lk-ruling")
    assert ruling is not None
    pop = soup.find(id=ruling["aria-describedby"])
    assert isinstance(pop, Tag)
    said = pop.get_text(" ", strip=True)
    assert f"{QUOTE_MISSING}: “violent riots that overwhelmed the city police”" in said
    assert "found in the ruling: “nation of Constitutional law, not martial law”" in said
    assert pop.find("a", href=quote_url(la, la.quotes[0])) is not None


def test_the_css_draws_the_marks_and_the_csp_allows_it() -> None:
    import base64
    import hashlib
    import re

    page = render_html(find_quotes(oregon()))
    css = re.search(r"<style>(.*?)</style>", page, re.S)
    assert css is not None
    assert "q.qv-missing" in css.group(1) and "wavy" in css.group(1)
    assert 'content:"in the ruling ↗"' in css.group(1)
    digest = base64.b64encode(hashlib.sha256(css.group(1).encode()).digest()).decode()
    csp = BeautifulSoup(page, "html.parser").find(
        "meta", attrs={"http-equiv": "Content-Security-Policy"}
    )
    assert isinstance(csp, Tag) and f"style-src 'sha256-{digest}'" in str(csp["content"])


def test_quotes_and_mentions_nest_whichever_contains_the_other() -> None:
    text = (
        "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland and wrote "
        "that “this is a nation of Constitutional law, not martial law”.\n"
    )
    # a statute mention inside the quotation, one straddling its end, and the ruling
    # mention holding a quotation whole
    ms = [
        mention(text, "Constitutional law", "constitution", "const:amendment:1"),
        mention(text, "martial law”.", "statute", "usc:10:12406"),
    ]
    la = find_quotes(oregon(text, extra=ms))
    (q,) = la.quotes
    page = render_html(la)
    well_nested(page)
    assert strip_annotations(page) == text
    soup = BeautifulSoup(page, "html.parser")
    assert pieces(page, 0) == text[q.start : q.end]
    parts = soup.select('q[data-quote="qv0"]')
    assert len(parts) == 2  # split where the statute link begins
    assert parts[0].select("a.lk-constitution")  # the quotation holds a whole link
    assert parts[1].find_parent("a") is not None  # the rest lies inside the straddling link
    link = soup.select_one("a.qv-link")
    assert link is not None and link.find_parent("a") is None


texts = st.text(alphabet=st.sampled_from("ab “”\n<&é"), min_size=1, max_size=80)


@st.composite
def text_mentions_quotes(draw: st.DrawFn) -> tuple[str, list[Mention], list[Quote]]:
    text = draw(texts)

    def spans() -> list[tuple[int, int]]:
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8, unique=True)))
        return [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if b > a]

    ms = [Mention(a, b, text[a:b], "statute", "usc:10:252") for a, b in spans()]
    qs = [
        Quote(a, b, CLUSTER, draw(st.booleans()), None if draw(st.booleans()) else 0)
        for a, b in spans()
    ]
    return text, ms, qs


@settings(max_examples=150, deadline=None)
@given(text_mentions_quotes())
def test_any_quotes_and_mentions_keep_the_text_and_nest(
    data: tuple[str, list[Mention], list[Quote]],
) -> None:
    text, ms, qs = data
    base = linked(Article(source="x.txt", text=text), ms)
    auths = dict(base.authorities)
    auths[CLUSTER] = oregon().authorities[CLUSTER]
    la = LinkedArticle(base.article, base.mentions, auths, quotes=tuple(qs))
    page = render_html(la)
    assert strip_annotations(page) == text
    well_nested(page)
    soup = BeautifulSoup(page, "html.parser")
    for n, q in enumerate(qs):
        assert pieces(page, n) == text[q.start : q.end]
    assert len(soup.select("#article-text a.lk")) >= len(ms)  # split pieces share an id


def test_html_articles_mark_quotes_in_the_publisher_s_markup() -> None:
    markup = (
        "<html><head><title>Judge blocks deployment</title></head><body><article>"
        "<h1>Judge blocks deployment</h1>"
        f"<p>{RULING}, saying the US is a “nation of <em>Constitutional law</em>, not "
        "martial law”. She also called the protests “violent riots that overwhelmed the "
        "city police”.</p></article></body></html>"
    )
    ex = extract(markup)
    art = Article(source="a.html", text=ex.text, title=ex.title, html=markup, text_map=ex.text_map)
    base = oregon(ex.text)
    la = find_quotes(LinkedArticle(art, base.mentions, base.authorities))
    page = render_html(la)
    well_nested(page)
    soup = BeautifulSoup(page, "html.parser")
    assert pieces(page, 0) == "nation of Constitutional law, not martial law"
    assert soup.select_one("#article-text em q.qv-found") is not None  # pieces follow the <em>
    assert soup.select_one("#article-text q.qv-missing[title]") is not None
    link = soup.select_one("#article-text a.qv-link")
    assert link is not None and str(link["href"]).startswith(OPINION_URL + "#:~:text=")
    body = soup.select_one("#article-text")
    assert body is not None and "".join(body.get_text().split()) == "".join(ex.text.split())


# --- JSON ------------------------------------------------------------------------------------


def test_json_lists_each_quote_with_its_ruling_and_whether_it_was_found() -> None:
    la = find_quotes(oregon())
    got = to_json_obj(la)["quotes"]
    assert [(ARTICLE[g["start"] : g["end"]], g["authority"], g["found"]) for g in got] == [
        ("nation of Constitutional law, not martial law", CLUSTER, True),
        ("violent riots that overwhelmed the city police", CLUSTER, False),
        ("simply untethered to the facts", CLUSTER, True),
    ]
    assert to_json_obj(oregon(opinion=None))["quotes"] == []


# --- text taken from a PDF -------------------------------------------------------------------

ABREGO = SHARED_FIXTURES / "courtlistener" / "opinion_10842813_noem_v_abrego_garcia.json"


def abrego_text() -> str:
    if not ABREGO.exists():
        pytest.skip("../shared fixtures are absent")
    from linker.sources.courtlistener import opinion_text

    text = opinion_text(json.loads(ABREGO.read_text(encoding="utf-8")))
    assert text
    return text


def test_line_end_hyphens_and_page_breaks_in_the_ruling_s_text_are_bridged() -> None:
    text = abrego_text()  # Noem v. Abrego Garcia (2025), CourtListener's text of the PDF
    across_hyphen = "removed Kilmar Armando Abrego Garcia from the United States to El Salvador"
    assert contains(across_hyphen, text)
    at = locate(across_hyphen, text)
    assert at is not None and text[at[0] : at[1]].endswith("El Sal- vador")
    # "… entered an administrative stay [page 2's running head] and subsequently referred …"
    assert contains(
        "THE CHIEF JUSTICE entered an administrative stay and subsequently referred the "
        "application to the Court",
        text,
    )
    # a word left out is not printing debris
    assert not contains("the United States removed Kilmar Armando Abrego Garcia to", text)


def test_a_quotation_that_drops_a_word_is_still_missing() -> None:
    text = (
        "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland, saying the "
        "US is a “nation of law, not martial law”.\n"
    )
    (q,) = find_quotes(oregon(text)).quotes
    assert not q.found


def test_link_article_checks_the_quotes_of_a_fetched_opinion(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    abrego_text()
    import httpx
    from fakeservers import FakeServer

    import linker.pipeline as pipeline
    from linker.store import open_cache

    text = (
        "The Supreme Court ruled on Thursday that the government must facilitate his return. "
        "The justices wrote that the United States had “removed Kilmar Armando Abrego Garcia "
        "from the United States to El Salvador” and that the removal was “a deliberate act of "
        "the administration”.\n"
    )
    ruled = "The Supreme Court ruled on Thursday"
    start = text.index(ruled)
    pinned = Mention(
        start, start + len(ruled), ruled, "ruling", "cl:cluster:10376225", court="scotus"
    )
    monkeypatch.setattr(pipeline, "scan", lambda *a, **k: [pinned])
    with FakeServer() as fake, httpx.Client() as client:
        la, _ = pipeline.link_article(
            text_article(text),
            db=open_cache(tmp_path / "cache.sqlite"),
            client=client,
            config=fake.config(courtlistener_token="test-token-0123"),
        )
    got = {text[q.start : q.end]: q.found for q in la.quotes}
    assert got == {
        "removed Kilmar Armando Abrego Garcia from the United States to El Salvador": True,
        "a deliberate act of the administration": False,
    }
    page = render_html(la)
    assert strip_annotations(page) == text
    link = BeautifulSoup(page, "html.parser").select_one("#article-text a.qv-link")
    assert link is not None
    assert str(link["href"]).startswith("https://www.courtlistener.com/")
    assert "#:~:text=removed%20Kilmar%20Armando%20Abrego," in str(link["href"])
