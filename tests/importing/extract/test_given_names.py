"""A known given name before a capitalised word names a person with no other cue."""

from articles.importing.extract.given_names import given_name_cue, is_given_name
from articles.importing.extract.people import People


def people(*paragraphs: str) -> dict[str, tuple[str, float]]:
    return {p.name: (p.evidence.cue, p.evidence.confidence) for p in People(paragraphs).persons}


def test_a_known_given_name_before_a_surname_is_a_person():
    # A 1996 cricket wire, a 2012 business page, a 2021 Lagos sports desk.
    found = people(
        "England picked Andy Caddick and Peter Fenwick for the second Test at Lord's.",
        "Shares rose after the bid from the group led by Margaret Holloway's fund.",
        "Super Eagles' manager brought on Samuel Chukwueze and Victor Osimhen late on.",
    )
    assert {"Andy Caddick", "Peter Fenwick", "Samuel Chukwueze", "Victor Osimhen"} <= set(found)
    assert found["Andy Caddick"] == ("known given name before the name", 0.8)


def test_a_surname_the_article_also_writes_in_lower_case_is_doubtful():
    # A 1988 broadcaster's feature: 'Baker' is a surname and a trade.
    found = people("Susan Baker opened her shop; every baker in town came.")
    assert found["Susan Baker"][1] < 0.8


def test_given_names_that_are_everyday_words_say_nothing():
    # A 2019 US metro page, a 2005 Gulf business brief.
    found = people(
        "Crowds filled Grant Park and the May Day march went on to Hope Street.",
        "Will Power Holdings said turnover rose.",
    )
    assert found == {}


def test_events_papers_firms_and_faiths_are_not_people():
    # A 1997 tennis wire, a 2016 Pacific outlet, a 1999 markets report.
    found = people(
        "She won the Hong Kong Open last year.",
        "The Solomon Star reported the story first.",
        "Johnson Controls rose 3 percent; Roman Catholic bishops met in Manila.",
    )
    assert found == {}


def test_a_headline_in_capitals_or_an_acronym_is_no_name():
    assert given_name_cue(["PETER", "SMITH"], set(), set()) is None
    assert given_name_cue(["Chris", "NBC"], set(), set()) is None


def test_the_given_name_list_leaves_out_common_words():
    assert is_given_name("Andy") and is_given_name("margaret")
    assert not is_given_name("Will") and not is_given_name("May")


def test_a_list_passes_on_the_cue_of_a_surname_that_comes_back():
    # A 2018 World Cup match report: only Lukaku's surname comes back.
    found = people(
        "Belgium attacked with Romelu Lukaku, Yannick Carrasco, and Dries Mertens early on.",
        "Later Lukaku scored a header.",
    )
    assert {"Romelu Lukaku", "Yannick Carrasco", "Dries Mertens"} <= set(found)
    assert found["Yannick Carrasco"] == ("listed with a person", 0.7)
