"""People and roles, in shapes from several outlets (tests/fixtures/articles)."""

from articles.importing.extract.people import People


def people(extraction) -> dict[str, tuple[str, ...]]:
    return {p.name: p.roles for p in extraction.persons}


def test_titles_before_names_become_roles(extracted):
    assert people(extracted("wire_dateline_title_before_name")) == {
        "Bello Adamu": ("Interior Minister",),
        "Bola Tinubu": ("President",),
    }


def test_appositions_in_both_orders_give_roles(extracted):
    found = people(extracted("press_release_programme"))
    assert found["Grace Wanjiru Otieno"] == ("Cabinet Secretary for Water",)
    assert found["Samuel Owusu-Ansah"] == ("AfDB country manager",)
    assert people(extracted("longform_several_speakers"))["Abdourahamane Touré"] == (
        "mayor of Agadez",
    )


def test_capitalised_places_organisations_and_sentence_starts_are_not_people(extracted):
    assert people(extracted("no_people_statistics")) == {}
    assert set(people(extracted("longform_several_speakers"))) == {
        "Moussa Ibrahim",
        "Aïcha Mahamadou",
        "Abdourahamane Touré",
    }


def test_hyphen_and_space_spellings_are_one_person_with_a_variant():
    found = People(("The EU Ambassador, Jean Marc Pisani, spoke.", "Jean-Marc Pisani said so."))
    assert [(p.name, p.variants) for p in found.persons] == [
        ("Jean Marc Pisani", ["Jean-Marc Pisani"])
    ]


def test_role_drops_the_nationality_adjective_but_keeps_an_organisation():
    found = People(
        (
            "He met the Senegalese Minister of Health, Awa Diop, and the EU "
            "Ambassador to Accra, Ivo Marek, on Monday.",
        )
    )
    assert {p.name: p.roles for p in found.persons} == {
        "Awa Diop": ["Minister of Health"],
        "Ivo Marek": ["EU Ambassador to Accra"],
    }


def test_surname_and_honorific_mentions_refer_back_to_the_full_name():
    found = People(("Finance Minister Kofi Mensah spoke.", "Mr Mensah said more.", "Mensah left."))
    assert [p.name for p in found.persons] == ["Kofi Mensah"]
    assert found.match("Mensah") is found.match("Mr Mensah") is found.persons[0]


def test_a_person_without_a_title_counts_once_the_surname_comes_back():
    found = People(("Amina Yusuf sells tomatoes in Kano.", "Yusuf said prices doubled."))
    assert [p.name for p in found.persons] == ["Amina Yusuf"]


def test_abbreviated_titles_and_titles_of_several_words_before_a_name():
    found = People(
        (
            "U.N. Secretary-General Ana Silva met U.S. Secretary of State Tom R. Baker.",
            "A spokesperson, Brig. Gen. Ali Musa, said talks would resume.",
        )
    )
    assert {p.name: p.roles for p in found.persons} == {
        "Ana Silva": ["U.N. Secretary-General"],
        "Tom R. Baker": ["U.S. Secretary of State"],
        "Ali Musa": ["spokesperson"],  # the rank gives way to the role stated beside it
    }


def test_roles_in_a_list_of_people_stay_with_their_own_person():
    found = People(
        (
            "It was signed by the Minister of Education, Mrs. Awa Koné, and the UNICEF "
            "Representative in Ghana, Mr. Marc Vincent.",
        )
    )
    assert {p.name: p.roles for p in found.persons} == {
        "Awa Koné": ["Minister of Education"],
        "Marc Vincent": ["UNICEF Representative in Ghana"],
    }


def test_an_organisations_title_before_a_name_is_kept_whole():
    found = People(("“Rates stay,” Central Bank of Kenya Governor Kamau Thugge told reporters.",))
    assert [(p.name, p.roles) for p in found.persons] == [
        ("Kamau Thugge", ["Central Bank of Kenya Governor"])
    ]


def test_lower_case_titles_right_before_a_name_are_roles():
    found = People(
        (
            "NEC chairman Mohamed Konneh spoke first.",
            "Later, party spokesman John Mensah and the former minister Ama Ofori said no.",
        )
    )
    assert {p.name: p.roles for p in found.persons} == {
        "Mohamed Konneh": ["NEC chairman"],
        "John Mensah": ["party spokesman"],
        "Ama Ofori": ["former minister"],
    }


def test_a_title_with_commas_inside_runs_on_to_the_name():
    found = People(
        ("The Minister of Environment, Science and Technology, Ophelia Hayford, spoke.",)
    )
    assert found.persons[0].roles == ["Minister of Environment, Science and Technology"]


def test_a_list_of_places_before_a_name_is_not_a_role():
    found = People(("In Dakar, Kaolack and Thiès, Amadou Ba said it.",))
    assert [(p.name, p.roles) for p in found.persons] == [("Amadou Ba", [])]


def test_a_role_after_the_name_drops_the_country():
    found = People(
        (
            "Jean Tine, Senegal's interior minister, spoke.",
            "Ama Boateng, the Ghanaian health minister, replied.",
        )
    )
    assert {p.name: p.roles for p in found.persons} == {
        "Jean Tine": ["interior minister"],
        "Ama Boateng": ["health minister"],
    }


def test_an_honorific_and_another_name_are_not_part_of_a_role():
    found = People(("He met Ms. Diallo and President Macky Sall on Monday.",))
    # 'Ms. Diallo' is a person named by her surname alone, with no role.
    assert [(p.name, p.roles) for p in found.persons] == [
        ("Macky Sall", ["President"]),
        ("Diallo", []),
    ]


def test_the_end_of_an_organisations_name_is_not_a_person(extracted):
    found = People(("Groups including the Campaign for Good Governance called for calm.",))
    assert found.persons == []
    assert {
        p.name for p in extracted("election_speakers_with_colon_and_listed_quotes").persons
    } == {
        "Mohamed Kenewui Konneh",
        "Samura Kamara",
    }


def test_a_capitalised_sentence_start_before_for_does_not_hide_a_person():
    found = People(("Support for Amadou Ba grew, Ba said.",))
    assert [p.name for p in found.persons] == ["Amadou Ba"]


def test_names_with_particles_initials_and_diacritics():
    found = People(
        (
            "Ursula von der Leyen said the deal was done.",
            "Tom R. Baker told reporters it would hold, said Ahmed al-Bashir.",
            "“So it will,” said Aïcha Ba.",
            "Aicha Ba added that more talks were planned.",
        )
    )
    assert [(p.name, p.variants) for p in found.persons] == [
        ("Ursula von der Leyen", []),
        ("Tom R. Baker", []),
        ("Ahmed al-Bashir", []),
        ("Aïcha Ba", ["Aicha Ba"]),
    ]


def test_people_in_fixtures_from_other_outlets(extracted):
    assert people(extracted("capitalised_words_that_are_not_people")) == {
        "Susan Nakhumicha": ("Health Cabinet Secretary",),
        "James Otieno": ("Public Health Officer",),
    }
    assert people(extracted("wire_ap_dateline_honorific_back_references")) == {
        "Mohamed Amin": ("head of the Directorate of Criminal Investigations",),
        "Kipchumba Murkomen": ("Interior Cabinet Secretary",),
    }
    assert people(extracted("soft_hyphen_in_name")) == {
        "Jacques Barrot": ("European Commissioner",),
        "Anne Dupont": (),
    }


def test_media_headlines_events_and_groups_are_not_people():
    found = People(
        (
            "Al-Shabaab claimed the attack, according to Radio Mogadishu.",
            "Despite Rising Costs, Farmers Say Harvest Strong, read a headline in the Nation.",
            "Celebrations for Independence Day were held on Tuesday, the Supreme Court said.",
            "Speaking to reporters, Nigerian Senate President Godswill Akpabio said it was fine.",
        )
    )
    assert [(p.name, p.roles) for p in found.persons] == [
        ("Godswill Akpabio", ["Senate President"])
    ]


def test_hyphenated_ranks_and_regional_honorifics_are_not_part_of_the_name():
    found = People(
        (
            "Army spokesman Maj-Gen Tukur Abba-Kyari said the road was open.",
            "Provincial Affairs Minister Cde Tapiwa Ndlovu-Sithole said rains were late.",
            "Cde Ndlovu-Sithole added that seed would be sent.",
        )
    )
    assert [(p.name, p.roles) for p in found.persons] == [
        ("Tukur Abba-Kyari", ["Army spokesman"]),
        ("Tapiwa Ndlovu-Sithole", ["Provincial Affairs Minister"]),
    ]


def test_a_leading_initial_stays_in_the_name():
    found = People(("“Costs will rise,” said A. Karim Sy-Barry, an analyst at a bank.",))
    assert [p.name for p in found.persons] == ["A. Karim Sy-Barry"]


def test_named_storms_are_not_people():
    found = People(
        (
            "Cyclone Freddy and Tropical Storm Ana hit the coast; Hurricane Ivan did not.",
            "Freddy killed hundreds, and Ana and Ivan were remembered.",
        )
    )
    assert found.persons == []


def test_a_capitalised_run_before_a_geographic_noun_or_after_upper_is_a_place():
    found = People(
        (
            "Floods hit Warrap, Lakes and Western Bahr el Ghazal states, said Tom Deng.",
            "Boats moved along the Blue Nile and into Upper Kotto, where Kotto was high.",
            "Nile, Ghazal and Kotto levels rose, Deng said.",
        )
    )
    assert [p.name for p in found.persons] == ["Tom Deng"]


def test_two_spellings_a_letter_apart_are_one_person():
    found = People(
        (
            "Interior Minister Moussa Ag Attaher read the statement.",
            "Moussa Ag Attaherr, a former rebel, joined the cabinet in 2021.",
        )
    )
    assert [(p.name, p.variants) for p in found.persons] == [
        ("Moussa Ag Attaher", ["Moussa Ag Attaherr"])
    ]


def test_a_long_name_without_its_last_part_is_the_same_person():
    found = People(
        (
            "Dr Marie-Claire Ilunga Kabamba, head of the provincial health team, spoke.",
            "Dr Marie Claire Ilunga said more nurses were coming.",
            "“We need vaccines,” Ilunga said.",
        )
    )
    assert [(p.name, p.variants) for p in found.persons] == [
        ("Marie-Claire Ilunga Kabamba", ["Marie Claire Ilunga"])
    ]
    assert found.match("Ilunga") is found.persons[0]


def names(*paragraphs: str) -> set[str]:
    return {p.name for p in People(paragraphs).persons}


def test_honorifics_of_other_languages_are_not_part_of_the_name():
    assert names(
        "The bureau's deputy head, Ato Bekele Tadesse Worku, said stocks were low.",
        "Dona Maria Lurdes Chissano, who sells fish at the market, said prices doubled.",
    ) == {"Bekele Tadesse Worku", "Maria Lurdes Chissano"}


def test_sheikh_after_a_first_name_is_part_of_the_name():
    assert names("Dr. Amina Sheikh Nur, head of the district clinic, said beds ran out.") == {
        "Amina Sheikh Nur"
    }


def test_an_adjective_before_a_name_is_not_part_of_it():
    assert {
        p.name: p.roles for p in People(("Incumbent Samuel Banda, 64, is running again.",)).persons
    } == {"Samuel Banda": []}


def test_capitalised_words_of_bodies_and_laws_are_not_people():
    assert names(
        "Kenneth Omondi met the National Office to Combat Child Labour and Forced Work.",
        "Delegates of the Global Alliance Against Organised Environmental Crime attended.",
        "Omondi cited the Public Finance Management Act, which Cyclones Freddy made urgent.",
        "The Minister of Labour, Industrial Relations and Employment was absent.",
    ) == {"Kenneth Omondi"}


def test_a_person_named_by_one_name_and_an_age_is_a_person():
    assert names("Abdoulaye, a 22-year-old from Kayes, says he paid twice.") == {"Abdoulaye"}


def test_an_arabic_abu_and_an_english_ben_open_the_name():
    found = People(
        (
            "Col Abu Omar Said Al Hammadi, head of the unit, said the boats were seized.",
            "Ben Okoro, a fisherman, said the nets were cut. Later Al Hammadi said more.",
        )
    )
    assert [(p.name, p.roles) for p in found.persons] == [
        ("Abu Omar Said Al Hammadi", ["head of the unit"]),
        ("Ben Okoro", ["fisherman"]),
    ]


def test_a_french_m_before_a_name_is_monsieur_not_an_initial():
    found = People(
        (
            "M. Luc Verhaegen, the mayor of the town, spoke first.",
            "« We will rebuild », said M. Verhaegen. Mlle Anne Colin, a nurse, agreed.",
        )
    )
    assert [(p.name, p.roles) for p in found.persons] == [
        ("Luc Verhaegen", ["mayor of the town"]),
        ("Anne Colin", ["nurse"]),
    ]


def test_initials_written_together_and_spanish_particles_belong_to_the_name():
    found = People(
        (
            "K.P. Nair, a senior official, said the flights stopped.",
            "H.E. Marta Lindqvist, the ambassador, attended.",
            "Ana Lucía de los Ríos, a lawyer, said they would appeal.",
        )
    )
    names = [p.name for p in found.persons]
    assert names == ["K.P. Nair", "Marta Lindqvist", "Ana Lucía de los Ríos"]


def test_a_party_and_country_in_brackets_between_name_and_verb_keep_the_attribution():
    found = People(("Marta Lindqvist (S&D, SE) said the rules were too weak.",))
    assert [p.name for p in found.persons] == ["Marta Lindqvist"]


def test_a_portfolio_ending_in_an_abstract_noun_is_not_part_of_the_name():
    found = People(("Commissioner for Trade and Migration Lars Berglund said so.",))
    assert [p.name for p in found.persons] == ["Lars Berglund"]


def test_hyphenated_titles_counted_groups_and_nationalities_are_not_people():
    text = (
        "Deputy Commander-in-Chief Salim Omar Darwish said the port was shut. "
        "Thirty-two Kenyans were rescued, and Twenty Nigerians said they were held."
    )
    assert [p.name for p in People((text,)).persons] == ["Salim Omar Darwish"]


def test_whose_opens_a_description_and_a_clerics_honorific_is_no_name_word():
    found = People(
        (
            "Amina Yusuf Farah, whose son was on the boat, said she had paid.",
            "Monsignor Pablo Andrés Ruiz Soto blessed the shelter.",
        )
    )
    assert [p.name for p in found.persons] == ["Amina Yusuf Farah", "Pablo Andrés Ruiz Soto"]


def test_a_generational_suffix_does_not_hide_the_surname_later():
    found = People(("Immigration Chief Dario Santos Jr. said it.", "Santos said more."))
    assert found.match("Santos").name == "Dario Santos Jr."


def test_a_name_written_with_initials_is_the_full_names_variant():
    found = People(("Muhammad Khalid Jadoon, the agency chief, spoke.", "M.K. Jadoon said more."))
    assert [(p.name, p.variants) for p in found.persons] == [
        ("Muhammad Khalid Jadoon", ["M.K. Jadoon"])
    ]


def roles_of(*paragraphs: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in People(paragraphs).persons}


def test_a_person_introduced_as_is_a_or_is_the_has_that_role():
    assert roles_of(
        "Kofi Boateng is a fisherman in Keta. Ama Serwaa is the head of the clinic, he said.",
        "Yaw Mensah is 23.",
    ) == {"Kofi Boateng": ["fisherman in Keta"], "Ama Serwaa": ["head of the clinic"]}


def test_who_runs_or_founded_gives_a_role_and_so_does_an_occupation_before_a_name():
    assert roles_of(
        "I met Rose Wanjiru, who runs a soup kitchen in Kibera, last week.",
        "A Nairobi accountant, Peter Kamau, 51, was charged.",
    ) == {"Rose Wanjiru": ["runs a soup kitchen in Kibera"], "Peter Kamau": ["Nairobi accountant"]}


def test_the_role_before_a_french_m_and_a_hyphenated_title_after_a_name_are_read():
    assert roles_of(
        "According to the mayor of the town, M. Luc Verhaegen, the road is shut.",
        "Gen Omar Said Darwish, Deputy Commander-in-Chief for Operations, spoke.",
    ) == {
        "Luc Verhaegen": ["mayor of the town"],
        "Omar Said Darwish": ["Deputy Commander-in-Chief for Operations"],
    }


def test_given_names_written_short_and_a_party_in_brackets_before_who():
    found = People(
        (
            "Sen. Ma. Teresa Ocampo, chair of the panel, spoke.",
            "Later Jan Pieter Smit (EPP, NL), who led the talks, agreed.",
        )
    )
    assert [p.name for p in found.persons] == ["Ma. Teresa Ocampo", "Jan Pieter Smit"]


def test_honorifics_and_titles_of_other_places_and_trades_stand_before_names():
    assert roles_of(
        "Mzee Juma Kazungu Baya, 80, said the wells were dry. Bi Amina Salim Baya agreed.",
        "Border Patrol Agent Luis Ortega Paz said so, and County Sheriff Dan Reyes agreed.",
    ) == {
        "Juma Kazungu Baya": [],
        "Amina Salim Baya": [],
        "Luis Ortega Paz": ["Border Patrol Agent"],
        "Dan Reyes": ["County Sheriff"],
    }


def test_a_capitalised_particle_before_two_more_words_and_a_city_as_given_name_open_names():
    found = People(
        (
            "Le Thi Hoa, a labour attache, said the fees were illegal.",
            "Spokesperson Sofia Berglund said the EU would help.",
        )
    )
    assert [p.name for p in found.persons] == ["Le Thi Hoa", "Sofia Berglund"]


def test_two_offices_too_long_for_one_role_give_the_first_and_make_a_person():
    text = (
        "Zhao Lei, vice minister of transport and deputy head of the National Road "
        "Safety Commission of the State Council, said it."
    )
    [person] = People((text,)).persons
    assert (person.name, person.roles) == ("Zhao Lei", ["vice minister of transport"])


def test_group_words_and_long_abstract_nouns_are_not_names():
    text = "Ministry of Disaster Management officials met Coastal Women leaders, who spoke."
    assert People((text,)).persons == []


def test_led_by_and_a_kin_description_make_a_name_a_person():
    found = People(
        (
            "The gang, led by Remy Toussaint, controls the port.",
            "In the camp, Grace Uwase Mugisha, a mother of three, waits for rations.",
        )
    )
    assert [p.name for p in found.persons] == ["Remy Toussaint", "Grace Uwase Mugisha"]


def test_a_clerics_title_is_no_name_word_and_a_given_name_that_looks_plural_is_one():
    found = People(
        (
            "Mawlawi Abdul Rahim Noori, who heads the department, said so.",
            "AIG Francis Koroma Bangura said the police were ready.",
        )
    )
    assert [p.name for p in found.persons] == ["Abdul Rahim Noori", "Francis Koroma Bangura"]


def test_surnames_that_are_also_titles_or_words_of_other_uses_stay_names():
    found = People(
        (
            "Larry Elder said so, and Mohamed Sheriff, a trader, agreed.",
            "Sarah Dean-Jones said it, and Bi Feiyu, a novelist, spoke.",
            "Erik ten Hag said it. In Rockville, Md. Smith said nothing.",
        )
    )
    assert [p.name for p in found.persons] == [
        "Larry Elder",
        "Mohamed Sheriff",
        "Sarah Dean-Jones",
        "Bi Feiyu",
        "Erik ten Hag",
    ]


def test_chiefs_village_leaders_and_priests_titles_are_honorifics_and_haji_inside_a_name_stays():
    found = People(
        (
            "Kgosi Tebogo Mmusi, the village chief, said so. Toshao Ana Pereira agreed.",
            "Fr Mark Borg, a priest, said it.",
            "Hashim bin Haji Yusof, the deputy secretary-general, spoke.",
        )
    )
    assert [p.name for p in found.persons] == [
        "Tebogo Mmusi",
        "Ana Pereira",
        "Mark Borg",
        "Hashim bin Haji Yusof",
    ]


def test_malay_titles_and_binti_are_read_and_tan_or_sri_as_names_stay():
    assert roles_of(
        "The Minister of Home Affairs, Dato' Seri Wan Azlan bin Wan Ismail, said so.",
        "The Secretary-General, Datuk Sri Norhayati binti Abdul Rahman, agreed.",
        "Finance Minister Sri Mulyani Indrawati spoke. Tan Chuan-Jin, the Speaker, agreed.",
    ) == {
        "Wan Azlan bin Wan Ismail": ["Minister of Home Affairs"],
        "Norhayati binti Abdul Rahman": ["Secretary-General"],
        "Sri Mulyani Indrawati": ["Finance Minister"],
        "Tan Chuan-Jin": ["Speaker"],
    }


def test_a_place_in_the_possessive_does_not_open_a_name():
    text = "In Lusaka's Kanyama township, residents queued, officials said."
    assert People((text,)).persons == []
