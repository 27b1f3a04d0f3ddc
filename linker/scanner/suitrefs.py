"""What refers back to a suit or a prosecution the article told without its caption.

The ``anaphora`` pass runs before ``lawsuits`` and ``sued`` find the suits an article tells
by who sued whom ("Parents sued the county school board on Tuesday"), so "The April suit",
"the legal challenge", "their suit" after such a suit found nothing to refer back to, or an
older case. And a prosecution ("a federal grand jury indicted Marcus Okafor") is referred back
to by words the anaphora families do not hold: "the case against Okafor", "Okafor's trial",
"his trial", "the prosecution".

This pass, run after them, links such a phrase to the one suit (or prosecution) the text has
told before it, and moves a back-reference the anaphora pass gave an older case to a suit told
between that case and the phrase. Never across two: when two suits were told before the
phrase, the one whose parties the phrase's sentence names is taken, and none when both or
neither are.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..courts import courts_table, districts_of
from ..models import Mention
from . import lawsuits
from .anaphora import _new_case
from .doc import Anchor, Doc
from .families import CASE_MODIFIED
from .indictments import PROSECUTION_EVIDENCE, is_prosecution
from .lazyre import deferred
from .registry import Pass
from .sentences import sentence_start
from .sentences import sentences as _sentences
from .spans import by_span

SUITREF_ANCHOR = Anchor(
    "suitref",
    (
        *("suit", "complaint", "challenge", "case", "indictment", "prosecution", "trial"),
        *("litigation", "plea", "legal action"),
        *("Suit", "Complaint", "Challenge", "Case", "Indictment", "Prosecution", "Trial"),
    ),
    60,
    30,
)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "The April suit", "their federal lawsuit", "the legal challenge", "his trial", "the case
# against Okafor", "Okafor's trial".
PHRASE = deferred(
    r"\b(?:(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+"
    rf"(?:(?:{_MONTHS}|federal|original|new|class-action|civil|criminal)\s+)?"
    r"|(?P<owner>[A-Z][a-z]+)['’]s\s+(?:(?:federal|criminal)\s+)?"
    # ("the Judge Hannah Dugan trial": the defendant's name before "trial")
    r"|[Tt]he\s+(?:(?:Judge|former|Mayor|Sen\.|Rep\.|Gov\.)\s+)?(?:[A-Z][a-z]+\s+){0,2}"
    r"(?P<named>[A-Z][a-z]+)\s+(?=trial\b))"
    # ("the legal action seeking to strike down …": the suit, as "the legal challenge" is)
    # ("The Lawsuit" opening a heading line: ``_HEADING_REST`` asks the rest of the line)
    r"(?P<head>lawsuit|(?<=\nThe\s)Lawsuit|suit|litigation|(?:legal|court)\s+challenge|(?:legal|court)\s+action|complaint|"
    # ("This challenge builds on …": the suit just told; not "this challenge of", "this
    # challenge facing", which ``_NOT_CHALLENGE`` leaves out)
    r"(?<=[Tt]his\s)challenge|"
    r"case|indictment|"
    # ("the trial court", "the trial judge": a court of first instance, no trial)
    r"prosecution|trial(?!\s+(?:court|judge|level|lawyers?|attorneys?)\b)|"
    r"plea(?:\s+(?:agreement|deal))?)\b"
    r"(?P<against>\s+against\s+(?:(?:[A-Z][a-z]+|[A-Z]\.)\s+){0,2}(?P<who>[A-Z][a-z]+)\b)?"
)
# The rest of a heading line after "The Lawsuit": short, no full stop.
_HEADING_REST = deferred(r"[^\n.!?]{0,80}(?:\n|$)")
# After "case": the idioms ("the case for", "the case that"), a caption ("the case Roe v.
# Wade"), the case of a thing.
_NOT_CASE = deferred(rf"\s*(?:for|of|that|with|in\s+point|{CASE_MODIFIED})\b|,?\s+[A-Z0-9]")
# Before the phrase: "is the case", "make their case" ("in this case", "in her case", in this
# instance, is ``_IN_THIS``; "In the lawsuit, the states say" is the suit).
_BEFORE_NOT = deferred(
    r"\b(?:[Ii]s|[Ww]as|[Bb]e|[Mm]ake|[Mm]akes|[Mm]ade|[Mm]aking|[Aa]rgue[sd]?|"
    r"[Pp]ress(?:ed)?|[Rr]est(?:ed)?|[Pp]lead(?:ed)?|[Bb]uil[dt]|[Aa]ny|[Ss]tated?)\s+$"
)
_IN_THIS = deferred(r"\b[Ii]n\s+$")
# After a bare "This challenge": the word's other senses ("this challenge of governing",
# "this challenge facing schools", "this challenge is one we welcome").
_NOT_CHALLENGE = deferred(r"\s+(?:of|for|to|facing|ahead|before|posed|is|was|will|we|I)\b")
# "wore a dark suit", "a clinical trial": the other senses, in the phrase's sentence.
_OTHER_SENSE = deferred(
    r"\b(?:wore|wear\w*|dress\w*|jacket|tie|clinical|drug|vaccine|patients|followed\s+suit|"
    r"space\s*suit|swim\w*|card|cards|pandemic|virus|COVID|infection)\b"
)
_CIVIL = frozenset(
    {"lawsuit", "suit", "litigation", "legal challenge", "court challenge", "challenge"}
)
_CRIMINAL = frozenset({"indictment", "prosecution", "plea", "plea agreement", "plea deal"})
_CHALLENGES = frozenset({"legal challenge", "court challenge"})
REACH = 2500  # how far back the suit's last mention may stand
_THAT = frozenset({"that", "this"})


def _suits_fresh(m: Mention) -> bool:
    """A suit or prosecution found by what the article tells of it, by the passes that run
    after the anaphora pass ("the lawsuit" the lawsuits pass linked to a suit by its
    evidence counts), or a prosecution, whose back-references that pass cannot read."""
    if m.kind != "case":
        return False
    return m.matcher in ("sued", "lawsuits") or (not m.anaphor and is_prosecution(m))


# "even if the legal challenge was weak": any challenge, not the one told
_GENERIC_BEFORE = deferred(r"\b(?:if|when|whether|unless|any|every)\s+(?:the\s+)?\S*\s*$")
# Words that tell a caption is a suit brought, not a ruling cited.
_SUIT_WORDS = deferred(r"\b(?:lawsuit|suit|sued|sues|filed|plaintiffs?|complaint)\b")
# A caption the text prints ("Does, 1-104 v. Wasden").
_CAPTION_V = deferred(r"[A-Z][^\n.;]{0,80}?\s+v\.?\s+[A-Z]")


def _told_as_suit(text: str, cases: list[Mention], case: Mention) -> bool:
    """Whether the article tells ``case`` as a suit brought (a sentence that names it speaks
    of a suit, a filing, plaintiffs), not as a ruling it cites."""
    for m in cases:
        if m.name != case.name or m.anaphor:
            continue
        stop = text.find(".", m.end)
        if _SUIT_WORDS.search(
            text, sentence_start(text, m.start), stop if stop >= 0 else len(text)
        ):
            return True
    return False


def _other_caption_between(text: str, cases: list[Mention], chosen: Mention, at: int) -> bool:
    """Whether the text prints a caption between the last mention of ``chosen`` and ``at``
    that is no mention of it (a case the scanner could not read, or another)."""
    last = max((m.end for m in cases if m.name == chosen.name and m.end <= at), default=-1)
    if last < 0:
        return False
    for hit in _CAPTION_V.finditer(text, last, at):
        if not any(
            m.start <= hit.end() and hit.start() < m.end and m.name == chosen.name for m in cases
        ):
            return True
    return False


# A suit told since without a name: "filed their own suit", "a separate lawsuit", "also sued".
_OWN_SUIT = deferred(
    r"\b(?:(?:their|its|his|her)\s+own|separate|second|another|new|parallel|companion)\s+"
    r"(?:federal\s+)?(?:law)?suit\b|\b(?:also|separately)\s+sued\b"
)


def _other_suit_since(text: str, cases: list[Mention], chosen: Mention, at: int) -> bool:
    """Whether a suit with no name is told between the last mention of ``chosen`` and ``at``
    (the anaphora pass's test, and "their own suit", "also sued")."""
    last = max((m.end for m in cases if m.name == chosen.name and m.end <= at), default=-1)
    if last < 0:
        return False
    return (
        _new_case(text, last, at)
        or _OWN_SUIT.search(text, last, at) is not None
        or _brought_elsewhere(text, chosen, last, at)
    )


# A suit told as just brought: "filed a lawsuit on Monday", "brought a federal suit".
_BROUGHT = deferred(
    r"\b(?:filed|brought|launched)\s+(?:\w+\s+)?an?\s+(?:federal\s+)?(?:law)?suit\b"
)


def _brought_elsewhere(text: str, chosen: Mention, a: int, b: int) -> bool:
    """Whether a suit told as brought between ``a`` and ``b`` was brought in a court its words
    name (its sentence or the two after) that is not ``chosen``'s: "… a coalition of shipping
    firms filed a lawsuit … The firms asked the Court of International Trade …" is another
    suit than the union's in D.C., and "The lawsuit" after it means that one."""
    if not chosen.court:
        return False
    spans: list[tuple[int, int]] | None = None
    for hit in _BROUGHT.finditer(text, a, b):
        spans = spans or _sentences(text)
        district, postal = lawsuits._court_told(text, spans, hit.start(), judges=False)
        if district is None and postal is None:
            continue
        if district is not None and district != chosen.court:
            return True
        if district is None and chosen.court not in districts_of(postal or ""):
            return True
    return False


def _other_court_since(
    mentions: list[Mention], cases: list[Mention], chosen: Mention, at: int
) -> bool:
    """Whether the last ruling the article tells between the suit's last mention and ``at``
    is another court's ("… the Supreme Court stayed her surrender … not final disposition of
    the case": the matter before that court, not the suit below)."""
    last = max((m.end for m in cases if m.name == chosen.name and m.end <= at), default=-1)
    rulings = [
        m for m in mentions if m.kind == "ruling" and m.court and last <= m.start and m.end <= at
    ]
    return bool(rulings and chosen.court and rulings[-1].court != chosen.court)


def _cited(m: Mention) -> bool:
    """Whether ``m`` is a precedent cited by its reporter ("Roe v. Wade, 410 U.S. 113")."""
    return (m.authority or "").startswith("cite:")


def _fits(m: Mention, head: str, criminal: frozenset[str]) -> bool:
    """Whether the phrase's head may mean ``m``'s case (``criminal``: the prosecutions'
    names, which their back-references carry too)."""
    if head in _CIVIL:
        return m.name not in criminal
    if head in _CRIMINAL:
        return m.name in criminal
    return True


_WORD = deferred(r"[A-Z][\w'’-]+")
_STOP = frozenset(
    {"The", "United", "States", "State", "Department", "Inc", "Trump", "Biden", "City", "County"}
)


def _party_words(name: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(name) if w not in _STOP)


# "US District Judge Samuel Kent was sentenced Tuesday …": the one a federal trial court
# sentenced, named right before the ruling's words.
_SENTENCED = deferred(r"^(?:was|has\s+been|had\s+been)\s+sentenced\b")
_SENTENCED_WHO = deferred(
    r"(?<![\w.])(?P<who>(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?){0,2}(?P<surname>[A-Z][a-z]+))"
    r"(?:\s+\[[^\]\n]{1,60}\]|\s+\([^)\n]{1,60}\)|,\s+\d{1,3},)?\s+$"
)
_NOT_A_NAME = frozenset({"The", "He", "She", "They", "It", "This", "That", "A", "An", "Judge"})


def _sentenced(text: str, mentions: list[Mention]) -> list[Mention]:
    """A federal prosecution for each ruling that tells a named person was sentenced by a
    federal trial court ("Samuel Kent was sentenced Tuesday to 33 months"): United States v.
    Surname, the caption of every federal prosecution. Not a mention of its own (the ruling
    is); what refers back to it ("Kent's plea", "his trial") links to it."""
    table = courts_table().courts
    out = []
    for m in mentions:
        if m.kind != "ruling" or m.anaphor or not m.court or not _SENTENCED.match(m.text):
            continue
        row = table.get(m.court)
        if row is None or row.system != "federal" or row.type != "trial":
            continue
        who = _SENTENCED_WHO.search(text, max(0, m.start - 80), m.start)
        if who is None or who["surname"] in _NOT_A_NAME:
            continue
        name = f"United States v. {who['surname']}"
        out.append(
            Mention(
                who.start(),
                m.start,
                text[who.start() : m.start],
                "case",
                None,
                court=m.court,
                name=name,
                evidence=f"{PROSECUTION_EVIDENCE}{who['surname']}",
                matcher="cases",
            )
        )
    return out


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the back-references to a suit or prosecution told without its
    caption linked to it (``suitrefs``)."""
    told = _sentenced(doc.text, mentions)
    fresh = [m for m in (*mentions, *told) if _suits_fresh(m) and m.name]
    if not fresh and not any(m.kind == "case" and not _cited(m) for m in mentions):
        return mentions  # (no suit told: nothing for "the legal challenge" to mean)
    text = doc.text
    cases = sorted([m for m in (*mentions, *told) if m.kind == "case" and m.name], key=by_span)
    by_span_at = {(m.start, m.end): i for i, m in enumerate(mentions)}
    out: list[Mention | None] = list(mentions)
    added: list[Mention] = []
    changed = False
    reach = _reach(mentions)
    for ws, we in doc.windows("suitref"):
        for hit in PHRASE.finditer(text, ws, we):
            s, e = hit.span()
            head = re.sub(r"\s+", " ", hit.group("head")).lower()
            if head == "case" and not hit.group("against") and _NOT_CASE.match(text, e):
                continue
            if head == "case" and lawsuits.in_impersonal_question(doc, s, e):
                continue  # ("Is it fair for one judge to … the parties in the case?")
            if head == "challenge" and _NOT_CHALLENGE.match(text, e):
                continue
            if lawsuits.qualifies_a_noun(text, e, head == "litigation"):
                continue  # "the litigation tracker", "a lawsuit database": no suit (``lawsuits``)
            if hit.group("head") == "Lawsuit" and not _HEADING_REST.match(text, e):
                continue  # (capitalised: only a heading's)
            if hit.group("det") and _BEFORE_NOT.search(text, max(0, s - 12), s):
                continue
            if (
                head == "case"
                and (hit.group("det") or "the").lower() != "the"
                and _IN_THIS.search(text, max(0, s - 4), s)
            ):
                continue  # "in this case", "in her case": in this instance
            a = sentence_start(text, s)
            stop = text.find(".", e)
            sentence = text[a : stop if stop >= 0 else len(text)]
            if _OTHER_SENSE.search(sentence):
                continue
            who = hit.group("owner") or hit.group("who") or hit.group("named")
            det = (hit.group("det") or "").lower()
            chosen = _antecedent(text, cases, fresh, s, head, who, sentence, det in _THAT)
            if chosen is not None and _other_caption_between(text, cases, chosen, s):
                chosen = None  # "… Does, 1-104 v. Wasden … The lawsuit seeks": another case
            if chosen is not None and _other_suit_since(text, cases, chosen, s):
                chosen = None  # "… Teachers filed their own suit Friday. The suit says …"
            if chosen is not None and not who and _other_court_since(mentions, cases, chosen, s):
                chosen = None  # the nearest ruling since the suit is another court's
            overlapping = _overlapping(out, reach, s, e)
            if overlapping:
                old = overlapping[0]
                if len(overlapping) != 1 or old.kind != "case" or old.matcher != "anaphora":
                    continue
                if chosen is not None and old.name == chosen.name:
                    continue
                if not _told_since(cases, fresh, head, old.name, s):
                    continue  # no suit told since the older case: it stays
                # a suit told since the case the anaphora pass chose (which ran before the
                # suit was found): the phrase means that suit, or is left alone when two fit
                i = by_span_at[(old.start, old.end)]
                out[i] = None if chosen is None else _ref(old.start, old.end, text, chosen)
                changed = True
                continue
            if chosen is not None:
                added.append(_ref(s, e, text, chosen))
    kept = [m for m in out if m is not None]
    if not added and not changed:
        return mentions
    keep = [m for m in added if not any(m.start < x.end and x.start < m.end for x in kept)]
    return sorted([*kept, *keep], key=by_span)


def _reach(mentions: list[Mention]) -> tuple[list[int], list[int]] | None:
    """The mentions' starts and the furthest end of each one and those before it, where the
    mentions stand in order of their starts (else None): ``_overlapping`` then asks only the
    few around a phrase, not all of a long document's."""
    starts = [m.start for m in mentions]
    if any(a > b for a, b in itertools.pairwise(starts)):
        return None
    furthest: list[int] = []
    top = -1
    for m in mentions:
        top = max(top, m.end)
        furthest.append(top)
    return starts, furthest


def _overlapping(
    out: list[Mention | None], reach: tuple[list[int], list[int]] | None, s: int, e: int
) -> list[Mention]:
    """``[m for m in out if m is not None and m.start < e and s < m.end]``: ``out`` keeps the
    spans of the mentions ``reach`` was made of (a mention is only put out or replaced by one
    of the same span), so only those that start before ``e`` and after every mention ending
    by ``s`` are asked, in order."""
    if reach is None:
        return [m for m in out if m is not None and m.start < e and s < m.end]
    starts, furthest = reach
    lo, hi = bisect.bisect_right(furthest, s), bisect.bisect_left(starts, e)
    return [m for m in out[lo:hi] if m is not None and m.start < e and s < m.end]


def _ref(s: int, e: int, text: str, suit: Mention) -> Mention:
    return Mention(
        s,
        e,
        text[s:e],
        "case",
        suit.authority,
        court=suit.court,
        name=suit.name,
        confidence=0.65,
        anaphor=True,
        url=suit.url,
        evidence=f"refers back to {suit.name}",
        matcher="suitrefs",
    )


def _told_since(
    cases: list[Mention], fresh: list[Mention], head: str, other: str | None, at: int
) -> bool:
    """Whether a suit (prosecution) the phrase may mean, other than the case ``other``, was
    told after the last mention of ``other`` before ``at``."""
    last_other = max((m.start for m in cases if m.name == other and m.start < at), default=-1)
    criminal = frozenset(m.name for m in fresh if is_prosecution(m) and m.name)
    return any(
        m.name != other and last_other < m.start < at and _fits(m, head, criminal) for m in fresh
    )


def _antecedent(
    text: str,
    cases: list[Mention],
    fresh: list[Mention],
    at: int,
    head: str,
    who: str | None,
    sentence: str,
    demonstrative: bool = False,
) -> Mention | None:
    """The one suit or prosecution told before ``at`` that the phrase refers back to (with
    ``demonstrative``, "That litigation", the suit told in the sentence before when the
    sentence names neither's party)."""
    before = [m for m in cases if m.end <= at and at - m.end <= REACH]
    if not before:
        return None
    criminal = frozenset(m.name for m in fresh if is_prosecution(m) and m.name)
    if who is not None:
        # "the case against Okafor", "Okafor's trial", "Harvard's lawsuit": the one suit
        # (prosecution) told before whose caption names that one
        named = {
            m.name
            for m in fresh
            if m.end <= at
            and m.name
            and _fits(m, head, criminal)
            and re.search(rf"\b{re.escape(who)}\b", m.name)
        }
        if len(named) != 1:
            return None
        name = named.pop()
        return next(m for m in fresh if m.name == name)
    # the suits told, most recent last; the nearest case of any kind must be one the phrase
    # may mean, and a suit found after the anaphora pass ran (else that pass has spoken)
    fitting = [m for m in before if _fits(m, head, criminal)]
    if not fitting:
        return None
    names = list(dict.fromkeys(m.name for m in reversed(fitting)))
    nearest = fitting[-1]
    if not any(_suits_fresh(m) and m.name == nearest.name for m in fresh) and not (
        head in _CHALLENGES
        and " v. " in (nearest.name or "")
        and not _cited(nearest)
        and not _GENERIC_BEFORE.search(sentence[: sentence.find(head)] if head in sentence else "")
        and _told_as_suit(text, cases, nearest)
    ):
        # (the anaphora pass has spoken for a case it could see, but it never reads "the
        # legal challenge": that is the suit the article captioned, never a cited precedent)
        return None
    if len(names) > 1:
        # two suits told: the one the sentence names a party of, none when tied
        words = set(_WORD.findall(sentence))
        agree = [n for n in names if n and _party_words(n) & words]
        if demonstrative and sentence_start(text, at) - nearest.end < 300:
            # "… the FTC's case against Amazon … . That litigation may …": the one just told
            # (the sentence before holds it, and no other suit), even when the sentence names
            # a party of an older one ("… the FTC's power": the FTC of "Acme v. FTC" too)
            prior = sentence_start(text, max(0, sentence_start(text, at) - 2))
            if nearest.start >= prior and not any(
                m.name != nearest.name and m.start >= prior for m in fitting
            ):
                return nearest
        if len(agree) != 1:
            return None
        return next(m for m in reversed(fitting) if m.name == agree[0])
    return nearest


PASS = Pass(
    name="suitrefs",
    emits=("case",),
    anchors=(SUITREF_ANCHOR,),
    run=attach,
    gated=True,
    needs_anaphora=True,
)
