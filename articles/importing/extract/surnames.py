"""People an article names by one word: 'Mr Putin', 'the Modi government', 'Macron said'.

A single capitalised word is a person's name only in a shape that says so: a style or
title right before it, 'the X government' (a government called by its leader), or an
attribution verb beside it when the word is a proper noun (written capitalised inside a
sentence somewhere, never in lower case) and a 'he' or 'she' follows. When the article
also names the person in full the word refers to that person (see People.match); only
otherwise is the word a person of its own, with a weak confidence.
"""

import re
from dataclasses import dataclass

from articles.importing.extract.apposition import AUXILIARIES
from articles.importing.extract.gazetteer import lookup
from articles.importing.extract.lexicon import (
    ATTRIBUTION_VERBS,
    DAYS,
    HONORIFICS,
    KINSHIP,
    MONTHS,
    RANKS,
)
from articles.importing.extract.names import SURNAME_TITLES, is_name_word, is_one_title, is_title
from articles.importing.extract.person_lexicon import (
    PEERAGE,
    SENTENCE_OPENERS,
    STYLES_ALSO_NAMES,
)
from articles.importing.extract.roles import ROLE_STOPS
from articles.importing.extract.tokens import Token

# Nouns for a government called by its leader's name: 'the Modi government'.
LED_BODIES = {"government", "administration", "cabinet", "regime", "presidency", "premiership"}
# Words a sentence opens on before a surname: 'On Tuesday Erdogan said', 'But Modi …'.
OPENING_WORDS = DAYS | set(MONTHS) | SENTENCE_OPENERS | {"on", "in", "at", "later", "earlier"}
# Words after which a capitalised word is a place or a body: 'in Makeni', 'from Kayes'.
PLACE_PREPOSITIONS = {"in", "from", "at", "to", "of", "near", "across", "outside", "inside"}
GENDERED = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
# How far on a 'he' or 'she' may stand and still be the person of 'Macron said'.
PRONOUN_REACH = 200


@dataclass(frozen=True)
class OneWord:
    word: str
    cue: str
    confidence: float


def one_word_cue(
    tokens: list[Token], start: int, prefix: list[Token], name: list[Token]
) -> OneWord | None:
    """Return why a one-word name at tokens[start + len(prefix)] is a person, or None."""
    word = name[0]
    if not is_surname_like(word):
        return None
    if prefix and styled(prefix[-1]) and not middle_initial(prefix):
        return OneWord(word.bare, "style or title before a surname", 0.75)
    end = start + len(prefix) + 1
    if all(t.lower in OPENING_WORDS for t in prefix):
        prefix = []  # 'On Tuesday Erdogan said': the sentence's opening, not a title
    before = tokens[end - 2] if end >= 2 and not prefix else None
    after = tokens[end] if end < len(tokens) else None
    kin = before is not None and before.lower in KINSHIP and said_or_apposed(tokens, end)
    if kin:
        return OneWord(word.bare, "kin word before a given name", 0.7)  # 'his sister Lisa said'
    if before is not None and not before.is_capitalised and styled(before) and ends(after):
        return OneWord(word.bare, "title before a surname", 0.75)  # 'Indonesian president X'
    if prefix or before is None or before.lower in {"the", "a", "an"}:
        if before is not None and before.lower == "the" and after and after.lower in LED_BODIES:
            return OneWord(word.bare, "'the NAME government'", 0.65)
        return None  # 'the Sams continued': a family or a body, not one person
    if said_beside(before, after):
        return OneWord(word.bare, "surname beside 'said'", 0.6)
    return None


def said_or_apposed(tokens: list[Token], end: int) -> bool:
    """Return whether a name ending at tokens[end] is set off by a comma or followed by 'said'."""
    after = tokens[end] if end < len(tokens) else None
    return after is not None and (after.text == "," or after.lower in ATTRIBUTION_VERBS)


def ends(after: Token | None) -> bool:
    """Return whether a word after 'president X' ends the noun phrase: a verb, 'and', a mark.

    'rival Kurds for', 'member Afghan team': a word that runs on makes X an adjective.
    """
    return (
        after is None
        or not after.is_word
        or after.lower in ATTRIBUTION_VERBS | AUXILIARIES | {"and", "or", "who", "whose"}
    )


def is_surname_like(word: Token) -> bool:
    """Return whether a word can be a surname used alone: 'Macron', not 'U.S.' or 'Philippine'."""
    return (
        is_name_word(word)
        and len(word.bare) >= 3  # 'Ch.Ganbold': a short word is an initial
        and not re.search(r"[\d-]", word.bare)  # 'Rs4', 'Okonjo-Hale' (read as two words)
        and bool(re.search(r"[a-z]", word.bare))  # not initials or an acronym
        and not lookup(word.bare + "s")  # 'the Philippine government'
    )


def said_beside(before: Token, after: Token | None) -> bool:
    """Return whether an attribution verb stands right beside a word: 'Macron said'.

    Not over a comma ('from Kayes, says'), after a preposition ('in Makeni said'), after
    a verb's -ing form ('asking Scots if'), nor before a title ('said Texas manager NAME',
    where the word is the employer).
    """
    if after is not None and is_title(after.bare):
        return False
    if before.lower in ATTRIBUTION_VERBS and not before.lower.endswith("ing"):
        return True
    return (
        after is not None
        and after.lower in ATTRIBUTION_VERBS
        and before.lower not in ROLE_STOPS | PLACE_PREPOSITIONS
    )


def middle_initial(prefix: list[Token]) -> bool:
    """Return whether 'M.' before a surname is an initial: 'Rogelio M. NAME', not 'M. NAME'."""
    return (
        prefix[-1].text == "M."
        and len(prefix) > 1
        and prefix[-2].is_capitalised
        and prefix[-2].lower not in HONORIFICS
    )


def styled(token: Token) -> bool:
    """Return whether a word before a surname makes it a person's: 'Mr', 'President'.

    A rank written whole is not enough ('General Electric'); abbreviated it is ('Gen.').
    """
    lower = token.lower
    if lower in PEERAGE or lower in STYLES_ALSO_NAMES or lower in SURNAME_TITLES:
        return False  # 'Lord Ashworth' is named with the style; 'Dean Jones', 'Ato Boldon'
    if len(token.bare) > 1 and token.bare.isupper():
        return False  # 'MX Onda' in a results table: capitals are a code
    if lower in HONORIFICS:
        return True
    return is_one_title(token.bare) and (lower not in RANKS or token.text.endswith("."))


def proper_nouns(paragraphs: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Return the words written capitalised inside a sentence, and those written in lower case."""
    inside, lower = set(), set()
    for text in paragraphs:
        inside.update(re.findall(r"(?<=[\w,;] )([A-Z][\w'’-]+)", text))
        lower.update(re.findall(r"\b([a-z][\w'’-]+)", text))
    return inside, lower


def is_said_person(word: str, text: str, end: int, words: tuple[set[str], set[str]]) -> bool:
    """Return whether 'WORD said' names a person: a proper noun, then 'he' or 'she'."""
    inside, lower = words
    return (
        word in inside
        and word.lower() not in lower
        and bool(GENDERED.search(text, end, end + PRONOUN_REACH))
    )
