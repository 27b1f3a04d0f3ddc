"""A state's ballot measure by its ballot label ("Amendment 3", "Issue 1", "Proposal 3",
"Proposition 139", "Amendment 79", "CI-128", "Initiative 434"), and the section of the state
constitution an adopted one made (``data/ballot_measures.csv``).

States give the same label to a new measure at each election (Missouri's "Amendment 3" was
medical marijuana in 2018, redistricting in 2020, recreational marijuana in 2022, abortion
rights in 2024 and their repeal on the 2026 ballot), so a label names one row only with the
article's evidence: the year printed near it, the words of the measure's topic near it (or in
the article), and the article's date (a measure voted on after the article was written is no
section yet; one on the ballot within the next eighteen months makes the label ambiguous). A
label a state re-uses needs the year or the topic besides the date; a measure that failed, or
whose section the table does not confirm, gives no section.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from functools import cache

from .. import courts
from ..datafiles import read_rows, split_field
from ..models import Mention
from .lazyre import deferred
from .statenames import state_re

ADOPTED = "adopted"
# how long before its vote a measure's label is printed in the news (a measure is certified
# for the ballot months ahead: Missouri's HJR 73 passed in May 2025 for November 2026)
AHEAD = timedelta(days=548)
_YEAR = deferred(r"(?<![\d,.$])(?:19|20)\d\d(?![\d,])")
# a sentence that tells the label's measure as adopted ("Amendment 3, which voters approved",
# "laws invalid under Amendment 3") or as still to come ("would repeal", "next year")
_PAST = deferred(
    r"\b(?:passed|approved|adopted|enshrined|took\s+effect|went\s+into\s+effect|"
    r"voter-approved|ratified|under|"
    # (twenty-eighth session) a measure about to take effect was adopted: "at 12:01 a.m.
    # Friday, Amendment 3 will go into effect", "takes effect Thursday"
    r"(?:will|to)\s+(?:go|come)\s+into\s+effect|(?:will|to)\s+take\s+effect|"
    r"takes\s+effect|goes\s+into\s+effect)\b"
)
# (twenty-fifth session) words right before a label that tell the measure in force: a verb
# that undoes it ("would repeal Amendment 3", "a ballot question to overturn Amendment 3":
# not the measure that would undo it) or a law that breaks it ("laws that violate Amendment
# 3", "in violation of Amendment 3")
_IN_FORCE_BEFORE = deferred(
    r"\b(?:repeal(?:s|ed|ing)?|overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing)|undo(?:es|ing)?|"
    r"rescind(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+back|gut(?:s|ted|ting)?|"
    r"violat(?:e|es|ed|ing)|in\s+violation\s+of)\s+$"
)
_FUTURE = deferred(
    # ("will go into effect", "will take effect": a measure adopted, only its effect to come)
    r"\b(?:will(?!\s+(?:go\s+into|come\s+into|take)\s+effect\b)|would|proposed|upcoming|"
    r"next\s+(?:year|November)|repeal\w*|on\s+the\s+(?:\d{4}\s+|November\s+)?ballot|"
    # ("If approved, Amendment 3 will take effect …", "… if a majority backs it": still to
    # be voted on)
    r"[Ii]f)\b"
)


@dataclass(frozen=True)
class Measure:
    """One row of ``ballot_measures.csv``."""

    state: str
    label: str
    vote: str  # the vote's day, ISO
    result: str  # adopted, failed, unknown
    article: str
    section: str
    name: str
    topics: re.Pattern[str] | None
    reused: bool

    @property
    def authority(self) -> str | None:
        """SPEC §2's id of the section (or the new article: Maryland's marijuana article XX)
        an adopted measure made, else None."""
        if self.result != ADOPTED or not self.article:
            return None
        st = courts.state_by_name().get(self.state.lower())
        if st is None:
            return None
        where = f"{self.article}-{self.section.lower()}" if self.section else self.article
        return f"state:{st.postal.lower()}:const:{where}"


def label_slug(label: str) -> str:
    """The slug a label has in a ``state:POSTAL:bill:SLUG`` id: "Amendment 3" → "amendment3",
    "Proposition 139" → "prop139", "CI-128" → "ci128"."""
    slug = re.sub(r"[\s.-]+", "", label.lower())
    return "prop" + slug.removeprefix("proposition") if slug.startswith("proposition") else slug


@cache
def measures() -> dict[tuple[str, str], tuple[Measure, ...]]:
    """(state, label slug) → its measures, oldest vote first."""
    out: dict[tuple[str, str], list[Measure]] = {}
    for r in read_rows("ballot_measures.csv"):
        words = split_field(r["topics"])
        topics = (
            re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)
            if words
            else None
        )
        m = Measure(
            r["state"],
            r["label"],
            r["vote"],
            r["result"],
            r["article"],
            r["section"],
            r["name"],
            topics,
            r["reused"] == "yes",
        )
        slug = label_slug(m.label)
        out.setdefault((m.state, slug), []).append(m)
        if slug.startswith("proposal"):
            # news prints a "Proposal" as a "Prop" ("New York's Prop 1", "Michigan's Prop 3"),
            # which ``state_bills`` reads as a proposition
            out.setdefault((m.state, "prop" + slug.removeprefix("proposal")), []).append(m)
    return {k: tuple(sorted(v, key=lambda m: m.vote)) for k, v in out.items()}


@cache
def states_of(slug: str) -> frozenset[str]:
    """The states the table has a measure of this label for."""
    return frozenset(s for s, lab in measures() if lab == slug)


def _year_of_another(
    dated: list[Measure], rows: tuple[Measure, ...], text: str, a: int, b: int
) -> bool:
    """Whether the years printed near a label belong to another noun (twenty-eighth session,
    census42 P13): no measure of those years has a topic word anywhere in the article, while
    another measure of the label has one near it ("… Amendment 3 makes unconstitutional the
    trigger law that went into effect in June 2022 …" in a story on the 2024 abortion
    measure: 2022's label was marijuana)."""
    if any(r.topics is None or r.topics.search(text) for r in dated):
        return False
    return any(
        r not in dated and r.topics is not None and r.topics.search(text, a, b) for r in rows
    )


def pick(
    state: str,
    slug: str,
    date: str | None,
    text: str,
    window: tuple[int, int],
    sentence: tuple[int, int] | None = None,
    label_at: int | None = None,
) -> Measure | None:
    """The measure of ``state`` a label names in an article dated ``date``, its sentence (and
    the two before) being ``window``; None when the table has none or the evidence does not
    single one out. While a measure of the label is still to be voted on, the label is the
    adopted one only when its own ``sentence`` tells it adopted and nothing to come, or when
    the words before the label (at ``label_at``) tell it in force ("a referendum that would
    repeal Amendment 3", "in violation of Amendment 3"), whatever the sentence tells to
    come."""
    rows = measures().get((state, slug), ())
    if not rows:
        return None
    a, b = window
    evidence = False
    in_force = label_at is not None and _IN_FORCE_BEFORE.search(
        text, max(0, label_at - 30), label_at
    )
    years = {y.group(0) for y in _YEAR.finditer(text, a, b)}
    cands = [r for r in rows if r.vote[:4] in years]
    if cands and _year_of_another(cands, rows, text, a, b):
        cands = []
    if cands:
        evidence = True
    else:
        cands = list(rows)
    for lo, hi in ((a, b), (0, len(text))):
        topical = [r for r in cands if r.topics is not None and r.topics.search(text, lo, hi)]
        if topical:
            cands, evidence = topical, True
            break
    if date is not None and len(date) >= 10 and date[:4].isdigit():
        day = date[:10]
        try:
            ahead = (Date.fromisoformat(day) + AHEAD).isoformat()
        except ValueError:
            return None
        if any(day < r.vote <= ahead for r in cands):
            # a measure still to be voted on bears the label
            a2, b2 = sentence or window
            if not in_force and not (
                _PAST.search(text, a2, b2) and not _FUTURE.search(text, a2, b2)
            ):
                return None
        before = [r for r in cands if r.vote <= day]
    else:
        printed = max((int(y.group(0)) for y in _YEAR.finditer(text)), default=0)
        before = [r for r in cands if int(r.vote[:4]) <= printed]
        adopted = [r for r in cands if r.result == "adopted"]
        if not before and len(adopted) == 1 and sentence is not None:
            # an undated story that prints no year as late as the measure: the one adopted
            # measure of the label, when its sentence (or the one before, "Last November,
            # voters approved … That measure, known as Amendment 3, …") tells it adopted and
            # its own sentence tells nothing to come
            a2, b2 = sentence
            told = text.rfind(".", 0, max(0, a2 - 2)) + 1
            if in_force or (_PAST.search(text, told, b2) and not _FUTURE.search(text, a2, b2)):
                before = adopted
    if not before:
        return None
    chosen = before[-1]
    if chosen.reused and not evidence:
        return None
    return chosen


def section_mention(m: Mention, measure: Measure, how: str) -> Mention | None:
    """``m`` (a label's mention) as the section of the state constitution ``measure`` made,
    when it was adopted and the table gives its section; else None."""
    authority = measure.authority
    if authority is None:
        return None
    return m.with_(
        kind="constitution",
        authority=authority,
        name=f"{measure.state} {measure.label} ({measure.vote[:4]})",
        confidence=0.8,
        evidence=(
            f"{measure.state}'s {measure.label}, adopted by the voters on {measure.vote}: "
            f"Article {measure.article}"
            + (f", Section {measure.section}" if measure.section else "")
            + f" of the {measure.state} Constitution ({how}; ballot_measures.csv)"
        ),
        matcher="state_const",
    )


# A measure described rather than named, near its label: "Missourians passed a constitutional
# amendment on Nov. 5 enshrining the right to abortion … Amendment 3", "the constitutional
# amendment", "a ballot measure" (never a proposed one, nor one of the U.S. Constitution)
DESCRIBED = deferred(
    r"\b(?P<det>[Aa]n?|[Tt]he)\s+(?:(?!proposed\b|federal\b|new\s+proposed\b)[a-z][\w-]*\s+)"
    r"{0,2}?(?:constitutional\s+amendment|ballot\s+(?:measure|initiative)|"
    # "the abortion-rights amendment", "a voter-approved amendment"
    r"(?:[a-z]+-rights|voter-approved)\s+(?:amendment|measure))\b"
    r"(?!\s+(?:to|of)\s+(?:the\s+)?(?:U\.\s?S\.|United|federal|US\b))"
)
# a measure told by the year it was adopted, no voters needed: "a 2012 state constitutional
# amendment saying competent adults may make their own health care decisions" (twenty-third
# session: or one the voters passed, "a 2012 voter-backed amendment protecting …")
DATED = deferred(
    r"\b(?P<det>[Aa])\s+(?P<year>(?:19|20)\d\d)\s+(?:state\s+)?"
    r"(?:(?:voter|citizen)-(?:approved|backed|passed|ratified|initiated)\s+(?:state\s+)?"
    r"(?:constitutional\s+)?|"
    # (end of session: "a 2011 GOP-backed amendment": lawmakers' backing, the year they sent it
    # to the ballot, which may be the year before the vote)
    r"(?P<party>(?:GOP|Republican|Democratic|legislatively|legislature|lawmaker)-(?:backed|"
    r"passed|referred|sponsored)\s+(?:state\s+)?(?:constitutional\s+)?)|constitutional\s+)"
    r"amendment\b"
    r"(?!\s+(?:to|of)\s+(?:the\s+)?(?:U\.\s?S\.|United|federal|US\b))"
)
# how far from the label a description may stand (about two sentences)
DESCRIBED_REACH = 600
_LAWMAKERS = deferred(
    r"\b(?:lawmakers|legislators?|legislature|Legislature|General\s+Assembly|Congress|"
    r"senators?|would|will)\b"
)


@cache
def _voters(state: str) -> re.Pattern[str]:
    """The state's voters: "voters", "the electorate", its people by their demonym
    ("Missourians", "Ohioans", "Michiganders", "New Yorkers")."""
    stem = state.rstrip("aeiou")
    return re.compile(rf"\b(?:voters|electorate|{re.escape(stem)}\w*(?:ans|ers))\b")


def described(
    text: str, sections: list[Mention], spans: list[tuple[int, int]], states: dict[str, str]
) -> list[Mention]:
    """The descriptions of the one adopted measure the article names by label (``sections``,
    found by ``section_mention``), each within ``DESCRIBED_REACH`` of a label; an indefinite
    one ("a constitutional amendment") in a sentence that says its state's voters passed it,
    with no lawmakers or future in it. ``states`` maps a state's postal code (lowercase) to its
    name."""
    ids = {m.authority for m in sections if m.authority and not m.anaphor}
    if len(ids) != 1:
        return []
    authority = ids.pop()
    state = states.get(authority.split(":")[1], "")
    named = [m for m in sections if m.authority == authority and not m.anaphor]
    out: list[Mention] = []
    for d in DESCRIBED.finditer(text):
        if any(m.start < d.end() and d.start() < m.end for m in named):
            continue
        near = [m for m in named if abs(m.start - d.start()) <= DESCRIBED_REACH]
        if not near:
            continue
        i = max(0, bisect.bisect_right(spans, (d.start(), 1 << 62)) - 1)
        a, b = spans[i]
        told = state and _voters(state).search(text, a, b) and not _LAWMAKERS.search(text, a, b)
        definite = d.group("det").lower() == "the"
        if definite and d.group(0).endswith(("ballot measure", "ballot initiative")):
            continue  # "the ballot measure" refers back: anaphora's
        after_label = definite and any(m.end <= d.start() for m in near)
        if not (told or after_label):
            continue
        out.append(
            near[0].with_(
                start=d.start(),
                end=d.end(),
                text=d.group(0),
                confidence=0.7,
                anaphor=after_label,
                evidence=f"{d.group(0)}, told beside {near[0].text}: the same measure",
            )
        )
    return out


@cache
def _by_state() -> dict[str, tuple[Measure, ...]]:
    """Each state's adopted measures whose section the table gives, oldest vote first."""
    out: dict[str, list[Measure]] = {}
    for rows in measures().values():
        for r in rows:
            if r.authority is not None and r.topics is not None and r not in out.get(r.state, ()):
                out.setdefault(r.state, []).append(r)
    return {k: tuple(sorted(v, key=lambda r: r.vote)) for k, v in out.items()}


def unlabeled(
    text: str, spans: list[tuple[int, int]], state: str | None, date: str | None
) -> list[Mention]:
    """An adopted measure the article tells without its label: "a constitutional amendment"
    in a sentence that says ``state``'s voters passed it ("Missourians paved the way for a
    photo ID law when they passed a constitutional amendment"), with no lawmakers and nothing
    to come in it, is the one adopted measure of that state whose topic words that sentence
    or the next holds (and, when a year is printed there, voted on that year; voted on by the
    article's date): the section it made. Two such measures, or none, leave it alone."""
    if state is None or "amendment" not in text:
        return []
    rows = _by_state().get(state, ())
    if not rows:
        return []
    out: list[Mention] = []
    found: list[tuple[re.Match[str], str | None]] = [(d, None) for d in DESCRIBED.finditer(text)]
    found += [(d, d.group("year")) for d in DATED.finditer(text)]
    for d, dated in found:
        if d.group("det").lower() == "the" or not (
            dated or d.group(0).endswith("constitutional amendment")
        ):
            continue
        i = max(0, bisect.bisect_right(spans, (d.start(), 1 << 62)) - 1)
        a, b = spans[i]
        if _FUTURE.search(text, a, b):
            continue
        # (lawmakers the sentence names after the phrase are not who passed it: "voters
        # approved a constitutional amendment …, delegating its details to lawmakers")
        if dated is None and not (
            _voters(state).search(text, a, b)
            and _PAST.search(text, a, b)
            and not _LAWMAKERS.search(text, a, d.end())
        ):
            continue
        if any(h.group("state") != state for h in state_re().finditer(text, a, b)):
            continue  # ("Ohio voters passed a constitutional amendment …" in another's story)
        hi = spans[min(len(spans) - 1, i + 1)][1]
        years = {dated} if dated else {y.group(0) for y in _YEAR.finditer(text, a, hi)}
        if dated and d.groupdict().get("party"):
            years.add(str(int(dated) + 1))  # (sent to the voters by lawmakers a year before)
        fits = [
            r
            for r in rows
            if r.topics is not None
            and r.topics.search(text, a, hi)
            and (not years or r.vote[:4] in years)
            and (date is None or r.vote <= date[:10])
        ]
        if len(fits) != 1:
            continue
        (row,) = fits
        authority = row.authority
        st = courts.state_by_name().get(state.lower())
        if authority is None or st is None:
            continue
        base = Mention(
            d.start(),
            d.end(),
            d.group(0),
            "statute",
            f"state:{st.postal.lower()}:bill:{label_slug(row.label)}",
            name=f"{state} {row.label}",
            confidence=0.7,
        )
        section = section_mention(base, row, "told by its voters' passing it and its topic")
        if section is not None:
            out.append(section.with_(confidence=0.7))
    return out
