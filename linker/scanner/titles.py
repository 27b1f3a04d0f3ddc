"""A work named after a law is no law (issue 13, point 7): "Hulu's The Act", "The Patriot Act
is Hasan Minhaj's Netflix comedy show", "an episode of Patriot Act".

A follow-up: a mention whose own words or neighbours say it is a film, series, show, album or
song — a streamer's or network's possessive before it, "episode of" before it, ", the …
series" or "starring" after it — is a title, and every mention of the same name
in the article goes with it. Only the words next to each mention are read.
"""

from __future__ import annotations

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

_WORK = (
    r"(?:film|movie|series|show|sitcom|drama|documentary|docuseries|miniseries|album|song|"
    r"single|podcast|musical|episode|season|special)"
)
_OUTLET = (
    r"(?:Netflix|Hulu|HBO(?:\s+Max)?|Max|Apple\s+TV\+?|Amazon|Prime\s+Video|Disney\+|Peacock|"
    r"Paramount\+|Showtime|Starz|FX|AMC|BBC|ITV|PBS|Comedy\s+Central)"
)
# just before the mention (or opening it): "Hulu's", "an episode of", "the film"
_BEFORE = deferred(
    rf"(?:\b{_OUTLET}['’]s\s+(?:new\s+|hit\s+|true-crime\s+)?|\b{_WORK}s?,?\s+(?:of\s+|called\s+|"
    rf"titled\s+|named\s+)?)[\"“'‘]?$"
)
_OPENS = deferred(rf"{_OUTLET}['’]s\s")
# just after it: ", starring", ", the Netflix series", "is Hasan Minhaj's Netflix comedy show"
# (not "premiered": "a documentary about the Voting Rights Act premiered at Sundance")
_ADJ = (
    r"(?:new|hit|comedy|talk|late-night|reality|TV|television|animated|weekly|limited|"
    r"true-crime|crime|satirical|news|streaming|documentary|Netflix|Hulu|HBO|Emmy-winning)"
)
_AFTER = deferred(
    rf",?\s+starring\b"
    rf"|,\s+(?:the|a|an)\s+(?:{_ADJ}\s+){{0,3}}{_WORK}\b"
    rf"|\s+(?:is|was)\s+(?:(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*['’]s\s+|(?:a|an|the)\s+)?"
    rf"(?:{_ADJ}\s+){{0,3}}{_WORK}\b"
)


def _a_title(text: str, m: Mention) -> bool:
    return bool(
        _OPENS.match(m.text)
        or _BEFORE.search(text, max(0, m.start - 30), m.start)
        or _AFTER.match(text, m.end)
    )


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    titles = {
        (m.name or m.text)
        for m in mentions
        if m.kind in ("statute", "bill", "case") and not m.anaphor and _a_title(text, m)
    }
    if not titles:
        return mentions
    names = {t.split("'s ", 1)[-1].split("’s ", 1)[-1] for t in titles} | titles
    # a back-reference goes only when its words are the title ("The Act"): "the controversial
    # act passed in 2001" beside a show named after it is the law
    return [
        m
        for m in mentions
        if m.text not in names and (m.anaphor or (m.name or m.text) not in names)
    ]


# The pass runs only where one of these words occurs (the Doc's one anchor automaton finds
# them): a work's noun, an outlet, "starring".
_NOUNS = (
    *("film", "movie", "series", "show", "sitcom", "drama", "documentary", "docuseries"),
    *("miniseries", "album", "song", "single", "podcast", "musical", "episode", "season"),
    "special",
)
_WORDS = (
    *(w for n in _NOUNS for w in (n, n + "s", n.capitalize(), n.capitalize() + "s")),
    *("starring", "Netflix", "Hulu", "HBO", "Max", "Apple TV", "Amazon", "Prime Video"),
    *("Disney+", "Peacock", "Paramount+", "Showtime", "Starz", "FX", "AMC", "BBC", "ITV"),
    *("PBS", "Comedy Central"),
)
TITLE_WORDS = Anchor("work_title", _WORDS, 0, 0, "word", "word")

PASS = Pass(name="titles", emits=(), anchors=(TITLE_WORDS,), run=run, gated=True)
