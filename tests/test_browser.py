"""The page in a real browser: Debian's Chromium driven by Playwright.

Every test blocks and records any request that is not for the page's own file, collects
console errors, page errors and dialogs, and saves a screenshot in its temporary folder.
Skipped when Playwright or Chromium is not installed.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from renderkit import fixture_linked, linked, mention, source, text_article

from linker.load import from_text, load_article
from linker.models import LinkedArticle
from linker.pipeline import scan_article
from linker.render import render_html

pytestmark = pytest.mark.browser

CHROMIUM = next(
    (p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()),
    None,
)
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_35557c4c5dbf5703.txt"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@dataclass
class Opened:
    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def clean(self) -> None:
        assert self.requests == [], "the page made network requests"
        assert self.errors == [], "console errors"
        assert self.dialogs == [], "a script ran"


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Opened]]:
    contexts: list[Any] = []

    def _open(linked_article: LinkedArticle, name: str = "page", **ctx: Any) -> Opened:
        path = tmp_path / f"{name}.html"
        path.write_text(render_html(linked_article), encoding="utf-8")
        context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **ctx})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page=page, url=path.as_uri())

        def route(r: Any) -> None:
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                opened.requests.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.on(
            "console",
            lambda m: opened.errors.append(m.text) if m.type in ("error", "warning") else None,
        )
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        page.goto(opened.url)
        return opened

    yield _open
    for c in contexts:
        c.close()


def shot(o: Opened, tmp_path: Path, name: str, full: bool = False) -> None:
    o.page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=full)


def seed_linked() -> LinkedArticle:
    """The seed article through the real pipeline (a stand-in when ../shared is absent)."""
    if SEED.exists():
        return scan_article(load_article(str(SEED)))
    text = (
        "Trump says he could invoke the rarely used Insurrection Act to force deployments.\n"
        "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland.\n"
    )
    return scan_article(from_text(text, "seed.txt"))


def rich_linked() -> LinkedArticle:
    t = (
        "Judge weighs the Insurrection Act\n\n"
        "The president relied on 10 U.S.C. § 12406 to send the Guard. Lawyers said the "
        "Posse Comitatus Act forbids troops from policing, and that the act has teeth.\n\n"
        "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland. "
        "Protesters cited the First Amendment.\n\n" + "More background paragraph. " * 40 + "\n\n"
        "In the end the Insurrection Act was not invoked.\n"
    )
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
            mention(t, "10 U.S.C. § 12406", "statute", "usc:10:12406"),
            mention(t, "Posse Comitatus Act", "statute", "usc:18:1385"),
            mention(t, "the act", "statute", "usc:18:1385", evidence="refers back"),
            mention(
                t,
                "A federal judge in Oregon blocked Trump’s bid to deploy troops in Portland",
                "ruling",
                None,
                court="ord",
                evidence="a judge in Oregon blocked",
            ),
            mention(t, "First Amendment", "constitution", "const:amendment:1"),
            mention(t, "Insurrection Act", "statute", "usc:10:251-255", nth=1),
        ],
        sources={
            "usc:10:251-255": source(
                "usc:10:251-255",
                title="10 U.S.C. Chapter 13 — Insurrection",
                citation="10 U.S.C. §§ 251–255",
                snippet="§ 251. Whenever the President considers that unlawful obstructions…",
            )
        },
    )


def visible_pops(o: Opened) -> list[str]:
    return o.page.eval_on_selector_all(".pop", "ps => ps.filter(p => !p.hidden).map(p => p.id)")


def test_seed_page_text_links_and_screenshot(
    open_page: Callable[..., Opened], tmp_path: Path
) -> None:
    la = seed_linked()
    o = open_page(la, "seed")
    page = o.page
    assert page.eval_on_selector("#article-text", "e => e.textContent") == la.article.text
    hrefs = page.eval_on_selector_all("a.lk", "as => as.map(a => a.href)")
    assert hrefs and all(h.startswith(("https://", "http://", o.url + "#toa-")) for h in hrefs)
    page.hover("a.lk >> nth=0")
    assert visible_pops(o) == [page.get_attribute("a.lk >> nth=0", "aria-describedby")]
    shot(o, tmp_path, "seed")
    o.clean()


@pytest.mark.parametrize(
    "name", ["wire_story.html", "local_tv_wordpress.html", "national_daily.html"]
)
def test_every_mention_is_a_link_with_its_own_preview(
    open_page: Callable[..., Opened], tmp_path: Path, name: str
) -> None:
    la = fixture_linked(name)
    o = open_page(la, name)
    page = o.page
    firsts = page.eval_on_selector_all(
        "a.lk:not([tabindex='-1'])",
        "as => as.map(a => [a.id, a.getAttribute('aria-describedby'), a.title, a.href])",
    )
    assert len(firsts) >= 4
    for mid, pop_id, title, href in firsts:
        assert href.startswith(("https://", o.url + "#toa-"))
        page.focus(f"#{mid}")  # keyboard focus opens the preview …
        assert visible_pops(o) == [pop_id]
        assert page.inner_text(f"#{pop_id} .pop-title") == title
        page.keyboard.press("Escape")  # … and Escape closes it
        assert visible_pops(o) == []
    shot(o, tmp_path, name, full=True)
    o.clean()


def test_hover_tab_escape_and_leaving(open_page: Callable[..., Opened], tmp_path: Path) -> None:
    o = open_page(rich_linked(), "rich")
    page = o.page
    page.hover("#m4")
    assert visible_pops(o) == ["p4"]
    assert "District of Oregon" in page.inner_text("#p4")
    assert page.is_visible("#p4")
    box = page.locator("#p4").bounding_box()
    assert box is not None and box["width"] > 100
    shot(o, tmp_path, "hover")
    page.mouse.move(5, 5)
    page.wait_for_timeout(400)
    assert visible_pops(o) == []
    # keyboard only: Tab from the top reaches the first mention and opens its preview
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "m0"
    assert visible_pops(o) == ["p0"]
    # Tab moves into the preview's links, Tab again leaves it for the next mention
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.pop') && true") is True
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "m1"
    assert visible_pops(o) == ["p1"]
    page.keyboard.press("Escape")
    assert visible_pops(o) == []
    assert page.evaluate("document.activeElement.id") == "m1"
    o.clean()


def test_table_of_authorities_jumps_both_ways(
    open_page: Callable[..., Opened], tmp_path: Path
) -> None:
    o = open_page(rich_linked(), "toa", viewport={"width": 800, "height": 600})
    page = o.page
    entry = page.locator("#toa li", has_text="Insurrection").first
    entry.locator(".toa-jumps a").nth(1).click()
    page.wait_for_timeout(100)
    assert page.evaluate("location.hash") == "#m6"
    assert page.evaluate("document.activeElement.id") == "m6"
    assert page.locator("#m6").is_visible()
    assert page.evaluate(
        "(() => { const r = document.getElementById('m6').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; })()"
    )
    assert visible_pops(o) == ["p6"]
    shot(o, tmp_path, "to-mention")
    page.click("#p6 a[href^='#toa-']")
    page.wait_for_timeout(100)
    entry_id = entry.get_attribute("id")
    assert page.evaluate("location.hash") == f"#{entry_id}"
    assert page.evaluate("document.activeElement.id") == entry_id
    assert visible_pops(o) == []
    shot(o, tmp_path, "to-entry")
    o.clean()


def test_a_mention_link_goes_to_its_source(
    open_page: Callable[..., Opened], tmp_path: Path
) -> None:
    o = open_page(rich_linked(), "follow")
    page = o.page
    href = page.get_attribute("#m1", "href")
    assert href == "https://www.law.cornell.edu/uscode/text/10/12406"
    page.context.unroute("**/*")
    page.context.route(
        "**/*",
        lambda r: (
            r.fulfill(body="<p>source</p>", content_type="text/html")
            if r.request.url == href
            else r.abort()
        ),
    )
    page.click("#m1")
    page.wait_for_url(href)
    assert page.inner_text("p") == "source"
    shot(o, tmp_path, "followed")


def test_tap_opens_the_preview_first(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "tap.html"
    path.write_text(render_html(rich_linked()), encoding="utf-8")
    context = browser.new_context(
        viewport={"width": 390, "height": 800}, has_touch=True, is_mobile=True
    )
    try:
        requests: list[str] = []
        context.route(
            "**/*",
            lambda r: (
                r.continue_()
                if r.request.url.startswith("file:")
                else (requests.append(r.request.url), r.abort())
            ),
        )
        page = context.new_page()
        page.goto(path.as_uri())
        page.tap("#m1")
        page.wait_for_timeout(100)
        assert page.eval_on_selector_all(
            ".pop", "ps => ps.filter(p => !p.hidden).map(p => p.id)"
        ) == ["p1"]
        assert page.url == path.as_uri() and requests == []
        page.screenshot(path=str(tmp_path / "tap.png"))
        page.tap("h2#toa-h")
        assert page.eval_on_selector_all(".pop", "ps => ps.filter(p => !p.hidden).length") == 0
    finally:
        context.close()


def test_side_panel_on_wide_screens_section_at_the_end_on_phones(
    open_page: Callable[..., Opened], tmp_path: Path
) -> None:
    wide = open_page(rich_linked(), "wide")
    art = wide.page.locator("#article-text").bounding_box()
    toa = wide.page.locator("#toa").bounding_box()
    assert toa["x"] >= art["x"] + art["width"]  # beside the article
    shot(wide, tmp_path, "wide")
    phone = open_page(rich_linked(), "phone", viewport={"width": 375, "height": 740})
    art = phone.page.locator("#article-text").bounding_box()
    toa = phone.page.locator("#toa").bounding_box()
    assert toa["y"] >= art["y"] + art["height"]  # after it
    assert phone.page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    shot(phone, tmp_path, "phone", full=True)
    wide.clean()
    phone.clean()


def test_dark_scheme_and_print(open_page: Callable[..., Opened], tmp_path: Path) -> None:
    o = open_page(rich_linked(), "dark", color_scheme="dark")
    page = o.page
    bg = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
    assert bg == "rgb(23, 23, 26)"
    shot(o, tmp_path, "dark")
    page.emulate_media(media="print", color_scheme="light")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.print-notes')).display") == "block"
    )
    marker = page.evaluate("getComputedStyle(document.getElementById('m0'), '::after').content")
    assert marker == '"[1]"'
    page.pdf(path=str(tmp_path / "print.pdf"))
    o.clean()


def test_hostile_article_and_source_run_nothing(
    open_page: Callable[..., Opened], tmp_path: Path
) -> None:
    t = (
        "He cited <script>alert('text-script')</script> the Insurrection Act "
        "<img src=x onerror=\"alert('text-img')\"> and <a href=\"javascript:alert('x')\">here</a>."
    )
    la = linked(
        text_article(t),
        [mention(t, "Insurrection Act", "statute", "usc:10:251-255", url="javascript:alert(1)")],
        sources={
            "usc:10:251-255": source(
                "usc:10:251-255",
                title="<img src=x onerror=\"alert('title')\">",
                citation="<script>alert('cite')</script>",
                snippet="<p>Text<script>alert('snippet')</script><svg onload=\"alert('svg')\">"
                "</svg></p>",
                url="javascript:alert('url')",
            )
        },
    )
    o = open_page(la, "hostile-text")
    o.page.hover("#m0")
    assert o.page.eval_on_selector("#article-text", "e => e.textContent") == t
    shot(o, tmp_path, "hostile-text")
    o.clean()
    # a publisher page with <script>, onerror= and javascript: links
    h = open_page(fixture_linked("national_daily.html"), "hostile-html")
    assert h.page.title() != "pwned-script"
    assert h.page.evaluate("document.querySelectorAll('script').length") == 1
    for link in h.page.locator("#article-text a").all():
        href = link.get_attribute("href")
        assert href is None or href.startswith(("https://", "http://", "#"))
    h.page.locator("#article-text").get_by_text("Rule 23").click()
    h.page.wait_for_timeout(100)
    shot(h, tmp_path, "hostile-html", full=True)
    h.clean()
