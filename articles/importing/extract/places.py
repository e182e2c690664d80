"""Places from the gazetteer, and the dateline."""

import re
from dataclasses import replace

from articles.importing.clean import DATED_LINE, SENTENCE_END
from articles.importing.extract.gazetteer import (
    as_written,
    demonyms,
    lookup,
    town,
    town_countries,
)
from articles.importing.extract.names import is_name_text
from articles.importing.extract.place_context import (
    begins_excluded_name,
    compound_place,
    cued_towns,
    ends_feature_name,
    in_person_name,
    inside_longer_name,
    is_currency,
    is_title_cased,
    names_a_feature,
    person_name_words,
)
from articles.importing.extract.place_features import (
    compass_region,
    covered,
    feature_at,
    features_of,
    in_a_name,
)
from articles.importing.extract.record_sentences import sentence_at
from articles.importing.extract.tokens import capitalised_runs, tokenize
from articles.importing.records import Evidence, PlaceRecord
from articles.text import fold_key

# 'LAGOS, 3 March (Reuters) - ', 'PORT-AU-PRINCE, Haiti (AP) — ': an upper-case place.
WEEKDAY_IN = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\d{1,2}\s+[A-Z][a-z]+)?"
    r",?\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
WIRE = re.compile(
    r"^([A-Z][A-Z'’.-]*(?:\s[A-Z][A-Z'’.-]*){0,3})(?:,\s*[^()\n–—]{0,40}?)?"
    r"(?:\s*\([^)]{1,30}\))?\s+(?:--?|[–—])\s"
)
# 'Dakar, Senegal — ', 'Dakar, 12 May (APS) - ', 'Abuja, Nigeria, 3 March — '.
LOCAL = re.compile(
    r"^([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})(?:,\s*([A-Z][\w'’ .-]{2,30}?))?"
    r"(?:,?\s*(?P<date>(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:(?:,?\s+|/)\d{4})?))?"
    r"(?:\s*\([^)]{1,30}\))?(?:(?:\s+|\.)[-–—]|\.\s*/[A-Z][\w-]{1,20}/\.?)\s"
)
# 'ISLAMABAD: The agency …', 'Dubai: Police have …': a listed city closed by a colon.
CITY_COLON = re.compile(r"^([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}):\s+\S")
# A listed city alone on its line, as pages set it under the byline: 'Kathmandu'.
CITY_ALONE = re.compile(r"^([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})$")
# The agency before the place: '(ANSA) - Reggio Calabria, March 10 - '.
AGENCY_FIRST = re.compile(r"^\([A-Z][\w .&-]{1,20}\)\s*[-–—]\s*(?=[A-Z])")
# 'KAMPALA. Government has …': an upper-case place closed by a full stop.
WIRE_STOP = re.compile(r"^([A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]{2,}){0,2})\.\s+[A-Z]")
# 'Dar es Salaam. The court …': a listed city closed by a full stop.
CITY_STOP = re.compile(r"^([A-Z][\w'’-]+(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+){0,3})\.\s+[A-Z]")
# A dateline on a line of its own: 'SFAX, Tunisia'.
ALONE = re.compile(r"^([A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)*),\s*([A-Z][\w'’ .-]{2,30})$")
# A press release's '(Juba, 5 September 2024): ' or '(Geneva, 12 May) – '.
RELEASE = re.compile(
    r"^\(([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}),\s*\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\)\s*[:–—-]\s"
)


def find_places(paragraphs: tuple[str, ...], *, exclude: set[str]) -> list[PlaceRecord]:
    """Return known places in order of first mention, skipping words of excluded names.

    A city inside a longer capitalised name ('Praia Nova', 'Cyclone Gombe') counts only
    where the text names it on its own too; a title-case headline is not read that way.
    A word of an excluded name of several words ('Kenya Airways', 'Swiss Air Cargo') is
    no place of its own; a feature ('Lake Chad') or a region ('Eastern Europe') is one.
    """
    found: dict[str, PlaceRecord] = {}
    people, named_before = person_name_words(exclude), set()
    smaller: dict[str, tuple] = {}  # towns, kept if the story names their country
    for text in paragraphs:
        tokens = tokenize(text)
        headline = is_title_cased(tokens)
        inside = covered(tokens, text, exclude)
        for start, end in capitalised_runs(tokens):
            words = [t.bare for t in tokens[start:end]]
            if listed := small_town(tokens, start, end, exclude, people):
                smaller.setdefault(listed[0], (*listed, sentence_at(text, tokens[start].start)))
            if begins_excluded_name(words, exclude) or ends_feature_name(tokens, start):
                continue  # 'United States Agency for …' names a body, not the country
            owned = in_person_name(words, people)
            used = owned | {n - start for n in inside if start <= n < end}
            if (feature := feature_at(tokens, start, end)) and not used:
                name = " ".join(t.bare for t in tokens[slice(*feature)])
                if not in_a_name(name, exclude):  # 'Lake Victoria Basin Commission'
                    add(found, name, "region", text, tokens[feature[0]].start, FEATURE)
                used = used | set(range(feature[0] - start, feature[1] - start))
            for size in (3, 2, 1):
                for i in range(len(words) - size + 1):
                    span = set(range(i, i + size))
                    name = " ".join(words[i : i + size])
                    place = lookup(name) or (size == 1 and country_of(tokens, start + i))
                    if place and place[1] == "city" and span <= owned and place[0] not in found:
                        named_before.add(place[0])  # 'Mary Keter-Owino', later just 'Mary'
                    if not place or span & used or fold_key(name) in exclude:
                        continue
                    used = used | span  # 'West Africa' is not also 'Africa'
                    if is_currency(tokens, start + i + size - 1):
                        continue  # 'US$10 million'
                    if region := compass_region(tokens, start + i, place):
                        if i > 0 and (i - 1) not in used:
                            used.add(i - 1)
                            add(found, region, "region", text, tokens[start + i - 1].start, FEATURE)
                            continue
                    doubtful = place[1] == "city" and not headline
                    where = doubtful and inside_longer_name(words, i, size)
                    if where == "before" and place[0] not in found:
                        named_before.add(place[0])  # 'Cyclone Gombe', later just 'Gombe'
                    if not where and place[0] not in named_before:
                        cue = LISTED if lookup(name) else DEMONYM
                        record = PlaceRecord(as_written(name, place), place[1])
                        add_record(found, place[0], record, text, tokens[start + i].start, cue)
        add_marked(found, text, tokens, exclude)
    for name, country, sentence in smaller.values():
        if country in found and found[country].kind == "country":
            evidence = Evidence(sentence, "listed town in a country the story names", 0.7)
            found.setdefault(name, PlaceRecord(name, "city", evidence))
    return list(found.values())


def add_marked(found: dict, text: str, tokens, exclude: set[str]) -> None:
    """Add places the words around them mark: 'Vienna-based', 'Dar es Salaam', 'town of X'."""
    for n, token in enumerate(tokens):
        if place := compound_place(token, tokens[n - 1] if n else None):  # 'Vienna-based'
            add_record(found, place[0], PlaceRecord(*place), text, token.start, COMPOUND)
    for start, _, name in features_of(text):  # 'Dar es Salaam', 'the Gulf of Guinea'
        if place := lookup(name):
            add_record(found, place[0], PlaceRecord(*place), text, start, LISTED)
        elif fold_key(name) not in exclude:
            add(found, name, "region", text, start, FEATURE)
    for place in cued_towns(text):  # 'the town of X', 'X district'
        if fold_key(place[0]) not in exclude:
            add_record(found, place[0], PlaceRecord(*place), text, text.find(place[0]), TOWN)


# Cues and their confidence: a listed name is strong, a demonym standing for its country
# ('Senegalese troops') and a town only a word around it marks are weaker.
LISTED = ("listed in the gazetteer", 0.9)
DEMONYM = ("a country named by its adjective", 0.7)
FEATURE = ("a geographic feature or region by its shape", 0.8)
COMPOUND = ("a place before '-based', '-born'", 0.8)
TOWN = ("'town of', 'district' beside the name", 0.75)


def add(found: dict, name: str, kind: str, text: str, offset: int, cue) -> None:
    """Add a place by its name as written."""
    add_record(found, name, PlaceRecord(name, kind), text, offset, cue)


def add_record(found: dict, key: str, record: PlaceRecord, text: str, offset: int, cue) -> None:
    """Add a record once, with the sentence at offset and the cue that found it."""
    if key not in found:
        evidence = Evidence(sentence_at(text, max(offset, 0)), *cue)
        found[key] = replace(record, evidence=evidence)


PLACE_WORDS = {
    "in",
    "at",
    "near",
    "from",
    "to",
    "outside",
    "around",
    "towards",
    "toward",
    "via",
    "into",
    "across",
    "between",
    "and",
    "of",
    "through",
}


def heads_a_longer_name(tokens, end: int) -> bool:
    """Return whether a run goes on as 'of' and a name: 'Horn of Africa', 'Bank of X'."""
    following = tokens[end : end + 2]
    return len(following) == 2 and following[0].lower == "of" and following[1].is_capitalised


def small_town(tokens, start: int, end: int, exclude: set[str], people) -> tuple | None:
    """Return (name, country) of a listed town a capitalised run names after a word that
    leads to a place ('in Tsafe', 'In Tsafe' opening a sentence), if it is one."""
    if tokens[start].lower in PLACE_WORDS and end - start > 1:
        start += 1  # 'In Babati, …'
    if not after_place_word(tokens, start):
        return None
    words = [t.bare for t in tokens[start:end]]
    name = " ".join(words)
    if lookup(name) or fold_key(name) in exclude:
        return None
    if heads_a_longer_name(tokens, end) or in_person_name(words, people):
        return None
    listed = town(name)
    return (listed[0], town_countries().get(fold_key(name))) if listed else None


def after_place_word(tokens, n: int) -> bool:
    """Return whether tokens[n] follows a word that leads to a place ('in Tsafe', 'near
    Bantry', 'Tsafe and Maru'): towns that are also words ('the new Deal', 'the Union
    rejected', 'Police said') stand elsewhere."""
    return n > 0 and tokens[n - 1].lower in PLACE_WORDS


def country_of(tokens, n: int) -> tuple[str, str] | None:
    """Return the country a demonym stands for ('Senegalese' -> Senegal), not a language."""
    country = demonyms().get(tokens[n].bare)
    if country is None or (n > 0 and tokens[n - 1].lower == "in"):
        return None  # 'in French' is a language
    if names_a_feature(tokens, n):
        return None  # 'the Indian Ocean' is not India
    return lookup(country)


def find_dateline(paragraphs: tuple[str, ...]) -> PlaceRecord | None:
    """Return the place the story was filed from, if the opening paragraph says: the
    first, or the second after a standfirst or a caption the cleaning could not tell.

    Without one, a city the opening sentence dates an event in ('launched, Thursday in
    Dakar,') stands for it; a mere 'in Lagos' does not.
    """
    openings = paragraphs[:3] if all(map(is_label_line, paragraphs[:2])) else paragraphs[:2]
    for opening in openings:
        if place := dateline_of(opening) or unlisted_wire_place(opening, paragraphs):
            return replace(place, evidence=Evidence(sentence_at(opening, 0), "dateline", 0.95))
    if paragraphs and (place := place_of_event(paragraphs[0])):
        evidence = Evidence(sentence_at(paragraphs[0], 0), "a city the first sentence dates", 0.75)
        return replace(place, evidence=evidence)
    return None


def is_label_line(text: str) -> bool:
    """Return whether a paragraph is a short label, not a sentence ('Labour migration')."""
    return len(text.split()) <= 8 and not SENTENCE_END.search(text)


def unlisted_wire_place(opening: str, paragraphs: tuple[str, ...]) -> PlaceRecord | None:
    """Return the place of a dateline whose town is too small to list, when the story
    writes its name again: 'COLCHANE – At an altitude …', 'LETLHAKENG: The …' (in
    capitals, not an acronym such as 'UN –') or 'Bihać (dpa) - …' (an agency's)."""
    capitals = WIRE.match(opening) or CITY_COLON.match(opening)
    agency = LOCAL.match(opening)
    if capitals and capitals.group(1).isupper() and len(capitals.group(1)) >= 4:
        name = capitals.group(1).strip().title()
    elif agency and "(" in agency.group() and not agency.group(2):
        name = agency.group(1)
    else:
        return None
    elsewhere = re.compile(rf"\b{re.escape(name)}\b")
    later = [text for text in paragraphs if text is not opening]
    if lookup(name) or not all(is_name_text(word, True) for word in name.split()):
        return None  # listed places are found otherwise; 'Police (AP) -' is no place
    if not any(elsewhere.search(text) for text in later):
        return None
    return PlaceRecord(name, "city")


def place_of_event(first: str) -> PlaceRecord | None:
    """Return the city of 'on Thursday in Dakar' in the opening sentence, if a city."""
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    for match in WEEKDAY_IN.finditer(sentence):
        place = lookup(match.group(1)) or lookup(match.group(1).split()[0])
        if place and place[1] == "city":
            return PlaceRecord(*place)
    return None


def dateline_of(first: str) -> PlaceRecord | None:
    """Return the place a paragraph opens with as a dateline, if it does."""
    if match := AGENCY_FIRST.match(first):
        first = first[match.end() :]
    if match := RELEASE.match(first):
        place = lookup(match.group(1))
        name = as_written(match.group(1), place) if place else match.group(1)
        return PlaceRecord(name, place[1] if place else "city")
    if match := WIRE.match(first):
        name = match.group(1).strip().title()
        if place := lookup(name):
            return PlaceRecord(*place)
        if re.search(r"[,(]", match.group()):  # 'TOWN, Country —'; not 'UN - The talks'
            return PlaceRecord(name, "city")
    if match := LOCAL.match(first):
        place, country = lookup(match.group(1)), lookup(match.group(2) or "")
        if place:  # 'Addis Abeba, …': the name as the text spells it, if another of its names
            return PlaceRecord(as_written(match.group(1), place), place[1])
        if country and country[1] == "country":  # 'Keta, Ghana — ': a town too small to list
            return PlaceRecord(match.group(1), "city")
        if re.search(r"\d{4}", match.group("date") or ""):  # 'Addis Abeba, June 9/2022 –'
            return PlaceRecord(match.group(1), "city")
    if (match := WIRE_STOP.match(first)) and (place := lookup(match.group(1).title())):
        return PlaceRecord(*place)
    for shape in (CITY_STOP, DATED_LINE, CITY_COLON, CITY_ALONE):
        match = shape.match(first)
        if match and (place := lookup(match.group(1))) and place[1] == "city":
            return PlaceRecord(as_written(match.group(1), place), "city")
    if (match := DATED_LINE.match(first)) and match.group(1).isupper():  # 'LONDON 1996-08-30'
        return PlaceRecord(*(lookup(match.group(1)) or (match.group(1).title(), "city")))
    if match := ALONE.match(first):
        place, country = lookup(match.group(1).title()), lookup(match.group(2))
        if place:
            return PlaceRecord(*place)
        if country and country[1] == "country":
            return PlaceRecord(match.group(1).title(), "city")
    return None
