"""Roles as stated: no sentence conjunction, no employer glued on, every qualifier kept."""

from articles.importing.extract.people import People


def roles(*paragraphs: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in People(paragraphs).persons}


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_role():
    # A Nairobi daily and a 1980s wire.
    assert roles(
        "But Kenya Finance Minister Njuguna Ndung'u said taxes would rise.",
        "And Defence Secretary Tom King told MPs the troops would stay.",
    ) == {"Njuguna Ndung'u": ["Kenya Finance Minister"], "Tom King": ["Defence Secretary"]}


def test_hyphenated_titles_keep_every_part():
    assert roles(
        "UN Under-Secretary-General Martin Griffiths said aid was blocked.",
        "He met rebel chief-of-staff Aslan Maskhadov on Friday.",
    ) == {
        "Martin Griffiths": ["UN Under-Secretary-General"],
        "Aslan Maskhadov": ["rebel chief-of-staff"],
    }


def test_a_lower_case_role_keeps_the_nationality_it_is_stated_with():
    # Accra copy: 'trade minister' alone does not say whose.
    assert roles(
        "Ghanaian trade minister Alan Kyerematen said exports had grown.",
        "Ruehe met his Israeli counterpart Yitzhak Mordechai.",
    ) == {
        "Alan Kyerematen": ["Ghanaian trade minister"],
        "Yitzhak Mordechai": ["Israeli counterpart"],
    }


def test_a_company_with_its_legal_form_is_the_employer_not_the_role():
    assert roles(
        "Acme Holdings Ltd chief executive Jane Roe said profits rose.",
        "Safaricom chief executive Peter Ndegwa said data revenue grew.",
    ) == {"Jane Roe": ["chief executive"], "Peter Ndegwa": ["Safaricom chief executive"]}


def test_chief_in_lower_case_is_a_title_not_an_honorific():
    assert roles("UN chief Antonio Guterres said the ceasefire must hold.") == {
        "Antonio Guterres": ["UN chief"]
    }


def test_a_title_and_name_before_a_comma_is_a_person_not_the_next_ones_role():
    # A 1996 US wire list of candidates.
    assert roles("President Clinton, Bob Dole and Ross Perot are hitting the road.") == {
        "Bob Dole": [],
        "Ross Perot": [],
        "Clinton": ["President"],
    }


def test_letters_after_one_name_do_not_carry_a_role_to_the_next():
    assert roles("The review was by Professor Alan Hughes CBE and Dr Ruth Baird.") == {
        "Alan Hughes": ["Professor"],
        "Ruth Baird": [],
    }


def test_a_clause_after_the_name_that_opens_on_a_pronoun_is_no_role():
    assert roles("Daughter of Henry VIII and his wife Anne Boleyn, she was queen.") == {
        "Henry VIII": [],
        "Anne Boleyn": [],
    }


def test_an_occupation_before_or_beside_a_name_is_a_role():
    # A 2016 Toronto arts page, a 2019 climate science wire.
    from articles.importing.extract.people import People

    roles = {
        p.name: p.roles
        for p in People(
            (
                "The panel featured illustrator Johnnie Christmas and curator Elaine Gustafson.",
                "Colette Heald, a coauthor of the study, disagreed.",
            )
        ).persons
    }
    assert roles["Johnnie Christmas"] == ["illustrator"]
    assert roles["Elaine Gustafson"] == ["curator"]
    assert roles["Colette Heald"] == ["coauthor of the study"]
