from datetime import date, timedelta

import pytest
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, ImportRecord
from tests.admin.test_locking import change_post
from tests.factories import make_article, make_person, make_place, make_program

CHANGELIST = "/admin/articles/article/"
Status = Article.Status


def listed_titles(response) -> list[str]:
    return [article.title for article in response.context["cl"].result_list]


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [10, 100])
def test_changelist_query_count_does_not_grow_with_rows(
    editor_client, rows, django_assert_max_num_queries
):
    person, program, place = make_person(), make_program(), make_place()
    for n in range(rows):
        make_article(
            tags=("asylum", f"tag {n}"),
            persons=((person, ""),),
            programs=(program,),
            places=(place,),
        )
    # Session, user, user and group permissions, five filter lookups (tag, programme,
    # person, organisation, place), the page count, the rows with their counts, their tags.
    with django_assert_max_num_queries(12):
        response = editor_client.get(CHANGELIST)
    assert len(response.context["cl"].result_list) == rows


@pytest.mark.django_db
def test_changelist_shows_status_tags_and_people_and_programme_counts(editor_client):
    people = (make_person(), "minister"), (make_person(), "")
    make_article("Dam opens", tags=("water", "energy"), persons=people, programs=(make_program(),))
    response = editor_client.get(CHANGELIST)
    row = response.context["cl"].result_list[0]
    assert (row.people_count, row.programme_count) == (2, 1)
    assert "energy, water" in response.content.decode()


@pytest.mark.django_db
def test_changelist_filters_by_status_tag_programme_person_and_place(editor_client):
    person, program, place = make_person(), make_program(), make_place()
    make_article(
        "Everything",
        tags=("courts",),
        persons=((person, ""),),
        programs=(program,),
        places=(place,),
    )
    make_article("Draft", status=Status.DRAFT)
    queries = [
        "status__exact=draft",
        f"tag={Tag.objects.get(name='courts').pk}",
        f"programme={program.pk}",
        f"person={person.pk}",
        f"place={place.pk}",
    ]
    results = [listed_titles(editor_client.get(f"{CHANGELIST}?{query}")) for query in queries]
    assert results == [["Draft"], ["Everything"], ["Everything"], ["Everything"], ["Everything"]]


@pytest.mark.django_db
def test_changelist_filters_by_publication_date(editor_client):
    make_article("Recent")
    make_article("Old", published_at=timezone.now() - timedelta(days=60))
    since = timezone.now() - timedelta(days=7)  # aware, as the filter's own links are
    response = editor_client.get(CHANGELIST, {"published_at__gte": since.isoformat()})
    assert listed_titles(response) == ["Recent"]


@pytest.mark.django_db
def test_changelist_searches_title_and_body(editor_client):
    make_article("Harvest report", body="Maize prices fell.")
    make_article("Election day")
    assert listed_titles(editor_client.get(f"{CHANGELIST}?q=maize")) == ["Harvest report"]
    assert listed_titles(editor_client.get(f"{CHANGELIST}?q=election")) == ["Election day"]


@pytest.mark.django_db
def test_bulk_publish_sets_publication_time_only_where_empty(editor_client):
    later = timezone.now() + timedelta(days=2)
    empty, scheduled = (
        make_article(status=Status.DRAFT),
        make_article(status=Status.DRAFT, published_at=later),
    )
    post = {"action": "publish", "_selected_action": [empty.pk, scheduled.pk]}
    editor_client.post(CHANGELIST, post)
    empty.refresh_from_db(), scheduled.refresh_from_db()
    assert empty.status == scheduled.status == Status.PUBLISHED
    assert empty.published_at <= timezone.now() and scheduled.published_at == later


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("action", "status"), [("unpublish", Status.DRAFT), ("archive", Status.ARCHIVED)]
)
def test_bulk_unpublish_and_archive(editor_client, action, status):
    article = make_article()
    editor_client.post(CHANGELIST, {"action": action, "_selected_action": [article.pk]})
    assert Article.objects.get(pk=article.pk).status == status


@pytest.mark.django_db
def test_add_tag_asks_for_the_name_first_then_tags_the_selection(editor_client):
    articles = [make_article(), make_article()]
    selection = {"action": "add_tag", "_selected_action": [a.pk for a in articles]}
    page = editor_client.post(CHANGELIST, selection)
    assert page.status_code == 200
    assert b'name="name"' in page.content
    assert not articles[0].tags.exists()
    done = editor_client.post(CHANGELIST, {**selection, "apply": "Add", "name": "Drought"})
    assert done.status_code == 302
    assert [list(a.tags.names()) for a in articles] == [["Drought"], ["Drought"]]


@pytest.mark.django_db
def test_add_tag_with_an_empty_name_shows_the_form_again(editor_client):
    article = make_article()
    post = {"action": "add_tag", "_selected_action": [article.pk], "apply": "Add", "name": " "}
    response = editor_client.post(CHANGELIST, post)
    assert response.status_code == 200
    assert response.context["form"].errors["name"]


@pytest.mark.django_db
def test_remove_tag_untags_the_selection(editor_client):
    article = make_article(tags=("drought", "farming"))
    post = {
        "action": "remove_tag",
        "_selected_action": [article.pk],
        "apply": "Remove",
        "name": "Drought",
    }
    editor_client.post(CHANGELIST, post)
    assert list(article.tags.names()) == ["farming"]


@pytest.mark.django_db
def test_change_form_fieldsets_follow_editing_order_with_provenance_read_only(editor_client):
    article = make_article(source_path="2024/dam.txt", source_sha256="ab" * 32)
    response = editor_client.get(f"{CHANGELIST}{article.pk}/change/")
    form = response.context["adminform"]
    fields = [name for _, options in form.fieldsets for name in options["fields"]]
    assert fields[:7] == [
        "title",
        "slug",
        "standfirst",
        "body",
        "dateline",
        "loaded_version",
        "status",
    ]
    assert {"source_path", "source_sha256", "imported_at"} <= set(form.readonly_fields)
    assert "2024/dam.txt" in response.content.decode()


@pytest.mark.django_db
def test_provenance_lists_the_import_records_with_their_warnings(editor_client):
    article = make_article()
    record = ImportRecord.objects.create(
        path="in/a.txt",
        status="kept-editorial",
        article=article,
        warnings=["kept the editor's version: source title changed"],
    )
    page = editor_client.get(f"{CHANGELIST}{article.pk}/change/").content.decode()
    assert f"/admin/articles/importrecord/{record.pk}/change/" in page
    assert "kept the editor&#x27;s version: source title changed" in page


@pytest.mark.django_db
def test_change_form_uses_autocomplete_for_entities_and_inline_people(editor_client):
    article = make_article(persons=((make_person(), "mayor"),), quotes=((None, "Yes."),))
    page = editor_client.get(f"{CHANGELIST}{article.pk}/change/").content.decode()
    for name in [
        "dateline",
        "programs",
        "organizations",
        "places",
        "mentions-0-person",
        "quotes-0-speaker",
    ]:
        assert f'name="{name}"' in page
    assert page.count("admin-autocomplete") >= 6


@pytest.mark.django_db
def test_autocomplete_finds_places_for_the_dateline(editor_client):
    make_place("Saint-Louis")
    url = (
        "/admin/autocomplete/?app_label=articles&model_name=article&field_name=dateline&term=saint"
    )
    assert [r["text"] for r in editor_client.get(url).json()["results"]] == ["Saint-Louis"]


@pytest.mark.django_db
def test_staff_preview_renders_a_draft_with_the_public_template(editor_client):
    draft = make_article("Embargoed budget story", status=Status.DRAFT)
    assert editor_client.get(draft.get_absolute_url()).status_code == 404
    response = editor_client.get(f"{CHANGELIST}{draft.pk}/preview/")
    assert response.status_code == 200
    assert "articles/article_detail.html" in [t.name for t in response.templates]
    assert "Embargoed budget story" in response.content.decode()
    assert "{{" not in response.content.decode()  # nothing the public view gives is missing


@pytest.mark.django_db
def test_view_on_site_links_public_articles_to_their_page_and_drafts_to_the_preview(editor_client):
    public, draft = make_article(), make_article(status=Status.DRAFT)
    public_page = editor_client.get(f"{CHANGELIST}{public.pk}/change/").content.decode()
    draft_page = editor_client.get(f"{CHANGELIST}{draft.pk}/change/").content.decode()
    assert public.get_absolute_url() in public_page
    assert f"{CHANGELIST}{draft.pk}/preview/" in draft_page


@pytest.mark.django_db
def test_a_new_article_without_slug_gets_one_from_its_title(editor_client):
    post = change_post(Article(title="Rains return", body="Text."), version="", status=Status.DRAFT)
    assert editor_client.post(f"{CHANGELIST}add/", {**post, "slug": ""}).status_code == 302
    assert Article.objects.get().slug == "rains-return"


@pytest.mark.django_db
def test_browser_line_ends_are_stored_as_the_importer_writes_them(editor_client):
    article = make_article(body="One.\n\nTwo.")
    post = change_post(article, version=1, body="One.\r\n\r\nTwo, edited.")
    editor_client.post(f"{CHANGELIST}{article.pk}/change/", post)
    assert Article.objects.get(pk=article.pk).paragraphs == ["One.", "Two, edited."]


@pytest.mark.django_db
def test_publishing_from_the_form_is_recorded_as_published(editor_client, editor):
    article = make_article(status=Status.IN_REVIEW)
    editor_client.post(
        f"{CHANGELIST}{article.pk}/change/", change_post(article, version=1, status="published")
    )
    latest = article.history.first()
    assert (latest.history_user, latest.history_change_reason) == (editor, "Published")


@pytest.mark.django_db
@pytest.mark.parametrize("people", [1, 5])
def test_change_form_adds_only_the_autocomplete_lookup_per_inline_row(
    editor_client, people, django_assert_max_num_queries
):
    persons = [make_person() for _ in range(people)]
    article = make_article(
        persons=tuple((p, "") for p in persons),
        quotes=tuple((p, f"Quote {n}.") for n, p in enumerate(persons)),
        programs=(make_program(),),
        tags=("water",),
    )
    # Session, user, article, its tags, user and group permissions, the tags field,
    # programmes, organisations and places selected, mentions, quotes, the programme
    # widget's option, import records: 14. Then each mention and quote row's
    # autocomplete widget looks up its selected person (Django renders one per widget).
    with django_assert_max_num_queries(14 + 2 * people):
        editor_client.get(f"{CHANGELIST}{article.pk}/change/")


@pytest.mark.django_db
def test_an_editor_corrects_the_source_in_the_provenance_section(editor_client):
    article = make_article(source_outlet="Reuter", source_authors=["A. Bello"])
    response = editor_client.get(f"{CHANGELIST}{article.pk}/change/")
    fields = [
        name for _, options in response.context["adminform"].fieldsets for name in options["fields"]
    ]
    assert ("source_outlet", "source_url") in fields
    changes = {
        "source_outlet": "Reuters",
        "source_url": "https://www.example.com/world/dakar-port",
        "source_authors": '["Amina Bello"]',
        "source_published_0": "1987-05-12",
        "source_published_1": "00:00:00",
        "source_language": "en",
    }
    saved = editor_client.post(
        f"{CHANGELIST}{article.pk}/change/", change_post(article, version=1, **changes)
    )
    assert saved.status_code == 302
    article.refresh_from_db()
    assert (article.source_outlet, article.source_authors) == ("Reuters", ["Amina Bello"])
    assert article.source_published_as_read == date(1987, 5, 12)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "field, value",
    [("source_url", "ftp://files.example.com/dakar.txt"), ("source_authors", '"Amina Bello"')],
)
def test_the_provenance_section_refuses_a_non_web_address_and_authors_not_in_a_list(
    editor_client, field, value
):
    article = make_article()
    response = editor_client.post(
        f"{CHANGELIST}{article.pk}/change/", change_post(article, version=1, **{field: value})
    )
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors


@pytest.mark.django_db
@pytest.mark.parametrize("object_id", ["abc", "%C2%B2", "1.5"])
def test_a_preview_address_whose_id_is_not_a_number_names_no_record(editor_client, object_id):
    response = editor_client.get(f"{CHANGELIST}{object_id}/preview/", follow=True)
    assert response.status_code == 200 and "doesn’t exist" in response.content.decode()
