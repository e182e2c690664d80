"""What the record pages (people, programmes, organisations, places, topics) read, as
Statements.

Each is a queryset written once, with the ORM, compiled once per shape and run with a
page's slug or id and the time (articles/statements.py). Every one starts from
Article.objects.published(now), so a page shows only what readers may see.
"""

from functools import cache
from typing import NamedTuple

from django.db.models import Exists, Model, OuterRef
from django.utils import timezone
from taggit.models import Tag

from articles.cards import FIELDS
from articles.memo import memoised
from articles.models import Article, Organization, Person, Quote
from articles.models.slugs import slug_urls
from articles.statements import Statement

ARTICLES_SHOWN = 20  # a record's page shows its newest articles; the list has all
# A programme's people come from its newest articles, so a person named in every
# article costs no more than one named once.
WINDOW = 200
PEOPLE_SHOWN = 50


class Link(NamedTuple):
    """A record as a list links to it: a page links to dozens, each built from one
    reverse() of its route (slug_urls)."""

    name: str
    url: str


class Said(NamedTuple):
    """A quote as a person's page lists it, with the article it is from."""

    text: str
    title: str
    url: str


def recent(lookup: str, pk: int, now):
    """Return the ids of a record's WINDOW newest published articles (a subquery)."""
    articles = Article.objects.published(now).filter(**{lookup: pk})
    return articles.order_by("-published_at").values("pk")[:WINDOW]


def named_by_published(lookup: str, now=None) -> Exists:
    """The condition that gives a record a public page: a published article names it by
    lookup ("persons", "places", "tags"...), checked by existence, not a DISTINCT join."""
    return Exists(Article.objects.published(now).filter(**{lookup: OuterRef("pk")}))


@cache
def record(model: type[Model], lookup: str) -> Statement:
    """The record with a slug that a published article mentions."""
    return Statement(
        lambda slug, now: model.objects.filter(named_by_published(lookup, now), slug=slug)
    )


@cache
def latest_articles(lookup: str) -> Statement:
    return Statement(
        lambda pk, now: (
            Article.objects.published(now)
            .filter(**{lookup: pk})
            .values_list(*FIELDS)[:ARTICLES_SHOWN]
        )
    )


QUOTES = Statement(
    lambda pk, ids: (
        Quote.objects.filter(speaker=pk, article__in=ids)
        .order_by("-article__published_at", "position")
        .values_list("text", "article__title", "article__slug")[:ARTICLES_SHOWN]
    )
)
PROGRAM_PEOPLE = Statement(
    lambda pk, now: (
        Person.objects.filter(mentions__article__in=recent("programs", pk, now))
        .distinct()
        .values_list("name", "slug")[:PEOPLE_SHOWN]
    )
)
PARTNERS = Statement(lambda pk: Organization.objects.filter(programs=pk))


def public_tags(now=None):
    """Return the topics a published article has: only they have pages and feeds."""
    return Tag.objects.filter(named_by_published("tags", now))


TAG = Statement(lambda slug, now: public_tags(now).filter(slug=slug))


def public_record(model: type[Model], lookup: str, slug: str) -> Model | None:
    """Return the record of model with slug if a published article mentions it."""
    found = record(model, lookup).objects(slug=slug, now=timezone.now())
    return found[0] if found else None


def latest_rows(lookup: str, pk: int) -> list[tuple]:
    """Return the card rows (cards.FIELDS) of a record's newest published articles."""
    return latest_articles(lookup).rows(pk=pk, now=timezone.now())


def quotes_of(person: Person, article_ids: list[int]) -> list[Said]:
    """Return the person's quotes in the articles of article_ids, newest first."""
    if not article_ids:
        return []
    url = slug_urls("articles:article-detail")
    rows = QUOTES.rows(pk=person.pk, ids=article_ids)
    return [Said(text, title, url(slug)) for text, title, slug in rows]


def people_of(program_pk: int) -> list[Link]:
    """Return the people of a programme's WINDOW newest articles, by name (a scan of
    them, so memoised like the other aggregates), with links to their pages."""
    people = memoised(
        f"programme-people-names:{program_pk}",
        lambda: PROGRAM_PEOPLE.rows(pk=program_pk, now=timezone.now()),
    )
    url = slug_urls("articles:person-detail")
    return [Link(name, url(slug)) for name, slug in people]


def tag_with_slug(slug: str) -> Tag | None:
    """Return the topic with slug if a published article has it (a topic only drafts
    have is not public)."""
    found = TAG.objects(slug=slug, now=timezone.now())
    return found[0] if found else None


def partners_of(program_pk: int) -> list[Organization]:
    return PARTNERS.objects(pk=program_pk)
