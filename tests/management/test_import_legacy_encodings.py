"""import_articles on legacy-encoded files: names stored as written, copies imported once."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Person

STORY = """Thiès schools get €5m as minister promises reform

DAKAR, 12 May (APS) - Senegal's Education Minister, François Ndiaye, said on Thursday in
Thiès that schools would receive €5 million, and the fees of £40 a term would go.

“We want every pupil to succeed,” Ndiaye told teachers at the Lycée Malick Sy.
"""


def run(*paths) -> str:
    out = StringIO()
    call_command("import_articles", *map(str, paths), stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_cp1252_story_and_its_utf8_copy_are_one_article_with_names_spelled_right(tmp_path):
    (tmp_path / "a_cp1252.txt").write_bytes(STORY.encode("cp1252"))
    (tmp_path / "b_utf8.txt").write_bytes(STORY.replace("\n", "\r\n").encode("utf-8-sig"))

    run(tmp_path)

    article = Article.objects.get()
    assert article.title == "Thiès schools get €5m as minister promises reform"
    assert "François Ndiaye" in article.body
    assert [p.name for p in Person.objects.all()] == ["François Ndiaye"]


@pytest.mark.django_db
def test_utf8_file_with_a_stray_byte_is_rejected_naming_file_and_offset(tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes(STORY.encode() + b"Fees: \xa340.\n")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_articles", str(path), stdout=StringIO(), stderr=err)
    assert "stray.txt: not valid UTF-8 at byte" in err.getvalue()
    assert Article.objects.count() == 0
