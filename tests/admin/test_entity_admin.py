from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Mention, Organization, Person, Place
from tests.factories import make_article, make_organization, make_person, make_place, make_program


def merge_selection(records) -> dict:
    return {"action": "merge_selected", "_selected_action": [r.pk for r in records]}


@pytest.mark.django_db
def test_merge_page_lists_the_selection_with_article_counts_and_aliases(editor_client):
    people = [make_person("Awa Ndiaye", aliases=["A. Ndiaye"]), make_person("Awa Ndiay")]
    make_article(persons=((people[0], ""),))
    page = editor_client.post("/admin/articles/person/", merge_selection(people))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Awa Ndiaye · 1 article(s) · also A. Ndiaye" in html
    assert html.count('name="survivor"') == 2


@pytest.mark.django_db
def test_merging_from_the_admin_keeps_the_chosen_survivor(editor_client):
    survivor, duplicate = make_person("Awa Ndiaye"), make_person("Awa Ndiay")
    article = make_article(persons=((duplicate, "minister"),))
    post = {
        **merge_selection([survivor, duplicate]),
        "apply": "Merge",
        "survivor": survivor.pk,
    }
    response = editor_client.post("/admin/articles/person/", post, follow=True)
    assert "Merged Awa Ndiay into Awa Ndiaye." in response.content.decode()
    assert list(Person.objects.values_list("name", flat=True)) == ["Awa Ndiaye"]
    assert Mention.objects.get(article=article).person == survivor
    assert Person.objects.get().aliases == ["Awa Ndiay"]


@pytest.mark.django_db
def test_merge_of_places_from_the_admin(editor_client):
    places = [make_place("Dakar"), make_place("Dakkar")]
    post = {**merge_selection(places), "apply": "Merge", "survivor": places[1].pk}
    editor_client.post("/admin/articles/place/", post)
    assert Place.objects.get().aliases == ["Dakar"]


@pytest.mark.django_db
def test_merge_refuses_a_survivor_outside_the_selection(editor_client):
    people, outsider = [make_person(), make_person()], make_person()
    post = {**merge_selection(people), "apply": "Merge", "survivor": outsider.pk}
    response = editor_client.post("/admin/articles/person/", post)
    assert response.status_code == 200
    assert response.context["form"].errors["survivor"]
    assert Person.objects.count() == 3


@pytest.mark.django_db
def test_renaming_in_the_admin_keeps_the_old_name_as_an_alias(editor_client):
    organization = make_organization("Red Cross")
    post = {
        "name": "International Red Cross",
        "slug": organization.slug,
        "aliases": "[]",
        "acronym": "",
    }
    editor_client.post(f"/admin/articles/organization/{organization.pk}/change/", post)
    organization.refresh_from_db()
    assert (organization.name, organization.aliases) == ("International Red Cross", ["Red Cross"])


@pytest.mark.django_db
def test_reporter_renaming_a_person_keeps_the_old_name_too(reporter_client):
    person = make_person("Awa Ndiaye")
    post = {"name": "Awa Ndiaye Sow", "slug": person.slug, "aliases": "[]", "bio": ""}
    assert (
        reporter_client.post(f"/admin/articles/person/{person.pk}/change/", post).status_code == 302
    )
    assert Person.objects.get().aliases == ["Awa Ndiaye"]


@pytest.mark.django_db
def test_entity_list_links_the_article_count_to_the_filtered_article_list(editor_client):
    organization = make_organization("Relief NGO")
    make_article(organizations=(organization,))
    page = editor_client.get("/admin/articles/organization/").content.decode()
    assert f'href="/admin/articles/article/?organisation={organization.pk}"' in page
    articles = editor_client.get(f"/admin/articles/article/?organisation={organization.pk}")
    assert len(articles.context["cl"].result_list) == 1


@pytest.mark.django_db
def test_entity_search_covers_aliases(editor_client):
    make_organization("United Nations High Commissioner for Refugees", aliases=["Refugee Agency"])
    response = editor_client.get("/admin/articles/organization/?q=refugee+agency")
    assert len(response.context["cl"].result_list) == 1
    assert Organization.objects.count() == 1


@pytest.mark.django_db
def test_programme_changelist_shows_and_filters_by_where_each_stands_today(editor_client):
    today = timezone.localdate()
    make_program("Ended Programme", ends_on=today - timedelta(days=1))
    make_program("Closing Programme", ends_on=today + timedelta(days=10))
    make_program("Undated Programme")

    everything = editor_client.get("/admin/articles/program/").content.decode()
    ended = editor_client.get("/admin/articles/program/", {"standing": "ended"}).content.decode()

    assert '<td class="field-standing">Ending soon</td>' in everything
    assert '<td class="field-standing">Ended</td>' in everything
    assert '<td class="field-standing">-</td>' in everything
    assert "Ended Programme" in ended
    assert "Closing Programme" not in ended and "Undated Programme" not in ended
