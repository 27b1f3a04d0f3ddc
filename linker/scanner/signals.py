"""Article-level signals some passes read: whether an article talks about law at all.

A caption "Steelers vs. Bills" or an abbreviation "IRC" is a case or a law only in an article
that speaks of courts, suits or laws somewhere; in a sports, film or software article it is a
game, a title or a chat client. One regex over the text answers it, once per ``Doc``.
"""

from __future__ import annotations

import re

from .doc import Doc

LEGAL_WORDS = re.compile(
    r"\b(?:courts?|judges?|justices|lawsuits?|sued|suing|plaintiffs?|defendants?|rul(?:ed|ing)|"
    r"appeals?|appellate|verdict|dockets?|attorneys?|lawyers?|prosecutors?|litigation|"
    r"statutes?|legislation|lawmakers|Congress|regulations?|tax(?:es)?|IRS|constitutional|"
    r"unconstitutional|injunction|indict(?:ed|ment)|convicted|filed\s+suit|legal|law)\b",
    re.IGNORECASE,
)

SHORT_TEXT = 600


def legal_article(doc: Doc) -> bool:
    """Whether the article uses words of law or litigation: two at least ("on the court" may
    be a basketball court), or one in a text of a few sentences. In a legal article the
    second hit comes early, so the scan stops there."""
    hits = LEGAL_WORDS.finditer(doc.text)
    if next(hits, None) is None:
        return False
    return len(doc.text) < SHORT_TEXT or next(hits, None) is not None
