"""Roles: which phrase around a name is the person's role (articles/importing/extract/roles.py)."""

from articles.importing.extract.people import People


def roles(*paragraphs: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in People(paragraphs).persons}


def test_a_rank_before_the_name_gives_way_to_the_role_said_before_it():
    assert roles(
        "The head of the border unit, Lt. Col. Daniel Mwangi, said the post had fallen.",
        "Navy spokesman Rear-Admiral Kofi Boateng-Ansah confirmed the arrests.",
    ) == {
        "Daniel Mwangi": ["head of the border unit"],
        "Kofi Boateng-Ansah": ["Navy spokesman"],
    }


def test_a_rank_alone_is_the_role_only_when_nothing_fuller_is_said():
    assert roles("Brig. Gen. Musa Danjuma said talks would resume.") == {
        "Musa Danjuma": ["Brig. Gen."]
    }


def test_a_bare_honorific_is_never_a_role():
    assert roles(
        "His counsel, Chief Adewale Ogunleye (SAN), asked for an adjournment.",
        "Alhaji Sani Bello said the market would reopen.",
    ) == {"Adewale Ogunleye": ["counsel"], "Sani Bello": []}


def test_a_title_word_alone_gives_way_to_a_fuller_apposition():
    assert roles(
        "The chair of the county water board, Councillor Ruth Wambui, said supply was cut."
    ) == {"Ruth Wambui": ["chair of the county water board"]}


def test_an_honorific_between_a_title_and_the_name_is_not_part_of_the_role():
    assert roles(
        "Health Minister Dr Peter Ochieng opened the clinic.",
        "UNDP Resident Representative for East Africa Mrs Anne Kiplagat spoke next.",
    ) == {
        "Peter Ochieng": ["Health Minister"],
        "Anne Kiplagat": ["UNDP Resident Representative for East Africa"],
    }


def test_a_comma_list_of_portfolios_before_a_title_stays_in_the_role():
    assert roles(
        "The report was presented by Lands, Housing and Urban Development Minister Mr Joseph Banda."
    ) == {"Joseph Banda": ["Lands, Housing and Urban Development Minister"]}


def test_a_comma_list_of_portfolios_after_a_title_stays_in_the_role():
    assert roles(
        "“We are ready,” said Mrs Esther Phiri, the Minister of Trade, Industry and Tourism."
    ) == {"Esther Phiri": ["Minister of Trade, Industry and Tourism"]}


def test_a_list_of_names_after_a_title_is_not_part_of_the_role():
    found = roles("Mr Tom Okello, the Minister of Health, Ruth Akello and Sam Opio met.")
    assert found["Tom Okello"] == ["Minister of Health"]


def test_who_heads_or_leads_after_the_name_is_a_role():
    assert roles(
        "“We are short of boats,” said Maria Lopes-Sanches, who heads the agency's office in Tete.",
        "Kwame Nyarko, who leads the regional health team, said cases had fallen.",
    ) == {
        "Maria Lopes-Sanches": ["heads the agency's office in Tete"],
        "Kwame Nyarko": ["leads the regional health team"],
    }


def test_who_heads_is_preferred_to_a_lone_title_word_before_the_name():
    assert roles(
        "A Kenyan officer, Insp. Yusuf Garba, who heads the station in Kano, denied it."
    ) == {"Yusuf Garba": ["heads the station in Kano"]}


def test_an_age_or_kin_description_is_not_a_role():
    assert roles(
        "“It is gone,” said Fatima Idris, a 41-year-old mother of three living in a camp.",
        "Abdi Warsame, a 19-year-old from Baidoa who fled last month, said it too.",
        "Grace Auma, a 52-year-old nurse, said the ward was full.",
    ) == {"Fatima Idris": [], "Abdi Warsame": [], "Grace Auma": ["nurse"]}


def test_a_possessive_organisation_with_its_acronym_does_not_cut_the_role():
    found = roles("Liv Hansen, the Norwegian Refugee Council's (NRC) director for Kenya, spoke.")
    assert found == {"Liv Hansen": ["Norwegian Refugee Council's director for Kenya"]}


def test_an_apposition_between_two_names_is_the_first_persons():
    assert roles(
        "Present were Mr Yaw Mensah, Director of Ports, Mrs Abena Owusu, Deputy Minister "
        "for Roads, and others."
    ) == {"Yaw Mensah": ["Director of Ports"], "Abena Owusu": ["Deputy Minister for Roads"]}


def test_a_short_title_restated_later_does_not_add_a_second_role():
    assert roles(
        "Energy Minister Salif Traoré launched the plan.",
        "Minister Salif Traoré said it would be funded.",
    ) == {"Salif Traoré": ["Energy Minister"]}


def test_a_title_with_to_and_a_country_runs_on_to_the_name():
    assert roles("Kenyan Ambassador to Ghana Ms Fionnuala Quinlan said aid would rise.") == {
        "Fionnuala Quinlan": ["Ambassador to Ghana"]
    }


def test_a_comma_list_of_portfolios_after_a_preposition_stays_in_the_role():
    assert roles(
        "The Director for Trade, Industrial Relations and Investment at the ministry, "
        "Ms Ruth Achieng Opiyo, said the rules would change."
    ) == {
        "Ruth Achieng Opiyo": [
            "Director for Trade, Industrial Relations and Investment at the ministry"
        ]
    }


def test_a_charge_after_who_is_kept_beside_the_role_before_the_name():
    assert roles(
        "The Gulu West MP, Mr Okot Lakony Ojara, who chairs the Committee on Health, "
        "Education and Sports, said the budget was short."
    ) == {
        "Okot Lakony Ojara": [
            "Gulu West MP",
            "chairs the Committee on Health, Education and Sports",
        ]
    }


def test_an_occupation_after_an_age_is_the_role():
    assert roles("“I stayed,” says Awa Sissoko-Diarra, a 31-year-old tailor from Bamako.") == {
        "Awa Sissoko-Diarra": ["tailor"]
    }


def test_an_abbreviated_honorific_after_the_comma_does_not_hide_the_role():
    assert roles(
        "The project's engineer at the port authority, Eng. Carlos Mondlane Sitoe, said so."
    ) == {"Carlos Mondlane Sitoe": ["engineer at the port authority"]}


def test_stacked_titles_before_a_name_are_one_role():
    assert roles(
        "For his part, the Ambassador, Head of the Mission of Canada, Mr Paul Leduc Tremblay, "
        "spoke briefly."
    ) == {"Paul Leduc Tremblay": ["Ambassador, Head of the Mission of Canada"]}


def test_a_verb_phrase_after_an_age_is_not_a_role():
    assert roles("Outgoing Joyce Mhango Phiri, 58, was elected chair in May.") == {
        "Joyce Mhango Phiri": []
    }


def test_a_dotted_honorific_between_a_long_role_and_the_name_is_passed_over():
    assert roles(
        "Speaking in the town, NRA Deputy Executive Director Cllr. Moses Tarr-Kollie said so."
    ) == {"Moses Tarr-Kollie": ["NRA Deputy Executive Director"]}


def test_a_title_with_a_comma_list_of_portfolios_runs_over_the_commas_before_the_name():
    assert roles(
        "Minister of Lands, Housing and Urban Development Ruth Kamau opened the office."
    ) == {"Ruth Kamau": ["Minister of Lands, Housing and Urban Development"]}


def test_a_lower_case_title_may_carry_a_short_charge_before_the_name():
    assert roles(
        "UNDP Kenya head of programmes Paul Otieno said the money was released.",
        "KRA commissioner for customs Amina Hassan Yusuf said the goods were seized.",
    ) == {
        "Paul Otieno": ["UNDP Kenya head of programmes"],
        "Amina Hassan Yusuf": ["KRA commissioner for customs"],
    }


def test_a_role_after_and_before_a_rank_is_the_new_persons_not_the_previous_ones():
    assert roles(
        "It thanked the Special Envoy of the Secretary-General for the Sahel and Head "
        "of MONUSCO, Mr. Jean-Paul Nkurunziza-Bah, and the MONUSCO Force Commander, "
        "Lieutenant General Otávio Ferreira-Lima, for their work;"
    ) == {
        "Jean-Paul Nkurunziza-Bah": [
            "Special Envoy of the Secretary-General for the Sahel and Head of MONUSCO"
        ],
        "Otávio Ferreira-Lima": ["MONUSCO Force Commander"],
    }
