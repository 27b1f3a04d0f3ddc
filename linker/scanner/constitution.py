"""The Constitution in prose: "the First Amendment", "the 14th Amendment's equal protection
clause", "Second Amendment rights", "Article II, Section 1", "the commerce clause".

Clause names and their homes come from ``linker/data/clauses.csv``. A clause tied to an
amendment in the same phrase ("the Citizenship Clause of the 14th Amendment") is one mention
whose id is the clause's section when the clause belongs to that amendment.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache

from .. import courts, ids
from ..datafiles import read_rows
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred, lazy
from .phrases import PhraseMatcher, bank_table
from .registry import Pass
from .state_laws import state_names

ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
]
_ORD_WORD = {w: i + 1 for i, w in enumerate(ORDINALS)}
_ORD_RX = "|".join(sorted((re.escape(w) for w in ORDINALS), key=len, reverse=True))
_NUM = rf"(?:(?P<word>{_ORD_RX})|(?P<num>[1-9]|1\d|2[0-7])(?:st|nd|rd|th))"

AMENDMENT = lazy(
    rf"\b{_NUM}\s+Amendment\b(?!\s+(?:to|of)\s+the\s+(?!U\.S\.|United|Constitution))", re.IGNORECASE
)
# "Section 3 of the 14th Amendment", "the 14th Amendment's Section 3", "Amendment, Section 1"
# ("Section Three of the Fourteenth Amendment", "Section 3 of the US Constitution's Fourteenth
# Amendment")
SECTION_OF_AMENDMENT = deferred(
    r"\b[Ss]ection\s+(?P<s>\d{1,2}|One|Two|Three|Four|Five)\s+of\s+the\s+"
    r"(?:(?:U\.?S\.?\s+|United\s+States\s+)?Constitution['’]s\s+)?$"
)
_SECTION_NUMBER = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5}
AMENDMENT_SECTION = deferred(r"^(?:['’]s|,)?\s+[Ss]ection\s+(?P<s>\d{1,2})\b")
ARTICLE = deferred(
    r"(?:\bArticle\s+(?P<roman>VII|VI|V|IV|III|II|I)\b(?:,?\s+(?:Section|§)\s*(?P<sec>\d+))?"
    # "the domestic emoluments clause (Art. II, § 1, cl. 7)": abbreviated, with its section
    r"|\bArt\.\s+(?P<roman2>VII|VI|V|IV|III|II|I),?\s+§\s*(?P<sec2>\d+)(?:,\s+cl\.\s*\d+)?)"
    r"(?:(?P<const>\s+of\s+the\s+(?:U\.S\.\s+|United\s+States\s+)?Constitution))?"
)
# "Article I of the treaty" and the like belong to other documents.
NOT_CONST_AFTER = deferred(
    r"^\s+of\s+(?:the\s+)?(?!(?:U\.S\.\s+|United\s+States\s+)?Constitution)"
    r"(?:(?:[A-Z][\w-]*|state)\s*)*(?:treaty|charter|convention|agreement|accord|statute|code|act|"
    r"NATO|Treaty|Charter|Convention|Agreement|Accords?|Statute|Code|Act|UCMJ|constitution|"
    r"Constitution)",
)
# The sections each article of the U.S. Constitution has: "Article II, Section 32" is some
# other constitution's.
ARTICLE_SECTIONS = {1: 10, 2: 4, 3: 3, 4: 4, 5: 1, 6: 3, 7: 1}
# "the state constitution's free and equal elections clause", "Pennsylvania's Constitution's"
STATE_CONSTITUTION_BEFORE = deferred(
    r"\b(?:state|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:['’]s)?)\s+[Cc]onstitution['’]s\s+"
    r"(?:[\w-]+\s+){0,5}$"
)
CLAUSE_OF_AMENDMENT = lazy(rf"^\s+of\s+the\s+{_NUM}\s+Amendment\b", re.IGNORECASE)
AMENDMENT_POSSESSIVE_CLAUSE = deferred(
    r"^['’]s\s+((?:[a-z-]+,?\s+){0,6}?clauses?)\b", re.IGNORECASE
)


# "the First and Fourteenth Amendments", "the Fifth, Sixth and 14th Amendments": a list of
# amendments read back from its plural head (each ordinal one mention)
_NUM_BARE = rf"(?:{_ORD_RX}|(?:[1-9]|1\d|2[0-7])(?:st|nd|rd|th))"
AMENDMENT_LIST = lazy(
    rf"(?<![\w-])(?:{_NUM_BARE})(?:,\s+(?:the\s+)?(?:{_NUM_BARE}))*,?\s+(?:and|or|&)\s+"
    rf"(?:the\s+)?(?:{_NUM_BARE})\s+Amendments?$",
    re.IGNORECASE,
)
_NUM_ONE = lazy(rf"(?<![\w-]){_NUM}(?![\w-])", re.IGNORECASE)
# "the free and equal elections clause" is a state constitution's, not Article I's
STATE_CLAUSE_WORDS = deferred(r"free\s+and\s+equal\s+$", re.IGNORECASE)
# "… clause of the state constitution", "… of the Pennsylvania Constitution"
OF_STATE_CONSTITUTION = deferred(
    r"\s+(?:of|in)\s+"
    # "… clause in Article I, Section 26 of the Pennsylvania Constitution"
    r"(?:(?:Article|Art\.)\s+[IVXL\d]+(?:,?\s+(?:Section|Sec\.|§)\s*\d+[a-z]?)?\s+of\s+)?"
    r"(?:the\s+)?(?!United\s+States\b)"
    r"(?:state|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:['’]s)?)\s+[Cc]onstitution\b"
)


AMENDMENT_WORD = deferred(r"[Aa]mendment|AMENDMENT")
ARTICLE_WORD = deferred(r"Article")


def _unique(matches: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """Matches from overlapping windows, each span once, in text order."""
    seen: dict[tuple[int, int], re.Match[str]] = {}
    for m in matches:
        seen.setdefault(m.span(), m)
    return [seen[k] for k in sorted(seen)]


def _constitution_gives(text: str, doc: Doc, at: int) -> bool:
    """A power in prose ("the power of the purse") is the Constitution's clause only where its
    sentence says the Constitution gives it ("The Constitution assigns to Congress the power of
    the purse"): "Congress's power of the purse" alone is politics, and after "Article I of the
    Constitution gives …" the article is the mention already."""
    before = text[doc.sentence_start(at) : at]
    return "Constitution" in before and "Article" not in before


def _spellings(phrase: str) -> list[str]:
    """A clause's spellings in news: "the appointments clause", "Appointments Clauses
    challenges", "appointments-clause challenges" (the plural and the hyphenated attributive)."""
    out = [phrase]
    if phrase.endswith(" clause"):
        stem = phrase[: -len(" clause")]
        out += [f"{phrase}s", f"{stem}-clause", f"{stem}-clauses"]
    if phrase.startswith("right to "):
        # the amendment's own words in quotation marks: the right to “keep and bear arms”
        words = phrase[len("right to ") :]
        out += [f"right to “{words}", f'right to "{words}']
    return out


def clause_key(surface: str) -> str:
    """The clauses.csv phrase a hit's surface spells: "Appointments-Clauses" → "appointments
    clause"."""
    key = surface.lower().replace("’", "'").replace("“", "").replace('"', "")
    if key.endswith("clauses"):
        key = key[:-1]
    if key.endswith("-clause"):
        key = key[: -len("-clause")] + " clause"
    return key


@bank_table
@cache
def _clauses() -> PhraseMatcher[tuple[str, str]]:
    entries = []
    for r in read_rows("clauses.csv"):
        for spelling in _spellings(r["phrase"]):
            entries.append((spelling, (r["authority"], r["name"])))
            entries.append((spelling.title(), (r["authority"], r["name"])))
    return PhraseMatcher(entries)


@cache
def _clause_table() -> dict[str, tuple[tuple[str, str], ...]]:
    """Clause phrase → its homes: the due process clause is in both the 5th and the 14th."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for r in read_rows("clauses.csv"):
        key = r["phrase"].lower()
        out[key] = (*out.get(key, ()), (r["authority"], r["name"]))
    return out


def _clause_in(phrase: str, amendment: int) -> tuple[str, str] | None:
    """The clause of ``amendment`` that ``phrase`` names ("due process clause"), or the one
    section two clauses share ("due process and equal protection clauses")."""
    phrase = phrase.lower()
    names = [phrase]
    if phrase.endswith("clauses"):
        names = [f"{p.strip()} clause" for p in re.split(r",\s*|\s+and\s+", phrase[:-7]) if p]
    homes = [[h for h in _clause_table().get(n, ()) if _fits(h[0], amendment)] for n in names]
    authorities = {h[0] for hs in homes for h in hs}
    if not all(homes) or len(authorities) != 1:
        return None
    if len(names) == 1:
        return homes[0][0]
    label = " and ".join(hs[0][1].removesuffix(" Clause") for hs in homes) + " Clauses"
    return authorities.pop(), label


def _amendment_number(m: re.Match[str]) -> int | None:
    if m.group("word"):
        return _ORD_WORD.get(m.group("word").lower())
    return int(m.group("num"))


def _fits(clause_id: str, amendment: int) -> bool:
    return clause_id.startswith(f"const:amendment:{amendment}")


# "anti-Second Amendment", "pro-First Amendment", "post-14th Amendment": a prefix before the
# hyphen, not the first half of a compound ordinal ("Ninety-ninth")
_PREFIX_BEFORE = deferred(r"(?<![\w-])(?:[Aa]nti|[Pp]ro|[Pp]ost|[Pp]re|[Nn]on)[-‐‑–]$")
# The amendment opens an act's name: "the Second Amendment Preservation Act", "enacts the
# Fourth Amendment Data Privacy Act" (capitalised words, then Act): the act is the mention, not
# the Constitution (twenty-seventh session, census36 P7)
_OPENS_ACT_NAME = deferred(r"(?:\s+[A-Z][\w'’-]*){0,6}\s+Act\b")
# "Thirty Fourth Amendment to the Constitution" (another country's bill, the compound ordinal
# spelt with a space): the tens word before the ordinal makes it no U.S. amendment; "Twenty
# Second Amendment" is the twenty-second
_TENS_BEFORE = deferred(
    r"(?<![\w-])(?P<tens>[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety"
    r"|TWENTY|THIRTY|FORTY|FIFTY|SIXTY|SEVENTY|EIGHTY|NINETY)[ \t]+$"
)
AMENDMENT_ANCHOR = Anchor("amendment", ("Amendment", "amendment", "AMENDMENT"), 30, 80)
ARTICLE_ANCHOR = Anchor("article", ("Article", "Art."), 0, 80)


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    amend_hits = (
        m for ws, we in doc.windows("amendment") for m in AMENDMENT().finditer(text, ws, we)
    )
    amendments = _unique(amend_hits)
    capital = {_amendment_number(m) for m in amendments if m.group(0).split()[-1][0].isupper()}
    for m in amendments:
        n = _amendment_number(m)
        if not n or (
            m.start()
            and text[m.start() - 1] in "-‐‑–"
            and m.group(0)[0].isalpha()
            and not _PREFIX_BEFORE.search(text, max(0, m.start() - 6), m.start())
        ):
            continue  # "the Constitution (Ninety-ninth Amendment) Act": no ninth amendment
        if m.group(0).split()[-1][0] == "A" and _OPENS_ACT_NAME.match(text, m.end()):
            continue  # "the Second Amendment Preservation Act": an act's name
        start = m.start()
        tens = (
            _TENS_BEFORE.search(text, max(0, start - 10), start)
            if m.group("word") and n <= 9
            else None
        )
        if tens:
            if tens.group("tens").lower() != "twenty" or n > 7:
                continue  # "the Forty Second Amendment" of another constitution
            n, start = 20 + n, tens.start()
        lower = not (m.group(0)[0].isupper() or m.group(0)[0].isdigit())
        if (lower or not m.group(0).split()[-1][0].isupper()) and not _lowercase_ok(
            text, m, n, capital
        ):
            continue  # "the first amendment to the bill" is not the Constitution
        end = m.end()
        authority = ids.amendment(n)
        name = f"{ORDINALS[n - 1].title()} Amendment"
        head = text[max(0, start - 60) : start]
        sec_before = SECTION_OF_AMENDMENT.search(head) if "ection" in head else None
        sec_after = AMENDMENT_SECTION.match(text[end : end + 20])
        if sec_before:
            start -= len(text[max(0, start - 60) : start]) - sec_before.start()
            s_ = sec_before.group("s")
            authority = ids.amendment(n, _SECTION_NUMBER.get(s_) or int(s_))
        elif sec_after:
            end += sec_after.end()
            authority = ids.amendment(n, int(sec_after.group("s")))
        after = AMENDMENT_POSSESSIVE_CLAUSE.match(text[end : end + 80])
        if after:
            clause = _clause_in(after.group(1), n)
            if clause:
                authority, name = clause[0], f"{clause[1]} ({name})"
                end += after.end()
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "constitution",
                authority,
                name=name,
                confidence=0.97,
                evidence="amendment named in prose",
                matcher="constitution",
            )
        )
    out.extend(_amendment_lists(doc))
    out.extend(_fifth_and_roman(doc))
    out.extend(_sections_again(text, out))
    named = sorted((m.start, _amendment_of(m.authority)) for m in out if m.authority)
    for hit in _clauses().hits_in(doc):
        authority, name = hit.payload
        start, end = hit.start, hit.end
        before = text[max(0, start - 70) : start]
        if STATE_CONSTITUTION_BEFORE.search(before) and not re.search(r"U\.S\.|United", before):
            continue  # a state constitution's own clause
        if STATE_CLAUSE_WORDS.search(before) or OF_STATE_CONSTITUTION.match(text, end, end + 90):
            continue  # "the free and equal elections clause of the state constitution"
        if "clause" not in hit.phrase.lower() and (
            _restates(named, start, authority)
            or (
                "onstitution" in text[max(0, start - RESTATE_REACH) : start]
                and STATE_CONSTITUTION_NEAR.search(text, max(0, start - RESTATE_REACH), start)
            )
        ):
            # "the Fourth Amendment … against unreasonable searches and seizures"; "Article I,
            # Section 10 of the South Carolina Constitution says … unreasonable searches …"
            continue
        if hit.phrase[:6].lower() == "power " and not _constitution_gives(text, doc, start):
            continue
        if hit.phrase.lower().endswith(" rights") and not US_CONSTITUTION_BEFORE.search(
            text, max(0, start - RESTATE_REACH), start
        ):
            continue  # "equal protection rights": a state's too, unless the U.S. one is named
        if "clause" not in hit.phrase.lower() and _owned_by_another(out, text, start, authority):
            continue  # "the Fifth Amendment's guarantee of equal protection": the Fifth's own
        homes = _clause_table()[clause_key(hit.phrase)]
        of = CLAUSE_OF_AMENDMENT().match(text[end : end + 40])
        if of and "clause" not in hit.phrase.lower():
            continue  # "the equal protection guarantee of the 14th Amendment": the amendment's
        if of:
            n = _amendment_number(of)
            fitting = [h for h in homes if n and _fits(h[0], n)]
            if fitting:
                (authority, name), end = fitting[0], end + of.end()
            elif n:
                continue  # a clause paired with the wrong amendment: let the amendment stand
        elif len({a for a, _ in homes}) > 1:
            # "the due process clause" alone: the 5th's or the 14th's — the one amendment of
            # the two its sentence names, else the one the article names
            home = _home_from_discourse(doc, start, homes, named)
            if home is None:
                continue
            authority, name = home
        if text[max(0, start - 4) : start].lower() == "the ":
            start -= 4
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "constitution",
                authority,
                name=name,
                confidence=0.9,
                evidence=f"constitutional clause: {name}",
                matcher="constitution",
            )
        )
        if hit.phrase[-1] in "sS":
            out.extend(_coordinated_clause(doc, start, hit.phrase, named, authority))
    article_hits = (m for ws, we in doc.windows("article") for m in ARTICLE.finditer(text, ws, we))
    others: set[tuple[str, str | None]] = set()  # article and section of another document
    for m in _unique(article_hits):
        roman = m.group("roman") or m.group("roman2")
        key = (roman, m.group("sec") or m.group("sec2"))
        if NOT_CONST_AFTER.match(text[m.end() : m.end() + 80]):
            others.add(key)
            continue
        if m.group("roman2") and _after_state_name(text, m.start()):
            continue  # "ALASKA, Art. I, § 22": a state's constitution
        if not m.group("const") and m.group("roman"):
            owner = _state_constitution_before(doc, m.start())
            if owner is not None:
                # "Montana's 1972 Constitution … (Article II, Section 3)": the state's, linked
                # when its sentence names the state's constitution
                state, at = owner
                if state and key[1] and doc.sentence_at(at) == doc.sentence_at(m.start()):
                    out.append(_state_article(m, state, roman, key[1]))
                continue
        if key in others and not m.group("const"):
            continue  # "Article I, Section 1 of the Pennsylvania Constitution … Article I,
            # Section 1 gives property owners …": the state's again
        n = ids.roman_to_int(roman)
        if not n:
            continue
        sec = int(key[1]) if key[1] else None
        if sec is not None and not 1 <= sec <= ARTICLE_SECTIONS.get(n, 0):
            continue  # no such section in the U.S. Constitution
        conf = 0.95 if m.group("const") or sec else 0.8
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "constitution",
                ids.article(n, sec),
                name=f"Article {roman}",
                confidence=conf,
                evidence="article of the Constitution",
                matcher="constitution",
            )
        )
    return out


# "the Commerce and the General Welfare clauses", "the foreign and domestic emoluments
# clauses": the words of the first clause, before "and"/"or"
COORDINATED_BEFORE = deferred(
    r"(?:^|[\s(“\"])(?P<words>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2})(?:,?\s+(?:and|or)\s+)(?:the\s+)?$"
)


def _coordinated_clause(
    doc: Doc,
    start: int,
    surface: str,
    named: list[tuple[int, int | None]],
    paired: str | None = None,
) -> list[Mention]:
    """The first clause of "the X and (the) Y clauses": X is a clause of its own, named by
    its own words ("Commerce") or by them with the words Y's name shares ("foreign" →
    "foreign emoluments clause"); the longest such name the table knows. A clause of two
    homes that the text's amendments do not settle is the one it shares with Y (``paired``):
    "the due process and equal protection clauses" are both the Fourteenth's."""
    text = doc.text
    head = start + 4 if text.startswith(("the ", "The "), start) else start
    m = COORDINATED_BEFORE.search(text, max(0, head - 60), head)
    if m is None:
        return []
    words = m.group("words").split()
    stem = clause_key(surface).removesuffix(" clause").split()
    table = _clause_table()
    for n in range(len(words), 0, -1):
        first = " ".join(words[-n:])
        for k in range(len(stem)):
            key = " ".join([first, *stem[len(stem) - k :], "clause"]).lower()
            homes = table.get(key)
            if not homes:
                continue
            home = homes[0] if len({a for a, _ in homes}) == 1 else None
            if home is None:
                home = _home_from_discourse(doc, start, homes, named)
            if home is None:
                shared = [h for h in homes if h[0] == paired]
                home = shared[0] if len(shared) == 1 else None
            if home is None:
                return []
            s = m.start("words") + len(m.group("words")) - len(first)
            e = s + len(first)
            return [
                Mention(
                    s,
                    e,
                    text[s:e],
                    "constitution",
                    home[0],
                    name=home[1],
                    confidence=0.85,
                    evidence=f"constitutional clause named in a list of clauses: {home[1]}",
                    matcher="constitution",
                )
            ]
    return []


# "second amendment grounds", "Fourth amendment rights": what only a constitutional
# amendment is said to have (a bill's amendment is offered, adopted, voted on)
LOWER_AFTER = deferred(
    r"\s+(?:rights?|grounds|protections?|claims?|challenges?|violations?|freedoms?|"
    r"jurisprudence|guarantees?|privilege|advocates|scholars?|absolutists?)\b"
)
# "violate the 10th amendment", "protected by the first amendment"
LOWER_BEFORE = deferred(r"(?:violat\w*|protected\s+by|protections\s+of)\s+the\s+$")


def _lowercase_ok(text: str, m: re.Match[str], n: int | None, capital: set[int | None]) -> bool:
    """Whether "the 10th amendment" (a lowercase head) is the Constitution's: the article
    names the same amendment capitalised elsewhere, or the words around it are a right's."""
    if n in capital:
        return True
    return bool(
        LOWER_AFTER.match(text, m.end())
        or LOWER_BEFORE.search(text, max(0, m.start() - 30), m.start())
    )


# a state's constitution named: "the South Carolina Constitution", "the state's constitution"
# (not "the U.S. Constitution", "the United States Constitution", "The Constitution")
STATE_CONSTITUTION_NEAR = deferred(
    r"(?<![\w.])(?!The\b|This\b|States\b|Its\b)(?:[Ss]tate|[A-Z][a-z]+)(?:['’]s)?\s+[Cc]onstitution\b"
)
# The U.S. Constitution named, in the words before rights it gives ("a violation of the U.S.
# Constitution … equal protection rights"; twenty-fourth session)
US_CONSTITUTION_BEFORE = deferred(
    r"\b(?:U\.\s?S\.|United\s+States|[Ff]ederal|[Nn]ation['’]s)\s+[Cc]onstitution\b"
)
# how far before a right's words ("unreasonable searches and seizures") the amendment they
# only restate may be named
RESTATE_REACH = 300


def _restates(named: list[tuple[int, int | None]], at: int, authority: str) -> bool:
    """Whether a right told by its words restates the amendment named just before it (one
    mention of the amendment, not two)."""
    n = _amendment_of(authority)
    i = bisect.bisect_left(named, at - RESTATE_REACH, key=lambda x: x[0])
    j = bisect.bisect_left(named, at, key=lambda x: x[0])
    return any(m == n for _p, m in named[i:j])


WORDS = deferred(r"[A-Za-z.]+")


# how far before a bare "Article II, Section 3" the constitution it belongs to may be named
ARTICLE_OWNER_REACH = 600
# what stands before "Constitution" when it is a state's: "Montana's 1972", "the state",
# "a new state", "the Pennsylvania"
STATE_OWNER = deferred(
    r"(?:^|[^\w.])(?P<name>(?:[A-Z][a-z]+\s+){0,2}?(?!The\b|This\b|States\b|Its\b|Our\b)"
    r"(?:[Ss]tate|[A-Z][a-z]+))(?:['’]s)?(?:\s+\d{4})?\s+$"
)


def _state_constitution_before(doc: Doc, at: int) -> tuple[str, int] | None:
    """Whose constitution a bare article belongs to, when the constitution named last before
    it (not far) is a state's: that state's postal code, or "" when the state is not named
    ("the state Constitution"), and where it is named; None when it is not a state's."""
    hits = doc.hits("state_const")
    i = bisect.bisect_left(hits, (at, at)) - 1
    if i < 0 or hits[i][0] < at - ARTICLE_OWNER_REACH:
        return None
    h = hits[i][0]
    if not doc.text.startswith(("Constitution", "constitution"), h):
        return None
    m = STATE_OWNER.search(doc.text, max(0, h - 40), h)
    if m is None:
        return None
    by_name = courts.state_by_name()
    name = m.group("name")
    for k in range(len(name.split()), 0, -1):
        st = by_name.get(" ".join(name.split()[-k:]).lower())
        if st is not None:
            return st.postal, h
    return ("", h) if name.split()[-1].lower() == "state" else None


def _state_article(m: re.Match[str], postal: str, roman: str, sec: str) -> Mention:
    n = ids.roman_to_int(roman)
    return Mention(
        m.start(),
        m.end(),
        m.group(0),
        "constitution",
        f"state:{postal.lower()}:const:{n}-{sec}",
        name=f"{courts.states()[postal].name} Constitution, Article {roman}, Section {sec}",
        confidence=0.75,
        evidence="a bare article and section after the state's constitution was named",
        matcher="constitution",
    )


@cache
def _state_words() -> frozenset[str]:
    return frozenset(n.lower() for n in state_names())


def _after_state_name(text: str, at: int) -> bool:
    """Whether a state's name (or its "Const.") stands right before ``at``."""
    words = WORDS.findall(text, max(0, at - 30), at)
    if words and words[-1] == "Const.":
        return True
    return any(" ".join(words[-k:]).lower() in _state_words() for k in (1, 2, 3) if words)


# "pleading the Fifth", "invoke the fifth", "plead the 5th": the privilege against
# self-incrimination by its idiom
PLEAD_FIFTH = deferred(
    r"(?:(?P<plead>[Pp]lead(?:s|ed|ing)?|[Pp]led|[Ii]nvok(?:e|es|ed|ing)|[Aa]ssert(?:s|ed|ing)?)"
    r"|[Tt]ak(?:e|es|ing)|[Tt]ook)\s+(?P<the>(?:the|his|her|their)\s+(?:Fifth|fifth|5th))\b"
    r"(?![ \t]*(?:-|[Aa]mendment|Circuit|[Dd]istrict))"
)
# what follows "took the fifth" when it is the privilege (not "took the fifth seed")
TAKE_FIFTH_AFTER = deferred(
    r"[\s\"”’']*(?:[.,;:!?)]|$|(?:and|or|when|on|during|before|at|rather|instead|more|about|"
    r"if|to|in|again|repeatedly|rather)\b)"
)
# "2A rights", "1A advocates": the First and Second Amendments by their shorthand, only before a
# right's words (not "Class 2A football")
SHORTHAND = deferred(
    r"(?P<n>[12])A(?=[ \t]+(?i:rights?|advocates?|supporters?|sanctuar\w+|protections?|groups?|"
    r"activists?|challenges?|cases?|lawsuits?|freedoms?|community)\b)"
)
SHORTHAND_ANCHOR = Anchor("shorthand", ("1A", "2A"), 0, 30, "word", "word")
# "Amendment VI", "Amendment XIV": an amendment by its roman numeral (not "Amendment 4", a
# state ballot measure's number)
AMENDMENT_ROMAN = deferred(r"Amendment\s+(?P<roman>X{0,2}(?:IX|IV|V?I{0,3}))\b")
FIFTH_ANCHOR = Anchor("fifth", ("Fifth", "fifth", "5th"), 40, 12)


def _fifth_and_roman(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    windows = doc.windows("fifth")
    fifths = (p for ws, we in windows for p in PLEAD_FIFTH.finditer(text, ws, we))
    for m in _unique(fifths) if windows else ():
        if not m.group("plead") and not TAKE_FIFTH_AFTER.match(text, m.end()):
            continue  # "took the fifth seed"
        out.append(
            Mention(
                m.start("the"),
                m.end("the"),
                m.group("the"),
                "constitution",
                ids.amendment(5),
                name="Fifth Amendment",
                confidence=0.9,
                evidence="the Fifth Amendment's privilege invoked by its idiom",
                matcher="constitution",
            )
        )
    for s, _e in doc.hits("shorthand"):
        h = SHORTHAND.match(text, s)
        if h is None:
            continue
        k = int(h.group("n"))
        out.append(
            Mention(
                s,
                h.end(),
                h.group(0),
                "constitution",
                ids.amendment(k),
                name=f"{ORDINALS[k - 1].title()} Amendment",
                confidence=0.85,
                evidence="the amendment by its shorthand before a right's words",
                matcher="constitution",
            )
        )
    for s, _e in doc.hits("amendment"):
        if not text.startswith("Amendment ", s):
            continue
        r = AMENDMENT_ROMAN.match(text, s)
        n = ids.roman_to_int(r.group("roman")) if r and r.group("roman") else None
        if r is None or not n or n > len(ORDINALS):
            continue
        out.append(
            Mention(
                s,
                r.end(),
                r.group(0),
                "constitution",
                ids.amendment(n),
                name=f"{ORDINALS[n - 1].title()} Amendment",
                confidence=0.9,
                evidence="amendment by its roman numeral",
                matcher="constitution",
            )
        )
    return out


_SECTION_WORDS = ("One", "Two", "Three", "Four", "Five")
# what may follow a bare "Section 3" that refers back to the amendment's (not "Section 3 of the
# bill", "Section 3(b)", "Section 3.1")
SECTION_AGAIN_AFTER = deferred(r"(?![ \t]+of\b|[(.\d]\w|\w)")


def _sections_again(text: str, found: list[Mention]) -> list[Mention]:
    """ "Section 3 of the 14th Amendment … Section 3 bars …": a bare "Section 3" (or
    "Section Three") after an amendment's section was named is that section again."""
    named: dict[str, tuple[int, str]] = {}
    for m in found:
        parts = (m.authority or "").split(":")
        if len(parts) == 5 and parts[3] == "section" and m.text.lower().startswith("section"):
            named.setdefault(parts[4], (m.end, m.authority or ""))
    out: list[Mention] = []
    for sec, (after, authority) in named.items():
        n, amendment = int(sec), int(authority.split(":")[2])
        spellings = [f"Section {n}"]
        if n <= len(_SECTION_WORDS):
            spellings.append(f"Section {_SECTION_WORDS[n - 1]}")
        for spelling in spellings:
            i = text.find(spelling, after)
            while i >= 0:
                end = i + len(spelling)
                if SECTION_AGAIN_AFTER.match(text, end) and not text[max(0, i - 1) : i].isalnum():
                    out.append(
                        Mention(
                            i,
                            end,
                            spelling,
                            "constitution",
                            authority,
                            name=f"{spelling} of the {ORDINALS[amendment - 1].title()} Amendment",
                            confidence=0.8,
                            evidence="the amendment's section named again by its number",
                            matcher="constitution",
                        )
                    )
                i = text.find(spelling, end)
    return out


# an amendment's possessive right before a right told by its words
_OWNER_AFTER = deferred(r"['’]s?\s+$")


def _owned_by_another(found: list[Mention], text: str, at: int, authority: str) -> bool:
    """Whether the right told by its words at ``at`` is the possessive of an amendment other
    than its clause's home ("the Fifth Amendment's guarantee of equal protection")."""
    n = _amendment_of(authority)
    for m in found:
        if at - 4 <= m.end < at and _OWNER_AFTER.fullmatch(text, m.end, at) and m.authority:
            owner = _amendment_of(m.authority)
            return owner is not None and owner != n
    return False


def _amendment_of(authority: str) -> int | None:
    parts = authority.split(":")
    return int(parts[2]) if len(parts) > 2 and parts[1] == "amendment" else None


def _home_from_discourse(
    doc: Doc,
    at: int,
    homes: tuple[tuple[str, str], ...],
    named: list[tuple[int, int | None]],
) -> tuple[str, str] | None:
    """The home of an ambiguous clause that the amendments the text names settle: those of
    its own sentence first, then those of the whole article; None when both or neither fit."""
    s, e = doc.sentence_at(at)
    for scope in ([n for p, n in named if s <= p < e], [n for _p, n in named]):
        fitting = {h for h in homes for n in scope if n and _fits(h[0], n)}
        if len(fitting) == 1:
            return fitting.pop()
        if fitting:
            return None
    return None


def _amendment_lists(doc: Doc) -> list[Mention]:
    """ "The First and Fourteenth Amendments": each amendment of the list, the last with the
    plural head."""
    text = doc.text
    out: list[Mention] = []
    for s, e in doc.hits("amendment"):
        if not text.startswith("Amendment", s):
            continue
        near = text[max(0, s - 30) : s]
        if " and " not in near and " or " not in near and "&" not in near:
            continue  # no list ends here (most amendments stand alone)
        m = AMENDMENT_LIST().search(text, max(0, s - 120), e + 1 if text[e : e + 1] == "s" else e)
        if m is None:
            continue
        items = list(_NUM_ONE().finditer(text, m.start(), m.end()))
        for i, item in enumerate(items):
            n = _amendment_number(item)
            if not n:
                continue
            end = m.end() if i == len(items) - 1 else item.end()
            out.append(
                Mention(
                    item.start(),
                    end,
                    text[item.start() : end],
                    "constitution",
                    ids.amendment(n),
                    name=f"{ORDINALS[n - 1].title()} Amendment",
                    confidence=0.95,
                    evidence="amendment named in a list of amendments",
                    matcher="constitution",
                )
            )
    return out


PASS = Pass(
    name="constitution",
    emits=("constitution",),
    anchors=(
        AMENDMENT_ANCHOR,
        ARTICLE_ANCHOR,
        FIFTH_ANCHOR,
        SHORTHAND_ANCHOR,
    ),  # its clause table finds the rest
    run=find,
)
