"""What the words around a place name say about it: part of a person's or a longer name,
a currency ('US$'), a sea ('Indian Ocean'), a compound ('Vienna-based'), a town's cue."""

import re

from articles.importing.extract.gazetteer import lookup, town
from articles.importing.extract.lexicon import ORG_HEADS, PROGRAM_HEADS
from articles.importing.extract.tokens import Token
from articles.text import fold_key

CURRENCY_SIGNS = set("$€£¥₦₵")
CURRENCY_WORDS = {"dollar", "dollars", "cent", "cents"}
# 'Indian Ocean', 'Arabian Sea': a demonym naming a geographic feature, not its country.
GEOGRAPHIC_HEADS = {
    "ocean",
    "sea",
    "gulf",
    "bay",
    "peninsula",
    "subcontinent",
    "basin",
    "desert",
    "plateau",
    "highlands",
    "rift",
    "current",
    "coast",
    "islands",
    "archipelago",
    "river",
    "lake",
    "valley",
    "mountains",
    "strait",
}
# 'Lagos State', 'Nakuru County', 'Mexico City': a place's own administrative name.
ADMIN_WORDS = {
    "state",
    "county",
    "region",
    "province",
    "district",
    "city",
    "town",
    "municipality",
    "governorate",
    "prefecture",
    "department",
    "island",
}
# Words that open a sentence or a phrase ahead of a place: 'In Dakar', 'Central Mali'.
OPENERS = {
    "in",
    "at",
    "from",
    "to",
    "the",
    "and",
    "but",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "greater",
    "downtown",
    "rural",
    "urban",
    "while",
    "when",
    "since",
    "after",
    "before",
    "like",
    "unlike",
    "both",
    "neither",
    "nor",
    "or",
    "if",
    "as",
    "for",
    "on",
    "by",
    "with",
    "of",
}
# '(city|town) of X', 'X district': a town too small for the gazetteer's cut-off.
TOWN_OF = re.compile(
    r"\b(?:city|town|village|port|capital|district|region|province|county)\s+of\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
TOWN_HEAD = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:city|town|district|region|province|county)\b"
)
# 'the northern Yemeni town of X': cue enough to record a town no list holds.
UNLISTED_TOWN = re.compile(
    r"\bthe\s+(?:[A-Za-z][a-z]+\s+){0,2}(?:town|village)\s+of\s+([A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])"
)
# 'Vienna-based', 'Kenya-born', 'Nigeria-led': a place, then a lower-case participle.
COMPOUND = re.compile(r"^([A-Z][\w'’]+)-[a-z]+$")


def person_name_words(exclude: set[str]) -> list[set[str]]:
    """Return the word sets of excluded names that look like people's (no body's word)."""
    heads = ORG_HEADS | PROGRAM_HEADS | {"ministry", "government", "of"}
    names = (name.split() for name in exclude)
    return [set(words) for words in names if len(words) >= 2 and heads.isdisjoint(words)]


def in_person_name(words: list[str], names: list[set[str]]) -> set[int]:
    """Return positions of run words that belong to a person's name ('Mary Keter-Owino')."""
    folded = [" ".join(w.lower().replace("-", " ").split()) for w in words]
    used: set[int] = set()
    for name in names:
        hits = {i for i, word in enumerate(folded) if set(word.split()) <= name}
        if len(hits) >= 2:  # 'dos Santos Muianga' is hers; 'Santos' alone may be the city
            used |= hits
    return used


def is_currency(tokens: tuple[Token, ...], n: int) -> bool:
    """Return whether the word at n prefixes an amount ('US$10m') or names a currency."""
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    if after is None:
        return False
    touching = after.start == tokens[n].end and after.text in CURRENCY_SIGNS
    return touching or after.lower in CURRENCY_WORDS


def names_a_feature(tokens: tuple[Token, ...], n: int) -> bool:
    """Return whether the word at n starts a geographic feature's name ('Indian Ocean')."""
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return bool(after and after.is_capitalised and after.lower in GEOGRAPHIC_HEADS)


def ends_feature_name(tokens: tuple[Token, ...], n: int) -> bool:
    """Return whether the word at n ends a feature's name ('the Gulf of Aden'), not a city."""
    if n < 2 or tokens[n - 1].lower != "of":
        return False
    return tokens[n - 2].is_capitalised and tokens[n - 2].lower in GEOGRAPHIC_HEADS


def inside_longer_name(words: list[str], i: int, size: int) -> str | None:
    """Return where words[i:i+size] sit inside a longer name that is not a place.

    'after' for 'Praia Nova' (a neighbourhood), 'before' for 'Cyclone Gombe' (a storm,
    which the text may go on to call 'Gombe'): the other capitalised word is neither a
    place, an administrative word, nor a phrase's opening word. None when neither.
    """
    before = words[i - 1] if i > 0 else None
    after = words[i + size] if i + size < len(words) else None
    if after and not after.lower().endswith(("'s", "’s")):
        if after.lower() not in ADMIN_WORDS and not lookup(after):
            return "after"
    if before and before[:1].isupper() and before.lower() not in OPENERS:
        if not lookup(before) and not before.endswith(("'s", "’s")):
            return "before"
    return None


def begins_excluded_name(words: list[str], exclude: set[str]) -> bool:
    """Return whether a run of several words begins a longer excluded name ('United
    States Agency' of 'United States Agency for International Development')."""
    key = fold_key(" ".join(words))
    return len(words) > 1 and any(name.startswith(key + " ") for name in exclude)


def is_title_cased(tokens: tuple[Token, ...]) -> bool:
    """Return whether a text is a title-case headline, where every word is capitalised."""
    words = [t for t in tokens if t.is_word and len(t.text) > 3]
    return len(words) >= 4 and sum(t.is_capitalised for t in words) / len(words) > 0.8


def compound_place(token: Token, before: Token | None = None) -> tuple[str, str] | None:
    """Return the place a compound like 'Vienna-based' or 'Kenya-born' starts with, with
    the capitalised word before it when they name one place ('New York-based')."""
    match = COMPOUND.match(token.bare) if "-" in token.bare else None
    if not match:
        return None
    if before and before.is_capitalised and (place := lookup(f"{before.bare} {match.group(1)}")):
        return place
    return lookup(match.group(1))


def cued_towns(text: str) -> list[tuple[str, str]]:
    """Return known towns below the city cut-off that the text marks as towns, and
    unlisted ones that 'the (…) town of X' names."""
    found = []
    for pattern in (TOWN_OF, TOWN_HEAD):
        for match in pattern.finditer(text):
            words = match.group(1).split()
            for name in (" ".join(words), words[0] if pattern is TOWN_OF else words[-1]):
                if place := lookup(name) or town(name):
                    found.append((match.start(1), place))
                    break
    for match in UNLISTED_TOWN.finditer(text):
        if not lookup(match.group(1)):
            found.append((match.start(1), town(match.group(1)) or (match.group(1), "city")))
    return [place for _, place in sorted(found)]
