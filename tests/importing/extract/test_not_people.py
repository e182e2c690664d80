"""What is not a person though it looks like a name: parties, companies, groups, bodies."""

from articles.importing.extract.people import People


def names(*paragraphs: str) -> list[str]:
    return [p.name for p in People(paragraphs).persons]


def test_parties_and_their_members_are_not_people():
    # A Nordic broadcaster's and a US wire's political copy.
    assert (
        names(
            "The Social Democrats said the coalition was over.",
            "The Sweden Democrats and the Greens said they would abstain.",
            "Republicans said the bill would fail in the Senate.",
        )
        == []
    )


def test_a_party_word_before_a_name_is_no_part_of_it():
    assert names("Democrat Walter Mondale said the tax rise was honest.") == ["Walter Mondale"]


def test_companies_with_a_legal_form_or_a_trade_are_not_people():
    # 1990s Reuters business copy and a 2020s insurance trade paper.
    assert (
        names(
            "Shares in Cement Corp fell 3 percent, and Hanover Re said claims would rise.",
            "Acme Holdings Ltd said profits rose. Zenith Group said the same.",
            "PT Timor Putra Nasional said the cars would be assembled locally.",
            "The Ontario-based Magna and the family-controlled Douglas said talks went well.",
        )
        == []
    )


def test_a_nationality_and_a_plural_occupation_are_a_group_not_a_person():
    # A Colombo daily and a Gulf outlet.
    assert (
        names(
            "Tamil Fishermen said the navy had seized their boats.",
            "Nepali Workers told the inquiry they had not been paid.",
            "Seven Iraqis said they had fled the fighting.",
        )
        == []
    )


def test_forums_councils_and_bodies_named_in_other_languages_are_not_people():
    assert (
        names(
            "The Pacific Islands Forum said the talks would resume.",
            "The Security Council met on Friday.",
            "Instituto Gonzaga, a catholic school in Milan, said fees would rise.",
            "The Sant Egidio Community said the talks would resume.",
        )
        == []
    )


def test_one_word_bodies_beside_said_are_not_people():
    # 'it' follows a company; a body after a preposition is no speaker.
    assert (
        names(
            "Boeing said it would cut output.",
            "A defector from the elite group within Scientology called the Sea Org spoke.",
            "Despite the illness, the Sams continued to shun treatment.",
        )
        == []
    )


def test_a_place_adjective_before_government_is_not_a_person():
    assert (
        names(
            "Delegates from the Philippine government met the rebels.",
            "The view of the U.S. government is well known.",
        )
        == []
    )


def test_a_title_word_inside_a_bodys_name_styles_no_one():
    assert (
        names(
            "Mertens, spokeswoman for the Citizens' Platform for Refugee Support, said so.",
            "Groups including the Campaign for Good Governance called for calm.",
        )
        == []
    )


def test_captions_and_counts_do_not_join_a_name():
    assert names(
        "US President Barack Obama tweeted to student Ahmed Mohamed Image: Twitter.",
        "One Rohingya, Muhammad Amin, said the boat was turned around twice.",
    ) == ["Barack Obama", "Ahmed Mohamed", "Muhammad Amin"]


def test_a_city_and_a_plural_is_a_club_not_a_person():
    # A 1996 US baseball wire, a 2019 rugby league page.
    from articles.importing.extract.people import People

    found = {
        p.name
        for p in People(
            (
                "The Baltimore Orioles beat the Seattle Mariners 5-3 on Tuesday.",
                "Leeds Rhinos signed a prop; coach Brian Hughes said he was pleased.",
            )
        ).persons
    }
    assert found == {"Brian Hughes"}


def test_a_possessive_then_a_place_is_no_person():
    # A 1996 football wire, a 2022 Gulf opinion page.
    from articles.importing.extract.people import People

    names = {
        p.name
        for p in People(
            (
                "Shearer's Newcastle beat Blackburn 2-1.",
                "In Putin's Russia, coach Alan Pardew said, dissent is costly.",
            )
        ).persons
    }
    assert not any("Newcastle" in n or "Russia" in n for n in names)
