"""PostgreSQL search: an index table like SQLite's FTS5 one, in place of 0002's GIN index.

0002's expression index was never used (search ranked a vector built on the fly), and
it left quotes out. The table holds a weighted tsvector of each article's title,
standfirst, body and quotes; articles/search_index.py keeps it in step. It has no
foreign key to articles_article, as Django's flush (and so transactional tests) could
not truncate that table past one; indexing deletes the rows of deleted articles.
The GIN index is built after the fill (faster), without fastupdate: its pending list
would be scanned by every search until a vacuum, and the planner, pricing that, skips
the index for rows written since (writes cost a little more; a 10,000-article rebuild
took 23 s rather than 14 s).
"""

from django.db import migrations

CREATE = [
    "DROP INDEX IF EXISTS article_search_idx",
    "CREATE TABLE articles_search ("
    "article_id bigint PRIMARY KEY, quotes text NOT NULL DEFAULT '', document tsvector NOT NULL)",
    # As articles.search_index.POSTGRES_UPSERT writes it, for every article.
    "INSERT INTO articles_search (article_id, quotes, document) "
    "SELECT a.id, q.quotes, "
    "setweight(to_tsvector('english', a.title), 'A') || "
    "setweight(to_tsvector('english', a.standfirst), 'B') || "
    "setweight(to_tsvector('english', a.body), 'C') || "
    "setweight(to_tsvector('english', q.quotes), 'B') "
    "FROM articles_article a CROSS JOIN LATERAL ("
    "SELECT coalesce(string_agg(text, ' ' ORDER BY position), '') AS quotes "
    "FROM articles_quote WHERE article_id = a.id) q",
    "CREATE INDEX articles_search_document_idx ON articles_search USING GIN (document) "
    "WITH (fastupdate = off)",
]
DROP = [
    "DROP TABLE IF EXISTS articles_search",
    "CREATE INDEX IF NOT EXISTS article_search_idx ON articles_article USING GIN "
    "(to_tsvector('english'::regconfig, COALESCE(title, '') || ' ' || "
    "COALESCE(standfirst, '') || ' ' || COALESCE(body, '')))",
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_quote_speaker_article_index")]

    operations = [migrations.RunPython(create, drop)]
