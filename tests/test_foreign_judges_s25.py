"""Another country's federal court told by its judge's title (twenty-fifth session, issue 13
point 7): made-up stories in the shape of Canadian and Australian court news. They open on "A
court has ruled" and an act's short name, call a judge "Federal Court Justice <name>" (a U.S.
federal judge is never a Justice) and name their country only paragraphs later, while the
headline says "federal judge" (which alone reads as American). None of their rulings and acts
is a U.S. one. U.S. stories that name a foreign place, or call a U.S. judge by that title, keep
their links. An outlet of another country under ".com" ("thehindu.com") sets a story that
names nothing American abroad, as a country-code domain does.
"""

from __future__ import annotations

import pytest

from conftest import article, mentions
from linker.datafiles import read_rows
from linker.outlets import outlet_abroad
from linker.scanner import scan

ABROAD = [
    # Canada: the act's short name in the headline, "A court has ruled" in the lede, the judge's
    # title, the capital and the country only at the end
    "Use of Harbour Safety Act ruled unlawful by federal judge\n\nA court has ruled that the "
    "cabinet's decision to invoke the Harbour Safety Act was unlawful.\n\nIn his decision on "
    "Thursday, Federal Court Justice Paul Renaud said the order lacked any rational basis.\n\nThe "
    "court said the Act sets a high bar for emergencies. Ottawa has 30 days to appeal, and the "
    "Deputy Prime Minister said Canada would study the ruling.",
    # Australia: the same shape, a minister and the country late
    "Federal judge rules the Coastal Waters Act was misapplied\n\nA court has ruled that the "
    "government misread the Coastal Waters Act when it refused the licence.\n\nFederal Court "
    "Justice Emma Kerr found the minister had ignored the evidence. The court ordered the "
    "decision set aside, and the Act must now be applied afresh. The environment minister said "
    "Australia would respect the judgment.",
    # Australia: "Federal Court judge <name>", the court's name capitalised before the judge
    "Visa cancellation quashed by federal judge\n\nA court has ruled that the minister "
    "misapplied the Border Entry Act when cancelling the visa. Federal Court judge Sarah Holt "
    "said the decision was legally unreasonable, and the court ordered it remade. The Act gives "
    "the minister wide powers, but not unlimited ones, she said. Australia's government is "
    "considering an appeal.",
    # Canada again: the court named in full, never its country
    "A court has ruled that the Northern Fisheries Act does not reach inland lakes. The "
    "Federal Court of Canada said the Act was written for the sea. The court gave the "
    "department six months to respond.",
    # India, told by its own institutions: "the apex court", "the Centre", a High Court
    "A court has ruled that the Forest Rights Act protects the villagers. The apex court said "
    "the Centre had failed to consult them, and the Act required it. The court set aside the "
    "order of the Delhi High Court.",
]


@pytest.mark.parametrize("text", ABROAD, ids=lambda t: t[:40])
def test_a_foreign_federal_court_story_gets_no_mention(text: str) -> None:
    assert [m.text for m in mentions(text, "2025-06-10")] == []


US_STORIES = [
    # a U.S. story: a federal judge, a U.S. act, a Canadian city in passing
    (
        "A federal judge ruled Tuesday that the company violated the Clean Water Act. The "
        "company, which is based in Toronto, said it would appeal.",
        {"Clean Water Act"},
    ),
    # a U.S. headline in title case: "Federal Court Judge" is no foreign judge's title
    (
        "Federal Court Judge Halts Water Rule\n\nA federal judge ruled that the Clean Water Act "
        "did not cover the wetlands. The developer, based in Vancouver, will appeal.",
        {"Clean Water Act"},
    ),
    # a foreign writer's name for a U.S. judge
    (
        "US Federal Court Justice Mary Ellison held that the Sherman Act was violated by the "
        "merger.",
        {"Sherman Act"},
    ),
]


@pytest.mark.parametrize(("text", "kept"), US_STORIES, ids=lambda t: str(t)[:40])
def test_a_us_story_keeps_its_links(text: str, kept: set[str]) -> None:
    found = {m.text for m in mentions(text, "2025-06-10")}
    assert kept <= found


# An Indian or Pakistani court story from an outlet under ".com": only the outlet says where it
# is set (``foreign_outlets.csv``), as a country code would ("….co.uk").
OUTLET_STORY = (
    "The Supreme Court on Monday set aside the order of the lower court. The bench said the Act "
    "did not allow the tribunal to review the contract, and the court sent the matter back."
)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.hindustantimes.com/india-news/x",
        "https://sportstar.thehindu.com/x",  # (a subdomain is its domain's)
        "https://www.dawn.com/news/1",
    ],
)
def test_an_outlet_abroad_under_a_generic_domain_sets_the_story(url: str) -> None:
    assert [m.text for m in scan(article(f"source: {url}\n\n{OUTLET_STORY}"))] == []


@pytest.mark.parametrize(
    "url", ["https://www.example-news.com/x", "https://www.nothindustantimes.com/x"]
)
def test_an_outlet_not_in_the_table_leaves_the_story_american(url: str) -> None:
    found = scan(article(f"source: {url}\n\n{OUTLET_STORY}"))
    assert [m.kind for m in found][:1] == ["ruling"]


@pytest.mark.parametrize(
    ("url", "abroad"),
    [
        ("https://www.chch.com/chch-news/x", True),
        ("https://sportstar.thehindu.com/x", True),
        ("https://www.thehindu.com.example.net/x", False),
        ("https://www.nytimes.com/x", False),
    ],
)
def test_outlet_abroad_reads_the_table_of_foreign_outlets(url: str, abroad: bool) -> None:
    assert outlet_abroad(url) is abroad


def test_every_foreign_outlet_row_has_a_country_and_a_source() -> None:
    rows = read_rows("foreign_outlets.csv")
    assert rows
    for r in rows:
        assert r["domain"] == r["domain"].lower() and "." in r["domain"], r
        assert r["country"] and r["country"] != "United States", r
        assert r["source"].startswith("http"), r
    assert len({r["domain"] for r in rows}) == len(rows)
