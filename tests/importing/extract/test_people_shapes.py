"""People in the shapes outlets write them: letters after a name, peers, a family name in
capitals first, long names, glued titles, surnames alone and spellings that vary."""

from articles.importing.extract.people import People


def persons(*paragraphs: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in People(paragraphs).persons}


def test_post_nominal_letters_mark_a_person_and_stay_out_of_the_name():
    # A British broadsheet's court and honours copy.
    assert persons(
        "Sarah Whitfield QC, representing the families, said the inquiry had failed them.",
        "The review was written by Professor Alan Hughes CBE and Dr Ruth Baird OBE.",
        "Tom Okeke KC told the court the evidence was thin.",
    ) == {
        "Sarah Whitfield": [],
        "Alan Hughes": ["Professor"],
        "Ruth Baird": [],
        "Tom Okeke": [],
    }


def test_an_office_written_after_the_name_is_its_role():
    # 1990s Westminster wire copy.
    assert persons("Jane Doyle MP told the Commons the bill was flawed.") == {"Jane Doyle": ["MP"]}


def test_a_surname_that_looks_like_letters_is_still_a_name():
    assert persons("Amadou Ba said the vote would go ahead.") == {"Amadou Ba": []}


def test_peers_are_people_named_with_their_style_before_one_name():
    found = People(
        (
            "Lord Ashworth said the chamber would vote on Tuesday.",
            "Baroness Kemi Adeyemi, a former health minister, told peers the plan was "
            "reckless. Ashworth disagreed.",
            "Sir Geoffrey Palmer said the deal was fair, and Dame Helen Ogun agreed.",
        )
    )
    assert [p.name for p in found.persons] == [
        "Lord Ashworth",
        "Kemi Adeyemi",
        "Geoffrey Palmer",
        "Helen Ogun",
    ]
    assert found.match("Ashworth") is found.persons[0]


def test_an_office_opening_with_a_peerage_word_is_no_peer():
    assert persons("The Lord Chancellor said the courts would reopen.") == {}


def test_a_family_name_in_capitals_first_keeps_the_outlets_order():
    # A Tokyo ministry's English press release; a later 'Mr Tanaka' is the same person.
    found = People(
        (
            "TANAKA Yuki, Minister of Economy, Trade and Industry, said Japan would respond.",
            "Mr Tanaka added that talks would continue.",
        )
    )
    assert [(p.name, p.variants) for p in found.persons] == [("Tanaka Yuki", ["Yuki Tanaka"])]
    assert found.match("Mr Tanaka") is found.persons[0]


def test_capitals_before_a_name_without_a_cue_are_no_family_name():
    assert persons("The NATO Summit opened under grey skies.") == {}


def test_long_names_with_particles_are_one_person():
    # A Latin American and a Lusophone wire story.
    found = People(
        (
            "Maria de los Angeles Ruiz Gonzalez said the count was close.",
            "Ruiz Gonzalez added that observers had seen no fraud.",
            "President Luiz Inacio Lula da Silva visited Luanda.",
            "Lula da Silva said trade would grow.",
        )
    )
    assert [p.name for p in found.persons] == [
        "Maria de los Angeles Ruiz Gonzalez",
        "Luiz Inacio Lula da Silva",
    ]


def test_title_words_glued_into_the_name_go_to_the_role():
    # A West African daily and a South Asian government release.
    assert persons(
        "Finance Deputy-Secretary Mary Okafor said the budget was ready.",
        "Parliamentary State-Minister Kwame Asante told reporters the law would pass.",
    ) == {
        "Mary Okafor": ["Finance Deputy-Secretary"],
        "Kwame Asante": ["Parliamentary State-Minister"],
    }


def test_a_surname_alone_refers_to_the_full_name_the_article_gives():
    found = People(
        (
            "French President Emmanuel Macron arrived in Dakar on Monday.",
            "Macron said the partnership would be renewed.",
            "Critics of the Macron government say the visit changed little.",
        )
    )
    assert [p.name for p in found.persons] == ["Emmanuel Macron"]
    assert found.match("Macron") is found.persons[0]


def test_a_well_known_person_named_by_surname_alone_is_a_person():
    # 2010s broadcaster copy that never gives the full names.
    found = People(
        (
            "Critics of the Modi government say the reform was rushed.",
            "Mr Putin has not commented. On Tuesday Erdogan said he would attend.",
            "The summit will be hosted in Ankara, where Erdogan said his aides were ready.",
        )
    )
    names = {p.name: p.evidence.confidence for p in found.persons}
    assert set(names) == {"Modi", "Putin", "Erdogan"}
    assert all(confidence < 0.8 for confidence in names.values())


def test_one_word_beside_said_without_a_person_shape_is_no_one():
    assert (
        persons(
            "Boeing said it would cut output. Pakistan said it would respond.",
            "A farmer from Kayes says the rains came late.",
        )
        == {}
    )


def test_transliterations_of_a_given_name_are_one_person():
    found = People(
        (
            "Sergei Lavrov, Russia's foreign minister, said the talks had failed.",
            "Sergey Lavrov, in a later interview, thought the door stayed open.",
            "Mohamed Salah Ibrahim said the port would reopen.",
            "Mohammed Salah Ibrahim told reporters repairs had begun.",
        )
    )
    assert [(p.name, p.variants) for p in found.persons] == [
        ("Sergei Lavrov", ["Sergey Lavrov"]),
        ("Mohamed Salah Ibrahim", ["Mohammed Salah Ibrahim"]),
    ]


def test_different_given_names_are_not_merged_as_spellings():
    found = People(
        (
            "Maria Lopez, the mayor, said the bridge was closed.",
            "Mario Lopez, her deputy, said it would reopen.",
        )
    )
    assert [p.name for p in found.persons] == ["Maria Lopez", "Mario Lopez"]


def test_a_surname_spelled_a_letter_apart_refers_to_the_full_name():
    # A Dakar daily's French-to-English copy.
    found = People(
        (
            "Aminata Ndiaye, the mayor of Rufisque, said the port was closed.",
            "Mr Ndiay said repairs would start in June.",
        )
    )
    assert [p.name for p in found.persons] == ["Aminata Ndiaye"]
    assert found.match("Ndiay") is found.persons[0]


def test_a_quote_after_said_mr_and_a_variant_spelling_goes_to_the_full_name():
    from articles.importing.extract import extract
    from articles.importing.records import ParsedArticle

    parsed = ParsedArticle(
        "Port",
        (
            "DAKAR, 12 May (Reuters) - Aminata Ndiaye, the mayor of Rufisque, said the port "
            "was closed.",
            "“Repairs will start in June,” said Mr Ndiay.",
        ),
    )
    found = extract(parsed, vocabulary=())
    assert [p.name for p in found.persons] == ["Aminata Ndiaye"]
    assert [q.speaker for q in found.quotes] == ["Aminata Ndiaye"]


def test_a_family_name_then_a_hyphenated_given_name_is_a_person():
    # A 2016 Hong Kong election report, a 2018 Seoul sports desk.
    from articles.importing.extract.people import People

    found = {
        p.name: p.evidence.confidence
        for p in People(
            (
                "Other winners were Kwok Wai-keung and Lam Cheuk-ting in the east.",
                "Korea brought on Hwang Hee-Chan before the break.",
                "Pilgrims filled the Masjid Al-Haram; Jean-Pierre Haddad-Nassar watched.",
            )
        ).persons
    }
    assert {"Kwok Wai-keung", "Lam Cheuk-ting", "Hwang Hee-Chan"} <= set(found)
    assert found["Kwok Wai-keung"] < 0.8  # a shape, not a cue an editor can trust alone
    assert "Masjid Al-Haram" not in found


def test_a_name_with_its_country_in_brackets_is_a_competitor():
    # A 1996 tennis results wire, a 2022 athletics page, a 2010 Nairobi business brief.
    from articles.importing.extract.people import People

    found = {
        p.name: p.evidence.cue
        for p in People(
            (
                "Quarter-finals: Cedric Pioline (France) beat Thomas Enqvist (Sweden) 6-3 6-4.",
                "Women's 10,000m: 1. Beatrice Chebet (Kenya) 28:54.",
                "Equity Bank (Uganda) raised its lending rate.",
            )
        ).persons
    }
    assert set(found) == {"Cedric Pioline", "Thomas Enqvist", "Beatrice Chebet"}
    assert found["Cedric Pioline"] == "a country in brackets after the name"


def test_a_surname_with_a_family_ending_is_a_person_to_review():
    # A 1996 Minsk wire, a 2014 Bucharest business page.
    from articles.importing.extract.people import People

    found = {
        p.name: p.evidence.confidence
        for p in People(
            (
                "Opposition leader Zenon Poznyak's deputy, Yuri Kushko, left the hall.",
                "The chain was bought by Luli Popescu; the Moskva Hotel stayed shut.",
            )
        ).persons
    }
    assert {"Yuri Kushko", "Luli Popescu"} <= set(found)
    assert found["Luli Popescu"] < 0.8
    assert "Moskva Hotel" not in found
