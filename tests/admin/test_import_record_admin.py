import pytest

from articles.models import ImportRecord
from tests.factories import make_article

RECORDS = "/admin/articles/importrecord/"


@pytest.fixture
def records(db):
    article = make_article("Dam opens")
    return [
        ImportRecord.objects.create(
            path="in/dam.txt", sha256="a" * 64, status="created", article=article
        ),
        ImportRecord.objects.create(
            path="in/bad.txt", sha256="b" * 64, status="rejected", error="Empty"
        ),
    ]


def test_import_records_are_listed_filtered_by_status_and_searched_by_path_or_digest(
    editor_client, records
):
    listed = editor_client.get(RECORDS).context["cl"].result_list
    assert {r.path for r in listed} == {"in/dam.txt", "in/bad.txt"}
    rejected = editor_client.get(f"{RECORDS}?status__exact=rejected").context["cl"].result_list
    assert [r.path for r in rejected] == ["in/bad.txt"]
    assert [r.path for r in editor_client.get(f"{RECORDS}?q=dam").context["cl"].result_list] == [
        "in/dam.txt"
    ]
    assert len(editor_client.get(f"{RECORDS}?q={'b' * 64}").context["cl"].result_list) == 1


def test_import_records_are_read_only_even_for_editors(editor_client, records):
    record = records[0]
    assert editor_client.get(f"{RECORDS}add/").status_code == 403
    assert editor_client.get(f"{RECORDS}{record.pk}/delete/").status_code == 403
    view = editor_client.get(f"{RECORDS}{record.pk}/change/")
    assert view.status_code == 200
    assert not view.context["has_change_permission"]
    editor_client.post(
        f"{RECORDS}{record.pk}/change/", {"path": "elsewhere.txt", "status": "created"}
    )
    assert ImportRecord.objects.get(pk=record.pk).path == "in/dam.txt"
    assert "delete_selected" not in editor_client.get(RECORDS).content.decode()
