"""A federal bill told by who brought it and what it does, with no number and no title: "Sens.
Ada Pike and Tom Rowe introduced legislation Thursday that would bar members of Congress from
trading ferry stocks … The bill would …".

``data/sponsored_bills.csv`` gives bills news covers by their sponsors' surnames and the words
their descriptions hold. A sentence where a member "introduced", "reintroduced", "unveiled" or
"filed" "legislation", "a bill" or "a measure" (or "a bill introduced by …") is that table's
bill when a sponsor's surname stands among who introduced it (the subject before the verb, the
agent after "introduced … by"; else anywhere in the sentence, else in the next one) and one of
the bill's topic words in the sentence or the next, the article is of the bill's Congress and
not dated before it was introduced, and exactly one bill fits (the one naming the most of those
sponsors): nothing when two do. A bill the sentence already numbers or names with its id is told
there, and a state lawmaker's bill is no federal one. "The bill", "the legislation", "the
measure" after it are left to the back-references (``anaphora``), which take the nearest bill
before them; a name with no id the sentence gives the bill ("introduced the Ferry Safety Act")
takes the id.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..courts import is_state_law_name
from ..datafiles import SponsoredBill, sponsored_bills
from ..models import Mention
from .billdates import article_time_congress
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span

_VERBS = ("introduce", "introduced", "introduces", "introducing", "reintroduce", "reintroduced")
_MORE = ("reintroduces", "reintroducing", "unveil", "unveiled", "unveils", "unveiling", "file")
_ROLL = ("filed", "files", "filing", "rolled out", "rolls out", "rolling out", "roll out")
ANCHOR = Anchor("sponsored_bill", (*_VERBS, *_MORE, *_ROLL), 200, 260, "word", "word")
# the verbs ("Senators introduce bill to …" in a headline, "plans to unveil legislation")
_VERB_WORDS = (
    r"(?:(?:re)?introduc(?:ed|es|ing|e)|unveil(?:ed|s|ing)?|fil(?:ed|es|ing|e)|"
    r"roll(?:ed|s|ing)?\s+out)"
)

# "introduced legislation", "unveiled a bipartisan bill", "filed a new measure"
_ACTIVE = deferred(
    rf"\b{_VERB_WORDS}\s+"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"(?P<np>(?P<det>[Aa]n?|[Tt]he|[Tt]heir|[Hh]is|[Hh]er)?\s*"
    r"(?P<adj>(?:[\w-]+\s+){0,2}?)(?:legislation|bill|measure))\b(?![-–])"
)
# "A bill introduced Thursday by Sens. …", "legislation unveiled this week by Rep. …"
_PASSIVE = deferred(
    r"(?P<np>(?P<det>\b[Aa]n?|\b[Tt]he)?\s*(?P<adj>(?:[\w-]+\s+){0,2}?)"
    r"(?<![\w-])(?:legislation|bill|measure))\s+(?:re)?(?:introduced|unveiled|filed)\s+"
    r"(?:[\w,.’'-]+\s+){0,4}?by\b"
)
# A bill that is not the one the sentence brings in: "a companion bill", "a similar measure",
# "another bill", a state's bill
_NOT_THIS = deferred(
    r"\b(?:another|other|similar|companion|rival|competing|separate|second|earlier|previous|"
    r"identical|state|spending|funding|appropriations|stopgap|defense|farm|tax)\b"
)
# a state's lawmaker ("state Sen. Ada Pike", "Assemblywoman Pike") or a legislature
_STATE_MAKER = deferred(
    r"\b(?:[Ss]tate\s+(?:Sen\.|Rep\.|(?:Senator|Representative|lawmakers?|legislators?)\b)|"
    r"[Ss]tate\s+(?:House|Senate|Assembly|Capitol)\b|"
    r"(?:Assembly(?:wo)?man|Assemblymember|[Ll]egislature|General\s+Assembly|Statehouse)\b)"
)
# a sentence the splitter ends after a title ("… introduced Thursday by Sens. | Ada Pike …")
_TITLE_END = deferred(r"\b(?:Sens?|Reps?|Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.\s*$")
# What a description goes on with after the noun: "legislation Thursday that would …"
_DESCRIPTION = deferred(
    r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this\s+week|"
    r"last\s+week)\s+)?(?:that|which|to(?=\s+[a-z])|aimed\s+at|on|over|targeting|against|"
    r"designed|[a-z]+ing)\b"
)
_CLAUSE_END = deferred(r"(?<![A-Z])\.(?=\s)|[;:!?\n]|\s[—–]\s|,\s(?:and|but|which|who)\b")
# the verb alone, before a name ("reintroduced the Ferry Safety Act")
_VERB = deferred(rf"\b{_VERB_WORDS}\s+(?:the\s+)?")
# a name set beside the bill told ("legislation, the Ferry Safety Act,", "a bill called the …")
_NAMED_BESIDE = deferred(
    r"\s*(?:,|\(|[—–]|\s(?:called|dubbed|named|titled|known\s+as))\s*(?:the\s+)?[“\"]?$"
)
# words a clause cut before a mention ends on ("… would amend the")
_TRAILING = deferred(r"(?:[\s,]+(?:the|a|an|its|their|of|to|and))*[\s,]*$")
# what ends the agent of "introduced … by Reps. X, a Republican, and Y" (a verb or a clause)
_AGENT_END = deferred(
    r"[;:!?\n]|\s(?:to|that|which|who|would|will|was|is|were|are|has|have|in|on|after|"
    r"before|last|this|with)\s"
)
# the title just before a surname ("Rep. Seth", "Senator", "Congresswoman Ada")
_TITLED = deferred(
    r"\b(Sens?\.|Senators?|Reps?\.|Representatives?|Congress(?:wo)?man)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,2}$"
)
_SURNAME = deferred(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


@lru_cache(maxsize=512)
def _topic_re(topic: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(topic)}(?![\w-])")


def _fits(row: SponsoredBill, words: str) -> bool:
    """Whether one of ``row``'s topic words stands in ``words`` (lower case)."""
    return any(t in words and _topic_re(t).search(words) for t in row.topics)


def _one_bill(
    doc: Doc, places: tuple[str, ...], words: str, congress: int | None
) -> tuple[SponsoredBill, list[str]] | None:
    """The one bill of the table the sponsors and the topic words fit, and the sponsors it
    names: the sponsors of the first of ``places`` that names any (who introduced it — the
    subject before the verb, the agent after "introduced … by" —, else the sentence, else the
    next sentence: "Two senators introduced legislation … The bill, from Sens. …")."""
    table = sponsored_bills()
    found: set[str] = set()
    chambers: dict[str, str] = {}  # a name → the bill type its title allows ("Rep." → hr)
    for place in places:
        for m in _SURNAME.finditer(place):
            if m.group(0) in table:
                found.add(m.group(0))
                title = _TITLED.search(place, max(0, m.start() - 40), m.start())
                if title:
                    chambers[m.group(0)] = "s" if title.group(1)[0] in "Ss" else "hr"
        if found:
            break
    if not found:
        return None
    scored: dict[str, tuple[int, SponsoredBill]] = {}
    for name in found:
        for row in table[name]:
            if row.congress != congress or row.bill in scored:
                continue
            if name in chambers and row.bill.split(":")[2] != chambers[name]:
                continue  # "Rep. Kelly" brings no Senate bill
            if doc.date and row.introduced and doc.date < row.introduced:
                continue  # written before the bill was introduced
            if not _fits(row, words):
                continue
            scored[row.bill] = (len(found & row.sponsors), row)
    if not scored:
        return None
    best = max(n for n, _ in scored.values())
    rows = [r for n, r in scored.values() if n == best]
    if len(rows) != 1:
        return None
    return rows[0], sorted(found & rows[0].sponsors)


def _name_only(m: Mention) -> bool:
    """A bill's or act's name the article gives with no id (not a state's)."""
    return (
        m.kind in ("bill", "statute")
        and not m.anaphor
        and m.authority is None
        and bool(m.name)
        and not is_state_law_name(m.name or "")
    )


def find(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    windows = doc.windows("sponsored_bill")
    if not windows:
        return mentions
    out = list(mentions)
    taken = SpanSet([(m.start, m.end) for m in out])
    congress: int | None = doc.congress
    asked = congress is not None
    starts = {m.start: i for i, m in enumerate(out)}
    added: list[Mention] = []
    given: dict[str, str] = {}  # a name the sentence gave its bill → the bill
    done: set[tuple[int, int]] = set()  # sentences already read
    for ws, we in windows:
        hits: list[tuple[int, int, str, re.Match[str]]] = []
        # (both patterns end their noun phrase in one of these words: a window without any,
        # most of them, is not searched)
        if any(text.find(w, ws, we) >= 0 for w in ("bill", "legislation", "measure")):
            for h in _ACTIVE.finditer(text, ws, we):
                hits.append((*h.span("np"), "active", h))
            for h in _PASSIVE.finditer(text, ws, we):
                hits.append((*h.span("np"), "passive", h))
        for h in _VERB.finditer(text, ws, we):
            # "reintroduced the Ferry Safety Act": a name with no id right after the verb
            i = starts.get(h.end())
            if i is not None and _name_only(out[i]):
                hits.append((out[i].start, out[i].end, "name", h))
        for s, e, how, h in sorted(hits, key=lambda x: x[0]):
            active = how == "active"
            while s < e and text[s].isspace():
                s += 1
            sa, sb = doc.sentence_at(s)
            while sb < len(text) and _TITLE_END.search(text, sa, sb):
                sb = doc.sentence_at(sb)[1]
            if (sa, sb) in done or (how != "name" and taken.overlaps(s, e)):
                continue
            if how != "name" and _NOT_THIS.search(h.group("adj") or ""):
                continue
            if _STATE_MAKER.search(text, sa, sb):
                continue
            det = "" if how == "name" else (h.group("det") or "").lower()
            inside = [m for m in out if sa <= m.start < sb]
            if any(m.kind == "bill" and m.authority for m in inside):
                continue  # the sentence numbers or names its bill
            if det == "the" and any(m.kind == "bill" and m.start < s for m in out):
                continue  # "introduced the bill": one the article told before
            if not asked:
                congress, asked = article_time_congress(doc)[0], True
            if congress is None:
                break
            _na, nb = doc.sentence_at(min(len(text) - 1, sb + 1))
            words = text[sa : max(sb, nb)].lower()
            if how == "passive":
                # the agent: "a House bill introduced last year by Reps. X and Y, …"
                agent = text[h.end() : min(sb, h.end() + 120)]
                stop = _AGENT_END.search(agent)
                who = agent[: stop.start()] if stop else agent
            else:
                who = text[sa : h.start()]  # the subject: "Sens. X and Y introduced …"
            one = _one_bill(doc, (who, text[sa:sb], text[sb:nb]), words, congress)
            done.add((sa, sb))
            if one is None:
                continue
            row, names = one
            why = f"introduced by {' and '.join(names)}: the one bill of theirs on this"
            # the name the sentence gives the bill: right after the verb, or set beside it
            named = (
                starts[s]
                if how == "name"
                else next(
                    (
                        i
                        for i, m in enumerate(out)
                        if e <= m.start <= e + 40
                        and _name_only(m)
                        and _NAMED_BESIDE.match(text[e : m.start])
                    ),
                    None,
                )
            )
            if named is not None:
                out[named] = out[named].with_(kind="bill", authority=row.bill, evidence=why)
                given[out[named].name or ""] = row.bill
                continue
            end = e
            if active and _DESCRIPTION.match(text, e):
                stop = _CLAUSE_END.search(text, e, min(sb, e + 160))
                end = stop.start() if stop else min(sb, e + 160)
                while end > e and text[end - 1] in " ,":
                    end -= 1
                if taken.overlaps(s, end):
                    # the first mention after it ends the clause ("… would amend | the … Act")
                    end = min((m.start for m in out if e < m.start < end), default=e)
                    end = e + len(_TRAILING.sub("", text[e:end]))
                    if taken.overlaps(s, end):
                        end = e
            added.append(
                Mention(
                    s,
                    end,
                    text[s:end],
                    "bill",
                    row.bill,
                    confidence=0.7,
                    evidence=why,
                    matcher="sponsoredbills",
                )
            )
            taken.add(s, end)
    if given:
        # the same name again is the same bill ("… the Ferry Safety Act … The Ferry Safety Act
        # would …")
        for i, m in enumerate(out):
            if _name_only(m) and (bill := given.get(m.name or "")):
                out[i] = m.with_(kind="bill", authority=bill, evidence=f"{m.name}: {bill}")
    if not added and out == mentions:
        return mentions
    return sorted([*out, *added], key=by_span)


PASS = Pass(name="sponsoredbills", emits=("bill",), anchors=(ANCHOR,), run=find, gated=True)
