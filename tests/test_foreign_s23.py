"""Another country's courts and laws told without its name (twenty-third session): made-up
passages in the shapes foreign news and law-firm bulletins use. Each names its country only
by one of its public bodies ("the Equality and Human Rights Commission", "the ACCC"), its
parties ("Likud", "the BJP"), its leaders, its ministers, its money ("Rs 50,000", "£25,000")
or the domain of the outlet that published it ("….co.uk"); none of their rulings and acts is
a U.S. one. U.S. stories that name the same things in passing keep their links.
"""

from __future__ import annotations

import pytest

from conftest import article, mentions
from linker.datafiles import read_rows
from linker.outlets import outlet_abroad
from linker.scanner import scan

ABROAD = [
    # a law firm's bulletin: a Supreme Court judgment on an act whose name a U.S. bill bears,
    # referred back to as "the Act", "the decision", "this ruling"; only the commission at the
    # end says which country's court it was
    "Date updated: Monday 14th April 2025\nLast week's Supreme Court judgment explained how "
    "the Equality Act should be read where it speaks of a tenant. The court ruled that the words "
    "in the Equality Act mean what they meant when it was passed. The court said the Act keeps "
    "its protections for everyone. The decision runs to 90 pages, and this ruling will lead "
    "landlords to rethink their policies. The Equality and Human Rights Commission has promised "
    "fresh guidance by the autumn.",
    # a shared act name before the only foreign word, a regulator's initials
    "The Privacy Act guards the records of every patient, the judge said. The court ruled that "
    "the Act covered text messages. The hospital was not a party, but the ACCC welcomed the "
    "ruling.",
    # British regulators
    "Many employers will have seen last week's Supreme Court judgment. In short, the court "
    "ruled that the statute protects workers from their first day. The decision will be "
    "welcomed. The Financial Conduct Authority said it would consult on guidance, and Ofcom is "
    "expected to follow.",
    # money in another country's sign or words
    "A tribunal ruled that the nurse had been unfairly dismissed. The judge found the trust had "
    "breached the Employment Rights Act. She was awarded £31,000 in compensation.",
    "The Supreme Court on Friday dismissed the plea. The bench said the High Court had rightly "
    "applied the Act. The petitioner was fined Rs 25,000.",
    # a party, a leader, a head of government, a minister
    "The Supreme Court on Monday struck down the judicial appointments law passed in July. The "
    "justices ruled 9-6 that the court could review the amendment. Likud said the ruling "
    "undermined the voters.",
    "The Supreme Court on Thursday upheld the election of the governor. The seven-man panel "
    "dismissed the appeals, and the court said the petitioners had failed to prove their case. "
    "President Bola Tinubu welcomed the judgment.",
    "The Supreme Court ruled on Tuesday that the housing plan was unlawful. The court said the "
    "plan lacked detail. The Taoiseach said the Government would publish a new plan.",
    "The Supreme Court ruled that the voting age was discriminatory. The court said the statute "
    "limited the right to freedom from age discrimination. Justice Minister Ana Reti said the "
    "government would introduce a bill.",
    "The Supreme Court on Thursday upheld the repeal of Article 370. The bench said the order "
    "was valid. The verdict was welcomed by the BJP.",
    # a court only another country has, named by its own words
    "The Full Federal Court dismissed the appeal on Friday. The court said the Commonwealth had "
    "breached its duty of care to the detainees.",
]


@pytest.mark.parametrize("text", ABROAD, ids=lambda t: t[:40])
def test_another_countrys_rulings_and_acts_get_no_link(text: str) -> None:
    assert [m.text for m in mentions(text, "2025-04-22")] == []


COURT_STORY = (
    "The Supreme Court ruled on Wednesday that the Act must be read narrowly. The court said "
    "the agency had gone too far. The decision will affect thousands of tenants."
)


def test_an_outlet_in_another_country_sets_a_story_that_names_nothing_american() -> None:
    abroad = scan(article(f"source: https://www.example-chambers.co.uk/news/x\n\n{COURT_STORY}"))
    assert [m.text for m in abroad] == []
    home = scan(article(f"source: https://www.example-news.com/news/x\n\n{COURT_STORY}"))
    assert [m.kind for m in home][:2] == ["ruling", "ruling"]


@pytest.mark.parametrize(
    ("url", "abroad"),
    [
        ("https://www.livelaw.in/top-stories/x", True),
        ("https://www.example.co.uk/news", True),
        ("https://the-star.co.ke/x", True),
        ("https://www.example.com.au/x", True),
        ("https://www.nytimes.com/2025/x", False),
        ("https://libfails.co/x", False),  # .co is sold as a generic name
        ("https://example.io/x", False),
        (None, False),
    ],
)
def test_outlet_abroad_reads_the_domains_country_code(url: str | None, abroad: bool) -> None:
    assert outlet_abroad(url) is abroad


US_STORIES = [
    # a U.S. law named before a British commission in passing
    (
        "The Equality Act would add sexual orientation to the Civil Rights Act of 1964. The bill "
        "passed the House in 2021. Advocates pointed to the Equality and Human Rights Commission "
        "in Britain as a model.",
        {"Civil Rights Act of 1964", "Equality Act"},
    ),
    # money in another country's sign or words, in passing
    (
        "A federal judge in Texas blocked the rule on Tuesday. The ruling follows a £20 million "
        "fine imposed in London on the same company. The judge said the agency exceeded its "
        "authority under the Administrative Procedure Act.",
        {"Administrative Procedure Act"},
    ),
    (
        "The Supreme Court ruled 6-3 that the Voting Rights Act still applies. Justice Kagan wrote "
        "the dissent. In India, a crore of voters were struck from the rolls, the report noted.",
        {"Voting Rights Act"},
    ),
    (
        "The Senate passed the GENIUS Act on Tuesday. The bill sets rules for stablecoins, which "
        "in Europe fall under the European Commission's rules and a €5 billion fund.",
        {"GENIUS Act"},
    ),
    # a British judge's title quoted before a U.S. case
    (
        "Lord Justice Leggatt once called the doctrine outdated. But the Supreme Court held in "
        "Loper Bright Enterprises v. Raimondo that courts must not defer to agencies.",
        {"Loper Bright Enterprises v. Raimondo"},
    ),
]


@pytest.mark.parametrize(("text", "kept"), US_STORIES, ids=lambda t: str(t)[:40])
def test_a_us_story_that_names_them_in_passing_keeps_its_links(text: str, kept: set[str]) -> None:
    found = {m.text for m in mentions(text, "2025-04-22")}
    assert kept <= found


def test_every_foreign_institution_row_has_a_kind_and_a_source() -> None:
    rows = read_rows("foreign_institutions.csv")
    assert len(rows) >= 50
    for r in rows:
        assert r["name"] and r["country"] and r["country"] != "United States", r
        assert r["kind"] in {"body", "party", "leader", "money", "place"}, r
        assert r["source"].startswith("http"), r
    assert len({r["name"] for r in rows}) == len(rows)
