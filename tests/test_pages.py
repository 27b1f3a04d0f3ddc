"""Real saved publisher pages (tests/pages): what linker reads of them is the article."""

from __future__ import annotations

from pathlib import Path

from linker.htmltext import keep_article_blocks
from linker.load import load_article
from linker.pages_eval import TARGET_PRECISION, TARGET_RECALL, score_folder, totals

PAGES = Path(__file__).parent / "pages"


def test_saved_pages_are_read_as_a_reader_does() -> None:
    scores = score_folder(PAGES)
    assert len(scores) >= 5
    t = totals(scores)
    assert t.precision >= TARGET_PRECISION and t.recall >= TARGET_RECALL, t
    for s in scores:  # no page is mostly menus, none loses a good part of its story
        assert s.precision >= 0.9 and s.recall >= 0.95, s


def test_menus_before_the_story_are_not_read() -> None:
    a = load_article(str(PAGES / "sfgate-stabbing-latest.html"))
    assert a.text.lstrip().startswith(("The Latest", "SAN FRANCISCO"))
    assert "Real Estate" not in a.text and "Privacy" not in a.text


def test_hover_cards_inside_paragraphs_are_not_read() -> None:
    a = load_article(str(PAGES / "thehill-omar-threat-plea.html"))
    assert "Ilhan OmarIlhan Omar" not in a.text and "Hillicon Valley" not in a.text
    assert "A New York man pleaded guilty" in a.text


def test_the_page_shows_only_what_was_read(tmp_path: Path) -> None:
    from linker.cli import main
    from linker.render import strip_annotations

    out = tmp_path / "p.html"
    page = PAGES / "sfgate-stabbing-latest.html"
    assert (
        main(["link", str(page), "--offline", "-o", str(out), "--cache", str(tmp_path / "c")]) == 0
    )
    shown = " ".join(strip_annotations(out.read_text(encoding="utf-8")).split())
    assert shown == " ".join(load_article(str(page)).text.split())


def test_relative_links_resolve_against_the_canonical_url(tmp_path: Path) -> None:
    from linker.cli import main

    out = tmp_path / "p.html"
    page = PAGES / "thehill-omar-threat-plea.html"
    assert (
        main(["link", str(page), "--offline", "-o", str(out), "--cache", str(tmp_path / "c")]) == 0
    )
    html = out.read_text(encoding="utf-8")
    body = html.split('id="article-text"', 1)[1].split("</article>", 1)[0]
    assert 'href="/' not in body and 'href="https://thehill.com/' in body


def test_blocks_the_reader_kept_and_their_map_move_together() -> None:
    text = "One block here.\n\nAnother block there."
    segs = [(0, 0, 0, 15), (17, 1, 0, 20)]
    assert keep_article_blocks(text, segs, None) == (text, segs)  # no reader: all kept
    assert keep_article_blocks(text, segs, "Another block there.\n") == (
        "Another block there.",
        [(0, 1, 0, 20)],
    )


def test_a_placeholder_date_gives_way_to_the_page_s_real_one() -> None:
    a = load_article(str(PAGES / "detroitnews-indiana-teachers.html"))
    assert a.date is not None and a.date.startswith("2019-11")


def test_headline_kept_captions_and_comments_dropped() -> None:
    from linker.htmltext import extract

    para = "The judge wrote a long opinion about the Insurrection Act and its history. " * 3
    html = (
        "<html><body><article><h1>Judge rules on the act</h1>"
        f"<p>{para}</p><figure><img src=x.jpg><figcaption>Protesters outside the courthouse"
        f" on Monday. (AP Photo/Jane Doe)</figcaption></figure><p>{para.replace('judge', 'court')}"
        "</p><div class='comments'><p>Great article!</p></div></article></body></html>"
    )
    text = extract(html).text
    assert text.startswith("Judge rules on the act\n\nThe judge wrote")
    assert "Protesters" not in text and "Great article" not in text
    assert "The court wrote" in text
