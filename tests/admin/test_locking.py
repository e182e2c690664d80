import pytest
from django.db import transaction

from articles import locking
from articles.models import Article
from tests.factories import make_article


def change_post(article: Article, *, version: int, **changes) -> dict:
    """Return the admin change form's POST for the article, as loaded at version."""
    data = {
        "title": article.title,
        "slug": article.slug,
        "standfirst": article.standfirst,
        "body": article.body,
        "status": article.status,
        "published_at_0": "",
        "published_at_1": "",
        "tags": "",
        "loaded_version": version,
        "mentions-TOTAL_FORMS": 0,
        "mentions-INITIAL_FORMS": 0,
        "quotes-TOTAL_FORMS": 0,
        "quotes-INITIAL_FORMS": 0,
    }
    if article.published_at:
        data["published_at_0"] = article.published_at.strftime("%Y-%m-%d")
        data["published_at_1"] = article.published_at.strftime("%H:%M:%S")
    return {**data, **changes}


def change_url(article: Article) -> str:
    return f"/admin/articles/article/{article.pk}/change/"


@pytest.mark.django_db
def test_second_save_from_the_same_loaded_version_is_refused_and_keeps_the_input(editor_client):
    article = make_article("Floods in the delta")
    first = editor_client.post(change_url(article), change_post(article, version=1, title="A"))
    assert first.status_code == 302
    second = editor_client.post(change_url(article), change_post(article, version=1, title="B"))
    assert second.status_code == 200
    errors = second.context["adminform"].form.non_field_errors()
    assert "was changed by eddie" in errors[0]
    assert "Your changes have not been saved; copy them, reload and apply them again." in errors[0]
    assert second.context["adminform"].form["title"].value() == "B"
    assert Article.objects.get(pk=article.pk).title == "A"


@pytest.mark.django_db
def test_each_successful_save_raises_the_version_by_one(editor_client):
    article = make_article()
    editor_client.post(change_url(article), change_post(article, version=1, title="One"))
    editor_client.post(change_url(article), change_post(article, version=2, title="Two"))
    article.refresh_from_db()
    assert (article.title, article.version) == ("Two", 3)


@pytest.mark.django_db
def test_a_bulk_action_between_load_and_save_also_blocks_the_stale_save(editor_client):
    article = make_article(status=Article.Status.DRAFT)
    editor_client.post(
        "/admin/articles/article/",
        {"action": "submit_for_review", "_selected_action": [article.pk]},
    )
    response = editor_client.post(change_url(article), change_post(article, version=1))
    assert "while you were editing" in response.context["adminform"].form.non_field_errors()[0]
    assert Article.objects.get(pk=article.pk).status == Article.Status.IN_REVIEW


@pytest.mark.django_db
def test_find_conflict_names_the_last_editor_and_is_none_for_the_current_version(editor):
    article = make_article()
    article._history_user = editor
    locking.raise_version(article)
    article.save()
    with transaction.atomic():
        assert locking.find_conflict(article_id=article.pk, loaded_version=2) is None
        conflict = locking.find_conflict(article_id=article.pk, loaded_version=1)
    assert conflict.changed_by == "eddie"
    assert conflict.message().startswith("This article was changed by eddie at ")
