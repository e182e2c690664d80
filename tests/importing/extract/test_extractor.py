"""The extraction interface: one Protocol and a rule backend (its speed is measured in
bench/extraction, never timed here)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.importing.extract import Extractor, RuleExtractor, default_vocabulary, extract
from articles.importing.records import Extraction, ParsedArticle, TermRecord


def test_rule_extractor_satisfies_the_extractor_protocol():
    backend: Extractor = RuleExtractor()
    parsed = ParsedArticle("Title", ("President Ana Lima said “we will win this vote”.",))
    result = backend.extract(parsed, vocabulary=(TermRecord("elections", ("vote",)),))
    assert isinstance(result, Extraction)
    assert result.persons[0].name == "Ana Lima" and result.tags == ("elections",)


def test_an_article_with_nothing_to_find_gives_an_empty_extraction():
    parsed = ParsedArticle("weather", ("it rained all day and nobody went out.",))
    assert extract(parsed, vocabulary=default_vocabulary()) == Extraction()


PARAGRAPH = st.text(
    alphabet=st.sampled_from(list("abcdeXYZ ÉéÀ.,;:'’‘“”\"()-—–0123456789\n")) | st.characters(),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(title=st.text(max_size=80), paragraphs=st.lists(PARAGRAPH, min_size=1, max_size=5))
def test_extraction_never_raises_on_arbitrary_text(title, paragraphs):
    parsed = ParsedArticle(title, tuple(paragraphs))
    assert isinstance(extract(parsed, vocabulary=default_vocabulary()), Extraction)


# Words the rules react to, shuffled into nonsense: titles, names, marks, dates, heads.
NEWS_WORDS = st.sampled_from(
    "President Mr Ms. Jean-Marc Pisani said “ ” \" ' ‘ ’ (EU) the European Union Programme "
    "for Phase II of until November 2026 , . — DAKAR (Reuters) - Ministry Health he added : "
    "namely focus on three areas and Senegal's Bank al-Amin van der U.N. Dr. POC 2 from "
    "2024 to 2027 launched by Kenya Lagos".split()
)
NEWS_SOUP = st.lists(NEWS_WORDS, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(title=NEWS_SOUP, paragraphs=st.lists(NEWS_SOUP, min_size=1, max_size=6))
def test_extraction_never_raises_on_news_shaped_nonsense(title, paragraphs):
    parsed = ParsedArticle(title, tuple(paragraphs))
    assert isinstance(extract(parsed, vocabulary=default_vocabulary()), Extraction)
