"""California governors' executive orders by number: "Executive Order N-62-20" →
``state:ca:eo:n-62-20``.

California numbers its governors' orders with the governor's letter, a running number and the
year (N- Newsom, B- Brown, S- Schwarzenegger, D- Davis: "N-33-20", "B-30-15", "S-3-05"); no
president's or other state's order is numbered so, which makes the number alone enough. The
id follows SPEC's state-law form ``state:POSTAL:CODE-SLUG:SECTION`` with ``eo`` as the code.
Other states number their orders plainly ("Executive Order 202"), like presidents; those are
left to the numbered-order pass, which keeps them apart by the governor named with them.
"""

from __future__ import annotations

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

ANCHOR = Anchor(
    "ca_executive_order",
    ("Executive Order", "executive order", "Executive Orders", "executive orders", "EO"),
    0,
    40,
    start="word",
)
NUMBER = deferred(
    r"(?:[Ee]xecutive\s+[Oo]rders?|EO)\s+(?:No\.?\s*)?(?P<n>[NBSD]-\d{1,3}-\d{2})(?![\w-])"
)


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    for s, _ in doc.hits(ANCHOR.name):
        m = NUMBER.match(text, s)
        if m is None:
            continue
        number = m.group("n")
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "executive-action",
                f"state:ca:eo:{number.lower()}",
                name=f"California Executive Order {number}",
                confidence=0.9,
                matcher="executive",
                evidence="a California governor's order by its number",
            )
        )
    return out


PASS = Pass(
    name="eostate",
    emits=("executive-action",),
    anchors=(ANCHOR,),
    run=find,
    gated=True,
)
