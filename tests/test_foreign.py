"""Never link what is not U.S. law (issue 13, point 7): short passages from real foreign-law
and non-legal stories (each with its page), and U.S. stories that mention other countries in
passing, which keep their links.

The foreign passages mostly never name their country: "the Constitutional Court", "the
National Assembly", "the apex court", "Article 370 of the Constitution" say it for them.
"""

from __future__ import annotations

import pytest

from conftest import doc, mentions
from linker.scanner.foreign import _about_another_country, _events, _foreign_constitution
from linker.scanner.rulings.courtrefs import court_phrases

FOREIGN = [
    # https://risk-quant-haun.github.io/feed/social-news/202503/20250325
    "The Constitutional Court dismissed the impeachment of Acting President and Prime Minister "
    "Han Duck-soo on the 24th. The National Assembly passed the impeachment motion citing five "
    "reasons, including abetting martial law, but the Court ruled that even if there were some "
    "constitutional violations, they were not serious enough to warrant removal.",
    # https://gulf-times.com/article/699386/international/plane-crash-in-south-sudan-kills-20-oil-workers/amp
    "South Korea’s Constitutional Court on Friday unanimously ruled to remove impeached "
    "president Yoon Suk-yeol from office over his disastrous martial law declaration. Millions "
    "watched the Constitutional Court hand down its verdict live on television.",
    # https://d33gy59ovltp76.cloudfront.net/news/brexit-to-bedroom-tax-judicial-reviews-that-went-against-the-government
    "In 2016, the high court ruled that parliament had to give its consent before the "
    "government could trigger article 50. The decision was upheld by the supreme court. In "
    "2017, the supreme court ruled that employment tribunal fees were contrary to the Equality "
    "Act 2010.",
    # https://theqldr.com.au/politics/2023/11/29/detention-54/
    "The High Court on Tuesday revealed the reasoning behind its landmark November 8 ruling. "
    "Judges found the detention was “beyond the legislative power of the Commonwealth "
    "Parliament”. The Al-Kateb case found the Migration Act permitted indefinite detention.",
    # http://rignix.com/newsroom/news/2023/11/high-court-reasons-on-immigration-ruling-pave-way-for-further-le
    "The decision overturns the much-criticised 2004 Al-Kateb v Godwin case. The decision has "
    "significant ramifications for the rapidly drafted legislation that was passed by "
    "parliament in response to the case.",
    # https://www.dawn.com/news/1779088/cjp-isa-indicates-sc-may-conclude-hearing-on-law-limiting-chief-justices-powers-today
    "Justice Qazi Faez Isa questioned how the Supreme Court (Practice and Procedure) Act 2023 "
    "could diminish the powers of the apex court. In April the Supreme Court had barred the "
    "government from implementing the bill seeking to curtail the chief justice’s powers.",
    # https://pakobserver.com.pk/latest-news/munir-a-maliks-position-constitutional-bench-can-issue-order-to-form-full-court
    "The Constitutional Bench of the Supreme Court heard the petitions filed against the 26th "
    "Constitutional Amendment. The Parliament had passed the amendment in the night session.",
    # https://jewishledger.com/2024/01/in-first-israeli-supreme-court-strikes-down-basic-law
    "The Knesset passed the law in July as an amendment to Basic Law: The Judiciary. The "
    "Supreme Court, sitting as the High Court of Justice, held hearings on petitions against "
    "the amendment in September.",
    # http://prophecynewsstand.blogspot.com/2024/01/in-historic-ruling-high-court-strikes.html?m=1
    "The High Court of Justice struck down the government’s reasonableness limitation law on "
    "Monday, annulling for the first time one of its quasi-constitutional Basic Laws.",
    # https://tribune.net.ph/2025/07/25/senate-respects-sc-ruling-voiding-vp-sara-impeachment
    "The Senate, sitting as an Impeachment Court, acknowledged the Supreme Court's ruling. The "
    "High Court noted that the case was barred by the one-year rule under Article XI, Section "
    "3, Paragraph 5 of the Constitution.",
    # https://malaya.digital/news/impeach-articles-barred-by-1-year-rule-supreme-court
    "THE Supreme Court en banc on Friday ruled that the Articles of Impeachment filed by the "
    "House of Representatives violated the one-year ban, noting that it is barred by Article "
    "XI, Section 3, Paragraph 5 of the Constitution.",
    # https://www.livemint.com/news/chaos-uncertainty-cji-chandrachud-on-why-every-decision-taken-by-centre-cant-be-challenged-article-370-11702279782076.html
    "In its ruling, the Supreme Court also upheld the abrogation of the provisions of Article "
    "370 but directed restoration of statehood. The Supreme Court ruled on petitions "
    "challenging the abrogation of Article 370 of the Constitution.",
    # https://livelaw.in/know-the-law/constitutional-amendments-struck-down-by-supreme-cour-178063
    "The court held that the 97th Constitutional Amendment required ratification by the state "
    "legislatures as per Article 368(2) of the Constitution.",
    # https://www.thestatesman.com/india/opposition-mps-walk-out-of-bac-meeting-accusing-govt-of-bulldozing-its-agenda-1503414551.html
    "The Opposition vowed to resist the Bill when it comes up for voting in the Lok Sabha. “We "
    "have asked for a comprehensive discussion on the Waqf Amendment Act,” an MP said.",
    # https://cambrian-news.co.uk/news/mps-vote-in-favour-of-historic-assisted-dying-bill-743937
    "MPs have voted in favour of a historic assisted dying bill after an impassioned House of "
    "Commons debate. The approval of the House of Lords will be required for the bill to "
    "become law.",
    # https://www.loc.gov/item/global-legal-monitor/2021-07-29/china-supreme-peoples-court-introduces-new-type-of-judicial-interpretation/
    "The Supreme People’s Court (SPC) circulated a decision to amend the Provisions on the "
    "Work Concerning Judicial Interpretation.",
    # https://www.colombotelegraph.com/index.php/impeachment-full-text-of-the-supreme-court-determination-today/
    "The Court of Appeal referred to the Supreme Court in terms of Article 125 of the "
    "constitution a question on the interpretation of Article 107 (3) of the Constitution.",
    # https://tldrdaily.news/tag/constitutional-court
    "Thailand's Prime Minister Paetongtarn Shinawatra has been suspended by the Constitutional "
    "Court. The court's decision highlights ongoing political instability.",
    # https://wysl1040.com/?p=381296 (another country's "Congress" is not the U.S. one)
    "Mexico’s Supreme Court began debating the constitutionality of a judicial overhaul. "
    "Mexico’s lower house of Congress in October voted to approve a constitutional change, "
    "raising questions around what impact the Supreme Court’s decision could have.",
    # https://citizen.digital/news/high-court-declines-to-lift-suspension-of-finance-act-2023-n323250
    # (a Commonwealth act's bare year: "the Finance Act 2023")
    "High Court declines to lift suspension of Finance Act 2023\nThe judge ruled that the "
    "petitioners have proved that they have a case. Busia senator Okiya Omtatah moved to court "
    "to challenge the Finance Act 2023, saying that it was unconstitutional.",
    # https://www.voanews.com/east-asia-pacific/japanese-court-says-official-ban-same-sex-marriage-unconstitutional
    # (a country's own court named with its adjective: "A Japanese district court")
    "A Japanese district court ruled Wednesday that a ban on same-sex marriage is "
    "unconstitutional. The historic ruling by the Sapporo District Court was in response to a "
    "lawsuit filed by six plaintiffs.",
    # https://www.channelnewsasia.com/asia/japan-court-same-sex-marriage-rules-unconstitutionality-3547296
    "TOKYO: Japan's Fukuoka District Court ruled on Thursday that not allowing same-sex "
    "marriage was in a state of unconstitutionality.",
    # http://m.guardian.ng/governorship-tussle-supreme-court-affirms-election-victories-of-six-govs
    # (a party called "Congress" is not the U.S. Congress)
    "The Supreme Court yesterday affirmed the victories of six governors. Affirming the "
    "election of Sani of the All Progressives Congress (APC), a five-member panel of the "
    "Supreme Court, in a unanimous judgment, held that the appeal was without merit under the "
    "First Schedule to the Electoral Act 2022.",
    # https://judges-juges.ca/the-ontario-court-of-appeal-holds-that-a-stay-of-proceedings-in-the-only-available-remedy-for-a-breach-of-section-11b-of-the-charter/
    # in the shape of its story, with a province for the country (foreign_places.csv)
    "The Ontario Superior Court judge ruled that the accused's rights were violated and "
    "stayed the charges. The Court of Appeal upheld the stay.",
    # In the shape of https://scroll.in/latest/803052/scroll_in: another country and nothing
    # American at all, and a court with a name the U.S. shares.
    "The Board of Control for Cricket in India said the Supreme Court's order would be "
    "implemented, and the court had appointed a committee.",
    # Made up in the same shape: India's "Congress party".
    "The Supreme Court quashed the order on Monday, and Congress MPs welcomed the verdict. The "
    "Representation of the People Act 1951 governs the polls.",
    # In the shape of http://thenewsguru.ng/tag/federal-high-court/page/5: a party named
    # "Congress" is no U.S. marker even when it is the only one, and a "Federal High Court"
    # is another country's.
    "The All Progressives Congress has sued the Peoples Democratic Party at the Federal High "
    "Court sitting in Port Harcourt. The court subsequently granted the order.",
    "The court, led by Justice Nnamdi Dimgba, ruled in favour of the lawyer after the Nigerian "
    "Army invaded his house, and the All Progressives Congress welcomed it.",
    # https://www.hindustantimes.com/india-news/supreme-court-reserves-judgment-in-plea-on-case-allotment/story-Pn9k6T2qj298bKBK8KhKaI.html
    # (no country named: its Constitution Benches and its cities say where it is)
    "The Supreme Court reserved its verdict on a petition praying for framing of rules to "
    "constitute benches. Pande's petition also prays that Constitution Benches should comprise "
    "the five senior-most judges.",
    "The Supreme Court reserved its verdict on a plea by a Lucknow-based resident, who made "
    "the Allahabad high court a respondent in the case.",
    # Made up in the shape of Canadian and Australian stories that name the U.S. president
    # in passing: he says where his own sentence is, not where the story is.
    "Canada's Supreme Court ruled on Friday that the province's law is valid. The ruling "
    "comes as U.S. President Donald Trump threatens tariffs on Canadian goods. Trump said "
    "Canada should become the 51st state. The Supreme Court's decision was 5-4.",
    "The Federal Court of Australia ruled that X must remove the video. Musk, an adviser to "
    "President Trump, called the regulator a censor. The judge said the Online Safety Act "
    "applied.",
    "U.S. officials said India's Supreme Court ruled against the company on Monday.",
    # In the shape of https://www.counselmagazine.co.uk/content/wincanton-group-ltd-v-cort-and-another:
    # Britain's employment tribunals have no U.S. namesake.
    "The striker sued the club for unpaid wages, and a judge ruled in his favour on Tuesday "
    "at the employment tribunal.",
    # The shape the issue names: an unknown act beside the Constitution it is joined to.
    "Yoon violated the Constitution and the Martial Law Act when he deployed troops, the "
    "Constitutional Court said, and the justices removed him.",
    # In the shape of a Pakistani wire story on petitions against its 26th amendment: the bare
    # "26th Amendment" of its crosshead is the other country's, not the U.S. voting-age one.
    "ISLAMABAD: Two more petitions were filed on Friday assailing the 26th Constitutional "
    "Amendment, passed by the National Assembly last month.\nParty moves SC against 26th "
    "Amendment\nThe petitioners asked the apex court to strike down the amendment.",
]


@pytest.mark.parametrize("text", FOREIGN, ids=lambda t: t[:40])
def test_another_countrys_courts_and_laws_get_no_link(text: str) -> None:
    assert [m.text for m in mentions(text, "2025-04-04")] == []


NOT_LAW = [
    # made up: a league's panel and its constitution are no court and no law
    "The league's disciplinary committee upheld the three-match ban on Saturday, rejecting the "
    "club's appeal. The panel ruled that the striker's challenge was reckless. Under the "
    "league's constitution, the board must approve any rule change.",
    # https://www.tasmanianstateleague.com.au/2019/04/18/tribunal-update-lauderdale-successfully-appeal/
    "Lauderdale FC lodged an appeal application (under TSL Rules and Regulations) regarding the "
    "two match suspension. The TSL Appeals board upheld the appeal and reduced the penalty.",
    # https://www.ftbl.com.au/analysis/when-is-the-refs-decision-final-474822/page2
    "The referee erroneously ruled no goal. The appeal was upheld by the association and "
    "Woongarrah were declared the winners.",
    # http://sports.yahoo.com/news/nfl-appeals-panel-merely-put-151010824--nfl.html
    "The NFL denied the ruling of the CBA Appeals Panel overturned suspensions for the four "
    "players suspended by Commissioner Roger Goodell. The panel put the suspensions on hold.",
    # https://12up.com/posts/explaining-nfl-appeal-process-suspensions-fines-01dt7t2kb83b
    "Thrash ruled that Garrett's indefinite suspension would be upheld, whereas Pouncey saw "
    "his ban reduced from three games to two.",
    # https://www.wkbw.com/news/local-news/bills-offense-finds-its-spark-against-the-buccaneers-24-18
    "The Buffalo Bills were the first to put up points. Thankfully for the Bills, Baker "
    "Mayfield was 4 for 10 with only 25 passing yards.",
    # https://www.tastingtable.com/stories/the-tipping-etiquette-to-keep-in-mind-when-youre-splitting-the-bill/
    "Let's say the bill amounts to $27.95, so 20% tip comes out to $5.59. Split the bill "
    "precisely so your server is tipped what they deserve.",
    # https://buxtoncyclingclub.co.uk/club-constitution
    "The Club Constitution was amended by a vote at the AGM. The club constitution can be "
    "downloaded here.",
    # https://salibaburnsinstitute.org/note/13199/fans-outraged-as-jeanphilippe-mateta-allowed-to
    "Many supporters argued that the ruling was inconsistent with similar cases. The laws of "
    "the game state that the kick must be retaken.",
    # Made up in the same shape: a disciplinary commission, a ban, a game.
    "The commission said the ban would stand, and the appeal board upheld the sentence.",
    "It was Federer vs. Nadal once more, and the umpire's ruling stood after a review.",
]


@pytest.mark.parametrize("text", NOT_LAW, ids=lambda t: t[:40])
def test_sports_money_and_clubs_get_no_link(text: str) -> None:
    assert [m.text for m in mentions(text, "2025-04-04")] == []


# U.S. stories that name other countries, their ministers and courts in passing.
US = [
    (
        # https://www.darpanmagazine.com/news/international/us-supreme-court-strikes-down-trumps-use-of-emergencies-law-for-tariffs
        "The U.S. Supreme Court on Friday struck down President Donald Trump's use of a "
        "national security statute to deploy tariffs. In a 6-3 ruling, the court concluded it "
        "was not legal for Trump to use the International Emergency Economic Powers Act for "
        "duties on Canada, Mexico and China. Canada-U.S. Trade Minister Dominic LeBlanc said "
        "Canadian workers remain affected by Section 232 tariffs.",
        {"International Emergency Economic Powers Act", "Section 232", "a 6-3 ruling"},
    ),
    (
        # https://publicnonprofitleadership.com/rss/p/i/?search=%23Texas%2Bfederal%2Bjudge
        "Minister of Justice and Public Security Héctor Villatoro accompanies U.S. Department "
        "of Homeland Security Secretary Kristi Noem in El Salvador. Federal judges in Texas and "
        "New York Wednesday temporarily halted the Trump administration’s use of the Alien "
        "Enemies Act of 1798.",
        {"Alien Enemies Act of 1798"},
    ),
    (
        # https://www.skysports.com/nfl/news/12118/10258205/tom-bradys-deflategate-ban-restored-by-us-court
        # (a British outlet writes "US" without dots, and "Court of Appeal")
        "Monday 25 April 2016 20:30, UK\nThe US Court of Appeal has reinstated the four-game "
        "suspension of the quarterback. The 2nd US Circuit Court of Appeals in New York "
        "reversed a federal judge's ruling from September. The appeals court ruled that the "
        "commissioner properly exercised his discretion.",
        {"a federal judge's ruling"},
    ),
    (
        # Made up: the U.S. named in passing still says where its own sentence is.
        "Canada's Supreme Court ruled on Friday that the province's law is valid. Days "
        "earlier, U.S. President Donald Trump signed the One Big Beautiful Bill Act.",
        {"One Big Beautiful Bill Act"},
    ),
    (
        # https://chinadailyhk.com/article/608048
        "A US appeals court on Wednesday upheld a lower court's temporary block on the "
        "deportation of some Venezuelan immigrants. The Trump administration allowed two "
        "planes to continue to El Salvador where the US handed 238 Venezuelan men over to "
        "Salvadoran authorities.",
        {"A US appeals court on Wednesday upheld"},
    ),
    (
        # https://en.kataeb.org/articles/us-supreme-court-upholds-law-banning-tiktok
        "The justices unanimously ruled that the law, signed by President Joe Biden, did not "
        "violate the U.S. Constitution's First Amendment. The court said it was giving "
        "substantial respect to the government's national security concerns about China.",
        {"First Amendment", "The justices unanimously ruled"},
    ),
    (
        # Made up: another country's officials, then a U.S. marker and law.
        "Mexican officials said U.S. tariffs were illegal under the International Emergency "
        "Economic Powers Act, and Mexico's Supreme Court agreed.",
        {"International Emergency Economic Powers Act"},
    ),
    (
        # Made up: a U.S. act written with a bare year is still the U.S. act.
        "The Civil Rights Act 1964 bars discrimination, the Supreme Court said on Friday.",
        {"Civil Rights Act"},
    ),
    (
        # Made up: a foreign leader's reaction opens a story about a U.S. ruling.
        "Israeli Prime Minister Benjamin Netanyahu said the ruling was wrong. The Supreme "
        "Court ruled 6-3 that the Voting Rights Act does not require the map.",
        {"Voting Rights Act", "The Supreme Court ruled 6-3"},
    ),
    (
        # Made up: "Indian" in U.S. law is about Native Americans, not India.
        "The Indian Child Welfare Act gives Indian tribes a say in custody cases. The Hatch "
        "Act and the Fair Housing Act were not at issue, the judge wrote.",
        {"Indian Child Welfare Act", "Hatch Act", "Fair Housing Act"},
    ),
    (
        # Made up: a foreign court named in passing in a U.S. story.
        "A federal judge in Boston dismissed Mexico's lawsuit against gun makers under the "
        "Protection of Lawful Commerce in Arms Act, which a Mexican court had not weighed. "
        "Congress passed the law in 2005.",
        {"Protection of Lawful Commerce in Arms Act"},
    ),
    (
        # Made up: another country named, and a state of the Union: American after all.
        "The Supreme Court ruled on Friday that Texas may enforce the law, a decision Mexican "
        "officials criticized.",
        {"The Supreme Court ruled on Friday"},
    ),
    (
        # Made up: New England is no part of England.
        "A federal judge in New England ruled that the Clean Water Act covers the wetlands, "
        "and the New England Patriots' owner praised the ruling.",
        {"Clean Water Act"},
    ),
    (
        # Made up: "New Mexico's" court is a state's, and the National Congress of American
        # Indians is no other country's party.
        "New Mexico's Supreme Court ruled for the National Congress of American Indians under "
        "the Indian Child Welfare Act.",
        {"Indian Child Welfare Act"},
    ),
    (
        "The Bureau of Indian Affairs must consult tribes in Indian Country, the court held, "
        "under the Administrative Procedure Act.",
        {"Administrative Procedure Act"},
    ),
]


@pytest.mark.parametrize(("text", "kept"), US, ids=lambda v: v[:40] if isinstance(v, str) else "")
def test_a_us_story_that_names_other_countries_keeps_its_links(text: str, kept: set[str]) -> None:
    found = {m.text for m in mentions(text, "2025-04-10")}
    assert kept <= found


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("The Constitutional Court ruled on Friday.", True),
        ("Germany's Federal Constitutional Court ruled on Friday.", True),
        ("He was jailed at Birmingham Crown Court on Monday.", True),
        ("The Delhi High Court granted bail.", True),
        ("The apex court issued notice.", True),
        ("The Court of Justice of the European Union ruled.", True),
        ("The Texas High Court ruled on Friday.", False),
        ("The Court of Appeals for the Fifth Circuit ruled.", False),
    ],
)
def test_courts_only_other_countries_have(text: str, foreign: bool) -> None:
    courts = {r.court for r in court_phrases(doc(text)) if r.role == "court"}
    assert ("foreign" in courts) is foreign


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("under Article 370 of the Constitution", True),
        ("barred by Article XI, Section 3, Paragraph 5 of the Constitution", True),
        ("as per Article 368(2) of the Constitution", True),
        ("the 26th Constitutional Amendment", True),
        ("under Article III of the Constitution", False),
        ("Article I, Section 8 of the Constitution", False),
        ("Article XI of the Texas Constitution", False),
    ],
)
def test_another_countrys_constitution_by_its_article(text: str, foreign: bool) -> None:
    assert bool(_foreign_constitution(doc(text))) is foreign


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            # https://www.vanderbilt.edu/jetlaw/?p=602
            "In response to a 1995 New York state court decision, Congress stepped in. Across "
            "the ocean, the European Union has proposed a comprehensive framework for online "
            "services operating in Europe—the Digital Services Act (“DSA”). While the "
            "legislation is still in development, it has gone through one round of feedback.",
            set(),
            {"Digital Services Act", "the legislation"},
        ),
        (
            # Made up: the first act after "Britain passed" is Britain's, the next one is not.
            "Britain passed the Online Safety Act last year, and the Kids Online Safety Act is "
            "stuck in Congress.",
            {"Kids Online Safety Act"},
            {"Online Safety Act"},
        ),
    ],
)
def test_an_act_another_country_made_is_dropped_in_a_us_story(
    text: str, kept: set[str], dropped: set[str]
) -> None:
    found = {m.text for m in mentions(text, "2024-05-01")}
    assert kept <= found
    assert not dropped & found


def test_a_british_writers_us_court_of_appeal_is_american() -> None:
    # https://www.skysports.com/nfl/news/12118/10258205/tom-bradys-deflategate-ban-restored-by-us-court
    # "US" without dots is a U.S. marker, and "the US Court of Appeal" a U.S. court.
    text = (
        "Monday 25 April 2016 20:30, UK\nThe US Court of Appeal has reinstated the four-game "
        "suspension. The 2nd US Circuit Court of Appeals in New York reversed a federal judge's "
        "ruling from September."
    )
    _, anchors, us, first_foreign = _events(doc(text), [])
    assert not _about_another_country(anchors, us, first_foreign)
    # while a Court of Appeal with no U.S. marker before it stays another country's
    text = "Monday 25 April 2016, UK\nThe Court of Appeal ruled that the policy was unlawful."
    _, anchors, us, first_foreign = _events(doc(text), [])
    assert _about_another_country(anchors, us, first_foreign)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # https://www.fedcourt.gov.au/digital-law-library/judgments/latest/recent
        (
            "inferences from the failure to call a witness: Jones v Dunkel [1959] HCA 8; (1959) "
            "101 CLR 298 – principles",
            False,
        ),
        ("the court followed Briginshaw v Briginshaw (1938) 60 CLR 336 on the standard.", False),
        # California's official style puts the year first too, with a dotted reporter
        ("See People v. Anderson (1987) 43 Cal.3d 1104.", True),
        ("See Roe v. Wade, 410 U.S. 113 (1973).", True),
    ],
)
def test_a_commonwealth_law_report_is_no_us_reporter(text: str, linked: bool) -> None:
    cites = [m for m in mentions(text, "2025-04-04") if m.matcher == "citations"]
    assert bool(cites) is linked


@pytest.mark.parametrize(
    "text",
    [
        # https://livelaw.in/round-ups/weekly/supreme-court-weekly-round-up-november-25-2024-to-december-01-2024-277036
        "Manjit Singh & Anr. v. Darshana Devi & Ors. was decided on Friday, and the judge ruled.",
        # made up in the shape of https://employmentcasesupdate.co.uk (a neutral citation's court)
        "The claimant sued and won. Optimum Group Services v Muir UKEATS was decided on appeal.",
        "Smith v Jones Pty Ltd was argued before the full bench after the plaintiff sued.",
    ],
)
def test_a_commonwealth_caption_gets_no_link(text: str) -> None:
    assert [m.text for m in mentions(text, "2025-04-04") if m.kind == "case"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Under the Privacy Act, officials in New Zealand must answer within 20 working days.",
        "The minister in Ottawa said the Clean Water Act will be rewritten next year.",
        "Under the Freedom of Information Act, Irish agencies must reply within four weeks.",
        # a bill of another country's parliament "receives Royal Assent"; an Australian act is
        # cited with "(Cth)"
        "The Senate passed the bill after the Privacy Act 1988 (Cth) review. It awaits Royal "
        "Assent.",
    ],
)
def test_a_law_its_sentence_sets_abroad_is_not_the_us_law_of_that_name(text: str) -> None:
    """With nothing American in the article, a law named in a sentence that names another
    country (or a place of it) is that country's, though the U.S. has a law of the name."""
    assert [m.authority for m in mentions(text, "2025-04-04") if m.kind == "statute"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Under the Clean Water Act, runoff from farms in Canada is not covered, the EPA said.",
        "The Privacy Act limits what agencies share. Congress may amend it to cover Mexico.",
        "Under the Clean Air Act, the agency in Washington regulates soot from Mexico.",
    ],
)
def test_a_us_story_that_names_another_country_keeps_its_law(text: str) -> None:
    assert [m.authority for m in mentions(text, "2025-04-04") if m.kind == "statute"] != []


@pytest.mark.parametrize(
    "text",
    [
        "The administration invoked the Alien Enemies Act to deport Venezuelan migrants.",
        "Officials used the Insurrection Act to send troops as Mexican officials watched.",
    ],
)
def test_a_law_no_other_country_names_keeps_its_link_beside_a_country(text: str) -> None:
    """Only a name another country's law shares ("the Privacy Act") is set abroad by its
    sentence; a U.S.-only act beside a nationality stays the U.S. act."""
    assert [m.authority for m in mentions(text, "2025-04-04") if m.kind == "statute"] != []


@pytest.mark.parametrize(
    "text",
    [
        # made up in the shape of a British chambers' note: the act's year follows its name
        # with no "of", and nothing says which country it is
        "The court read the word in the Equality Act 2010 narrowly. The act has wide scope.",
        "The Equal Pay Act 1970 and the Sex Discrimination Act 1975 were merged into one law.",
    ],
)
def test_an_act_named_the_commonwealth_way_is_not_the_us_law_of_that_name(text: str) -> None:
    """ "Equality Act 2010": a year straight after the name that is not the U.S. act's (or the
    U.S. bill's Congress) is another country's act."""
    assert [
        m.authority for m in mentions(text, "2025-04-04") if m.kind in ("statute", "bill")
    ] == []


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Democrats passed the Inflation Reduction Act 2022 on a party-line vote.", "publ:117-169"),
        ("The Equal Pay Act of 1963 bars paying women less for the same work.", "usc:29:206"),
    ],
)
def test_a_us_act_with_its_own_year_keeps_its_link(text: str, authority: str) -> None:
    assert authority in {m.authority for m in mentions(text, "2025-04-04")}
