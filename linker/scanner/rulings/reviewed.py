"""A higher court's ruling that reviewed a state's ruling told by the state's name alone: "The
U.S. Supreme Court has upheld an Oklahoma ruling that struck down …" (twenty-eighth session,
census45 P4).

The reviewer's mention ends at its verb ("has upheld"); "an Oklahoma ruling that …" is a
ruling of its own, of that state's court: the one court of the state the article names ("…
last year's Oklahoma Supreme Court decision"). When the article names no court of that state,
or several, which court ruled is unsaid: the reviewer's mention alone, ending at its verb.
"""

from __future__ import annotations

import dataclasses

from ... import courts as C
from ..lazyre import deferred
from .common import Found
from .courtrefs import CourtRef

# after the reviewer's verb: "an Oklahoma ruling", "a Texas court decision that …"
OBJECT = deferred(
    r"\s+(?:an?)\s+(?P<st>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:state\s+)?court\s+)?"
    r"(?P<noun>ruling|decision)\b(?P<that>\s+that\s+[^.;:!?\n]{3,200})?"
)
REVIEW = ("upheld", "affirmed", "reversed", "overturned", "vacated", "struck down", "tossed")


def reviewed(text: str, refs: list[CourtRef], found: list[Found]) -> list[Found]:
    """``found`` with each reviewer's span cut at its verb, and the state rulings they
    reviewed added."""
    out: list[Found] = []
    for f in found:
        act = f.act.lower()
        if not f.court or not any(act.endswith(v) for v in REVIEW):
            out.append(f)
            continue
        v = text[f.start : f.end].lower().find(act)
        if v < 0:
            out.append(f)
            continue
        vend = f.start + v + len(f.act)
        m = OBJECT.match(text, vend)
        st = C.state_by_name().get(C._fold(m.group("st"))) if m is not None else None
        if m is None or st is None:
            out.append(f)
            continue
        named = {
            r.court
            for r in refs
            if r.court
            and r.court != f.court
            and C.postal_of_court(r.court) is None  # (a federal district's: not the state's)
            and (r.postal or C.state_of_high_court(r.court)) == st.postal
        }
        court = next(iter(named)) if len(named) == 1 else None
        out.append(dataclasses.replace(f, end=min(f.end, vend)))
        if court is None:
            continue  # which court of the state ruled is unsaid: the reviewer alone
        out.append(
            Found(
                m.start() + len(m.group(0)) - len(m.group(0).lstrip()),
                m.end(),
                court,
                False,
                0.7,
                "",
                None,
                True,
                False,
            )
        )
    return out
