"""A state's session laws by number: "2023 Wisconsin Act 40", "Wisconsin Act 79", "Act 125 of
2022", "Act No. 9 of 2023", "Public Act 103-0004", and a bare "Act 41" once the article has
named one of that state's session laws ("… are now 2023 Wisconsin Act 40 and Act 41"); and
a public act abbreviated "P.A. 102-0006" (Illinois lists and roundups print it so).

A state numbers the laws it enacts each session; news gives the number with the bill it came
from ("Senate Bill 369, now Wisconsin Act 79"). SPEC §2 names a session law by its number as
it does a bill (``state:POSTAL:bill:SLUG``, the slug the word and the number as SPEC's bill
slugs are, with no session: "2023 Wisconsin Act 40" → ``state:wi:bill:act40``, as
``state:ga:bill:hb481`` carries none) and ``pa{N}-{M}`` for a hyphenated public act (Illinois
"Public Act 103-0004" → ``state:il:bill:pa103-4``, Connecticut "Public Act 21-1"). Numbers start
again each year or session, so the year, where the article gives it, stays in the name
("Wisconsin Act 40 of 2023"). The state is the one printed before the
word ("Wisconsin Act"), else the state the sentence or article is about (``statenames``),
never in a sentence about Congress.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cache

from .. import courts
from ..datafiles import read_rows
from ..models import Mention
from .lazyre import deferred
from .sentences import sentences
from .statenames import NOT_IN_SENTENCE, federal_sentence, state_before_act

# At an "Act" hit: its number, "No." allowed, and a year after it ("Act 125 of 2022").
NUMBER_AFTER = deferred(
    r"Act\s+(?:No\.\s*)?(?P<n>\d{1,4})(?:-(?P<m>\d{1,4}))?(?![\d.,]\d|[\w-])"
    r"(?:\s+of\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
)
# Before it: "Public " (a public act), a year ("2023 Wisconsin Act 40").
PUBLIC_BEFORE = deferred(r"(?:Public|P\.)\s+$")
YEAR_BEFORE = deferred(r"(?<![\d,.$])(?P<year>(?:19|20)\d\d)\s+$")
HOW = "a session law of {state} ({how}); state laws are named, not linked"
# "P.A. 102-0006": a hyphenated public act abbreviated (never a phone number's three parts)
ABBREVIATED = deferred(r"P\.\s?A\.\s+(?P<n>\d{2,3})-(?P<m>\d{1,4})(?![\d.,]\d|[\w-])")


@cache
def _numbered_acts() -> dict[tuple[str, str], list[str]]:
    """(postal, number) → the years of the session laws ``state_acts.csv`` holds by their
    number (``state:wi:bill:act10``, its year in the row's ``year``)."""
    out: dict[tuple[str, str], list[str]] = {}
    for r in read_rows("state_acts.csv"):
        m = _ACT_ID.fullmatch(r.get("authority", ""))
        if m is not None and r.get("year"):
            out.setdefault((m.group("postal"), m.group("n")), []).append(r["year"])
    return out


_ACT_ID = deferred(r"state:(?P<postal>[a-z]{2}):bill:act(?P<n>\d+)")


def _known_year(state: str, n: str) -> str | None:
    """The year of the one session law numbered ``n`` that the table holds for ``state``."""
    postal = _postal(state)
    years = _numbered_acts().get((postal, str(int(n))), []) if postal else []
    return years[0] if len(years) == 1 else None


def _postal(state: str) -> str | None:
    st = courts.state_by_name().get(state.lower())
    return st.postal.lower() if st is not None else None


def find(text: str, starts: list[int], state_at: Callable[[int], str | None]) -> list[Mention]:
    """The session laws at ``starts`` (where the word "Act" starts), in order. ``state_at``
    gives the state a place's sentence or article is about (``statenames.state_finder``)."""
    out: list[Mention] = []
    # the state and year of the latest session law named, for a bare "Act 41" after it
    last: tuple[str, str | None] | None = None
    spans: list[tuple[int, int]] = []
    for at in starts:
        m = NUMBER_AFTER.match(text, at)
        if m is None:
            continue
        n, m2, year = m.group("n"), m.group("m"), m.group("year")
        numbered = "No." in m.group(0)[:8]
        if m2 is None and len(n) == 4 and n[:2] in ("19", "20") and not numbered:
            continue  # "the Education Act 2002": a year, not a number
        start = at
        public = PUBLIC_BEFORE.search(text, max(0, at - 8), at)
        if public:
            start = public.start()
        elif m2 is not None:
            continue  # "Act 21-1" without "Public": no session law's form
        before = state_before_act(text, start)
        how = "the state named before it"
        state: str | None = None
        if before is not None:
            state, start = before
            y = YEAR_BEFORE.search(text, max(0, start - 6), start)
            if y is not None:
                year = year or y.group("year")
                start = y.start()
        elif year is not None or m2 is not None:
            spans = spans or sentences(text)
            i = max(0, bisect.bisect_right(spans, (at, len(text) + 1)) - 1)
            a, b = spans[i] if spans else (0, len(text))
            state = None if federal_sentence(text, a, b) else state_at(at)
            how = "the state its sentence or the article is about"
        elif last is not None and not public:
            state, year = last[0], last[1]
            how = "the state of the session law named before it"
        elif not public and not numbered:
            # "Dane County Circuit Judge Juan Colas ruled Act 10 unconstitutional" in a story
            # about Wisconsin (or from a Wisconsin outlet): the one session law of that number
            # ``state_acts.csv`` holds for the article's state, with its year
            spans = spans or sentences(text)
            i = max(0, bisect.bisect_right(spans, (at, len(text) + 1)) - 1)
            a, b = spans[i] if spans else (0, len(text))
            known = None if federal_sentence(text, a, b) else state_at(at)
            year = _known_year(known, n) if known else None
            if year is not None:
                state = known
                how = "the one session law of that number the table holds for the article's state"
        if state is None or state in NOT_IN_SENTENCE:
            continue
        postal = _postal(state)
        if postal is None:
            continue
        if m2 is not None:
            label = f"Public Act {n}-{m2}"
            authority: str | None = f"state:{postal}:bill:pa{int(n)}-{int(m2)}"
        else:
            label = f"Act {n}" + (f" of {year}" if year else "")
            authority = f"state:{postal}:bill:act{int(n)}"
        name = f"{state} {label}"
        if postal == "wi" and m2 is None and year:
            name = f"{year} Wisconsin Act {n}"  # the style Wisconsin cites its acts in
        if before is not None or year is not None:
            last = (state, year)
        out.append(
            Mention(
                start,
                m.end(),
                text[start : m.end()],
                "statute",
                authority,
                name=name,
                confidence=0.7,
                evidence=HOW.format(state=state, how=how),
                matcher="state_laws",
            )
        )
    return out


def abbreviated(text: str, state_at: Callable[[int], str | None]) -> list[Mention]:
    """Public acts written "P.A. 102-0006" (the caller found "P.A." in the text): the
    state is the one the sentence or the article is about, never in a sentence about
    Congress."""
    out: list[Mention] = []
    spans: list[tuple[int, int]] = []
    at = text.find("P.A.")
    while at != -1:
        m = ABBREVIATED.match(text, at)
        if m is not None and (at == 0 or not text[at - 1].isalnum()):
            spans = spans or sentences(text)
            i = max(0, bisect.bisect_right(spans, (at, len(text) + 1)) - 1)
            a, b = spans[i] if spans else (0, len(text))
            state = None if federal_sentence(text, a, b) else state_at(at)
            postal = _postal(state) if state and state not in NOT_IN_SENTENCE else None
            if state is not None and postal is not None:
                n, m2 = int(m.group("n")), int(m.group("m"))
                out.append(
                    Mention(
                        at,
                        m.end(),
                        m.group(0),
                        "statute",
                        f"state:{postal}:bill:pa{n}-{m2}",
                        name=f"{state} Public Act {n}-{m2}",
                        confidence=0.7,
                        evidence=HOW.format(
                            state=state, how="the state its sentence or the article is about"
                        ),
                        matcher="state_laws",
                    )
                )
        at = text.find("P.A.", at + 4)
    return out


# A session law cited as the Bluebook cites it: "2013 Conn. Pub. Acts 13-3", "2020 Del. Pub.
# Acts 12-3", "2016 Vt. Acts & Resolves 41", "2019 Md. Acts No. 5": the year, the state's
# abbreviation, "Acts" (a state's "Laws" is read as its code, ``statecodes``), the number.
BLUEBOOK = deferred(
    r"(?<![\w.])(?P<year>(?:19|20)\d\d)\s+(?P<st>(?:[A-Z][a-z]{1,4}|[A-Z]\.\s?[A-Z])\.)\s+"
    r"(?:(?P<pub>Pub\.)\s+|(?:Sess\.|Spec\.)\s+)?Acts(?:\s+(?:&|and)\s+Resolves)?\s+"
    r"(?:No\.\s*)?(?P<n>\d{1,4})(?:-(?P<m>\d{1,4}))?(?![\d.,]\d|[\w-])"
)


def bluebook(text: str) -> list[Mention]:
    """Session laws in Bluebook form (``BLUEBOOK``): the state its abbreviation names; a
    hyphenated number is a public act (``state:ct:bill:pa13-3``), another an act
    (``state:vt:bill:act41``)."""
    out: list[Mention] = []
    for m in BLUEBOOK.finditer(text):
        st = courts.STATE_ABBREVIATIONS.get(m.group("st").replace(" ", ""))
        if st is None:
            continue
        state = courts.states()[st].name
        postal = st.lower()
        n, m2 = int(m.group("n")), m.group("m")
        if m2 is not None:
            authority = f"state:{postal}:bill:pa{n}-{int(m2)}"
            name = f"{state} Public Act {n}-{int(m2)}"
        else:
            authority = f"state:{postal}:bill:act{n}"
            name = f"{state} Act {n} of {m.group('year')}"
        out.append(
            Mention.statute_at(
                m,
                authority,
                name=name,
                confidence=0.75,
                evidence=HOW.format(state=state, how="its Bluebook citation's abbreviation"),
                matcher="state_laws",
            )
        )
        titled = QUOTED_TITLE_BEFORE.search(text, max(0, m.start() - 200), m.start())
        if titled is not None:
            # "Named the “Act Concerning Gun Violence Prevention and Children’s Safety” (2013
            # Conn. Pub. Acts 13-3)": the act's long title, the cite in brackets after it
            out.append(
                Mention(
                    titled.start("title"),
                    titled.end("title"),
                    titled.group("title"),
                    "statute",
                    authority,
                    name=name,
                    confidence=0.7,
                    evidence=f"the long title its session-law citation follows: {name}",
                    matcher="state_laws",
                )
            )
    return out


# A quoted long title right before the bracketed citation: "“An Act Concerning …” ("
QUOTED_TITLE_BEFORE = deferred(
    r"[“\"](?P<title>(?:An\s+)?Act\s+(?:Concerning|Relating|Regarding|Addressing|To|to|For|for"
    r"|Providing|Establishing|Making|Amending)\b[^“”\"\n]{3,180})[”\"],?\s*\($"
)
