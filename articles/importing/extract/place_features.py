"""Regions and geographic features a gazetteer of countries and cities does not list:
'Lake Chad', 'the Nile River', 'the Gulf of Guinea', 'Eastern Europe'; and the words
of a text that a longer name holds, which are not places of their own ('Kenya' in
'Kenya Airways', 'Africa' in 'Horn of Africa')."""

import re

from articles.importing.extract.gazetteer import demonyms, lookup, particle_names
from articles.importing.extract.lexicon import COMPANY_HEADS, GEO_MODIFIERS, NOT_NAMES, ORG_HEADS
from articles.importing.extract.place_context import GEOGRAPHIC_HEADS
from articles.importing.extract.tokens import Token
from articles.text import fold_key

# Heads written before the feature's own name: 'Lake Chad', 'Mount Kenya', 'River Niger'.
HEADS_FIRST = {"lake", "mount", "mt", "river", "cape"}
# Heads that take 'of' and the name: 'the Gulf of Guinea', 'Bay of Bengal', 'Strait of Hormuz'.
HEADS_OF = {"gulf", "bay", "strait", "straits", "sea", "isle", "cape", "horn", "lake"}
HEADS_LAST = GEOGRAPHIC_HEADS | {"delta", "falls", "island", "canal"}
# Compass words that make a region of a continent or region: 'Eastern Europe', 'South Asia'.
COMPASS = set("north south east west central northern southern eastern western".split())
# Heads of bodies that are not the state's: the place in their names is only a name.
PRIVATE_HEADS = COMPANY_HEADS | {"party", "front", "movement", "union", "league", "alliance"}
MODIFIERS = GEO_MODIFIERS | {"great", "little", "grand"}
HEADS_OF_NAMES = "|".join(w.capitalize() for w in sorted(HEADS_OF))
# 'the Gulf of Guinea', 'the Cape of Good Hope': the head, 'of' and one or two words.
FEATURE_OF = re.compile(
    rf"(?<![\w-])((?:{HEADS_OF_NAMES})\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def feature_at(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int] | None:
    """Return the [start, end) tokens of a run that name a geographic feature, if any:
    a head before ('Lake Chad') or after ('Niger Delta', 'Indian Ocean') its name, ending
    the run ('the River Authority', 'Hellenic Coast Guard' name bodies)."""
    words = [t.lower for t in tokens[start:end]]
    if len(words) < 2 or lookup(" ".join(t.bare for t in tokens[start:end])):
        return None
    last = len(words) - 1
    if words[-2] in HEADS_FIRST and words[-1] not in NOT_NAMES | ORG_HEADS:
        return end - 2, end  # 'Lake Chad', 'Mount Kenya'
    if words[-1] in HEADS_LAST:
        # 'Red Sea', 'South China Sea', 'Great Rift Valley'; not 'Spain Canary Islands'
        first = last - 2 if last >= 2 and words[last - 2] in COMPASS | MODIFIERS else last - 1
        return start + first, end
    return None


def compass_region(tokens: tuple[Token, ...], n: int, place: tuple[str, str]) -> str | None:
    """Return 'Eastern Europe' for a region whose capitalised compass word is before it."""
    if n == 0 or place[1] != "region" or " " in place[0]:
        return None
    before = tokens[n - 1]
    if before.is_capitalised and before.lower in COMPASS:
        return f"{before.bare} {place[0]}"
    return None


def features_of(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, name) of features written 'Gulf of Guinea' in text, and of listed
    places with a lower-case word ('Horn of Africa', 'Dar es Salaam')."""
    found = [(m.start(1), m.end(1), m.group(1)) for m in FEATURE_OF.finditer(text)]
    found += [(m.start(), m.end(), m.group()) for m in particle_names().finditer(text)]
    return found


def in_a_name(name: str, names: set[str]) -> bool:
    """Return whether a feature's name is part of one of names ('Lake Victoria Basin
    Commission'), folded names of several words."""
    key = f" {fold_key(name)} "
    return any(key in f" {other} " and key.strip() != other for other in names if " " in other)


def covered(tokens: tuple[Token, ...], text: str, names: set[str]) -> set[int]:
    """Return positions of tokens inside a longer name that are no place of their own: a
    demonym in one of names (folded, several words: 'Kenyan Navy', 'Swiss Air Cargo'),
    any word of a company's ('Kenya Airways'), a word of a feature ('Gulf of Guinea').

    A public body's place is the story's ('Sierra Leone Police', 'Birmingham City Council');
    a company's or a party's is only its name's ('Kurdistan Democratic Party')."""
    inside = {
        n
        for start, end, _ in features_of(text)
        for n, token in enumerate(tokens)
        if start <= token.start < end
    }
    keys = [key.split() for key in names if " " in key]
    folded = [fold_key(t.bare) for t in tokens]
    for n in range(len(tokens)):
        if not tokens[n].is_capitalised:
            continue
        for words in keys:
            if size := span_of(folded, n, words):
                company = not PRIVATE_HEADS.isdisjoint(words)
                span = range(n, n + size)
                inside |= {k for k in span if company or tokens[k].bare in demonyms()}
    return inside


def span_of(folded: list[str], n: int, words: list[str]) -> int:
    """Return how many tokens from n spell words exactly, or 0."""
    k, used = 0, 0
    while k < len(words) and n + used < len(folded):
        parts = folded[n + used].split()
        if words[k : k + len(parts)] != parts or not parts:
            return 0
        k, used = k + len(parts), used + 1
    return used if k == len(words) else 0
