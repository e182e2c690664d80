"""The full-text index, kept in step with articles: SQLite's FTS5 table (migration 0002)
or PostgreSQL's table of weighted tsvectors (migration 0009).

Saves mark articles as changed; each transaction then writes the index once for all of
them: after it commits, or earlier, inside it, when the writer asks (the importer does,
so an article and its index row commit together).
"""

from django.db import connection, transaction

from articles.commit_hooks import after_commit_once, connection_set
from articles.models import Article, Quote

BATCH = 500

# Title weighs most, then standfirst and quotes, then body (as SQLite's BM25 weights).
POSTGRES_UPSERT = (
    "INSERT INTO articles_search (article_id, quotes, document) "
    "SELECT a.id, q.quotes, "
    "setweight(to_tsvector('english', a.title), 'A') || "
    "setweight(to_tsvector('english', a.standfirst), 'B') || "
    "setweight(to_tsvector('english', a.body), 'C') || "
    "setweight(to_tsvector('english', q.quotes), 'B') "
    "FROM articles_article a CROSS JOIN LATERAL ("
    "SELECT coalesce(string_agg(text, ' ' ORDER BY position), '') AS quotes "
    "FROM articles_quote WHERE article_id = a.id) q "
    "WHERE a.id = ANY(%s) "
    "ON CONFLICT (article_id) DO UPDATE SET quotes = EXCLUDED.quotes, document = EXCLUDED.document"
)
POSTGRES_DELETE_GONE = (
    "DELETE FROM articles_search s WHERE s.article_id = ANY(%s) "
    "AND NOT EXISTS (SELECT FROM articles_article a WHERE a.id = s.article_id)"
)


def index_articles(article_ids) -> None:
    """Write the articles' text and quotes to the index; drop rows of deleted articles."""
    ids = sorted(set(article_ids))
    if not ids:
        return
    write = write_postgres_rows if connection.vendor == "postgresql" else write_rows
    for start in range(0, len(ids), BATCH):
        write(ids[start : start + BATCH])


def write_rows(ids: list[int]) -> None:
    articles = Article.objects.filter(pk__in=ids).values_list("pk", "title", "standfirst", "body")
    quotes: dict[int, list[str]] = {}
    for article_id, text in (
        Quote.objects.filter(article_id__in=ids)
        .order_by("position")
        .values_list("article_id", "text")
    ):
        quotes.setdefault(article_id, []).append(text)
    placeholders = ", ".join(["%s"] * len(ids))
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM articles_search WHERE rowid IN ({placeholders})", ids)
        cursor.executemany(
            "INSERT INTO articles_search(rowid, title, standfirst, body, quotes) "
            "VALUES (%s, %s, %s, %s, %s)",
            [
                (pk, title, standfirst, body, " ".join(quotes.get(pk, [])))
                for pk, title, standfirst, body in articles
            ],
        )


def write_postgres_rows(ids: list[int]) -> None:
    # The database reads the articles itself; an upsert, so concurrent writers never
    # collide on an article's row.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(POSTGRES_DELETE_GONE, [ids])
        cursor.execute(POSTGRES_UPSERT, [ids])


def rebuild_index() -> int:
    """Re-index every article; return how many."""
    ids = list(Article.objects.values_list("pk", flat=True))
    index_articles(ids)
    return len(ids)


def reindex_after_commit(article_id: int) -> None:
    """Index the article once the current transaction commits (at once outside one)."""
    connection_set("pending_index").add(article_id)
    after_commit_once(index_pending_now)


def index_pending_now() -> None:
    """Index the articles changed so far in this transaction, and forget them.

    Ids left by a transaction that rolled back are harmless: indexing reads what is
    stored, and drops the rows of articles that are not.
    """
    pending = connection_set("pending_index")
    ids = set(pending)
    pending.clear()
    index_articles(ids)
