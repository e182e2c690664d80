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


def test_acronym_written_before_the_name_it_spells():
    assert organizations("(IOM) the International Organization for Migration said.") == [
        ("International Organization for Migration", "IOM")
    ]


def test_acronym_written_before_a_description_it_does_not_spell_is_the_name():
    assert organizations("(UNHCR) the UN Refugee Agency said on Friday.") == [("UNHCR", None)]
    assert organizations("UNFPA, the UN Sexual Health Agency, said on Friday.") == [("UNFPA", None)]


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


def test_government_of_a_country_is_the_country_but_a_named_government_is_a_body():
    # Editors record 'the Government of Ghana' as the place Ghana, not as an organisation.
    assert organizations("The Government of Ghana and the Government of National Unity met.") == [
        ("Government of National Unity", None)
    ]


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


def test_a_body_named_in_apposition_needs_no_organisation_word():
    text = "The U.N. children's agency, UNICEF, said so. The state broadcaster Ortel agreed."
    assert organizations(text) == [("UNICEF", None), ("Ortel", None)]


def test_a_two_word_name_before_fighters_is_an_armed_group():
    assert organizations("The town was attacked by Ansar Dine fighters at dawn.") == [
        ("Ansar Dine", None)
    ]


def test_a_comma_list_inside_a_name_is_kept_whole():
    text = (
        "The Ministry of Youth, Sports and Culture and the Uganda Nurses, Midwives and "
        "Health Workers Union (UNMHWU) met."
    )
    assert organizations(text) == [
        ("Uganda Nurses, Midwives and Health Workers Union", "UNMHWU"),
        ("Ministry of Youth, Sports and Culture", None),
    ]


def test_countries_listed_before_an_acronym_name_are_not_part_of_it():
    text = "Benin, Togo and Economic Community of West African States (ECOWAS) met."
    assert organizations(text) == [("Economic Community of West African States", "ECOWAS")]


def test_a_sentence_opening_is_not_part_of_a_name():
    text = "According to the Lesotho Drought Monitoring Committee (LDMC), crops failed."
    assert organizations(text) == [("Lesotho Drought Monitoring Committee", "LDMC")]


def test_a_possessive_after_and_starts_a_second_name():
    text = "It is paid for by the Government of Chile and Japan's JICA Development Bank."
    assert organizations(text) == [("JICA Development Bank", None)]


def test_venues_and_bodies_in_the_plural_are_not_organisations():
    text = "At the Bomas International Convention Centre, African Union agencies spoke."
    assert organizations(text) == []


def test_a_head_followed_by_what_the_body_is_for_names_it():
    text = "Money came from the Nordic Climate Fund for Africa on Monday."
    assert organizations(text) == [("Nordic Climate Fund for Africa", None)]


def test_a_place_after_a_listed_name_is_not_part_of_it():
    text = "The Ministry of Health, Population and Hospital Reform in Algiers said."
    assert organizations(text) == [("Ministry of Health, Population and Hospital Reform", None)]


def test_a_recurring_upper_case_word_never_spelled_out_is_a_body():
    text = "Officers of NAFDAC seized the drugs. NAFDAC said more raids would follow."
    assert [o.name for o in find_organizations(text, exclude=set())] == ["NAFDAC"]


def test_a_wire_credit_or_masthead_in_capitals_is_not_a_body():
    text = "ACCRA (REUTERS) - Rates rose. DAILY GRAPHIC readers, REUTERS said, and DAILY GRAPHIC."
    assert find_organizations(text, exclude=set()) == []


def test_a_system_and_a_media_centre_are_not_bodies():
    text = "The Border Data Collection System was shown at the Uganda Media Centre."
    assert find_organizations(text, exclude=set()) == []


def test_a_communique_verb_or_a_label_opening_the_run_is_not_part_of_the_name():
    assert organizations("3. Requests the Chairperson of the Commission to report;") == []
    assert (
        organizations(
            "5. Welcomes the Special Envoy of the Chairperson of the Commission for Sudan;"
        )
        == []
    )
    assert organizations("Key Points The Anti-Corruption Division of the High Court sat.") == [
        ("Anti-Corruption Division of the High Court", None)
    ]


def test_a_name_does_not_run_on_over_to_the_or_a_second_for_the():
    assert organizations(
        "Seed went from the National Food Reserve to the Farmers Marketing Corporation today."
    ) == [("Farmers Marketing Corporation", None)]
    assert organizations("It drew on the EU Trust Fund for Africa for the Horn window.") == [
        ("EU Trust Fund for Africa", None)
    ]


def test_a_name_spelled_by_its_acronym_may_hold_against():
    assert organizations("The National Agency for the Fight against Fraud (ANLF) met.") == [
        ("National Agency for the Fight against Fraud", "ANLF")
    ]


def test_a_funder_joined_by_a_hyphen_is_a_body_of_its_own():
    assert organizations("Clinics under the African Development Bank-financed Health Project.") == [
        ("African Development Bank", None)
    ]
