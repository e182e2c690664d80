import pytest

from articles.admin.history import word_diff
from articles.models import Article, Person
from tests.admin.test_locking import change_post, change_url
from tests.factories import make_article, make_organization, make_person, make_program


def history_url(article: Article) -> str:
    return f"/admin/articles/article/{article.pk}/history/"


def test_word_diff_marks_removed_and_added_words_and_escapes_html():
    diff = word_diff("The <b>old</b> dam opened", "The new dam opened today")
    assert diff == "The <del>&lt;b&gt;old&lt;/b&gt;</del><ins>new</ins> dam opened<ins> today</ins>"


@pytest.mark.django_db
def test_history_page_shows_who_changed_what_and_links_each_version_to_its_diff(editor_client):
    article = make_article("Dam opens")
    editor_client.post(change_url(article), change_post(article, version=1, title="Dam opens late"))
    page = editor_client.get(history_url(article)).content.decode()
    assert "eddie" in page
    assert "Dam opens late" in page
    latest = article.history.first()
    assert f"{history_url(article)}{latest.history_id}/diff/" in page


@pytest.mark.django_db
def test_diff_page_compares_a_version_with_the_previous_one_word_by_word(editor_client):
    article = make_article("Dam opens", body="Water reached the valley.")
    post = change_post(article, version=1, body="Water finally reached the valley.")
    editor_client.post(change_url(article), post)
    latest = article.history.first()
    response = editor_client.get(f"{history_url(article)}{latest.history_id}/diff/")
    assert response.status_code == 200
    assert [row["field"] for row in response.context["changes"]] == ["Body"]
    assert "Water<ins> finally</ins> reached the valley." in response.content.decode()


@pytest.mark.django_db
def test_diff_page_of_the_first_version_says_there_is_nothing_to_compare(editor_client):
    article = make_article()
    first = article.history.last()
    response = editor_client.get(f"{history_url(article)}{first.history_id}/diff/")
    assert "first recorded version" in response.content.decode()


@pytest.mark.django_db
def test_reverting_to_an_earlier_version_restores_its_title_and_raises_the_version(editor_client):
    article = make_article("Original headline")
    original = article.history.first()
    editor_client.post(change_url(article), change_post(article, version=1, title="Wrong headline"))
    revert_url = f"{history_url(article)}{original.history_id}/"
    form = editor_client.get(revert_url).context["adminform"].form
    assert form["title"].value() == "Original headline"
    assert form["loaded_version"].value() == 2
    post = change_post(article, version=2, title="Original headline")
    assert editor_client.post(revert_url, post).status_code == 302
    article.refresh_from_db()
    assert (article.title, article.version) == ("Original headline", 3)
    reason = article.history.first().history_change_reason
    assert reason == f"Reverted to version {original.history_id}"


@pytest.mark.django_db
def test_entity_history_records_renames_and_the_diff_shows_them(editor_client):
    person = make_person("Awa Ndiaye")
    post = {"name": "Awa Ndiaye Sow", "slug": person.slug, "aliases": "[]", "bio": ""}
    editor_client.post(f"/admin/articles/person/{person.pk}/change/", post)
    latest = Person.history.filter(id=person.pk).first()
    assert latest.history_user.username == "eddie"
    diff = editor_client.get(
        f"/admin/articles/person/{person.pk}/history/{latest.history_id}/diff/"
    )
    fields = [row["field"] for row in diff.context["changes"]]
    assert "Name" in fields and "Aliases" in fields


@pytest.mark.django_db
def test_programme_history_tracks_partners(editor_client):
    program, partner = make_program(), make_organization("Relief NGO")
    program.partners.add(partner)
    latest, previous = program.history.all()[:2]
    delta = latest.diff_against(previous)
    assert delta.changed_fields == ["partners"]


@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/person/{pk}/history/",
        "/admin/articles/quote/{quote}/history/",
        "/admin/articles/mention/{mention}/history/",
    ],
)
@pytest.mark.django_db
def test_history_pages_exist_for_entities_quotes_and_mentions(editor_client, url):
    person = make_person()
    article = make_article(persons=((person, ""),), quotes=((person, "Yes."),))
    ids = {"pk": person.pk, "quote": article.quotes.get().pk, "mention": article.mentions.get().pk}
    assert editor_client.get(url.format(**ids)).status_code == 200


@pytest.mark.django_db
def test_diff_page_lists_added_programme_partners(editor_client):
    program, partner = make_program(), make_organization("Relief NGO")
    program.partners.add(partner)
    latest = program.history.first()
    url = f"/admin/articles/program/{program.pk}/history/{latest.history_id}/diff/"
    changes = editor_client.get(url).context["changes"]
    assert changes == [{"field": "Partners", "old": "[]", "new": "[Relief NGO]"}]


@pytest.mark.django_db(transaction=True)
def test_revert_runs_in_its_own_transaction_so_the_edit_lock_works_on_postgresql(admin_client):
    # Outside a test transaction, as in production: select_for_update needs one.
    article = make_article("First")
    first = article.history.first()
    admin_client.post(change_url(article), change_post(article, version=1, title="Second"))
    revert_url = f"{history_url(article)}{first.history_id}/"
    response = admin_client.post(revert_url, change_post(article, version=2, title="First"))
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "First"


def sent_to_the_list(response) -> bool:
    """Whether the admin answered an address naming no record as it answers one for an
    id that exists in no table: sent on to a list that says so."""
    return response.status_code == 200 and "doesn’t exist" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/article/abc/history/",
        "/admin/articles/article/%C2%B2/history/",
        "/admin/articles/person/abc/history/",
        "/admin/articles/article/abc/history/abc/",
        "/admin/articles/article/{pk}/history/abc/",
        "/admin/articles/article/abc/history/{history_id}/",
        "/admin/articles/article/abc/history/{history_id}/diff/",
    ],
)
def test_a_history_address_whose_ids_are_not_numbers_names_no_record(editor_client, url):
    article = make_article()
    ids = {"pk": article.pk, "history_id": article.history.first().history_id}
    assert sent_to_the_list(editor_client.get(url.format(**ids), follow=True))
