"""What a programme is called: without its owner or stray marks, never a broadcast show.

Outlets name a programme with whoever runs it in front ('the Bank's Youth Employment
Programme', 'Mrs Diallo's Coastal Resilience Facility'): the owner is not part of the
name, but a group it serves is ('Women's Empowerment Programme'). A radio or television
'programme' ('Radio Ghana's Morning Forum programme') is a show, not an initiative.
Programmes of a known kind named in lower case ('its adjustment programme') are filed
under the kind's name when the article names the lender behind them.
"""

import re

from articles.importing.extract.organizations import owner_possessive
from articles.importing.extract.program_words import (
    BROADCAST_WORDS,
    GROUP_NOUNS,
    LENDERS,
    UNNAMED_PROGRAMMES,
)

MARKS = "\"“”„«»‘’'"
POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z])")
UNNAMED = re.compile(
    r"\b(?:{})\b".format(
        "|".join(map(re.escape, sorted(UNNAMED_PROGRAMMES, key=len, reverse=True)))
    )
)
LENDER = re.compile(r"\b(?:{})\b".format("|".join(map(re.escape, LENDERS))))
BROADCAST = re.compile(
    r"\b(?:{})\b".format("|".join(map(re.escape, sorted(BROADCAST_WORDS, key=len, reverse=True)))),
    re.IGNORECASE,
)


def without_owner(name: str) -> str:
    """Return a name without the body, country or person that runs it.

    'the Central Bank of Nigeria's Anchor Borrowers' Programme' is the 'Anchor Borrowers'
    Programme'; a group's possessive is part of the name ('Women's Empowerment Programme').
    """
    if owner := owner_possessive(name):
        return name[owner.end() :]
    match = POSSESSIVE.search(name)
    if match and name[: match.start()].split()[-1].lower() not in GROUP_NOUNS:
        rest = name[match.end() :]
        return rest if len(rest.split()) >= 2 else name
    return name


def without_marks(name: str) -> str:
    """Return a name without quotation marks left at its ends or inside it."""
    name = re.sub(r"(?<!\w)['‘’](?=\w)|[\"“”„«»]", "", name)  # apostrophes stay
    return name.strip(MARKS + " ")


# 'speaking on the Morning Forum programme', 'told the Newsday programme', 'an interview
# with the X programme': a programme someone is on, or speaks to, is a show.
ON_AIR = re.compile(
    r"\b(?:(?:appeared|appearing|speaking|spoke|talking|interviewed|said)\s+on"
    r"|told|telling|interview\s+with|guest\s+(?:on|of))\s+(?:the\s+)?$"
)


def is_broadcast(text: str, start: int, end: int) -> bool:
    """Return whether the mention at text[start:end] is a radio or television show.

    A broadcast word in the words just before it or after it ('on Radio Ghana's …',
    '… programme on Citi FM'), or a name appeared 'on', tells a show.
    """
    # Within the mention's sentence: a radio station in the next one says nothing.
    before = re.split(r"[.!?]\s", text[max(0, start - 40) : start])[-1]
    after = re.split(r"[.!?](?:\s|$)", text[end : end + 30])[0]
    return bool(
        BROADCAST.search(before + " " + text[start:end] + " " + after) or ON_AIR.search(before)
    )


def unnamed_mentions(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, name) of programmes of a known kind written in lower case, when
    the text names a lender ('the second phase of its adjustment programme' with the IMF)."""
    if not LENDER.search(text):
        return []
    return [(m.start(), m.end(), UNNAMED_PROGRAMMES[m.group()]) for m in UNNAMED.finditer(text)]
