"""Drafts, articles in review, archived and scheduled ones, and the records only they
name, appear on no endpoint, in no list, count, search result or expansion."""

import pytest

from tests.api.conftest import unpublished_articles
from tests.factories import make_organization, make_person, make_place, make_program

SECRETS = ("Hidden Person", "Hidden Programme", "Hidden Agency", "Hiddenville", "hidden-topic")
ENDPOINTS = (
    "/api/articles/",
    "/api/articles/?q=hidden",
    "/api/articles/?person=hidden-person",
    "/api/articles/?tag=hidden-topic",
    "/api/people/",
    "/api/people/?search=hidden",
    "/api/programmes/",
    "/api/organisations/",
    "/api/places/",
    "/api/topics/",
    "/api/quotes/",
    "/api/quotes/?speaker=hidden-person",
    "/api/search/?q=hidden",
    "/api/articles/border-posts-reopen/",
    "/api/people/awa-ndiaye/",
)
DETAILS = (
    "/api/articles/draft-story/",
    "/api/articles/story-in-review/",
    "/api/articles/archived-story/",
    "/api/articles/scheduled-story/",
    "/api/people/hidden-person/",
    "/api/programmes/hidden-programme/",
    "/api/organisations/hidden-agency/",
    "/api/places/hiddenville/",
    "/api/topics/hidden-topic/",
)


@pytest.fixture
def hidden(newsroom, django_capture_on_commit_callbacks):
    person = make_person("Hidden Person")
    names = {
        "persons": ((person, "Hidden Role"),),
        "quotes": ((person, "Hidden words said in a full quote"),),
        "programs": (make_program("Hidden Programme"),),
        "organizations": (make_organization("Hidden Agency"),),
        "places": (make_place("Hiddenville"),),
        "tags": ("hidden-topic",),
    }
    with django_capture_on_commit_callbacks(execute=True):
        unpublished_articles(**names)
    # The public person is quoted in a draft too: that quote and role must not show.
    unpublished_articles(persons=((newsroom["person"], "Secret Envoy"),))


@pytest.mark.parametrize("path", ENDPOINTS)
def test_no_endpoint_shows_what_is_not_public(client, hidden, path):
    response = client.get(path)
    assert response.status_code == 200
    text = response.content.decode()
    for secret in (*SECRETS, "Secret Envoy", "Hidden Role", "Draft story", "Scheduled story"):
        assert secret not in text, (path, secret)


@pytest.mark.parametrize("path", DETAILS)
def test_records_only_unpublished_articles_name_have_no_detail(client, hidden, path):
    assert client.get(path).status_code == 404


def test_with_the_page_cache_on_an_article_taken_off_the_site_leaves_the_api(
    client, newsroom, page_cache, django_capture_on_commit_callbacks
):
    assert client.get("/api/articles/border-posts-reopen/").status_code == 200
    assert client.get("/api/articles/").json()["results"] != []
    article = newsroom["article"]
    article.status = article.Status.DRAFT
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    assert client.get("/api/articles/border-posts-reopen/").status_code == 404
    assert client.get("/api/articles/").json()["results"] == []
