"""Ranked full-text search, on whichever database the suite runs on."""

import pytest
from django.core.management import call_command

from articles.models import Article
from articles.search import highlight, search_articles
from tests.factories import make_article, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Create articles and run the index callbacks their commits would run."""

    def make(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return make_article(*args, **kwargs)

    return make


def test_title_matches_rank_above_body_matches(indexed):
    indexed("Drought hits farmers", body="Rain failed across the north.")
    indexed("Market report", body="Prices rose as drought spread in the east.")

    hits = search_articles("drought")

    assert [h.article.title for h in hits] == ["Drought hits farmers", "Market report"]


def test_quotes_are_searched_too(indexed):
    speaker = make_person("Ama Boateng")
    indexed("Clinic opens", quotes=((speaker, "Malaria cases have halved"),))

    assert [h.article.title for h in search_articles("malaria")] == ["Clinic opens"]


def test_unpublished_articles_are_never_found(indexed):
    indexed("Secret drought plan", status=Article.Status.DRAFT)

    assert search_articles("drought") == []


def test_snippets_highlight_matches_and_escape_the_text(indexed):
    indexed("Notice", body="The <script>alert(1)</script> drought notice was posted.")

    (hit,) = search_articles("drought")

    assert "<mark>drought</mark>" in hit.snippet
    assert "<script>" not in hit.snippet  # PostgreSQL drops the tag; SQLite escapes it


def test_highlight_escapes_text_before_marking_it():
    assert highlight("<b>\x02x\x03</b>") == "&lt;b&gt;<mark>x</mark>&lt;/b&gt;"


def test_search_syntax_in_the_query_is_treated_as_words(indexed):
    indexed("Port strike ends", body="Dockers return.")

    assert [h.article.title for h in search_articles('"port -strike*( ^')] == ["Port strike ends"]


def test_search_page_shows_results_for_the_query(client, indexed):
    indexed("Drought hits farmers")

    page = client.get("/search/", {"q": "drought"}).content.decode()

    assert "1 result for “drought”" in page and "Drought hits farmers" in page


def test_rebuild_command_indexes_existing_articles():
    make_article("Unindexed drought story")  # on_commit never runs inside the test

    call_command("rebuild_search_index", verbosity=0)

    assert [h.article.title for h in search_articles("drought")] == ["Unindexed drought story"]
