"""Places from the gazetteer, demonyms, and the dateline."""

from articles.importing.extract.gazetteer import demonyms, lookup
from articles.importing.extract.places import find_dateline, find_places
from articles.importing.records import PlaceRecord


def places(*paragraphs: str) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in find_places(paragraphs, exclude=set())]


def test_places_come_from_the_gazetteer_and_regions_are_not_split(extracted):
    found = {(p.name, p.kind) for p in extracted("no_people_statistics").places}
    assert ("West Africa", "region") in found and ("Africa", "region") not in found
    assert {("Senegal", "country"), ("Dakar", "city")} <= found


def test_countries_cities_and_regions_get_their_kind():
    assert places("Talks in Nairobi, Kenya, on the Sahel.") == [
        ("Nairobi", "city"),
        ("Kenya", "country"),
        ("Sahel", "region"),
    ]


def test_small_towns_and_capitalised_words_that_are_towns_elsewhere_are_not_places():
    assert places("On Tuesday in March, Victoria Mensah met the Police.") == []


def test_apostrophe_names_of_places():
    assert places("The fund works in Côte d'Ivoire.") == [("Côte d'Ivoire", "country")]


def test_a_country_alias_keeps_the_written_name_but_an_abbreviation_does_not():
    assert places("Cocoa from Ivory Coast reached the US.") == [
        ("Ivory Coast", "country"),
        ("United States", "country"),
    ]


def test_a_country_the_gazetteer_lists_with_the_is_found_without_it():
    assert places("Flower growers in the Netherlands and The Gambia agreed.") == [
        ("Netherlands", "country"),
        ("Gambia", "country"),
    ]


def test_a_city_name_with_a_lower_case_particle_is_found_whole():
    assert set(places("Ferries left Dar es Salaam for Rio de Janeiro.")) == {
        ("Dar es Salaam", "city"),
        ("Rio de Janeiro", "city"),
    }


def test_a_capitals_transliterated_spelling_is_found_as_written():
    assert places("Flights from Addis Abeba resumed.") == [("Addis Abeba", "city")]
    assert lookup("Addis Abeba") == ("Addis Ababa", "city")


def test_a_port_city_closing_a_seas_name_is_not_the_city_but_the_sea_is_a_region():
    assert places("Pirates roam the Gulf of Aden again.") == [("Gulf of Aden", "region")]


def test_an_unlisted_town_named_by_the_town_of_is_a_city():
    assert places("Rain flooded the remote Kenyan village of Ngurunit.") == [
        ("Kenya", "country"),
        ("Ngurunit", "city"),
    ]


def test_demonyms_map_to_their_country():
    assert demonyms()["Senegalese"] == "Senegal"
    assert demonyms()["Nigerian"] == "Nigeria"
    assert demonyms()["Kenyan"] == "Kenya"
    assert demonyms()["Ivorian"] == "Ivory Coast"


def test_gazetteer_is_loaded_once():
    lookup("Dakar")
    from articles.importing.extract.gazetteer import places as table

    assert table.cache_info().currsize == 1
    lookup("Lagos")
    assert table.cache_info().misses == 1


def test_datelines_in_wire_release_and_town_country_shapes():
    assert find_dateline(("LAGOS, 3 March (Reuters) - Text.",)).name == "Lagos"
    assert find_dateline(("NAIROBI (AP) — Text.",)).name == "Nairobi"
    assert find_dateline(("NAIROBI, Kenya (AP) — Text.",)).name == "Nairobi"
    assert find_dateline(("Dakar, Senegal — Text.",)).name == "Dakar"
    assert find_dateline(("HARARE, Oct. 8 (Xinhua) -- Text.",)).name == "Harare"
    assert find_dateline(("(Geneva, 5 September 2024): The agency said.",)).name == "Geneva"
    assert find_dateline(("(Bor, 12 May): The agency said.",)) == PlaceRecord("Bor", "city")
    assert find_dateline(("Officials met to sign it.",)) is None


def test_a_wire_dateline_line_in_capitals_with_its_day_in_digits_is_the_dateline():
    assert find_dateline(("LONDON 1996-08-30", "Traders said.")).name == "London"
    assert find_dateline(("DAR ES SALAAM 2003-11-04", "Text.")).name == "Dar es Salaam"
    town = find_dateline(("FARMINGTON HILLS 1996-08-30", "Text."))
    assert town == PlaceRecord("Farmington Hills", "city")
    assert find_dateline(("Updated 2024-05-01", "Text.")) is None


def test_without_a_dateline_the_city_an_opening_dates_the_event_in_stands_for_it():
    assert find_dateline(("Officials met on Thursday in Accra to sign it.",)).name == "Accra"
    assert find_dateline(("Officials launched, Tuesday in Accra, a plan.",)).name == "Accra"
    assert find_dateline(("A court in Accra ruled on it.",)) is None
    assert find_dateline(("It was signed. Talks ended on Monday in Lomé.",)) is None


def test_a_dateline_below_a_standfirst_is_found_but_no_deeper():
    standfirst = "Talks resume as the rains threaten the harvest"
    assert find_dateline((standfirst, "ACCRA (AP) — Text.")).name == "Accra"
    assert find_dateline((standfirst, "More text.", "ACCRA (AP) — Text.")) is None


def test_the_dateline_place_is_also_a_place(extracted):
    extraction = extracted("government_statement_town_country_dateline")
    assert extraction.dateline == "Accra"
    assert ("Accra", "city") in {(p.name, p.kind) for p in extraction.places}


def test_an_article_without_a_dateline_has_none(extracted):
    assert extracted("capitalised_words_that_are_not_people").dateline is None


def test_more_dateline_shapes_from_agencies_and_local_outlets():
    assert find_dateline(("Dakar, 12 May (APS) - Text.",)).name == "Dakar"
    assert find_dateline(("Dakar (APS) - Text.",)).name == "Dakar"
    assert find_dateline(("Abuja, Nigeria, 3 March — Text.",)).name == "Abuja"
    assert find_dateline(("PORT-AU-PRINCE, Haiti (AP) — Text.",)).name == "Port-au-Prince"
    assert find_dateline(("KINSHASA, May 3 (Reuters) - Text.",)).name == "Kinshasa"
    assert find_dateline(("Keta, Ghana — Text.",)) == PlaceRecord("Keta", "city")


def test_what_only_looks_like_a_dateline_is_not_one():
    assert find_dateline(("By John Doe, Reuters — Text.",)) is None
    assert find_dateline(("UN - The talks resumed.",)) is None
    assert find_dateline(("In Mombasa, police said.",)) is None


def test_a_demonym_names_its_country_but_a_language_does_not():
    assert places("Senegalese forces patrolled.") == [("Senegal", "country")]
    assert places("The talks were held in French.") == []


def test_words_of_a_persons_name_are_not_places_later_either():
    text = ("Dr Joana dos Santos Mabote spoke.", "Later dos Santos Mabote left. Santos smiled.")
    assert find_places(text, exclude={"joana dos santos mabote"}) == []


def test_a_country_starting_an_excluded_organisation_name_is_not_mentioned():
    text = ("Money came from the United States Agency for International Development.",)
    exclude = {"united states agency for international development"}
    assert find_places(text, exclude=exclude) == []


def test_a_demonym_naming_a_sea_or_ocean_is_not_its_country_but_a_region():
    assert places("Storms form over the Indian Ocean.") == [("Indian Ocean", "region")]


def test_a_currency_prefix_is_not_a_place():
    assert places("The fund released US$4 million and a loan in US dollars.") == []


def test_a_city_inside_a_longer_name_counts_only_where_named_alone():
    assert places("Floods hit the Kayes Nova quarter.") == []
    assert places("Tropical Storm Mopti struck. After Mopti, aid came.") == []
    assert places("The Kayes Nova quarter flooded. In Kayes, aid came.") == [("Kayes", "city")]


def test_a_title_case_headline_keeps_its_cities():
    assert places("Floods Hit Mopti As Rains Continue") == [("Mopti", "city")]


def test_a_place_before_a_lower_case_participle_is_named():
    assert places("A Geneva-based charity and a Kenya-born singer.") == [
        ("Geneva", "city"),
        ("Kenya", "country"),
    ]


def test_small_towns_count_when_the_text_says_they_are_towns():
    assert places("She fled the northern town of Lodwar.") == [("Lodwar", "city")]
    assert places("Cholera spread in Kitui county.") == [("Kitui", "city")]


def test_arabic_city_names_are_found_without_their_final_h():
    assert lookup("Nasiriya") == ("Nasiriya", "city")


def test_datelines_closed_by_a_stop_or_alone_on_their_line():
    assert find_dateline(("ACCRA. The government has suspended the licences.",)).name == "Accra"
    assert find_dateline(("UN. The talks resumed.",)) is None
    assert find_dateline(("‘We will go back,’ she said.", "TAMALE, Ghana")).name == "Tamale"
    assert find_dateline(("TAMALE, Ghana", "More text.")).name == "Tamale"


def test_a_dated_dateline_keeps_the_place_as_written_even_when_unlisted():
    assert find_dateline(("Addis Abeba, June 9/2022 – Text.",)).name == "Addis Abeba"
    assert find_dateline(("Bolgatanga, May 3, 2021 – Text.",)).name == "Bolgatanga"
    assert find_dateline(("Meanwhile, 3 May – the talks went on.",)) is None


def test_a_listed_city_closed_by_a_stop_or_dated_alone_on_its_line_is_a_dateline():
    assert find_dateline(("Dar es Salaam. The court ruled.",)).name == "Dar es Salaam"
    assert find_dateline(("Brussels, 13 December 2018", "Text.")).name == "Brussels"
    assert find_dateline(("Ghana. It rained all week.",)) is None


def test_a_listed_city_closed_by_a_colon_or_alone_under_the_byline_is_a_dateline():
    assert find_dateline(("LUSAKA: The agency said on Monday.",)).name == "Lusaka"
    assert find_dateline(("Doha: Police have seized the boats.",)).name == "Doha"
    assert find_dateline(("Rivers run dry in the south", "Lusaka", "Text.")).name == "Lusaka"
    assert find_dateline(("UPDATE: The agency said.",)) is None
    assert find_dateline(("Warning: graphic images.", "Prices rose.")) is None
    assert find_dateline(("Ghana: a year of floods", "Text.")) is None


def test_the_agency_may_come_before_the_place_and_a_stop_before_the_dash():
    assert find_dateline(("(AFP) - Lusaka, May 3 - Police said.",)).name == "Lusaka"
    assert find_dateline(("Keta, Ghana, Aug 9 (GNA).- Police said.",)).name == "Keta"
    assert find_dateline(("(AFP) - Police said on Monday.",)) is None


def test_countries_written_as_their_initials_are_found():
    assert lookup("UAE") == ("United Arab Emirates", "country")
    assert lookup("DRC") == ("Democratic Republic of the Congo", "country")


def test_a_town_too_small_for_the_city_list_counts_in_a_story_that_names_its_country():
    text = "Police in Arusha and in Babati said the road to Tanzania's north was cut."
    assert "Babati" in [p.name for p in find_places((text,), exclude=set())]
    elsewhere = "Police in Babati said the road was cut."
    assert "Babati" not in [p.name for p in find_places((elsewhere,), exclude=set())]


def test_a_small_town_that_is_also_a_word_opening_a_sentence_or_a_longer_name_is_not_one():
    text = ("Same as before, Tanzania voted.", "Aid to the Horn of Africa and Germany rose.")
    found = [p.name for p in find_places(text, exclude=set())]
    assert "Same" not in found and "Horn" not in found


def test_an_agency_between_slashes_and_a_weekday_in_a_dated_line_keep_the_dateline():
    assert find_dateline(("LUSAKA, June 10. /ZANIS/. Police said.",)).name == "Lusaka"
    assert find_dateline(("Lusaka, Friday 4 July 2025", "Text.")).name == "Lusaka"


def test_an_unlisted_place_in_capitals_is_a_dateline_when_the_story_writes_it_again():
    story = ("KETAWA – At dawn the buses came.", "Ketawa has one clinic.")
    assert find_dateline(story) == PlaceRecord("Ketawa", "city")
    assert find_dateline(("UNHCR – The agency said so.", "It will help.")) is None


def test_a_dateline_below_two_labels_is_found():
    labels = ("Press release", "Labour migration")
    assert find_dateline((*labels, "BANGKOK (ILO News) – The agency said.")).name == "Bangkok"


def test_a_small_town_that_is_also_a_word_needs_a_word_leading_to_it():
    text = ("The United Kingdom signed the new Deal.", "In Babati and Moshi, Tanzania voted.")
    found = [p.name for p in find_places(text, exclude=set())]
    assert "Deal" not in found and "Babati" in found


def test_an_agencys_dateline_for_an_unlisted_town_the_story_names_again_is_found():
    story = ("Ketawa (dpa) - Migrants slept rough.", "Aid reached Ketawa on Friday.")
    assert find_dateline(story) == PlaceRecord("Ketawa", "city")
    colon = ("KETAWA: Migrants slept rough.", "Aid reached Ketawa on Friday.")
    assert find_dateline(colon) == PlaceRecord("Ketawa", "city")
    assert find_dateline(("Police (AP) - Officers said so.", "Police agreed.")) is None


def test_the_short_names_regional_bodies_use_are_countries():
    assert lookup("Viet Nam") == ("Vietnam", "country")
    assert lookup("Lao PDR") == ("Laos", "country")
    assert lookup("Republic of Korea") == ("South Korea", "country")


def test_a_dated_line_may_name_the_country_between_place_and_date():
    assert find_dateline(("Manila, the Philippines, 20 September 2017", "Text.")).name == "Manila"


def test_provinces_of_large_countries_and_the_gulf_are_places():
    johannesburg = ("Miners in the Northern Cape and Gauteng went on strike.",)
    assert {"Northern Cape", "Gauteng"} <= {
        p.name for p in find_places(johannesburg, exclude=set())
    }
    dubai = ("Tankers left ports in the Gulf on Sunday.",)
    assert [p.name for p in find_places(dubai, exclude=set())] == ["Gulf"]
    mexico = ("Police in Michoacan found the bodies.",)
    assert [p.name for p in find_places(mexico, exclude=set())] == ["Michoacan"]
