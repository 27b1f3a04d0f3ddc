"""The one agency rule an article is about, told generically before the words that say which
rule it is (twenty-sixth session). A follow-up pass, after ``ruledescribed``.

News about a rule often names it last: the headline says "Judge pauses last-minute
Administration FAA rule", the lede "… the agency's implementation of a rule published in the
waning days of the administration", then "the rule" several times, and only the third or
fourth sentence's "the FAA's rule", read with the topic words around it, tells which row it
is. Back-references look backward only, so everything before stays unlinked. A policy may
also be told by its date and what it does ("A policy of the administration enacted May 2
requires sponsors to post a bond"), with "new visa-bond rules" before it and "the rule" after.

- a seed: "a/an [ADMIN administration] policy|rule|regulation enacted|issued|published …
  MONTH DAY[, YEAR]" is the one row of ``rules.csv`` printed on that day (of that year, of the
  administration's years, or in the two years before the article's date) at least two of
  whose topics the sentence and the next one hold (one in the sentence itself);
- the chain: when every rule the article links is that one row (no other id, no unresolved
  rule, no phrase telling a second rule: "the proposed rule", "the earlier rule", "a rule
  repealing …", a "YEAR rule" of another year), each unlinked "the rule", "this regulation",
  "the Rule's", "the TOPIC rule", "new TOPIC rules", "a rule published|finalized|issued …"
  and the headline's "ADMIN AGENCY rule" is it. Words between the determiner and the rule word
  must be the row's own (its name, aliases, topics), its agency's or generic ("final", "new").
  Before the first mention that names the row, a plain "the rule" wants the row's agency named
  in the article before it (or in the headline), and every agency named in a sentence that
  tells a rule must be the row's: an article about an FAA rule that names the EPA's in passing
  keeps its "the rule" unlinked.
"""

from __future__ import annotations

import re

from ..lexicon import months
from ..models import Mention
from .doc import Anchor, Doc
from .generalrules import bare_rules_between, generic_rule_between, tells_what_a_law_lets
from .lazyre import deferred
from .orderdata import Rule, rules, rules_by_target
from .registry import Pass
from .spans import by_span

ANCHOR = Anchor(
    "rule_chain",
    ("rule", "rules", "regulation", "Rule", "Rules", "Regulation", "policy"),
    0,
    0,
    "word",
    "word",
)

# a rule word and what may stand right after it
_HEAD = deferred(
    r"\b(?P<head>[Rr]ules?|[Rr]egulation|RULE)(?P<poss>['’]s)?\b"
    # (not "the rule of law", "the rule against …", "the rule that courts …", "Rule 23")
    r"(?!\s+(?:of|against|that)\b|\s*\d|[-–])"
)
_DET = deferred(r"(?:^|(?<=[\s“\"(]))(?P<det>[Tt]he|[Tt]his|[Nn]ew)\s+$")
_WORD_BEFORE = deferred(r"(?<![\w.&'’-])(?P<word>[A-Za-z][\w.&-]*(?:['’]s)?|(?:19|20)\d\d)\s+$")
# "a rule published in the waning days of …", "a final rule finalized …"
_INTRO = deferred(
    r"\b[Aa]n?\s+(?:(?:new|final|federal|last-minute|controversial|sweeping)\s+)*"
    r"(?:rule|regulation)\s+(?:(?:that|which)\s+was\s+)?"
    r"(?:published|finali[sz]ed|issued|adopted|released|unveiled|enacted|rushed\s+out)\b"
    r"[^.;:,—–()\n]{0,80}"
)
# "A Trump administration policy enacted July 16 requires …"
_DATED = deferred(
    r"\b[Aa]n?\s+(?:(?P<era>[A-Z][a-z]+)\s+[Aa]dministration(?:['’]s)?\s+|(?:new|federal)\s+)*"
    r"(?:policy|rule|regulation)\s+(?:(?:that|which)\s+was\s+)?"
    r"(?:enacted|issued|published|finali[sz]ed|adopted|announced|unveiled|implemented)\s+"
    r"(?:on\s+)?(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
# "the Federal Rule raising the pay floor for …", "a final federal rule that would let …":
# a rule told by what it does, its clause after it (twenty-seventh session)
_DESCRIBED = deferred(
    r"\b(?P<det>[Tt]he|[Aa]n?)\s+(?P<mods>(?:(?:new|final|[Ff]ederal|Final|New)\s+){1,3})"
    r"(?P<head>[Rr]ule|[Rr]egulation)\s+"
    r"(?P<clause>(?:that|which)\s+would\s+[a-z]+|(?!being\b|during\b|nothing\b)[a-z]{3,}ing\b)"
)
# "the 2024 Rule": the year right before the rule word
_YEAR_BEFORE = deferred(r"(?:^|(?<=[\s“\"(]))(?P<det>[Tt]he|[Tt]his)\s+(?P<year>(?:19|20)\d\d)\s+$")
# a phrase that tells a second rule of the article's
_OTHER_RULE = deferred(
    r"\b(?:proposed|proposal|another|second|separate|earlier|previous|prior|original|older|old|"
    r"replacement|interim|revised|amended|updated|superseded)\s+(?:final\s+)?(?:rules?|regulations?)\b"
    r"|\b(?:rules?|regulations?)\s+(?:repealing|rescinding|replacing|revoking|superseding)\b"
    r"|\b(?:repeal|rescission|rescinded|replaced|revoked|superseded)\b"
    r"|\b(?P<year>(?:19|20)\d\d)\s+(?:final\s+)?(?:rules?|regulations?)\b"
)
_FINAL = deferred(r"\b[Ff]inal(?:i[sz]ed)?\s+(?:[Rr]ules?|[Rr]egulations?)\b|\bfinali[sz]ed\b")
_PROPOSED = deferred(r"\b[Pp]roposed\s+(?:[Rr]ul|[Rr]egulation)|\b[Pp]roposals?\b")
# a rule still to come after the one named: "the agency will write a new rule"
_NEW_RULE = deferred(r"\b[Aa]n?\s+(?:new|fresh|different)\s+(?:final\s+)?(?:rule|regulation)\b")
# "the new rule", "its new overtime rule": no row named, a new rule may be none of the table's
_NEW_BEFORE = deferred(r"\bnew\s+(?:[\w-]+\s+){0,2}(?:rule|regulation)s?\b")
_RULE_WORD = deferred(r"\b(?:[Rr]ules?|[Rr]egulations?|[Pp]olic(?:y|ies))\b")
# words before the rule word that say nothing of which rule it is
_GENERIC = frozenset(
    (
        *("final", "new", "federal", "agency", "agency's", "agency’s"),
        # a judgement of the rule, no word of which rule (twenty-seventh session)
        *("sweeping", "controversial", "contested", "challenged"),
    )
)
# words of rows' names that end the walk back: a determiner, a preposition, a conjunction
_STOP = frozenset(
    (
        *("the", "this", "that", "these", "those", "a", "an", "its", "their", "his", "her"),
        *("of", "for", "from", "to", "in", "on", "by", "with", "and", "or", "under", "as"),
    )
)


def _vocabulary(target: str) -> frozenset[str]:
    from .ruledescribed import _vocabulary as vocabulary

    return vocabulary(target)


def _agency_fits(named: str, row: Rule) -> bool:
    from .ruledescribed import _agency_fits as fits

    return fits(named, row)


def _headline(text: str) -> tuple[int, int] | None:
    """The article's first line when it reads as a headline (as ``headlines`` reads it)."""
    from .headlines import _headline as headline

    return headline(text)


def _era_fits(era: str, row: Rule) -> bool | None:
    """Whether an administration's name fits the row's year (None: no administration)."""
    from .ruledescribed import _ERAS

    spans = _ERAS.get(era)
    if spans is None:
        return None
    return row.year is not None and any(a <= row.year <= b for a, b in spans)


def _said(word: str, row: Rule, target: str) -> int | None:
    """2 when ``word`` (before the rule word) is the row's own, 1 when its agency's, 0 when
    generic, None when it is neither (the phrase is another rule's) or ends the phrase."""
    low = word.lower().rstrip("’'").removesuffix("’s").removesuffix("'s")
    if low in _STOP:
        return None
    if len(low) == 4 and low.isdigit():
        # "the 2024 rules": the row's own year (another year is another rule: ``_OTHER_RULE``)
        return 2 if row.year is not None and int(low) == row.year else None
    if low in _GENERIC or word.lower() in _GENERIC:
        return 0
    from .ruleagencies import agency_word

    bare = word.removesuffix("’s").removesuffix("'s")
    if agency_word().fullmatch(bare):
        return 1 if _agency_fits(bare, row) else None
    vocab = _vocabulary(target)
    if low in vocab or low.rstrip("s") in vocab:
        return 2
    return None


def _modifiers(text: str, head: int, row: Rule, target: str, floor: int) -> tuple[int, int, bool]:
    """Where the words before the rule word at ``head`` that fit the row begin, how many of
    them said something (the row's own words, its agency, an administration that fits), and
    whether one is the row's own."""
    start, said, n, own = head, 0, 0, False
    while n < 4:
        m = _WORD_BEFORE.search(text, max(floor, start - 40), start)
        if m is None:
            break
        word = m.group("word")
        if word in ("Administration", "administration", "Era", "era"):
            era = _WORD_BEFORE.search(text, max(floor, m.start() - 30), m.start())
            if era is None or not _era_fits(era.group("word"), row):
                break
            start, said, n = era.start(), said + 1, n + 2
            continue
        if "-" in word and word.split("-")[-1].lower() == "era":
            if not _era_fits(word.split("-")[0], row):
                break
            start, said, n = m.start(), said + 1, n + 1
            continue
        fit = _said(word, row, target)
        if fit is None:
            break
        start, said, n, own = m.start(), said + bool(fit), n + 1, own or fit == 2
    return start, said, own


def _seeds(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "A Trump administration policy enacted July 16 requires …": the one row printed that
    day whose topics the sentence (and the next) holds."""
    text = doc.text
    out: list[Mention] = []
    month_no = months()
    for hit in _DATED.finditer(text):
        month = month_no.get(hit.group("month").lower().rstrip("."))
        if month is None:
            continue
        if any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            continue
        a, b = doc.sentence_at(hit.start())
        nxt = doc.sentence_at(min(len(text) - 1, b + 1))[1] if b < len(text) else b
        here, around = text[a:b].lower(), text[a:nxt].lower()
        fits = {}
        for row in rules():
            if not row.target or not row.published:
                continue
            y, mo, d = (int(x) for x in row.published.split("-"))
            if (mo, d) != (month, int(hit.group("day"))):
                continue
            if hit.group("year") and int(hit.group("year")) != y:
                continue
            era = hit.group("era")
            if era is not None and not _era_fits(era, row):
                continue
            if doc.date is not None and not (0 <= int(doc.date[:4]) - y <= 2):
                continue
            if era is None and doc.date is None and not hit.group("year"):
                continue  # (no year at all: a day of any year)
            topics = {t.lower() for t in row.topics}
            held = {t for t in topics if re.search(rf"\b{re.escape(t)}\b", around)}
            if len(held) < 2 or not any(re.search(rf"\b{re.escape(t)}\b", here) for t in held):
                continue
            fits[row.target] = row
        if len(fits) != 1:
            continue
        ((target, row),) = fits.items()
        out.append(
            Mention(
                hit.start(),
                hit.end(),
                text[hit.start() : hit.end()],
                "regulation",
                target,
                name=row.name,
                confidence=0.65,
                matcher="rulechain",
                evidence=f"a rule told by its day and topics: {row.name}",
            )
        )
    return out


def _described(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the Federal Rule raising the pay floor for exempt staff", "a final federal rule that
    would let the department drop employers from the program …": the one row of the table
    (final, printed by the article's date) whose keys the clause after the rule word holds
    best, whose agency the article names. Versions of one rule (rows sharing an alias) are
    settled by the one the article cites (its Federal Register page, before or after the
    phrase) or the one whose year it gives with a rule word ("the 2024 Rule"); otherwise
    nothing is linked."""
    from .agencyrules import _best, _fits, _pool

    text = doc.text
    out: list[Mention] = []
    cited = {m.authority for m in mentions if m.kind == "regulation" and m.authority}
    for hit in _DESCRIBED.finditer(text):
        s, e = hit.start(), hit.end("head")
        if any(m.start < hit.end() and s < m.end for m in mentions):
            continue
        b = doc.sentence_at(s)[1]
        clause = text[hit.start("clause") : min(b, hit.start("clause") + 240)]
        best, _ = _best(_pool(doc.date, False), clause)
        rows = [r for r in best if r.target and _fits(r, clause)]
        if len({r.target for r in rows}) > 1:
            rows = _version_told(text, rows, cited)
        if len({r.target for r in rows}) != 1:
            continue
        row = rows[0]
        assert row.target is not None
        if not _agency_named(doc, row, len(text)):
            continue
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                "regulation",
                row.target,
                name=row.name,
                confidence=0.65,
                matcher="rulechain",
                evidence=f"a rule told by what it does: {row.name}",
            )
        )
    return out


def _version_told(text: str, rows: list[Rule], cited: set[str]) -> list[Rule]:
    """The one version of ``rows`` the article cites, or else the one whose year it gives
    with a rule word ("the 2024 Rule"); [] when neither says one."""
    named = [r for r in rows if r.target in cited]
    if named:
        return named
    years = {
        int(m.group(1))
        for m in re.finditer(
            r"\b((?:19|20)\d\d)\s+(?:[Ff]inal\s+)?(?:[Rr]ule|[Rr]egulation)s?\b", text
        )
    }
    return [r for r in rows if r.year in years]


def _the_rule(doc: Doc, mentions: list[Mention]) -> tuple[str, Rule] | None:
    """The one row every rule the article links is, when no other rule competes."""
    table = rules_by_target()
    targets: set[str] = set()
    for m in mentions:
        if m.kind != "regulation":
            continue
        if m.authority is None:
            return None
        targets.add(m.authority)
    rows = {t for t in targets if t in table}
    if len(rows) != 1:
        return None
    (target,) = rows
    row = table[target]
    if any(t != target and not _in_part(t, row.cfr) for t in targets):
        return None
    for hit in _OTHER_RULE.finditer(doc.text):
        year = hit.group("year")
        if year is None or int(year) != row.year:
            return None
    if _other_stage(doc.text, row):
        return None
    return target, row


def _in_part(target: str, part: str | None) -> bool:
    """Whether a C.F.R. id is the row's part or sections of it ("cfr:29:541.0-541" in
    "cfr:29:541")."""
    if part is None:
        return False
    if target == part:
        return True
    if not target.startswith(part + "."):
        return False
    rest = target[len(part) + 1 :]
    return all(
        p == part.rsplit(":", 1)[1] or p.split(".")[0] == part.rsplit(":", 1)[1]
        for p in rest.split("-")[1:]
    )


def _other_stage(text: str, row: Rule) -> bool:
    """Whether the text tells a stage of the rule the row is not: a proposal beside a final
    rule ("its Proposed Rulemaking"), a final rule beside a proposal ("The final rule has not
    been published")."""
    if row.proposed:
        return _FINAL.search(text) is not None
    return _PROPOSED.search(text) is not None


# a plain back-reference to a rule: "the rule", "this regulation", "The Rule's"
_PLAIN = deferred(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:[Rr]ule|[Rr]egulation)(?:['’]s)?\b"
    r"(?!\s+(?:of|against|that)\b|\s*\d|[-–])"
)


def _told_rule(doc: Doc, mentions: list[Mention]) -> tuple[str, Rule] | None:
    """With no rule linked at all: the one row of the one agency the article names with its
    rules that the sentences of at least three "the rule"s tell (two of its keys, and more of
    them than of any other row of that agency's printed by the article's date)."""
    from .agencyrules import _agency_of, _best, _fits, _pool, of_agency
    from .ruleagencies import agency_word

    if any(m.kind == "regulation" for m in mentions):
        return None
    text = doc.text
    if _OTHER_RULE.search(text) or _NEW_RULE.search(text) or _NEW_BEFORE.search(text):
        return None
    if _PROPOSED.search(text):
        return None  # (only final rules are asked)
    members = list(_PLAIN.finditer(text))
    if len(members) < 3:
        return None
    agencies = set()
    for m in agency_word().finditer(text):
        a, b = doc.sentence_at(m.start())
        if _RULE_WORD.search(text, a, b):
            agency = _agency_of(m.group(0))
            if agency is None:
                return None
            agencies.add(agency)
    if len(agencies) != 1:
        return None
    (agency,) = agencies
    spans = sorted({doc.sentence_at(m.start()) for m in members})
    words = " ".join(text[a:b] for a, b in spans)
    best, _ = _best(of_agency(list(_pool(doc.date, False)), agency), words)
    if len(best) != 1 or not best[0].target or _fits(best[0], words) < 2:
        return None
    row = best[0]
    if doc.date and row.published and int(doc.date[:4]) - int(row.published[:4]) > 3:
        return None  # (an old row: the article's rule may be a later one of the same words)
    assert row.target is not None
    return row.target, row


def _agencies_agree(doc: Doc, row: Rule) -> bool:
    """Whether every agency named in a sentence telling a rule is the row's."""
    from .ruleagencies import agency_word

    text = doc.text
    for m in agency_word().finditer(text):
        a, b = doc.sentence_at(m.start())
        if _RULE_WORD.search(text, a, b) and not _agency_fits(m.group(0), row):
            return False
    return True


def _agency_named(doc: Doc, row: Rule, before: int) -> bool:
    from .ruleagencies import agency_word

    return any(_agency_fits(m.group(0), row) for m in agency_word().finditer(doc.text, 0, before))


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    hits = doc.hits(ANCHOR.name)
    if not hits:
        return mentions
    seeds = _seeds(doc, mentions)
    seeds += _described(doc, [*mentions, *seeds])
    if seeds:
        mentions = sorted([*mentions, *seeds], key=by_span)
    found = _the_rule(doc, mentions) or _told_rule(doc, mentions)
    if found is None:
        return mentions
    target, row = found
    if not _agencies_agree(doc, row):
        return mentions
    text = doc.text
    first = min(
        (m.start for m in mentions if m.kind == "regulation" and m.authority == target),
        default=len(text),
    )
    if _NEW_RULE.search(text, first):
        return mentions  # (a rule told as new after the one named may be another)
    head_line = _headline(text)
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken) and not any(
            m.start < e and s < m.end for m in added
        )

    owned: set[tuple[int, int]] = set()

    def add(s: int, e: int, how: str, own: bool) -> None:
        if own:
            owned.add((s, e))
        from .ruledescribed import rule_backref

        added.append(
            rule_backref(
                text,
                s,
                e,
                target,
                row,
                "rulechain",
                f"{how}: the one rule the article names, {row.name}",
            )
        )

    named_early = head_line is not None and any(
        _agency_fits(m, row) for m in _agency_words_in(text, *head_line)
    )
    for hs, he in hits:
        if not free(hs, he):
            continue
        word = text[hs:he]
        if word == "policy":
            continue
        in_head = head_line is not None and head_line[0] <= hs < head_line[1]
        m = _HEAD.match(text, hs)
        if m is None or m.end("head") != he:
            continue
        plural = word.lower().endswith("s")
        floor = head_line[0] if in_head and head_line else doc.sentence_start(hs)
        start, said, own = _modifiers(text, hs, row, target, floor)
        if in_head:
            if said and free(start, he):
                add(start, he, "the headline's rule", own)
            continue
        det = _DET.search(text, max(0, start - 8), start)
        if det is None and text.startswith(("new ", "New "), start):
            det = _DET.match(text, start, start + 4)  # ("new asylum rules": its first word)
        if det is None and (yr := _YEAR_BEFORE.search(text, max(0, start - 12), start)):
            if row.year is None or int(yr.group("year")) != row.year:
                continue  # ("the 2019 rule": another version)
            det, own = yr, True  # ("The 2024 Rule": the row's own year)
        if det is None:
            intro = _INTRO.match(text, _indefinite_start(text, hs))
            if (
                intro is not None
                and hs < first
                and free(intro.start(), intro.end())
                and (named_early or _agency_named(doc, row, doc.sentence_at(hs)[1]))
            ):
                add(intro.start(), intro.end(), "a rule told before it is named", False)
            continue
        s = det.start("det")
        if (
            (plural or det.group("det").lower() == "new")
            and not own
            and not (
                plural
                and start == hs  # (a plain "the rules": "the EPA rules" may be any of its)
                and _plural_again(text, det, s, he, first, [*mentions, *added], target)
            )
        ):
            continue  # "the rules", "new EPA rules": what rules (never a single one)
        if s < first and not said and not (named_early or _agency_named(doc, row, s)):
            continue
        if not row.proposed and _proposed_after(text, he):
            continue  # "The rule we are proposing today": a proposal, never the final row
        if s > first and not own and _last_told(mentions, added, target, s) < s - _REACH:
            continue  # (far after the rule was last told: a round-up's next item)
        if not own and (plain := text[s:he].lower()) in ("the rule", "the regulation"):
            # "the status of a rule, causing the rule to …": a rule spoken of in general
            # (not "a rule published in the waning days …", the rule this chain tells)
            told, linked = max(0, _last_told(mentions, added, target, s)), [*mentions, *added]
            if generic_rule_between(text, linked, told, s, plain[4:]):
                continue
            if bare_rules_between(text, linked, told, s):
                continue
            if tells_what_a_law_lets(text, s):
                continue  # "… enables Congress to … so that the rule has no force": any rule
        if free(s, he):
            add(s, he, "the rule the article tells", own)
    # the members before the mention that names the row and say none of its words: the
    # sentences they stand in must tell the row above the agency's other rules
    untold = [m for m in added if m.start < first and (m.start, m.end) not in owned]
    if untold:
        spans = {
            head_line
            if head_line and head_line[0] <= m.start < head_line[1]
            else doc.sentence_at(m.start)
            for m in untold
        }
        if not _chain_fits(
            row, " ".join(text[a:b] for a, b in sorted(spans) if (a, b) != head_line)
        ):
            added = [m for m in added if m not in untold]
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


def _proposed_after(text: str, end: int) -> bool:
    """Whether the words right after a rule word say the rule is a proposal ("the rule we
    are proposing", "the regulations proposed last year"; ``anaphora``'s test)."""
    from .anaphora import proposed_after

    return proposed_after(text, end)


# how far after the rule was last told a plain "the rule" may stand
_REACH = 1500

# "follow the rules", "bend the rules", "play by the rules": rules as such, no rule told
_RULES_AS_SUCH = deferred(
    r"\b(?:follow(?:s|ed|ing)?|obey(?:s|ed|ing)?|break(?:s|ing)?|broke|bend(?:s|ing)?|bent|"
    r"play(?:s|ed|ing)?\s+by|chang(?:e|es|ed|ing)|rewr(?:ite|ites|ote|iting)|know(?:s)?|"
    r"against)\s+$"
)


def _plural_again(
    text: str,
    det: re.Match[str],
    s: int,
    e: int,
    first: int,
    linked: list[Mention],
    target: str,
) -> bool:
    """ "the rules", "the regulations" after the mention that names the one row: that row
    told again (news calls one rule "the rules"), however many rulings or cases stand
    between; never before the row is named, nor in an idiom of rules as such, nor for a
    rule the article calls an order ("the 2024 Open Internet Order … the rules adopted":
    the rules the order adopted, which gold leaves alone), nor after other rules told since
    the row was last ("Under the rules of the Senate, … Then the rules changed")."""
    if det.group("det") != "the" or s <= first:
        return False
    if _RULES_NOUN_AFTER.match(text, e):
        return False  # "the rules committee": a noun's modifier
    if any(m.authority == target and m.start < s and _ORDER.search(m.text) for m in linked):
        return False
    if _RULES_AS_SUCH.search(text, max(0, s - 24), s) is not None:
        return False
    told = max(0, _last_told(linked, [], target, s))
    for hit in _OTHER_RULES.finditer(text, told, s):
        if not any(m.start <= hit.start() < m.end for m in linked):
            return False
    return not bare_rules_between(text, linked, told, s)


_ORDER = deferred(r"\b[Oo]rders?\b")
_RULES_NOUN_AFTER = deferred(r"\s+(?:[Cc]ommittee|[Pp]anel|[Cc]hair(?:man|woman)?)\b")
# other rules told: "the rules of the Senate", "House rules", "the court's rules"
_OTHER_RULES = deferred(
    r"\b(?:[Rr]ules|[Rr]egulations)\s+of\b|\b(?:Senate|House|chamber|court|[Cc]ourt['’]s|"
    r"procedural|ethics|league|game|school|union|party)\s+(?:rules|regulations)\b"
)


def _last_told(mentions: list[Mention], added: list[Mention], target: str, at: int) -> int:
    return max(
        (m.start for m in (*mentions, *added) if m.authority == target and m.start < at),
        default=-_REACH - 1,
    )


def _chain_fits(row: Rule, words: str) -> bool:
    """Whether ``words`` (the sentences of a rule's generic mentions) hold a key of the row
    (an alias, a topic) and of no other rule of its agency as many."""
    from .agencyrules import _best

    if not words:
        return False
    pool = [r for r in rules() if r.agency == row.agency and r.target]
    best, _ = _best(pool, words)
    return row in best


def _agency_words_in(text: str, a: int, b: int) -> list[str]:
    from .ruleagencies import agency_word

    return [m.group(0) for m in agency_word().finditer(text, a, b)]


_ARTICLE = deferred(
    r"\b[Aa]n?\s+(?:(?:new|final|federal|last-minute|controversial|sweeping)\s+){0,3}$"
)


def _indefinite_start(text: str, head: int) -> int:
    m = _ARTICLE.search(text, max(0, head - 50), head)
    return m.start() if m is not None else head


PASS = Pass(
    name="rulechain",
    emits=("regulation",),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
    needs_anaphora=True,
)
