"""Places from the gazetteer, and the dateline."""

import re

from articles.importing.extract.gazetteer import lookup
from articles.importing.extract.tokens import capitalised_runs, tokenize
from articles.importing.records import PlaceRecord
from articles.text import fold_key

WIRE = re.compile(r"^([A-Z][A-Z'’ .-]{2,40}?)(?:,\s*[^()\n]{0,40}?)?\s*(?:\([^)]{1,30}\))?\s*[-–—]")
TOWN_COUNTRY = re.compile(r"^([A-Z][\w'’ -]{2,30}),\s+[A-Z][\w ]{2,30}\s*[-–—]")
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
                    place = lookup(name)
                    if not place or span & used or fold_key(name) in exclude:
                        continue
                    used |= span  # 'West Africa' is not also 'Africa'
                    found.setdefault(place[0], PlaceRecord(*place))
    return list(found.values())


def find_dateline(paragraphs: tuple[str, ...]) -> PlaceRecord | None:
    """Return the place the story was filed from, if the opening paragraph says."""
    if not paragraphs:
        return None
    first = paragraphs[0]
    for pattern in (WIRE, TOWN_COUNTRY):
        if match := pattern.match(first):
            name = match.group(1).strip().title()
            return PlaceRecord(*(lookup(name) or (name, "city")))
    opening = first[:300]
    for match in WEEKDAY_IN.finditer(opening):
        place = lookup(match.group(1)) or lookup(match.group(1).split()[0])
        if place and place[1] == "city":
            return PlaceRecord(*place)
    return None
