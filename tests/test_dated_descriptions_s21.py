"""A state law described with a year of its own earlier than the law the article names is an
older law, not that one ("Maryland's stricter 2014 minimum-wage requirement" beside a 2025 bill)."""

from linker.load import from_text
from linker.pipeline import scan_article

BILL = (
    "Restaurants will comply with Maryland Senate Bill 555, which speeds up the minimum wage"
    " increase. "
)


def _texts(text: str) -> list[str]:
    return [m.text for m in scan_article(from_text(text, "x.txt", date="2025-06-01")).mentions]


def test_an_earlier_year_before_the_head_is_another_law() -> None:
    found = _texts(
        BILL + "Some owners already follow Maryland's stricter 2014 minimum-wage requirement for"
        " tipped workers, a trade group said."
    )
    assert not any("2014" in t for t in found), found


def test_the_same_description_without_a_year_is_the_named_law() -> None:
    found = _texts(BILL + "Some owners say the state's new minimum-wage requirement is costly.")
    assert "the state's new minimum-wage requirement" in found
