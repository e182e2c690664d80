"""Full-text search index (FTS5 on SQLite, GIN on PostgreSQL); see articles/search.py."""

from django.db import migrations

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_search "
    "USING fts5(title, standfirst, body, quotes, tokenize='unicode61 remove_diacritics 2')"
)
POSTGRES_CREATE = (
    "CREATE INDEX IF NOT EXISTS article_search_idx ON articles_article USING GIN "
    "(to_tsvector('english'::regconfig, COALESCE(title, '') || ' ' || "
    "COALESCE(standfirst, '') || ' ' || COALESCE(body, '')))"
)


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_CREATE)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_CREATE)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS articles_search")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_search_idx")


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
