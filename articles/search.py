"""Ranked full-text search over title, standfirst, body and quotes, on either database.

SQLite: an FTS5 table (migration 0002) kept in step with articles by signals
(articles/signals.py), ranked with bm25 and cut into snippets by FTS5 itself. The page
asked for (LIMIT/OFFSET) is cut inside the FTS5 query, joined to the published articles,
so only its rows get snippets and pages never skip or repeat a hit.
PostgreSQL: to_tsvector over the article's text (a GIN index covers it) plus its quotes,
ranked with ts_rank, snippets from ts_headline.
Snippets are built with control characters as markers, escaped, then given <mark> tags,
so nothing an article says can become markup.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article, Quote

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


def search_words(query: str) -> list[str]:
    """Return the words of query that search matches, in lower case as both indexes
    read them (FTS5's unicode61 tokenizer, PostgreSQL's to_tsvector)."""
    return [word.lower() for word in re.findall(r"\w+", query)]


def search_articles(query: str, *, limit: int = PAGE_SIZE, offset: int = 0) -> list[Hit]:
    """Return published articles matching query, best first, with highlighted snippets."""
    words = search_words(query)
    if not words:
        return []
    if connection.vendor == "postgresql":
        return search_postgres(" ".join(words), limit, offset)
    return search_sqlite(words, limit, offset)


SQLITE_PAGE = (
    "SELECT s.rowid, rank, snippet(articles_search, -1, %s, %s, '…', 24) "
    "FROM articles_search s JOIN articles_article a ON a.id = s.rowid "
    "WHERE articles_search MATCH %s AND rank MATCH %s AND a.status = %s AND a.published_at <= %s "
    "ORDER BY rank LIMIT %s OFFSET %s"
)


def search_sqlite(words: list[str], limit: int, offset: int) -> list[Hit]:
    match = " ".join(f'"{word}"' for word in words)  # every word, as a literal
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(
            SQLITE_PAGE, [START, STOP, match, BM25, Article.Status.PUBLISHED, now, limit, offset]
        )
        rows = cursor.fetchall()
    articles = Article.objects.only(*HIT_FIELDS).in_bulk([pk for pk, *_ in rows])
    return [Hit(articles[pk], -rank, highlight(snippet)) for pk, rank, snippet in rows]


def search_postgres(text: str, limit: int, offset: int) -> list[Hit]:
    query = SearchQuery(text, config="english")
    vector = (
        SearchVector("title", weight="A", config="english")
        + SearchVector("standfirst", weight="B", config="english")
        + SearchVector("body", weight="C", config="english")
    )
    quoted = Quote.objects.filter(article=OuterRef("pk"), text__search=text)
    articles = (
        Article.objects.published()
        .only(*HIT_FIELDS)
        .annotate(rank=SearchRank(vector, query))
        .filter(Q(rank__gt=0) | Exists(quoted))
        .annotate(
            snippet=SearchHeadline(
                "body",
                query,
                config="english",
                start_sel=START,
                stop_sel=STOP,
                max_words=35,
                min_words=15,
            )
        )
        .order_by("-rank", "-published_at", "pk")[offset : offset + limit]
    )
    return [Hit(a, a.rank, highlight(a.snippet)) for a in articles]
