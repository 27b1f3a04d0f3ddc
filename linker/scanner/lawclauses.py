"""A law told again by what it did (twenty-eighth session, census41 P3): "the court
invalidated a law that criminalized nearly all abortions", "struck down a statute which barred
…". A follow-up pass, run before ``anaphora``.

An indefinite law with a relative clause, the object of a verb that acts on a law (struck
down, upheld, blocked, repealed …), is the law the article named just before it when:
- exactly one law (statute or bill, found with an id or not) is named in the ``REACH``
  characters before it, and it has an id;
- the clause's content words meet that law's own words (its mentions and its name), at
  least one of them a word of four letters or more that is no common word;
- no word between the article and the head sets it apart ("a similar law", "a new law",
  "a Texas law"), and its sentence tells of no other time ("previously", "years ago", a year
  the law's own words do not give).

Found so, the phrase is that law's back-reference; it is no longer a new law that stops the
back-references after it ("… superseded the archaic ban" still points to the law).
"""

from __future__ import annotations

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

ANCHOR = Anchor("law_clauses", (" that ", " which "), 60, 140)
REACH = 600
# the verb before the object: what a court, a legislature or a governor does to a law
_ACTED_ON = deferred(
    r"\b(?:invalidat|struck|strik|upheld|uphold|block|overturn|overrul|enjoin|repeal|reviv|"
    r"reinstat|voided|voiding|nullif|restor|halt|suspend|vacat|revers|toss|scrap|"
    r"resurrect)[a-z]*(?:\s+(?:down|out|back))?\s+$"
)
# "a law that criminalized nearly all abortions", "a statute which barred …" (up to the end of
# its clause: a comma, a stop, or a conjunction that opens another)
_CLAUSE = deferred(
    r"[Aa]n?\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>law|statute|ban|measure)\s+"
    r"(?:that|which)\s+(?:had\s+|has\s+)?(?P<verb>[a-z]{3,}(?:ed|es|s)|made|forbade|kept|set)\b"
    r"(?P<rest>[^.;:,!?()\n“”\"]{0,100}?)"
    r"(?=\s+(?:and|but|while|after|before|until|since|because|when|so)\b|[.;:,!?()\n]|$)"
)
# words between the article and the head that make it another law ("a similar law")
_OTHER = frozenset(
    {"similar", "new", "separate", "different", "second", "proposed", "such", "other", "another"}
)
# words that say nothing of which law it is
_STOP_WORDS = (
    "the a an of to in on for and or by with from that which all most nearly any some its "
    "their it them people state states law laws statute statutes ban bans had has have been "
    "be not no more than those who would could after before over under between such into "
    "certain also only even made make every many much other"
)
_STOP = frozenset(_STOP_WORDS.split(" "))
_WORD = deferred(r"[A-Za-z][A-Za-z-]+")


def _stem(w: str) -> str:
    w = w.lower()
    if len(w) > 4 and w.endswith("s"):
        w = w[:-1]
    return w[:6]


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if len(w) >= 4 and w.lower() not in _STOP}


# a sentence that tells of another time or another law ("In 2016 the court struck down a law
# that required clinics to …" in a story about a later law on the same subject)
_ELSEWHEN = deferred(
    r"\b(?:previously|earlier|once|ago|another|separate|different|similar|precedent)\b"
)
_YEAR = deferred(r"\b(?:1[6-9]|20)\d\d\b")


def _told_elsewhen(text: str, sentence: tuple[int, int], ante: Mention) -> bool:
    """Whether the phrase's sentence tells of another time or another law: a word of it, or a
    year its antecedent's own words do not give."""
    said = text[slice(*sentence)]
    if _ELSEWHEN.search(said):
        return True
    own = set(_YEAR.findall(f"{ante.text} {ante.name or ''}"))
    return any(y not in own for y in _YEAR.findall(said))


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    # (a law found without an id counts too: two laws in reach, the phrase says not which)
    laws = [m for m in mentions if m.kind in ("statute", "bill")]
    if not any(m.authority for m in laws):
        return mentions
    text = doc.text
    added: list[Mention] = []
    for ws, we in doc.windows("law_clauses"):
        for hit in _CLAUSE.finditer(text, ws, we):
            s, e = hit.start(), hit.end()
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue
            if not _ACTED_ON.search(text, max(0, s - 40), s):
                continue
            if set(hit.group("mods").split()) & _OTHER:
                continue
            if any(m.start < e and s < m.end for m in mentions):
                continue
            before = [m for m in laws if s - REACH <= m.start and m.end <= s]
            if len({m.authority or m.name or m.text for m in before}) != 1:
                continue
            ante = before[-1]
            if not ante.authority:
                continue
            if _told_elsewhen(text, doc.sentence_at(s), ante):
                continue
            # (the law's own words, not its sentence's: "created an immigration board in SB 2"
            # does not make SB 2 "a statute that makes it a felony to help immigration
            # violators")
            own = " ".join(
                [m.text for m in laws if m.authority == ante.authority and m.end <= s]
                + [ante.name or ""]
            )
            said = _content(hit.group("verb") + hit.group("rest"))
            if not said & _content(own):
                continue
            added.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    ante.kind,
                    ante.authority,
                    name=ante.name,
                    confidence=0.65,
                    anaphor=True,
                    matcher="lawclauses",
                    evidence=f"a law told by what it did, as “{ante.text}”",
                )
            )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


PASS = Pass(
    name="lawclauses",
    emits=("statute", "bill"),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
    needs_anaphora=True,
)
