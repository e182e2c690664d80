import pytest
from django.contrib import admin
from taggit.models import Tag

from articles.admin.tags import TagAdmin
from articles.models import TopicTerm
from tests.factories import make_article

TAGS = "/admin/taggit/tag/"


def test_our_tag_admin_replaces_taggits():
    assert isinstance(admin.site._registry[Tag], TagAdmin)


@pytest.mark.django_db
def test_tag_list_shows_how_many_articles_carry_each_tag(editor_client):
    make_article(tags=("floods",))
    make_article(tags=("floods", "dams"))
    response = editor_client.get(TAGS)
    counts = {tag.name: tag.article_count for tag in response.context["cl"].result_list}
    assert counts == {"dams": 1, "floods": 2}


@pytest.mark.django_db
def test_renaming_a_tag_renames_it_on_every_article(editor_client):
    article = make_article(tags=("draught",))
    tag = Tag.objects.get()
    editor_client.post(f"{TAGS}{tag.pk}/change/", {"name": "drought", "slug": "drought"})
    assert list(article.tags.names()) == ["drought"]


@pytest.mark.django_db
def test_merge_asks_for_the_tag_to_keep_then_retags_articles(editor_client):
    kept = make_article(tags=("migrants", "migration"))
    moved = make_article(tags=("migration",))
    tags = list(Tag.objects.order_by("name"))
    selection = {"action": "merge_selected", "_selected_action": [t.pk for t in tags]}
    page = editor_client.post(TAGS, selection)
    assert page.status_code == 200
    assert 'name="survivor"' in page.content.decode()
    editor_client.post(TAGS, {**selection, "apply": "Merge", "survivor": tags[0].pk})
    assert list(Tag.objects.values_list("name", flat=True)) == ["migrants"]
    assert list(kept.tags.names()) == list(moved.tags.names()) == ["migrants"]


@pytest.mark.django_db
def test_merge_needs_two_tags(editor_client):
    make_article(tags=("alone",))
    post = {"action": "merge_selected", "_selected_action": [Tag.objects.get().pk]}
    response = editor_client.post(TAGS, post, follow=True)
    assert "Select at least two tags" in response.content.decode()


@pytest.mark.django_db
def test_delete_unused_deletes_only_tags_without_articles(editor_client):
    make_article(tags=("used",))
    unused = Tag.objects.create(name="unused")
    post = {
        "action": "delete_unused",
        "_selected_action": list(Tag.objects.values_list("pk", flat=True)),
    }
    response = editor_client.post(TAGS, post, follow=True)
    assert list(Tag.objects.values_list("name", flat=True)) == ["used"]
    assert not Tag.objects.filter(pk=unused.pk).exists()
    assert "Kept 1 still in use" in response.content.decode()


@pytest.mark.django_db
def test_reporters_cannot_reach_tag_management(reporter_client):
    assert reporter_client.get(TAGS).status_code == 403


@pytest.mark.django_db
def test_topic_terms_list_their_synonyms_and_can_be_switched_off_in_the_list(editor_client):
    TopicTerm.objects.all().delete()  # the default vocabulary would fill the list's formset
    term = TopicTerm.objects.create(term="Smuggling", synonyms=["people smuggling", "traffickers"])
    page = editor_client.get("/admin/articles/topicterm/").content.decode()
    assert "people smuggling, traffickers" in page
    post = {
        "form-TOTAL_FORMS": 1,
        "form-INITIAL_FORMS": 1,
        "form-0-id": term.pk,
        "_save": "Save",
    }
    editor_client.post("/admin/articles/topicterm/", post)
    assert TopicTerm.objects.get(pk=term.pk).active is False
