"""Programmes: name, acronym, phase, period, partners and focus areas."""

from datetime import date

from articles.importing.extract import extract
from articles.importing.extract.organizations import find_organizations
from articles.importing.extract.programs import find_programs
from articles.importing.parse import parse_article


def programs(title: str, *paragraphs: str):
    organizations = find_organizations("\n\n".join(paragraphs), exclude=set())
    return find_programs(title, paragraphs, organizations)


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


def test_phase_written_before_the_name_and_a_government_partner_as_its_country(extracted):
    (program,) = extracted("government_statement_town_country_dateline").programs
    assert (program.name, program.phase) == ("Coastal Resilience Initiative", 2)
    assert program.partners == ("Ghana", "United Nations Development Programme")
    assert (program.starts_on, program.ends_on) == (date(2024, 1, 1), date(2027, 12, 31))
    assert len(program.focus_areas) == 4 and program.focus_areas[0] == "mangrove restoration"


def test_two_programmes_in_one_sentence_keep_their_own_dates(extracted):
    found = {p.name: p for p in extracted("acronym_first_agency_and_two_programmes").programs}
    assert set(found) == {"Global Gateway", "Programme for Sustainable Livelihoods"}
    assert found["Global Gateway"].ends_on is None
    livelihoods = found["Programme for Sustainable Livelihoods"]
    assert (livelihoods.starts_on, livelihoods.ends_on) == (date(2023, 3, 1), date(2025, 12, 31))


def test_quoted_name_with_acronym_and_phase_digits():
    (program,) = programs(
        "Launch",
        "The partners launched the “Clean Cities Partnership” (CCP 3) program on Monday.",
    )
    assert (program.name, program.acronym, program.phase) == ("Clean Cities Partnership", "CCP", 3)


def test_phase_in_words_and_roman_numerals():
    (program,) = programs("Launch", "The second phase of the Green Schools Initiative began.")
    assert (program.name, program.phase) == ("Green Schools Initiative", 2)
    (program,) = programs("Launch", "Phase III of the Safe Roads Project opened in Accra.")
    assert (program.name, program.phase) == ("Safe Roads Project", 3)


def test_focus_areas_listed_with_semicolons():
    (program,) = programs(
        "Launch",
        "The Youth Skills Facility was launched in May 2024. Its focus areas include: "
        "apprenticeships; digital skills; and small business loans.",
    )
    assert program.focus_areas == ("apprenticeships", "digital skills", "small business loans")


def test_agencies_named_programme_are_not_programmes():
    assert programs("Aid", "The World Food Programme (WFP) cut rations.") == []


def test_an_advocacy_group_named_campaign_for_is_not_a_programme(extracted):
    assert extracted("election_speakers_with_colon_and_listed_quotes").programs == ()


def test_acronym_then_lower_case_programme_is_a_programme_not_an_organisation():
    title = "Migration project extended"
    paragraphs = (
        "The EU-funded Better Migration Management (BMM) programme, implemented by the "
        "International Organization for Migration (IOM) and GIZ, has been extended until "
        "June 2027.",
        "Now in its third phase, BMM focuses on three areas: protection of migrants, border "
        "management and the fight against smuggling networks.",
    )
    (program,) = programs(title, *paragraphs)
    assert (program.name, program.acronym, program.phase) == (
        "Better Migration Management",
        "BMM",
        3,
    )
    assert program.partners == ("International Organization for Migration", "GIZ")
    assert program.ends_on == date(2027, 6, 30)
    assert program.focus_areas == (
        "protection of migrants",
        "border management",
        "the fight against smuggling networks",
    )


def test_a_following_it_sentence_gives_focus_areas_and_the_news_day_is_not_in_the_name():
    (program,) = programs(
        "Youth jobs",
        "The World Bank approved the Youth Employment Initiative for Kenya on Tuesday. The "
        "initiative, launched in January 2024, will run until December 2028.",
        "It will focus on vocational training, start-up grants and apprenticeships, the bank said.",
    )
    assert program.name == "Youth Employment Initiative for Kenya"
    assert program.partners == ("World Bank",)
    assert (program.starts_on, program.ends_on) == (date(2024, 1, 1), date(2028, 12, 31))
    assert program.focus_areas == ("vocational training", "start-up grants", "apprenticeships")


def test_an_acronym_among_the_launchers_is_a_partner():
    (program,) = programs(
        "Clinics",
        "The government of Ghana and UNICEF jointly launched Phase 2 of the “Healthy Mothers” "
        "project in Accra on Friday.",
    )
    assert (program.name, program.phase, program.partners) == (
        "Healthy Mothers",
        2,
        ("Ghana", "UNICEF"),
    )


def test_a_lower_case_area_word_and_a_hyphenated_acronym_stay_in_one_name():
    (program,) = programs(
        "",
        "Phase III of the Water Security Programme for the Sahel region (WSP-Sahel) starts.",
    )
    assert (program.name, program.acronym, program.phase) == (
        "Water Security Programme for the Sahel region",
        "WSP-Sahel",
        3,
    )


def test_humanitarian_appeals_are_not_programmes():
    assert programs("", "The Regional Refugee Response Plan for Chad is 30 per cent funded.") == []


def test_an_upper_case_dateline_city_is_not_a_partner_and_stated_funders_are():
    (program,) = programs(
        "",
        "NAIROBI, May 3 - UNICEF launched the Youth Skills Programme, in partnership with "
        "the African Development Bank (AfDB).",
    )
    assert program.partners == ("UNICEF", "African Development Bank")


def test_the_programme_opening_the_next_sentence_is_the_one_just_named():
    found = programs(
        "T",
        "The ministry launched the Dry Season Livelihoods Programme (DSLP) on Monday.",
        "The programme, which will run from July 2021 to June 2024, pays households.",
        "It replaces the Rural Seed Fund Programme (RSFP).",
    )
    assert [(p.name, p.starts_on, p.ends_on) for p in found] == [
        ("Dry Season Livelihoods Programme", date(2021, 7, 1), date(2024, 6, 30)),
        ("Rural Seed Fund Programme", None, None),
    ]


def test_a_hyphenated_funder_is_not_part_of_the_programme_name():
    (program,) = programs("T", "Clinics joined the AfDB-backed Primary Health Care Project.")
    assert program.name == "Primary Health Care Project"
    (program,) = programs("T", "Nurses under the Asian Bank-funded Clean Water Project.")
    assert program.name == "Clean Water Project"


def test_an_area_after_in_is_part_of_a_name_its_acronym_covers():
    (program,) = programs(
        "T", "Funds go to the Coastal Fisheries Support Programme in the Gulf (PACF-Gulf)."
    )
    assert (program.name, program.acronym) == (
        "Coastal Fisheries Support Programme in the Gulf",
        "PACF-Gulf",
    )
    (program,) = programs("T", "Funds go to the Coastal Fisheries Support Programme in Ghana.")
    assert program.name == "Coastal Fisheries Support Programme"


def test_focus_areas_given_as_bulleted_or_numbered_lines_after_a_colon():
    for marks in (("-", "-", "-"), ("•", "•", "•"), ("1.", "2.", "3.")):
        (program,) = programs(
            "Fisheries scheme begins",
            "The Blue Coast Livelihoods Programme was launched on Monday. It will focus on "
            "three areas:",
            f"{marks[0]} cold storage for fishing cooperatives;",
            f"{marks[1]} patrols against illegal trawlers;",
            f"{marks[2]} loans for women who trade fish.",
            "Officials said the first boats would be fitted in June.",
        )
        assert program.focus_areas == (
            "cold storage for fishing cooperatives",
            "patrols against illegal trawlers",
            "loans for women who trade fish",
        )


def test_pillars_numbered_inline_after_the_programme_has_them():
    (program,) = programs(
        "Skills drive",
        "The Northern Skills Initiative has three pillars: 1) apprenticeships in garages; "
        "2) evening literacy classes; and 3) grants for first businesses.",
    )
    assert program.focus_areas == (
        "apprenticeships in garages",
        "evening literacy classes",
        "grants for first businesses",
    )


def test_long_numbered_paragraphs_after_a_colon_are_not_a_list_of_areas():
    long_item = "2. Urges " + "the member states to act together in good time " * 4 + "now."
    paragraphs = ("The council adopted the Lake Basin Recovery Plan and decided:", long_item)
    (program,) = programs("Council decides", *paragraphs)
    assert program.focus_areas == ()


def test_an_it_sentence_is_the_programme_named_before_up_to_another_programme():
    found = programs(
        "Clinics funded",
        "It is the Mobile Clinics Project. It started in March 2022 and runs until 2026, "
        "paid for through the Rural Health Partnership (RHP) programme.",
    )
    dates = {p.name: (p.starts_on, p.ends_on) for p in found}
    assert dates["Mobile Clinics Project"] == (date(2022, 3, 1), date(2026, 12, 31))
    assert dates["Rural Health Partnership"] == (None, None)


def test_a_sentence_opening_with_the_new_phase_is_about_the_programme_just_named():
    (program,) = programs(
        "Clinics extended",
        "The Mobile Clinics Project enters its second phase.",
        "The second phase, running through 2027, adds dental care.",
    )
    assert program.ends_on == date(2027, 12, 31)


def test_the_body_or_country_running_a_programme_is_not_part_of_its_name():
    found = programs(
        "Loans",
        "Farmers borrowed under the Central Bank of Kenya's Seed Credit Programme in 2019.",
        "Many of them used the Seed Credit scheme twice.",
        "The Women's Market Access Programme goes on.",
    )
    assert [p.name for p in found] == ["Seed Credit Programme", "Women's Market Access Programme"]


def test_a_programme_a_body_runs_is_one_even_when_named_like_an_agency():
    found = programs("Coasts", "The UNODC's Global Coast Guard Programme (GCGP) trained crews.")
    assert [(p.name, p.acronym) for p in found] == [("Global Coast Guard Programme", "GCGP")]
    assert programs("Aid", "The World Food Programme fed 4,000 people.") == []


def test_focus_areas_listed_on_lines_of_their_own_survive_the_parser():
    text = "\n".join(
        [
            "Lagoon programme launched",
            "The Lagoon Resilience Programme (LRP) was launched today. It has three pillars:",
            "- mangrove restoration",
            "- early warning systems",
            "- safer harbours",
        ]
    )
    [programme] = extract(parse_article(text), vocabulary=()).programs
    assert programme.focus_areas == (
        "mangrove restoration",
        "early warning systems",
        "safer harbours",
    )
