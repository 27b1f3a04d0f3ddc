"""Federal indictments for the ``cases`` pass: a federal prosecution is captioned "United
States v. <defendant>", so "a federal grand jury indicted John Smith" names that case.
"""

from __future__ import annotations

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred, lazy

_WHO = r"(?P<who>(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?){0,2}[A-Z][a-z]+(?:\s+(?:Jr|Sr)\.)?)"
# A name after the verb, with a title before it ("former FBI Director James Comey", "Rep.
# LaMonica McIver"): its surname is read off the run of capitals (``_RUN_ON``).
_ABBREV = r"(?:Rep|Sen|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|St|Jr|Sr)\."
_WHO_AFTER = (
    r"(?:(?:former|ex-|then-)\s*)?(?P<who>(?:(?:[A-Z][A-Za-z'’-]*|[A-Z]\.|"
    + _ABBREV
    + r")\s+){0,6}"
    r"[A-Z][a-z][\w'’-]*)"
)
# "… was indicted Thursday on federal charges": the day between the verb and the court
_WHEN = (
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
    r"today)\s+)?"
)
_PLACE = r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?)?"
# A federal prosecution is captioned "United States v. <defendant>": stating that is not a
# guess, so a federal indictment of a named person is a mention of that case. (Each pattern
# compiled on its first use: an article with no "indict", "charged" or "guilty" never reads them.)
FEDERAL_INDICTMENT = [
    lazy(rf"{_WHO}['’]s\s+(?P<span>indictment\s+by\s+a\s+federal\s+grand\s+jury{_PLACE})"),
    lazy(
        rf"(?P<span>[Aa]\s+federal\s+grand\s+jury{_PLACE}\s+(?:has\s+|on\s+\w+\s+)?"
        rf"indicted\s+){_WHO_AFTER}"
    ),
    lazy(
        rf"{_WHO}\s+(?P<span>(?:was|has\s+been|had\s+been)\s+indicted\s+{_WHEN}(?:by\s+a\s+"
        rf"federal\s+grand\s+jury|on\s+federal\s+charges){_PLACE})"
    ),
    # "The indictment released today by the Jan. 6 grand jury in Washington, D.C., charges
    # former President Donald J. Trump with …" (federal only where the article says so)
    lazy(
        r"(?P<span>[Tt]he\s+(?:federal\s+)?indictment(?:\s+(?:released|unsealed|returned|filed|"
        r"handed\s+up)\b(?:[^.;]|\.(?!\s+[A-Z][a-z])){0,100}?)?),?\s+charges\s+(?:former\s+|ex-)?(?:President\s+|"
        rf"Sen\.\s+|Rep\.\s+|Gov\.\s+|Mayor\s+|Judge\s+)?{_WHO}\s+with\b"
    ),
    # "Federal prosecutors charged Dana Whitfield with …", "the Justice Department on Monday
    # indicted …": who brings the charge makes it federal
    lazy(
        r"(?P<span>(?:[Ff]ederal\s+prosecutors|[Tt]he\s+(?:U\.S\.\s+)?Justice\s+Department|"
        r"[Tt]he\s+Department\s+of\s+Justice)(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+"
        r"(?:have\s+|has\s+|on\s+\w+\s+)?(?:charged|indicted)\s+)"
        r"(?:(?:former|ex-)\s*)?(?:(?:President|Sen\.|Rep\.|Gov\.|Mayor|Judge)\s+)?"
        rf"{_WHO_AFTER}(?=\s+(?:with|on|in|for)\b|[,.])"
    ),
    # "Omar Pryce pleaded not guilty in federal court", "… pleaded guilty to federal charges"
    lazy(
        rf"{_WHO}\s+(?P<span>(?:has\s+)?pleaded\s+(?:not\s+)?guilty\s+{_WHEN}(?:in\s+federal\s+court|"
        rf"to\s+(?:a\s+)?federal\s+(?:charges?|counts?)){_PLACE})"
    ),
    # "Dana Whitfield was charged by federal prosecutors", "… was indicted in federal court"
    lazy(
        rf"{_WHO}\s+(?P<span>(?:was|has\s+been|had\s+been)\s+(?:indicted|charged)\s+{_WHEN}(?:by\s+"
        r"federal\s+prosecutors|in\s+federal\s+court|by\s+the\s+Justice\s+Department)"
        rf"{_PLACE})"
    ),
]
# The patterns whose mention runs to the defendant's name.
_TO_WHO = (1, 4)
# What makes a prosecution federal when the indictment itself does not say.
FEDERAL_MARK = lazy(
    r"U\.S\.C\.|U\.S\. Code|\bfederal\b|[Ss]pecial [Cc]ounsel|Justice Department|"
    r"Department of Justice|U\.S\. [Aa]ttorney"
)
INDICT_ANCHOR = Anchor("indict", ("indict", "charged", "guilty"), 120, 160)
_NOT_A_NAME = frozenset(
    {"The", "He", "She", "They", "It", "This", "That", "A", "An", "His", "Her", "Its", "Their"}
)
# A run of capitalised words (and initials) from a name's start: "New York Attorney General
# Letitia James", "FBI Director James B. Comey".
_RUN_ON = deferred(
    r"(?:(?:" + _ABBREV + r"|[A-Z]\.|[A-Z][A-Za-z'’-]*)(?:[^\S\n]+|$))*"
    r"(?:" + _ABBREV + r"|[A-Z]\.|[A-Z][A-Za-z'’-]*)"
)
# Words a run of capitals may end on that are no one's surname ("… Letitia James Thursday").
_NOT_SURNAMES = frozenset(
    {
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "Jr.", "Sr.", "II", "III"),
    }
)


def _end_of(text: str, start: int, surname: str, limit: int) -> int:
    """Where the defendant's name ends: right after ``surname``'s last place before
    ``limit``."""
    at = text.rfind(surname, start, limit)
    return at + len(surname) if at >= 0 else limit


_TITLES = {"Former", "President", "Senator", "Sen", "Rep", "Mayor", "Governor", "Gov", "Judge"}


PROSECUTION_EVIDENCE = "federal prosecution of "


def is_prosecution(m: Mention) -> bool:
    """Whether ``m`` is a criminal prosecution this module found ("a federal grand jury
    indicted …"), which "the suit" or "the lawsuit" never refers back to."""
    return m.kind == "case" and (m.evidence or "").startswith(PROSECUTION_EVIDENCE)


def _federal_indictments(doc: Doc) -> list[Mention]:
    text = doc.text
    windows = doc.windows("indict")  # every "indict" (the anchor has no boundaries)
    if not windows:
        return []
    out: list[Mention] = []
    for k, pattern in enumerate(FEDERAL_INDICTMENT):
        rx = pattern()
        for m in (m for ws, we in windows for m in rx.finditer(text, ws, we)):
            words = [w for w in m.group("who").split() if w.rstrip(".") not in _TITLES]
            if not words or words[0] in _NOT_A_NAME:
                continue  # "He pleaded guilty …", "The company was charged …": no one named
            surname = words[-1] if words[-1] not in ("Jr.", "Sr.") else words[-2]
            s, e = m.span("span")
            after = k in (*_TO_WHO, 3)
            if after:
                # the name after the verb runs to its last capitalised word ("indicted New
                # York Attorney General Letitia James": James), not the pattern's third
                run = _RUN_ON.match(text, m.start("who"))
                names = run.group(0).split() if run else []
                while names and (names[-1] in _NOT_SURNAMES or names[-1] in _TITLES):
                    names.pop()
                if not names or names[-1] in _NOT_A_NAME:
                    continue
                surname = names[-1]
                if k != 3:
                    e = m.start("who") + run.end() - run.start() if run else m.end("who")
                    e = m.start("who") + len(text[m.start("who") : e].rstrip())
                    e = _end_of(text, m.start("who"), surname, e)
            if k == 3 and not FEDERAL_MARK().search(text):
                continue
            name = f"United States v. {surname}"
            out.append(
                Mention(
                    s,
                    e,
                    text[s:e].rstrip(),
                    "case",
                    None,
                    name=name,
                    confidence=0.75,
                    evidence=f"{PROSECUTION_EVIDENCE}{surname}",
                    matcher="cases",
                )
            )
    return out
