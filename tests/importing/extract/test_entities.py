"""Organisations, places, datelines, programmes and topic tags."""

from datetime import date

from articles.importing.extract.dates import find_period
from articles.importing.extract.places import find_dateline


def test_organisations_with_acronyms_and_by_shape(extracted):
    found = {(o.name, o.acronym) for o in extracted("press_release_programme").organizations}
    assert found == {
        ("African Development Bank", "AfDB"),
        ("Ministry of Water and Sanitation", None),
    }
    found = {o.name for o in extracted("longform_several_speakers").organizations}
    assert found == {"World Bank", "Ministry of Health"}


def test_places_come_from_the_gazetteer_and_regions_are_not_split(extracted):
    places = {(p.name, p.kind) for p in extracted("no_people_statistics").places}
    assert ("West Africa", "region") in places and ("Africa", "region") not in places
    assert {("Senegal", "country"), ("Dakar", "city")} <= places


def test_datelines_in_wire_weekday_and_town_country_shapes():
    assert find_dateline(("LAGOS, 3 March (Reuters) - Text.",)).name == "Lagos"
    assert find_dateline(("NAIROBI (AP) — Text.",)).name == "Nairobi"
    assert find_dateline(("Dakar, Senegal — Text.",)).name == "Dakar"
    assert find_dateline(("Officials met on Thursday in Accra to sign it.",)).name == "Accra"
    assert find_dateline(("Officials met to sign it.",)) is None


def test_programme_with_acronym_phase_period_partners_and_focus_areas(extracted):
    (program,) = extracted("press_release_programme").programs
    assert (program.name, program.acronym, program.phase) == (
        "Rural Water Access Programme",
        "RWAP",
        2,
    )
    assert (program.starts_on, program.ends_on) == (date(2025, 1, 1), date(2028, 12, 31))
    assert program.partners == ("Ministry of Water and Sanitation", "African Development Bank")
    assert program.focus_areas == (
        "borehole drilling",
        "the training of local water committees",
        "the repair of existing pumps",
    )


def test_periods_as_news_copy_writes_them():
    assert find_period("until November 2026") == (None, date(2026, 11, 30))
    assert find_period("between January 2022 and June 2025") == (
        date(2022, 1, 1),
        date(2025, 6, 30),
    )
    assert find_period("launched in March 2023, it runs through 2025") == (
        date(2023, 3, 1),
        date(2025, 12, 31),
    )


def test_topic_tags_come_from_the_vocabulary_terms_and_synonyms(extracted):
    assert extracted("wire_dateline_title_before_name").tags == ("arms trafficking",)
    assert extracted("press_release_programme").tags == ("water and sanitation",)


def test_acronyms_in_another_order_and_apostrophe_names_of_places():
    from articles.importing.extract.organizations import find_organizations
    from articles.importing.extract.places import find_places

    text = "The United Nations Children's Fund (UNICEF) works in Côte d'Ivoire."
    assert [(o.name, o.acronym) for o in find_organizations(text, exclude=set())] == [
        ("United Nations Children's Fund", "UNICEF")
    ]
    assert [p.name for p in find_places((text,), exclude=set())] == ["Ivory Coast"]
