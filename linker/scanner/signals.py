"""Article-level signals some passes read: whether an article is about law at all.

A caption "Steelers vs. Bills" or an abbreviation "IRC" is a case or a law only in an article
that speaks of suits, lawmakers or laws somewhere; in a sports, film or software article it is
a game, a title or a chat client. Words such as "court", "ruling", "appeal" or "judge" do not
decide it (a basketball court, a referee's ruling, a boxing judge): the signal needs a word
only law news uses.
"""

from __future__ import annotations

import re

from .doc import Doc

LEGAL_WORDS = re.compile(
    r"\b(?:lawsuits?|sued|suing|plaintiffs?|defendants?|justices|attorneys?|lawyers?|"
    r"prosecutors?|litigation|statutes?|statutory|legislation|legislators|legislature|"
    r"lawmakers|Congress|congressional|Senate|House\s+(?:of\s+Representatives|passed|voted)|"
    r"injunctions?|indict(?:ed|ment)|(?:un)?constitutional|dockets?|regulations?|regulators?|"
    r"IRS|federal\s+(?:judge|court|law|agency|agencies|government)|[Ss]upreme\s+Court|"
    r"(?:district|appeals|circuit)\s+court|[Ss]ection\s+\d+|executive\s+order|"
    r"co-?sponsor(?:s|ed)?|(?:Sen|Rep)\.(?=\s+[A-Z]))\b|§"
)


def legal_article(doc: Doc) -> bool:
    """Whether the article uses a word only law news uses; the scan stops at the first."""
    return LEGAL_WORDS.search(doc.text) is not None
