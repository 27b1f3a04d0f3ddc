"""Build LinkedArticles by hand for the renderer's tests (independent of the scanner)."""

from __future__ import annotations

from pathlib import Path

from linker.htmltext import extract
from linker.links import public_url
from linker.models import Article, Authority, LinkedArticle, Mention, Source
from linker.resolve import authorities_for, link_mention

FIXTURES = Path(__file__).parent / "fixtures" / "html"

# (phrase, occurrence, kind, authority, court, evidence)
Spec = tuple[str, int, str, str | None, str | None, str | None]


def find_nth(text: str, phrase: str, n: int = 0) -> int:
    pos = -1
    for _ in range(n + 1):
        pos = text.find(phrase, pos + 1)
        assert pos >= 0, f"{phrase!r} (#{n}) not in the text"
    return pos


def mention(
    text: str,
    phrase: str,
    kind: str,
    authority: str | None = None,
    *,
    nth: int = 0,
    court: str | None = None,
    evidence: str | None = None,
    confidence: float = 0.9,
    name: str | None = None,
    url: str | None = None,
) -> Mention:
    start = find_nth(text, phrase, nth)
    m = Mention(
        start=start,
        end=start + len(phrase),
        text=phrase,
        kind=kind,
        authority=authority,
        court=court,
        evidence=evidence,
        confidence=confidence,
        name=name,
        url=url,
    )
    return link_mention(m)


def linked(
    article: Article,
    mentions: list[Mention],
    sources: dict[str, Source] | None = None,
    warnings: tuple[str, ...] = (),
) -> LinkedArticle:
    ms = tuple(sorted(mentions, key=lambda m: m.start))
    auths = authorities_for(ms)
    for key, src in (sources or {}).items():
        a = auths[key]
        auths[key] = Authority(id=a.id, kind=a.kind, title=a.title, url=a.url, source=src)
    return LinkedArticle(article=article, mentions=ms, authorities=auths, warnings=warnings)


def text_article(text: str, source: str = "article.txt") -> Article:
    return Article(source=source, text=text, title=text.split("\n", 1)[0][:100])


def html_article(name: str, source: str | None = None) -> Article:
    markup = (FIXTURES / name).read_text(encoding="utf-8")
    ex = extract(markup)
    return Article(
        source=source or f"tests/fixtures/html/{name}",
        text=ex.text,
        title=ex.title,
        date=ex.date,
        html=markup,
        text_map=ex.text_map,
        byline=ex.byline,
    )


def source(authority: str, **kw: str) -> Source:
    base: dict[str, str] = {
        "title": f"Title of {authority}",
        "url": public_url(authority) or "https://example.org/",
        "source": "uscode.house.gov",
        "fetched_at": "2025-10-08T12:30:00Z",
    }
    base.update(kw)
    return Source(authority=authority, **base)  # type: ignore[arg-type]


# The mentions each fixture is rendered with in the golden tests: the scanner's output would
# drift as it improves; these pin the renderer alone.
FIXTURE_MENTIONS: dict[str, list[tuple[str, str, str | None, int]]] = {
    "wire_story.html": [
        ("Posse Comitatus Act", "statute", "usc:18:1385", 0),  # split across <em>
        ("10 U.S.C. § 12406", "statute", "usc:10:12406", 0),  # inside a publisher link
        ("the 1878 law", "statute", "usc:18:1385", 0),
        ("Insurrection Act", "statute", "usc:10:251-255", 0),  # &nbsp; inside <strong>
        ("Brandenburg v. Ohio, 395 U.S. 444 (1969)", "case", "cite:395:us:444", 0),
        ("First Amendment", "constitution", "const:amendment:1", 0),
    ],
    "local_tv_wordpress.html": [
        ("Alien Enemies Act", "statute", "usc:50:21-24", 0),  # in the <h1>
        ("Alien Enemies Act", "statute", "usc:50:21-24", 1),
        ("Alien Enemies Act", "statute", "usc:50:21-24", 2),  # in a heading's anchor
        ("50 U.S.C. 21", "statute", "usc:50:21", 0),
        ("Sedition Act", "statute", None, 0),
        ("Fifth Amendment", "constitution", "const:amendment:5", 0),
        ("Fifth Amendment", "constitution", "const:amendment:5", 1),  # in a blockquote
    ],
    "national_daily.html": [
        ("Trump v. CASA", "case", None, 0),  # across <strong><em>…<span>
        ("Judiciary Act of 1789", "statute", None, 0),
        ("Executive Order 14160", "executive-action", "eo:14160", 0),
        ("14th Amendment", "constitution", "const:amendment:14", 0),
        ("8 U.S.C. § 1401", "statute", "usc:8:1401", 0),
        ("8 U.S.C. § 1401", "statute", "usc:8:1401", 1),  # inside <code>
        ("Rule 23", "regulation", None, 0),  # inside a javascript: link
    ],
}


def fixture_linked(name: str, source_url: str | None = None) -> LinkedArticle:
    art = html_article(name, source_url)
    ms = [
        mention(art.text, phrase, kind, auth, nth=nth, name=None if auth else phrase)
        for phrase, kind, auth, nth in FIXTURE_MENTIONS[name]
    ]
    return linked(art, ms)
