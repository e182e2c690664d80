"""Readers' pages come from the cache until public content changes."""

import time

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client

from articles import workflow
from articles.caching import (
    RecentPages,
    bump_content_version,
    content_version,
    page_key,
    restored,
    stored,
)
from articles.models import Article, Program
from tests.factories import make_article, make_program

pytestmark = pytest.mark.django_db

VERSION = 1  # of the pages RecentPages' own tests store


def page(content, *, seconds=60, headers=None):
    return stored(HttpResponse(content, headers=headers), seconds=seconds, version=VERSION)


def forget_shared_pages(paths):
    """Delete pages from the shared cache, leaving only a worker's memory to serve them."""
    for path in paths:
        cache.delete(page_key(content_version(), f"http://testserver{path}"))


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
    forget_shared_pages(["/"])

    with django_assert_num_queries(0):
        again = client.get("/")

    assert again.templates == [] and again.content == first.content
    assert again["ETag"] == first["ETag"]


def test_a_page_stored_under_an_older_content_version_is_not_served(client, page_cache):
    make_article("Talks")
    client.get("/")
    Article.objects.update(title="Edited quietly")

    bump_content_version()

    assert "Edited quietly" in client.get("/").content.decode()


def test_a_worker_keeps_the_page_it_read_last_when_memory_is_full(client, page_cache, settings):
    make_article("Talks")
    addresses = ["/", "/articles/talks/", "/search/"]
    sizes = [len(Client().get(address).content) for address in addresses]
    settings.NEWSROOM_PAGE_MEMORY_BYTES = sum(sizes) - 1  # room for any two of them
    home, article, search = addresses
    for address in (home, article, home, search):  # reading home again keeps it
        client.get(address)
    forget_shared_pages(addresses)

    assert client.get(home).templates == [] and client.get(search).templates == []
    assert client.get(article).templates != []


def test_a_page_larger_than_a_workers_memory_is_not_kept_there(client, page_cache, settings):
    settings.NEWSROOM_PAGE_MEMORY_BYTES = 100
    make_article("Talks")
    client.get("/")
    forget_shared_pages(["/"])

    assert client.get("/").templates != []


def test_each_hit_is_a_response_of_its_own():
    pages = RecentPages(limit=100)
    pages.put("home", page("<p>Talks</p>", headers={"ETag": '"1"'}))

    first = restored(pages.get("home", VERSION))
    first["ETag"] = '"changed"'
    first.content = b"changed"

    second = restored(pages.get("home", VERSION))
    assert second.content == b"<p>Talks</p>" and second["ETag"] == '"1"'


def test_recent_pages_evict_the_least_recently_read_first():
    pages = RecentPages(limit=2)
    pages.put("a", page("a"))
    pages.put("b", page("b"))
    pages.get("a", VERSION)  # now the most recently read

    pages.put("c", page("c"))

    assert pages.get("b", VERSION) is None
    assert pages.get("a", VERSION) is not None and pages.get("c", VERSION) is not None


def test_recent_pages_evict_until_their_content_fits_the_byte_limit():
    pages = RecentPages(limit=10)
    pages.put("a", page("aaaa"))
    pages.put("b", page("bbbbbb"))

    pages.put("c", page("c"))

    assert pages.get("a", VERSION) is None
    assert pages.get("b", VERSION) is not None and pages.get("c", VERSION) is not None


def test_recent_pages_count_a_replaced_page_once():
    pages = RecentPages(limit=10)
    pages.put("a", page("aaaaaa"))

    pages.put("a", page("AAAAAA"))

    assert pages.get("a", VERSION).content == b"AAAAAA"


def test_recent_pages_keep_no_page_over_the_limit_and_evict_nothing_for_it():
    pages = RecentPages(limit=10)
    pages.put("a", page("aaaa"))

    pages.put("big", page("b" * 11))

    assert pages.get("big", VERSION) is None and pages.get("a", VERSION) is not None


def test_recent_pages_drop_a_page_of_another_content_version():
    pages = RecentPages(limit=100)
    pages.put("home", page("<p>Talks</p>"))

    assert pages.get("home", VERSION + 1) is None
    assert pages.get("home", VERSION) is None and pages.held == 0


def test_recent_pages_do_not_serve_a_page_past_its_deadline():
    pages = RecentPages(limit=100)
    pages.put("home", page("<p>Talks</p>", seconds=-1))

    assert pages.get("home", VERSION) is None


def test_a_page_that_shows_today_is_cached_no_later_than_midnight(
    client, page_cache, settings, monkeypatch
):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 7 * 24 * 3600
    program = make_program("Safe Borders Programme")
    make_article("Talks", programs=(program,))
    # A second before midnight: the programme page may be kept for a second at most.
    monkeypatch.setattr("articles.caching.next_midnight", lambda: time.time() + 1)
    for path in ("/", program.get_absolute_url()):
        client.get(path)
    time.sleep(1.1)
    Program.objects.filter(pk=program.pk).update(name="Renamed without a signal")
    Article.objects.update(title="Retitled without a signal")

    assert "Renamed without a signal" in client.get(program.get_absolute_url()).content.decode()
    assert "Retitled without a signal" not in client.get("/").content.decode()  # still cached


@pytest.mark.parametrize(
    "first, second",
    [
        ("/?utm_source=mail", "/?utm_source=feed&x=1"),
        ("/?tag=borders&fbclid=a", "/?tag=borders"),
        ("/search/?q=talks&utm_source=a", "/search/?q=talks"),
        ("/tags/borders/?q=anything", "/tags/borders/"),  # a topic's page reads only ?page=
        ("/articles/talks/?page=2", "/articles/talks/?utm_medium=x"),
    ],
)
def test_addresses_differing_only_in_parameters_the_page_does_not_read_share_a_cached_page(
    client, page_cache, first, second, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_article("Talks", tags=("borders",))
    client.get(first)
    Article.objects.update(title="Edited quietly")  # no signal: the cached page stays

    again = client.get(second)

    assert again.templates == [] and "Edited quietly" not in again.content.decode()


def test_a_page_shows_nothing_of_a_parameter_it_does_not_read(client, page_cache):
    make_article("Talks", tags=("borders",))

    page = client.get("/?tag=borders&utm_source=mail-campaign").content.decode()

    assert "Talks" in page and "mail-campaign" not in page and "utm_source" not in page


@pytest.mark.parametrize(
    "first, second",
    [
        ("/?tag=borders", "/?tag=health"),
        ("/?tag=borders", "/?tag=borders&page=2"),
        ("/?q=talks", "/?q=other"),
        ("/search/?q=talks", "/search/?q=other"),
    ],
)
def test_parameters_a_page_reads_keep_their_cached_pages_apart(
    client, page_cache, first, second, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(21):
            make_article(f"Talks {n}", tags=("borders", "health"))
    client.get(first)

    assert client.get(second).templates != []
