"""`--format annotations`: W3C Web Annotations (JSON-LD), and `--open`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from renderkit import fixture_linked, linked, mention, text_article

from linker.annotations import to_annotations, to_annotations_obj
from linker.cli import main

TEXT = "Trump says he could invoke the Insurrection Act.\nA judge cited the Insurrection Act."


def test_each_mention_is_an_annotation_with_quote_and_position_selectors() -> None:
    la = linked(
        text_article(TEXT),
        [
            mention(
                TEXT,
                "Insurrection Act",
                "statute",
                "usc:10:251-255",
                evidence="named act: Insurrection Act",
            ),
            mention(TEXT, "A judge", "ruling", None, court="ca9"),
        ],
    )
    doc = json.loads(to_annotations(la))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 2
    items = doc["first"]["items"]
    assert [i["type"] for i in items] == ["Annotation", "Annotation"]
    first = items[0]
    assert first["motivation"] == "linking"
    quote, pos = first["target"]["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "Insurrection Act",
        "prefix": "Trump says he could invoke the ",
        "suffix": ".\nA judge cited the Insurrection",
    }
    assert pos == {"type": "TextPositionSelector", "start": 31, "end": 47}
    assert TEXT[pos["start"] : pos["end"]] == quote["exact"]
    bodies = {b["purpose"]: b for b in first["body"]}
    assert bodies["linking"]["source"]["id"] == "https://www.law.cornell.edu/uscode/text/10/251"
    assert bodies["identifying"]["value"] == "usc:10:251-255"
    assert bodies["classifying"]["value"] == "statute"
    assert bodies["commenting"]["value"] == "named act: Insurrection Act"
    ruling = {b["purpose"]: b for b in items[1]["body"]}
    assert "identifying" not in ruling
    assert ruling["describing"]["value"] == "U.S. Court of Appeals for the Ninth Circuit"
    assert first["target"]["source"].startswith("file:///")
    assert len({i["id"] for i in items}) == 2


def test_html_articles_point_into_the_extracted_text() -> None:
    la = fixture_linked("wire_story.html", "https://news.example/guard.html")
    doc = to_annotations_obj(la)
    for item, m in zip(doc["first"]["items"], la.mentions, strict=True):
        quote, pos = item["target"]["selector"]
        assert item["target"]["source"] == "https://news.example/guard.html"
        assert item["target"]["format"] == "text/html"
        assert la.article.text[pos["start"] : pos["end"]] == quote["exact"] == m.text


def test_cli_writes_annotations_and_opens_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    art = tmp_path / "story.txt"
    art.write_text("Trump may invoke the Insurrection Act.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["link", str(art), "--offline", "--format", "annotations"]) == 0
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert out == "story.jsonld"  # outside the checkout: the current folder
    doc = json.loads((tmp_path / out).read_text(encoding="utf-8"))
    assert doc["first"]["items"][0]["target"]["selector"][0]["exact"] == "Insurrection Act"

    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    assert main(["link", str(art), "--offline", "--open", "-o", str(tmp_path / "page.html")]) == 0
    assert opened == [(tmp_path / "page.html").resolve().as_uri()]
    assert capsys.readouterr().out.strip().splitlines()[-1] == str(tmp_path / "page.html")
