"""Case captions in news and list shapes (issue 13, point 4, twelfth session): sentences of
our own in the shapes found on real pages, each with what a reader would see linked."""

from __future__ import annotations

from conftest import mentions


def cases(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text) if m.kind == "case"]


def test_a_date_line_above_a_caption_is_not_its_first_party() -> None:
    # a case list's entry: the date on one line, the caption on the next
    text = (
        "CASE ADDITIONS\nMarch 4, 2019\nState of Nevada v. FTC\nCase Category: Consumer\n\n"
        "CASE ADDITIONS\nFebruary 2, 2019\nGreen Valley Tenants Union v. City of Reno\n"
        "The tenants sued the city over its eviction rules.\n"
    )
    assert ("State of Nevada v. FTC", "Nevada v. FTC") in cases(text)
    names = [n for _t, n in cases(text)]
    assert "Green Valley Tenants Union v. City of Reno" in names
    assert not any(n and "2019" in n for n in names)


def test_a_number_that_begins_a_party_on_its_line_is_kept() -> None:
    # a party whose name opens on a number stays whole (no line break after the number)
    text = "The suit, 1-800 Flowers Inc. v. Doe, was filed in Manhattan federal court.\n"
    names = [n for _t, n in cases(text)]
    assert not any(n and n.startswith("Doe") for n in names)


def test_a_cited_caption_keeps_its_relator_in_re_and_ex_parte() -> None:
    # a digest's headings: eyecite reads the name from the individual relator on
    text = (
        "State ex rel. Brown v. Lane, 912 P.2d 101 (Ariz. 1996)\n"
        "The governor sought a writ against the treasurer.\n\n"
        "Ohio ex rel. Dunn v. Kemp, 320 F.Supp.2d 44 (S.D. Ohio 2004)\n"
        "The attorney general may sue on behalf of a city.\n\n"
        "Ex parte Hall, 610 So.2d 12 (Ala. 1992)\n"
        "The insurer petitioned for a writ of mandamus.\n\n"
        "In re Disciplinary Proceedings of Moss, 2012 PA Super 40\n"
        "The lawyer appealed.\n"
    )
    names = {m.authority: m.name for m in mentions(text) if m.kind == "case" and m.authority}
    assert names["cite:912:p2d:101"] == "State ex rel. Brown v. Lane"
    assert names["cite:320:fsupp2d:44"] == "Ohio ex rel. Dunn v. Kemp"
    assert names["cite:610:so2d:12"] == "Ex parte Hall"
    assert names["cite:2012:pasuper:40"] == "In re Disciplinary Proceedings of Moss"


def test_a_cited_caption_begun_inside_a_word_takes_the_whole_word() -> None:
    text = (
        "In re Moss, 2010 PA Super 12; 980 A.2d 5 (Pa. Super. 2010)\nState ex rel. Merriam v. "
        "State Board of Parks,131 Ohio St. 3d 40; 2012-Ohio-100; 960 N.E.2d 40 (Ohio 2012)\n"
    )
    found = [m for m in mentions(text) if m.authority == "cite:131:ohiost3d:40"]
    assert found and found[0].text.startswith("State ex rel. Merriam v.")
    assert found[0].name and found[0].name.startswith("State ex rel. Merriam v. State Board")
