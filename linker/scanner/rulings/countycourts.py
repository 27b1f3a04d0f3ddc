"""A county's own trial court, where courts-db files it county by county (twenty-seventh session).

"Franklin County Court of Common Pleas Judge Jane Roe ruled …" in Ohio is the Franklin County
court of common pleas (``ohctcomplfrankl``), not the state-level id ``state_trial_court``
gives; so are Pennsylvania's courts of common pleas and Oregon's and Virginia's circuit
courts ("a Lane County Circuit Court judge" → ``orcclane``). The county's id is given only
where the phrase itself names the county and the court's kind the state's county ids are of
("Common Pleas" in Ohio and Pennsylvania, "Circuit" in Oregon and Virginia) and its state is
known (a county name alone names no state: there are Franklin Counties in both Ohio and
Pennsylvania); "a Franklin County judge" keeps the state's id. Back-references the discourse
gave the state's id from that phrase ("the court", "the trial court") follow it.
"""

from __future__ import annotations

from ... import courts as C
from ...models import quick_replace as replace
from ..lazyre import deferred
from .courtrefs import CourtRef

# "<County> County Court of Common Pleas", "<County> County Common Pleas Judge", "<County>
# County Circuit Court", "<County> County circuit judge"
_COUNTY_COURT = deferred(
    r"(?<![\w.'’-])(?P<county>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+County[ \t]+"
    r"(?:(?P<cp>(?:Court[ \t]+of[ \t]+)?Common[ \t]+Pleas)\b"
    r"|(?P<cir>[Cc]ircuit[ \t]+(?:[Cc]ourt|[Jj]udge))\b)"
)
_REACH = 45  # how far before a court phrase its county's name may stand


def county_court(text: str, r: CourtRef) -> str | None:
    """The county trial court id the phrase ``r`` names, where its state (``r.postal``) has
    county ids in courts-db and the phrase's words give the county and the court's kind;
    else None."""
    postal = r.postal
    if not postal or (kind := C.county_trial_kind(postal)) is None:
        return None
    if r.court is not None and r.court != C.state_trial_court(postal):
        return None
    if not (r.trial or r.level == C.LEVEL_STATE):
        return None
    for m in _COUNTY_COURT.finditer(text, max(0, r.start - _REACH), r.end):
        if m.end() <= r.start:
            continue  # (a county named before the phrase, not in it)
        if ("common pleas" if m.group("cp") else "circuit") != kind:
            return None
        words = m.group("county").split()
        # ("In Franklin County …": the county's name is the last word or two)
        for county in (" ".join(words), words[-1]) if len(words) > 1 else (words[0],):
            court = C.county_trial_court(postal, county)
            if court is not None:
                return court
        return None
    return None


def county_courts(text: str, refs: list[CourtRef], *, follow: bool = False) -> list[CourtRef]:
    """``refs`` with each phrase that names a county's trial court given that county's id
    (``county_court``). With ``follow`` (after the discourse filled courts in), the
    back-references after it that the discourse gave the same state-level id ("the court",
    "the trial court", the judge's surname) take the county's id too, up to the next phrase
    that names that state-level court in its own words."""
    out = refs
    moved: dict[str, str] = {}  # a state-level id → the county id the story is at
    judges: dict[str, str] = {}  # a county judge's surname → the county id
    for i, r in enumerate(refs):
        court = county_court(text, r)
        if court is not None:
            if out is refs:
                out = list(refs)
            if r.court is not None:
                moved[r.court] = court
                if follow:
                    _lead_before(refs, out, i, r.court, court)
            if r.judge:
                judges[r.judge] = court
            out[i] = replace(r, court=court)
            continue
        if not follow or r.court is None or r.court not in moved:
            continue
        if (r.anaphoric and not r.place) or (r.judge and judges.get(r.judge) == moved[r.court]):
            if out is refs:
                out = list(refs)
            out[i] = replace(r, court=moved[r.court])
        else:
            del moved[r.court]  # (the state's court named anew: another story)
    return out


def _lead_before(refs: list[CourtRef], out: list[CourtRef], i: int, old: str, court: str) -> None:
    """ "A judge has ruled that … Marion County Circuit Court Judge Paul Lund says …": the
    indefinite lead the discourse gave the state's id from the county judge named next takes
    that judge's county court too (the court phrase just before ``i`` with a court, when it is
    an indefinite one of the same state-level id)."""
    k = i - 1
    while k >= 0 and refs[k].court is None:
        k -= 1
    if k >= 0 and refs[k].generic and not refs[k].place and refs[k].court == old:
        out[k] = replace(refs[k], court=court)
