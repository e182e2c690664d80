import pytest

from articles.models import Person, Program
from tests.factories import make_organization, make_person, make_program


@pytest.mark.django_db
def test_admin_index_counts_records_waiting_for_review_with_links(editor_client):
    for _ in range(3):
        make_person(needs_review=True)
    make_program(needs_review=True)
    make_person(), make_organization()
    page = editor_client.get("/admin/").content.decode()
    assert "3 people</a>, " in page
    assert "1 programme</a> waiting for review" in page
    assert 'href="/admin/articles/person/?needs_review__exact=1"' in page
    assert "organisation" not in page


@pytest.mark.django_db
def test_admin_index_shows_no_review_queue_when_nothing_waits(editor_client):
    make_person()
    assert "waiting for review" not in editor_client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_review_filter_lists_only_unconfirmed_records(editor_client):
    make_person("Checked"), make_person("Unchecked", needs_review=True)
    response = editor_client.get("/admin/articles/person/?needs_review__exact=1")
    assert [p.name for p in response.context["cl"].result_list] == ["Unchecked"]


@pytest.mark.django_db
def test_confirm_action_takes_records_out_of_the_queue(editor_client):
    programs = [make_program(needs_review=True), make_program(needs_review=True)]
    post = {"action": "confirm", "_selected_action": [p.pk for p in programs]}
    editor_client.post("/admin/articles/program/", post)
    assert not Program.objects.needing_review().exists()


@pytest.mark.django_db
def test_index_query_count_is_fixed(editor_client, django_assert_max_num_queries):
    make_person(needs_review=True)
    # Session, user, user and group permissions, one count per kind of entity,
    # the "recent actions" log.
    with django_assert_max_num_queries(9):
        editor_client.get("/admin/")
    assert Person.objects.needing_review().count() == 1


@pytest.mark.django_db
def test_review_queue_shows_the_cue_confidence_and_sentence_with_the_name_marked(
    editor_client,
):
    make_person(
        "Hanover Re",
        needs_review=True,
        review_reason="capitalised name beside 'said'",
        evidence="Hanover Re said <b>losses</b> would rise.",
        confidence=0.4,
    )
    page = editor_client.get("/admin/articles/person/?needs_review__exact=1").content.decode()
    assert "capitalised name beside &#x27;said&#x27; (0.40)" in page
    assert "<mark>Hanover Re</mark> said &lt;b&gt;losses&lt;/b&gt; would rise." in page


@pytest.mark.django_db
def test_the_importers_evidence_is_read_only_on_the_change_form(editor_client):
    person = make_person("Amina Bello", evidence="said Health Minister Amina Bello.")
    page = editor_client.get(f"/admin/articles/person/{person.pk}/change/").content.decode()
    assert "said Health Minister Amina Bello." in page
    assert 'name="evidence"' not in page
