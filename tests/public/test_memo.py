"""Aggregates kept under the content version: fewer queries, never stale, never leaking."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.caching import (
    VERSION_KEY,
    bump_content_version,
    content_version,
    pinned_content_version,
    timeout,
)
from articles.memo import MISSING, RecentMemos, memoised
from articles.models import Article
from tests.factories import make_article, make_person

pytestmark = pytest.mark.django_db


def test_home_reuses_its_counts_and_months_until_an_article_is_saved(
    client, memo, django_assert_num_queries, django_capture_on_commit_callbacks
):
    awa = make_person("Awa Ndiaye")
    make_article("Talks", tags=("borders",), persons=((awa, ""),))
    client.get("/?tag=borders")

    with django_assert_num_queries(3):  # articles, their tags, their mentions+people
        page = client.get("/?tag=borders")
    assert {t.name: t.n for t in page.context["facets"]["tag"]} == {"borders": 1}

    with django_capture_on_commit_callbacks(execute=True):
        make_article("More talks", tags=("borders",), persons=((awa, ""),))
    page = client.get("/?tag=borders")
    assert {t.name: t.n for t in page.context["facets"]["tag"]} == {"borders": 2}
    assert "2 articles match" in page.content.decode()


def test_equal_filters_in_another_order_share_one_memo(client, memo, django_assert_num_queries):
    make_article("Talks", tags=("borders", "health"))
    client.get("/?tag=borders&tag=health&q=talks")

    with django_assert_num_queries(3):
        assert "1 article match" in client.get("/?q=talks&tag=health&tag=borders").content.decode()


def test_memoised_counts_never_include_unpublished_articles(client, memo):
    for status in (Article.Status.DRAFT, Article.Status.ARCHIVED):
        make_article(f"Hidden {status}", status=status, tags=("borders",))
    make_article("Scheduled", published_at=timezone.now() + timedelta(hours=1), tags=("borders",))
    make_article("Public", tags=("borders",))

    for _ in range(2):
        page = client.get("/?tag=borders")
        assert {t.name: t.n for t in page.context["facets"]["tag"]} == {"borders": 1}


def test_nothing_is_kept_past_the_next_scheduled_publication(memo):
    make_article("Scheduled", published_at=timezone.now() + timedelta(hours=1))

    assert 3500 < timeout(content_version(), None) <= 3600
    assert timeout(content_version(), 300) == 300


def test_without_a_scheduled_article_the_limit_alone_applies(memo):
    make_article("Public")

    assert timeout(content_version(), 300) == 300
    assert timeout(content_version(), None) is None


def test_related_articles_are_memoised_until_an_article_is_saved(
    client, memo, django_assert_num_queries, django_capture_on_commit_callbacks
):
    story = make_article("Story", tags=("borders",))
    yesterday = timezone.now() - timedelta(days=1)
    make_article("Earlier talks", tags=("borders",), published_at=yesterday)
    first = client.get(story.get_absolute_url())
    # the article, its tags, people, quotes, programmes, organisations and places
    with django_assert_num_queries(7) as memoised:
        assert client.get(story.get_absolute_url()).content == first.content

    with django_capture_on_commit_callbacks(execute=True):
        make_article("Border deal", tags=("borders",))
    page = client.get(story.get_absolute_url())

    assert [a.title for a in first.context["related"]] == ["Earlier talks"]
    assert [a.title for a in page.context["related"]] == ["Border deal", "Earlier talks"]
    assert not any("COUNT" in q["sql"] for q in memoised.captured_queries)


def test_a_tag_page_reuses_its_total_until_an_article_is_saved(
    client, memo, django_assert_num_queries, django_capture_on_commit_callbacks
):
    for n in range(21):
        make_article(f"Talks {n}", tags=("borders",))
    assert "Page 1 of 2" in client.get("/tags/borders/").content.decode()
    with django_assert_num_queries(4) as again:  # the tag, its articles, their tags and people
        assert "Page 1 of 2" in client.get("/tags/borders/").content.decode()
    assert not any("COUNT(" in q["sql"] for q in again.captured_queries)

    with django_capture_on_commit_callbacks(execute=True):
        for n in range(20):
            make_article(f"More talks {n}", tags=("borders",))

    assert "Page 1 of 3" in client.get("/tags/borders/").content.decode()


def test_search_results_are_memoised_per_query_until_an_article_is_saved(
    client, memo, django_assert_num_queries, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_article("Drought report")
    assert "Drought report" in client.get("/search/", {"q": "drought"}).content.decode()

    with django_assert_num_queries(0):  # the same words in other case and spacing
        assert "Drought report" in client.get("/search/", {"q": " DROUGHT "}).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        make_article("Drought deepens")
    page = client.get("/search/", {"q": "drought"}).content.decode()
    assert "Drought report" in page and "Drought deepens" in page


def test_memoised_search_results_never_include_unpublished_articles(
    client, memo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_article("Drought draft", status=Article.Status.DRAFT)
        make_article("Drought due", published_at=timezone.now() + timedelta(hours=1))
        make_article("Drought report")

    for _ in range(2):
        page = client.get("/search/", {"q": "drought"}).content.decode()
        assert "Drought report" in page
        assert "Drought draft" not in page and "Drought due" not in page


def test_a_memo_this_process_holds_is_dropped_when_another_process_changes_content(memo):
    version = content_version()
    assert memoised("answer", lambda: "before") == "before"
    cache.clear()  # the shared copy gone: only the content version is put back
    cache.set(VERSION_KEY, version, timeout=None)
    assert memoised("answer", lambda: "recomputed") == "before"  # from this process's memory

    cache.set(VERSION_KEY, version + 1, timeout=None)  # another worker's save

    assert memoised("answer", lambda: "after") == "after"


def test_a_request_reads_the_content_version_once_and_sees_its_own_changes(memo):
    with pinned_content_version() as version:
        cache.set(VERSION_KEY, version + 1, timeout=None)  # another worker, meanwhile
        assert content_version() == version
        bump_content_version()  # this request's own change
        assert content_version() not in (version, version + 1)
    assert content_version() == cache.get(VERSION_KEY)


def test_recent_memos_keep_the_most_recently_used_until_their_deadline(monkeypatch):
    memos = RecentMemos(limit=2)
    memos.put("a", 1, seconds=60)
    memos.put("b", 2, seconds=60)
    assert memos.get("a") == 1  # now the most recent
    memos.put("c", 3, seconds=60)

    assert (memos.get("a"), memos.get("b"), memos.get("c")) == (1, MISSING, 3)
    now = timezone.now().timestamp()
    monkeypatch.setattr("articles.memo.time.time", lambda: now + 61)
    assert memos.get("a") is MISSING
