"""Organisations: acronyms in either order, and names shaped like institutions."""

from articles.importing.extract.organizations import find_organizations, plausible_acronym


def organizations(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.acronym) for o in find_organizations(text, exclude=set())]


def test_organisations_with_acronyms_and_by_shape(extracted):
    found = {(o.name, o.acronym) for o in extracted("press_release_programme").organizations}
    assert found == {
        ("African Development Bank", "AfDB"),
        ("Ministry of Water and Sanitation", None),
    }
    found = {o.name for o in extracted("longform_several_speakers").organizations}
    assert found == {"World Bank", "Ministry of Health"}


def test_a_known_acronym_used_bare_later_is_not_a_second_organisation():
    text = "The European Union (EU) signed. Later the EU said the EU Council agreed."
    assert organizations(text) == [("European Union", "EU")]


def test_acronym_written_before_the_name():
    assert organizations("(UNHCR) the UN Refugee Agency said on Friday.") == [
        ("UN Refugee Agency", "UNHCR")
    ]
    assert organizations("UNHCR, the UN Refugee Agency, said on Friday.") == [
        ("UN Refugee Agency", "UNHCR")
    ]


def test_acronyms_in_another_languages_order_or_covering_initials_are_plausible():
    assert plausible_acronym("Joint Operational Partnership", "POC")
    assert plausible_acronym("United Nations Children's Fund", "UNICEF")
    assert not plausible_acronym("Ministry of Health", "WHO")


def test_institution_shapes_are_organisations(extracted):
    found = {o.name for o in extracted("capitalised_words_that_are_not_people").organizations}
    assert found == {
        "Ministry of Health",
        "World Bank",
        "World Health Organization",
        "Kenya Red Cross Society",
    }
    found = {o.name for o in extracted("wire_ap_dateline_honorific_back_references").organizations}
    assert found == {"Directorate of Criminal Investigations"}


def test_government_of_a_country_is_an_organisation():
    assert ("Government of Ghana", None) in organizations(
        "The Government of Ghana and the bank signed."
    )


def test_generic_forces_are_not_an_organisation_but_named_ones_are():
    assert organizations("It trains the Security Forces in Dakar.") == []
    assert organizations("The Kenya Defence Forces deployed.") == [("Kenya Defence Forces", None)]


def test_world_food_programme_is_an_agency_and_a_project_is_not_an_organisation():
    assert organizations("The World Food Programme (WFP) and the Youth Employment Project.") == [
        ("World Food Programme", "WFP")
    ]


def test_upper_case_datelines_and_headlines_are_not_organisations():
    assert organizations("NATIONAL ASSEMBLY OFFICE - The vote was held.") == []


def test_a_full_stop_ends_a_name_and_a_place_after_in_is_not_part_of_it():
    text = (
        "The National Assembly in Abuja debated the Electoral Bill. Premier League clubs paid. "
        "Amnesty International and Kenya Airways agreed."
    )
    assert [name for name, _ in organizations(text)] == [
        "National Assembly",
        "Premier League",
        "Amnesty International",
        "Kenya Airways",
    ]
