"""What around a name, other than a role or a reporting verb, says it is a person's.

An age ('Khaled Hijazi, 37', '20-year-old Ali Ahmed'), a kin word ('his mother NAME',
'NAME's aunt'), a noun for a person ('German girl NAME'), a relative clause (', who'),
or the body the person belongs to ("DAB's Ben Chan", 'Gary Chan of DAB', 'Claudia Mo of
the Civic Party'). Each is a cue of its own strength.
"""

import re

from articles.importing.extract.lexicon import (
    KINSHIP,
    ORG_HEADS,
)
from articles.importing.extract.names import is_title
from articles.importing.extract.person_lexicon import (
    BODY_HEADS,
    PARTY_MEMBERS,
)

KIN = "|".join(sorted(KINSHIP))
PERSONS = "man|woman|boy|girl|child|teenager|youth|pensioner|schoolgirl|schoolboy|toddler"
KIN_DESCRIBED = re.compile(rf",\s*(?:a|an|the)\s+(?:{KIN})\b")
AGED = re.compile(r",\s*(?:\d{1,3},\s*)?an? \d+-year-old\b")
AGE_AFTER = re.compile(r",\s*\d{1,3}\s*(?:[,.;)\-–—]|$|and\b)")
RELATIVE = re.compile(r",\s*(?:\d{1,3},\s*)?who(?:se|m)?\b")
# '20-year-old NAME', 'his mother NAME', 'missing German girl NAME', 'Brazilian-born NAME'.
BEFORE = re.compile(
    rf"(?:\b\d+-year-old(?:\s+[a-z]+)?|\b(?:his|her|their|my|our|whose)\s+(?:{KIN})"
    rf"|\b(?:{PERSONS})|\b(?:his|her|their|my|our)\s+[a-z]+,|\b[A-Z][\w'’]+-born),?\s+$"
)
# 'the regime of Desi Bouterse', 'the government of Fulgencio Batista': a leader's name.
LED_BY = re.compile(
    r"\b(?:government|regime|administration|rule|reign|presidency|premiership|dictatorship"
    r"|cabinet|leadership)\s+of\s+$"
)
# 'Gary Chan of DAB', 'Claudia Mo of the Civic Party', 'Hui Chi-fung from the Democratic Party'.
MEMBER_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?((?:[A-Z][\w'’&-]*\s*){1,5})")
# The possessive before a name: "DAB's Ben Chan", "New People Party's Regina Ip".
OWNER = re.compile(r"\b[A-Z][\w&.-]*['’]s\s+$")

DESCRIBED = 0.8
BELONGS = 0.7


def person_context(text: str, start: int, end: int) -> tuple[str, float] | None:
    """Return the cue around text[start:end] that says it names a person, and its strength."""
    after = re.sub(r"^\s*\([^()]{1,40}\)", "", text[end:])  # '(EPP, NL)'
    if RELATIVE.match(after) or KIN_DESCRIBED.match(after) or AGED.match(text, end):
        return "', who …', an age or kin after the name", DESCRIBED
    if AGE_AFTER.match(after):
        return "an age after the name", DESCRIBED
    if BEFORE.search(text, max(0, start - 40), start):
        return "an age, kin or 'girl' before the name", DESCRIBED
    if LED_BY.search(text, max(0, start - 40), start):
        return "'the government of NAME'", BELONGS
    possessed = re.match(r"['’]s\s+([a-z][\w-]*)", text[end:])
    if text[start:end].endswith(("'s", "’s")) or possessed:
        noun = possessed.group(1) if possessed else ""
        if noun in KINSHIP or (noun and is_title(noun)):
            return "'NAME's wife', 'NAME's aide'", DESCRIBED
    # "the Commission's Humanitarian Aid and Civil Protection Department": a name after a
    # possessive that runs on ('and X', "Borrowers' Programme") is a body's.
    if OWNER.search(text, max(0, start - 40), start) and re.match(r"\s*(?:[,.;:)]|[a-z])", after):
        if not re.match(r"\s*(?:and|or|of|for)\b", after):
            return "a body's possessive before the name", BELONGS
    member = MEMBER_OF.match(after)
    if member and is_body(member.group(1).split()):
        return "'NAME of BODY'", BELONGS
    return None


def is_body(words: list[str]) -> bool:
    """Return whether capitalised words name a body: an acronym or a run ending in 'Party'."""
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0]):
        return True
    last = words[-1].lower().strip(".,;:")
    return last in ORG_HEADS or last in BODY_HEADS or last in PARTY_MEMBERS
