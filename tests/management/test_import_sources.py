"""import_articles with sidecar files: their metadata stored and reported, a bad one a
warning while the article imports, never an article itself; and a dateline's date."""

import json
import os
import time
from pathlib import Path

import pytest

from articles.models import Article, ImportRecord
from tests.management.test_import_articles import report, run

DAKAR = """Dakar port strike ends after nine days

DAKAR, 12 May 1987 (Reuters) - Dockers in the Senegalese capital returned to work on Tuesday.

“The agreement is fair,” said the union leader, Ousmane Faye.
"""
LAHORE = """Lahore metro line opens to passengers

The Punjab government opened the city's second metro line on Sunday, officials said.
"""
SIDECAR = {
    "url": "https://www.example.pk/news/lahore-metro",
    "published": "2021-03-14T09:30:00+05:00",
    "outlet": "The Lahore Courier",
    "authors": "By Farah Siddiqui and Imran Qureshi",
    "language": "en-PK",
}


def write(folder: Path, name: str, text: str, sidecar=None, suffix=".json") -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if sidecar is not None:
        data = sidecar if isinstance(sidecar, str) else json.dumps(sidecar)
        (folder / f"{name}{suffix}").write_text(data, encoding="utf-8")
    return path


@pytest.mark.django_db
def test_the_json_report_gives_each_files_source_as_its_sidecar_says(tmp_path):
    write(tmp_path, "lahore-metro", LAHORE, SIDECAR)

    (entry,) = report(tmp_path, "--dry-run")["files"]

    assert entry["source"] == {
        "url": "https://www.example.pk/news/lahore-metro",
        "published": "2021-03-14T09:30:00+05:00",
        "outlet": "The Lahore Courier",
        "authors": ["Farah Siddiqui", "Imran Qureshi"],
        "language": "en-PK",
    }
    assert entry["warnings"] == [] and not Article.objects.exists()


@pytest.mark.django_db
def test_without_a_sidecar_the_dateline_gives_the_date_and_the_agency(tmp_path):
    write(tmp_path, "dakar-port", DAKAR)

    (entry,) = report(tmp_path)["files"]

    assert entry["source"] == {
        "url": None,
        "published": "1987-05-12",
        "outlet": "Reuters",
        "authors": [],
        "language": None,
    }
    article = Article.objects.get()
    assert (article.source_outlet, article.source_published.year) == ("Reuters", 1987)


@pytest.mark.django_db
def test_sidecars_in_a_folder_or_named_alone_are_never_imported_as_articles(tmp_path):
    write(tmp_path, "lahore-metro", LAHORE, SIDECAR)
    write(tmp_path, "dakar-port", DAKAR, {"outlet": "Le Soleil"}, suffix=".meta.json")

    folder = report(tmp_path)["files"]
    named = report(tmp_path / "lahore-metro.json", tmp_path / "dakar-port.meta.json")["files"]

    assert sorted(Path(f["path"]).name for f in folder) == ["dakar-port.txt", "lahore-metro.txt"]
    assert named == [] and Article.objects.count() == 2


@pytest.mark.django_db
def test_a_malformed_sidecar_is_a_warning_and_the_article_imports_without_it(tmp_path):
    write(tmp_path, "lahore-metro", LAHORE, '{"outlet": "The Lahore Courier",')

    out = run(tmp_path)

    assert "lahore-metro.json ignored: not JSON" in out
    assert Article.objects.get().source_outlet == ""
    assert "lahore-metro.json ignored: not JSON" in ImportRecord.objects.get().warnings[0]


@pytest.mark.django_db
def test_a_sidecars_bad_fields_are_warnings_and_its_good_ones_are_stored(tmp_path):
    bad = {**SIDECAR, "published": "14/03/2021", "url": "ftp://example.pk/metro.txt"}
    write(tmp_path, "lahore-metro", LAHORE, bad)

    (entry,) = report(tmp_path)["files"]

    assert entry["status"] == "created"
    assert any("lahore-metro.json: field 'published' ignored" in w for w in entry["warnings"])
    assert any("lahore-metro.json: field 'url' ignored" in w for w in entry["warnings"])
    article = Article.objects.get()
    assert (article.source_outlet, article.source_url, article.source_published) == (
        "The Lahore Courier",
        "",
        None,
    )


@pytest.mark.django_db
def test_a_changed_sidecar_beside_the_same_text_updates_the_article(tmp_path):
    write(tmp_path, "lahore-metro", LAHORE, SIDECAR)
    report(tmp_path)
    write(tmp_path, "lahore-metro", LAHORE, {**SIDECAR, "outlet": "Lahore Courier"})

    assert [f["status"] for f in report(tmp_path)["files"]] == ["updated"]
    assert Article.objects.get().source_outlet == "Lahore Courier"
    assert [f["status"] for f in report(tmp_path)["files"]] == ["unchanged"]


@pytest.mark.django_db
def test_since_counts_a_file_as_modified_when_its_sidecar_is(tmp_path):
    old = time.time() - 10 * 86400
    article = write(tmp_path, "lahore-metro", LAHORE, SIDECAR)
    os.utime(article, (old, old))
    since = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 5 * 86400))

    assert len(report(tmp_path, "--since", since, "--dry-run")["files"]) == 1
    os.utime(tmp_path / "lahore-metro.json", (old, old))
    assert report(tmp_path, "--since", since, "--dry-run")["files"] == []
