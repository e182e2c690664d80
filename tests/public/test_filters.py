"""Filtering the article list with plain GET parameters, with facet counts."""

import html
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.filters import ArticleFilter
from articles.models import Article
from tests.factories import make_article, make_person, make_program

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories():
    awa, ivo = make_person("Awa Ndiaye"), make_person("Ivo Marek")
    program = make_program("Safe Borders Programme")
    make_article(
        "Borders and health", tags=("borders", "health"), persons=((awa, ""),), programs=(program,)
    )
    make_article(
        "Borders only",
        tags=("borders",),
        persons=((ivo, ""),),
        published_at=timezone.now() - timedelta(days=40),
    )
    make_article("Health only", tags=("health",), persons=((awa, ""),))
    make_article(
        "Draft borders", tags=("borders",), status=Article.Status.DRAFT, persons=((awa, ""),)
    )
    return awa, program


def titles(response) -> list[str]:
    return sorted(card.title for card in response.context["cards"])


def test_several_tags_must_all_match(client, stories):
    assert titles(client.get("/?tag=borders&tag=health")) == ["Borders and health"]
    assert titles(client.get("/?tag=borders")) == ["Borders and health", "Borders only"]


def test_person_programme_date_and_text_filters(client, stories):
    awa, program = stories
    assert titles(client.get(f"/?person={awa.slug}")) == ["Borders and health", "Health only"]
    assert titles(client.get(f"/?programme={program.slug}")) == ["Borders and health"]
    since = (timezone.now() - timedelta(days=7)).date().isoformat()
    assert "Borders only" not in titles(client.get(f"/?published_after={since}"))
    assert titles(client.get("/?q=only")) == ["Borders only", "Health only"]


def test_text_filter_reads_title_standfirst_body_and_quotes(client):
    make_article("Rainfall", standfirst="Drought eased in the north.")
    make_article("Harvest", quotes=((None, "The drought is over"),))
    make_article("Drought report")
    make_article("Markets", body="No drought here, only prices.")
    make_article("Weather")

    found = titles(client.get("/?q=drought"))

    assert sorted(found) == ["Drought report", "Harvest", "Markets", "Rainfall"]


def test_facet_counts_cover_the_filtered_published_articles(client, stories):
    facets = client.get("/?tag=borders").context["facets"]

    assert {t.name: t.n for t in facets["tag"]} == {"borders": 2, "health": 1}
    assert {p.name: p.n for p in facets["person"]} == {"Awa Ndiaye": 1, "Ivo Marek": 1}


def test_pagination_links_keep_the_filters(client):
    for n in range(25):
        make_article(f"Story {n}", tags=("borders",))

    page = client.get("/?tag=borders").content.decode()

    assert 'href="?tag=borders&amp;page=2"' in page


def test_the_second_page_of_a_filtered_list_holds_the_older_matches(client):
    for n in range(25):
        when = timezone.now() - timedelta(hours=n)
        make_article(f"Story {n:02}", tags=("borders",), published_at=when)
    make_article("Health story", tags=("health",))

    second = client.get("/?tag=borders&page=2")

    assert titles(second) == [f"Story {n:02}" for n in range(20, 25)]
    assert client.get("/?tag=borders&page=3").status_code == 404


def test_a_filter_that_does_not_validate_matches_nothing(client):
    make_article("Talks")

    response = client.get("/?published_after=not-a-date")

    assert response.status_code == 200 and titles(response) == []
    assert "No published article matches." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "person=nobody&person=awa-ndiaye",  # a single-valued filter takes its last value
        "person=%20awa-ndiaye%20",  # stripped, as the form strips it
        "tag=&tag=borders&person=awa-ndiaye",  # a blank topic filters nothing
        "tag=health&tag=&person=awa-ndiaye",  # nor does a blank last topic
    ],
)
def test_a_page_of_cards_agrees_with_the_filter_set_whatever_the_query(client, query):
    awa = make_person("Awa Ndiaye")
    make_article("Borders", tags=("borders",), persons=((awa, ""),))
    make_article("Health", tags=("health",), persons=((awa, ""),))
    make_article("Elsewhere", tags=("borders",))

    response = client.get(f"/?{query}")

    filterset = ArticleFilter(response.wsgi_request.GET, queryset=Article.objects.published())
    assert filterset.is_valid()
    expected = sorted(article.title for article in filterset.qs)
    assert response.status_code == 200 and titles(response) == expected != []
    assert f"{len(expected)} article" in response.content.decode()


def test_filtered_list_names_its_filters_and_each_can_be_dropped_alone(client, stories):
    awa, _ = stories
    page = client.get(f"/?tag=borders&person={awa.slug}&page=1").content.decode()

    assert '<ul class="in-use" aria-label="Filters in use">' in page
    assert "<li>Topic: borders <a" in page and "<li>Person: Awa Ndiaye <a" in page
    drop_person = re.search(r'<a href="(\?[^"]*)" aria-label="Remove person Awa Ndiaye">', page)
    assert titles(client.get("/" + html.unescape(drop_person.group(1)))) == [
        "Borders and health",
        "Borders only",
    ]
    assert "in-use" not in client.get("/").content.decode()
    assert "in-use" not in client.get("/?utm_source=x").content.decode()  # not a filter


def test_the_words_of_a_text_filter_are_escaped_where_the_list_names_them(client, stories):
    page = client.get("/", {"q": '"><b>x'}).content.decode()

    assert "<b>x" not in page
    assert 'aria-label="Remove text &#34;&gt;&lt;b&gt;x"' in page


def test_a_topic_given_twice_filters_as_given_once(client, stories):
    assert titles(client.get("/?tag=borders&tag=borders&tag=health&tag=borders")) == [
        "Borders and health"
    ]


def test_only_the_first_five_topics_apply_and_the_reader_is_told_the_rest_are_ignored(client):
    make_article("Every topic", tags=[f"t{n}" for n in range(5)])
    make_article("Four of them", tags=[f"t{n}" for n in range(4)])

    response = client.get("/?" + "&".join(f"tag=t{n}" for n in range(7)))

    page = response.content.decode()
    assert titles(response) == ["Every topic"]  # t5 and t6, on no article, are ignored
    assert [used.value for used in response.context["in_use"]] == [f"t{n}" for n in range(5)]
    assert "A list is filtered by 5 topics at most: 2 more were ignored." in page


def most_joins(client, query: str) -> int:
    """Return the most joins of any query the list runs for query."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/?{query}").status_code == 200
    return max(q["sql"].upper().count("JOIN") for q in queries.captured_queries)


@pytest.mark.parametrize("given", [2, 5, 400])
def test_topics_cost_one_query_shape_however_many_are_given(client, given):
    make_article("Tagged", tags=("t0",))
    query = "&".join(f"tag=t{n}" for n in range(given))

    # a topic more is a value more, never a join more
    assert most_joins(client, query) == most_joins(client, "tag=t0")
