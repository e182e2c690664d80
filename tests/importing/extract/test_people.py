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
        "Ali Musa": ["Brig. Gen."],
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
