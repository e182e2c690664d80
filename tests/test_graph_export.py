"""The open export: public content only, in its documented columns, in every format."""

import csv
import io
import json
import zipfile
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.graph_export import tables
from articles.models import Article
from tests.factories import make_article, make_organization, make_person, make_place, make_program
from tests.public.conftest import file_cache  # noqa: F401  (a fresh cache)

COLUMNS = {
    "articles": [
        "slug",
        "title",
        "standfirst",
        "published_at",
        "updated_at",
        "dateline",
        "source_url",
        "source_outlet",
        "source_published",
        "source_language",
    ],
    "people": ["slug", "name"],
    "programmes": ["slug", "name", "acronym", "phase", "starts_on", "ends_on"],
    "organisations": ["slug", "name", "acronym"],
    "places": ["slug", "name", "kind"],
    "mentions": ["article", "person", "role"],
    "quotes": ["article", "speaker", "text", "is_fragment"],
    "article_programmes": ["article", "record"],
    "article_organisations": ["article", "record"],
    "article_places": ["article", "record"],
    "article_topics": ["article", "record"],
    "partnerships": ["programme", "organisation"],
}


@pytest.fixture
def graph(db):
    person, hidden = make_person("Awa Ndiaye"), make_person("Hidden Person")
    program = make_program("Safe Borders Initiative")
    program.partners.add(make_organization("African Union"))
    make_article(
        "Border posts reopen",
        tags=("border security",),
        persons=((person, "Interior Minister"),),
        quotes=((person, "We have reached an agreement today"),),
        programs=(program,),
        places=(make_place("Dakar"),),
    )
    for status in (Article.Status.DRAFT, Article.Status.IN_REVIEW, Article.Status.ARCHIVED):
        make_article(
            f"{status} story",
            status=status,
            persons=((hidden, "Secret Envoy"),),
            tags=("hidden topic",),
            organizations=(make_organization(f"Hidden {status}"),),
        )
    make_article(
        "Scheduled story",
        published_at=timezone.now() + timedelta(days=1),
        persons=((hidden, "Secret Envoy"),),
    )


def export(tmp_path, *args) -> str:
    out = StringIO()
    call_command("export_graph", "--output", str(tmp_path), *args, stdout=out)
    return out.getvalue()


def test_columns_are_the_documented_ones(db):
    assert {t.name: list(t.columns) for t in tables()} == COLUMNS


def test_csv_export_holds_public_content_only(graph, tmp_path):
    export(tmp_path)
    everything = "".join(p.read_text() for p in tmp_path.glob("*.csv"))
    assert "Awa Ndiaye" in everything and "Interior Minister" in everything
    for secret in ("Hidden", "Secret Envoy", "hidden topic", "story"):
        assert secret not in everything.replace("Border posts reopen", ""), secret
    with open(tmp_path / "mentions.csv", newline="") as f:
        assert list(csv.reader(f)) == [
            ["article", "person", "role"],
            ["border-posts-reopen", "awa-ndiaye", "Interior Minister"],
        ]
    partnerships = (tmp_path / "partnerships.csv").read_text().splitlines()
    assert partnerships == ["programme,organisation", "safe-borders-initiative,african-union"]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_and_json_lines_give_the_same_records(graph, tmp_path, fmt):
    export(tmp_path, "--format", fmt)
    text = (tmp_path / f"quotes.{fmt}").read_text()
    rows = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert rows == [
        {
            "article": "border-posts-reopen",
            "speaker": "awa-ndiaye",
            "text": "We have reached an agreement today",
            "is_fragment": False,
        }
    ]


def test_since_keeps_articles_published_from_that_day_and_what_they_name(graph, tmp_path):
    old = make_article("Old story", persons=((make_person("Old Person"), "Envoy"),))
    old.published_at = timezone.now() - timedelta(days=400)
    old.save()
    day = (timezone.now() - timedelta(days=1)).date().isoformat()
    export(tmp_path, "--since", day)
    people = (tmp_path / "people.csv").read_text()
    assert "Awa Ndiaye" in people and "Old Person" not in people


def test_a_bad_since_date_is_refused_naming_the_format(db, tmp_path):
    with pytest.raises(CommandError, match="give YYYY-MM-DD"):
        export(tmp_path, "--since", "2026-13-01")


@pytest.mark.usefixtures("file_cache")
def test_the_public_download_is_a_zip_of_the_csv_tables(client, graph):
    response = client.get("/export/newsroom-graph.zip")
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == sorted(f"newsroom-graph/{n}.csv" for n in COLUMNS)
    assert b"Hidden" not in archive.read("newsroom-graph/people.csv")
