"""import_articles end to end: real files, the real pipeline, the real database."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from articles.models import Article, ImportRecord, Mention, Person, Program, Quote

SEEDS = Path(settings.BASE_DIR) / "seeds"
SEED = next(SEEDS.glob("*.txt"))
REPORT_KEYS = {"path", "status", "error", "warnings", "article", "persons", "programs"}
REPORT_KEYS |= {"organizations", "places", "quotes"}

GOOD_ARTICLE = """Lagos port reopens after week-long strike

LAGOS, 3 March (Reuters) - Nigeria's busiest port reopened on Monday after a week-long strike.

“We have reached an agreement,” said the Minister of Transport, Adaeze Okafor.
"""


def run(*args, expect_error=False) -> str:
    out = StringIO()
    if expect_error:
        with pytest.raises(CommandError) as excinfo:
            call_command("import_articles", *map(str, args), stdout=out, stderr=StringIO())
        return out.getvalue() + str(excinfo.value)
    call_command("import_articles", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def report(*args, expect_error=False) -> dict:
    out = run(*args, "--format", "json", expect_error=expect_error)
    return json.loads(out[: out.rindex("}") + 1])


@pytest.fixture
def seed_report(db) -> dict:
    return report(SEED, "--dry-run")["files"][0]


def test_json_report_has_the_documented_shape(seed_report):
    assert REPORT_KEYS <= set(seed_report)
    assert set(seed_report["article"]) == {"title", "slug", "body", "dateline", "tags"}
    assert seed_report["status"] == "created" and seed_report["error"] is None


def test_seed_article_title_and_body_are_clean(seed_report):
    article = seed_report["article"]
    assert article["title"] == (
        "Senegal and the EU launch phase 2 of the program to combat "
        "migrant smuggling and human trafficking"
    )
    body = article["body"]
    assert body.startswith("The Senegalese government and the European Union (EU) launched")
    assert body.endswith("noted Jean-Marc Pisani.")
    assert article["title"] not in body
    assert "PREV" not in body and "NEXT" not in body
    assert all(line.strip() != "-" for line in body.splitlines())
    assert article["dateline"] == "Dakar"
    assert {"migrant smuggling", "human trafficking"} <= set(article["tags"])


def test_seed_people_have_their_roles_and_variants(seed_report):
    people = {p["name"]: p for p in seed_report["persons"]}
    assert set(people) == {"Jean Baptiste Tine", "Jean Marc Pisani"}
    assert "Minister of the Interior and Public Security" in people["Jean Baptiste Tine"]["roles"]
    assert "EU Ambassador to Dakar" in people["Jean Marc Pisani"]["roles"]
    assert people["Jean Marc Pisani"]["variants"] == ["Jean-Marc Pisani"]


def test_seed_programme_has_acronym_phase_partners_end_and_focus_areas(seed_report):
    (program,) = seed_report["programs"]
    assert program["name"] == "Joint Operational Partnership"
    assert (program["acronym"], program["phase"]) == ("POC", 2)
    assert set(program["partners"]) == {"Senegal", "European Union"}
    assert program["ends_on"] == "2026-11-30"
    assert len(program["focus_areas"]) == 3


def test_seed_organisations_places_and_quotes(seed_report):
    assert {"name": "European Union", "acronym": "EU"} in seed_report["organizations"]
    places = {p["name"]: p["kind"] for p in seed_report["places"]}
    assert places["Senegal"] == "country" and places["Dakar"] == "city"
    speakers = {" ".join(q["text"].split()[:4]): q["speaker"] for q in seed_report["quotes"]}
    assert speakers["In its thematic approach,"] == "Jean Baptiste Tine"
    assert speakers["Fighting migrant smuggling and"] == "Jean Marc Pisani"


@pytest.mark.django_db
def test_dry_run_writes_nothing_at_all():
    report(SEED, "--dry-run")

    assert not Article.objects.exists() and not ImportRecord.objects.exists()
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_seed_import_creates_the_records_and_a_second_run_changes_nothing():
    first = report(SEED)
    counts = [m.objects.count() for m in (Article, Person, Program, Quote, Mention)]
    history = Article.history.count() + Person.history.count()

    second = report(SEED)

    assert first["summary"]["created"] == 1
    assert second["summary"] == {
        "created": 0,
        "updated": 0,
        "unchanged": 1,
        "kept-editorial": 0,
        "rejected": 0,
    }
    assert [m.objects.count() for m in (Article, Person, Program, Quote, Mention)] == counts
    assert counts[:3] == [1, 2, 1]
    assert Article.history.count() + Person.history.count() == history
    assert ImportRecord.objects.count() == 2


@pytest.mark.django_db
def test_missing_path_is_a_command_error():
    message = run("no/such/folder", expect_error=True)

    assert "No such file or folder: no/such/folder" in message


@pytest.mark.django_db
def test_bad_files_are_rejected_by_name_while_good_ones_import(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\u00a0\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE)

    result = report(tmp_path, expect_error=True)

    statuses = {Path(f["path"]).name: f["status"] for f in result["files"]}
    assert statuses == {"empty.txt": "rejected", "image.txt": "rejected", "good.txt": "created"}
    errors = [f["error"] for f in result["files"] if f["status"] == "rejected"]
    assert all(Path(e.split(":")[0]).name in {"empty.txt", "image.txt"} for e in errors)
    assert Article.objects.get().title == "Lagos port reopens after week-long strike"
    assert ImportRecord.objects.filter(status="rejected").count() == 2


@pytest.mark.django_db
def test_text_output_ends_with_a_one_line_summary(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE)

    out = run(tmp_path)

    assert out.strip().splitlines()[-1] == (
        "Imported: 1 created, 0 updated, 0 unchanged, 0 kept-editorial, 0 rejected."
    )


@pytest.mark.django_db
def test_limit_stops_after_that_many_files(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(GOOD_ARTICLE.replace("Lagos port", f"Port {n}"))

    result = report(tmp_path, "--limit", "2")

    assert [Path(f["path"]).name for f in result["files"]] == ["0.txt", "1.txt"]


@pytest.mark.django_db
def test_file_names_with_spaces_and_accents_are_recorded_exactly(tmp_path):
    shutil.copy(SEED, tmp_path / "Sénégal dépêche 1.txt")

    report(tmp_path)

    assert Article.objects.get().source_path.endswith("Sénégal dépêche 1.txt")
