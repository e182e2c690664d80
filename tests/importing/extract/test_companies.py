"""Companies and brands named without a corporate word, known by what the sentence says."""

from articles.importing.extract import extract
from articles.importing.extract.companies import find_companies
from articles.importing.extract.organizations import find_organizations
from articles.importing.records import ParsedArticle


def names(text: str, exclude: frozenset = frozenset()) -> list[str]:
    return [o.name for o in find_organizations(text, exclude=set(exclude))]


def extracted(*paragraphs: str):
    return extract(ParsedArticle("Title", paragraphs), vocabulary=())


def test_a_company_described_after_its_name_is_one():
    wire = (
        "LONDON, March 3 (Reuters) - Barclays, the country's third-biggest lender, said "
        "profits fell. Cathay Pacific, the Hong Kong carrier, cut fares."
    )
    assert names(wire) == ["Barclays", "Cathay Pacific"]


def test_a_company_described_before_its_name_is_one():
    broadcaster = "The German carmaker Volkswagen and the state broadcaster ZBC both denied it."
    assert set(names(broadcaster)) == {"Volkswagen", "ZBC"}


def test_shares_or_a_stake_held_in_a_name_make_it_a_company():
    business_desk = "Shares in Safaricom rose 3 percent. Vodafone holds a stake in Vodacom."
    assert names(business_desk) == ["Safaricom", "Vodacom"]


def test_what_only_a_company_has_makes_the_name_before_it_one():
    us_outlet = (
        "Boeing's chief executive flew to Seattle. Emirates chief executive Tim Clark spoke."
    )
    assert names(us_outlet, frozenset({"tim clark"})) == ["Boeing", "Emirates"]


def test_a_countrys_airline_is_named_after_air():
    west_african = "Passengers of Air Namibia and Air Senegal were stranded at Dakar airport."
    assert names(west_african) == ["Air Namibia", "Air Senegal"]


def test_company_words_end_a_name_without_any_other_cue():
    text = "Toyota Motors, Nigerian Breweries and Hanover Holdings reported results."
    assert names(text) == ["Toyota Motors", "Nigerian Breweries", "Hanover Holdings"]


def test_an_insurers_re_and_a_corporate_word_end_a_company_not_a_person():
    found = extracted("Hanover Re said claims rose, and Ashanti Cement Corp said profits fell.")
    assert [o.name for o in found.organizations] == ["Hanover Re", "Ashanti Cement Corp"]
    assert [p.name for p in found.persons] == []


def test_a_possessive_owner_or_a_participle_is_no_part_of_the_company():
    wire = (
        "Germany's Siemens, the engineering group, won. The Ontario-based Magna, a supplier, lost."
    )
    assert names(wire) == ["Siemens", "Magna"]


def test_places_people_titles_and_openings_described_as_companies_are_not_companies():
    text = (
        "Nigeria, the continent's biggest oil producer, agreed. On Tuesday, the airline said "
        "so. John Smith, a bank manager, and Chief Executive Mary Jones, the bank's head, spoke."
    )
    assert find_companies(text, {"john smith", "mary jones"}) == []


def test_a_company_is_found_with_its_cue_and_a_confidence_below_a_named_bodys():
    found = {
        o.name: o.evidence
        for o in find_organizations(
            "Shares in Safaricom rose. The Kenya Commercial Bank said so.", exclude=set()
        )
    }
    assert found["Safaricom"].cue == "shares or a stake held in it"
    assert found["Safaricom"].sentence == "Shares in Safaricom rose."
    assert found["Safaricom"].confidence < 0.8 <= found["Kenya Commercial Bank"].confidence


def test_a_companys_own_words_are_no_place_in_a_middle_eastern_report():
    gulf_daily = (
        "Swiss Air Cargo, the freight carrier, and Ethiopian Airlines will fly to Doha, "
        "Kenya Airways said."
    )
    found = extracted(gulf_daily)
    assert {o.name for o in found.organizations} >= {"Swiss Air Cargo", "Ethiopian Airlines"}
    assert [p.name for p in found.places] == ["Doha"]


def test_whom_a_source_told_is_an_outlet_flagged_for_review():
    wire = '"We are watching closely," a NATO official told Reuters by telephone.'
    found = {o.name: o for o in find_organizations(wire, exclude=set())}
    assert "Reuters" in found
    assert found["Reuters"].evidence.confidence < 0.8
    gulf = "Residents told Al Jazeera that the road was closed."
    assert "Al Jazeera" in names(gulf)


def test_whom_a_named_person_was_told_is_no_outlet():
    article = extracted("Amina Bello met the mayor.", '"It is done," the aide told Bello.')
    assert "Bello" not in {o.name for o in article.organizations}


def test_a_name_that_speaks_of_itself_as_it_is_a_body():
    us_daily = "Ssangbangwool said on Tuesday it would cut 300 jobs at its plant."
    assert names(us_daily) == ["Ssangbangwool"]


def test_results_shares_and_spokesmen_make_a_name_a_company():
    seoul = "Haitai reported a net profit of 3 billion won. Lotte shares rose 2 percent."
    assert set(names(seoul)) == {"Haitai", "Lotte"}
    milan = "A spokesman for Benetton declined to comment."
    assert names(milan) == ["Benetton"]


def test_a_trade_word_ends_a_company_name():
    mumbai = "Output at Chittagong Cement and Hindustan Pharmaceuticals rose in March."
    assert {"Chittagong Cement", "Hindustan Pharmaceuticals"} <= set(names(mumbai))


def test_a_name_before_the_kind_of_outlet_it_is_an_outlet():
    algiers = "But Le Matin newspaper, quoting witnesses, said the bomb was hidden in a car."
    assert names(algiers) == ["Le Matin"]
    warsaw = "Zycie Warszawy daily said on Saturday the talks had failed."
    assert "Zycie Warszawy" in names(warsaw)
    assert names("The newspapers said the men had been freed.") == []


def test_a_name_quoting_its_sources_is_an_outlet_flagged_for_review():
    mexico = "Radio Red quoted local police as saying the group was armed."
    found = {o.name: o for o in find_organizations(mexico, exclude=set())}
    assert found["Radio Red"].evidence.confidence < 0.8


def test_two_different_cues_for_one_name_make_it_confident():
    wire = "Hanwha said on Monday it would sell the unit. Hanwha shares rose 3 percent."
    found = {o.name: o for o in find_organizations(wire, exclude=set())}
    assert found["Hanwha"].evidence.confidence >= 0.8
    one = {o.name: o for o in find_organizations("Hanwha shares rose.", exclude=set())}
    assert one["Hanwha"].evidence.confidence < 0.8


def test_a_magazine_or_a_college_ends_a_body_name_but_a_museum_may_be_a_building():
    us_weekly = "Curators at Skidmore College said so in Freedom Magazine on Monday."
    assert {"Skidmore College", "Freedom Magazine"} <= set(names(us_weekly))
