"""Search syntax: phrases, OR and -word mean the same on both databases, and nothing a
reader types reaches FTS5 as syntax."""

import pytest

from articles.search import search_articles
from articles.search_syntax import SearchQuery, parse_query
from tests.factories import make_article


def test_words_phrases_or_and_exclusions_are_parsed():
    assert parse_query('debt OR aid "debt relief" -loan -"new tax"') == SearchQuery(
        groups=((("debt",), ("aid",)), (("debt", "relief"),)),
        excluded=(("loan",), ("new", "tax")),
    )


def test_or_at_either_end_and_lower_case_or_are_plain():
    assert parse_query("OR debt or OR") == SearchQuery(groups=((("debt",),), (("or",),)))


def test_a_query_of_exclusions_alone_looks_for_nothing():
    assert not parse_query("-debt")
    assert not parse_query('""   -')


def test_fts5_expression_holds_only_quoted_literals():
    parsed = parse_query('NEAR(debt aid) col:debt* ^aid "unclosed')
    assert parsed.fts5() == (
        '("near debt") AND ("aid") AND ("col debt") AND ("aid") AND ("unclosed")'
    )


def test_the_websearch_form_is_canonical():
    assert parse_query('  Debt OR "DEBT relief"  -Loan').key == 'debt OR "debt relief" -loan'
    # A lower-case 'or' is a word, which websearch_to_tsquery reads as a word only quoted.
    assert parse_query("black or white").key == 'black "or" white'


@pytest.fixture
def indexed(django_capture_on_commit_callbacks, db):
    def make(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return make_article(*args, **kwargs)

    return make


@pytest.fixture
def stories(indexed):
    indexed("Debt talks", body="Ministers discussed debt relief for poor countries.")
    indexed("Aid arrives", body="Food aid reached the north.")
    indexed("Relief debt", body="The relief of debt holders, then debt again.")
    indexed("Loan deal", body="A debt loan was agreed.")


def titles(query: str) -> set[str]:
    return {hit.article.title for hit in search_articles(query)}


def test_or_finds_the_articles_of_either_word(stories):
    assert titles("debt OR aid") == titles("debt") | titles("aid")
    assert titles("debt OR aid") > titles("debt")


def test_a_phrase_matches_its_words_together_only(stories):
    assert titles('"debt relief"') == {"Debt talks"}
    assert titles("debt relief") == {"Debt talks", "Relief debt"}


def test_minus_leaves_out_the_articles_with_the_word(stories):
    assert titles("debt -loan") == titles("debt") - {"Loan deal"}
    assert "Loan deal" in titles("debt")


@pytest.mark.parametrize(
    "query", ["NEAR(debt aid)", "debt*", "^debt", "title:debt", '"unclosed', "AND", "NOT debt", "-"]
)
def test_fts5_syntax_typed_by_a_reader_is_searched_as_words_never_an_error(stories, query):
    search_articles(query)  # no OperationalError on SQLite, no error on PostgreSQL
