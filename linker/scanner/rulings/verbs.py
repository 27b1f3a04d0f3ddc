"""Where a ruling verb's clause ends, and whether a verb after a court is the court's ruling."""

from __future__ import annotations

import re
from itertools import islice

from ..lazyre import deferred, lazy
from ..trie import is_word_char
from .words import (
    DAYS,
    DETS,
    MONTHS,
    NAMED_HEAD,
    NP_WORD,
    RULING_NOUN,
    SENT_TAIL,
    STOP_OBJ,
    TRAIL,
    VOTE,
    legal_noun_at,
)

# The patterns object_end reads, compiled once (not looked up in re's cache at each call)
_VOTE_AFTER = deferred(rf"\s+{VOTE}")
_HELD_AFTER = deferred(rf"\s+(?!{DAYS}\b|{MONTHS}\b)[A-Z]")
# "in" as a word, not "in favor", "in part" (tried at each word start "in" stands at)
_IN_AT = deferred(r"in\b(?!\s+(?:favou?r|part)\b)")
_CASE_IN = deferred(r"\b(?:in|with)\s+(?:the\s+)?[A-Z][^,.;]{0,60}?\s+v\.?\s")
_V_AT = deferred(r"\sv\.?\s")  # what every ``_CASE_IN`` match holds (found far faster)
# "in the Councilman Reyes trial", "in the Smith case", "in Ripple's lawsuit": a trial or suit
# named by its party or parties (capitalised words before its noun)
_NAMED_TRIAL_IN = deferred(
    r"\s(?=in\s)in\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:trial|case|lawsuit|suit|"
    r"prosecution)\b"
)
# "in the lawsuit", "in the multi-state lawsuit", "in a suit brought by …": an unnamed suit
_SUIT_IN = deferred(
    r"\s(?=in\s)in\s+(?:the|a|an|their|its|that)\s+(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|"
    # ("converted an order into an injunction Wednesday in a case challenging the law": a
    # case told by what it challenges is a mention of its own, as a suit is)
    r"case(?=\s+(?:challenging|contesting|brought|filed|over|against)\b))\b"
)
# ("a district judge's ruling", "a federal district judge's order": the court below's ruling,
# its own mention, as "a lower-court ruling" is)
_LOWER_COURT = deferred(
    # ("overturned a judge's preliminary ruling": an appeals court's object, news usage, inkl
    # 2024; "the judge's" may be the subject's own, so only "a")
    r"\b(?:(?:a|an|the)\s+(?:lower[- ]court\b|(?:federal\s+)?district\s+judge['’]s\s)|"
    r"a\s+(?:federal\s+|trial\s+)?judge['’]s\s)",
    re.I,
)


def _in_case(text: str, a: int, b: int) -> int | None:
    """Where ``re.compile(r"\\bin\\b(?!\\s+(?:favou?r|part)\\b)").search(text, a, b)`` would
    match: each "in" found with ``str.find``, the word boundary before it tested by hand (a
    pattern opening on ``\\b`` is tried at every position)."""
    i = text.find("in", a, b)
    while i >= 0:
        if (i == 0 or not is_word_char(text[i - 1])) and _IN_AT.match(text, i, b):
            return i
        i = text.find("in", i + 1, b)
    return None


_WORD = deferred(r"\S+")


# Patterns the functions below ask at each call, compiled once.
# ("issued an Opinion and Order granting summary judgment": a court's papers in title case)
_NOUN_SOON = lazy(r"(?:\s+\S+){0,4}?\s+" + RULING_NOUN.pattern, re.I)
_THAT = deferred(r"\s+that\b")
# A court's roundup of many rulings at once, none of them one the article reports (census33
# P3): "has handed down a string of major decisions since May", "issued five decisions on
# Friday" (a count from three up: "two orders" may be two rulings the story tells)
_MANY_RULINGS = lazy(
    r"\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:series|string|spate|flurry|slew|raft|barrage|batch|"
    r"slate|number|handful|host|stream|run|cascade|wave)\s+of|several|many|multiple|numerous|"
    r"dozens\s+of|three|four|five|six|seven|eight|nine|ten|\d{2,}|[3-9])\s+"
    r"(?:[\w-]+\s+){0,3}?(?:rulings|decisions|opinions)\b",
    re.I,
)
# "the Supreme Court has issued orders in 11 such cases", "handed down rulings in dozens of
# cases": a bare plural of rulings counted by the cases they came in tells a court's record,
# not one ruling the article reports ("ruled in two cases Monday" may still be two rulings)
_RULINGS_IN_CASES = lazy(
    r"\s+(?:orders|rulings|decisions|injunctions|opinions)\s+in\s+(?:\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|many|numerous|multiple)"
    r"\s+(?:of\s+)?(?:\w+\s+)?(?:cases|lawsuits|suits|disputes|challenges)\b"
)
# A court's term told in figures: "split 5-2 only four times", "ruled unanimously in 40% of
# cases", "has split 4-3 in an average of 35% of cases each term", "split 6-3 in just three
# cases", "issued a total of 31 opinions", "issued 28 signed opinions this term": a statistic
# of many rulings, none of them one the article reports
_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
    r"\w+(?:ty|teen)(?:-\w+)?)"
)
_TERM_TALLY = lazy(
    r"\s+(?:unanimously\s+|\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s+)?"
    r"(?:(?:only|just|exactly|about|roughly|nearly|almost)\s+)?(?:"
    + _COUNT
    + r"\s+times\b|twice\b|"
    r"in\s+(?:(?:an\s+average\s+of|only|just|about|roughly|nearly|almost|over|under|"
    r"more\s+than|fewer\s+than|less\s+than)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent)|"
    + _COUNT
    + r"\s+(?:percent|per\s+cent))\s+of\s+(?:(?:its|the|all|their)\s+)?"
    r"(?:cases|decisions|rulings|opinions)\b|"
    r"in\s+(?:only|just)\s+" + _COUNT + r"\s+(?:of\s+(?:its|the|their)\s+)?(?:\w+\s+)?cases\b|"
    r"a\s+total\s+of\s+"
    + _COUNT
    + r"\s+(?:\w+\s+)?(?:opinions|decisions|rulings)\b|"
    + _COUNT
    + r"\s+(?:\w+\s+)?(?:opinions|decisions|rulings|cases)\s+(?:(?:this|last|each|per|a|"
    r"the|its|during\s+the|in\s+the|in\s+its)\s+)(?:term|session)\b)",
    re.I,
)
# A grant of review ("agreed to hear", "said it will take up") ends at its verb: the case it
# takes is the object, named or described on its own (the verb's last words; "rehear" ends
# in "hear")
GRANT_ENDS = (" hear", " rehear", " take up", " review", " reconsider")


# What a court acts on when it is a law told by its topic: "blocked the broader ban", "struck
# down President Joe Biden’s signature initiative". That object is its own mention (the law,
# the program), so the ruling's span stops before it. (A ruling noun in the object is left to
# the reviewed-objects step: "affirmed the decision" is the lower court's.) A court that
# issues, grants or enters something keeps it.
_PRODUCES = (
    "issu", "grant", "enter", "hand", "deliver", "releas", "fil", "sign", "wr", "publish",
    "made", "mak", "render", "rul", "order", "agree", "decid", "vot",
)  # fmt: skip
_PARTICLES = frozenset(("down", "out", "aside", "back", "up", "off", "unanimously"))
_OTHER_HEAD = deferred(
    r"(?:bans?|initiatives?)\b[,.;:]?$",
    re.I,
)

# A ruling noun a court stays: "to stay the injunction", "a stay of that order"
_STAYED_RULING = deferred(
    r"\b(?:(?:stay|stayed|staying)\s+(?:of\s+)?(?P<np>(?:the|that|this)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:injunction|order|ruling|decision|TRO|judgment)s?)|"
    # what a court reviews, pointed back to: "overturned those decisions", "vacated and
    # remanded its prior decision" (the rulings below, told before; not "the injunction",
    # which news tells as the reviewing court's own act)
    r"(?:overturned|overturns|reversed|reverses|vacated|vacates|remanded|remands|"
    r"set\s+aside)\s+(?P<np2>(?:that|those|this|these|its\s+(?:prior|earlier|previous|"
    r"original))\s+(?:[\w’'-]+\s+){0,1}?(?:ruling|decision|opinion|judgment)s?)|"
    # a ruling below told by its judge: "overturned a July 2024 ruling by District Judge X"
    r"(?:overturned|overturns|reversed|reverses|vacated|vacates|upheld|upholds|affirmed|"
    r"affirms)\s+(?P<np3>(?:a|an|the)\s+(?:[\w’'.,-]+\s+){0,3}?(?:ruling|decision|order|"
    r"injunction|judgment)\s+by\s+(?:(?:U\.S\.|federal|state|\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+){0,2}"
    r"(?:District|Circuit|County|Superior|Chancery|Trial)\s+(?:Court\s+)?Judge))\b"
)


# "blocked the order of removal", "blocked the order's enforcement": not the order itself
_AFTER_ORDER = deferred(r"\s+(?:of|to|from|by|requiring|that)\b|['’]")


def _poss(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


# The ruling a court "issued", then what it was given in or did: "her ruling in a lawsuit
# accusing …", "a ruling vacating the Rule", "a 40-page decision upholding …"
_ISSUED_NOUN = deferred(
    r"\s+(?:a|an|the|her|his|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ruling|decision|opinion)\b"
    r"(?=\s+(?:in\s+(?:a|an|the|this|that|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|"
    r"case|challenge|dispute)|vacating|setting|upholding|striking|blocking|enjoining|finding)\b)"
)


def issued_noun_end(text: str, vend: int, end: int, verb: str) -> int | None:
    """Where a ruling a court "issued" ends: at its noun ("A judge has issued her ruling | in
    a lawsuit accusing …", "the 9th Circuit issued a ruling | vacating the Rule"), as news's
    readers and the gold style read it; the suit it was given in and the law or rule it acted
    on are mentions of their own. None for other verbs, or when nothing follows the noun."""
    if not verb.lower().startswith(("issued", "issues", "handed down", "hands down")):
        return None
    noun = _ISSUED_NOUN.match(text, vend, end)
    return noun.end() if noun is not None and noun.end() < end else None


# What a court acts on when it is an order or a law told by a plain noun: "struck down the
# directive", "blocked the mandate"; and a district judge's "blocked this order" (no court
# below it, so the order it blocks is the government's, not a ruling): each a mention of its
# own, the anaphora pass's. (A suit a court dismisses stays in the span: "dismissed a
# challenge" is how the gold tells the ruling.)
_TOLD_HEAD = deferred(r"(?:directives?|mandates?|requirements?)\b[,.;:]?$", re.I)
_TRIAL_ORDER = deferred(r"(?:orders?)\b[,.;:]?$", re.I)
_THIS_THAT = frozenset(("this", "that", "the"))


def other_object(text: str, vend: int, end: int, verb: str, *, trial: bool = False) -> int | None:
    """Where an object that is a law told by its topic starts (its determiner), or None."""
    against = verb.startswith(("ruled", "rules")) and text.startswith(" against ", vend)
    if verb.startswith(_PRODUCES) and not against:
        return None  # ("ruled against the ban": the ban is what it ruled on)
    words = list(islice(_WORD.finditer(text, vend, end), 9))
    k = 0
    while k < len(words) and (words[k].group(0).lower() in _PARTICLES or (against and k == 0)):
        k += 1
    if k + 1 >= len(words):
        return None
    first = words[k].group(0)
    j = k
    # "President Joe Biden’s signature initiative": a name's possessive opens the phrase too
    while j < k + 3 and j + 1 < len(words) and first[:1].isupper() and not _poss(first):
        j += 1
        first = words[j].group(0)
    if not (first.lower() in DETS or _poss(first)) or (j > k and not _poss(first)):
        return None
    for n, w in enumerate(words[j + 1 : j + 7]):
        t = w.group(0)
        if _OTHER_HEAD.match(t) or _TOLD_HEAD.match(t):
            return words[k].start()
        if (
            trial
            and n == 0
            and first.lower() in _THIS_THAT
            and _TRIAL_ORDER.match(t)
            and not _AFTER_ORDER.match(text, w.end())
        ):
            return words[k].start()  # "a federal judge blocked this order"
        if t.lower() in TRAIL or (not t[-1:].isalnum() and not t.endswith(("’s", "'s"))):
            return None
    return None


def object_end(text: str, vstart: int, vend: int, verb: str, limit: int) -> int:
    """Where the verb phrase's object stops: a clause break, 12 words, or a law's name."""
    v = verb.lower()
    nl = text.find("\n", vend, limit)
    if nl >= 0:
        limit = nl  # a headline or subheadline ends at its line
    if v.startswith(
        (
            "held",
            "holds",
            "found",
            "finds",
            "ruled",
            "rules",
            "conclud",
            "determin",
            "was ",
            "agreed",
        )
    ):
        rest = text[vend:limit]
        if _THAT.match(rest):
            return vend
    if v.endswith(GRANT_ENDS):
        return vend  # "agreed in March to hear": a grant's object is the case, its own mention
    if v.startswith("followed "):
        # "The Supreme Court followed by refusing to lift the ban": the next step of the case,
        # what it refused is the law's or the ruling's own mention (census30 P1)
        return vend
    if v.startswith("told "):
        # "the Court has told the USDOL that it may not | enforce the Rule": what a party
        # may do is often a law or a rule, a mention of its own
        return vend
    if v.startswith("sentenc"):
        tail = SENT_TAIL().match(text, vend, limit)
        if tail:
            return tail.end()
    if v.startswith(("vote", "ruled", "rules")):
        vote = _VOTE_AFTER.match(text[vend:limit])
        if vote:
            vend += vote.end()  # "voted 5–4", "ruled 6–3": the dash is no clause break
    stop = STOP_OBJ.search(text, vend, limit)
    while stop is not None and (acr := _ACRONYM_PAREN.match(text, stop.start())) is not None:
        # "vacated the Federal Housing Administration's (FHA) foreclosure pause": an agency's
        # acronym in brackets is part of the object's name, no break of the clause, when a
        # law's noun follows it within three words ("… (EPA) to lift the abeyance", "…'s
        # (“DOL”) enforcement of the rule" stay cut at the bracket)
        after = STOP_OBJ.search(text, acr.end(), limit)
        upto = after.start() if after else limit
        near = list(islice(_WORD.finditer(text, acr.end(), upto), 3))
        if not near or legal_noun_at(text, stop.start(), near[-1].end()) is None:
            break
        stop = after
    end = stop.start() if stop else limit
    if v.startswith(("ruled", "rules")) and _HELD_AFTER.match(text[vend:limit]):
        return vend  # "court rules Trump can stay on ballot": the rest is what it held
    if v.startswith(("ruled", "rules")):
        # "ruled Friday in 303 Creative LLC v. Elenis", "rules in insurrection case": the
        # case is named after the act, and is its own mention
        inn = _in_case(text, vend, end)
        if inn is not None:
            end = inn
    # (each search only where what it needs stands: its patterns open on a word boundary)
    case_in = _CASE_IN.search(text, vend, end) if _V_AT.search(text, vend, end) else None
    if case_in:
        end = case_in.start()
    seg = text[vend:end].lower()
    if " in " in seg and ("trial" in seg or "case" in seg or "suit" in seg):
        # "returned a mixed verdict in the Councilman Reyes trial on Monday": the trial or
        # case named by its party is where the ruling was given, not what it acts on; so is
        # a suit told without its name ("ordered a preliminary injunction in the multi-state
        # lawsuit"), a mention of its own
        named_in = _NAMED_TRIAL_IN.search(text, vend, end) or _SUIT_IN.search(text, vend, end)
        if named_in is not None:
            end = named_in.start()
            seg = text[vend:end].lower()
    lower = (
        _LOWER_COURT.search(text, vend, end)
        if ("lower" in seg or "district" in seg or "judge" in seg)
        else None
    )
    if lower:
        end = lower.start()  # "affirmed a lower-court ruling": that ruling is its own mention
    stayed = _STAYED_RULING.search(text, max(0, vend - 30), end)
    if stayed and stayed.start() < end:
        # "granted a motion to stay the injunction", "overturned those decisions": what a
        # court of review stays or overturns is the ruling below, a mention of its own (the
        # noun's, which finds the court below)
        np = next(g for g in ("np", "np2", "np3") if stayed.group(g))
        # (a clause whose own verb is "stayed" keeps its object: the reviewed objects are
        # split off after, ``_reviewed_objects``)
        if stayed.start(np) > vend and (np != "np" or stayed.start() >= vend):
            end = min(end, stayed.start(np))
    # (the first 21 words are all that is read below: 12, or up to 20 before a law's name)
    words = list(islice(_WORD.finditer(text, vend, end), 21))
    legal_at: int | None = None
    legal = legal_noun_at(text, vend, end)
    if legal is None and stop is not None and stop.group(0) in '“"':
        # "put on hold the EPA’s “good neighbor” plan": a name in quotes ends a named object
        after_q = re.match(
            r"[“\"][^”\"\n]{1,60}[”\"]\s+(\S+)", text[stop.start() : stop.start() + 90]
        )
        if (
            after_q
            and NAMED_HEAD.match(after_q.group(1))
            and re.search(r"(?:\bthe|['’]s)\s+(?:\S+\s+){0,5}$", text[vend : stop.start()])
        ):
            legal_at = stop.start()
    elif legal is not None:
        legal_at = legal
    if len(words) > 12 and not (legal_at and len(text[vend:legal_at].split()) <= 20):
        end = words[11].end()
        words = words[:12]
        legal_at = legal_noun_at(text, vend, end)
    if legal_at is not None:
        # walk back to the start of the law's noun phrase
        ws = [w for w in words if w.start() < legal_at]
        j = len(ws)
        det_at = None
        reach = 6
        k = len(ws)
        while reach > 0 and k > 0:
            k -= 1
            w = ws[k].group(0)
            lw = w.lower().strip("\"“‘'")
            if lw in DETS or w.endswith(("'s", "’s", "s'", "s’")):
                det_at = k
                break
            if _in_name(ws, k):
                continue  # ("an Occupational Safety and Health Administration (OSHA) heat
                # guidance": an agency's name, however long, is one word of the phrase)
            reach -= 1
            if lw == "of" and k > 0 and ws[k - 1].group(0).lower() in _SHARE_OF:
                continue  # "vacated the entire set of regulations": the share is the law's
            if lw in TRAIL and lw not in ("the", "a", "an"):
                break
        if det_at is None:
            det_at = _bare_law_phrase(ws, vend)
        if det_at is not None:
            j = det_at
            while (j > 0 and NP_WORD.match(ws[j - 1].group(0))) or _in_name(ws, j - 1):
                if ws[j - 1].group(0).lower() in TRAIL and not _in_name(ws, j - 1):
                    break
                j -= 1
            if j >= 2 and ws[j - 1].group(0) == "of" and ws[j - 2].group(0).lower() in _SHARE_OF:
                # "struck down portions of an agency's guidance": the share is the law's
                j -= 2
                while j > 0 and ws[j - 1].group(0).lower() in _SHARE_BEFORE:
                    j -= 1  # ("other parts of", "the remaining portions of")
        else:
            j = len(ws)
            while j > 0 and ws[j - 1].group(0)[:1].isupper():
                j -= 1
        end = ws[j - 1].end() if j > 0 else vend
    # drop trailing prepositions and articles
    while True:
        seg = text[vstart:end].rstrip()
        word = seg.rsplit(None, 1)[-1] if seg else ""  # its last word
        at = len(seg) - len(word)
        if word and word.lower() in TRAIL and vstart + at > vend - 1:
            end = vstart + at
            continue
        return vstart + len(seg)


# An agency's acronym in brackets after its name: "(FHA)", "(CDC)", "(“DOL”)"
_ACRONYM_PAREN = deferred(r"\([“\"]?[A-Z][A-Z&.]{1,8}[”\"]?\)")
# The small words inside an agency's name: "Centers for Disease Control and Prevention"
_NAME_JOINERS = frozenset(("of", "for", "and", "&", "on"))


def _in_name(ws: list[re.Match[str]], k: int) -> bool:
    """Whether the word ``ws[k]`` lies inside a name of capitalised words: a joiner between
    two of them ("and" in "Safety and Health"), or a bracketed acronym after one."""
    if not 0 < k < len(ws):
        return False
    w, before = ws[k].group(0), ws[k - 1].group(0)
    if _ACRONYM_PAREN.fullmatch(w):
        return before[:1].isupper()
    after = ws[k + 1].group(0) if k + 1 < len(ws) else ""
    return w.lower() in _NAME_JOINERS and before[:1].isupper() and after[:1].isupper()


# What a law's phrase may open on before "of": "the entire set of regulations", "parts of the
# rule", "two of the rules" (the share struck down is the law's mention, not the ruling's)
_SHARE_OF = frozenset(
    (
        "set", "sets", "portion", "portions", "part", "parts", "package", "series", "suite",
        "batch", "pair", "provisions", "most", "much", "many", "some", "all", "several", "both",
        "each", "any", "one", "two", "three", "four", "five", "six", "seven",
    )
)  # fmt: skip
# What may stand before a share's noun: "the other parts of", "key portions of"
_SHARE_BEFORE = frozenset((*DETS, "other", "remaining", "key", "certain", "several", "some", "all"))
# A modifier of a law's head noun with no determiner: "five newly adopted state lottery
# rules", "new and amended regulations", "exchange listing rules"
_MODIFIER = deferred(r"[A-Za-z0-9][A-Za-z0-9’'-]*")


def _bare_law_phrase(ws: list[re.Match[str]], vend: int) -> int | None:
    """Where a law's noun phrase with no determiner opens among the words ``ws`` between a
    ruling's verb and the law's head noun ("ruled five newly adopted state lottery rules
    were void", "ordered a stay of new and amended regulations"): the index of its first word,
    when the words before it up to a preposition (or the verb) are all modifiers; None when no
    such phrase is there (a word that is no modifier, or more than six of them)."""
    j = len(ws)
    n = 0
    while j > 0:
        w = ws[j - 1].group(0)
        lw = w.lower()
        if lw == "and" and n and j > 1 and _MODIFIER.fullmatch(ws[j - 2].group(0)):
            j -= 1
            continue
        if lw == "to":
            return None  # "asked the court to block new rules": a verb, not a modifier
        if lw in TRAIL or lw in _PARTICLES or lw in DETS:
            break
        if not _MODIFIER.fullmatch(w) or n >= 6:
            return None
        j -= 1
        n += 1
    return j if n else None


# "concluded that …", "concluded the policy was arbitrary": a holding, not "concluded its
# hearing"
# (a day between the verb and its "that": "concluded today that", "concluded on Monday that")
_WHEN = r"(?:\s+(?:today|yesterday|(?:on|in|last|this)\s+[A-Z]?[a-z]+(?:\s+\d{1,2})?,?))?"
_CONCLUDED = deferred(
    _WHEN + r"\s+(?:that\b|(?:the|a|an|this|its|\w+['’]s)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:was|were|is|are|had|has|did|violated|violates|lacked|lacks|exceeded|exceeds|could|"
    r"can|cannot|must)\b)"
)
# "determined that …", "determined in July that …", "determined on Friday that …"
# (twenty-sixth session, census34 P2: "determined “no,” the court would not …": the answer
# to the question the story asked, quoted)
_DETERMINED = deferred(_WHEN + r"(?:\s+that\b|\s+[“\"](?:no|yes|not)\b)", re.IGNORECASE)
# "declined to block …", "declined the government's request": what a court turns down (not
# "declined to comment")
_DECLINED = deferred(
    r"(?:,\s*(?:at\s+least\s+)?for\s+(?:now|the\s+moment|the\s+time\s+being),)?"
    # ("declined on Friday to revive the lawsuit", "refused last week to block …")
    rf"(?:\s+(?:on\s+)?{DAYS}|\s+(?:last|this)\s+(?:week|month))?"
    r"\s+(?:to\s+(?!comment|discuss|say|elaborate|respond|speak|answer)\w|"
    r"(?:the|a|an|its|their|\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:request|motion|bid|petition|appeal|application|plea)s?\b)"
)


# (twenty-seventh session, census40 P4) a refusal with no object, ending its sentence
_BARE_END = deferred(r"\s*[.;](?:\s|$)")
# the request to a court a bare refusal turns down: review, rehearing, a hearing, certiorari
# or a stay asked of it ("asked the full court to review the ruling", "petitioned the Supreme
# Court", "sought rehearing en banc", "asking them to take up the case")
_ASKED_OF_COURT = deferred(
    r"\b(?:asked|asking|asks|petitioned|petitioning|petitions|urged|urging|sought|seeking|"
    r"requested|requesting|appealed)\b[^.;]{0,80}?\b(?:review|re-?hear(?:ing)?|hear|"
    r"take\s+up|reconsider(?:ation)?|certiorari|en\s+banc|stay|pause|Supreme\s+Court)\b"
)


def _asked_of_court(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` (or its own, before it) asks a court to review,
    rehear or stay: what a bare "The majority declined." turns down."""
    own = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    before = max(text.rfind(". ", 0, max(0, own)), text.rfind("\n", 0, max(0, own)))
    lo = max(0, before)
    return _ASKED_OF_COURT.search(text, lo, at) is not None


# (each compiled on its first use: ``re.match`` with a string looks its pattern up at
# every call)
_OUT = lazy(r"\s+out\b")
_STAYED_WHERE = lazy(r"\s+(?:in|at|on|with|out|away)\b")
_OF_FROM = lazy(r"\s+(?:of|from)\b")
# "allowed the states that sued until April 4 to submit responses": a court's deadline for a
# filing, a step of the briefing, not a ruling (not "allowed the policy to take effect")
_UNTIL_TO_FILE = lazy(
    r"\s+(?:(?!until\b)[\w'’,-]+\s+){1,12}?until\s+(?:[\w.,]+\s+){1,3}?to\s+(?:submit|file|"
    r"respond|reply|answer|brief|present|provide|turn\s+over)\b"
)

_HELD_WHAT = lazy(
    r"\s+(?:that\b|(?:the|a|an|this|its|\w+['’]s)\s+(?:(?!hearings?|conferences?|meetings?|"
    r"vote|line|talks|office|session|events?|rall(?:y|ies))[\w'’-]+\s+){1,3}"
    r"(?:was|were|is|are|had|has|did|does|could|can|cannot|must|violated|violates|"
    r"lacked|lacks|exceeded|exceeds)\b|"
    # "held the board members in contempt"
    r"(?:\S+\s+){1,6}?in\s+(?:civil\s+|criminal\s+)?contempt\b|"
    # "held unconstitutional a part of the law": the holding before its object
    r"(?:unconstitutional|unlawful|invalid|preempted)\b)"
)
_FOUND_WHAT = lazy(
    # ("found earlier this year that", "found in April that", "found him in contempt")
    r"\s+(?:unanimously\s+|(?:earlier|late|early)\s+(?:this|last)\s+(?:year|month|week)\s+|"
    r"last\s+(?:year|month|week)\s+|(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+)?"
    # ("found no error in the murder trial": an appellate court's affirmance)
    r"(?:that\b|no\s+(?:reversible\s+|prejudicial\s+)?error\b|"
    r"(?:for|in\s+favou?r\s+of)\s+(?:the\s+)?\w|"
    # ("found three deficiencies in the agency's review": flaws a court found in an act)
    r"(?:(?:two|three|four|five|several|multiple|\d+|serious|significant)\s+)?"
    r"(?:deficienc(?:y|ies)|flaws?|errors?|defects?)\s+in\b|\S+(?:\s+\S+){0,6}\s+(?:unconstitutional|unlawful|illegal|likely|"
    r"guilty|liable|responsible|in\s+(?:civil\s+|criminal\s+)?contempt)\b|"
    # "found the agency had skipped required steps": what it held, with no "that"
    r"(?:the|a|an|this|its|their|\w+['’]s)\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|is|are|had|has|"
    r"did|violated|violates|lacked|lacks|exceeded|exceeds|cannot|must)\b|"
    # "found Florida and the federal government had failed to …": a party by its name
    r"[A-Z][\w'’.-]*\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|had|has|violated|lacked|exceeded|"
    r"failed|cannot|must)\b)"
)


# (compiled once, not looked up in ``re``'s cache at each call: the cache holds 512
# patterns, and the patterns made of each article's own words push these out of it)
_VOTED_TO = lazy(rf"\s+(?:{VOTE}\s+)?(?:\S+\s+){{0,5}}?to\s+\w")
_VOTED_THAT = lazy(rf"\s+{VOTE}\s+(?:\S+\s+){{0,4}}?that\b")
_SIDED_WITH = lazy(
    r"\s+(?:the\s+)?(?:\w+\s+)?(?:liberals?|conservatives?|majority|dissent(?:ers)?|"
    r"colleagues|justices)\b"
)


# a link's label in square brackets right after a verb: " [court filing]", " [JURIST report]"
_LINK_LABEL = deferred(r"\s*\[[^\]\n]{1,40}\]")


def verb_ok(text: str, m: re.Match[str], limit: int) -> bool:
    v = m.group("verb").lower()
    after = text[m.end() : limit]
    label = _LINK_LABEL.match(after)
    if label is not None:
        # "Judge X also sentenced [POLITICO report] the aide to …": a link's label in
        # brackets between the verb and its object (a wire digest's house style, census34 P2)
        after = " " + after[label.end() :]
    if v in ("ruled", "rules") and _OUT().match(after):
        return False
    if v in ("held", "holds") and not _HELD_WHAT().match(after):
        return False
    if v in ("found", "finds") and not _FOUND_WHAT().match(after):
        return False
    if v in ("concluded", "concludes") and not _CONCLUDED.match(after):
        return False  # "concluded its hearing": only what it concluded that is a holding
    if v in ("determined", "determines") and not _DETERMINED.match(after):
        return False  # "determined to appeal": only what it determined that is a holding
    if v in ("refused", "refuses") and not _DECLINED.match(after):
        return False
    if v in ("declined", "declines", "refused", "refuses") and _BARE_END.match(text, m.end()):
        # "Boise asked the full court to review the ruling. The majority declined.": a bare
        # refusal whose object is the request to a court told in its sentence or the one before
        return _asked_of_court(text, m.start())
    if v in ("declined", "declines") and not _DECLINED.match(after):
        return False  # "declined to block", "declined the request": not "declined to comment"
    if v in ("stayed",) and _STAYED_WHERE().match(after):
        return False
    if v in ("voted", "votes"):
        # "voted 5-4 to put the plan on hold", "voted unanimously to reject"; a split vote
        # "that the law does not authorize …" is a holding too
        return bool(_VOTED_TO().match(after) or _VOTED_THAT().match(after))
    if v in ("sided with", "sides with") and _SIDED_WITH().match(after):
        return False  # how a justice voted, not what the court decided
    if v in ("sentenced", "sentences"):
        at = m.end() + (label.end() if label is not None else 0)
        return SENT_TAIL().match(text, at, limit) is not None
    if v in ("extended", "extends", "expanded", "expands", "broadened", "broadens") and re.match(
        r"\s+(?:it|them)\b", after
    ):
        # "she expanded it nationwide": ``it`` is the judge's order (a judge is the subject)
        return True
    if v.rsplit(None, 1)[-1] in ("allowed", "allows", "allow") and _UNTIL_TO_FILE().match(after):
        return False
    if _RULINGS_IN_CASES().match(after):
        return False  # "has issued orders in 11 such cases": a tally of rulings, none of them
    if _TERM_TALLY().match(after):
        return (
            False  # "split 4-3 only five times", "issued a total of 23 opinions": a term's figures
        )
    if v in ("issued", "issues", "handed down", "extended", "extends", "expanded", "expands",
             "broadened", "broadens"):  # fmt: skip
        if v in ("issued", "issues", "handed down") and _MANY_RULINGS().match(after):
            return False  # "has handed down a string of major decisions": a term's roundup
        return bool(_NOUN_SOON().match(after))
    return not (v in ("orders",) and _OF_FROM().match(after))
