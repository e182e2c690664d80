"""Organisations named without an organisation word, known by what the sentence has them do.

A bare acronym ('IGAD', 'AU') is a body when it speaks or acts ('IGAD said'), owns ('the
AU's envoy'), leads or pays ('AU-led', 'EU-funded'), is cited ('according to UNICEF'),
heads a noun of governance ('ECOWAS leaders', 'the SADC region'), is described in
apposition ('CIVIPOL, the French police agency') or is listed beside a body already known
('MSF, WFP and UNICEF'). A capitalised name of two to five words with no organisation word
is a body when it speaks or is cited ('Human Rights Watch said', 'according to Global
Witness') and is neither a person the article names nor a place.
"""

import re
from functools import cache

from articles.importing.extract.gazetteer import demonyms, lookup, places
from articles.importing.extract.lexicon import (
    ATTRIBUTION_VERBS,
    DAYS,
    GEO_HEADS,
    GEO_MODIFIERS,
    HONORIFICS,
    INSTITUTIONS_ALONE,
    MONTHS,
    NOT_NAMES,
    TITLE_WORDS,
)
from articles.text import fold_key

# 'IGAD', 'U.N.'; not a person's initials ('K.D. Perera').
ACRONYM = r"(?:[A-Z]{2,}|(?:[A-Z]\.){2,}(?![A-Z])(?!\s*[A-Z][a-z]))"
# Upper-case common nouns and diseases, which speak of no body: 'the NGO said'.
NOT_BODIES = set(
    """
NGO NGOS CEO CFO GDP MP MPS PM AM TV ID IDP IDPS HIV AIDS COVID SARS OK VIP SUV USD EUR CFA
SMS ICT IT FAQ PDF URL GPS DNA LGBT LGBTQ
THE AND FOR WITH FROM THIS THAT NOT BUT ARE WAS HAS HAVE WILL ALL NEW NOW OUR ITS
""".split()
)
ACTS = ATTRIBUTION_VERBS | {
    *"reported estimated found agreed condemned suspended deployed launched funded".split(),
    *"accused demanded approved adopted imposed lifted pledged signed counted published".split(),
}
# 'ECOWAS leaders', 'the AU Commission', 'the SADC region': nouns only a body has.
GOVERNANCE = (
    "leaders|leader|members?|member states|states|countries|summit|mediators?|envoys?|"
    "commission|commissioner|chairperson|chairman|secretariat|secretary|officials?|mission|"
    "troops|forces|region|bloc|headquarters|spokes(?:person|man|woman)|report|chief|heads?|"
    "delegation|observers?|ministers|sanctions|representatives?|staff|ambassadors?"
)
AUXILIARY = r"(?:(?:has|have|had|will|would|also|has also|later)\s+)?"
ACTING = re.compile(
    rf"(?<![\w'’(-])({ACRONYM})(?:['’]s\b|-(?:funded|backed|financed|led|sponsored|supported)\b"
    rf"|\s+{AUXILIARY}(?:{'|'.join(sorted(ACTS))})\b|\s+(?i:{GOVERNANCE})\b)"
)
CITED = re.compile(
    rf"\b(?:[Aa]ccording to|[Cc]ited by)\s+(?:the\s+)?({ACRONYM})(?![\w'’-]|[ ][A-Z])"
)
# 'CIVIPOL, the technical cooperation agency of …': a body described after its acronym.
DESCRIBED = re.compile(
    rf"(?<![\w'’(-])({ACRONYM}),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,5}}?"
    r"(?:agency|body|bloc|organi[sz]ation|foundation|institute|charity|group|alliance|"
    r"network|union|authority|company|regulator|watchdog|operator|party|movement)\b"
)
CAP_WORD = r"[A-Z][a-z][\w'’-]*"
# 'Human Rights Watch said', 'Doctors Without Borders says': a name speaking, before its verb.
NAMED = rf"{CAP_WORD}(?:[ ]+(?:(?:for|of|the|[Ww]ithout|[Aa]gainst)[ ]+){{0,2}}{CAP_WORD}){{1,4}}"
# One name in a list of bodies: 'Oxfam', 'Save the Children', 'Action Against Hunger'.
CONNECTED = rf"(?:[ ]+(?:(?:for|of|the|without)[ ]+){{0,2}}{CAP_WORD})"
LIST_NAME = rf"(?:{CAP_WORD}|[A-Z]{{2,}}){CONNECTED}{{0,4}}"
LIST = rf"({LIST_NAME}(?:,[ ]+(?:the[ ]+)?{LIST_NAME})*(?:,?[ ]+and[ ]+(?:the[ ]+)?{LIST_NAME})?)"
# Bodies listed after the kind of body they are, or as those a thing is done with or by:
# 'aid organisations, including Oxfam, …', 'an operation coordinated by Europol and …'.
LISTED = re.compile(
    r"\b(?:organi[sz]ations|agencies|charities|NGOs|groups|bodies|institutions|donors|partners)"
    rf",?[ ]+(?:including|such[ ]+as|among[ ]+them|like)[ ]+(?:the[ ]+)?{LIST}"
    r"|\b(?:(?:coordinated|supported|funded|financed|backed|organi[sz]ed)[ ]+by"
    r"|in[ ]+(?:cooperation|partnership|coordination)[ ]+with|cooperation[ ]+(?:from|with))"
    rf"[ ]+(?:the[ ]+)?{LIST}"
)
# 'the Committee on Social Development said': the end of a longer name is not a name.
INSIDE_A_NAME = re.compile(
    r"(?:\b(?:of|for|on|to|de|du|des)|[A-Z][\w'’-]*|[A-Z][\w'’-]*,?[ ]+and|&)[ ]+$"
)
# Words that make a run a person, a place or a time: 'Ms Achieng', 'North Kivu', 'Lake Chad'.
NOT_NAME_WORDS = TITLE_WORDS | HONORIFICS | GEO_HEADS | GEO_MODIFIERS | DAYS | set(MONTHS)
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
# Groups of people who speak in a story but are no body: 'Residents of Bosso said'.
PEOPLE_GROUPS = set(
    """
residents villagers witnesses survivors families relatives parents farmers traders migrants
refugees locals citizens voters students protesters demonstrators sources experts analysts
""".split()
)
SPEAKING = re.compile(
    rf"(?<![\w'’-])({NAMED}),?\s+{AUXILIARY}(?:{'|'.join(sorted(ATTRIBUTION_VERBS))}"
    r"|reported|estimated|found)\b"
)
NAMED_CITED = re.compile(
    rf"\b(?:[Aa]ccording to|[Cc]ited by)\s+(?:the\s+)?({NAMED})\b"
    r"(?![ ]+(?:on|of|for|and|to)[ ]+[A-Z]|[ ]+[A-Z(])"
)

# 'the Treasury said', 'the Knesset voted': an institution named alone, not the start
# of a longer name ('the Senate Committee on …').
INSTITUTION = re.compile(
    r"\b[Tt]he\s+({})(?![\w'’-]|\s+(?:of\s+|for\s+)?[A-Z])".format(
        "|".join(sorted(INSTITUTIONS_ALONE, key=len, reverse=True))
    )
)
# 'the Xinhua news agency', 'Interfax news agency said', 'Le Matin newspaper', 'Zycie
# Warszawy daily said': an outlet's name before the kind of outlet it is.
NEWS_AGENCY = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w-]*['’]s\s+)?([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)[ ]+"
    r"(?:news[ ]+agency|newspapers?|daily|weekly|magazine|tabloid)\b"
)
LEADING = re.compile(r"^(?:The|A|An|In|On|At|But|And|Critics|Including)\s+")


@cache
def country_initials() -> frozenset[str]:
    """Return the initials of countries of several words: 'DRC', 'CAR', 'UAE', 'US'."""
    names = {name for name, kind in places().values() if kind == "country"}
    return frozenset(
        "".join(word[0] for word in name.split() if word[0].isupper())
        for name in names
        if len(name.split()) > 1
    )


def is_body_acronym(word: str) -> bool:
    """Return whether an upper-case word may name a body: not a place or a common noun,
    nor a word of a header in capitals ('ELEVENTH MINISTERIAL MEETING')."""
    shouted = len(word) > 8 or re.fullmatch(r"[A-Z]{3,}(?:TH|ST|ND|RD)", word)
    return (
        not shouted
        and word not in NOT_BODIES
        and word not in country_initials()
        and not lookup(word)
    )


def acronyms_in_context(text: str, known: set[str]) -> list[str]:
    """Return bare acronyms the sentence uses as bodies; known holds names already found."""
    lines = "\n".join(line for line in text.splitlines() if not line.isupper())
    found = [
        match.group(1)
        for pattern in (ACTING, CITED, DESCRIBED)
        for match in pattern.finditer(lines)
    ]
    found += listed_beside(lines, known | set(found))
    return [word for word in dict.fromkeys(found) if is_body_acronym(word)]


def listed_beside(text: str, known: set[str]) -> list[str]:
    """Return acronyms listed next to a known body: 'the SANDF and SAPS', 'WFP and UNICEF'."""
    names = "|".join(re.escape(name) for name in sorted(known, key=len, reverse=True) if name)
    if not names:
        return []
    before = re.compile(rf"(?:{names})\)?,?\s+(?:and\s+)?(?:the\s+)?({ACRONYM})(?![\w'’-])")
    after = re.compile(rf"(?<![\w'’(-])({ACRONYM}),?\s+(?:and\s+)?(?:the\s+)?(?:{names})\b")
    return [m.group(1) for pattern in (before, after) for m in pattern.finditer(text)]


def names_in_context(text: str, not_names: set[str]) -> list[str]:
    """Return capitalised names that speak or are cited and are not people or places.

    not_names holds the folded names and name words of the people the article mentions.
    """
    runs = [
        m.group(1)
        for m in SPEAKING.finditer(text)
        if not INSIDE_A_NAME.search(text, max(0, m.start(1) - 20), m.start(1))
    ]
    runs += [m.group(1) for m in NAMED_CITED.finditer(text)]
    listed = [
        name
        for m in LISTED.finditer(text)
        for name in re.split(r",?[ ]+and[ ]+(?:the[ ]+)?|,[ ]+(?:the[ ]+)?", m.group(m.lastindex))
    ]
    found = []
    for run in runs + listed:
        name = LEADING.sub("", run)
        words = name.split()
        if name.isupper():
            if run in listed and is_body_acronym(name):
                found.append(name)  # 'cooperation from the DEA and Europol'
            continue
        if len(words) < 2 and run not in listed:
            continue  # one word is a body only where listed as one
        if any(fold_key(word) in not_names for word in words):
            continue
        if fold_key(name) in not_names or words[0] in demonyms():
            continue
        lowered = {word.lower().rstrip(".") for word in words}
        if lowered & (NOT_NAME_WORDS | COMPASS | PEOPLE_GROUPS):
            continue
        if any(lookup(word) for word in (name, *words)):
            continue
        found.append(name)
    return list(dict.fromkeys(found))


def institutions_named(text: str) -> list[str]:
    """Return state institutions the text names alone ('the Treasury') and outlets named
    before the kind of outlet ('the Interfax news agency', 'Le Matin newspaper'), in order."""
    lines = "\n".join(line for line in text.splitlines() if not line.isupper())
    found = [(m.start(), m.group(1)) for m in INSTITUTION.finditer(lines)]
    for match in NEWS_AGENCY.finditer(lines):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group(1))
        if not (lookup(name) or name in demonyms() or name.lower() in NOT_NAME_WORDS | NOT_NAMES):
            found.append((match.start(), name))
    return [name for _, name in sorted(found)]
