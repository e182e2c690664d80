"""Plain functions that build realistic records for tests (real database, no mocks)."""

import itertools
from datetime import timedelta

from django.utils import timezone

from articles.models import Article, Mention, Organization, Person, Place, Program, Quote

_seq = itertools.count(1)


def make_person(name: str | None = None, **fields) -> Person:
    return Person.objects.create(name=name or f"Awa Ndiaye {next(_seq)}", **fields)


def make_place(name: str | None = None, kind: str = Place.Kind.CITY, **fields) -> Place:
    return Place.objects.create(name=name or f"Town {next(_seq)}", kind=kind, **fields)


def make_organization(name: str | None = None, **fields) -> Organization:
    return Organization.objects.create(name=name or f"Agency {next(_seq)}", **fields)


def make_program(name: str | None = None, **fields) -> Program:
    return Program.objects.create(name=name or f"Border Programme {next(_seq)}", **fields)


def make_article(
    title: str | None = None,
    *,
    status: str = Article.Status.PUBLISHED,
    published_at=None,
    body: str = "First paragraph of the story.\n\nSecond paragraph of the story.",
    tags: tuple[str, ...] = (),
    persons: tuple[tuple[Person, str], ...] = (),
    quotes: tuple[tuple[Person | None, str], ...] = (),
    programs: tuple[Program, ...] = (),
    organizations: tuple[Organization, ...] = (),
    places: tuple[Place, ...] = (),
    **fields,
) -> Article:
    """Create an article; published ones default to a publication time an hour ago."""
    if published_at is None and status == Article.Status.PUBLISHED:
        published_at = timezone.now() - timedelta(hours=1)
    article = Article.objects.create(
        title=title or f"Story number {next(_seq)}",
        status=status,
        published_at=published_at,
        body=body,
        **fields,
    )
    if tags:
        article.tags.add(*tags)
    for position, (person, role) in enumerate(persons):
        Mention.objects.create(article=article, person=person, role=role, position=position)
    for position, (speaker, text) in enumerate(quotes):
        Quote.objects.create(article=article, speaker=speaker, text=text, position=position)
    article.programs.add(*programs)
    article.organizations.add(*organizations)
    article.places.add(*places)
    return article
