"""An organisation's name as a record holds it: cut where a person, a place or a date
starts, never a fragment, a numeral or a country; its evidence says why it was found."""

from articles.importing.extract import extract
from articles.importing.extract.organization_names import is_body_name, without_people
from articles.importing.extract.organizations import find_organizations
from articles.importing.records import ParsedArticle


def names(text: str, people: frozenset = frozenset()) -> list[str]:
    return [o.name for o in find_organizations(text, exclude=set(people))]


def extracted(*paragraphs: str):
    return extract(ParsedArticle("Title", paragraphs), vocabulary=())


def test_a_person_after_a_body_named_again_later_is_cut_off():
    release = (
        "The agreement was signed by the Ministry of Health and Amina Bello on Monday. "
        "Ms Bello said the clinics would open in June."
    )
    assert names(release, frozenset({"amina bello"})) == ["Ministry of Health"]


def test_a_person_written_right_after_a_body_is_cut_off():
    south_asian = "Department of Water Affairs K.D. Perera told reporters the wells were dry."
    assert names(south_asian, frozenset({"k d perera"})) == ["Department of Water Affairs"]


def test_a_portfolio_joined_by_and_that_the_text_never_names_alone_is_kept():
    text = "The Ministry of Labour and Vocational Training said it would act."
    assert names(text, frozenset({"vocational training"})) == [
        "Ministry of Labour and Vocational Training"
    ]


def test_a_person_before_of_the_body_is_cut_off():
    wire = "Lynn Reaser of Barnett Banks Inc said rates would rise."
    assert names(wire, frozenset({"lynn reaser"})) == ["Barnett Banks Inc"]


def test_the_last_person_inside_a_name_is_the_one_cut():
    caption = "Deputy head of the Main Directorate for Drugs Control Sergey Gorbunov"
    people = {"sergey gorbunov"}
    assert without_people(caption.split("the ")[1], people, caption) == (
        "Main Directorate for Drugs Control"
    )


def test_two_companies_joined_by_and_are_two_records():
    wire = "Kenya Airways and Precision Air Holdings will share routes from Nairobi."
    assert names(wire) == ["Kenya Airways", "Precision Air Holdings"]


def test_a_one_word_partner_of_a_company_is_a_second_record_less_sure():
    found = find_organizations(
        "Kenya Airways and Jambojet will share routes; the World Bank and Nairobi agreed.",
        exclude=set(),
    )
    assert [o.name for o in found] == ["Kenya Airways", "Jambojet", "World Bank"]
    assert found[1].evidence.confidence < 0.8 <= found[0].evidence.confidence


def test_a_possessive_owner_and_an_article_are_no_part_of_the_name():
    west_african = "Ghana's Ministry of Finance said the Kenyan Navy and the Nigerian Navy met."
    assert names(west_african) == ["Ministry of Finance", "Kenyan Navy", "Nigerian Navy"]


def test_a_possessive_inside_a_company_name_stays():
    assert names("Boatmen's Bancshares Inc rose.") == ["Boatmen's Bancshares Inc"]


def test_a_possessive_fragment_a_numeral_a_title_or_a_country_is_never_a_body():
    assert not is_body_name("Interior Minister's")
    assert not is_body_name("Interior Minister")
    assert not is_body_name("II")
    assert not is_body_name("Russian Federation")
    assert not is_body_name("West Bank")
    assert not is_body_name("Palestinians in the West Bank")
    assert is_body_name("Office of the Prime Minister")
    assert is_body_name("National Government Administration Officers")


def test_a_companys_name_ends_at_its_corporate_word():
    assert names("Kia Motor Corp of South Korea said sales rose.") == ["Kia Motor Corp"]


def test_a_long_name_is_not_cut_short():
    ngo = "The East African Small Farmers Union said the rains failed, a spokesman said."
    assert names(ngo) == ["East African Small Farmers Union"]


def test_state_institutions_named_alone_are_bodies_but_not_the_start_of_longer_names():
    us_outlet = "The Treasury said so, and the Senate Committee on Finance agreed."
    assert names(us_outlet) == ["Senate Committee on Finance", "Treasury"]


def test_a_news_agency_named_before_news_agency_is_a_body():
    text = "The Interfax news agency quoted a source. Russia's Itar-Tass news agency did too."
    assert names(text) == ["Interfax", "Itar-Tass"]


def test_a_dotted_acronym_that_acts_is_a_body():
    assert names("The U.N. said aid would arrive. U.S. officials agreed.") == ["U.N."]


def test_every_organisation_carries_the_sentence_the_cue_and_a_confidence():
    found = extracted(
        "GENEVA, 3 May 1988 (AP) - The World Health Organization (WHO) said on Tuesday that "
        "cases rose. The Red Crescent Society agreed.",
        "Human Rights Watch said it would send staff.",
    ).organizations
    evidence = {o.name: o.evidence for o in found}
    assert evidence["World Health Organization"].cue == "name (ACRONYM)"
    assert evidence["World Health Organization"].confidence >= 0.9
    assert evidence["Red Crescent Society"].sentence == "The Red Crescent Society agreed."
    assert evidence["Red Crescent Society"].confidence >= 0.8
    assert evidence["Human Rights Watch"].confidence < 0.8
    assert evidence["Human Rights Watch"].sentence.startswith("Human Rights")


def test_a_member_named_before_of_the_body_is_no_part_of_it():
    hong_kong_outlet = (
        "Lee Cheuk-yan of the Labour Party and Agents of the National Drug Directorate "
        "spoke; the University of Texas and the Climate Relocation of Communities Trust Fund "
        "did not."
    )
    assert names(hong_kong_outlet) == [
        "Labour Party",
        "National Drug Directorate",
        "University of Texas",
        "Climate Relocation of Communities Trust Fund",
    ]


def test_an_ampersand_joins_one_name_and_a_list_of_portfolios_is_one_body():
    wire = (
        "Analysts at Schroder Wertheim & Co agreed, and the UK's Foreign, Commonwealth & "
        "Development Office said so."
    )
    assert names(wire) == [
        "Schroder Wertheim & Co",
        "Foreign, Commonwealth & Development Office",
    ]


def test_a_place_before_a_corporate_word_is_no_company():
    assert not is_body_name("South Africa Ltd")
    assert is_body_name("Shell Nigeria Ltd")
