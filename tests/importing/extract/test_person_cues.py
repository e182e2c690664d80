"""Cues around a name other than a title or 'said': lists, ages, kin, bodies, numbers."""

from articles.importing.extract.people import People


def cues(*paragraphs: str) -> dict[str, str]:
    return {p.name: p.evidence.cue for p in People(paragraphs).persons}


def test_names_listed_with_a_person_are_people_to_review():
    # A 1996 US wire and a 2018 sports desk.
    found = People(
        (
            "Senator Mary Hale, Obiora Dole and Ross Perot are hitting the road.",
            "Belgium started with Romelu Lukaku, Yannick Carrasco and coach Roberto Martinez.",
        )
    )
    listed = {p.name: p.evidence.confidence for p in found.persons}
    # 'Roberto' is a known given name: Martinez is a person on that alone.
    assert set(listed) == {"Mary Hale", "Obiora Dole", "Ross Perot", "Roberto Martinez"}
    assert listed["Obiora Dole"] < 0.8 <= listed["Mary Hale"]


def test_an_age_kin_or_a_person_noun_around_a_name_says_person():
    # A Grozny dispatch, a Brussels crime story, a Beijing dissident report.
    assert set(
        cues(
            '"It is our only dream," said a 30-year-old woman, Mubatik Dagayeva.',
            "The two girls -- Rachel Legeard, 18, and Severine Potty, 19 -- were missing.",
            "Police beat Wang and his colleague, Chen Longde, in the camp.",
            "Dutch police found missing German girl Nicole Brandt alive.",
        )
    ) == {"Mubatik Dagayeva", "Rachel Legeard", "Severine Potty", "Chen Longde", "Nicole Brandt"}


def test_the_body_a_person_belongs_to_says_person():
    # A Hong Kong election report.
    assert set(
        cues(
            "Other winners were Gary Chan of DAB and Claudia Mo of the Civic Party.",
            "Pro-Beijing FTU's Alice Mak was re-elected.",
        )
    ) == {"Gary Chan", "Claudia Mo", "Alice Mak"}


def test_a_body_after_a_possessive_is_not_a_person():
    assert (
        cues(
            "Funds came from the Commission's Humanitarian Aid and Civil Protection Department.",
            "Loans under the Central Bank of Nigeria's Anchor Borrowers' Programme went unpaid.",
        )
        == {}
    )


def test_a_leader_named_after_his_government_is_a_person():
    assert cues("Life was hard under the government of Fulgencio Batista.") == {
        "Fulgencio Batista": "'the government of NAME'"
    }


def test_a_regnal_number_is_part_of_the_name():
    # A 'this day in history' column.
    assert set(
        cues(
            "1533 - Queen Elizabeth I born. Her father was Henry VIII.",
            "1822 - Brazil proclaimed independence and Emperor Pedro I took the throne.",
            "World War II ended in 1945, and Phase II of the plan began.",
        )
    ) == {"Elizabeth I", "Henry VIII", "Pedro I"}


def test_a_country_after_a_given_name_is_a_surname():
    assert cues("Dublin-born director Neil Jordan says he never lost sleep over a film.") == {
        "Neil Jordan": "role and 'said' beside the name"
    }


def test_a_sentence_opening_preposition_and_a_country_are_not_a_name():
    assert cues("Across India, kiln workers said wages had fallen.") == {}


def test_a_kin_word_before_a_given_name_said_or_apposed_is_a_person():
    assert cues("Mamatuyev joked that his sister Lisa said she was a rebel too.") == {
        "Lisa": "kin word before a given name"
    }


def test_a_surname_spelt_anew_confirms_the_full_name():
    # A broadcaster's transcript-like copy spells the surname two ways.
    found = People(
        (
            "Lydia Buchtmann for Food Standards Australia New Zealand, says guidelines are due.",
            '"We need to get it right," Ms Bauchtman said.',
        )
    )
    assert [p.name for p in found.persons] == ["Lydia Buchtmann"]


def test_a_birthplace_adjective_or_an_owners_possessive_before_a_name_says_person():
    # A 1996 football report.
    assert cues(
        "Brazilian-born Luis Oliveira then slipped the ball past the keeper.",
        "France brought on Juventus's Zinedine Zidane after the break.",
    ) == {
        "Luis Oliveira": "an age, kin or 'girl' before the name",
        "Zinedine Zidane": "a body's possessive before the name",
    }
