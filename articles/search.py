"""Ranked full-text search over title, standfirst, body and quotes, on either database.

Both keep an index table in step with articles (articles/search_index.py) and cut the
page asked for (LIMIT/OFFSET) inside the ranked query, joined to the published articles,
so only its rows get snippets and pages never skip or repeat a hit.
SQLite: an FTS5 table (migration 0002), ranked with bm25 and cut into snippets by FTS5.
PostgreSQL: a weighted tsvector per article (migration 0009), matched with @@ through its
GIN index, ranked with ts_rank, snippets from ts_headline over all four fields.
Snippets are built with control characters as markers, escaped, then given <mark> tags,
so nothing an article says can become markup.
"""

from dataclasses import dataclass

from django.db import connection
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article
from articles.search_syntax import parse_query

START, STOP = "\x02", "\x03"
PAGE_SIZE = 20
HIT_FIELDS = ("title", "slug", "published_at")  # what a result shows
BM25 = "bm25(10.0, 5.0, 1.0, 2.0)"  # title, standfirst, body, quotes


@dataclass
class Hit:
    article: Article
    rank: float
    snippet: SafeString


def highlight(text: str) -> SafeString:
    """Return text escaped, with the search markers turned into <mark> elements."""
    return mark_safe(escape(text).replace(START, "<mark>").replace(STOP, "</mark>"))


def search_articles(query: str, *, limit: int = PAGE_SIZE, offset: int = 0) -> list[Hit]:
    """Return published articles matching query (phrases, OR and -word as
    search_syntax reads them), best first, with highlighted snippets."""
    parsed = parse_query(query)
    if not parsed:
        return []
    if connection.vendor == "postgresql":
        return search_postgres(parsed.websearch(), limit, offset)
    return search_sqlite(parsed.fts5(), limit, offset)


SQLITE_PAGE = (
    "SELECT s.rowid, rank, snippet(articles_search, -1, %s, %s, '…', 24) "
    "FROM articles_search s JOIN articles_article a ON a.id = s.rowid "
    "WHERE articles_search MATCH %s AND rank MATCH %s AND a.status = %s AND a.published_at <= %s "
    "ORDER BY rank LIMIT %s OFFSET %s"
)


def search_sqlite(match: str, limit: int, offset: int) -> list[Hit]:
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(
            SQLITE_PAGE, [START, STOP, match, BM25, Article.Status.PUBLISHED, now, limit, offset]
        )
        rows = cursor.fetchall()
    articles = Article.objects.only(*HIT_FIELDS).in_bulk([pk for pk, *_ in rows])
    return [Hit(articles[pk], -rank, highlight(snippet)) for pk, rank, snippet in rows]


POSTGRES_HEADLINE = f"StartSel={START}, StopSel={STOP}, MaxWords=35, MinWords=15"
# Rank and cut the page in the subquery; headlines (which parse the text) for its rows only.
# The articles come back holding HIT_FIELDS.
POSTGRES_PAGE = (
    "SELECT a.id, a.title, a.slug, a.published_at, page.rank, "
    "ts_headline('english', concat_ws(' … ', a.title, nullif(a.standfirst, ''), a.body, "
    "nullif(page.quotes, '')), websearch_to_tsquery('english', %(words)s), %(headline)s) "
    "AS snippet "
    "FROM (SELECT s.article_id, s.quotes, a.published_at, "
    "ts_rank(s.document, websearch_to_tsquery('english', %(words)s)) AS rank "
    "FROM articles_search s JOIN articles_article a ON a.id = s.article_id "
    "WHERE s.document @@ websearch_to_tsquery('english', %(words)s) "
    "AND a.status = %(status)s AND a.published_at <= %(now)s "
    "ORDER BY rank DESC, a.published_at DESC, a.id LIMIT %(limit)s OFFSET %(offset)s) page "
    "JOIN articles_article a ON a.id = page.article_id "
    "ORDER BY page.rank DESC, page.published_at DESC, a.id"
)


def postgres_params(words: str, limit: int, offset: int) -> dict:
    """Return POSTGRES_PAGE's parameters for a query in websearch_to_tsquery's syntax."""
    return {
        "words": words,
        "headline": POSTGRES_HEADLINE,
        "status": Article.Status.PUBLISHED,
        "now": timezone.now(),
        "limit": limit,
        "offset": offset,
    }


def search_postgres(words: str, limit: int, offset: int) -> list[Hit]:
    # One query: the raw queryset builds the articles from the page's own columns.
    articles = Article.objects.raw(POSTGRES_PAGE, postgres_params(words, limit, offset))
    return [Hit(a, a.rank, highlight(a.snippet)) for a in articles]
