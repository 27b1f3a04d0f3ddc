"""A law described before the article names it: "a controversial law banning the carrying of
guns in most public places" in the lede, then "The controversial law, Senate Bill 2, was
enacted …" further down (twenty-fourth session, branch ``s24-lowb2``).

The later definite phrase repeats the earlier indefinite one's words ("a controversial law" …
"The controversial law") and the ``anaphora`` pass has tied it to the law named beside it; the
earlier phrase is that law too. Only when no other law is named between the two, the earlier
phrase lies in no mention, and the words between article and head are not ones any law could
take ("new", "state"): the repeated modifier is what ties them.
"""

from __future__ import annotations

import re

from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass

# "The controversial law", "the sweeping measure": a definite law phrase of one or two modifiers
_DEFINITE = deferred(
    r"[Tt]he\s+(?P<mods>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?P<head>law|measure|legislation)$"
)
# modifiers any law may take: they tie no two phrases together
_PLAIN = frozenset(
    {"new", "state", "federal", "same", "current", "old", "original", "proposed", "latest"}
    | {"recent", "existing", "gun", "first", "second", "former", "underlying"}
)
# what the law does, right after its head: "… law banning the carrying of guns in most public
# places" (up to the clause's end)
_DOES = deferred(
    r"\s+(?:banning|barring|requiring|restricting|prohibiting|allowing|limiting|making|"
    r"forcing|criminalizing|expanding|ending|that|which)\b[^,.;:()\n]*"
)
_LAW_KINDS = ("statute", "bill")


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    added: list[Mention] = []
    for m in mentions:
        if m.kind not in _LAW_KINDS or not m.authority or not m.anaphor:
            continue
        d = _DEFINITE.match(m.text)
        if d is None or set(d.group("mods").lower().split()) <= _PLAIN:
            continue
        if any(
            o.kind in _LAW_KINDS and o.authority == m.authority and o.start < m.start
            for o in mentions
            if not o.anaphor
        ):
            continue  # the law was named before: "the controversial law" points back, as usual
        words = r"\s+".join(re.escape(w) for w in d.group("mods").split())
        pat = re.compile(rf"\b[Aa]n?\s+{words}\s+{d.group('head')}\b")
        for a in pat.finditer(text, 0, m.start):
            end = a.end()
            does = _DOES.match(text, end)
            if does is not None:
                end = does.end()
            taken = any(o.start < end and a.start() < o.end for o in [*mentions, *added])
            between = any(
                o.kind in _LAW_KINDS
                and o.authority
                and o.authority != m.authority
                and a.start() < o.start < m.start
                for o in mentions
            )
            if taken or between:
                continue
            added.append(
                Mention(
                    a.start(),
                    end,
                    text[a.start() : end],
                    m.kind,
                    m.authority,
                    court=m.court,
                    name=m.name,
                    confidence=0.6,
                    anaphor=False,
                    url=m.url,
                    evidence=f"described before it is named; later “{m.text}”, which "
                    f"{m.evidence or m.name}",
                    matcher="forelaws",
                )
            )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda x: (x.start, x.end))


PASS = Pass(name="forelaws", emits=("statute", "bill"), anchors=(), run=attach)
