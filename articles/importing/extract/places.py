"""Places from the gazetteer, and the dateline."""

import re

from articles.importing.extract.gazetteer import demonyms, lookup
from articles.importing.extract.tokens import capitalised_runs, tokenize
from articles.importing.records import PlaceRecord
from articles.text import fold_key

# 'LAGOS, 3 March (Reuters) - ', 'PORT-AU-PRINCE, Haiti (AP) — ': an upper-case place.
WIRE = re.compile(
    r"^([A-Z][A-Z'’.-]*(?:\s[A-Z][A-Z'’.-]*){0,3})(?:,\s*[^()\n–—]{0,40}?)?"
    r"(?:\s*\([^)]{1,30}\))?\s+[-–—]\s"
)
# 'Dakar, Senegal — ', 'Dakar, 12 May (APS) - ', 'Abuja, Nigeria, 3 March — '.
LOCAL = re.compile(
    r"^([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})(?:,\s*([A-Z][\w'’ .-]{2,30}?))?"
    r"(?:,?\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)?"
    r"(?:\s*\([^)]{1,30}\))?\s+[-–—]\s"
)
WEEKDAY_IN = re.compile(
    r"\b(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+\d{1,2}\s+\w+)?\s+in|in)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def find_places(paragraphs: tuple[str, ...], *, exclude: set[str]) -> list[PlaceRecord]:
    """Return known places in order of first mention, skipping words of excluded names."""
    found: dict[str, PlaceRecord] = {}
    for text in paragraphs:
        tokens = tokenize(text)
        for start, end in capitalised_runs(tokens):
            words = [t.bare for t in tokens[start:end]]
            used: set[int] = set()
            for size in (3, 2, 1):
                for i in range(len(words) - size + 1):
                    span = set(range(i, i + size))
                    name = " ".join(words[i : i + size])
                    place = lookup(name) or (size == 1 and country_of(tokens, start + i))
                    if not place or span & used or fold_key(name) in exclude:
                        continue
                    used |= span  # 'West Africa' is not also 'Africa'
                    found.setdefault(place[0], PlaceRecord(*place))
    return list(found.values())


def country_of(tokens, n: int) -> tuple[str, str] | None:
    """Return the country a demonym stands for ('Senegalese' -> Senegal), not a language."""
    country = demonyms().get(tokens[n].bare)
    if country is None or (n > 0 and tokens[n - 1].lower == "in"):
        return None  # 'in French' is a language
    return lookup(country)


def find_dateline(paragraphs: tuple[str, ...]) -> PlaceRecord | None:
    """Return the place the story was filed from, if the opening paragraph says."""
    if not paragraphs:
        return None
    first = paragraphs[0]
    if match := WIRE.match(first):
        name = match.group(1).strip().title()
        if place := lookup(name):
            return PlaceRecord(*place)
        if re.search(r"[,(]", match.group()):  # 'TOWN, Country —'; not 'UN - The talks'
            return PlaceRecord(name, "city")
    if match := LOCAL.match(first):
        place, country = lookup(match.group(1)), lookup(match.group(2) or "")
        if place:
            return PlaceRecord(*place)
        if country and country[1] == "country":  # 'Keta, Ghana — ': a town too small to list
            return PlaceRecord(match.group(1), "city")
    opening = first[:300]
    for match in WEEKDAY_IN.finditer(opening):
        place = lookup(match.group(1)) or lookup(match.group(1).split()[0])
        if place and place[1] == "city":
            return PlaceRecord(*place)
    return None
