"""Consolidated petitions for review named by their multicircuit number: "the Sixth
Circuit's decision in MCP No. 185", "In re: MCP No. 165". When petitions against one agency
action are filed in several courts of appeals, the Judicial Panel on Multidistrict Litigation
sends them to one court by lottery under a multicircuit petition number (28 U.S.C. 2112(a)), and
the consolidated case is captioned by it ("In re MCP No. 185"). Such a number is a case's name:
a ``case`` mention with that name and no citation (SPEC §4 matches cases by name).
"""

from __future__ import annotations

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

ANCHOR = Anchor("multicircuit", ("MCP",), 12, 16, "word", "word")
# "MCP No. 185", "In re: MCP No. 165", "In re MCP No. 185", "MCP 185"
MCP = deferred(r"(?:\bIn\s+re:?\s+)?\bMCP\s+(?:No\.\s*)?(?P<n>\d{1,4})\b")


def find(doc: Doc) -> list[Mention]:
    """Each multicircuit petition number in the text, as the consolidated case it names."""
    text = doc.text
    out: list[Mention] = []
    seen: set[int] = set()
    for hs, _ in doc.hits(ANCHOR.name):
        m = MCP.search(text, max(0, hs - 8), hs + 16)
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        out.append(
            Mention(
                m.start(),
                m.end(),
                text[m.start() : m.end()],
                "case",
                None,
                name=f"In re MCP No. {m.group('n')}",
                confidence=0.8,
                matcher="cases",
                evidence="a multicircuit petition number: the consolidated petitions' caption",
            )
        )
    return out


PASS = Pass(name="multicircuit", emits=("case",), anchors=(ANCHOR,), run=find, gated=True)
