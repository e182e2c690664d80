"""Aggregates kept under the content version: fewer queries, never stale, never leaking."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.caching import content_version, timeout
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
