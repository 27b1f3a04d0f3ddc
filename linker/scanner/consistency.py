"""The last check before a ruling is linked: its own words must agree with its court
(issue 13, point 7: a wrong link is worse than none).

The ruling passes resolve a court through the discourse ("the Court of Appeals" after a
district judge's order, "a lower court decision" beside two circuits), and now and then take
the wrong one. Two shapes are wrong whatever the article says, and this follow-up drops them:

- a ruling whose words name one level of court and whose court is of another: "The Court of
  Appeals therefore rejected …" linked to a district court, "the district judge's order"
  linked to a circuit or the Supreme Court;
- "a lower court ruling" linked to a court of appeals in a sentence that names a court of
  appeals as the court above it ("The 8th Circuit overturned a lower court decision"): the
  court below a circuit is never a circuit.

Only the words of the mention and of its sentence are read; a ruling whose court agrees, or
whose words name no level, is left as it is.

Two more shapes are mended rather than dropped:

- a rule whose words say "final rule" linked to a *proposed* rule of ``rules.csv`` ("the
  proposed 2024 Title IX final rule"): it takes the one final rule of the same family (same
  C.F.R. part and a shared alias) of the year its words give, else the first after the
  proposal; what referred back to the proposal follows it;
- a ruling that refers back ("a second preliminary injunction") but whose own sentence says
  who issued it ("… ordered by Chief Judge Danny Reeves of the U.S. District Court for the
  Eastern District of Kentucky"): it takes that court, and so do the back-references with
  the same noun that follow it until another ruling is named.
"""

from __future__ import annotations

from functools import cache

from .. import courts as C
from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .orderdata import Rule, rules
from .registry import Pass
from .rulings.courtrefs import court_phrases

# Words that name a level of federal court, read in the lowercased words (one literal
# alternation each: this check runs on every ruling that refers back).
_APPEALS_WORDS = deferred("court of appeals|appeals court|appellate court|appeals panel")
_TRIAL_WORDS = deferred(
    "district court|district judge|trial court|trial judge|lower court|lower-court|magistrate"
)
_LOWER = deferred(r"\b[Ll]ower[\s-]+[Cc]ourts?\b")
# a ruling named as a lower court's ("the lower-court rulings", "a lower court's injunction"),
# not one that speaks of a lower court ("the Supreme Court upheld lower court findings")
_LOWER_HEAD = deferred(r"(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]hose|[Tt]his)\s+[Ll]ower[\s-]+[Cc]ourt")


# A reviewing court's verb inside a ruling clause: the words after it name the court below
_REVIEWING_VERB = deferred(r"\s(?:affirm|upheld|uphold|revers|vacat|overturn|reinstat)\w*\s")


def _level(court: str | None) -> str | None:
    return C.level_of(court) if court else None


def _words_disagree(m: Mention) -> bool:
    """Whether the mention's own words name a level of federal court its court is not of.
    Only a ruling that refers back, or one the words call a lower court's, is read: one that
    names its court took the court from those very words."""
    if not m.anaphor and "ower" not in m.text:
        return False
    level = _level(m.court)
    if level not in (C.LEVEL_DISTRICT, C.LEVEL_APPEALS, C.LEVEL_SUPREME):
        return False
    text = m.text
    cut = _REVIEWING_VERB.search(text)
    if cut is not None:
        # "The court affirmed the district court's grant of …": the court reviewed is the
        # object; only the words before the reviewing verb name the ruling's own court
        text = text[: cut.start()]
    low = text.lower()
    appeals = "Circuit" in text or _APPEALS_WORDS.search(low) is not None
    trial = _TRIAL_WORDS.search(low) is not None
    if appeals and not trial:
        return level == C.LEVEL_DISTRICT
    if trial and not appeals and "Supreme" not in text and "justices" not in text:
        return level in (C.LEVEL_APPEALS, C.LEVEL_SUPREME) and not _LOWER.search(text)
    return False


_REVIEW_AFTER = deferred(r"\s+(?:review|intervention)\b")
_ASKED_BEFORE = deferred(r"\b(?:ask|urg|petition)(?:s|ed|es|ing)?\s+$")


def _lower_below_a_circuit(doc: Doc, m: Mention) -> bool:
    """Whether "a lower court ruling" is linked to a circuit while its sentence names a court
    of appeals above it (and no Supreme Court, whose lower court a circuit can be, but one
    only asked to step in)."""
    if "ower" not in m.text or _level(m.court) != C.LEVEL_APPEALS or not _LOWER.search(m.text):
        return False
    s, e = doc.sentence_at(m.start)
    above = False
    for ref in court_phrases(doc):
        if ref.start >= e or ref.end <= s or (m.start <= ref.start < m.end):
            continue
        level = _level(ref.court) or ref.level
        if level == C.LEVEL_SUPREME:
            if (
                ref.destination
                or _REVIEW_AFTER.match(doc.text, ref.end)
                or _ASKED_BEFORE.search(doc.text, max(0, ref.start - 20), ref.start)
            ):
                continue  # "asked the Supreme Court to lift …", "seeking Supreme Court review"
            return False
        if level == C.LEVEL_APPEALS and not ref.lower:
            above = True
    return above


_FINAL_RULE = deferred(r"\b[Ff]inal\s+[Rr]ules?\b")
_YEAR = deferred(r"\b(?:19|20)\d\d\b")


def _final_of(proposal: Rule, words: str) -> str | None:
    """The one final rule of a proposal's family that ``words`` (which say "final rule")
    mean: the year they give, else the first final rule after the proposal."""
    family = [
        r
        for r in rules()
        if r.stage == "final"
        and r.authority
        and r.cfr == proposal.cfr
        and set(r.aliases) & set(proposal.aliases)
    ]
    year = _YEAR.search(words)
    if year:
        family = [r for r in family if r.year == int(year.group(0))]
    elif proposal.year is not None:
        later = sorted(
            (r for r in family if r.year is not None and r.year >= proposal.year),
            key=lambda r: r.year or 0,
        )
        family = later[:1]
    return family[0].authority if len(family) == 1 else None


@cache
def _proposals() -> dict[str, Rule]:
    return {r.authority: r for r in rules() if r.stage == "proposed" and r.authority}


def _final_for_proposal(m: Mention, proposal: Rule, moved: dict[str, str]) -> Mention:
    """A rule the text calls final, linked to a proposal, takes the final rule; what referred
    back to the proposal after it follows (``moved`` remembers the move)."""
    assert m.authority is not None
    if _FINAL_RULE.search(m.text):
        final = _final_of(proposal, m.text)
        if final:
            moved[m.authority] = final
            return m.with_(authority=final, url=None)
    elif m.anaphor and m.authority in moved:
        return m.with_(authority=moved[m.authority], url=None)
    return m


_ISSUED_BY = deferred(
    r"[\s,]+(?:(?:ordered|issued|signed|granted|entered|handed\s+down)\s+)?by\s+"
    r"(?:(?:Chief|Senior|U\.S\.|District|Magistrate|Circuit)\s+)*Judge\b"
)


def _issuer_in_sentence(doc: Doc, m: Mention) -> str | None:
    """The court a back-reference's own sentence says issued it: "a second injunction ordered
    by Chief Judge X of the U.S. District Court for the Y" (one court named, not a generic
    or anaphoric one)."""
    if not _ISSUED_BY.match(doc.text, m.end):
        return None
    _s, e = doc.sentence_at(m.start)
    named = {
        r.court
        for r in court_phrases(doc)
        if m.end <= r.start < e and r.court and not r.anaphoric and not r.generic
    }
    return named.pop() if len(named) == 1 else None


def _head(m: Mention) -> str:
    return m.text.rsplit(None, 1)[-1].lower()


# A cheap test before the level check: words that can name a level of court.
_LEVEL_HINT = deferred("ircuit|ppeal|istrict|rial|ower|agistrate")


# What a ruling blocks is no ruling of that court: "an injunction barring the order", "the
# 4th Circuit upheld a lower court's injunction blocking the order" (an executive order).
_BLOCKING_BEFORE = deferred(
    r"\b(?:block|bar|halt|enjoin|suspend|paus|freez)(?:s|es|ed|ing|red|ring)?\s+$"
)


def _blocked_order(doc: Doc, m: Mention) -> bool:
    """Whether a back-reference "the order" is the object of blocking, barring, halting."""
    return m.text in ("the order", "the orders") and bool(
        _BLOCKING_BEFORE.search(doc.text, max(0, m.start - 16), m.start)
    )


def _ruling_kept(doc: Doc, m: Mention) -> bool:
    """Whether a ruling's words agree with its court (see the module's docstring)."""
    words = m.text
    if m.anaphor and _blocked_order(doc, m):
        return False
    if "ower" in words:
        if m.court == "scotus" and _LOWER_HEAD.match(words):
            return False  # "the lower-court rulings": the U.S. Supreme Court is no lower court
        return not (_words_disagree(m) or _lower_below_a_circuit(doc, m))
    return not (m.anaphor and _LEVEL_HINT.search(words) and _words_disagree(m))


def _typoed_orders(mentions: list[Mention]) -> list[Mention]:
    """An executive order's number printed with its last digit missing ("EO 1423" in an
    article whose order, linked by its words elsewhere, is EO 14230): a four-digit order of
    the 1910s that is the start of the one five-digit order the article links is that order,
    and so is what referred back to the short number (census34 P13)."""
    short = {m.authority for m in mentions if m.authority and _SHORT_EO.fullmatch(m.authority)}
    if not short:
        return mentions
    full = {m.authority: m for m in mentions if m.authority and _FULL_EO.fullmatch(m.authority)}
    to: dict[str, Mention] = {}
    for a in short:
        longer = [f for f in full if f[:-1] == a]
        if len(longer) == 1:
            to[a] = full[longer[0]]
    if not to:
        return mentions
    return [
        m.with_(authority=t.authority, name=t.name, url=t.url)
        if m.authority and (t := to.get(m.authority)) is not None
        else m
        for m in mentions
    ]


_SHORT_EO = deferred(r"eo:\d{4}")
_FULL_EO = deferred(r"eo:\d{5}")


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Rules called final leave a proposal, back-references take the court their sentence
    says issued them, and rulings whose words name another court are dropped. This runs on
    every article: only the rulings that refer back or speak of a lower court, and the
    proposals, are visited, and the list is copied only when one changes."""
    mentions = _typoed_orders(mentions)
    proposals = _proposals()
    todo = [
        i
        for i, m in enumerate(mentions)
        if (m.kind == "ruling" and (m.anaphor or "ower" in m.text)) or m.authority in proposals
    ]
    if not todo:
        return mentions
    text = doc.text
    out: list[Mention | None] | None = None
    moved_rules: dict[str, str] = {}
    moved: tuple[str, str, str] | None = None  # (old court, new court, head noun)
    last = -1
    for i in todo:
        m = mentions[i]
        new: Mention | None = m
        if moved and any(x.kind == "ruling" and not x.anaphor for x in mentions[last + 1 : i]):
            moved = None  # another ruling was named since
        last = i
        if m.kind == "regulation":
            assert m.authority is not None
            new = _final_for_proposal(m, proposals[m.authority], moved_rules)
        elif m.kind == "ruling" and m.court and not m.authority:
            if m.anaphor:
                issuer = None
                if text.find(" by ", m.end, m.end + 30) != -1:
                    issuer = _issuer_in_sentence(doc, m)
                if issuer and issuer != m.court:
                    moved = (m.court, issuer, _head(m))
                    new = m.with_(court=issuer, url=None)
                elif moved and m.court == moved[0] and _head(m) == moved[2]:
                    new = m.with_(court=moved[1], url=None)
            elif moved is not None:
                moved = None
            if new is not None and not _ruling_kept(doc, new):
                new = None
        if new is not m:
            if out is None:
                out = list(mentions)
            out[i] = new
    if out is None:
        return mentions
    return [m for m in out if m is not None]


PASS = Pass(name="consistency", emits=(), anchors=(), run=run)
