"""Roles from migration 0003, enforced on the server whatever the browser sends."""

import pytest
from django.contrib.auth.models import Group, User

from articles.models import Article, Person
from tests.admin.test_locking import change_post, change_url
from tests.factories import make_article, make_person

Status = Article.Status


def codenames(group_name: str) -> set[str]:
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


@pytest.mark.django_db
def test_editor_group_holds_every_articles_and_taggit_permission_including_the_custom_ones():
    editor = codenames("Editor")
    assert {"publish_article", "merge_entities", "delete_article", "change_tag"} <= editor
    assert {"view_historicalarticle", "change_topicterm", "view_importrecord"} <= editor


@pytest.mark.django_db
def test_reporter_group_may_write_articles_and_people_but_not_publish_merge_or_delete():
    reporter = codenames("Reporter")
    assert {"add_article", "change_article", "change_mention", "change_quote"} <= reporter
    assert {"add_person", "change_person", "view_program", "view_place"} <= reporter
    assert not reporter & {"publish_article", "merge_entities", "delete_article", "change_place"}


@pytest.mark.django_db
def test_migration_creates_an_inactive_importer_without_a_usable_password():
    importer = User.objects.get(username="importer")
    assert not importer.is_active
    assert not importer.has_usable_password()


@pytest.mark.django_db
def test_reporter_is_offered_only_draft_and_in_review(reporter_client):
    article = make_article(status=Status.DRAFT)
    response = reporter_client.get(change_url(article))
    choices = response.context["adminform"].form.fields["status"].choices
    assert [value for value, _ in choices] == [Status.DRAFT, Status.IN_REVIEW]
    assert b'value="published"' not in response.content


@pytest.mark.django_db
def test_reporter_posting_status_published_is_refused_with_a_form_error(reporter_client):
    article = make_article(status=Status.DRAFT)
    post = change_post(article, version=1, status=Status.PUBLISHED)
    response = reporter_client.post(change_url(article), post)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["status"]
    assert errors == ["Only editors can publish or archive articles; choose Draft or In review."]
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT


@pytest.mark.django_db
def test_reporter_cannot_add_an_article_as_published(reporter_client):
    post = change_post(Article(title="Scoop", body="Text."), version="", status=Status.PUBLISHED)
    response = reporter_client.post("/admin/articles/article/add/", post)
    assert response.status_code == 200
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_reporter_may_fix_a_published_article_without_touching_its_status(reporter_client):
    article = make_article("Typo in titel")
    post = change_post(article, version=1, title="Typo in title", status=Status.DRAFT)
    assert reporter_client.post(change_url(article), post).status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("Typo in title", Status.PUBLISHED)


@pytest.mark.django_db
def test_reporter_reverting_to_a_published_version_does_not_publish(reporter_client, editor):
    article = make_article("Old title")
    version_id = article.history.first().history_id
    Article.objects.filter(pk=article.pk).update(status=Status.DRAFT)
    url = f"/admin/articles/article/{article.pk}/history/{version_id}/"
    response = reporter_client.post(url, change_post(article, version=1, status=Status.DRAFT))
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["publish", "unpublish", "archive", "delete_selected"])
def test_publisher_bulk_actions_are_neither_offered_to_nor_run_for_reporters(
    reporter_client, action
):
    article = make_article(status=Status.IN_REVIEW)
    page = reporter_client.get("/admin/articles/article/")
    assert f'value="{action}"' not in page.content.decode()
    post = {"action": action, "_selected_action": [article.pk], "post": "yes"}
    reporter_client.post("/admin/articles/article/", post)
    assert Article.objects.get(pk=article.pk).status == Status.IN_REVIEW


@pytest.mark.django_db
def test_reporter_can_submit_a_draft_for_review(reporter_client):
    article = make_article(status=Status.DRAFT)
    post = {"action": "submit_for_review", "_selected_action": [article.pk]}
    reporter_client.post("/admin/articles/article/", post)
    assert Article.objects.get(pk=article.pk).status == Status.IN_REVIEW


@pytest.mark.django_db
def test_merge_is_neither_offered_to_nor_run_for_reporters(reporter_client):
    people = [make_person("Awa Ndiaye"), make_person("Awa Ndiay")]
    assert (
        'value="merge_selected"'
        not in reporter_client.get("/admin/articles/person/").content.decode()
    )
    post = {
        "action": "merge_selected",
        "_selected_action": [p.pk for p in people],
        "apply": "Merge",
        "survivor": people[0].pk,
    }
    reporter_client.post("/admin/articles/person/", post)
    assert Person.objects.count() == 2


@pytest.mark.django_db
def test_editor_may_publish_from_the_change_form(editor_client):
    article = make_article(status=Status.IN_REVIEW)
    post = change_post(article, version=1, status=Status.PUBLISHED)
    assert editor_client.post(change_url(article), post).status_code == 302
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert article.published_at is not None


@pytest.mark.django_db
def test_non_staff_users_are_sent_to_the_login_page_for_the_preview(client):
    article = make_article(status=Status.DRAFT)
    client.force_login(User.objects.create_user("reader"))
    response = client.get(f"/admin/articles/article/{article.pk}/preview/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
