"""An article's links (tags, people and roles, programmes, organisations, places) are
part of each version in its history: shown in diffs and brought back by a revert."""

from pathlib import Path

import pytest
from django.core.management import call_command

from articles import link_history, merging, workflow
from articles.models import Article
from tests.admin.test_locking import change_post, change_url
from tests.factories import make_article, make_organization, make_person, make_place, make_program

SEED = Path(__file__).resolve().parents[2] / "seeds"


def history_url(article: Article) -> str:
    return f"/admin/articles/article/{article.pk}/history/"


def ids(links: dict) -> dict:
    """Return what each kind of link points at: people in order, the rest as sorted ids."""
    found = {key: sorted((e["id"], e.get("role")) for e in v) for key, v in links.items()}
    found["people"] = [(e["id"], e["role"]) for e in links["people"]]
    return found


def mention_post(article: Article, *, delete: bool = False) -> dict:
    """Return the inline's POST for the article's existing mentions, each kept or deleted."""
    mentions = list(article.mentions.all())
    data = {"mentions-TOTAL_FORMS": len(mentions), "mentions-INITIAL_FORMS": len(mentions)}
    for i, m in enumerate(mentions):
        data |= {
            f"mentions-{i}-id": m.pk,
            f"mentions-{i}-article": article.pk,
            f"mentions-{i}-person": m.person_id,
            f"mentions-{i}-role": m.role,
            f"mentions-{i}-position": m.position,
        }
        if delete:
            data[f"mentions-{i}-DELETE"] = "on"
    return data


@pytest.fixture
def linked_article():
    """An article with one link of each kind, saved once by an editor (version 2)."""
    person, program = make_person("Awa Ndiaye"), make_program("Border Watch")
    organization, place = make_organization("Relief Agency"), make_place("Dakar")
    return make_article(
        "Floods reach the delta",
        tags=("floods",),
        persons=((person, "minister"),),
        programs=(program,),
        organizations=(organization,),
        places=(place,),
    )


def save_links(client, article, *, version, tags, **links):
    """Save the article's form with these tags; other links as they are unless given."""
    post = change_post(article, version=version, tags=tags, **mention_post(article))
    for key in ("programs", "organizations", "places"):
        post[key] = links.get(key, [o.pk for o in getattr(article, key).all()])
    response = client.post(change_url(article), post)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return article.history.first()


@pytest.mark.django_db
def test_an_admin_save_records_the_links_the_article_has_after_it(editor_client, linked_article):
    a = linked_article
    program, organization, place = a.programs.get(), a.organizations.get(), a.places.get()
    version = save_links(editor_client, a, version=1, tags="floods, rain")
    person = a.mentions.get().person
    rain = a.tags.get(name="rain")
    assert version.history_user.username == "eddie"
    assert ids(version.links) == {
        "tags": [(a.tags.get(name="floods").pk, None), (rain.pk, None)],
        "people": [(person.pk, "minister")],
        "programs": [(program.pk, None)],
        "organizations": [(organization.pk, None)],
        "places": [(place.pk, None)],
    }


@pytest.mark.django_db
def test_the_diff_page_shows_links_removed_and_added(editor_client, linked_article):
    a = linked_article
    save_links(editor_client, a, version=1, tags="floods")
    latest = save_links(editor_client, a, version=2, tags="drought", programs=[])
    response = editor_client.get(f"{history_url(a)}{latest.history_id}/diff/")
    rows = {row["field"]: row["diff"] for row in response.context["changes"]}
    assert rows == {
        "Tags": "<del>floods</del>, <ins>drought</ins>",
        "Programmes": "<del>Border Watch</del>",
    }
    assert "<del>Border Watch</del>" in response.content.decode()


@pytest.mark.django_db
def test_reverting_restores_the_versions_tags_links_and_people_with_roles(
    editor_client, linked_article
):
    a = linked_article
    program, organization, place = a.programs.get(), a.organizations.get(), a.places.get()
    good = save_links(editor_client, a, version=1, tags="floods")
    post = change_post(a, version=2, tags="drought", **mention_post(a, delete=True))
    assert editor_client.post(change_url(a), post).status_code == 302
    assert (a.mentions.count(), a.programs.count(), list(a.tags.names())) == (0, 0, ["drought"])

    revert_url = f"{history_url(a)}{good.history_id}/"
    page = editor_client.get(revert_url)
    form = page.context["adminform"].form
    assert 'name="tags" value="floods"' in str(form["tags"])
    assert form["programs"].value() == [program.pk]
    assert "Awa Ndiaye (minister)" in page.content.decode()

    revert = change_post(a, version=3, tags="floods", programs=[program.pk])
    revert |= {"organizations": [organization.pk], "places": [place.pk]}
    assert editor_client.post(revert_url, revert).status_code == 302

    assert list(a.tags.names()) == ["floods"]
    assert list(a.programs.all()) == [program]
    assert [(m.person.name, m.role) for m in a.mentions.all()] == [("Awa Ndiaye", "minister")]
    latest = a.history.first()
    assert latest.history_change_reason == f"Reverted to version {good.history_id}"
    assert ids(latest.links) == ids(good.links)
    restored = a.mentions.get().history.first()
    assert restored.history_user.username == "eddie"


@pytest.mark.django_db
def test_the_revert_page_names_links_merged_away_since_that_version(editor_client):
    survivor, duplicate = make_person("Awa Ndiaye"), make_person("A. Ndiaye")
    article = make_article(persons=((duplicate, "minister"),))
    version = save_links(editor_client, article, version=1, tags="")
    merging.merge_entities(survivor=survivor, duplicates=[duplicate])
    page = editor_client.get(f"{history_url(article)}{version.history_id}/")
    assert page.context["links_gone"] == ["A. Ndiaye"]
    assert "not restored: A. Ndiaye" in page.content.decode()


@pytest.mark.django_db
def test_a_version_recorded_before_links_were_kept_leaves_links_alone(editor_client):
    person = make_person("Awa Ndiaye")
    article = make_article("Old title", tags=("floods",), persons=((person, "minister"),))
    old = article.history.first()
    assert old.links is None
    revert_url = f"{history_url(article)}{old.history_id}/"
    assert "reverting restores its fields only" in editor_client.get(revert_url).content.decode()
    editor_client.post(change_url(article), change_post(article, version=1, title="New title"))
    post = change_post(article, version=2, title="Old title", tags="floods")
    assert editor_client.post(revert_url, post).status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Old title"
    assert [(m.person, m.role) for m in article.mentions.all()] == [(person, "minister")]


@pytest.mark.django_db
def test_bulk_tagging_records_the_new_tag_in_each_articles_version(editor):
    first, second = make_article(), make_article(tags=("rain",))
    workflow.add_tag(articles=[first, second], name="floods", user=editor)
    expected = {first: ["floods"], second: ["floods", "rain"]}
    for article, tags in expected.items():
        latest = article.history.first()
        assert latest.history_change_reason == "Tagged floods"
        assert [e["name"] for e in latest.links["tags"]] == tags


@pytest.mark.django_db
def test_merging_people_writes_a_version_of_each_article_that_named_them(editor):
    survivor, duplicate = make_person("Awa Ndiaye"), make_person("A. Ndiaye")
    named, other = make_article(persons=((duplicate, "minister"),)), make_article()
    merging.merge_entities(survivor=survivor, duplicates=[duplicate], user=editor)
    latest = named.history.first()
    assert latest.history_change_reason == "Merged A. Ndiaye"
    assert latest.history_user == editor
    assert ids(latest.links)["people"] == [(survivor.pk, "minister")]
    assert other.history.count() == 1


@pytest.mark.django_db
def test_merging_tags_writes_a_version_of_each_retagged_article(editor):
    article = make_article(tags=("flood",))
    survivor = make_article(tags=("floods",)).tags.get()
    merging.merge_tags(survivor=survivor, duplicates=[article.tags.get()], user=editor)
    latest = article.history.first()
    assert latest.history_change_reason == "Merged tags flood into floods"
    assert [e["name"] for e in latest.links["tags"]] == ["floods"]


@pytest.mark.django_db
def test_an_import_records_the_links_it_wrote_in_the_articles_first_version():
    call_command("import_articles", str(SEED), verbosity=0)
    article = Article.objects.get()
    stored = link_history.snapshots([article.pk])[article.pk]
    version = article.history.get()
    assert version.history_user.username == "importer"
    assert ids(version.links) == ids(stored)
    assert version.links["people"] and version.links["tags"] and version.links["programs"]


@pytest.mark.django_db
def test_the_history_list_shows_link_changes_beside_field_changes(editor_client, linked_article):
    a = linked_article
    save_links(editor_client, a, version=1, tags="floods")
    save_links(editor_client, a, version=2, tags="floods, drought", programs=[])
    page = editor_client.get(history_url(a))
    latest = page.context["page_obj"][0]
    assert {c["field"]: (c["old"], c["new"]) for c in latest.history_delta_changes} == {
        "Tags": ("floods", "floods, drought"),
        "Programmes": ("Border Watch", "none"),
    }


@pytest.mark.django_db
def test_merging_places_writes_one_version_showing_the_new_dateline(editor, editor_client):
    survivor, duplicate = make_place("Dakar"), make_place("Dakar City")
    article = make_article(dateline=duplicate, places=(duplicate,))
    before = article.history.count()
    merging.merge_entities(survivor=survivor, duplicates=[duplicate], user=editor)
    assert article.history.count() == before + 1
    latest = article.history.first()
    assert latest.dateline_id == survivor.pk
    assert [e["name"] for e in latest.links["places"]] == ["Dakar"]


@pytest.mark.django_db
def test_reverting_does_not_bring_back_a_tag_merged_since(editor_client, editor, linked_article):
    a = linked_article
    version = save_links(editor_client, a, version=1, tags="floods, flood")
    merging.merge_tags(survivor=a.tags.get(name="floods"), duplicates=[a.tags.get(name="flood")])
    page = editor_client.get(f"{history_url(a)}{version.history_id}/")
    assert page.context["links_gone"] == ["flood"]
    assert 'name="tags" value="floods"' in str(page.context["adminform"].form["tags"])
