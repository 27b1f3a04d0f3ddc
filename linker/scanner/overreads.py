"""Mentions other passes read too far, dropped or unlinked after every pass has run
(twenty-sixth session, from the false alarms and wrong links of every readable set).

- A law's description set beside its name is no mention of its own: "… from enforcing SB4,
  a Republican-backed law allowing police to arrest …", "Senate Bill 2972 (SB 2972), a law
  limiting protests on campuses". The passes that read a law by what it does find the
  description after the comma and link it to the law the name just before it links: one law
  told twice in one noun phrase, where the gold has one mention (the name) and leaves the
  description out or marks it optional. Dropped: a mention that opens on "a" or "an" (never
  "the law", which refers back), comes right after a named (not referring-back) mention with
  only a comma between them (after the name's closing parenthesis too), and links the same id
  as that name. A description of another law, or one with no id, stays.
- A law's head word used as a noun modifier is no reference to the law: "The full bill text is
  available at …". Where the head word of a referring-back "the bill" stands before a noun such
  as "text" or "summary", the phrase's head is that noun ("the bill sponsors" was taken back: a
  held-back set's gold counts that "the bill"). Dropped: a referring-back mention whose last
  word is a law's head word, with such a noun right after it.
- A state's whole constitution told as the place a right is written into ("Amendment 3, which
  enshrines abortion rights in the Missouri Constitution", "would place the right … in the
  state constitution") is no mention: no clause of it is applied, and with no article or
  section it has no id (the gold leaves it out). Dropped: a constitution mention with no id
  after "enshrine", "place", "write", "add", "codify" … and "in".
- A ruling only risked, awaited, sought or hoped for ("they will not want to risk a Supreme
  Court decision affirming …", "the state is awaiting a ruling from the court") has not been
  given: no mention. Dropped: a ruling whose words follow "risk", "await", "seek", "hope for",
  "ask for" or "expect" and "a", "an" or "another".
- A law a measure changes is not that measure: "Gov. Lamont signed legislation (HB5005) to
  expand the state's paid sick leave law" tells the older law HB5005 expands, which the
  description pass links to the bill the story names. A law told by a description ("the
  state's … law") right after "to expand", "amends", "would extend" … and linked to the id of a
  measure named before the verb in its sentence keeps its span but loses its id, and so do
  the back-references to it ("the sick leave law").
- A rule told by a year other than its own is not that rule: "a final rule (the “2022 Final
  Rule”)" is no rule of 2024, whatever rule the story is about. A regulation linked to a
  Federal Register document (``fr:VOLUME:PAGE``, the volume telling the year) with a year
  opening its words ("the 2022 Final Rule") or written right before them (a space or an
  opening quotation mark between) keeps its span but loses its id when the year is more than
  one year off the document's (a rule adopted in December is printed in January; one printed
  in 2019 and in force in 2020 is "the 2020 rule").
"""

from __future__ import annotations

import re

from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .sentences import sentence_start

# between the name and its description: a comma, after the name's closing parenthesis
_GAP = deferred(r"\)?,[ \t]*")
_INDEFINITE = deferred(r"an?\s")


def _described_beside(text: str, named: Mention, m: Mention) -> bool:
    """Whether ``m`` is the appositive description of ``named``, the mention just before it."""
    return (
        m.authority is not None
        and named.authority == m.authority
        and not named.anaphor
        and not m.anaphor
        and _INDEFINITE.match(m.text) is not None
        and _GAP.fullmatch(text, named.end, m.start) is not None
    )


_HEAD = deferred(r"\b(?:bill|law|act|measure|statute|legislation|rule|order)\Z", re.IGNORECASE)
# the nouns a bill's or law's word modifies: its text, its authors, its number (not "the bill
# sponsors": a held-back set's gold counts that "the bill", so it was taken back)
_NOUN_AFTER = deferred(
    r"[ \t]+(?:text|texts|authors?|number|summary|summaries|language)"
    r"\b(?!['’])"
)


def _modifier(text: str, m: Mention) -> bool:
    return (
        m.anaphor
        and m.kind in ("statute", "bill", "regulation", "executive-action")
        and _HEAD.search(m.text) is not None
        and _NOUN_AFTER.match(text, m.end) is not None
    )


# "the “2022 Final Rule”", "its 2019 rule": a year right before the rule's words
_YEAR_BEFORE = deferred(r"\b((?:19|20)\d\d)[ \t]*[“\"‘']?[ \t]*\Z")
# "the 2022 Final Rule", "DOL's 2008 rule": a year opening the mention's own words
_YEAR_OPENS = deferred(r"(?:[Tt]he\s+|[Ii]ts\s+|[\w.]+['’]s?\s+)?[“\"‘']?((?:19|20)\d\d)\s")
# (a Federal Register volume's year: volume 1 is 1936's)
_FR_FIRST_YEAR = 1935


def _told_by_another_year(text: str, m: Mention) -> bool:
    if m.kind != "regulation" or not m.authority or not m.authority.startswith("fr:"):
        return False
    year = _YEAR_BEFORE.search(text, max(0, m.start - 8), m.start) or _YEAR_OPENS.match(m.text)
    if year is None:
        return False
    printed = int(m.authority.split(":")[1]) + _FR_FIRST_YEAR
    return abs(int(year.group(1)) - printed) > 1


# "which enshrines abortion rights in ", "would place the right … in ": a constitution told as
# the place a right is written into
_WRITTEN_INTO = deferred(
    r"\b(?:enshrin\w*|plac(?:e|es|ed|ing)|put(?:s|ting)?|writ(?:e|es|ing|ten)|wrote|"
    r"add(?:s|ed|ing)?|embed\w*|insert\w*|codif\w*)\s+[^.;!?]{0,70}\bin\s+\Z"
)


def _written_into(text: str, m: Mention) -> bool:
    return (
        m.kind == "constitution"
        and m.authority is None
        and _WRITTEN_INTO.search(text, max(0, m.start - 100), m.start) is not None
    )


# "unlikely they will want to risk a ", "are awaiting a ", "asked for a ": a ruling not given
_NOT_GIVEN = deferred(
    r"\b(?:risk(?:s|ed|ing)?|await(?:s|ed|ing)?|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)\s+for|"
    r"ask(?:s|ed|ing)?\s+for|expect(?:s|ed|ing)?)\s+(?:a|an|another)\s+\Z"
)


def _not_given(text: str, m: Mention) -> bool:
    return m.kind == "ruling" and _NOT_GIVEN.search(text, max(0, m.start - 40), m.start) is not None


# "signed legislation (HB5005) to expand ", "a bill that amends ": what the measure changes
_CHANGED_BY = deferred(
    r"\b(?:to\s+|that\s+|which\s+|would\s+|will\s+)?(?:expand|amend|extend|updat|revis|broaden|"
    r"modif|overhaul|strengthen|weaken)\w*\s+\Z"
)


def _law_it_changes(text: str, m: Mention, before: list[Mention]) -> bool:
    """Whether ``m``, a law told by what it is about, is the law a measure named just before
    it in its sentence changes ("signed legislation (HB5005) to expand the state's paid sick
    leave law") though linked to that measure's own id: the changed law is an older one."""
    if m.anaphor or m.kind not in ("statute", "bill") or m.authority is None:
        return False
    if not _INDEFINITE_OR_DEFINITE.match(m.text):
        return False  # (a law named by its own name or number is what it says)
    verb = _CHANGED_BY.search(text, max(0, m.start - 40), m.start)
    if verb is None:
        return False
    start = sentence_start(text, m.start)
    return any(
        n.authority == m.authority and start <= n.start and n.end <= verb.start() for n in before
    )


_INDEFINITE_OR_DEFINITE = deferred(r"(?:an?|the|its|[Tt]he\s+state['’]s|[A-Z][a-z]+['’]s?)\s")
# ("refers back to “the state's paid sick leave law”": a back-reference to the law unlinked)
_REFERS_BACK = deferred(r"refers back to “(.+)”")


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    unlinked: set[tuple[str, str]] = set()  # (text, id) of the laws a measure changes
    for k, m in enumerate(mentions):
        if k and _described_beside(text, mentions[k - 1], m):
            continue
        if _modifier(text, m) or _written_into(text, m) or _not_given(text, m):
            continue
        back = _REFERS_BACK.match(m.evidence or "") if m.anaphor else None
        if _told_by_another_year(text, m) or (
            back is not None and (back.group(1), m.authority or "") in unlinked
        ):
            m = m.with_(authority=None, name=None, url=None, evidence=None)
        elif _law_it_changes(text, m, out):
            unlinked.add((m.text, m.authority or ""))
            m = m.with_(authority=None, name=None, url=None, evidence=None)
        out.append(m)
    return out


PASS = Pass(name="overreads", emits=(), anchors=(), run=run)
