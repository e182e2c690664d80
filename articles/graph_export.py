"""The open export of the public graph: articles, the records they name, the mentions
with roles, quotes and partnerships, in stable columns, for researchers.

Every table starts from Article.objects.published(), so nothing unpublished is in it:
records are those a published article names, links and quotes those of published
articles. With `since`, only articles published since then, and what they name.
Columns are documented in docs/api.md ("Open export"); they are added to, never
renamed or removed.
"""

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple, TextIO

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, QuerySet, Subquery
from taggit.models import TaggedItem

from articles.models import Article, Mention, Organization, Person, Place, Program, Quote

FORMATS = ("csv", "json", "jsonl")
CHUNK = 2000  # rows read from the database at a time


class Table(NamedTuple):
    name: str
    columns: tuple[str, ...]
    rows: QuerySet  # values_list of the columns, in order


def tables(*, since: date | None = None) -> list[Table]:
    """Return the export's tables, each a query over public content only."""
    articles = Article.objects.published()
    if since is not None:
        articles = articles.filter(published_at__date__gte=since)

    def named(model, lookup: str) -> QuerySet:
        return model.objects.filter(Exists(articles.filter(**{lookup: OuterRef("pk")})))

    mentions = Mention.objects.filter(article__in=articles)
    return [
        Table(
            "articles",
            (
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
            ),
            articles.order_by("published_at", "pk").values_list(
                "slug",
                "title",
                "standfirst",
                "published_at",
                "updated_at",
                "dateline__slug",
                "source_url",
                "source_outlet",
                "source_published",
                "source_language",
            ),
        ),
        Table("people", ("slug", "name"), named(Person, "persons").values_list("slug", "name")),
        Table(
            "programmes",
            ("slug", "name", "acronym", "phase", "starts_on", "ends_on"),
            named(Program, "programs").values_list(
                "slug", "name", "acronym", "phase", "starts_on", "ends_on"
            ),
        ),
        Table(
            "organisations",
            ("slug", "name", "acronym"),
            named(Organization, "organizations").values_list("slug", "name", "acronym"),
        ),
        Table(
            "places",
            ("slug", "name", "kind"),
            named(Place, "places").values_list("slug", "name", "kind"),
        ),
        Table(
            "mentions",
            ("article", "person", "role"),
            mentions.order_by("article_id", "position").values_list(
                "article__slug", "person__slug", "role"
            ),
        ),
        Table(
            "quotes",
            ("article", "speaker", "text", "is_fragment"),
            Quote.objects.filter(article__in=articles)
            .order_by("article_id", "position")
            .values_list("article__slug", "speaker__slug", "text", "is_fragment"),
        ),
        *link_tables(articles),
        Table(
            "partnerships",
            ("programme", "organisation"),
            Program.partners.through.objects.filter(
                program__in=named(Program, "programs")
            ).values_list("program__slug", "organization__slug"),
        ),
    ]


def link_tables(articles: QuerySet) -> list[Table]:
    """Return the tables of (article, record) pairs: the programmes, organisations and
    places each article names, and its topics."""
    links = [
        ("programmes", Article.programs.through, "program__slug"),
        ("organisations", Article.organizations.through, "organization__slug"),
        ("places", Article.places.through, "place__slug"),
    ]
    found = [
        Table(
            f"article_{kind}",
            ("article", "record"),
            through.objects.filter(article__in=articles)
            .order_by("pk")
            .values_list("article__slug", record),
        )
        for kind, through, record in links
    ]
    topics = TaggedItem.objects.filter(
        content_type=ContentType.objects.get_for_model(Article),
        object_id__in=articles.values("pk"),
    )
    slugs = Article.objects.filter(pk=OuterRef("object_id")).values("slug")
    found.append(
        Table(
            "article_topics",
            ("article", "record"),
            topics.order_by("pk")
            .annotate(article=Subquery(slugs))
            .values_list("article", "tag__slug"),
        )
    )
    return found


def cell(value) -> str | int | bool | None:
    """Return a value as the export writes it: dates in ISO 8601, the rest as stored."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def records(table: Table) -> Iterator[dict]:
    for row in table.rows.iterator(chunk_size=CHUNK):
        yield dict(zip(table.columns, map(cell, row), strict=True))


def write_table(table: Table, out: TextIO, fmt: str) -> int:
    """Write a table's rows to out as CSV (with a header), a JSON array or JSON lines;
    return how many rows."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(table.columns)
    elif fmt == "json":
        out.write("[")
    for record in records(table):
        count += 1
        if fmt == "csv":
            writer.writerow(record.values())
        elif fmt == "json":
            out.write(("," if count > 1 else "") + "\n" + json.dumps(record, ensure_ascii=False))
        else:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if fmt == "json":
        out.write("\n]\n")
    return count


def export_to(folder: Path, *, fmt: str, since: date | None = None) -> dict[str, int]:
    """Write every table to folder/<table>.<fmt>; return the rows written per table."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in tables(since=since):
        with open(folder / f"{table.name}.{fmt}", "w", encoding="utf-8", newline="") as out:
            written[table.name] = write_table(table, out, fmt)
    return written


def snapshot_zip() -> bytes:
    """Return the whole public graph as a zip of CSV files, one per table."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in tables():
            text = io.StringIO(newline="")
            write_table(table, text, "csv")
            archive.writestr(f"newsroom-graph/{table.name}.csv", text.getvalue())
    return buffer.getvalue()
