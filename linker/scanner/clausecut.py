"""Cutting a ruling clause (or an order's description) short before a mention it would swallow.

Clauses are sentences' worth of words ("Judge Lott vacated the 2019 memo creating MPP and …");
the law, case or policy named inside them is the more precise link, so the clause yields: it
ends before that mention, without the words left dangling there ("the", "of", "the EPA's").
"""

from __future__ import annotations

import re

from ..models import Mention
from .lazyre import deferred

_DANGLING = deferred(
    r"(?:[\s,;:–—-]+|\s+(?:the|a|an|in|of|to|on|for|by|and|or|that|which|who|its|his|her|"
    r"their|under|against|with|from)\b)+$",
    re.IGNORECASE,
)


_POSSESSIVE = re.compile(
    r"(?:\s+(?:the|a|an|its|his|her|their))?(?:\s+[A-Z][\w.-]*){0,3}\s+[\w.-]+['’]s?[\s“\"]*$"
)


def cut_before(m: Mention, at: int) -> Mention | None:
    """``m`` ending before ``at`` (which lies inside it), its dangling words tidied away; None
    when fewer than five characters would be left."""
    if at <= m.start:
        return None
    head = m.text[: min(at - m.start, len(m.text))]
    for _ in range(3):  # "halted the EPA’s" → "halted"; "blocked the Biden administration’s"
        tidied = _POSSESSIVE.sub("", _DANGLING.sub("", head))
        if tidied == head:
            break  # nothing left to tidy: another round would change nothing either
        head = tidied
    if len(head) < 5:
        return None
    return m.with_(end=m.start + len(head), text=head)
