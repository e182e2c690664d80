"""The SQLite full-text index (migration 0002), kept in step with articles.

Saves mark articles as changed; each transaction then writes the index once for all of
them: after it commits, or earlier, inside it, when the writer asks (the importer does,
so an article and its index row commit together). PostgreSQL indexes an expression over
the articles' own columns and needs none of this.
"""

from django.db import connection, transaction

from articles.commit_hooks import after_commit_once, connection_set
from articles.models import Article, Quote

BATCH = 500


def index_articles(article_ids) -> None:
    """Write the articles' text and quotes to the index; drop rows of deleted articles."""
    ids = sorted(set(article_ids))
    if connection.vendor != "sqlite" or not ids:
        return
    for start in range(0, len(ids), BATCH):
        write_rows(ids[start : start + BATCH])


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


def rebuild_index() -> int:
    """Re-index every article; return how many."""
    ids = list(Article.objects.values_list("pk", flat=True))
    index_articles(ids)
    return len(ids)


def reindex_after_commit(article_id: int) -> None:
    """Index the article once the current transaction commits (at once outside one)."""
    if connection.vendor == "sqlite":
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
