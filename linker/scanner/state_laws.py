"""A state's own laws: acts by name ("Mississippi's Gestational Age Act") and bills by number
("Texas’ Senate Bill 4", "S.B. 4", "HB 1557").

They are mentions of a law a reader may want to look up, but never of a federal act: the name
carries the state ("Texas Senate Bill 4"), no congress.gov search is offered, and a bill by
number carries its SPEC §2 id ``state:POSTAL:bill:SLUG`` (``state:tx:bill:sb4``) though linker
has no state session-law source to fetch it from; an act by name has no id. A bill number is
only a state law when the text says which state: the state right before it, the state an
earlier mention of the same number had, or the one state its sentence (or the one before) names
as a lawmaker ("Texas’", "Texas lawmakers", "the Texas law").
"""

from __future__ import annotations

from .. import courts
from ..models import Mention
from . import ballots, sessionlaws, statecodenames
from .actnames import ACT_ANCHOR, generic_acts
from .billstarts import state_starts
from .doc import Anchor, Doc
from .registry import Pass
from .statebills import (
    as_section,
    ballot_measures,
    bill_id,
    codified,
    numbered_act,
    state_bills,
)
from .statecodes import state_code_sections
from .statenames import (
    dateline_state,
    only_state,
    only_state_mentioned,
    state_finder,
    state_maker,
    state_names,
    state_of_article,
)
from .staterefs import (
    ballot_ahead,
    described_ahead,
    governor_signed,
    measure_names,
    nicknamed,
    possessive_names,
    quoted_topics,
    refs,
    table_abbreviations,
)
from .statetitles import acts_named, stateless_acts, table_laws, titled_laws

__all__ = ["LAW_ANCHOR", "PASS", "bill_id", "dateline_state", "find", "state_maker", "state_names"]

# Where the words this pass reads start, from the Doc's one anchor walk: "law" (shared with
# ``described_laws``), "Law" and "Code" (titled laws, codes named by subject), "Prop"
# (ballot propositions). Their reach is unused: the pass reads the hits' places only.
# (24 after "law": "… law in early 2025, making", the tail ``described_laws`` reads)
LAW_ANCHOR = Anchor("law", ("law", "statute"), 60, 24, "word", "word")
# (and "P.A." for abbreviated public acts, "Gov."/"Governor" for an act a governor signed:
# read from the same walk rather than by a str scan of the text each)
TITLE_WORDS = Anchor(
    "state_law_titles", ("Law", "Code", "P.A.", "Gov.", "Governor"), 0, 0, "word", "word"
)
PROP_WORD = Anchor("proposition", ("Prop",), 0, 0, "word", "")
MEASURE_WORDS = Anchor(
    "ballot_measure",
    ("Amendment", "Issue", "Proposal", "Measure", "Question", "Initiative", "CI"),
    0,
    0,
    "word",
    "word",
)


def _overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(x.start < m.end and m.start < x.end for x in others)


def _postal_at(doc: Doc, at: int) -> str | None:
    """The postal code of the state a place of the text tells of: the one its sentence names
    (as a lawmaker, else at all), else the article's state."""
    a, b = doc.sentence_at(at)
    state = only_state(doc.text, a, b) or only_state_mentioned(doc.text, a, b)
    if state is None:
        state = doc.memo("state_laws:article_state", lambda: state_of_article(doc.text)[0])
    if state is None:
        return None
    return next(
        (postal.lower() for postal, st in courts.states().items() if st.name == state), None
    )


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    acts = acts_named(doc)
    props = [s for s, _ in doc.hits("proposition")]
    bills = state_bills(text, acts, state_starts(doc), doc.date, props)
    if props:
        # an adopted measure's proposition is the section it made ("Proposition 139")
        bills = [as_section(text, b, doc.date) for b in bills]
    laws = bills + [numbered_act(text, a, bills) for a in acts]
    # (a measure's number follows its word: "Issue 1", "CI-128")
    numbered = [
        s for s, e in doc.hits("ballot_measure") if e + 1 < len(text) and text[e + 1].isdigit()
    ]
    if numbered:
        laws += ballot_measures(text, numbered, doc.date)
    # the sections adopted measures made are no state law a later "the law", "the ban" or a
    # description refers back to (anaphora's "the amendment" does)
    sections = [m for m in laws if m.kind == "constitution"]
    if not sections and (
        "constitutional amendment" in text
        or ("amendment" in text and ballots.DATED.search(text) is not None)
    ):
        # ("Missourians passed a constitutional amendment … photo ID": no label printed)
        state = doc.memo("state_laws:article_state", lambda: state_of_article(doc.text)[0])
        laws += ballots.unlabeled(text, doc.sentences, state, doc.date)
    if sections:
        laws = [m for m in laws if m.kind != "constitution"]
        postal = {k.lower(): st.name for k, st in courts.states().items()}
        sections += ballots.described(text, sections, doc.sentences, postal)
    titles = doc.hits("state_law_titles")
    words = [s for s, _ in doc.hits("law") if text.startswith("law", s)]
    words += [s for s, _ in titles if text[s] == "L"]
    if words:
        # a table act printed with "law" first ("Florida's Stop WOKE law"), then other titles
        table = [m for m in table_laws(text, sorted(words)) if not _overlaps(m, laws)]
        laws += [m for m in titled_laws(text, sorted(words)) if not _overlaps(m, table)]
        laws += table
    # (a session law's number follows its word: "Act 40", "Act No. 9")
    acts_numbered = [
        s
        for s, e in doc.hits("act")
        if text[e : e + 1] == " "
        and (text[e + 1 : e + 2].isdigit() or text[e + 1 : e + 4] == "No.")
    ]
    codes = [s for s, _ in titles if text[s] == "C"]
    abbreviated = any(text[s] == "P" for s, _ in titles)  # "P.A. 102-0006"
    state_at = state_finder(text) if acts_numbered or codes or abbreviated else None
    if acts_numbered and state_at is not None:
        laws += sessionlaws.find(text, acts_numbered, state_at)
    if abbreviated and state_at is not None:
        laws += sessionlaws.abbreviated(text, state_at)
    if " Acts " in text:  # "2013 Conn. Pub. Acts 13-3"
        laws += [m for m in sessionlaws.bluebook(text) if not _overlaps(m, laws)]
    found = statecodenames.find(text, state_at, codes) if codes and state_at else []
    if " of the state" in text or " of state " in text:
        # "Section 13-3603 of the state code": the state of its sentence, else the article's
        found += [
            m
            for m in state_code_sections(text, lambda at: _postal_at(doc, at))
            if not _overlaps(m, laws)
        ]
    # acts printed without their state, a state's by a citation beside them or a governor
    if generic_acts(doc):
        known = state_at
        governor = any(text[s] == "G" for s, _ in titles)
        laws += stateless_acts(doc, laws, lambda: known or state_finder(text), governor)
    nicknames = nicknamed(text, laws, words)
    laws += possessive_names(text, laws + nicknames)
    laws += quoted_topics(text, laws + nicknames)
    out = laws + found + nicknames + refs(text, laws) + measure_names(text, laws)
    if props:
        out = [codified(m) for m in out]
    out += table_abbreviations(text, laws)
    if laws:
        out += governor_signed(text, laws)
        out += described_ahead(text, laws, [s for s, _ in doc.hits("law")])
        out += ballot_ahead(text, laws)
    return out + sections


PASS = Pass(
    name="state_laws",
    # (a ballot measure voters adopted is the section of the state constitution it made)
    emits=("statute", "constitution"),
    anchors=(LAW_ANCHOR, TITLE_WORDS, PROP_WORD, MEASURE_WORDS, ACT_ANCHOR),
    run=find,
)
