"""Readers' pages come from the cache until public content changes."""

import pytest

from articles import workflow
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
