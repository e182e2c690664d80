"""What the words around a place name say about it, one shape at a time."""

from articles.importing.extract.gazetteer import lookup
from articles.importing.extract.place_context import (
    begins_excluded_name,
    compound_place,
    cued_towns,
    in_person_name,
    inside_longer_name,
    is_currency,
    is_title_cased,
    names_a_feature,
    person_name_words,
)
from articles.importing.extract.tokens import tokenize


def position(tokens, word: str) -> int:
    return next(n for n, token in enumerate(tokens) if token.text == word)


def test_two_words_of_a_persons_name_are_hers_but_one_alone_may_be_a_place():
    names = person_name_words({"lucia dos santos", "ministry of health"})
    assert names == [{"lucia", "dos", "santos"}]
    assert in_person_name(["Lucia", "Santos"], names) == {0, 1}
    assert in_person_name(["Santos"], names) == set()


def test_a_currency_sign_or_word_after_a_place_word_makes_an_amount():
    tokens = tokenize("It costs US$40 million, or 30 Kenya shillings.")
    assert is_currency(tokens, position(tokens, "US"))
    tokens = tokenize("The US pledged more.")
    assert not is_currency(tokens, position(tokens, "US"))


def test_a_demonym_before_a_sea_names_the_sea():
    tokens = tokenize("Ships crossed the Arabian Sea, Arabian traders said.")
    first, second = [n for n, t in enumerate(tokens) if t.text == "Arabian"]
    assert names_a_feature(tokens, first) and not names_a_feature(tokens, second)


def test_a_city_word_inside_a_longer_name_says_on_which_side():
    assert inside_longer_name(["Lagos", "Marina"], 0, 1) == "after"
    assert inside_longer_name(["Storm", "Lagos"], 1, 1) == "before"
    assert inside_longer_name(["Lagos", "State"], 0, 1) is None
    assert inside_longer_name(["In", "Lagos"], 1, 1) is None


def test_a_run_that_begins_a_longer_excluded_name_is_part_of_it():
    exclude = {"united states agency for international development"}
    assert begins_excluded_name(["United", "States", "Agency"], exclude)
    assert not begins_excluded_name(["United", "States"], {"united states"})


def test_a_title_case_headline_is_told_from_a_sentence():
    assert is_title_cased(tokenize("Floods Cut Roads Across Northern Ghana"))
    assert not is_title_cased(tokenize("Floods cut roads across northern Ghana on Monday"))


def test_a_place_compound_with_a_lower_case_participle_names_the_place():
    assert compound_place(tokenize("Nairobi-based")[0]) == ("Nairobi", "city")
    assert compound_place(tokenize("Nairobi")[0]) is None


def test_only_towns_the_text_calls_towns_count_below_the_city_size():
    assert cued_towns("Aid reached Nowhereville town.") == []
    assert cued_towns("Aid reached the coastal town of Nowhereville.") == [("Nowhereville", "city")]
    assert cued_towns("Fighting spread to Nairobi county.") == [("Nairobi", "city")]
    assert lookup("Dedza") is None  # a town under the cities' size
    assert cued_towns("Schools in Dedza district reopened.") == [("Dedza", "city")]
