"""A bare "The ruling" after a ruling whose court only a later pass found (nineteenth session).

The rulings pass ties "The ruling", "The decision" back to a confident ruling with a court;
a ruling told by its verb alone ("a federal judge has temporarily blocked the order") may get
its court only afterwards, from the caption in its sentence (``captioncourts``) or the suit
over what it acts on (``objectsuits``, ``lawsuits``). The bare noun that opens a later
sentence was then left out, though it points back to that ruling as plainly as any.

This follow-up adds it, as an anaphor of that court, only where:

- the noun opens its sentence ("The ruling halts …", "This decision applies nationwide"),
  with no words after it that name another ruling ("The decision to …", "the ruling in …",
  "of", "by", "from");
- the nearest ruling before it (at most ``_REACH`` characters back) has a court that a later
  pass gave it (its evidence names no court of the rulings pass's own), and no case, order
  or other ruling is mentioned between the end of that ruling's sentence and the noun;
- it stands outside quotations (a speaker's "the decision" may be anyone's).
"""

from __future__ import annotations

from .. import courts as C
from ..links import courtlistener_search
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .rulings.common import in_quotes

_REACH = 1500
ANCHOR = Anchor("latebacks", ("The ruling", "The decision", "This ruling", "This decision",
                              "That ruling", "That decision", "This order", "That order",
                              "the ruling", "the decision", "only to"),
                0, 0, "word", "word")  # fmt: skip
_NOUN = deferred(
    r"(?:The|This|That)\s+(?:ruling|decision)\b|(?P<order>(?:This|That)\s+order)\b"
    # "The agency may take the ruling to the 5th Circuit", "vowed to appeal the decision": the
    # object of a verb of appeal, wherever it stands in its sentence
    r"|\b(?:appeal|appeals|appealed|appealing|take|takes|took|taking|challenge)\s+"
    r"(?P<appealed>the\s+(?:ruling|decision))\b"
)
# words after the noun that make it another ruling's or no ruling at all
_OTHER = deferred(
    r"\s+(?:to|in|of|by|from|on|about|whether|that\s+(?:the|a|an)\s+\w+\s+(?:will|would|should)"
    r")\b"
)
# "The state appealed the decision to the Montana Supreme Court, only to have the court uphold
# the ruling": the appeal's destination rules in turn (a bare infinitive after "see"/"have",
# which no ruling verb form reads)
# (each word boundary asked after the pattern's first letter, so that a whole-text search
# skips to those: ``trie.at_word_start``)
_AFFIRMED = deferred(
    r"a(?<!\w.)ppeal(?:ed|s)?\s+(?:the\s+(?:decision|ruling|case|judgment)|it)\s+to\s+the\s+"
    r"(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+Supreme\s+Court\b[^.;]{0,60}?,?\s+"
    r"only\s+to\s+(?:see|have|watch)\s+(?P<ruling>(?:the|that|its)\s+(?:court|justices|high\s+court)"
    r"\s+(?:uphold|affirm|reverse|overturn|reject)\s+(?:the|that|her|his)\s+"
    r"(?:ruling|decision|judgment|order))\b"
)
_APPEAL_OTHER = deferred(r"\s+(?:in|of|by|from|on|about|whether)\b")
_OPENING = deferred(r"[\s\"“‘'(]*")
_BETWEEN_KINDS = frozenset({"case", "executive-action", "ruling"})
_BACK = "refers back to the ruling before it"


def _late_court(m: Mention) -> bool:
    """Whether the court of ruling ``m`` came from a pass after the rulings pass: its
    evidence names none of its own ("court: …" is the rulings pass's)."""
    ev = m.evidence or ""
    return bool(m.court) and not ev.startswith("court:") and "; court:" not in ev


def _kind(court: str | None) -> str:
    """Opinions for a court that writes them, dockets below (as the rulings pass asks)."""
    high = court and C.level_of(court) in (C.LEVEL_SUPREME, C.LEVEL_APPEALS)
    return "o" if high else "r"


def _affirmed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The ruling of a state supreme court an appeal was taken to, told as "only to have the
    court uphold the ruling", replaces the lower court's anaphor there; and the bare anaphors
    after it that went to the lower court's ruling (none of that court told anew between)
    follow the newest ruling of the story's history instead."""
    text = doc.text
    out = list(mentions)
    for am in _AFFIRMED.finditer(text):
        st = C.state_by_name().get(am.group("state").lower())
        high = C.state_high_court(st.postal) if st else None
        if high is None or in_quotes(am.start(), doc.quotes):
            continue
        a, b = am.span("ruling")
        lower = {m.court for m in out if m.kind == "ruling" and a <= m.start < b and m.court}
        if len(lower) != 1 or high in lower:
            continue
        below = lower.pop()
        out = [m for m in out if not (m.kind == "ruling" and a <= m.start < b)]
        out.append(
            Mention(
                start=a,
                end=b,
                text=text[a:b],
                kind="ruling",
                authority=None,
                court=high,
                confidence=0.7,
                anaphor=False,
                url=courtlistener_search("", high, "o"),
                evidence=f"court: {C.court_label(high)} (the appeal's destination); act: upheld",
                matcher="rulings",
            )
        )
        for i, m in sorted(enumerate(out), key=lambda t: t[1].start):
            if m.start < b or m.kind != "ruling":
                continue
            if not m.anaphor and m.court != high:
                break  # a ruling told anew: the anaphors after it are its own
            if m.anaphor and m.court == below and _BARE.fullmatch(m.text):
                out[i] = m.with_(
                    court=high,
                    url=courtlistener_search("", high, "o"),
                    evidence=f"{_BACK}; the newest ruling: the appeal's, {C.court_label(high)}",
                )
    return sorted(out, key=lambda m: (m.start, m.end))


_BARE = deferred(r"(?i)(?:the|this|that)\s+(?:court's\s+|court\s+)?(?:ruling|decision)")


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    mentions = _affirmed(doc, mentions)
    rulings = sorted((m for m in mentions if m.kind == "ruling"), key=lambda m: m.start)
    if not rulings or not any(_late_court(m) for m in rulings):
        return mentions
    spans = sorted((m.start, m.end, m.kind) for m in mentions)
    added: list[Mention] = []
    for nm in _NOUN.finditer(text):
        a, b = nm.span()
        appealed = nm.group("appealed") is not None
        if appealed:
            a = nm.start("appealed")
        s0, _ = doc.sentence_at(a)
        if not appealed and _OPENING.fullmatch(text, s0, a) is None:
            continue  # (only a noun that opens its sentence)
        if appealed and _APPEAL_OTHER.match(text, b):
            continue  # "appeal the decision in the other case"
        if (not appealed and _OTHER.match(text, b)) or in_quotes(a, doc.quotes):
            continue
        if any(s < b and a < e for s, e, _ in spans):
            continue  # already a mention
        ante = None
        for m in reversed(rulings):
            if m.end <= a:
                ante = m
                break
        if ante is None or a - ante.end > _REACH or not _late_court(ante):
            continue
        if ante.confidence < 0.6:
            continue
        # (what the ruling's own sentence names is what it acted on)
        lo = max(ante.end, doc.sentence_at(max(0, ante.end - 1))[1])
        if any(lo <= s < a and k in _BETWEEN_KINDS for s, _, k in spans):
            continue  # a case, an order or another ruling told since
        if nm.group("order") is not None and any(
            doc.sentence_at(ante.start)[0] <= s < a and k == "executive-action" for s, _, k in spans
        ):
            continue  # "blocked Executive Order 14999. That order …": the president's, maybe
        added.append(
            Mention(
                start=a,
                end=b,
                text=text[a:b],
                kind="ruling",
                authority=None,
                court=ante.court,
                confidence=0.6,
                anaphor=True,
                # (the search of the ruling it points back to, whose words say what it is)
                url=ante.url or courtlistener_search("", ante.court, _kind(ante.court)),
                evidence=f"{_BACK}; its court found after the rulings pass",
                matcher="rulings",
            )
        )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


PASS = Pass(name="latebacks", emits=("ruling",), anchors=(ANCHOR,), run=run, gated=True)
