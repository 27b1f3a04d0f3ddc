"""A bill's several names, one bill: "the Secure and Fair Enforcement Banking Act (SAFE Banking
Act), H.R. 1996 … The SAFE Banking Act passed", "the Healthcare Opportunities for Patriots in
Exile Act, known as the HOPE Act … The HOPE Act amends …".

An act name linker does not know is a name only. This pass joins the names the article gives
one law — a short name it defines ("known as the HOPE Act", "(SAFE Banking Act)", "or the
… Act") and every later use of it, and each repetition of a name — and lets what one of them
is known to be hold for all: the bill number set beside one of them (``apposition``) is the
id of every one, and one called a bill makes them all bills. A name the article says was
introduced, is sponsored or "would" do something is a bill too: it is not law yet.
"""

from __future__ import annotations

import bisect
import re

from .. import ids
from ..courts import is_state_law_name
from ..datafiles import bill_key, bill_numbers, bill_of_act, cra_resolutions, cra_resolutions_of
from ..ids import congress_for_date
from ..models import Mention
from .billdates import _event_congresses as event_congresses
from .billdates import article_time_congress, president_congresses
from .bills import BILL
from .doc import Anchor, Doc
from .generalrules import tells_what_a_law_lets
from .headlines import _headline
from .initials import spelled_out
from .lazyre import deferred
from .registry import Pass
from .sentences import sentence_start
from .spans import SpanSet, by_span
from .state_laws import state_maker

KINDS = ("statute", "bill")
SHORT_NAME = deferred(
    r"\s*(?:,\s*)?(?:\(\s*|(?:also\s+|better\s+|commonly\s+)?(?:known|called|dubbed|"
    r"nicknamed)\s+as\s+|or\s+)(?:the\s+)?[“\"]?"
    r"(?P<short>(?:[A-Z][\w'’.-]*\s+){1,5}Act)\b"
)
# Said of a bill, not a law: "Rep. X introduced the …", "the … Act would …"
BILL_BEFORE = deferred(
    r"\b(?:introduc(?:ed|es|ing)|reintroduc(?:ed|es|ing)|co-?sponsor(?:ed|s|ing)?|"
    r"sponsor(?:ed|s|ing)|unveil(?:ed|s)|authored|filed)\s+(?:[\w'’-]+\s+){0,3}$"
)
BILL_AFTER = deferred(r"^(?:,[^,]{0,60},)?\s+(?:would|passed\s+the\s+(?:House|Senate))\b")


# A sentence's end within reach after a name (at most 300 characters on)
# (not the period of an initial or a bill number's letter: "S. 146", "H.R. 22")
_STOP = deferred(r"(?<!\b[A-Z])[.!?](?:\s|$)")


def _name_only(m: Mention) -> bool:
    return (
        m.kind in KINDS
        and not m.anaphor
        and m.authority is None
        and bool(m.name)
        and m.confidence >= 0.5
        and not is_state_law_name(m.name or "")
        # ("chapter 17 of title 38 of the U.S. Code": a part of the Code, never a bill)
        and m.matcher != "citations"
    )


class _Groups:
    """Union–find over mention indexes."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        while self.parent.get(i, i) != i:
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    out = list(mentions)
    if not any(m.kind in KINDS for m in out):
        return mentions
    # (made when a short name is first defined: most articles define none)
    taken: SpanSet | None = None
    starts: dict[int, int] = {}
    groups = _Groups()
    uses: dict[str, list[tuple[int, int]]] = {}
    # 1. Short names defined right after a name, and their later uses.
    for i, m in enumerate(list(out)):
        if not (m.kind in KINDS and not m.anaphor and m.name and m.confidence >= 0.5):
            continue
        d = SHORT_NAME.match(text, m.end)
        if d is None:
            continue
        short = d.group("short")
        if short == m.name or short.split()[0] in ("The", "This"):
            continue
        s0 = d.start("short")
        if taken is None:
            taken = SpanSet([(m.start, m.end) for m in out])
            starts = {m.start: i for i, m in enumerate(out)}
        if short not in uses:  # every use of a short name, found once however often defined
            uses[short] = [h.span() for h in re.finditer(rf"(?<![\w-]){re.escape(short)}\b", text)]
        found = uses[short]
        # (twenty-fifth session, census31 P1) and a use in the headline above the definition:
        # "Senator Introduces HOPE Act" over "… the … Act, known as the HOPE Act"
        head = _headline(text)
        early = [(s, e) for s, e in found if head and head[0] <= s and e <= head[1] < m.start]
        for s, e in early + found[bisect.bisect_left(found, (s0, -1)) :]:
            if s in starts:
                j = starts[s]
                if out[j].kind in KINDS and not out[j].anaphor and out[j].end == e:
                    groups.union(j, i)
                continue
            if taken.overlaps(s, e):
                continue
            out.append(
                m.with_(
                    start=s,
                    end=e,
                    text=text[s:e],
                    confidence=max(0.6, m.confidence - 0.05),
                    evidence=f"the short name the article gave “{m.text}”",
                    matcher="bill_names",
                    url=None,
                )
            )
            taken.add(s, e)
            starts[s] = len(out) - 1
            groups.union(len(out) - 1, i)
    # 2. The same name again is the same law.
    first_by_name: dict[str, int] = {}
    capitals: list[int] = []  # names opening on an initialism, for 2b
    for i, m in enumerate(out):
        if m.kind in KINDS and not m.anaphor and m.name and m.confidence >= 0.5:
            if m.name[1:2].isupper():
                capitals.append(i)
            if m.name in first_by_name:
                groups.union(i, first_by_name[m.name])
            else:
                first_by_name[m.name] = i
    # 2b. An acronym name of a longer name the article gives: "Fostering Autonomy in
    # Independent Returns by Prohibiting Redundant and Extralegal Programs Act of 2025 (S. 96)
    # … The FAIR PREP Act of 2025 bans …" — its letters, in order, are initials of the longer
    # name's words, from its first word to its last.
    # (only a name linker knows nothing of: a known act's or bill's initials keep theirs)
    acronyms = [
        (i, letters)
        for i in capitals
        if _name_only(out[i])
        for letters in (_acronym(out[i].name or ""),)
        if len(letters) >= 3
    ]
    longs = (
        [
            (i, ini)
            for i, m in enumerate(out)
            if m.kind in KINDS and not m.anaphor and m.name
            for ini in (_initials(m.name),)
            if len(ini) >= 4
        ]
        if acronyms
        else []
    )
    for i, letters in acronyms:
        fits = {out[j].name for j, ini in longs if j != i and _spells(letters, ini)}
        if len(fits) == 1:
            j = next(j for j, ini in longs if out[j].name in fits)
            groups.union(i, j)
    # 3. What one name is known to be holds for the group.
    members: dict[int, list[int]] = {}
    for i in sorted({*groups.parent, *groups.parent.values()}):
        members.setdefault(groups.find(i), []).append(i)
    for idx in members.values():
        group = [out[i] for i in idx]
        ids = {m.authority for m in group if m.authority and m.kind == "bill"}
        is_bill = any(m.kind == "bill" for m in group) or any(
            _said_of_a_bill(text, m) for m in group if _name_only(m)
        )
        for i in idx:
            m = out[i]
            if not _name_only(m):
                continue
            if len(ids) == 1:
                out[i] = m.with_(
                    kind="bill",
                    authority=next(iter(ids)),
                    evidence=f"{m.name}: the bill the article numbers",
                )
            elif is_bill and m.kind != "bill":
                out[i] = m.with_(kind="bill", evidence=f"{m.name}: not law yet in the text")
    _numbered_by_name(doc, out)
    # A bill number set beside a known act is that act's bill: its Congress is the act's,
    # not the one of the article's date ("the Inflation Reduction Act, H.R. 5376").
    out.sort(key=by_span)
    for i, m in enumerate(out):
        number = m.authority or ""
        if m.kind == "bill" and not number and not m.name and not m.anaphor:
            # an undated story's number with no Congress: the act's own bill of that number
            key = _type_number(m.text)
            number = f"bill:0:{key[0]}:{key[1]}" if key else ""
        if m.kind != "bill" or m.name or not number.startswith("bill:"):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out) or not BESIDE.fullmatch(_gap(text, out[i], out[j])):
                continue
            act = out[j]
            own = bill_of_act(act.authority) if act.kind in KINDS else None
            if own and own[0] != number and own[0].split(":")[2:] == number.split(":")[2:]:
                out[i] = m.with_(authority=own[0], evidence=f"the bill of {act.name}")
                break
            publ = _PUBL_ID.fullmatch(act.authority or "") if act.kind in KINDS else None
            if own is None and publ and number.split(":")[1] != publ.group(1):
                # "the Affordable Care Act (H.R. 3590)": the number is the bill the act was,
                # in the Congress that passed it, whatever the article's date
                fixed = ":".join(["bill", publ.group(1), *number.split(":")[2:]])
                out[i] = m.with_(authority=fixed, evidence=f"the bill of {act.name}")
                break
    # 4. A single name said to be a bill; an act told at a step of its bill ("The Senate
    # passed the Laken Riley Act, S. 5") is that bill, the same act once signed is the law.
    told: dict[str, str] = {}  # an act told at a step of its bill (no year) → the bill
    for i, m in enumerate(out):
        if m.kind == "statute" and _name_only(m) and _said_of_a_bill(text, m):
            out[i] = m.with_(kind="bill", evidence=f"{m.name}: not law yet in the text")
        elif m.kind == "statute" and not m.anaphor and m.authority:
            bill = bill_of_act(m.authority) or _numbered_beside(text, out, i, doc.congress)
            if (
                bill
                and _a_bill_step(text, m)
                and not _long_after(doc.date, bill[1])
                and not _another_bill_of_name(m.name, bill[0])
            ):
                out[i] = m.with_(
                    kind="bill",
                    authority=bill[0],
                    evidence=f"{m.name}: a step of its bill, before it was signed",
                )
                if not _YEAR_IN.search(text, *_sentence_of(text, m)):
                    told[m.authority] = bill[0]
    if told:
        _the_bill_throughout(text, out, told)
    _numbered_like_a_named_bill(out)
    _versioned_names(text, out)
    if "mendment" in text:
        _this_amendment(doc, out)
    _resolution_of_its_rule(doc, out)
    _the_stopgap(doc, out)
    _the_deal(doc, out)
    if doc.congress is None:
        _named_in_the_articles_congress(out)
        _resolutions_by_their_rule(doc, out)
    _acronym_short_forms(text, out)
    return sorted(out, key=by_span)


# A bill's name that opens on its acronym: "SAFE Banking Act", "the CORE Transparency Act"
_ACRONYM_NAME = deferred(r"^(?P<acr>[A-Z]{3,})\s+(?:[A-Z][a-z]+\s+){1,3}Act\b")


def _acronym_short_forms(text: str, out: list[Mention]) -> None:
    """ "The SAFE Act" in an article that names the SAFE Banking Act: a short form news makes
    by dropping the words between a bill's acronym and "Act" (census40 P7). Such short forms
    clash across bills ("the SAFE Act" is another bill too), so only the long name the
    article itself links gives one its id, and only when one bill of the article opens on
    that acronym."""
    longs: dict[str, set[str]] = {}
    where: dict[str, Mention] = {}
    for m in out:
        if (
            m.kind not in KINDS
            or m.anaphor
            or not m.authority
            or not m.authority.startswith("bill:")
        ):
            continue
        n = _ACRONYM_NAME.match(m.text.removeprefix("the ").removeprefix("The "))
        if n is not None:
            longs.setdefault(n.group("acr"), set()).add(m.authority)
            where.setdefault(n.group("acr"), m)
    if not longs:
        return
    taken = SpanSet([(m.start, m.end) for m in out])
    for acr, bills in longs.items():
        if len(bills) != 1:
            continue
        long = where[acr]
        for f in re.finditer(rf"\b(?:[Tt]he\s+)?{acr}\s+Act\b", text):
            if taken.overlaps(f.start(), f.end()) or f.start() < long.start:
                continue
            out.append(
                Mention(
                    f.start(),
                    f.end(),
                    f.group(0),
                    long.kind,
                    long.authority,
                    name=long.name,
                    confidence=0.7,
                    matcher="bill_names",
                    evidence=f"a short form of “{long.text}”, named before it in the article",
                )
            )
            taken.add(f.start(), f.end())


# A version after an act's name, right before its bill's number in brackets: "the … Research
# Act 2.0 (H.R. 3391)", "… Act II (S. 12)"
_VERSION_BEFORE_NUMBER = deferred(r"\s+(\d{1,2}\.\d|I{2,3}|IV)\s*\(\s*$")


def _versioned_names(text: str, out: list[Mention]) -> None:
    """A name the act finder ended before its version ("… Act 2.0 (H.R. 3391)") takes the
    version and the number in brackets after it: the new bill, never the act it follows."""
    for i in range(len(out) - 1):
        m, o = out[i], out[i + 1]
        if not _name_only(m) or o.kind != "bill" or o.anaphor or not o.authority:
            continue
        if o.name or not o.authority.startswith("bill:"):
            continue  # (a number, not another name)
        v = _VERSION_BEFORE_NUMBER.fullmatch(text, m.end, o.start)
        if v is None:
            continue
        end = v.end(1)
        out[i] = m.with_(
            end=end,
            text=text[m.start : end],
            kind="bill",
            authority=o.authority,
            name=f"{m.name} {v.group(1)}",
            evidence=f"{m.name} {v.group(1)}: named beside {o.text}",
        )


# "This Amendment" for the amending bill just told: "SB 2979, amending the Biometric
# Information Privacy Act. This Amendment …", a list's "HB0843: This amendment makes …"
_THIS_AMENDMENT = deferred(r"\b[Tt]his\s+[Aa]mendment\b(?!\s+(?:to|of)\b)")
_AMENDING = deferred(r"\b(?:amending|amends|to\s+amend|which\s+amend(?:s|ed))\b")
_HEADING_COLON = deferred(r"\s*:\s*")
_CONSTITUTIONAL = deferred(r"\b[Cc]onstitution|\bballot\b|\bvoters\b")


def _this_amendment(doc: Doc, out: list[Mention]) -> None:
    """A "This Amendment" right after a bill told as amending a law (its sentence says
    "amending …", and the phrase opens the next sentence), or right after a bill's number and
    a colon (a list's item), is that bill: never where a constitution, a ballot or voters are
    told between (an amendment of a constitution)."""
    text = doc.text
    taken = SpanSet([(m.start, m.end) for m in out])
    for r in _THIS_AMENDMENT.finditer(text):
        s, e = r.span()
        if taken.overlaps(s, e):
            continue
        before = [
            m
            for m in out
            if m.end <= s
            and m.kind in KINDS
            and not m.anaphor
            and m.authority
            and (m.authority.startswith("bill:") or ":bill:" in m.authority)
        ]
        if not before:
            continue
        bill = max(before, key=lambda m: m.end)
        heading = _HEADING_COLON.fullmatch(text, bill.end, s) is not None
        lo, hi = doc.sentence_at(bill.start)
        told = (
            not heading
            and hi <= s
            and doc.sentence_start(s) == s
            and doc.sentence_start(max(0, s - 2)) == lo
            and _AMENDING.search(text, bill.end, hi) is not None
        )
        if not (heading or told) or _CONSTITUTIONAL.search(text, lo, s):
            continue
        out.append(
            bill.with_(
                start=s,
                end=e,
                text=text[s:e],
                confidence=0.75,
                anaphor=True,
                evidence=f"the amending bill told just before, “{bill.text}”",
                matcher="bill_names",
            )
        )
        taken.add(s, e)


# A story of a rule's disapproval under the Congressional Review Act
_DISAPPROVAL = deferred(r"\b(?:disapprov\w*|Congressional\s+Review\s+Act|CRA)\b")


def _resolutions_by_their_rule(doc: Doc, out: list[Mention]) -> None:
    """7. In an undated story of a resolution of disapproval ("The House Committee … had
    passed H. J. Res. 88 … disapproving of the Labor Department's final fiduciary
    regulation"), a joint resolution with no Congress is of the Congress that received the
    rules the article cites by their Federal Register ids, all of one year: that year's
    Congress, or for a rule of an election year also the next one (the Act's carry-over),
    narrowed by the sitting president the story names ("President Obama … would veto it":
    the 114th for a 2016 rule). Nothing when the rules are of two years or the Congresses
    stay two."""
    loose = [
        (i, key)
        for i, m in enumerate(out)
        if m.kind == "bill"
        and m.authority is None
        and not m.anaphor
        and (key := _type_number(m.text)) is not None
        and key[0] in ("hjres", "sjres")
    ]
    if not loose or not _DISAPPROVAL.search(doc.text):
        return
    volumes = {
        int(a.split(":")[1])
        for m in out
        if m.kind == "regulation" and (a := m.authority or "").startswith("fr:")
    }
    if len(volumes) != 1:
        return
    year = 1935 + volumes.pop()  # the Federal Register's volume 1 is 1936's
    first = congress_for_date(f"{year}-06-30") or 0
    congresses = {first, first + 1} if year % 2 == 0 else {first}
    sitting, said = president_congresses(doc)
    fits = congresses & sitting if sitting else congresses
    if len(fits) != 1:
        return
    congress = fits.pop()
    why = f"the Congress that received the {year} rule it disapproves" + (
        f" ({said})" if sitting else ""
    )
    for i, (btype, number) in loose:
        out[i] = out[i].with_(
            authority=ids.bill(congress, btype, number), confidence=0.7, evidence=why
        )


# A resolution of disapproval told, not numbered: "Congress passed a joint resolution
# disapproving of the rule", "the CRA resolution", "a resolution of disapproval"
_RESOLUTION_TOLD = deferred(
    r"\b(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:CRA|joint|disapproval|bipartisan|"
    r"Republican|GOP|Democratic)\s+){0,2}resolution(?:\s+of\s+disapproval)?\b"
)
# the chamber a resolution is introduced in or passed by, right after it
_IN_CHAMBER = deferred(r"\s+in\s+the\s+(?:U\.S\.\s+)?(?P<chamber>House|Senate)\b")
# how a resolution of disapproval works, not the one the story tells: "through a joint
# resolution approved by the majority of both houses"
_PROCEDURE_BEFORE = deferred(r"\b(?:through|by|via|using|with|under|allows?|permits?)\s+$")


def _resolution_of_its_rule(doc: Doc, out: list[Mention]) -> None:
    """8. A story of a rule's disapproval that never numbers the resolution ("The House and
    Senate have passed a joint resolution disapproving of the EPA's methane fee rule") tells
    the one resolution ``cra_resolutions.csv`` gives for the one rule it names by id, of that
    resolution's Congress (the article's, when it has a date; one of its sitting president's
    when it names one). A phrase that tells how the Congressional Review Act works ("through
    a joint resolution approved by …") is none; "the resolution" after the first is left to
    the back-references."""
    text = doc.text
    if "resolution" not in text or not _DISAPPROVAL.search(text):
        return
    if any(m.kind == "bill" and _RESOLUTION_ID.match(m.authority or "") for m in out):
        return  # a resolution the article numbers: the other passes tell it
    table = cra_resolutions()
    bills = {table[a] for m in out if m.kind == "regulation" and (a := m.authority or "") in table}
    if len(bills) != 1:
        return
    bill = bills.pop()
    congress = int(bill.split(":")[1])
    if doc.congress is not None and doc.congress != congress:
        return
    if doc.congress is None:
        sitting, _said = president_congresses(doc)
        if sitting and congress not in sitting:
            return
    rule = next(m.authority for m in out if m.kind == "regulation" and m.authority in table)
    if _resolutions_by_chamber(doc, out, cra_resolutions_of().get(rule or "", ())):
        return  # two resolutions the article tells apart: an untold one is either
    # (a "CRA" found as the act inside the phrase is no obstacle: "a CRA resolution")
    taken = SpanSet(
        [(m.start, m.end) for m in out if not (m.text == "CRA" and m.kind == "statute")]
    )
    own_chamber = "Senate" if ":sjres:" in bill else "House" if ":hjres:" in bill else None
    for r in _RESOLUTION_TOLD.finditer(text):
        s, e = r.span()
        if (
            taken.overlaps(s, e)
            or _PROCEDURE_BEFORE.search(text, max(0, s - 12), s)
            or tells_what_a_law_lets(text, s)
        ):
            continue
        # (twenty-eighth session, census42 P4) the chamber told with it: "Hill introduced a
        # CRA resolution in the House. Scott, who introduced a CRA resolution in the Senate,
        # …" — only the table's resolution's own chamber is it; the other chamber's is a
        # companion the table does not give
        told = _IN_CHAMBER.match(text, e)
        if told is not None:
            if own_chamber is None or told.group("chamber") != own_chamber:
                continue
            e = told.end()
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                "bill",
                bill,
                confidence=0.65,
                anaphor=False,
                evidence="the resolution of disapproval of the one rule the article names",
                matcher="bill_names",
            )
        )
        return


# the Act's own name inside the phrase ("a CRA resolution"), which the phrase takes over
_ACT_INSIDE = ("usc:5:801-808",)


def _resolutions_by_chamber(doc: Doc, out: list[Mention], bills: tuple[str, ...]) -> bool:
    """8b. A rule whose House and Senate resolutions ``cra_resolutions.csv`` both lists, told
    by chamber ("Hill introduced a CRA resolution in the House. Scott, who introduced a CRA
    resolution in the Senate, …"): each phrase is its chamber's resolution (H.J. Res. or S.J.
    Res.), the Act's name inside it ("CRA") part of the phrase. True when one was told so."""
    if len(bills) < 2:
        return False
    text = doc.text
    of_chamber = {"House": [b for b in bills if ":hjres:" in b]}
    of_chamber["Senate"] = [b for b in bills if ":sjres:" in b]
    found = False
    for r in _RESOLUTION_TOLD.finditer(text):
        c = _IN_CHAMBER.match(text, r.end())
        if c is None or len(of_chamber[c.group("chamber")]) != 1:
            continue
        s, e = r.start(), c.end()
        inside = [m for m in out if m.start < e and s < m.end]
        if any(not (s <= m.start and m.end <= e and m.authority in _ACT_INSIDE) for m in inside):
            continue
        for m in inside:
            out.remove(m)
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                "bill",
                of_chamber[c.group("chamber")][0],
                confidence=0.65,
                anaphor=False,
                evidence=f"the {c.group('chamber')}'s resolution of disapproval of the rule",
                matcher="bill_names",
            )
        )
        found = True
    return found


# A continuing resolution told, not named: "a stopgap spending bill", "the continuing
# resolution", "the CR", "this short-term funding measure", "the stopgap"
_STOPGAP = deferred(
    r"\b(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]oday['’]s)\s+"
    r"(?:(?:\$[\d.]+\s+\w+|bipartisan|temporary|new|latest|GOP|Republican|Democratic|House|"
    r"Senate|House-passed|Senate-passed)\s+)?"
    r"(?:(?:stopgap|short-term|temporary)(?:\s+(?:spending|funding|government\s+funding))?"
    r"(?:\s+(?:bill|measure|package|legislation|resolution|patch))?|"
    r"continuing\s+resolution|CR)\b(?![-–])"
)
# a continuing resolution called so where its number stands ("passed a stopgap spending bill
# …, sending H.R. 10545 to the Senate", "H.R. 5860, a continuing resolution")
_CALLED_STOPGAP = deferred(
    r"\b(?:stopgap|[Cc]ontinuing\s+[Rr]esolution|short-term\s+(?:spending|funding))\b"
)
# another spending measure: "full-year", an omnibus or an appropriations act by name
_OTHER_SPENDING = deferred(r"\b(?:omnibus|full-year|minibus)\b|Appropriations\s+Act", re.I)


# a stopgap the bill is not: "H.R. 6500 would replace the stopgap", "after the last CR expired"
_ANOTHER_STOPGAP = deferred(
    r"\b(?:replac\w*|instead|unlike|than|another|previous|earlier|last|expir\w*|extend\w*|"
    r"after|before)\b"
)


def _called_stopgap(doc: Doc, m: Mention) -> bool:
    """Whether the sentence of the number ``m`` calls its bill a stopgap, and not a stopgap
    it replaces, extends or follows."""
    a, e = doc.sentence_at(m.start)
    c = _CALLED_STOPGAP.search(doc.text, a, e)
    return c is not None and not _ANOTHER_STOPGAP.search(doc.text, a, c.start())


def _one_numbered_bill(out: list[Mention]) -> str | None:
    """The one bill the article names by its own words (not referred back to), if only one."""
    numbered = {
        m.authority
        for m in out
        if m.kind in KINDS and not m.anaphor and (m.authority or "").startswith("bill:")
    }
    return next(iter(numbered)) if len(numbered) == 1 else None


def _the_stopgap(doc: Doc, out: list[Mention]) -> None:
    """9. A continuing resolution the article tells, not names ("The House passed a stopgap
    spending bill to keep the government open, sending H.R. 10545 to the Senate. … the
    continuing resolution … The CR …"), is the one bill it numbers and calls a stopgap
    where the number stands (its sentence, or a name of it with "Continuing"). None when
    the article numbers another bill, or names an omnibus, a full-year bill or another
    appropriations act: then which measure a stopgap is, is not known."""
    text = doc.text
    # (the words the pattern needs, found by a plain search first: most articles have none)
    if not ("stopgap" in text or "ontinuing" in text or "short-term" in text):
        return
    if not _CALLED_STOPGAP.search(text):
        return
    bill = _one_numbered_bill(out)
    if bill is None:
        return
    own = [m for m in out if m.authority == bill and not m.anaphor]
    called = any(_called_stopgap(doc, m) for m in own) or any(
        m.name and "Continuing" in m.name for m in own
    )
    rest = text
    for name in {m.text for m in own}:
        rest = rest.replace(name, "")
    if not called or _OTHER_SPENDING.search(rest):
        return
    taken = SpanSet([(m.start, m.end) for m in out])
    first = min(m.start for m in own)
    for r in _STOPGAP.finditer(text):
        s, e = r.span()
        if taken.overlaps(s, e):
            continue
        definite = r.group("det").lower() in ("the", "this", "that")
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                "bill",
                bill,
                confidence=0.65,
                anaphor=definite and s > first,
                evidence="the one continuing resolution the article numbers",
                matcher="bill_names",
            )
        )
        taken.add(s, e)


# "the deal", "today's tax deal", "the bipartisan spending deal": a deal of the words a bill
# in Congress is called by (not a trade, plea, peace or merger deal)
_DEAL = deferred(
    r"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Tt]oday['’]s|[Tt]onight['’]s)\s+"
    r"(?:(?:\$[\d.]+\s+(?:billion|trillion)|bipartisan|bicameral|tax|spending|budget|funding|"
    r"final|compromise|new|latest|border|shutdown|government)\s+){0,3}deal\b(?![-–])"
)
# the number's own sentence calls the bill a deal of Congress's kind ("struck a bipartisan
# tax deal"), not a deal the bill is about ("H.R. 1234 would block the nuclear deal")
_CALLED_DEAL = deferred(
    r"\b(?:tax|spending|budget|funding|bipartisan|bicameral|compromise|shutdown|border)\s+deal\b"
)


def _the_deal(doc: Doc, out: list[Mention]) -> None:
    """10. "The deal" of a story that numbers one bill and calls it a deal where the number
    stands ("Leaders struck a tax deal, H.R. 7024, … Today's tax deal …") is that bill."""
    text = doc.text
    if "deal" not in text:
        return
    bill = _one_numbered_bill(out)
    if bill is None:
        return
    own = [m for m in out if m.authority == bill and not m.anaphor and m.matcher == "bills"]
    if not own or not any(
        (c := _CALLED_DEAL.search(text, *doc.sentence_at(m.start)))
        and not _UNDOES.search(text, doc.sentence_at(m.start)[0], c.start())
        for m in own
    ):
        return
    first = min(m.start for m in own)
    taken = SpanSet([(m.start, m.end) for m in out])
    for r in _DEAL.finditer(text):
        s, e = r.span()
        if s < first - 300 or taken.overlaps(s, e):
            continue
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                "bill",
                bill,
                confidence=0.6,
                anaphor=s > first,
                evidence="the deal the article numbers as its one bill",
                matcher="bill_names",
            )
        )
        taken.add(s, e)


_RESOLUTION_ID = deferred(r"bill:\d+:(?:hjres|sjres):")
# any resolution of Congress: joint, concurrent or simple
_ANY_RESOLUTION_ID = deferred(r"bill:\d+:(?:hjres|sjres|hconres|sconres|hres|sres):")


def _the_bill_throughout(text: str, out: list[Mention], told: dict[str, str]) -> None:
    """4b. An act the article tells at a step of its bill ("The Senate voted to approve the
    GENIUS Act"), in a sentence that gives no year, and never as signed or in effect, is that
    bill wherever it is named ("The GENIUS Act will serve to protect consumers", "Once the
    GENIUS Act is law"): the story is news of the bill. ``told``: each such act's id → its
    bill. (A step with a year, "passed … on Christmas Eve 2009", tells a law's history.)"""
    if SIGNED.search(text) or _A_LAW.search(text):
        return  # "signed", "took effect", "the new law" anywhere: the story may be the law's
    if any(m.kind == "statute" and m.authority in told and _signing_told(text, m) for m in out):
        return
    for i, m in enumerate(out):
        if m.kind == "statute" and not m.anaphor and m.authority in told:
            out[i] = m.with_(
                kind="bill",
                authority=told[m.authority],
                evidence=f"{m.name}: its bill, told at a step and never as signed",
            )


# An act called a law in the story ("the new law", "this law")
_A_LAW = deferred(r"\b(?:the|this|new|that)\s+law\b")


def _sentence_of(text: str, m: Mention) -> tuple[int, int]:
    """``m``'s sentence: from its start to the next sentence end (at most 300 on)."""
    stop = _STOP.search(text, m.end, m.end + 300)
    return sentence_start(text, m.start), stop.start() if stop else min(len(text), m.end + 300)


def _signing_told(text: str, m: Mention) -> bool:
    """Whether ``m``'s sentence tells its signing or that it is in effect."""
    a, b = _sentence_of(text, m)
    return bool(SIGNED.search(text[a:b]))


def _named_in_the_articles_congress(out: list[Mention]) -> None:
    """6. In an undated article, a popular bill named, not numbered ("The bill's companion,
    the STABLE Act, may be considered in the House next"), is the bill of that name in the
    one Congress of every bill the article has placed ("the GENIUS Act" passing the Senate:
    ``bill:119:s:1582``). None when the article's bills span two Congresses."""
    placed = {
        a.split(":")[1]
        for m in out
        if m.kind == "bill" and not m.anaphor and (a := m.authority or "").startswith("bill:")
    }
    if len(placed) != 1:
        return
    congress = int(next(iter(placed)))
    table = bill_numbers()
    for i, m in enumerate(out):
        if m.kind not in KINDS or m.anaphor or m.authority or not m.name:
            continue
        row = table.get(bill_key(m.name), {}).get(congress)
        if row is None or is_state_law_name(m.name):
            continue
        out[i] = m.with_(
            kind="bill",
            authority=row[0],
            evidence=f"{m.name}: the bill of that name in the {congress}th Congress, the "
            "Congress of the article's other bills",
        )


def _another_bill_of_name(name: str | None, bill: str) -> bool:
    """Whether a bill of the act's own name other than the one enacted moved in that
    Congress (``bill_numbers.csv``): "The bill passed the House on March 13" of the TikTok
    act was H.R. 7521, the law came from H.R. 815 — which step is told is not known."""
    congress = int(bill.split(":")[1])
    row = bill_numbers().get(bill_key(name or ""), {}).get(congress)
    return row is not None and row[0] != bill


def _numbered_like_a_named_bill(out: list[Mention]) -> None:
    """5. A number with no Congress of its own ("passed the Senate's amendment to H.R. 1,
    sending the … package—dubbed the 'One Big Beautiful Bill Act'") is the one bill of that
    type and number the article names and places in a Congress."""
    loose = [
        i
        for i, m in enumerate(out)
        if m.kind == "bill" and m.authority is None and not m.anaphor and not m.name
    ]
    if not loose:
        return
    named: dict[tuple[str, ...], set[str]] = {}
    for m in out:
        a = m.authority or ""
        if m.kind == "bill" and m.name and not m.anaphor and a.startswith("bill:"):
            named.setdefault(tuple(a.split(":")[2:]), set()).add(a)
    for i in loose:
        key = _type_number(out[i].text)
        bills = named.get(key) if key else None
        if bills and len(bills) == 1:
            bill = next(iter(bills))
            out[i] = out[i].with_(authority=bill, evidence=f"the number of the bill named {bill}")


_YEAR_END = deferred(r"\s+of\s+\d{4}$")


def _words_before_act(name: str) -> list[str]:
    words = _YEAR_END.sub("", name).split()
    return words[:-1] if words and words[-1] == "Act" else []


def _acronym(name: str) -> str:
    """The letters of a name made of initialisms ("FAIR PREP Act of 2025" → "FAIRPREP")."""
    words = _words_before_act(name)
    if not words or not all(w.isupper() and w.isalpha() for w in words):
        return ""
    return "".join(words)


def _initials(name: str) -> str:
    """The first letters of a long name's words before "Act", upper-cased."""
    words = _words_before_act(name)
    if len(words) < 4 or any(w.isupper() and len(w) > 1 for w in words):
        return ""
    return "".join(w[0].upper() for w in words if w[0].isalpha())


def _spells(letters: str, initials: str) -> bool:
    """Whether ``letters`` are ``initials`` in order (some words skipped), from the first
    word's to the last word's."""
    if not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    it = iter(initials)
    return all(c in it for c in letters)


def _type_number(text: str) -> tuple[str, str] | None:
    """("hr", "22") for a printed bill number "H.R. 22"."""
    m = BILL.fullmatch(text.strip())
    if m is None:
        return None
    btype = next((t for t, v in m.groupdict().items() if v and t not in ("type", "dot", "num")), "")
    return (btype, str(int(m.group("num")))) if btype else None


def _numbered_by_name(doc: Doc, out: list[Mention]) -> None:
    """A popular bill named, not numbered ("the SAVE Act"), is the bill of that name in the
    article's Congress (``bill_numbers.csv``); in an undated article, the one of its bills
    whose number the article also prints without a Congress ("H.R. 22: Safeguard American
    Voter Eligibility Act"), and that number is then that bill too. Never another
    Congress's bill, never a guess: a name the table lacks for that Congress keeps no id."""
    table = bill_numbers()
    named = [
        (i, rows)
        for i, m in enumerate(out)
        if m.kind in KINDS
        and not m.anaphor
        and m.authority is None
        and m.name
        and not is_state_law_name(m.name)
        and (rows := table.get(bill_key(m.name)))
    ]
    if not named:
        return
    loose: dict[tuple[str, str], list[int]] = {}
    for j, m in enumerate(out):
        if m.kind == "bill" and m.authority is None and not m.name and not m.anaphor:
            key = _type_number(m.text)
            if key:
                loose.setdefault(key, []).append(j)
    sitting: tuple[frozenset[int], str] | None = None
    when: tuple[int | None, str] | None = None
    for i, rows in named:
        m = out[i]
        a = sentence_start(doc.text, m.start)
        stop = _STOP.search(doc.text, m.end, m.end + 300)
        if state_maker(doc.text, a, stop.start() if stop else m.end + 300):
            continue  # "Florida lawmakers passed the Equality Act": a state's law of that name
        congress = doc.congress
        bill, introduced = rows.get(congress, (None, "")) if congress else (None, "")
        why = ""
        year = _NAME_YEAR.search(m.name or "") or _NAME_YEAR.search(m.text)
        titled = [(b, d) for b, d in rows.values() if year and d[:4] == year.group(1)]
        if len(titled) == 1:
            # "the Railway Safety Act of 2023": the one bill of that name introduced in the
            # year its printed title gives, whatever the article's date (the bill of 2025 is
            # "of 2025")
            bill, introduced = titled[0]
            why = f" (introduced in {introduced[:4]}, the year of its title)"
        elif (of_title := _of_title_year(rows, year.group(1) if year else None)) is not None:
            bill, introduced, why = of_title
        elif congress is None:
            printed = {b for b, _d in rows.values() if tuple(b.split(":")[2:]) in loose}
            bill = printed.pop() if len(printed) == 1 else None
            if bill is None and not printed:
                # the one bill of that name in a Congress of the president the story
                # calls in office ("President Biden has vowed to veto the measure")
                if sitting is None:
                    sitting = president_congresses(doc)
                fits = [b for c, (b, _d) in rows.items() if c in sitting[0]]
                bill = fits[0] if len(fits) == 1 else None
                why = f" ({sitting[1]})" if bill else ""
                if bill is None and not fits:
                    # else the Congress of when the story was written (its latest date)
                    if when is None:
                        when = article_time_congress(doc)
                    bill = rows.get(when[0], (None, ""))[0] if when[0] else None
                    why = f" ({when[1]})" if bill else ""
        if bill is None and congress is None and (sole := _sole_row(doc, rows)) is not None:
            bill, introduced, why = sole
        if bill is None or (doc.date and introduced and doc.date < introduced):
            continue  # an article written before the bill of that name was introduced
        c = bill.split(":")[1]
        out[i] = m.with_(
            kind="bill",
            authority=bill,
            evidence=f"{m.name}: the bill of that name in the {c}th Congress{why}",
        )
        for j in loose.get((bill.split(":")[2], bill.split(":")[3]), []):
            out[j] = out[j].with_(
                authority=bill,
                confidence=max(out[j].confidence, 0.85),
                evidence=f"the number of {m.name} in the {c}th Congress",
            )


def _of_title_year(
    rows: dict[int, tuple[str, str]], year: str | None
) -> tuple[str, str, str] | None:
    """(the bill, its introduction day, why) of a name whose printed title ends in a year
    ("the No Rogue Rulings Act of 2025"), when the table has a row of that name in the
    Congress sitting in that year (mid-year: a title's year is the session it was written
    in), whatever the article's date: the 2019 bill is "of 2019" in a story of 2021 too."""
    if year is None:
        return None
    congress = congress_for_date(f"{year}-06-30")
    if congress is None or congress not in rows:
        return None
    bill, introduced = rows[congress]
    return bill, introduced, f" (the Congress sitting in {year}, the year of its title)"


def _sole_row(doc: Doc, rows: dict[int, tuple[str, str]]) -> tuple[str, str, str] | None:
    """(the bill, its introduction day, why) of a name the table has one row for, in an
    undated article nothing else places: no sitting president, leader or latest date of
    the article (``billdates``) points to a Congress at all (one that disagrees with the row
    is no place to put it, and those cues chose nothing), and no legislative step it dates
    falls in another Congress."""
    if len(rows) != 1:
        return None
    ((congress, (bill, introduced)),) = rows.items()
    sitting, _said = president_congresses(doc)
    if sitting or article_time_congress(doc)[0] is not None:
        return None
    steps = event_congresses(doc)
    if steps and set(steps) != {congress}:
        return None  # the steps it dates fall in another Congress
    return bill, introduced, " (the only bill of that name the table has; the article is undated)"


# A year in a sentence ("in 2009", "Dec. 24, 2009")
_YEAR_IN = deferred(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The year a bill's printed title ends in ("… Act of 2023")
_NAME_YEAR = deferred(r"\s+of\s+((?:19|20)\d\d)$")


# What a bill goes through before it is law, and what makes it law.
BILL_STEP = deferred(
    r"\b(?:passed|passes|passing|approved|approves|cleared|clears|advanced|advances|voted|"
    r"votes?|introduced|introduces|would)\b"
)
# (a member of Congress introducing or sponsoring it is a step in Congress too: "Sen. Cruz
# introduced S. 146, the TAKE IT DOWN Act, in January 2025")
BILL_STEP_CHAMBER = deferred(
    r"\b(?:House|Senate|[Cc]hamber|Congress|lawmakers|Sen\.|Rep\.|Senator|Congress(?:wo)?man)(?!\w)"
)
SIGNED = deferred(
    r"\b(?:signed|signs|signing|enacted|became\s+law|into\s+law|took\s+effect|"
    r"takes\s+effect|in\s+effect|under\s+the\s*$)"
)


_PUBL_ID = deferred(r"publ:(\d+)-\d+")


def _numbered_beside(
    text: str, out: list[Mention], i: int, doc_congress: int | None
) -> tuple[str, str] | None:
    """(the bill, no date) set beside the act ``out[i]`` in the Congress of its public law:
    "the Senate passed the Affordable Care Act (H.R. 3590)"."""
    publ = _PUBL_ID.fullmatch(out[i].authority or "")
    if publ is None or (doc_congress or 0) > int(publ.group(1)):
        return None  # told in a later Congress: the law's history
    for j in (i - 1, i + 1):
        if 0 <= j < len(out) and BESIDE.fullmatch(_gap(text, out[i], out[j])):
            number = out[j].authority or ""
            if out[j].kind == "bill" and number.startswith(f"bill:{publ.group(1)}:"):
                return number, ""
    return None


def _long_after(date: str | None, enacted: str) -> bool:
    """Whether the article was written more than two months after the act was signed: then
    "the House passed the act" tells the law's history, and the law is what a reader wants."""
    if not date or len(date) < 7 or len(enacted) < 7:
        return False
    months = (int(date[:4]) - int(enacted[:4])) * 12 + int(date[5:7]) - int(enacted[5:7])
    return months > 2


def _a_bill_step(text: str, m: Mention) -> bool:
    """Whether ``m``'s sentence tells of its bill in Congress before the signing ("The Senate
    passed the Laken Riley Act"), not of the law ("signed the Laken Riley Act into law")."""
    a = sentence_start(text, m.start)
    stop = _STOP.search(text, m.end, m.end + 300)
    b = stop.start() if stop else m.end + 300
    sentence = text[a:b]
    return bool(
        BILL_STEP.search(sentence)
        and BILL_STEP_CHAMBER.search(sentence)
        and not SIGNED.search(sentence)
    )


BESIDE = deferred(r"[”\"]?\)?\s*(?:,|\(|—|–|--)\s*(?:the\s+)?|\s*\(\s*")


def _gap(text: str, a: Mention, b: Mention) -> str:
    first, second = (a, b) if a.start < b.start else (b, a)
    return text[first.end : second.start] if first.end <= second.start else "x"


def _said_of_a_bill(text: str, m: Mention) -> bool:
    a = max(sentence_start(text, m.start), m.start - 80)
    return bool(
        BILL_BEFORE.search(text, a, m.start)
        or BILL_AFTER.match(text[m.end : m.end + 90])
        or _a_bill_step(text, m)  # "the House of Representatives passed the … Act"
    )


# A bill described, not named: "The House passed legislation that greatly expands mandatory
# detention …", "a bill that would ban TikTok". Not "another bill", "an even larger bill".
DESCRIBED = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he)\s+(?P<adj>(?:[\w$.,-]+\s+){0,3}?))?(?:legislation|bill|measure|"
    r"(?P<res>resolution))\s+"
    # ("a bill to ban …"; not "get cryptocurrency legislation to his desk", "sent the bill to
    # the floor": a place it goes)
    r"(?:that|which|to(?=\s+[a-z])(?!\s+(?:his|her|its|their|the|a|an|this|that|my|our|your|"
    r"him|them|it|lawmakers)\b)|addressing|aimed\s+at|requiring|making|allowing|"
    r"banning|barring|"
    r"expanding|creating|providing|giving|funding|extending|repealing|overhauling|"
    # "A federal rail safety bill introduced by Ohio's U.S. senators … was voted out of a key
    # committee" (the Railway Safety Act, named after it)
    r"(?:introduced|sponsored|authored|written|championed|led|filed|proposed)\s+by)\b"
)
# ... or introduced by what was done to it: "The Senate passed a $1.2 trillion infrastructure
# package on Tuesday. The bill, H.R. 3684, …"
DONE_TO = re.compile(
    r"\b(?:passed|approved|unveiled|introduced|cleared|advanced|adopted)\s+"
    r"(?P<np>(?:a|an|(?P<another>another))\s+"
    r"(?P<adj>(?:[\w$.,-]+\s+){0,4}?)(?:package|bill|measure|legislation|(?P<res>resolution))\b)"
)
NOT_THE_ONE = deferred(
    r"\b(?:another|other|larger|bigger|smaller|separate|second|similar|companion|rival|"
    r"competing|new|earlier|previous|different|state|House|Senate|stopgap|most|least|"
    r"\w+est)\b"
)
# "two other pieces of legislation", "another piece of legislation" before a bill described
_PIECES_BEFORE = deferred(
    r"(?:\b(?:pieces|kinds|types|sorts)\s+of|\b(?:another|other|separate|second|new|similar)"
    r"\s+(?:piece|kind|type|sort)\s+of)\s+$"
)
LONG_DET = deferred(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z$][\w$.,-]*\s+){1,6})$")
# A predicate says what kind of thing a law is: "the IIJA represents the most significant
# legislation that …", "it is a bill that …".
PREDICATE = deferred(r"\b(?:is|was|are|were|be|been|represents?|remains?|becomes?|became)\s+$")
DESCRIBED_ANCHOR = Anchor(
    "described_bill", ("legislation", "bill", "measure", "package", "resolution"), 60, 40, "word"
)
# a bill told as undoing another ("a bill to repeal the act", "legislation that would
# overturn the law") is not the bill it undoes
_UNDOES = deferred(r"\b(?:repeal|overturn|undo|reverse|rescind|nullify|gut|block)(?:s|ed|ing)?\b")
NEAR_BILL = 600  # how far the one bill the article names may stand from its description
# The main clause's verb after a bill told by who brought it ("introduced by Ohio's U.S.
# senators after the derailment was voted out …")
_MAIN_VERB = deferred(r"\s(?:was|were|is|are|will|would|has|had|have|could|should|may)\b")
# (a period only before a space and not after a lone capital: "U.S. senators", "$1.2 trillion"
# go on)
CLAUSE_END = re.compile(r"(?<![A-Z])\.(?=\s)|(?<=[a-z]{2})\.$|[;:!?]|\n|,\s|\s[—–]\s")


# Words that make the named bill's sentence tell of another bill than the lead's
_ASIDE = deferred(r"\b(?:meanwhile|separately|also|other|another|earlier|last|previous\w*)\b")
# the opening: how far into the article (after a "source:" line) the lead's description stands
OPENING = 400


def _lead_of(doc: Doc, s: int, e: int, bills: list[Mention], first_law: int) -> bool:
    """Whether "another … bill" at ``[s, e)`` is the article's lead telling of the bill it
    names next: "House Republicans approved another major election measure on Friday … The
    VOTE Act, sponsored by …" ("another" is of the bills passed before the story, the one
    passed is the story's). It opens the article, no law is named before it, and the first
    bill the article names opens the next sentence, which tells of no other bill."""
    text = doc.text
    body = text.find("\n") + 1 if text.startswith("source:") else 0
    if s - body > OPENING or not bills or first_law < e:
        return False
    k = doc.sentence_index(s)
    if doc.sentence_index(bills[0].start) != k + 1:
        return False
    a, b = doc.sentences[k + 1]
    return bills[0].start - a <= 8 and not _ASIDE.search(text, a, b)


def described(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus each described bill, given the one bill the article numbers near it
    (and no other bill nearer than ``NEAR_BILL`` characters either side)."""
    text = doc.text
    bills = [m for m in mentions if m.kind == "bill" and (m.authority or "").startswith("bill:")]
    if not bills:
        return mentions
    taken = SpanSet([(m.start, m.end) for m in mentions])
    starts = sorted(m.start for m in mentions)
    bills.sort(key=lambda m: m.start)
    bill_starts = [m.start for m in bills]
    first_law = min((m.start for m in mentions if m.kind in KINDS), default=len(text))
    added: list[Mention] = []
    for ws, we in doc.windows("described_bill"):
        # the described form first: "passed a bill that would …" is the whole clause
        for d in [d for rx in (DESCRIBED, DONE_TO) for d in rx.finditer(text, ws, we)]:
            done_to = d.re is DONE_TO
            s = d.start("np") if done_to else d.start()
            if taken.overlaps(s, d.end()) or NOT_THE_ONE.search(d.group("adj") or ""):
                continue
            if done_to and d.group("another") and not _lead_of(doc, s, d.end(), bills, first_law):
                continue  # "another bill" is not the one the article names, but in its lead
            if _PIECES_BEFORE.search(text, max(0, s - 40), s):
                continue  # "two other pieces of legislation aimed at …": several bills, or
                # another one, never the one the article numbers
            det = LONG_DET.search(text, max(0, s - 80), s)
            pred = det and PREDICATE.search(text, max(0, det.start() - 40), det.start())
            if det and (NOT_THE_ONE.search(det.group(1)) or pred):
                continue  # "represents the most significant federal infrastructure legislation"
            if PREDICATE.search(text, max(0, s - 14), s):
                continue
            lo = bisect.bisect_left(bill_starts, s - NEAR_BILL)
            hi = bisect.bisect_right(bill_starts, s + NEAR_BILL)
            near = {m.authority for m in bills[lo:hi]}
            if len(near) != 1:
                continue
            if d.group("res") and not _ANY_RESOLUTION_ID.match(next(iter(near)) or ""):
                continue  # "a resolution" is only a resolution ("H.Res. 894", "S.J.Res. 18")
            stop = CLAUSE_END.search(text, d.end(), min(len(text), d.end() + 120))
            end = stop.start() if stop else min(len(text), d.end() + 120)
            if done_to:
                end = d.end()  # "a $1.2 trillion infrastructure package": the noun phrase
            elif d.group(0).endswith("by") and (verb := _MAIN_VERB.search(text, d.end(), end)):
                end = verb.start()  # "… bill introduced by Ohio's senators" | "was voted out"
            k = bisect.bisect_left(starts, d.end())
            if k < len(starts) and starts[k] < end:
                end = starts[k]  # the first mention after it ends the clause
            while end > d.end() and text[end - 1] in " ,":
                end -= 1
            if taken.overlaps(s, end):
                continue
            if _UNDOES.search(text, s, end) and all(m.start < s for m in bills[lo:hi]):
                continue  # "The House passed the Equality Act. Republicans filed a bill to
                # repeal the act": a bill against the one named before, another bill
            authority = near.pop()
            added.append(
                Mention(
                    s,
                    end,
                    text[s:end],
                    "bill",
                    authority,
                    confidence=0.65,
                    evidence="described near the one bill the article numbers there",
                    matcher="bill_names",
                )
            )
            taken.add(s, end)
    return sorted([*mentions, *added], key=by_span)


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    return described(doc, attach(doc, mentions))


PASS = Pass(name="bill_names", emits=("bill",), anchors=(DESCRIBED_ANCHOR,), run=run)
# then, whatever the article's words, an unknown act's full name after its acronym's act or
# bill ("the ROBIN Act (HR 4321) … formally the Rural Open … Network Act"): once the bills
# named beside their numbers are known (``initials.spelled_out``)
SPELLED_OUT = Pass(
    name="spelled_out",
    emits=("bill", "statute"),
    anchors=(),
    run=lambda doc, mentions: spelled_out(mentions),
)
PASSES = (PASS, SPELLED_OUT)
