"""Shapes of a name that its words alone do not show: a peer's style, a family name first."""

import re

from articles.importing.extract.gazetteer import lookup
from articles.importing.extract.lexicon import (
    NOT_NAMES,
)
from articles.importing.extract.names import is_name_word, is_post_nominal, is_title
from articles.importing.extract.person_lexicon import (
    PEERAGE,
    SURNAME_ENDINGS,
)
from articles.importing.extract.tokens import Token


def with_peerage(prefix: list[Token], name: list[Token]) -> tuple[list[Token], list[Token]]:
    """Return (prefix, name) with a peer's style kept before one surname: 'Lord Ashworth'.

    A peer is named by the style and a surname or place; 'Baroness Amos' is the person,
    'Amos' alone could be anyone. Before a given name and surname ('Sir Keir Starmer',
    'Lady Jane Grey') the style is an honorific, no part of the name.
    """
    if len(name) == 1 and prefix and prefix[-1].lower in PEERAGE:
        return prefix[:-1], [prefix[-1], *name]
    return prefix, name


def family_first(prefix: list[Token], name: list[Token]) -> Token | None:
    """Return the family name written first in capitals before a given name: 'TANAKA Yuki'.

    Japanese, Chinese and Korean official copy writes the family name first, in capitals,
    so the order shows. It is told from an acronym ('NATO') by being pronounceable, not a
    known word or place, and directly before a one-word given name; the caller also asks
    for a cue that says 'person'.
    """
    if len(name) != 1 or not prefix or not is_name_word(name[0]) or is_post_nominal(prefix[-1]):
        return None  # 'Ruth Baird JA Date': letters after the name before, not a family name
    family = prefix[-1]
    text = family.text
    if not (
        text.isalpha()
        and text.isupper()
        and len(text) >= 2
        and re.search(r"[AEIOUY]", text)
        and re.search(r"[^AEIOUY]", text)
        and text.lower() not in NOT_NAMES
        and not lookup(text.capitalize())
    ):
        return None
    if len(prefix) >= 2 and prefix[-2].text.isupper() and len(prefix[-2].text) > 1:
        return None  # 'IMF WHO Yuki': a run of capitals is a heading or acronyms
    return family


ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{1,3}|V)")


def regnal_number(tokens: list[Token], start: int, end: int) -> bool:
    """Return whether a capitalised run ends in a regnal number: 'Henry VIII', 'Pedro I'.

    'I' is also the pronoun, so it counts only after a title ('Queen Elizabeth I').
    """
    if end - start < 2 or not ROMAN.fullmatch(tokens[end - 1].text):
        return False
    if tokens[end - 1].text == "I":
        return any(is_title(t.bare) for t in tokens[start : end - 2])
    return is_name_word(tokens[end - 2])


# 'Kwok Wai-keung', 'Park Joo-Ho', 'Li In-mo': a short family name, then a given name of
# two syllables joined by a hyphen, the romanised Chinese and Korean shape.
SYLLABLE_NAME = re.compile(r"(?!Al-|El-)[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}")
FAMILY_NAME = re.compile(r"[A-Z][a-z]{1,5}")
HYPHENATED_GIVEN = 0.75


def hyphenated_given_cue(words: list[str], lower: set[str]) -> tuple[str, float] | None:
    """Return the cue of a name shaped 'Family Syl-lable', or None.

    lower: the words the article writes in lower case; a family name that is one too
    ('Pro-Beijing', 'New Wai-kit'?) is some other capitalised word.
    """
    if len(words) != 2 or not FAMILY_NAME.fullmatch(words[0]):
        return None
    if not SYLLABLE_NAME.fullmatch(words[1]) or words[0].lower() in lower:
        return None
    return "a family name, then a hyphenated given name", HYPHENATED_GIVEN


SURNAME_SHAPED = 0.75


def surname_ending_cue(words: list[str], lower: set[str]) -> tuple[str, float] | None:
    """Return the cue of 'Given Surname' whose surname ends as a family name does, or None.

    lower: the words the article writes in lower case ('whisky' ends in -sky too).
    """
    if len(words) != 2:
        return None
    given, surname = words
    if not given.istitle() or not surname.istitle() or len(surname) < 5:
        return None
    if given.lower() in lower or surname.lower() in lower:
        return None
    if not surname.lower().endswith(SURNAME_ENDINGS):
        return None
    return "a family name's ending", SURNAME_SHAPED
