"""Executive orders and proclamations: by number, by title, and as reporters describe them.

Three kinds of ``executive-action`` mentions:

* numbered: "Executive Order 14159", "Executive Order No. 14159", "E.O. 14,110", "EO 14110",
  "Executive Orders 14110, 14117 and 14144" (one mention per number), "Proclamation 10949";
  the number is the id (``eo:N``, ``proc:N``), no data needed;
* titled: an order's official title ("Protecting the Meaning and Value of American
  Citizenship") from ``linker/data/executive_orders.csv``;
* several described together: "two anti-DEI executive orders" (``eoplural.py``);
* named: "Trump's travel ban", "the Liberation Day tariffs" (``eonamed.py``);
* declared: "President Trump declared a national emergency …" (``eoemergency.py``);
* described: "Trump's executive order on birthright citizenship", "an executive order to
  revoke the policy that granted automatic citizenship to children born in the country",
  "a proclamation invoking the Alien Enemies Act". The words around an anchor ("executive
  order", "proclamation", or "order" right after a president's name or a topic) are matched
  against each data row's topic phrases; the president named with the order and the
  article's date must fit the row. One best row gives the id; several equally good rows give
  a mention without an id (lower confidence). Bare back-references ("the order", "the EO")
  are left to the anaphora pass.
"""

from __future__ import annotations

from ..models import Mention
from . import eoacted, eodefined, eoemergency, eoenumerated, eomemoranda
from .doc import Doc
from .eodated import (
    _DATE,
    _DIGIT,
    _MONTH,
    _TITLE_STOP,
    _WHO_PRES,
    BY_WHOM,
    DATE_AFTER,
    DATE_BEFORE,
    NOT_A_PRESIDENTS,
    OWNER_BEFORE,
    _dated,
    _dated_opening,
    _days_by_month_day,
    _first_day,
    _relative,
    _signing_days,
    _title_words,
)
from .eodescribed import (
    _DET_BEFORE,
    _HIS_BEFORE,
    _NOT_TOPIC,
    _PRES,
    ANCHOR,
    BY_PRES,
    CLAUSE_END,
    CLAUSE_TAIL,
    DESCRIBED_ANCHOR,
    DESCRIBES,
    FINITE,
    MAX_TAIL_WORDS,
    POST_WINDOW,
    PRE_WINDOW,
    PRES_NAME,
    PRES_POSS,
    PRESIDENTS,
    TAIL_START,
    _anchor_matches,
    _clause_end,
    _described,
    _fuzzy_candidates,
    _president_cue,
    _roots,
    _score,
    _tail_continues,
    _topic_of_article,
    _topicstems,
)
from .eonamed import NAMED_ANCHOR, _named
from .eonumbered import (
    _N,
    _NO,
    _PRESIDENT_NAMED,
    _PRESIDENT_WORD,
    _SEP,
    EO_ANCHOR,
    EO_HEAD,
    LIST_TAIL,
    NOT_PRESIDENTIAL,
    ORDER_NO,
    PROC_ANCHOR,
    PROC_HEAD,
    WORD,
    _not_presidential,
    _num,
    _numbered,
    _title_matcher,
    _titled,
)
from .eoplural import _plural
from .registry import Pass

# The names this module held before it was split by idea (``eonumbered``, ``eodescribed``,
# ``eodated``), still importable from here.
__all__ = [
    "ANCHOR",
    "BY_PRES",
    "BY_WHOM",
    "CLAUSE_END",
    "CLAUSE_TAIL",
    "DATE_AFTER",
    "DATE_BEFORE",
    "DESCRIBED_ANCHOR",
    "DESCRIBES",
    "EO_ANCHOR",
    "EO_HEAD",
    "FINITE",
    "LIST_TAIL",
    "MAX_TAIL_WORDS",
    "NOT_A_PRESIDENTS",
    "NOT_PRESIDENTIAL",
    "ORDER_NO",
    "OWNER_BEFORE",
    "PASS",
    "POST_WINDOW",
    "PRESIDENTS",
    "PRES_NAME",
    "PRES_POSS",
    "PRE_WINDOW",
    "PROC_ANCHOR",
    "PROC_HEAD",
    "TAIL_START",
    "WORD",
    "_DATE",
    "_DET_BEFORE",
    "_DIGIT",
    "_HIS_BEFORE",
    "_MONTH",
    "_N",
    "_NO",
    "_NOT_TOPIC",
    "_PRES",
    "_PRESIDENT_NAMED",
    "_PRESIDENT_WORD",
    "_SEP",
    "_TITLE_STOP",
    "_WHO_PRES",
    "_anchor_matches",
    "_clause_end",
    "_dated",
    "_days_by_month_day",
    "_described",
    "_first_day",
    "_fuzzy_candidates",
    "_not_presidential",
    "_num",
    "_numbered",
    "_president_cue",
    "_relative",
    "_roots",
    "_score",
    "_signing_days",
    "_tail_continues",
    "_title_matcher",
    "_title_words",
    "_titled",
    "_topic_of_article",
    "_topicstems",
    "find",
]


def _overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(m.start < o.end and o.start < m.end for o in others)


def find(doc: Doc) -> list[Mention]:
    """Every numbered, titled, dated or described executive order or proclamation."""
    text = doc.text
    anchors = list(_anchor_matches(text, doc))
    dated = _dated(doc, anchors) + _dated_opening(doc, anchors) + _first_day(doc, anchors)
    dated += _relative(doc, anchors)
    described = _described(text, doc, anchors)
    linked = [m for m in dated if m.authority]
    described = [m for m in described if not _overlaps(m, linked)]
    dated = [m for m in dated if m.authority or not _overlaps(m, described)]
    # the Federal Register's titles only in a text that speaks of an order or a proclamation
    # (its words are the anchors below): reading them costs start-up time
    register = doc.has(EO_ANCHOR.name, PROC_ANCHOR.name, DESCRIBED_ANCHOR.name)
    found = _numbered(doc) + _titled(text, doc, register=register) + described + dated
    found += _plural(text, doc, found)
    found += _named(text, doc, found)
    found += eoemergency.declared(doc)
    found += eoacted.acted(doc, found)
    if doc.has(DESCRIBED_ANCHOR.name):
        found += eoenumerated.enumerated(doc, found)
    found += eoenumerated.ordinal_backs(doc, found)
    if doc.has(eomemoranda.MEMO_ANCHOR.name):
        found += eomemoranda.memoranda(doc, found)
    found = eodefined.ahead(doc, found)
    return found + eodefined.defined(text, found)


PASS = Pass(
    name="executive",
    emits=("executive-action",),
    anchors=(
        *(EO_ANCHOR, PROC_ANCHOR, DESCRIBED_ANCHOR, NAMED_ANCHOR, eoemergency.EMERGENCY_ANCHOR),
        eomemoranda.MEMO_ANCHOR,
    ),
    run=find,
)
