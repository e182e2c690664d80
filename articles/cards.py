"""Article cards for lists: what a card shows, in three flat queries, as plain objects.

Model instances with prefetched tags and mentions cost about half a millisecond an
article in Python (taggit builds a queryset per article, and every link is a reverse());
a card is a slotted object the template reads at once (Jinja2 tries an attribute before
a key, so a dict costs it a failed lookup per value), with its links built from one
reverse() per kind of page (slug_urls). The people and topics of a page's articles are
read by Statements, compiled once (articles/statements.py).
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.dates import MONTHS
from taggit.models import TaggedItem

from articles.models import Article, Mention
from articles.models.slugs import slug_urls
from articles.statements import Statement
from articles.timestamps import iso_moment

FIELDS = ("id", "title", "slug", "standfirst", "published_at", "dateline__name")

PEOPLE = Statement(
    lambda ids: (
        Mention.objects.filter(article_id__in=ids)
        .order_by("article_id", "position")
        .values_list("article_id", "person__name", "person__slug")
    )
)
TOPICS = Statement(
    lambda ids, content_type: (
        TaggedItem.objects.filter(object_id__in=ids, content_type_id=content_type)
        .order_by("object_id", "pk")  # "pk" alone walks every tagged item of the type
        .values_list("object_id", "tag__name", "tag__slug")
    )
)


# A page of a list, newest first: `start` and `size` are written into the SQL.
LATEST_PAGE = Statement(
    lambda now, start, size: Article.objects.published(now).values_list(*FIELDS)[
        start : start + size
    ],
    literals=("start", "size"),
)
TAGGED_PAGE = Statement(
    lambda tag, now, start, size: (
        Article.objects.published(now).filter(tags=tag).values_list(*FIELDS)[start : start + size]
    ),
    literals=("start", "size"),
)


@dataclass(slots=True)
class Card:
    title: str
    url: str
    standfirst: str
    dateline: str | None
    iso: str  # the publication time, for <time datetime>
    date: str  # the publication day, as readers read it
    people: list[tuple[str, str]]  # (name, URL)
    tags: list[tuple[str, str]]


def card_rows(articles: QuerySet) -> list[tuple]:
    """Return the rows of FIELDS that cards() reads, for the articles of a queryset."""
    return list(articles.values_list(*FIELDS))


def page_of(request, count: int, per_page: int) -> Page:
    """Return the page of a list of count articles that request asks for (?page=), so a
    list pages over its memoised total without a queryset; 404 for no such page."""
    try:
        return Paginator(range(count), per_page).page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(f"No such page of articles: {error}") from error


def page_rows(page: Page, statement: Statement, **values) -> list[tuple]:
    """Return the rows of FIELDS of a paginated list's page, read by a statement of the
    list's articles that takes the page's start and size."""
    if not page.paginator.count:
        return []
    start, size = page.start_index() - 1, page.paginator.per_page
    return statement.rows(now=timezone.now(), start=start, size=size, **values)


def cards(rows: list[tuple]) -> list[Card]:
    """Return one card per row of FIELDS, in their order."""
    ids = [row[0] for row in rows]
    if not ids:
        return []
    people = grouped(PEOPLE.rows(ids=ids), "articles:person-detail")
    content_type = ContentType.objects.get_for_model(Article).pk
    tags = grouped(TOPICS.rows(ids=ids, content_type=content_type), "articles:tag-detail")
    article_url = slug_urls("articles:article-detail")
    zone = timezone.get_current_timezone()
    months: dict[int, str] = {}
    found = []
    for pk, title, slug, standfirst, published_at, dateline in rows:
        published = published_at.astimezone(zone)
        month = months.get(published.month) or months.setdefault(
            published.month, str(MONTHS[published.month])
        )
        found.append(
            Card(
                title=title,
                url=article_url(slug),
                standfirst=standfirst,
                dateline=dateline,
                iso=iso_moment(published),
                date=day(published, month),
                people=people.get(pk, []),
                tags=tags.get(pk, []),
            )
        )
    return found


def day(moment: datetime, month: str) -> str:
    return f"{moment.day} {month} {moment.year}"


def grouped(rows, route: str) -> dict[int, list[tuple[str, str]]]:
    """Return the (name, URL of route) pairs of (article id, name, slug) rows by article."""
    url = slug_urls(route)
    found: dict[int, list[tuple[str, str]]] = {}
    for article_id, name, slug in rows:
        found.setdefault(article_id, []).append((name, url(slug)))
    return found
