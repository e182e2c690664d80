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

from articles.importing.extract.lexicon import ATTRIBUTION_VERBS, HONORIFICS, PEERAGE, RANKS
from articles.importing.extract.names import is_name_word, is_one_title
from articles.importing.extract.tokens import Token

# Nouns for a government called by its leader's name: 'the Modi government'.
LED_BODIES = {"government", "administration", "cabinet", "regime", "presidency", "premiership"}
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
    if len(name) != 1 or not is_name_word(word) or "-" in word.bare:
        return None
    if prefix and styled(prefix[-1]) and not middle_initial(prefix):
        return OneWord(word.bare, "style or title before a surname", 0.75)
    end = start + len(prefix) + 1
    before = tokens[end - 2] if end >= 2 else None
    after = tokens[end] if end < len(tokens) else None
    if (
        not prefix
        and before is not None
        and before.lower == "the"
        and after is not None
        and after.lower in LED_BODIES
    ):
        return OneWord(word.bare, "'the NAME government'", 0.65)
    if not prefix and said_beside(before, after):
        return OneWord(word.bare, "surname beside 'said'", 0.6)
    return None


def said_beside(before: Token | None, after: Token | None) -> bool:
    """Return whether an attribution verb stands right beside a word: 'Macron said'.

    Not over a comma ('from Kayes, says') nor after a preposition ('in Makeni said').
    """
    if before is not None and before.lower in ATTRIBUTION_VERBS:
        return True
    return (
        after is not None
        and after.lower in ATTRIBUTION_VERBS
        and (before is None or before.lower not in PLACE_PREPOSITIONS)
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
    if lower in PEERAGE:
        return False  # 'Lord Ashworth' is named with the style, see names.clean_name
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
