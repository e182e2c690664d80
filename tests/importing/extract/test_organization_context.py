"""Organisations known by what the sentence has them do, without an organisation word."""

from articles.importing.extract.organizations import find_organizations


def names(text: str, exclude: set[str] = frozenset()) -> list[str]:
    return [o.name for o in find_organizations(text, exclude=set(exclude))]


def test_a_bare_acronym_that_speaks_owns_or_pays_is_a_body():
    assert names("SADC warned on Friday that the vote could slip.") == ["SADC"]
    assert names("The talks were chaired by the AU's special envoy.") == ["AU"]
    assert names("An EU-funded clinic opened in the camp.") == ["EU"]
    assert names("IGAD has also called for calm along the border.") == ["IGAD"]


def test_a_bare_acronym_cited_or_heading_a_noun_of_governance_is_a_body():
    assert names("According to UNHCR, 4,000 people crossed in a week.") == ["UNHCR"]
    assert names("COMESA leaders will meet in a month.") == ["COMESA"]


def test_a_bare_acronym_described_in_apposition_or_listed_beside_a_body_is_one():
    text = "The grant goes to ACTED, a French aid organisation working in the north."
    assert names(text) == ["ACTED"]
    text = "The Kenya Red Cross Society and KEMRI trained the nurses."
    assert names(text) == ["Kenya Red Cross Society", "KEMRI"]


def test_an_upper_case_common_noun_or_country_is_not_a_body():
    assert names("The NGO said the DRC troops had left, and the CEO said nothing.") == []


def test_an_acronym_of_a_body_named_in_full_becomes_its_acronym():
    text = "The Arctic Shipping Council met. The ASC's report was delayed."
    assert [(o.name, o.acronym) for o in find_organizations(text, exclude=set())] == [
        ("Arctic Shipping Council", "ASC")
    ]


def test_a_name_without_an_organisation_word_that_speaks_or_is_cited_is_a_body():
    text = "Timber Justice Watch said in a report that the logs were sold on."
    assert names(text) == ["Timber Justice Watch"]
    assert names("The ban was unlawful, according to Fair Trials Abroad, a lobby.") == [
        "Fair Trials Abroad"
    ]


def test_a_person_a_place_or_the_end_of_a_longer_name_that_speaks_is_not_a_body():
    assert names("Grace Achieng said the clinic was full.", {"grace achieng"}) == []
    assert names("North Darfur said nothing; Ms Achieng said little.") == []
    assert names("The Minister for Lakes and Rural Roads said so.") == []


def test_bodies_listed_after_their_kind_or_as_partners_in_an_action_are_bodies():
    text = "Relief agencies, including Caritas, Hope for Children and IRC, sent trucks."
    assert names(text) == ["Caritas", "Hope for Children", "IRC"]
    text = "The raids were coordinated by Interpol and Afripol, with help from Kenya."
    assert names(text) == ["Interpol", "Afripol"]


def test_a_name_linked_by_of_or_the_may_speak_as_a_body_but_residents_do_not():
    assert names("Save the Elephants said it would sue.") == ["Save the Elephants"]
    assert names("Residents of Makeni said the water ran brown.") == []
    assert names("Talks supported by Ghana and Togo resumed.") == []


def test_a_participle_opening_the_sentence_and_capitals_of_plain_words_are_no_body():
    text = "Addressing the Regional Water Council, she said THE FLOODS ARE NOT OVER."
    assert names(text) == ["Regional Water Council"]


def test_customs_after_a_place_names_a_body():
    assert names("Officers from Mombasa Customs opened the crates.") == ["Mombasa Customs"]


def test_a_name_running_on_out_of_a_header_in_capitals_is_no_body():
    text = "MINISTRY OF WATER AND SANITATION Government of Ruritania\n\nThe Ministry of Water met."
    assert names(text) == ["Ministry of Water"]


def test_a_ministrys_country_is_not_part_of_its_name_and_a_hospital_is_a_body():
    text = (
        "The Ministry of Labour and Social Welfare of Ghana and the Bank of Ghana met at "
        "Korle Bu Teaching Hospital."
    )
    assert names(text) == [
        "Ministry of Labour and Social Welfare",
        "Bank of Ghana",
        "Korle Bu Teaching Hospital",
    ]


def test_a_body_a_body_owns_is_named_apart_but_a_possessive_inside_a_name_stays():
    text = (
        "The Ministry of Water's Vector Control Service and the Musina Magistrate's Court "
        "met the People's Party."
    )
    found = names(text)
    assert {"Ministry of Water", "Vector Control Service", "Musina Magistrate's Court"} <= set(
        found
    )


def test_words_of_a_header_in_capitals_are_no_acronyms():
    text = "ELEVENTH MINISTERIAL MEETING\n\nThe SADC said the talks went well."
    assert names(text) == ["SADC"]
