"""What refers back: the phrase families ("the act", "the order", "the ruling"), the words
that block them, the head words the pass looks near, and how far back each may reach."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from ..lexicon import DATA, presidents
from .doc import Anchor
from .lazyre import lazy

DET = r"(?:[Tt]he|[Tt]his|[Tt]hat)"
# ``\b{DET}`` and ``\b[Tt]he`` written to open on their first letter, which the regex engine
# skips ahead to (a pattern opening on a word boundary is tried at every place of its
# window): the look-behind after the letter asks what the boundary before it would. The same
# places match, their words tried in the same order. (Not in a pattern whose branches open
# differently: the "order" family's, which opens on a president's name, got slower so.)
DET_B = r"(?:[Tt](?<!\w.)h(?:e|is|at|ese|ose)|[Ii](?<!\w.)ts\s+own)"
THE_B = r"[Tt](?<!\w.)he"
# Words no modifier is: articles, prepositions, verbs ("the Court will eventually rule" is
# no rule), grouped by first letter in the pattern so that a word is tried only against those
# of its letter.
_NOT_MODIFIER_WORDS = (
    "the a an that this these those both said says into to of in on for by with from and or as "
    "at is was are were be been has had have its his her their will would could should can may "
    "might must shall did does do not also Court Judge Justice Justices become became becomes "
    # a suit and what it does to the law after it ("The lawsuit challenging Tennessee's ban"
    # is the suit, then the ban: no one phrase)
    "against over about lawsuit lawsuits suit suits challenging "
    # (a determiner opening a sentence: "… that deploy “addictive features.” The law" is "The
    # law", not one phrase from "that")
    "The This That These Those"
)
NOT_MODIFIERS = _NOT_MODIFIER_WORDS.split()


def _by_letter(words: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{c}(?:{'|'.join(rests)})" for c, rests in groups.items())


ADJ = (
    rf"(?:(?!(?:{_by_letter(NOT_MODIFIERS)})\s)"
    # a nickname in double quotes ("the “anti-drag” law", "the so-called \"bathroom bill\"");
    # a day before a year ("the January 6, 2021, final rule")
    r"(?:[“\"][^“”\"\n.!?]{1,40}[”\"]|"
    # (an owner's initials in brackets after it: "the Federal Highway Administration’s (FHA)
    # rule", the initials asked of no antecedent, right or wrong)
    # two qualities joined by "and" ("this cruel and unjust law": ``anaphora`` keeps it only
    # when every word of it asks nothing of the antecedent, see ``backref_modifiers.csv``)
    r"[a-z][a-z-]+\s+and(?=\s+[a-z])|"
    # two qualities set side by side with a comma ("the harsh, outdated ban"; twenty-eighth
    # session, census41 P3): kept, like "and", only when every word asks nothing
    r"[a-z][a-z-]+,(?=\s+[a-z])|"
    r"[a-z][a-z-]+|\d{4},?|[1-3]?\d,|\$\d[\d.,]*|[A-Za-z][A-Za-z.]*(?:['’]s|s['’])(?:\s\([A-Z]{2,6}\))?|"
    r"[A-Z][A-Za-z]*-[a-z]+|"
    # a number made an adjective ("the 10-year legislation", "the 15-week ban", "the
    # 2,700-page law"): asks nothing of the antecedent, as "six-week" does
    r"\d[\d,.]*-[a-z][a-z-]*|"
    # a century ("the 18th-century law": ``anaphora`` keeps a law enacted in it)
    r"1?\d(?:st|nd|rd|th)-century|"
    # a decade ("the 1970s-era law", "the 1990s law": ``anaphora`` keeps a law enacted in it)
    r"(?:1[6-9]|20)\d0s(?:-era)?|"
    # a capitalised word ("the Texas law", "the Republican bill", "the EPA rule"): anaphora
    # links it only to an antecedent whose own words name it (``anaphora._constraint``)
    r"[A-Z][A-Za-z]+)\s+){0,4}?"
)
# An owner standing for the determiner ("Congress's law", "Newsom's bill"),
# opening on its capital letter as ``DET_B`` does on its "T".
POSS_B = r"[A-Z](?<!\w.)[\w.]*(?:['’]s|s['’])"
DETP = rf"(?:{DET_B}|{POSS_B})"
# A length of time after "for" ("for two hours", "for about an hour"): no argument "for" a thing
_FOR_A_TIME = (
    r"\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:an?|one|two|three|four|five|six|"
    r"several|\d+)\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\b"
)
# Nouns "case" modifies ("the case outcomes", "the case law", "the case file"): no suit told
CASE_MODIFIED = (
    r"(?:outcomes?|dispositions?|law|files?|loads?|counts?|numbers?|management|records?|"
    r"histor(?:y|ies)|summar(?:y|ies)|materials?|studies|study|types?|workers?|backlogs?)"
)

RECENT_PRESIDENTS = "|".join(presidents(recent=True))
# every president's surname: "the Carter EO" after "President Carter issued EO 11991"
_ALL_PRESIDENTS = "|".join(presidents())
# Words that may stand between "the" and a lowercase "act" (see the statute family)
ACT_MODIFIERS = (
    "new|landmark|sweeping|controversial|historic|bipartisan|amended|revised|contested|"
    "disputed|challenged|embattled|so-called|omnibus|sprawling|underlying|existing|entire|whole"
)


def _by_first_letter(names: tuple[str, ...]) -> tuple[str, str]:
    """The names' first letters (a character set's body) and the rest of each name behind a
    look-behind for its first letter, in the given order: ``(?:Trump|Biden|Bush)`` opening on
    "[TB]" is "(?<=T)(?:rump)|(?<=B)(?:iden|ush)" after it."""
    groups: dict[str, list[str]] = {}
    for n in names:
        if not n.isalpha():  # (as written into the pattern before: a word, no regex)
            raise ValueError(f"not a plain name: {n!r}")
        groups.setdefault(n[0], []).append(n)
    rests = "|".join(
        f"(?<={c})(?:{'|'.join(re.escape(n[1:]) for n in ns)})" for c, ns in groups.items()
    )
    return "".join(groups), rests


_PRESIDENT_FIRSTS, _PRESIDENT_RESTS = _by_first_letter(tuple(presidents(recent=True)))
# Who owns a rule in a back-reference: "the agency's", "the Department’s", "the FTC's".
OWNER = r"(?:agency|department|commission|bureau|board|administration|[A-Z][A-Za-z.]*)['’]s"


# A field of policy is no one policy: "the administration's foreign policy" (after an order
# on foreign aid) is not the order.
# (asked behind "policy" once it stands there, not at every word before it)
_POLICY_FIELDS = "".join(
    f"(?<!{w} policy)"
    for w in ("foreign", "trade", "public", "economic", "monetary", "fiscal", "domestic", "energy")
)
# What may follow "the policy" in a back-reference ("the policy would …", "the policy,
# which …"): verbs and function words, never a noun making a compound.
_POLICY_FOLLOWERS = (
    "is was were would will could can may might should must has had have does did took "
    "takes went goes remains remained also and or but that which who in on at to from for "
    "as by with without because after before until since if when while unless itself still "
    "now already never not only first effectively a an the its their his her probably likely"
)
POLICY_FOLLOWERS = "|".join(_POLICY_FOLLOWERS.split())
# "the policy" (see its families): not "the policy of …", nor a compound ("this policy
# direction", "the policy debate"): the word after it ends the phrase or is a verb or a
# function word
_POLICY = (
    rf"{DETP}\s+{ADJ}policy\b{_POLICY_FIELDS}(?=\s*[.,;:!?)\"'’”—–]|\s+(?:{POLICY_FOLLOWERS})\b|"
    # ("the policy unfairly disadvantaged …": an adverb before the verb)
    r"\s+(?:[a-z]{2,}ly\s+)?[a-z]+(?:ed|es)\b)(?!\s+(?:changes|makers|experts|analysts|issues|goals|"
    r"questions|discussions|proposals|priorities|initiatives|objectives)\b)"
)


# A bill one pays is no bill in Congress: "his hospital bill", "her phone bill"
_NOT_A_LAWS_BILL = "".join(
    f"(?<!{w} bill)"
    for w in ("hospital", "medical", "phone", "electric", "utility", "grocery", "water", "bar")
)


# A month (and its day) an order's back-reference names: "the January order", "the Jan. 20
# order", "the March 6 executive order"
_ORDER_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?:\s+[1-3]?\d(?!\d))?"
)


# The heads that refer back only to a memorandum or a policy whose row lists them, named
# shortly before (``anaphora``: as "the policy", within ``BARE_REACH``).
# ("guidance": an agency's guidance document, "the EEOC guidance", twenty-sixth session)
ACTION_HEADS = frozenset({"memo", "freeze", "pause", "program", "pardons", "letter", "guidance"})


@dataclass(frozen=True)
class Family:
    # the phrase's pattern source, compiled where used (anaphora's ``_plain``/``_owned``): a
    # short article needs two or three families, and compiling all at import cost its
    # start-up about 14 ms
    pattern: str
    kinds: tuple[str, ...]
    landmarks: bool = True  # may refer back to a case known by its reporter citation
    nearest: bool = False  # on a tie, the nearest candidate wins (the decision just discussed)
    proximity: bool = True  # a clearly nearer candidate wins; else only salience decides
    not_after: re.Pattern[str] | None = None  # words that make the phrase an idiom
    heads: frozenset[str] = frozenset()  # its head words (lowercase); the pattern runs near them
    plural: bool = False  # refers back to a list the article named ("H.B. 1 and S.B. 2 … both")


FAMILIES = (
    # "the two laws", "these bills", "both measures", "the orders", "the lawsuits": the list of
    # them the article named just before (anaphora links the list's first)
    Family(
        (
            r"[TtBbAa](?<!\w.)(?:(?<=[Tt])h(?:e|ese|ose)|(?<=[Bb])oth|(?<=[Aa])ll)\s+"
            r"(?:(?:two|three|four|five|both|twin|companion)\s+)?"
            rf"{ADJ}(?:laws|statutes|bills|measures|executive\s+orders|orders|lawsuits|bans)\b"
            r"(?!\s+of\b)"
        ),
        ("statute", "bill", "executive-action", "case"),
        heads=frozenset({"laws", "statutes", "bills", "measures", "orders", "lawsuits", "bans"}),
        plural=True,
    ),
    Family(
        (
            rf"(?:{DETP}\s+{ADJ}(?:law|statute)\b|"
            # "the 1968 act", "the 1917 Act": a year alone may stand before it (``anaphora``
            # keeps an act of that year); "the landmark act", "the controversial Act": a word
            # that asks nothing and is no idiom's ("the balancing act", "a tough act to
            # follow" stay out). (One branch: each "the" is tried once.)
            rf"{DET_B}\s+(?:(?:{ACT_MODIFIERS}|(?:1[789]|20)\d\d)\s+)?"
            # ("the act as a senator" is the law; "the act as if", "act as a check" are not;
            # "lawsuits under the act to be filed in the D.C. Circuit" is the law, "a tough act
            # to follow" is not; "allowing the act to stand", "for the act to take effect": the
            # law, with what becomes of a law after it)
            r"(?:act\b(?!\s+(?:of|on|as\s+(?:if|though|a\s+(?:check|brake|bridge|deterrent|"
            r"buffer|shield|catalyst))|to(?!\s+(?:be|stand|remain|survive|expire|lapse|"
            r"(?:take|go\s+into|come\s+into)\s+effect)\b)|in|quickly|now|fast|alone|"
            r"together)\b)|"
            # ("under the ACT" in capitals, as a firm's note writes it; not "the ACT" alone,
            # the college test)
            r"Act\b|(?<=[Uu]nder\s[Tt]he\s)ACT\b))"
            r"(?![-–])"
        ),
        ("statute",),
        heads=frozenset({"law", "statute", "act"}),
    ),
    Family(
        rf"{DETP}\s+{ADJ}legislation\b",
        ("statute", "bill"),
        heads=frozenset({"legislation"}),
    ),
    # "the package": a bill or the law it became ("the $1.2 trillion package")
    Family(
        rf"{DETP}\s+{ADJ}package\b",
        ("statute", "bill"),
        heads=frozenset({"package"}),
    ),
    # "the deal", "the stopgap": the one spending or budget measure the article names
    # ("the Consolidated Appropriations Act, 2019 … the deal"); anaphora keeps only such a
    # measure, and only when the article names exactly one
    Family(
        # ("today's tax deal": the day's own, as a press release writes of the bill it voted)
        rf"(?:{DETP}|[Tt](?<!\w.)oday['’]s)\s+{ADJ}(?:deal|stopgap)\b(?![-–])",
        ("statute", "bill"),
        heads=frozenset({"deal", "stopgap"}),
    ),
    # "the Proclamation" (a page's defined term), "the presidential proclamation": a family
    # of its own, so that it runs only near the word (the order family runs near every
    # "order")
    Family(
        rf"{DET_B}\s+(?:(?:(?:president['’]s|presidential)\s+)?Proclamation|"
        r"(?:president['’]s|presidential)\s+proclamation)\b",
        ("executive-action",),
        heads=frozenset({"proclamation"}),
    ),
    # "the measure": a bill or law, or a rule ("the public charge rule … the measure"), or a
    # memorandum or policy whose ``executive_actions.csv`` row lists the word (the funding
    # freeze: ``anaphora._kind_ok``), or the section a ballot measure voters adopted made
    # ("Amendment 3 … the ballot measure": ``anaphora._ballot_section``)
    Family(
        rf"{DETP}\s+{ADJ}measure\b",
        ("statute", "bill", "regulation", "executive-action", "constitution"),
        heads=frozenset({"measure"}),
    ),
    # "the initiative", "the ballot initiative": a ballot proposition named before it
    # ("Proposition 4 … The initiative, better known as Prop 4, …": ``anaphora._kind_ok``)
    Family(
        rf"{DETP}\s+{ADJ}initiative\b(?![-–])",
        ("statute", "constitution"),
        heads=frozenset({"initiative"}),
    ),
    # "the resolution", "this joint resolution": a resolution of Congress by number named
    # before it ("S.J.Res. 18 … passed the Senate … the resolution ended up passing the
    # House"; anaphora keeps only H.J.Res./S.J.Res./H.Res./… numbers), never "the resolution
    # of the dispute" (only "of disapproval" may follow)
    Family(
        rf"{DETP}\s+{ADJ}resolution\b(?!\s+of\s+(?!disapproval\b))",
        ("bill",),
        heads=frozenset({"resolution"}),
    ),
    # "the ban": a law, bill, rule or order that bans something ("Texas Senate Bill 8 bans
    # abortion … the ban", "the six-week ban", "Trump's travel ban … the ban")
    Family(
        rf"{DETP}\s+{ADJ}ban\b(?![-–])",
        ("statute", "bill", "regulation", "executive-action"),
        heads=frozenset({"ban"}),
    ),
    # "the requirement", "the mandate", "the prohibition": a law or bill whose own words say
    # it requires or bans that (``anaphora._duty_told``: "SB 10 requires schools to post …
    # The requirement"); never "the requirement of/that/to …", which says another
    Family(
        (
            rf"{DETP}\s+{ADJ}(?:requirement|mandate|prohibition)\b(?![-–])"
            r"(?!\s+(?:of|that|for|to|against)\b)"
        ),
        ("statute", "bill"),
        heads=frozenset({"requirement", "mandate", "prohibition"}),
    ),
    # "the House bill", "its Senate companion", "the Senate version", "the senators' bill": the
    # bill of that chamber among the article's bills (anaphora keeps only those of the chamber
    # named)
    Family(
        (
            r"[TtIi](?<!\w.)(?:(?<=[Tt])he|(?<=[Ii])ts|(?<=[Tt])heir)\s+(?P<chamber>House|Senate|"
            r"[Ss]enators['’]|[Rr]epresentatives['’])(?:['’]s)?(?:-passed|-approved)?\s+"
            r"(?:(?:passed|approved|Republican|Democratic|GOP)\s+)?"
            r"(?:bill|version|companion|measure|legislation)\b"
        ),
        ("bill", "statute"),
        heads=frozenset({"bill", "version", "companion", "measure", "legislation"}),
    ),
    # "the final version", "the enacted version", "the final enacted version": the law (or
    # bill) as it was passed, the one the article told before; never "the final version of
    # …", which names its own (issue 13, twentieth session)
    Family(
        (
            rf"{DET_B}\s+(?:(?:final|finalized|enacted|signed|adopted|approved)\s+){{1,2}}"
            r"version\b(?!\s+of\b)"
        ),
        ("statute", "bill"),
        heads=frozenset({"version"}),
    ),
    # "the provision": a section named before it ("Section 230 …, the provision"), of a law
    # or of a constitution ("Article 1, Section 1 … the provision": ``anaphora._kind_ok``)
    Family(
        rf"{DET_B}\s+{ADJ}provision\b",
        ("statute", "constitution"),
        heads=frozenset({"provision"}),
    ),
    # "the exemption", "this exemption": a section news calls an exemption, named as one
    # before it ("The FLSA white-collar exemptions apply to … To qualify for this exemption,
    # …"; twenty-fourth session); not "an exemption from …", "the exemption for …", which
    # name their own
    Family(
        r"[Tt](?<!\w.)h(?:e|is|at)\s+exemption\b(?!\s+(?:from|for|of|to|under)\b)",
        ("statute",),
        heads=frozenset({"exemption"}),
    ),
    # "the proposal": a bill, a rule still proposed, or an act whose bill is known (anaphora
    # keeps only those)
    Family(
        rf"{DET_B}\s+{ADJ}proposal\b(?!\s+(?:to|for|of|that)\b)",
        ("bill", "regulation", "statute"),  # (an act only when its bill is known)
        heads=frozenset({"proposal"}),
    ),
    # "the bill": a bill, or an act named while it was still one (its bill is known); also
    # "the bill sponsors" (twenty-fourth session: readers' gold disagrees there, and it names
    # the right bill, so it stays a link rather than a lost one)
    Family(rf"{DETP}\s+{ADJ}bill\b", ("bill", "statute"), heads=frozenset({"bill"})),
    # "their legislation", "his bill", "her measure": a sponsor's bill, as "the bill" (not
    # "its", a company's or an agency's; nor "his bill" a judge's sentence tells of)
    Family(
        (
            r"[TtHh](?<!\w.)(?:(?<=[Tt])heir|(?<=[Hh])is|(?<=[Hh])er)\s+"
            rf"{ADJ}(?:bill{_NOT_A_LAWS_BILL}|legislation|measure(?!\s+of\b))\b(?![-–])"
        ),
        ("bill", "statute"),
        heads=frozenset({"bill", "legislation", "measure"}),
    ),
    Family(
        (
            # ``\b(?:{RECENT_PRESIDENTS})['’]s…|\b[Hh]is…|\b{DET}…``, opening on the first
            # letter as ``DET_B`` does: each branch (and each name) tried in the same order
            rf"[{_PRESIDENT_FIRSTS}HhTt](?<!\w.)(?:(?:{_PRESIDENT_RESTS})['’]s\s+"
            r"(?:(?:[A-Z][a-z]+\.?\s+\d{1,2}|new|latest|executive)\s+)?"
            # ("Trump's action", "Biden's executive action": not what he does about something,
            # "Trump's action on tariffs", "his action to …")
            r"(?:order|directive|memorandum|proclamation|"
            r"action(?!\s+(?:on|to|against|in|plan|over|toward|towards|that|was\s+taken)\b))\b"
            r"|(?<=[Hh])is\s+(?:(?:original|initial|revised|first|second|previous)\s+)?"
            r"(?:(?:executive\s+)?order\b(?!\s+to\b)|directive\b|proclamation\b)|"
            # ("the original order", "the revised executive order": which of the article's
            # orders, told by signing day in ``anaphora._by_signing``)
            r"(?<=[Tt])h(?:e|is|at)\s+(?:(?:original|initial|revised|previous|earlier|new)\s+)?"
            # whose it is ("the president's executive order", "the administration's order",
            # "the White House order") and when it was signed ("the January order", "the
            # Jan. 20 executive order": ``anaphora._signed_as_told`` keeps an order signed
            # then)
            # ("the President's order", "the Republican president's order")
            # ("The Trump administration's executive order": a president's name before it)
            r"(?:(?:(?:Republican\s+|Democratic\s+)?[Pp]resident['’]s|presidential|"
            rf"(?:(?:{_ALL_PRESIDENTS})\s+)?administration['’]s|White\s+House(?:['’]s)?)"
            # ("the president's sweeping order", "the administration's new executive order":
            # one word of its own after the owner)
            r"\s+(?:(?:new|latest|recent|sweeping|controversial|original|revised|earlier)\s+)?"
            rf")?(?:{_ORDER_MONTH}\s+)?"
            # ("the Carter order", "the Obama executive order": ``anaphora._signed_by``)
            rf"(?:(?:{_ALL_PRESIDENTS})\s+)?"
            r"(?:executive\s+)?(?:order|directive)\b|"
            # "the executive action", "this executive action": a president's order
            r"(?<=[Tt])h(?:e|is|at)\s+executive\s+action\b|"
            r"(?<=[Tt])h(?:e|is|at)\s+(?:(?:president['’]s|presidential)\s+)?memorandum\b|"
            # "the EO", "the E.O.", also ending a sentence ("implementing the EO.")
            rf"(?<=[Tt])h(?:e|is|at)\s+(?:(?:{_ALL_PRESIDENTS})\s+)?(?:EO(?!\w|\.\w)|E\.O\.(?!\w))|"
            # "The Executive Order adversely affects …" (not one with its number after it)
            r"(?<=[Tt])h(?:e|is|at)\s+Executive\s+Order\b(?!\s+(?:No\.|\d))|"
            r"(?<=[Tt])h(?:e|is|at)\s+proclamation\b)"
        ),
        ("executive-action",),
        heads=frozenset(
            {"order", "eo", "e.o.", "proclamation", "directive", "memorandum", "action"}
        ),
    ),
    Family(
        (
            # (the branches that open on "T"/"t" in one group, "its" after them: the regex
            # engine then tries their common opening once at each "t", not once a branch; no
            # branch of one group matches where one of the other does, so none is lost)
            # (not "the administrative rule-making process": the making of rules)
            rf"(?:{DETP}\s+{ADJ}(?:rule|regulations?|plan)\b(?!-\w)|"
            # "the new rules", "the agency's final rules": plural only with such a word
            rf"{DET_B}\s+(?:new|final|proposed|interim\s+final|{OWNER})\s+"
            r"(?:(?:new|final|proposed)\s+)?rules\b|"
            # "these rules", "those regulations" after rules named as such
            rf"[Tt](?<!\w.)h(?:ese|ose)\s+{ADJ}rules\b|"
            # "the Department’s Final Rule", "the Commission's Proposed Rules", "Defendants’
            # Final Rule" (an owner standing for the determiner, as a court's filing names it)
            # ("the 2024 DOL Final Rule", "the DOL Final Rule": a year, an agency's initials)
            # ("the Biden DOL's Final Rule", "the agency's 2024 Final Rule": a president's
            # agency, a year after the owner)
            rf"(?:{DET_B}\s+(?:(?:19|20)\d\d\s+)?(?:(?:{RECENT_PRESIDENTS})\s+)?"
            rf"(?:{OWNER}\s+|[A-Z]{{2,6}}\s+)?(?:(?:19|20)\d\d\s+)?|{POSS_B}\s+)"
            r"(?:(?:Interim\s+)?Final|Proposed)\s+Rules?\b|"
            # "The final FTC Rule": the word before an agency's initials and the defined term
            # (census46 P5)
            rf"{DET_B}\s+(?:final|Final)\s+[A-Z]{{2,6}}\s+Rules?\b(?!\s+(?:of|Committee)\b)|"
            # a rule as a defined term ("the Rule", "the Final Rules"); not "the Rule of Law";
            # also by its year ("the 2024 Rule", "the 2024 Privacy Rule": only a rule of that
            # year named before, ``anaphora``'s year filter); "That Rule", "This Rule"
            rf"[Tt](?<!\w.)h(?:e|is|at)\s+(?:(?:19|20)\d\d\s+(?:[A-Z][a-z]+\s+)?)?Rules?\b"
            r"(?!\s+(?:of|Committee)\b)|"
            # "the rules" alone: only a rule named shortly before (``anaphora.BARE_REACH``);
            # not "the rules of …", "the rules committee", "the rules governing …"
            rf"{THE_B}\s+rules\b(?!\s+(?:of|committee|governing|that\s+govern)\b)(?![-–])|"
            # an interim final rule by its initials ("The IFR limits asylum", "this IFR")
            rf"[Tt](?<!\w.)h(?:e|is)\s+IFR\b|"
            # a rule of standards ("the EPA's pollution standards for power plants … the new
            # standards"); not a court's "standards of review" or "for an injunction", nor
            # standards another thing sets ("the standards established by a federal plan")
            rf"{DET_B}\s+{ADJ}standards\b(?!\s+(?:of|for\s+(?:a|an|granting|issuing|review)"
            r"|(?:established|set|imposed|adopted|required)\s+(?:by|in|under))))|"
            # "The Trump EPA's action", "the administration's action", "the current DOE's
            # action": an agency's rule told as its action (``anaphora``: only the one rule
            # of that agency, or of that administration, the article names and no rule undoes)
            rf"{DET_B}\s+(?:(?:current|prior|previous)\s+)?(?:(?:{RECENT_PRESIDENTS})\s+)?"
            r"(?:administration|[A-Z][A-Za-z]{1,7})['’]s\s+action\b"
            r"(?!\s+(?:on|to|against|in|plan|over|toward|towards|that|was\s+taken)\b)|"
            # "its rule", "its new regulations", "its rules", "its Final Rules" (a filing's
            # defined term): the agency's, named shortly before
            # ("its Final Rule": the defined term, as "the Final Rule")
            r"[Ii](?<!\w.)ts\s+(?:(?:new|final|Final|own|latest|interim\s+final)\s+)?"
            r"(?:rules?|Rules?|regulations?)\b(?!\s+(?:of|on|that|for|to|requiring|banning)\b)"
        ),
        ("regulation",),
        heads=frozenset(
            {"rule", "rules", "regulation", "regulations", "plan", "ifr", "standards", "action"}
        ),
    ),
    # "the ban", "the mandate": a rule called a ban or a mandate ("the FTC's noncompete ban")
    Family(
        (
            rf"{DET_B}\s+(?:(?:new|federal|nationwide|agency['’]s|final|proposed)\s+)?"
            r"(?:ban|mandate)\b(?!\s+on\b)"
        ),
        ("regulation",),
        heads=frozenset({"ban", "mandate"}),
    ),
    # "The standard", "the lower standard" (census32 P1): a rule named as a standard or NAAQS
    # before it (``anaphora._kind_ok``); not a test's "standard of review", "the standard
    # for an injunction", "the standard deduction", "the gold standard"
    Family(
        (
            rf"{DET_B}\s+(?:(?:new|lower|higher|stricter|tougher|tighter|weaker|looser|revised"
            r"|updated|current|existing|annual|daily)\s+)?standard\b(?![-–])"
            r"(?!\s+(?:of|for|to|deduction|practice|procedures?|operating|that|is\s+whether)\b)"
        ),
        ("regulation",),
        heads=frozenset({"standard"}),
    ),
    # "this burdensome federal mandate" in a critic's quotation (twenty-third session): a
    # demonstrative, one word of judgment and "federal" before "mandate" is the one federal
    # rule the article names, even one it never calls a mandate (``anaphora``: only where it
    # names one rule and no other, and only inside quotation marks)
    Family(
        r"[Tt](?<!\w.)h(?:is|at)\s+[a-z][a-z-]+\s+federal\s+mandate\b(?!\s+on\b)",
        ("regulation",),
        heads=frozenset({"mandate"}),
    ),
    # "the policy": a rule or an order named shortly before (``anaphora.BARE_REACH``): "its
    # public charge rule … the policy would scare families"; not "the policy of …" ("It is
    # the policy of the United States"), nor a compound ("this policy direction", "the policy
    # debate"): the word after it ends the phrase or is a verb or a function word
    Family(_POLICY, ("regulation", "executive-action"), heads=frozenset({"policy"})),
    # "this policy", "the policy": a law named in the phrase's own sentence or the one before
    # ("Enacted as the Dale Act in 2001, this policy let …"; ``anaphora``: never a section
    # cited by number, never across a rule or an order named since, and only one law there)
    Family(_POLICY, ("statute",), heads=frozenset({"policy"})),
    # "the memo", "the freeze", "the pardons", "the letter": a memorandum, a policy (an
    # agency's guidance letter) or a proclamation of
    # ``executive_actions.csv`` named shortly before whose row lists the word
    # (``anaphora._kind_ok``); "the DACA program" itself is the pass's own mention
    Family(
        rf"{DETP}\s+{ADJ}(?:memo|freeze|pause|program|pardons|letter|guidance(?!\s+letters?\b))\b(?![-–])",
        ("executive-action",),
        heads=ACTION_HEADS,
    ),
    # "the plan": a policy of ``executive_actions.csv`` whose row lists the word, named
    # shortly before ("Trump's proposed end to birthright citizenship … the plan"); as
    # "the policy", within ``anaphora.BARE_REACH``
    Family(
        rf"{DETP}\s+{ADJ}plan\b(?![-–])",
        ("executive-action",),
        heads=frozenset({"plan"}),
    ),
    # "the tariffs": the order that imposed them, named shortly before (``anaphora``:
    # "Executive Order 14257 imposing reciprocal tariffs … arguing the tariffs exceeded his
    # authority"); not tariffs a statute's section imposed ("the tariffs under Section 232")
    Family(
        rf"{DETP}\s+{ADJ}tariffs\b(?!\s+(?:imposed\s+)?under\b)",
        ("executive-action",),
        heads=frozenset({"tariffs"}),
    ),
    # "The Order" (its capital says a defined term): an agency's order named before it ("the
    # FCC released the Net Neutrality Order … The Order would give the Commission …"); the
    # FCC's and FERC's rules are orders (``anaphora._kind_ok``: an antecedent called an Order);
    # or a president's, as law firms' and agencies' pages write of one ("Executive Order 14xxx
    # … This Order directs …")
    Family(
        rf"{DET_B}\s+Order\b(?!\s+(?:No\.|\d))",
        ("regulation", "executive-action"),
        heads=frozenset({"order"}),
    ),
    # "that clause", "the Clause": a regulation's provision named as a clause before it
    Family(
        rf"{DET_B}\s+(?:[a-z-]+\s+)?[Cc]lause\b",
        ("regulation",),
        heads=frozenset({"clause"}),
    ),
    # "the constitution" (lowercase: "the Constitution" is the nation's): only a state
    # constitution's section named by article and section before it ("Article 5, Section 1,
    # of the Arkansas Constitution … the procedure set out in the constitution":
    # ``anaphora._kind_ok``)
    Family(
        r"\b[Tt]he\s+constitution\b(?!['’]s|al)",
        ("constitution",),
        heads=frozenset({"constitution"}),
    ),
    # ("the constitutional amendment": only a state's section a ballot measure made)
    Family(
        rf"{DET_B}\s+(?:constitutional\s+)?amendment\b",
        ("constitution",),
        heads=frozenset({"amendment"}),
    ),
    # The lawsuit an article is about: only a case named earlier without a reporter citation
    # (a landmark precedent is not "the lawsuit").
    Family(
        (
            # (``\b(?:{DET}|[Aa]|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+…|\b[Tt]he\s+court\s+case\b``,
            # opening on the first letter as ``DET_B`` does, each word tried in the same order)
            r"[TtAaHhIi](?<!\w.)(?:(?:(?<=[Tt])he|(?<=[Tt])his|(?<=[Tt])hat|(?<=[Aa])|"
            r"(?<=[Hh])is|(?<=[Hh])er|(?<=[Ii])ts|(?<=[Tt])heir)\s+(?:(?:federal|new)\s+)?"
            r"(?:lawsuit|suit)\b"
            r"|(?<=[Tt])he\s+court\s+case\b)"
        ),
        ("case",),
        landmarks=False,
        heads=frozenset({"lawsuit", "suit", "case"}),
    ),
    # "the Texas lawsuit", "the states' suit", "the complaint", "the petition" (not "the
    # petition drive"; not "the challenge", too often the difficulty); "the litigation", "the
    # pending litigation", "this legal action" (not "took legal action": no determiner)
    Family(
        rf"{DETP}\s+{ADJ}(?:lawsuit|suit|complaint|petition(?!\s+drive)|litigation|"
        r"(?<=[Ll]egal\s|[Cc]ourt\s)action)\b(?![-–])",
        ("case",),
        landmarks=False,
        heads=frozenset({"lawsuit", "suit", "complaint", "petition", "litigation", "action"}),
    ),
    Family(
        rf"{THE_B}\s+(?:[A-Z][a-z]+\s+)?indictment\b",
        ("case",),
        landmarks=False,
        heads=frozenset({"indictment"}),
    ),
    Family(
        rf"{THE_B}\s+(?:majority|plurality|court['’]s)\s+opinion\b",
        ("case",),
        nearest=True,
        heads=frozenset({"opinion"}),
    ),
    # "The case" / "this case": the case the article is about, precedent or lawsuit; only
    # when one case leads (no nearest-wins: "of the case" after a string of precedents is
    # still the case at hand). Not the idioms ("the case for", "that is the case").
    Family(
        (
            # (not "in this case", in this instance; "filed a brief in the case" is one)
            r"[Tt](?<!\w.)h(?:e|(?<![Ii]n\s[Tt]h)is)\s+"
            # "this Supreme Court case"; "the Minnesota case" (``anaphora``: a case whose own
            # words or sentences name Minnesota)
            r"(?:(?:Supreme\s+Court|[Hh]igh\s+[Cc]ourt|appeals\s+court|federal|[A-Z][a-z]+)\s+)?"
            r"case\b"
            # ("the case for tariffs" is an argument; "both sides of the case for two hours"
            # is the suit, a length of time after it)
            rf"(?!\s+(?:for(?!{_FOR_A_TIME})|of|that|against|with|in\s+point)\b)"
            # ("the case outcomes", "the case law": "case" modifies the noun after it)
            rf"(?!\s+{CASE_MODIFIED}\b)"
            r"(?![-–])(?!,?\s+[A-Z0-9])"  # "the case Boy Scouts of America v. Dale" is a name
        ),
        ("case",),
        proximity=False,
        # ("that is the case", not the question "What is the case about?")
        not_after=re.compile(
            r"\b(?:(?<![Ww]hat\s)(?<![Hh]ow\s)(?<![Ww]here\s)(?:is|was)|make|makes|made|any)\s+$"
        ),
        heads=frozenset({"case"}),
    ),
    # "Their case is being heard this week", "Her case was dismissed": the suit of the
    # parties the article is about, as "the case" is. Not "in her case" (in her instance),
    # not the argument someone makes, presses or rests ("made his case to voters", "argued
    # their case"), nor "her case for …", "his case of the flu".
    Family(
        (
            r"[TtHhIi](?<!\w.)(?<![Ii]n\s.)"
            r"(?:(?<=[Tt])heir|(?<=[Hh])er|(?<=[Hh])is|(?<=[Ii])ts)\s+case\b"
            r"(?!\s+(?:for|of|that|against|with|to|in\s+point)\b)(?![-–'’])(?!,?\s+[A-Z0-9])"
        ),
        ("case",),
        proximity=False,
        not_after=re.compile(
            r"\b(?:make|makes|made|making|argue[sd]?|arguing|press(?:ed)?|rest(?:s|ed)?|"
            r"state[sd]?|plead(?:ed)?|build|built|present|explain(?:ed)?|any)\s+$"
        ),
        heads=frozenset({"case"}),
    ),
)
# Words that make "the law"/"the act"/"the rule" something else.
BLOCK_AFTER = re.compile(
    r"^(?:['’]s\s+(?:firm|school)|\s+(?:enforcement|firm|firms|school|schools|"
    r"professor|professors|student|students|clerk|clerks|office|offices|partner|review|"
    # "take away the law making responsibilities of the legislature": lawmaking (not "the
    # law making it a crime to …")
    r"making\s+(?:responsibilit|power|authorit|process|bod)|"
    # "This rule proposal is the second step": the proposal, not the rule named before it
    r"proposal|proposals|"
    r"of\s+(?:the\s+(?:land|state)\b|war|nature|physics|averages|gravity|unintended|supply)|of\s+law|"
    r"of\s+Congress|of\s+war|of\s+God|in\s+question\s+of|in\s+which|of\s+the\s+day|"
    r"is\s+the\s+law|"
    # "The regulations that resulted cover …", "the rules that followed": what came of the
    # law or rule named before, not it
    r"that\s+(?:resulted|followed|flowed|stemmed|grew\s+out)\b|"
    # "the statute of limitations", "the statute of repose", "the statute of frauds"
    r"of\s+(?:limitations?|repose|frauds)\b|"
    r"of\s+business|of\s+events|of\s+magnitude|of\s+succession|of\s+operations|"
    # "the bill of rights", "a bill of attainder", "the order of protection"
    r"of\s+(?:[Rr]ights|attainder|lading|sale|particulars|exchange|costs|protection|"
    r"precedence|battle)\b))",
)
# "law" as the first word of a compound ("local law enforcement agencies", "a law firm", "law
# school", "a law professor"): no law at all, so no phrase ending in it is one (read after the
# head word by the passes that describe a law: ``described_laws``, ``statedesc``)
LAW_COMPOUND_AFTER = lazy(
    r"(?:['’]s)?\s+(?:enforcement|firms?|schools?|professors?|students?|clerks?|partners?|"
    r"review|journal)\b"
)
# What bare "the order" is said to do or undergo, where an article tells of a president's
# order and a court's: a court's order is appealed, stayed or reviewed, and blocks or stops
# what it enjoins ("until the order is reviewed on appeal", "the order will block
# implementation"); a president's is signed, aimed at something, directs agencies, or
# violates the Constitution ("argued the order violated the 14th Amendment"). Read right
# after the phrase by ``anaphora`` and by the ruling nouns (``rulings.nouns``).
COURT_ORDER_AFTER = lazy(
    r"\s+(?:(?:is|was|be|being|has\s+been|had\s+been)\s+(?:appealed|stayed|reviewed\s+on\s+appeal|"
    r"under\s+appeal|on\s+appeal|lifted|dissolved)\b|(?:will|would)\s+(?:block|stop|halt|bar|enjoin)|"
    r"(?:blocks|bars|halts|enjoins)\s|"
    # "the order blocked the administration from …" (not "the order blocked by the judge",
    # "the order blocked last week": a president's order the court blocked)
    r"(?:blocked|barred|halted|enjoined)\s+(?!by\b|in\b|on\b|last\b|this\b|after\b|when\b|"
    r"earlier\b|[,.;])|"
    # "the order will remain in effect while the lawsuit proceeds": a court's, pending the suit
    r"(?:will|would|is\s+to)\s+remain\s+in\s+(?:effect|place|force)\s+(?:while|until|pending)\b)"
)
EO_ORDER_AFTER = lazy(
    r"\s+(?:(?:is|was|has\s+been|had\s+been)\s+signed\b|(?:was\s+)?aimed\s+at\b|"
    r"direct(?:s|ed)\s+(?:all\s+)?(?:federal\s+)?agencies\b|"
    r"(?:violat|breach)(?:es|ed)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:Amendment|Constitution|"
    r"rights)\b|"
    # "warned the order would (also) violate the staff's rights": a court's order is in
    # force, not said to be about to violate anything
    r"(?:would|will|could)\s+(?:not\s+only\s+|also\s+)?(?:violate|breach)\b|"
    # "If the order is implemented", "the order exempts several departments", "the order was
    # rescinded": what is put into effect, carves out agencies or is revoked is a president's
    r"(?:be|is|was|were|being|been)\s+(?:fully\s+)?implemented\b|exempt(?:s|ed)\s|"
    r"(?:is|was|has\s+been|had\s+been)\s+(?:rescinded|revoked)\b)"
)
# "the provision of medical coverage", "the provision of services": the act of providing, not
# a clause of a law. "The provision of the act", "… of Section 8", "… of Title VII" stay.
PROVIDING_OF = re.compile(
    r"\s+of\s+(?!(?:the|this|that|its|their|an?)\s+(?:[\w-]+\s+){0,4}?(?:[Aa]ct|[Ll]aw|"
    r"[Ss]tatute|[Cc]ode|[Cc]onstitution|[Aa]mendment|[Bb]ill|[Rr]ule|[Rr]egulation|[Oo]rder|"
    r"[Tt]reaty|[Oo]rdinance|[Cc]harter|[Ss]ection|[Tt]itle|[Cc]lause|[Pp]olicy)s?\b)"
    r"(?![A-Z§]|[Ss]ection|[Tt]itle)"
)
BLOCK_BEFORE = re.compile(
    r"(?:\babove|\bbreak(?:s|ing)?|\bbroke|\bcaught\s+in|\blaw\s+is|"
    # the law as such: "it is duty bound to follow the law", "obey the law"
    r"\b(?:duty\s+bound\s+to\s+)?(?:follow(?:s|ed|ing)?|obey(?:s|ed|ing)?)|"
    # "the EPA's decision … ignores the law": the law as such, not one told before
    r"\bignor(?:e|es|ed|ing)|"
    # the law as such: "the decision is wrong on the law", "right on the law"
    r"\b(?:wrong|right|correct|incorrect|mistaken)\s+(?:on|about|as\s+to)|"
    # the law as such: "equal under the law", "the letter of the law"
    r"\b(?:equal(?:ly)?|equality|protection)\s+(?:under|before)|"
    # the law as a field: "a complicated corner of the law", "an area of the law"
    r"\b(?:letter|eyes|extent|ignorance|spirit|majesty|arm|long\s+arm|corners?|areas?|"
    r"fields?|branch(?:es)?)\s+of)\s+$",
    re.IGNORECASE,
)
BLOCK_ADJ = re.compile(
    # ("gag": a gag rule or order; an "ag-gag law" is a law)
    r"\b(?:same|other|next|first|last|second|final\s+four|rule|golden|(?<!ag-)gag|"
    r"filibuster|local|city|common|martial|criminal|international|federal\s+criminal|"
    r"natural|case|family|constitutional|"
    r"proposed\s+new|balancing|vanishing|disappearing|opening|closing|high-wire|juggling|"
    r"political|physical|sexual|violent|one|two|three|60-vote|two-thirds|conference|league|"
    r"club|team|company|game|house|office|party|union|church|school|"
    # a superlative ranks a law among others ("the IIJA represents the most significant
    # federal infrastructure legislation", "the strictest ban in the nation"): no back-reference
    r"most|least|best|worst|biggest|largest|greatest|strongest|toughest|strictest|broadest|"
    r"harshest|highest|lowest|oldest|earliest|widest)\b(?!-)"
)
# For "the ban" only these: "the abortion ban", "the state's ban" are the law; "the federal
# ban", "the proposed ban" are another.
BLOCK_BAN_ADJ = re.compile(
    r"\b(?:same|other|next|first|last|proposed|federal|national|nationwide|new|earlier|"
    r"previous|old|original|similar|temporary)\b"
)
# What a ban's antecedent says it does: "SB 8 bans abortion", "a law banning …".
BANS = re.compile(
    r"\b(?:[Bb]an|bans|banned|banning|prohibit\w*|outlaw\w*|bars|barred|barring|forbid\w*|"
    # "The act makes it unlawful to distribute …", "a law making it a crime to …"
    r"mak(?:es|ing|e)\s+it\s+(?:unlawful|illegal|a\s+crime)|"
    # a travel ban: "a proclamation suspending travel to the U.S.", "suspends the entry of …",
    # "restricting entry for nationals of …"
    r"(?:suspend|restrict)(?:s|ed|ing)?\s+(?:the\s+)?(?:travel|entry|entrance|admission|"
    r"immigration))\b"
)


# Every back-reference ends in one of these heads; the families only run near one.
def head_words() -> tuple[str, ...]:
    """The words a back-reference ends in ("act", "Orders", "rule"), capitalised or not."""
    stems = ("act", "law", "statute", "order", "rule", "regulation")  # also with "s"
    single = "legislation measure bill proclamation plan amendment lawsuit suit case provision"
    single += " opinion package ban mandate clause version companion standards standard directive"
    single += " memorandum complaint petition bills measures lawsuits proposal policy tariffs"
    single += " deal stopgap memo freeze pause program resolution action litigation"
    single += " requirement prohibition pardons letter bans exemption constitution guidance"
    single += " initiative"
    out: list[str] = []
    for w in [*stems, *(s + "s" for s in stems), *single.split()]:
        out += [w, w[0].upper() + w[1:]]
    return (*out, "indictment", "EO", "IFR", "ACT")


# A whole word; "E.O." before anything ("the Reagan E.O. gave …", "the E.O.'s text": the
# family's pattern asks what follows it).
HEAD_ANCHOR = Anchor("anaphora_head", head_words(), 70, 12, "word", "word")
HEAD_EO = Anchor("anaphora_head_eo", ("E.O.",), 70, 12, "word", "")
WINDOW = 2500
FAR = 1200
LEAD = 800  # an article's opening: what it names there is what it is about
NEAR = 600
CLOSE = 250


# Words between a back-reference's determiner and its head, from ``backref_modifiers.csv``:
# those that say nothing about which law it is ("the new law", "the controversial measure"),
# those that ask for a state's law or a federal one, and subjects ("the abortion law": only a
# law the article ties to abortion). Any other word ("the overtime rule") only prefers the
# antecedents that hold it, and a capitalised one ("the Texas law", "the EPA rule",
# "Newsom's bill") must be among the antecedent's own words or the sentences naming it.
def _modifier_rows() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    with (DATA / "backref_modifiers.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["asks"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in out.items()}


_MODIFIERS = _modifier_rows()
GENERIC_MODIFIERS = _MODIFIERS["nothing"]
STATE_MODIFIERS = _MODIFIERS["state"]  # (compared without a possessive ending)
FEDERAL_MODIFIERS = _MODIFIERS["federal"]
SUBJECT_MODIFIERS = _MODIFIERS["subject"]
# Adjective endings: a word so ending qualifies the law rather than naming its topic.
GENERIC_SUFFIXES = ("ed", "ous", "ive", "ic", "ful", "less", "able", "ible", "ing", "ary")
