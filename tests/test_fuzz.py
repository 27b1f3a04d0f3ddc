"""Fuzzing load -> scan -> render with random and hostile text and HTML.

Whatever the input, linker either refuses it with an ``InputError`` (one line, exit 2) or
writes one well-formed page that holds the article's text, with no script but its own and no
publisher's handler or ``javascript:`` link. ``make test`` runs a short, reproducible pass;
``make fuzz`` runs random passes for ``LINKER_FUZZ_SECONDS`` in all (default there: 10 minutes),
and prints how many inputs each target tried.
"""

from __future__ import annotations

import os
import re
import time
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linker.errors import InputError
from linker.load import decode_html, decode_text, from_text
from linker.models import Article
from linker.pipeline import scan_article
from linker.render import render_html, strip_annotations

#: the whole run's budget in ``make fuzz``, shared by the three random targets below
SECONDS = float(os.environ.get("LINKER_FUZZ_SECONDS", "0") or 0)
SHARE = {"text": 0.35, "bom": 0.1, "html": 0.55}
TRIED: dict[str, int] = {}

PHRASES = (
    "the Insurrection Act",
    "10 U.S.C. § 252",
    "Roe v. Wade",
    "Brandenburg v. Ohio, 395 U.S. 444 (1969)",
    "the Posse Comitatus Act",
    "the 14th Amendment",
    "Executive Order 14159",
    "H.R. 3684",
    "A federal judge in Oregon blocked Trump's bid",
    "Id. at 447.",
    "the act",
    "(CADA)",
)
HOSTILE = (
    "\r\n\t \u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202e\u2066\u2069\u00a0"
    "<>&\"'§¶…—“”’"
)
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(HOSTILE)

pieces = st.one_of(
    st.sampled_from(PHRASES),
    st.text(ALPHABET, max_size=12),
    st.sampled_from(HOSTILE),
    st.sampled_from((". ", "\n", "\n\n", "\r", " ")),
)
texts = st.lists(pieces, min_size=1, max_size=25).map("".join)

TAGS = (
    "p",
    "div",
    "a",
    "em",
    "b",
    "span",
    "h1",
    "li",
    "ul",
    "td",
    "table",
    "blockquote",
    "article",
    "nav",
    "svg",
    "math",
    "script",
    "style",
    "template",
    "iframe",
    "noscript",
    "textarea",
    "figure",
    "figcaption",
    "q",
    "pre",
)
ATTRS = (
    "",
    ' href="/relative/path"',
    ' href="javascript:alert(1)"',
    ' href="https://example.org/x?a=1&amp;b=2"',
    ' onclick="alert(1)"',
    ' style="display:none"',
    ' class="related-links"',
    ' class="story-body"',
    " hidden",
    ' id="m0"',
    ' id="article-text"',
    ' itemprop="articleBody"',
)


def _element(tag: str, attr: str, inner: str, closed: bool) -> str:
    return f"<{tag}{attr}>{inner}" + (f"</{tag}>" if closed else "")


fragments = st.recursive(
    texts
    | st.sampled_from(("<br>", "<hr>", "<img src=x onerror=alert(1)>", "<svg/", "&amp;", "&")),
    lambda children: st.builds(
        _element,
        st.sampled_from(TAGS),
        st.sampled_from(ATTRS),
        st.lists(children, max_size=4).map("".join),
        st.booleans(),
    ),
    max_leaves=30,
)
heads = st.sampled_from(
    (
        "",
        "<head><title>T</title></head>",
        "<head><meta charset='windows-1252'><base href='https://news.example/a/'></head>",
        "<head><link rel=canonical href='https://news.example/story.html'></head>",
        "<head><title>",
    )
)
pages = st.builds(
    lambda head, body, wrap: (
        f"<!DOCTYPE html><html>{head}<body>{body}</body></html>" if wrap else head + body
    ),
    heads,
    st.lists(fragments, min_size=1, max_size=6).map("".join),
    st.booleans(),
)


class _Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def _squash(s: str) -> str:
    return "".join(s.split())


def _check_page(article: Article) -> None:
    linked = scan_article(article)
    for m in linked.mentions:
        assert 0 <= m.start <= m.end <= len(article.text)
        assert article.text[m.start : m.end] == m.text
    page = render_html(linked)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count("<html") == 1 and page.count("<body") == 1 and page.count("</body>") == 1
    assert len(re.findall(r"<script\b", page, re.IGNORECASE)) == 1  # linker's own, inline
    body = page.split('id="article-text"', 1)[1].split("</article>\n</main>", 1)[0]
    tags = _Tags()
    tags.feed("<article " + body)  # the markup a browser sees, not text that looks like it
    tags.close()
    for tag, attrs in tags.found:
        assert tag not in ("script", "iframe", "object", "embed", "style", "base"), tag
        for name, value in attrs:
            assert not name.lower().startswith("on"), (tag, name)
            assert "javascript:" not in (value or "").lower().replace(" ", ""), (tag, value)
    shown = strip_annotations(page)
    if article.html is None:
        assert shown == article.text
    else:
        assert _squash(shown) == _squash(article.text)


def _text_case(raw: str, encoding: str) -> None:
    data = raw.encode(encoding)
    try:
        article = from_text(decode_text(data, "fuzz.txt"), "fuzz.txt")
    except InputError as e:
        assert "\n" not in str(e)
        return
    _check_page(article)


def _html_case(html: str) -> None:
    try:
        article = from_text(decode_html(html.encode("utf-8"), "fuzz.html"), "f.html", is_html=True)
    except InputError as e:
        assert "\n" not in str(e)
        return
    _check_page(article)


def _run(check: object, strategy: st.SearchStrategy[object], examples: int, share: float) -> None:
    """One pass of ``check`` over ``examples`` inputs (reproducible in ``make test``; random,
    repeated until the time is up, in ``make fuzz``)."""
    options = {
        "max_examples": examples,
        "deadline": None,
        "database": None,
        "suppress_health_check": list(HealthCheck),
        "derandomize": not SECONDS,
    }

    def counted(value: object) -> None:
        TRIED[name] = TRIED.get(name, 0) + 1
        check(value)  # type: ignore[operator]

    name = getattr(check, "__name__", "check")
    test = settings(**options)(given(strategy)(counted))  # type: ignore[call-overload,arg-type]
    end = time.monotonic() + SECONDS * share
    test()
    while time.monotonic() < end:
        test()
    if SECONDS:
        print(f"\nfuzz {name}: {TRIED.get(name, 0)} inputs in {SECONDS * share:.0f} s")


def test_fuzz_plain_text() -> None:
    def plain_text(raw: str) -> None:
        _text_case(raw, "utf-8")

    _run(plain_text, texts, 40 if not SECONDS else 500, SHARE["text"])


def test_fuzz_text_with_a_bom() -> None:
    def text_with_bom(raw: str) -> None:
        _text_case(raw, "utf-16")

    _run(text_with_bom, texts, 10 if not SECONDS else 200, SHARE["bom"])


def test_fuzz_html() -> None:
    _run(_html_case, pages, 60 if not SECONDS else 500, SHARE["html"])


def test_hostile_examples() -> None:
    """Inputs that once broke linker or a reader library, kept as fixed cases."""
    for html in (
        "<svg/<p>the Insurrection Act</p>",
        "<article><p>the Posse <em>Comitatus</em> Act</p>" + "<b>" * 300 + "x",
        "<p>\u202eRoe v. Wade\u202c</p><a href='javascript:alert(1)'>x</a>",
        "<html><head><title>",
        "<p onclick=alert(1)>10 U.S.C. § 252</p><script>alert(1)</script>",
        # found by make fuzz: text in a table outside any cell is shown before the table
        "the Insurrection Act<table><td>&amp;</td>the Insurrection Act",
        "<table><tr>x<td>a</td><b>bold</b></tr>tail</table>after",
        "<!DOCTYPE html><html><body>\ufeff</body></html>",
        "<p>\ufeffthe Insurrection Act</p>",
        "\ufeff\x00",  # NUL behind a byte-order mark: binary
        "<p>the Insurrection Act</p>" + " " * 9000 + "\x00",  # NUL past the first bytes
        # found by make fuzz: markup after "&#" is text to this parser, and shown as text
        '&#<p href="javascript:alert(1)">',
        "&#<img src=x onerror=alert(1)>",
    ):
        _html_case(html)
    for text in (
        "\r\r\r",
        "\ufeffthe Insurrection Act\r",
        "Roe\u200b v.\u200d Wade\r\n",
        "\u200b\u202e",
    ):
        _text_case(text, "utf-8")
