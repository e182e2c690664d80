"""Regions and geographic features by their shape, compound places kept whole, and the
words of an organisation's name that are no place of their own."""

from articles.importing.extract import extract
from articles.importing.extract.places import find_dateline, find_places
from articles.importing.records import ParsedArticle


def places(*paragraphs: str, exclude: frozenset = frozenset()) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in find_places(paragraphs, exclude=set(exclude))]


def extracted(*paragraphs: str):
    return extract(ParsedArticle("Title", paragraphs), vocabulary=())


def test_a_compound_country_is_not_read_as_its_last_word():
    broadcaster = (
        "Flights resumed to South Sudan, North Macedonia, Papua New Guinea, East Timor "
        "and Equatorial Guinea."
    )
    assert [name for name, _ in places(broadcaster)] == [
        "South Sudan",
        "North Macedonia",
        "Papua New Guinea",
        "East Timor",
        "Equatorial Guinea",
    ]


def test_regions_and_features_are_regions():
    wire = "Drought in the Sahel and Eastern Europe shrank Lake Chad, the Horn of Africa heard."
    assert places(wire) == [
        ("Sahel", "region"),
        ("Eastern Europe", "region"),
        ("Lake Chad", "region"),
        ("Horn of Africa", "region"),
    ]


def test_seas_rivers_and_gulfs_are_regions_and_their_words_no_country():
    gulf_outlet = (
        "Tankers crossed the Red Sea and the Gulf of Oman; the Niger River and Mount Kenya."
    )
    assert places(gulf_outlet) == [
        ("Red Sea", "region"),
        ("Niger River", "region"),
        ("Mount Kenya", "region"),
        ("Gulf of Oman", "region"),
    ]


def test_a_feature_word_opening_a_bodys_name_is_not_a_feature():
    release = "The Tana River Authority and the Hellenic Coast Guard met."
    assert (
        places(release, exclude=frozenset({"tana river authority", "hellenic coast guard"})) == []
    )


def test_a_demonym_inside_an_organisations_name_is_no_country():
    found = extracted("Swiss Air Cargo, the freight carrier, and the Kenyan Navy met in Mombasa.")
    assert [p.name for p in found.places] == ["Mombasa"]


def test_a_place_inside_a_companys_or_partys_name_is_no_place_but_a_public_bodys_is():
    found = extracted(
        "Kenya Airways and the Kurdistan Democratic Party spoke. The Sierra Leone Police agreed."
    )
    assert [p.name for p in found.places] == ["Sierra Leone"]


def test_a_place_of_two_words_before_based_is_the_place():
    assert set(places("The New York-based group Human Rights in China said so.")) == {
        ("New York City", "city"),
        ("China", "country"),
    }


def test_nations_of_the_uk_former_states_and_abbreviations_are_countries():
    found = places("England, the Soviet Union, the U.S. and the Czech Republic signed it.")
    assert found == [
        ("England", "country"),
        ("Soviet Union", "country"),
        ("United States", "country"),
        ("Czech Republic", "country"),  # as written: another name of Czechia
    ]


def test_states_and_regions_of_countries_are_regions():
    us_outlet = "Storms hit Texas and Ohio; in Kashmir and Chechnya, the West Bank, snow fell."
    assert places(us_outlet) == [
        ("Texas", "region"),
        ("Ohio", "region"),
        ("Kashmir", "region"),
        ("Chechnya", "region"),
        ("West Bank", "region"),
    ]


def test_well_known_regions_of_large_countries_are_regions():
    south_asian = "Floods hit Kerala and Sindh; Queensland, Lombardy and Aceh were spared."
    assert [name for name, kind in places(south_asian) if kind == "region"] == [
        "Kerala",
        "Sindh",
        "Queensland",
        "Lombardy",
        "Aceh",
    ]


def test_every_place_carries_the_sentence_the_cue_and_a_confidence():
    found = find_places(
        ("Troops left Mali. Senegalese troops stayed.", "Drought hit Lake Chad."), exclude=set()
    )
    evidence = {p.name: p.evidence for p in found}
    assert evidence["Mali"].sentence == "Troops left Mali."
    assert evidence["Mali"].confidence >= 0.8
    assert evidence["Senegal"].sentence == "Senegalese troops stayed."
    assert evidence["Senegal"].confidence < 0.8
    assert evidence["Lake Chad"].cue == "a geographic feature or region by its shape"


def test_the_dateline_carries_its_evidence():
    place = find_dateline(("KARACHI, June 2 (Reuters) - Police said.",))
    assert place.name == "Karachi"
    assert place.evidence.cue == "dateline"
    assert place.evidence.confidence >= 0.9
