"""Ranked full-text search, on whichever database the suite runs on."""

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article, Quote
from articles.search import POSTGRES_PAGE, highlight, postgres_params, search_articles
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


def test_a_title_only_match_gets_a_snippet_highlighting_it(indexed):
    indexed("Drought hits farmers", body="Rain failed across the north.")

    (hit,) = search_articles("drought")

    assert "<mark>Drought</mark>" in hit.snippet


def test_a_quote_only_match_is_ranked_and_gets_a_snippet_highlighting_it(indexed):
    speaker = make_person("Ama Boateng")
    indexed("Clinic opens", quotes=((speaker, "Malaria cases have halved"),))

    (hit,) = search_articles("malaria")

    assert "<mark>Malaria</mark>" in hit.snippet and hit.rank > 0


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


def test_an_edited_title_is_found_by_its_new_words_only(
    indexed, django_capture_on_commit_callbacks
):
    article = indexed("Drought hits farmers")

    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Floods hit farmers"
        article.save()

    assert search_articles("drought") == []
    assert [h.article for h in search_articles("floods")] == [article]


def test_a_quote_added_later_is_found(indexed, django_capture_on_commit_callbacks):
    article = indexed("Clinic opens")

    with django_capture_on_commit_callbacks(execute=True):
        Quote.objects.create(article=article, speaker=make_person("Ama Boateng"), text="Malaria")

    assert [h.article for h in search_articles("malaria")] == [article]


def test_a_deleted_article_leaves_no_result_and_no_index_row(
    indexed, django_capture_on_commit_callbacks
):
    article = indexed("Drought hits farmers")
    pk = article.pk

    with django_capture_on_commit_callbacks(execute=True):
        article.delete()

    assert search_articles("drought") == []
    column = "article_id" if connection.vendor == "postgresql" else "rowid"
    with connection.cursor() as cursor:  # other tests' rows may remain: not a model's
        cursor.execute(f"SELECT count(*) FROM articles_search WHERE {column} = %s", [pk])
        assert cursor.fetchone() == (0,)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's GIN index")
def test_postgres_search_finds_matches_through_the_gin_index(indexed):
    # As on a real site: many published articles, the word in few. On near-empty tables
    # without statistics the planner rightly walks the published articles instead.
    for n in range(20):
        indexed(f"Market report {n}")
    indexed("Drought hits farmers")

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article, articles_search")
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test's transaction only
        cursor.execute(f"EXPLAIN {POSTGRES_PAGE}", postgres_params("drought", 20, 0))
        plan = "\n".join(line for (line,) in cursor.fetchall())

    assert "Bitmap Index Scan on articles_search_document_idx" in plan, plan


def test_results_come_a_page_at_a_time_without_skipping_or_repeating(client, indexed):
    for n in range(25):
        indexed(f"Drought report {n:02}", body="Drought " * (n + 1))
    indexed("Drought draft", status=Article.Status.DRAFT)

    first = search_articles("drought")
    second = search_articles("drought", offset=len(first))

    assert len(first) == 20 and len(second) == 5
    titles = [hit.article.title for hit in first + second]
    assert sorted(titles) == [f"Drought report {n:02}" for n in range(25)]


def test_search_page_links_to_the_next_page_of_results(client, indexed):
    for n in range(21):
        indexed(f"Drought report {n:02}")

    page = client.get("/search/", {"q": "drought"}).content.decode()
    last = client.get("/search/", {"q": "drought", "page": "2"}).content.decode()

    assert "Results 1–20 for “drought”" in page and 'href="?q=drought&amp;page=2"' in page
    assert "Results 21–21 for “drought”" in last and 'href="?q=drought&amp;page=1"' in last
    assert "More results" not in last


@pytest.mark.parametrize("page", ["²", "١", "0" * 5000, "-1", "1001", "abc"])
def test_a_page_number_that_is_not_one_of_the_results_pages_gives_the_first(client, indexed, page):
    indexed("Drought report")

    response = client.get("/search/", {"q": "drought", "page": page})

    assert response.status_code == 200 and response.context["page"] == 1


@pytest.mark.parametrize("count", [3, 30])
def test_search_page_query_count_does_not_grow_with_results(
    client, indexed, django_assert_num_queries, count
):
    for n in range(count):
        indexed(f"Drought report {n:02}")

    # SQLite: the ranked page, then its articles; PostgreSQL ranks and reads them in one.
    with django_assert_num_queries(2 if connection.vendor == "sqlite" else 1):
        assert client.get("/search/", {"q": "drought"}).status_code == 200
