"""Readers' pages come from the cache until public content changes."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse

from articles import workflow
from articles.caching import PAGE_KEY, RecentPages, content_version, restored, stored
from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_cached_page_needs_no_query_and_is_dropped_when_an_article_is_saved(
    client, page_cache, django_assert_num_queries, django_capture_on_commit_callbacks
):
    article = make_article("Talks")
    client.get("/")
    Article.objects.filter(pk=article.pk).update(title="Changed without a signal")

    with django_assert_num_queries(0):
        assert "Talks" in client.get("/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Talks resume"
        article.save()
    assert "Talks resume" in client.get("/").content.decode()


def test_publishing_from_the_admin_workflow_shows_the_article_at_once(
    client, page_cache, django_capture_on_commit_callbacks
):
    draft = make_article("Fresh draft", status=Article.Status.DRAFT)
    assert "Fresh draft" not in client.get("/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(articles=[draft])

    assert "Fresh draft" in client.get("/").content.decode()


def test_signed_in_staff_are_never_served_from_the_cache(admin_client, client, page_cache):
    make_article("Talks")
    client.get("/")
    Article.objects.update(title="Edited quietly")

    assert "Edited quietly" in admin_client.get("/").content.decode()


def test_a_cached_page_is_answered_without_rendering_and_keeps_its_headers(client, page_cache):
    make_article("Talks")
    first = client.get("/")

    again = client.get("/")

    assert again.templates == [] and again.content == first.content
    assert again["X-Frame-Options"] == "DENY" and again["ETag"] == first["ETag"]
    assert "public" in again["Cache-Control"] and "Cookie" in again["Vary"]
    assert client.get("/", headers={"if-none-match": first["ETag"]}).status_code == 304


def test_a_request_with_a_session_cookie_is_rendered_afresh(client, page_cache):
    make_article("Talks")
    client.get("/")
    Article.objects.update(title="Edited quietly")
    client.cookies["sessionid"] = "anything"

    assert "Edited quietly" in client.get("/").content.decode()


def test_pages_that_are_not_found_are_not_cached(client, page_cache):
    assert client.get("/articles/later/").status_code == 404
    make_article("Later")

    assert client.get("/articles/later/").status_code == 200


def test_a_cached_page_is_refused_to_a_host_the_site_does_not_serve(client, page_cache):
    make_article("Talks")
    assert client.get("/").status_code == 200

    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_a_reader_revisiting_after_a_change_fills_the_cache_and_gets_a_304(
    client, page_cache, django_assert_num_queries, django_capture_on_commit_callbacks
):
    article = make_article("Talks")
    etag = client.get("/")["ETag"]
    with django_capture_on_commit_callbacks(execute=True):
        article.save()  # a new content version: the next request is a miss
    revisit = client.get("/", headers={"if-none-match": etag})

    assert revisit.status_code == 304
    with django_assert_num_queries(0):
        assert client.get("/").status_code == 200


def test_a_page_cached_for_one_host_or_scheme_is_not_served_for_another(
    client, page_cache, settings
):
    settings.ALLOWED_HOSTS = ["a.example", "b.example"]
    make_article("Talks")
    client.get("/", headers={"host": "a.example"})

    page = client.get("/", headers={"host": "b.example"}, secure=True).content.decode()

    assert 'href="https://b.example/"' in page and "a.example" not in page


def test_a_worker_serves_a_page_it_served_before_from_memory(
    client, page_cache, django_assert_num_queries
):
    make_article("Talks")
    first = client.get("/")
    cache.delete(f"{PAGE_KEY}:{content_version()}:http://testserver/")

    with django_assert_num_queries(0):
        again = client.get("/")

    assert again.templates == [] and again.content == first.content
    assert again["ETag"] == first["ETag"]


def test_each_hit_is_a_response_of_its_own():
    pages = RecentPages(size=2)
    pages.put("home", stored(HttpResponse("<p>Talks</p>", headers={"ETag": '"1"'}), 60))

    first = restored(pages.get("home"))
    first["ETag"] = '"changed"'
    first.content = b"changed"

    second = restored(pages.get("home"))
    assert second.content == b"<p>Talks</p>" and second["ETag"] == '"1"'


def test_a_worker_keeps_its_newest_pages_and_none_past_its_deadline():
    pages = RecentPages(size=2)
    for key in ("a", "b"):
        pages.put(key, stored(HttpResponse(key), 60))
    pages.get("a")  # now the newest
    pages.put("c", stored(HttpResponse("c"), 60))
    pages.put("old", stored(HttpResponse("old"), -1))

    assert pages.get("b") is None and pages.get("old") is None
    assert restored(pages.get("c")).content == b"c"
