"""Two shapes that made trap articles (no U.S. law in them) get a mention: a league's appeals
panel's "ruling" with no law anywhere in the article, and another country's amendment whose
compound ordinal is spelt with a space ("Thirty Fourth Amendment")."""

from linker.load import from_text
from linker.pipeline import scan_article


def _mentions(text: str) -> list[tuple[str, str | None]]:
    article = scan_article(from_text(text, "x.txt", date="2026-01-10"))
    return [(m.text, m.authority) for m in article.mentions]


def test_a_sports_panels_ruling_with_no_law_in_the_article_is_no_ruling() -> None:
    assert (
        _mentions(
            "“The panel’s ruling only asks the curator to recheck her earlier picks,” the"
            " guild’s note said."
        )
        == []
    )
    assert _mentions("The panel's decision was final, the league said after the match.") == []


def test_a_panels_decision_in_an_article_about_a_lawsuit_is_still_a_ruling() -> None:
    found = _mentions(
        "The lawsuit went to the appeals court. The panel's decision upheld the statute, the"
        " attorney said."
    )
    assert [t for t, _ in found] == ["The panel's decision"]


def test_a_compound_ordinal_spelt_with_a_space_is_not_its_second_half() -> None:
    assert (
        _mentions(
            "The clerk said the bench had reviewed the Bill called “Thirty Fourth Amendment to the"
            " Constitution” under Article 140(3) of the Constitution."
        )
        == []
    )
    assert _mentions("They passed the Sixty Second Amendment bill under Article 140(3).") == []


def test_twenty_and_a_space_before_first_to_seventh_is_the_twenties_amendment() -> None:
    assert _mentions("Critics say the Twenty Second Amendment bars a third term.") == [
        ("Twenty Second Amendment", "const:amendment:22")
    ]
    assert _mentions("He cited the First Amendment and the Twenty-first Amendment.") == [
        ("First Amendment", "const:amendment:1"),
        ("Twenty-first Amendment", "const:amendment:21"),
    ]


def test_a_spaced_twenties_amendment_in_an_article_set_abroad_is_that_countrys() -> None:
    assert (
        _mentions(
            "Members of Parliament were told on Tuesday by the Speaker in Colombo that the Supreme"
            " Court of Sri Lanka had reviewed the Bill titled “Twenty Fourth Amendment to the"
            " Constitution” referred to it under Article 121 of the Constitution."
        )
        == []
    )
