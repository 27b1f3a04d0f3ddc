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
COLON_AFTER_NUMBER = deferred(r"\s*:\s*(?:[Tt]he\s+)?[“\"‘]?")
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


def _name_only(m: Mention) -> bool:
    """A name without an id, and not one kept only to absorb back-references (a foreign
    law, below the threshold)."""
    return (
        not m.anaphor
        and m.authority is None
        and bool(m.name)
        and m.kind in COMPATIBLE
        and m.confidence >= 0.5
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
            state_bill = o.authority.startswith("state:") and ":bill:" in o.authority
            if o.kind == "statute" and not o.authority.startswith(WHOLE_LAW) and not state_bill:
                continue  # "the Clean Air Act, 42 U.S.C. 7401": a section is not the act
            a, b = (o, m) if j < i else (m, o)
            gap = text[a.end : b.start]
            # ("SB 55: The Dignity and Pay Act", a list of new laws: the name after its
            # number's colon; only a state's bill, whose short titles no table holds)
            if (BETWEEN.fullmatch(gap) and (not state_bill or o.kind == "bill")) or (
                j < i and state_bill and COLON_AFTER_NUMBER.fullmatch(gap)
            ):
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
    return _quoted_state_bill_names(text, out)


# A quoted name right after a state's bill number: "House Bill 8, the “Parents’ Bill of
# Rights,”", "SB 12 — “Teachers First”" (capitalised words, closed within the sentence)
QUOTED_NAME_AFTER = deferred(
    r"(?:,\s*|\s*[—–(:]\s*|\s+--\s+)(?:(?:also\s+)?(?:known\s+as|called|dubbed)\s+)?(?:[Tt]he\s+)?"
    r"(?:[“\"](?P<name>[A-Z][^“”\"\n.!?]{2,80}?)[,.]?[”\"]"
    # (single curly quotes: "SB 1: the ‘Fair and Safe Athletic Opportunities Act’")
    r"|‘(?P<single>[A-Z][^‘’\n.!?]{2,80}?)[,.]?’)"
)


def _quoted_state_bill_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the quoted name a state's bill number is set beside ("House Bill 8,
    the “Parents’ Bill of Rights,”") added as a mention of that bill, where no mention holds
    it already: a state legislature's short titles are many and shared by states (issue 13,
    twentieth session), and beside the number the name is that bill's."""
    added: list[Mention] = []
    dropped: set[int] = set()
    taken = sorted(m.span() for m in mentions)
    for o in mentions:
        if o.anaphor or not o.authority or ":bill:" not in o.authority:
            continue
        if not o.authority.startswith("state:"):
            continue
        q = QUOTED_NAME_AFTER.match(text, o.end)
        if q is None:
            continue
        which = "name" if q.group("name") is not None else "single"
        name = q.group(which).strip()
        words = name.split()
        capitals = sum(1 for w in words if w[:1].isupper())
        if len(words) < 2 or capitals * 2 < len(words) or capitals < 2:
            continue
        s, e = q.start(which), q.start(which) + len(name)
        # (a name the act-name pass found there alone, with no id, gives way: the number
        # beside it says whose it is)
        bare = [m for m in mentions if m.span() == (s, e) and not m.authority and not m.anaphor]
        if any(a < e and s < b for a, b in taken if (a, b) != (s, e) or not bare):
            continue
        dropped.update(id(m) for m in bare)
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
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))


PASS = Pass(name="apposition", emits=("bill",), anchors=(), run=attach)
