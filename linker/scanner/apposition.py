"""Names joined to the number beside them: "a bill, H.R. 2, the Secure the Border Act",
"the SAVE Act (H.R. 22)", "Executive Order 14151, the order ending DEI programs".

An act name linker does not know is a name only (a search link). When the article sets it
in apposition with a bill or order number, the name is that bill or order: it takes the
number's kind and id. A name only called a bill ("A bill introduced by Rep. Connolly, the
Saving the Civil Service Act, …") becomes a bill, still without an id: it is not yet law.
A name beside a public law number ("PL 115-282, the Coast Guard Reauthorization Act of 2018")
is that law; beside a section of the Code it stays a name (the section is part of it).
"""

from __future__ import annotations

from ..datafiles import bill_of_act
from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .sentences import sentence_start

# Between two mentions in apposition: (after a closing parenthesis, bracket or quote, or an
# abbreviation in parentheses) a comma, a dash or an opening parenthesis or bracket, and at
# most an article, "known as" or "or" ("the Clean Creek Act, or H.R. 3300"); an
# appropriations act's year may end the name ("the Further Continuing Appropriations Act,
# 2025, H.R. 9747").
BETWEEN = deferred(
    r"(?:,\s*(?:19|20)\d\d)?[”\"]?[)\]]?(?:\s*\(\s*[A-Z][A-Z0-9&.-]*\s*\))?\s*(?:,|\(|\[|—|–|--)\s*"
    r"(?:(?:(?:also|often|commonly|popularly|better|widely)\s+)?(?:known\s+as|called(?:\s+as)?|"
    r"referred\s+to\s+as|dubbed)\s+|or\s+)?(?:the\s+)?[“\"]?"
)
# A bill that is not law yet, named just before the name: "a bill, …", "legislation,
# dubbed …", "A bill introduced by Rep. Gerry Connolly, …", "The Democratic bill, called the
# “No Surprise Fees Act,” …" (the name may open on a quotation mark)
BILL_BEFORE = deferred(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|[A-Z][\w.-]+['’]s?)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:bill|legislation)\b(?:(?:\s+[\w'’.-]+){0,8})?,\s+(?:(?:dubbed|called|known\s+as)\s+)?"
    r"(?:the\s+)?[“\"‘']?$"
)
# A name given after the number by a phrase that refers to the measure just numbered: "COCOA
# Act (H.R. 6513) – This bipartisan Act, titled the Confirmation of … Act, was introduced …",
# "S. 70. The bill, officially named the …": a list of bills, each by its short name and
# number, then its full title (twenty-fourth session)
TITLED = deferred(
    r"[)\]]?\s*(?:[-–—:]\s*|\.\s+|,\s+)?(?:[Tt]his|[Tt]he|[Ii]ts)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:[Aa]ct|bill|measure|legislation)\s*,\s+(?:(?:officially|formally|fully)\s+)?"
    r"(?:titled|entitled|named|called)\s+(?:the\s+)?[“\"]?"
)
# The ids of a statute's number that name a whole law: "PL 115-282, the Coast Guard
# Reauthorization Act of 2018"
WHOLE_LAW = ("publ:", "stat:")
BILL_AFTER = deferred(r",\s+(?:a|the)\s+(?:[\w'’-]+\s+){0,3}?bill\b")
COMPATIBLE = {
    # (a statute's number: only a public law or a Statutes at Large page, ``WHOLE_LAW``)
    "statute": ("bill", "statute"),
    "bill": ("bill",),
    "executive-action": ("executive-action",),
}


# A heading's "H.R. 648: Consolidated Appropriations Act, 2019": a colon after the number
COLON_AFTER_NUMBER = deferred(r"\s*:\s*(?:the\s+)?")
_CONGRESS_OF = deferred(r"(?:bill|publ):(\d+)")


def _congress_of(authority: str) -> str | None:
    m = _CONGRESS_OF.match(authority)
    return m.group(1) if m else None


def _another_measure(m: Mention, number: Mention) -> bool:
    """Whether the known name ``m`` has the id of another bill or law of the number's own
    Congress than the bill ``number`` the article sets beside it: "H.R. 4909, National Defense
    Authorization Act for Fiscal Year 2017" (the House's bill, not the Senate's S. 2943 that
    became the law), "H.R. 648: Consolidated Appropriations Act, 2019" (the House's January
    bill, not H.J.Res. 31 that became the law of that name). A law the number became stays."""
    if number.matcher != "bills" or not number.authority:
        return False  # (most neighbours are no bill number: asked first)
    if m.anaphor or not m.name or not m.authority or m.kind not in ("statute", "bill"):
        return False
    if not m.authority.startswith(("bill:", "publ:")) or m.authority == number.authority:
        return False
    if _congress_of(m.authority) != _congress_of(number.authority):
        return False
    own = bill_of_act(m.authority)
    return own is None or own[0] != number.authority


# A heading's or a list item's "SB 55: The Dignity and Pay Act", "HB 96 – Safe Harbors Act": a
# state bill's number, a colon or a dash and the name (an opening quotation mark allowed)
_STATE_COLON = deferred(r"(?:\s*(?::|—|–|--)|\s+-)\s*(?:[Tt]he\s+)?[“\"‘']?")


def _state_bill_heading(text: str, number: Mention, m: Mention) -> bool:
    """Whether the name ``m`` follows the state bill number ``number`` after a colon or a
    dash, as a list of a state's new laws sets each bill's name after its number."""
    a = number.authority or ""
    return (
        not number.anaphor
        and a.startswith("state:")
        and ":bill:" in a
        and m.kind == "statute"
        and bool(_STATE_COLON.fullmatch(text, number.end, m.start))
        and text[m.end : m.end + 2] not in ("'s", "’s")  # ("— the Safe Act's companion")
    )


def _name_only(m: Mention) -> bool:
    """A name without an id, and not one kept only to absorb back-references (a foreign
    law, below the threshold)."""
    return (
        not m.anaphor
        and m.authority is None
        and bool(m.name)
        and m.kind in COMPATIBLE
        and m.confidence >= 0.5
        and m.matcher != "citations"  # (a chapter of the Code: never a bill's name)
    )


def _unplaced_number(o: Mention) -> bool:
    """A bill number the article gives no Congress for ("H.R. 4021" in an undated story)."""
    return o.matcher == "bills" and o.kind == "bill" and not o.authority and not o.anaphor


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with names in apposition to a number given that number's kind and id."""
    text = doc.text
    out = list(mentions)
    # (most articles number no bill: then no name can stand beside one)
    numbered = any(o.matcher == "bills" for o in out)
    for i, m in enumerate(out):
        if numbered and i and _another_measure(m, out[i - 1]):
            o = out[i - 1]
            gap = text[o.end : m.start]
            if BETWEEN.fullmatch(gap) or COLON_AFTER_NUMBER.fullmatch(gap):
                out[i] = m.with_(
                    kind="bill",
                    authority=o.authority,
                    evidence=f"named beside {o.text}, another bill than {m.authority}",
                )
                continue
        if numbered and i + 1 < len(out) and _another_measure(m, out[i + 1]):
            o = out[i + 1]
            if text[m.end : o.start].strip() == "(":
                out[i] = m.with_(
                    kind="bill",
                    authority=o.authority,
                    evidence=f"named beside {o.text}, another bill than {m.authority}",
                )
                continue
        if i and _unlinked_name(m) and _state_bill_heading(text, out[i - 1], m):
            # "SB 55: The Dignity and Pay Act, ensures …": a list of a state's new laws, each
            # by its bill number, a colon and its name (a name the act finder kept below the
            # threshold too: beside the number it is that bill)
            o = out[i - 1]
            out[i] = m.with_(
                kind=o.kind,
                authority=o.authority,
                confidence=max(m.confidence, min(o.confidence, 0.85)),
                evidence=f"named beside {o.text}",
            )
            continue
        if not _name_only(m):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out):
                continue
            o = out[j]
            if m.kind == "statute" and _unplaced_number(o):
                a, b = (o, m) if j < i else (m, o)
                if BETWEEN.fullmatch(text[a.end : b.start]):
                    # "H.R. 4021, the Rural Mapping Accuracy Act": a bill, its Congress unknown
                    out[i] = m.with_(kind="bill", evidence=f"{m.name}: named beside {o.text}")
                    break
                continue
            if o.anaphor or not o.authority or o.kind not in COMPATIBLE[m.kind]:
                continue
            if o.kind == "statute" and not o.authority.startswith(WHOLE_LAW):
                continue  # "the Clean Air Act, 42 U.S.C. 7401": a section is not the act
            a, b = (o, m) if j < i else (m, o)
            gap = text[a.end : b.start]
            if BETWEEN.fullmatch(gap) or (j < i and TITLED.fullmatch(gap)):
                out[i] = m.with_(
                    kind=o.kind,
                    authority=o.authority,
                    confidence=max(m.confidence, min(o.confidence, 0.85)),
                    evidence=f"named beside {o.text}",
                )
                break
        else:
            before = text[max(sentence_start(text, m.start), m.start - 160) : m.start]
            if m.kind == "statute" and (
                BILL_BEFORE.search(before) or BILL_AFTER.match(text, m.end)
            ):
                out[i] = m.with_(kind="bill", evidence=f"{m.name}: called a bill in the text")
    out = _quoted_state_bill_names(text, out)
    out = _title_line_state_bills(text, out)
    out = _case_described_after(text, out) if " v. " in text else out
    return _provisions_of_named_acts(text, out) if "provision" in text else out


# What re-describes a case right after its caption, set off by a dash or a comma: "Roe v.
# Wade — the ruling that legalized abortion — in 2022" (census34 P12). The description is
# the case again, with its cite; a ruling pass may read its noun as well.
CASE_DESCRIBED = deferred(
    r"\s*(?:—|–|--|,)\s*(?P<np>the\s+(?:landmark\s+|(?:19|20)\d\d\s+)?(?:ruling|decision|case)"
    r"\s+(?:that|which)\s+[a-z][^.;:—–,()\n]{2,80}?)(?=\s*(?:—|–|--|,|\.|;|\)))"
    # (twenty-seventh session, census37 P1: "Roe v. Wade, the 1973 landmark ruling that …":
    # the year and "landmark" both, the noun phrase alone the mention)
    r"|\s*(?:—|–|--|,)\s*(?P<np2>the\s+(?:19|20)\d\d\s+landmark\s+(?:ruling|decision|case))"
    r"(?=\s+(?:that|which)\s|\s*(?:—|–|--|,|\.|;|\)))"
)


def _case_described_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and, after each case with a cite, the description in apposition to it."""
    new: list[Mention] = []
    for m in mentions:
        if m.kind != "case" or not (m.authority or "").startswith("cite:"):
            continue
        d = CASE_DESCRIBED.match(text, m.end)
        if d is None:
            continue
        a, b = d.span("np") if d.group("np") else d.span("np2")
        if any(o.kind == "case" and o.start < b and a < o.end for o in (*mentions, *new)):
            continue
        new.append(
            Mention(
                a,
                b,
                text[a:b],
                "case",
                m.authority,
                name=m.name,
                confidence=0.7,
                anaphor=True,
                evidence=f"described in apposition to {m.text}",
                matcher="apposition",
                url=m.url,
            )
        )
    if not new:
        return mentions
    # (a ruling noun inside the description, "the 1973 landmark ruling", is the case's
    # description, not a ruling of its own)
    kept = [
        o
        for o in mentions
        if not (o.kind == "ruling" and any(n.start <= o.start and o.end <= n.end for n in new))
    ]
    return sorted([*kept, *new], key=lambda x: (x.start, x.end))


# A quoted name right after a state's bill number: "House Bill 8, the “Parents’ Bill of
# Rights,”", "SB 12 — “Teachers First”" (capitalised words, closed within the sentence)
# ("SB 1: the ‘Fair Play Act’": after a colon too, and in single quotation marks when the
# name ends on "Act" or "Law", so that an apostrophe inside it does not close it early)
QUOTED_NAME_AFTER = deferred(
    r"(?:,\s*|\s*[—–(:]\s*|\s+--\s+)(?:(?:also\s+)?(?:known\s+as|called|dubbed)\s+)?"
    r"(?:[Tt]he\s+)?(?:[“\"](?P<name>[A-Z][^“”\"\n.!?]{2,80}?)[,.]?[”\"]"
    r"|‘(?P<single>[A-Z][^‘“”\"\n.!?]{2,80}?\b(?:Act|Law))[,.]?’)"
)


def _quoted_state_bill_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the quoted name a state's bill number is set beside ("House Bill 8,
    the “Parents’ Bill of Rights,”") added as a mention of that bill, where no mention holds
    it already: a state legislature's short titles are many and shared by states (issue 13,
    twentieth session), and beside the number the name is that bill's."""
    added: list[Mention] = []
    replaced: set[int] = set()
    taken = sorted(m.span() for m in mentions)
    for o in mentions:
        if o.anaphor or not o.authority or ":bill:" not in o.authority:
            continue
        if not o.authority.startswith("state:"):
            continue
        q = QUOTED_NAME_AFTER.match(text, o.end)
        if q is None:
            continue
        group = "name" if q.group("name") is not None else "single"
        name = q.group(group).strip()
        words = name.split()
        capitals = sum(1 for w in words if w[:1].isupper())
        if len(words) < 2 or capitals * 2 < len(words) or capitals < 2:
            continue
        s, e = q.start(group), q.start(group) + len(name)
        if any(a < e and s < b for a, b in taken):
            # (a name the act finder kept below the threshold, "a state's act", with no id:
            # beside the number it is that bill)
            weak = [
                k
                for k, x in enumerate(mentions)
                if x.start < e and s < x.end and x.span() == (s, e) and _unlinked_name(x)
            ]
            if len(weak) != sum(1 for a, b in taken if a < e and s < b) or not weak:
                continue
            replaced.add(weak[0])
        added.append(
            Mention(
                s,
                e,
                name,
                o.kind,
                o.authority,
                name=o.name,
                confidence=min(o.confidence, 0.85),
                evidence=f"named beside {o.text}",
                matcher=o.matcher,
            )
        )
    if not added:
        return mentions
    kept = [m for k, m in enumerate(mentions) if k not in replaced]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))


# A list of a state's bills where each item's title stands on its own line with its status in
# capitals, and the next line opens on the bill's number (census46 P3): "Safe Streets Now:
# PASSED BY HOUSE" / "HB 77 requires cities to …". The title is the bill's.
_TITLE_STATUS_LINE = deferred(
    r"(?P<title>[A-Z][^\n:]{2,80}?)[ \t]*:[ \t]*[A-Z][A-Z0-9 ,&/()-]{2,60}[ \t]*\n[ \t]*\Z"
)


def _title_line_state_bills(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the title line just above a line that opens on a state bill number
    (``_TITLE_STATUS_LINE``) made a mention of that bill, or an unlinked name there given its
    id. A title with no "Act" is read only in this layout: a short line of capitalised words,
    a colon and a status in capitals."""
    added: list[Mention] = []
    replaced: dict[int, Mention] = {}
    for o in mentions:
        a = o.authority or ""
        if o.anaphor or not a.startswith("state:") or ":bill:" not in a:
            continue
        if o.start == 0 or text[o.start - 1] != "\n":
            continue
        lo = text.rfind("\n", 0, o.start - 1) + 1
        t = _TITLE_STATUS_LINE.fullmatch(text, lo, o.start)
        if t is None:
            continue
        title = t.group("title").rstrip()
        words = title.split()
        if len(words) < 2 or not any(c.islower() for c in title) or title.endswith("."):
            continue
        s, e = t.start("title"), t.start("title") + len(title)
        inside = [k for k, x in enumerate(mentions) if x.start < e and s < x.end]
        if inside:
            k = inside[0]
            x = mentions[k]
            if len(inside) == 1 and (x.start, x.end) == (s, e) and _unlinked_name(x):
                replaced[k] = x.with_(
                    kind="bill",
                    authority=a,
                    confidence=max(x.confidence, min(o.confidence, 0.8)),
                    evidence=f"the title line above {o.text}",
                )
            continue
        added.append(
            Mention(
                s,
                e,
                title,
                "bill",
                a,
                name=o.name,
                confidence=min(o.confidence, 0.8),
                evidence=f"the title line above {o.text}",
                matcher=o.matcher,
            )
        )
    if not added and not replaced:
        return mentions
    kept = [replaced.get(k, m) for k, m in enumerate(mentions)]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))


def _unlinked_name(m: Mention) -> bool:
    """A name with no id, of a statute or bill, that refers back to nothing."""
    return not m.anaphor and m.authority is None and m.kind in ("statute", "bill")


# "…, a key provision in President Trump’s “Big Beautiful Bill.”", "…, the central provision of
# the Inflation Reduction Act": what stands before the comma is a provision of the act named
# right after (the act's possessor and an opening quotation mark may stand between)
_PROVISION_IN = deferred(
    r",\s+(?:a|an|the|one)\s+(?:(?:key|central|major|main|core|controversial|signature|"
    r"contentious|new|separate|little-noticed|sweeping|crucial|costly|critical)\s+)?"
    r"provision\s+(?:in|of|within|inside|tucked\s+into)\s+(?:the\s+)?"
    r"(?:(?:(?:President|Sen\.|Senator|Rep\.|Gov\.)\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+)?"
    r"[“\"‘']?\Z"
)
# The words a provision news describes so opens on: a determiner and a head noun of what a
# law's section does, up to three words before it ("a one-year ban on …", "the new cap on …")
_PROVISION_HEAD = deferred(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?(?:ban|bar|cap|limit|cut|cuts|"
    r"requirement|mandate|prohibition|moratorium|freeze|tax|credit|exemption|deduction|"
    r"penalty|restriction|restrictions|repeal|defunding|expansion|rollback)\b"
)
_PROVISION_REACH = 160  # how far before the comma the provision's words may open
_NO_CLAUSE = deferred(
    r"[.;:!?\n“”\"]|,\s|\b(?:is|was|were|are|be|been|has|had|have|will|would|could|can|"
    r"said|says|did|does|do|that|which|who)\b"
)


def _provisions_of_named_acts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus the provision an article sets in apposition to an act it names ("a
    one-year ban on Medicaid payments to abortion providers, a key provision in the One Big
    Beautiful Bill Act"): the words before the comma, from their determiner and head noun,
    take the act's id; nothing when those words are a mention already or hold a clause."""
    added: list[Mention] = []
    for m in mentions:
        if m.anaphor or m.kind != "statute" or not m.authority:
            continue
        if m.authority.startswith("state:") and ":bill:" not in m.authority:
            continue  # (a code section is no act a provision is "in")
        lead = text[max(0, m.start - 120) : m.start]
        p = _PROVISION_IN.search(lead)
        if p is None:
            continue
        comma = m.start - len(lead) + p.start()
        window = max(0, comma - _PROVISION_REACH)
        heads = list(_PROVISION_HEAD.finditer(text, window, comma))
        if not heads:
            continue
        h = heads[-1]
        s = h.start()
        if _NO_CLAUSE.search(text, s, comma):
            continue
        if any(x.start < comma and s < x.end for x in mentions if x is not m):
            continue
        added.append(
            Mention(
                s,
                comma,
                text[s:comma],
                "statute",
                m.authority,
                name=m.name,
                confidence=min(m.confidence, 0.8),
                evidence=f"a provision in {m.text}, named beside it",
                matcher="act_provisions",
            )
        )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda x: (x.start, -x.end))


PASS = Pass(name="apposition", emits=("bill", "case"), anchors=(), run=attach)
