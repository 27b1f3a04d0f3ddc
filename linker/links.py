"""Public links and default titles for canonical ids.

Links shown to the reader always use the real public origins (SPEC §5), whatever origin the
fetchers were pointed at.
"""

from __future__ import annotations

import json
from urllib.parse import quote, quote_plus, urlencode

from .ids import int_to_roman, usc_range

BILL_SLUG = {
    "hr": "house-bill",
    "s": "senate-bill",
    "hjres": "house-joint-resolution",
    "sjres": "senate-joint-resolution",
    "hres": "house-resolution",
    "sres": "senate-resolution",
    "hconres": "house-concurrent-resolution",
    "sconres": "senate-concurrent-resolution",
}
BILL_LABEL = {
    "hr": "H.R.",
    "s": "S.",
    "hjres": "H.J.Res.",
    "sjres": "S.J.Res.",
    "hres": "H.Res.",
    "sres": "S.Res.",
    "hconres": "H.Con.Res.",
    "sconres": "S.Con.Res.",
}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ``quote_plus`` of an ASCII text through one translate table: a letter, a digit or one of
# "_.-~" as it is, a space "+", any other character its "%XX" escape. (``quote_plus`` walks
# the bytes of a text that needs any escape one call a byte: scanning builds a search link for
# each ruling.)
_ALWAYS_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
_QUOTED_PLUS = {
    c: chr(c) if chr(c) in _ALWAYS_SAFE else "+" if c == 32 else f"%{c:02X}" for c in range(128)
}


def quote_plus_fast(text: str) -> str:
    """``urllib.parse.quote_plus(text)``, the same string, faster for an ASCII text."""
    return text.translate(_QUOTED_PLUS) if text.isascii() else quote_plus(text)


def courtlistener_search(query: str, court: str | None = None, kind: str = "r") -> str:
    url = f"https://www.courtlistener.com/?type={kind}&q={quote_plus_fast(query)}"
    if court:
        # a CourtListener court id ("ca9", "dcd") needs no quoting
        url += f"&court={court if court.isalnum() and court.isascii() else quote_plus(court)}"
    return url


def federal_register_search(name: str) -> str:
    """federalregister.gov's document search for a rule known only by its name."""
    return (
        f"https://www.federalregister.gov/documents/search?conditions%5Bterm%5D={quote_plus(name)}"
    )


def federal_register_agency_search(slug: str | None, agency: str, terms: str) -> str:
    """federalregister.gov's search for an agency's final rules about ``terms`` (the agency's
    name joins the words where its slug is unknown)."""
    query = [("conditions[term]", terms if slug else f"{agency} {terms}".strip())]
    if slug:
        query.append(("conditions[agencies][]", slug))
    query.append(("conditions[type][]", "RULE"))
    return f"https://www.federalregister.gov/documents/search?{urlencode(query)}"


def congress_search(name: str) -> str:
    """congress.gov's legislation search for an act or bill known only by its name."""
    q = json.dumps({"source": "legislation", "search": f'"{name}"'}, separators=(",", ":"))
    return f"https://www.congress.gov/search?q={quote(q)}"


#: govinfo holds public laws from the 104th Congress (1995) and the Statutes at Large from
#: volume 65 (1951); older ones get a congress.gov search or the Library of Congress's set
GOVINFO_FIRST_PLAW_CONGRESS = 104
GOVINFO_FIRST_STAT_VOLUME = 65


def public_url(authority: str) -> str | None:
    """The page a reader should land on for ``authority``, or ``None`` if unknown."""
    p = authority.split(":")
    head = p[0]
    try:
        if head == "usc":
            first, _last = usc_range(p[2])
            return f"https://www.law.cornell.edu/uscode/text/{p[1]}/{first}"
        if head == "cfr":
            if "." in p[2]:
                return f"https://www.law.cornell.edu/cfr/text/{p[1]}/{p[2]}"
            return f"https://www.law.cornell.edu/cfr/text/{p[1]}/part-{p[2]}"
        if head == "const":
            n = int(p[2])
            base = f"https://constitution.congress.gov/browse/{p[1]}-{n}/"
            if len(p) >= 5 and p[3] == "section":
                sec = int(p[4])
                if p[1] == "amendment":
                    return f"{base}#{n}_S{sec}"
                return f"{base}#{int_to_roman(n)}_S{sec}"
            return base
        if head == "cite":
            vol, rep, page = p[1], p[2], p[3]
            return f"https://www.courtlistener.com/c/{rep}/{vol}/{page}/"
        if head == "cl":
            if p[1] == "docket":
                return f"https://www.courtlistener.com/docket/{p[2]}/"
            return f"https://www.courtlistener.com/opinion/{p[2]}/x/"
        if head == "eo":
            return (
                "https://www.federalregister.gov/presidential-documents/executive-orders"
                f"?conditions%5Bexecutive_order_number%5D={p[1]}"
            )
        if head == "proc":
            return f"https://www.federalregister.gov/documents/search?conditions%5Bterm%5D=Proclamation+{p[1]}"
        if head == "fr":
            return f"https://www.govinfo.gov/link/fr/{p[1]}/{p[2]}"
        if head == "publ":
            congress, number = p[1].split("-")
            if int(congress) < GOVINFO_FIRST_PLAW_CONGRESS:
                return congress_search(f"Public Law {int(congress)}-{int(number)}")
            return f"https://www.govinfo.gov/link/plaw/{congress}/public/{number}?link-type=html"
        if head == "stat":
            if int(p[1]) < GOVINFO_FIRST_STAT_VOLUME:
                q = quote(f'"{int(p[1])} Stat. {int(p[2])}"')
                return f"https://www.loc.gov/collections/united-states-statutes-at-large/?q={q}"
            return f"https://www.govinfo.gov/link/statute/{p[1]}/{p[2]}"
        if head == "bill":
            slug = BILL_SLUG[p[2]]
            return f"https://www.congress.gov/bill/{_ordinal(int(p[1]))}-congress/{slug}/{p[3]}"
    except (IndexError, ValueError, KeyError):
        return None
    return None


def default_title(authority: str) -> str:
    """A human title built from the id alone, used until a source is fetched."""
    p = authority.split(":")
    head = p[0]
    try:
        if head == "usc":
            a, b = usc_range(p[2])
            if b:
                return f"{p[1]} U.S.C. §§ {a}–{b}"
            return f"{p[1]} U.S.C. § {p[2]}"
        if head == "cfr":
            return f"{p[1]} C.F.R. {'§ ' if '.' in p[2] else 'part '}{p[2]}"
        if head == "const":
            label = (
                f"Amendment {int_to_roman(int(p[2]))}"
                if p[1] == "amendment"
                else (f"Article {int_to_roman(int(p[2]))}")
            )
            if len(p) >= 5:
                label += f", Section {p[4]}"
            return f"U.S. Constitution, {label}"
        if head == "cite":
            return f"{p[1]} {p[2]} {p[3]}"
        if head == "eo":
            return f"Executive Order {p[1]}"
        if head == "proc":
            return f"Proclamation {p[1]}"
        if head == "fr":
            return f"{p[1]} FR {p[2]}"
        if head == "publ":
            return f"Pub. L. {p[1]}"
        if head == "stat":
            return f"{p[1]} Stat. {p[2]}"
        if head == "bill":
            return f"{BILL_LABEL.get(p[2], p[2].upper())} {p[3]} ({_ordinal(int(p[1]))} Congress)"
        if head == "cl":
            return f"CourtListener {p[1]} {p[2]}"
        if head == "state" and p[2] == "bill":
            return f"{p[1].upper()} bill {p[3].upper()}"
        if head == "state" and p[2] == "const":
            return f"{p[1].upper()} Const. art. {p[3].replace('-', ', § ')}"
        if head == "state":
            return f"{p[1].upper()} {p[2]} § {p[3]}"
    except (IndexError, ValueError):
        pass
    return authority
