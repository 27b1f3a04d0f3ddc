"""A bare "Section 1028A" after the article cited "18 U.S.C. § 1028A": the same section.

Law-firm alerts and blogs cite a section once in full and then call it by its number alone
("… the Aggravated Identity Theft Statute, 18 U.S.C. § 1028A. … Section 1028A was enacted in
2004"). A bare section number is linked to the U.S. Code section cited before it with that
number; when two titles' sections of that number were cited ("18 U.S.C. § 1001" and "42
U.S.C. 1001"), it is left alone. "Section 10 of the Act" (a section of a named law) is never
taken: the act matcher reads those.
"""

from __future__ import annotations

from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span
from .uscites import CITE_WORDS

# (no anchor of its own: "Section" is in every other legal story, and the walk's held word
# "ection" already says where; the pass asks only when the article cited a section)
BARE = deferred(
    r"[Ss]ection\s+(?P<n>\d+[A-Za-z]{0,3})(?:\([A-Za-z0-9]{1,4}\))*(?![\w(–-])(?!\s+of\b)"
)


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus each bare section number that a U.S. Code citation before it names."""
    # each cited section number's citations (where they end, which title's), in text order
    cited: dict[str, list[tuple[int, str]]] = {}
    for c in mentions:
        a = c.authority or ""
        # (a range, "usc:10:251-255", has no one number)
        if c.kind != "statute" or c.anaphor or not a.startswith("usc:") or "-" in a:
            continue
        if "U.S.C" in c.text:
            cited.setdefault(a.rsplit(":", 1)[1], []).append((c.end, a))
    if not cited:
        return _in_act_ranges(doc, mentions)
    text = doc.text
    taken: SpanSet | None = None
    added: list[Mention] = []
    for p in doc.places("ection"):
        s = p - 1
        if s < 0 or text[s] not in "Ss" or (s and (text[s - 1].isalnum() or text[s - 1] == "_")):
            continue
        m = BARE.match(text, s)
        if m is None:
            continue
        titles = {a for end, a in cited.get(m.group("n").lower(), ()) if end <= s}
        if len(titles) != 1:
            continue  # none cited before it, or two titles' sections of that number
        if taken is None:
            taken = SpanSet([(x.start, x.end) for x in mentions])
        if taken.overlaps(s, m.end()):
            continue
        (authority,) = titles
        added.append(
            Mention(
                s,
                m.end(),
                m.group(0),
                "statute",
                authority,
                confidence=0.85,
                matcher="cited_sections",
                evidence="the section the article cited before by its title",
            )
        )
        taken.add(s, m.end())
    mentions = sorted([*mentions, *added], key=by_span) if added else mentions
    return _in_act_ranges(doc, mentions)


# A section sign and a bare section number: "§ 7903(5)(A)(iii)"
_SIGN = deferred(r"§(?!§)\s*(?P<n>\d{1,5})(?:\([A-Za-z0-9]{1,4}\))*(?![\w–-]|\.\d)")
# how far back the act may be named
_ACT_REACH = 3000


def _in_act_ranges(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """(twenty-fifth session) "the PLCAA exception … in § 7903(5)(A)(iii)" after the
    Protection of Lawful Commerce in Arms Act (``usc:15:7901-7903``) was named: the section
    of the act's U.S. Code home that the number falls in, when the last act named before it
    (within ``_ACT_REACH``) holds that number and no U.S. Code citation owns the sign."""
    text = doc.text
    if "§" not in text:
        return mentions
    homes: list[tuple[int, str, int, int]] = []
    for c in mentions:
        a = c.authority or ""
        if c.kind != "statute" or not a.startswith("usc:") or "U.S.C" in c.text:
            continue
        _, title, secs = a.split(":", 2)
        first, _, last = secs.partition("-")
        if first.isdigit() and (last or first).isdigit():
            homes.append((c.end, title, int(first), int(last or first)))
    if not homes:
        return mentions
    taken = SpanSet([(x.start, x.end) for x in mentions])
    added: list[Mention] = []
    for m in _SIGN.finditer(text):
        s = m.start()
        if taken.overlaps(s, m.end()):
            continue
        before = [h for h in homes if h[0] <= s and s - h[0] <= _ACT_REACH]
        if not before or text.rfind("U.S.C", 0, s) > before[-1][0]:
            continue  # no act named before it, or a code citation after the act owns it
        _, title, low, high = before[-1]
        n = int(m.group("n"))
        if not low <= n <= high:
            continue
        added.append(
            Mention(
                s,
                m.end(),
                m.group(0),
                "statute",
                f"usc:{title}:{n}",
                confidence=0.8,
                matcher="cited_sections",
                evidence="a section of the act named before it, by its U.S. Code home",
            )
        )
        taken.add(s, m.end())
    return sorted([*mentions, *added], key=by_span) if added else mentions


# (run only where the walk met a citation's words: "U.S.C.", "§")
PASS = Pass(name="cited_sections", emits=(), anchors=(CITE_WORDS,), run=attach, gated=True)
