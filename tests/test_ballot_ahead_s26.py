"""A measure put to the voters told before the article names it ("voters passed a citizen
ballot initiative … Proposition 9 set up …"): the article's one numbered ballot measure
(twenty-sixth session, s26-near; blind14 showed the shape). Sentences of our own in the shapes
of news."""

from __future__ import annotations

from conftest import mentions


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-08-30") if m.kind == "statute"]


def _ballot(found: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    return [(t, a) for t, a in found if "ballot" in t]


def _prop(found: list[tuple[str, str | None]]) -> str | None:
    return next(a for t, a in found if t.startswith("Proposition"))


_STORY = (
    "SALT LAKE CITY — A Utah judge ruled that lawmakers unlawfully overrode a citizen ballot "
    "initiative when they drew their own districts. In her ruling, the judge said Proposition 9 "
    "still governs how Utah draws its maps."
)


def test_citizen_ballot_initiative_before_the_measure_is_named() -> None:
    found = _laws(_STORY)
    prop = _prop(found)
    assert prop is not None
    assert _ballot(found) == [("a citizen ballot initiative", prop)]


def test_apposition_after_the_measure_is_left_to_it() -> None:
    text = (
        "SALT LAKE CITY — A judge sided with the groups who challenged the legislature's "
        "override of Proposition 9, a citizen ballot initiative that created an independent "
        "commission to draw maps for Congress and the state school board.\n\n"
        '"Here, Proposition 9 is plainly substantive legislation," the judge wrote.'
    )
    assert _ballot(_laws(text)) == []


def test_two_measures_named_links_neither() -> None:
    text = _STORY + " Voters also passed Proposition 11 on school funding that year."
    assert _ballot(_laws(text)) == []


def test_bare_ballot_initiative_is_any_measure() -> None:
    text = _STORY.replace("a citizen ballot initiative", "a ballot initiative")
    assert _ballot(_laws(text)) == []


def test_maps_for_congress_do_not_make_the_sentence_federal() -> None:
    text = (
        "SALT LAKE CITY — A judge ruled against the legislature on Monday.\n\n"
        "The judge sided with the groups who challenged the override of Proposition 9, which "
        "voters passed to create a commission to draw maps for Congress and the legislature."
        "\n\n"
        "Lawmakers said they would appeal."
    )
    assert ("Proposition 9", "state:ut:bill:prop9") in _laws(text)


def test_congress_passing_a_law_still_blocks_the_datelines_state() -> None:
    text = (
        "SALT LAKE CITY — A judge ruled against the legislature on Monday.\n\n"
        "Congress passed Proposition 9 of its own spending plan, which voters never saw.\n\n"
        "Lawmakers said they would appeal."
    )
    assert ("Proposition 9", "state:ut:bill:prop9") not in _laws(text)
