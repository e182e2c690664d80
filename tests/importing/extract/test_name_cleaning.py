"""A person's name is cleaned before it becomes a record."""

import pytest

from articles.importing.extract.names import clean_name, spelling_key
from articles.importing.extract.people import People


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Sarah Whitfield QC", "Sarah Whitfield"),
        ("Alan Hughes CBE", "Alan Hughes"),
        ("Kofi Annan’s", "Kofi Annan"),
        ("“Peter Obi”", "Peter Obi"),
        ("But Peter Obi", "Peter Obi"),
        ("The Kofi Annan", "Kofi Annan"),
        ("Lord Ashworth", "Lord Ashworth"),
        ("A. Karim Sy-Barry", "A. Karim Sy-Barry"),
        ("Dario Santos Jr.", "Dario Santos Jr."),
    ],
)
def test_clean_name_drops_what_is_not_the_name(written, name):
    assert clean_name(written) == name


def test_names_in_records_carry_no_marks_possessives_or_letters():
    found = People(
        (
            "“We will win,” said Peter Obi” on Monday.",
            "Ngozi Okonjo-Iweala's plan, said Ngozi Okonjo-Iweala, would work.",
            "Tom Okeke KC told the court the evidence was thin.",
        )
    )
    assert [p.name for p in found.persons] == ["Peter Obi", "Ngozi Okonjo-Iweala", "Tom Okeke"]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Mohamed", "Mohammed", True),
        ("Muhammad", "Mohamed", True),
        ("Sergei", "Sergey", True),
        ("Yusuf", "Youssef", True),
        ("Aleksandr", "Alexander", True),
        ("Maria", "Mario", False),
        ("Daniel", "Daniela", False),
        ("John", "Joan", False),
    ],
)
def test_transliterations_share_a_spelling_key_and_other_names_do_not(one, other, same):
    assert (spelling_key(one) == spelling_key(other)) is same
