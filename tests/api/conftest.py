"""API tests: anonymous clients, with the throttle off unless a test turns it on."""

import pytest

from articles.models import Article
from tests.factories import (
    make_article,
    make_organization,
    make_person,
    make_place,
    make_program,
)
from tests.public.conftest import file_cache, page_cache  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def no_throttle(settings):
    settings.NEWSROOM_API_ANON_RATE = ""


@pytest.fixture
def newsroom(db, django_capture_on_commit_callbacks):
    """A published article naming one of each kind of record, quoted, and its records
    (indexed for search, as its commit would)."""
    with django_capture_on_commit_callbacks(execute=True):
        return published_newsroom()


def published_newsroom() -> dict:
    person = make_person("Awa Ndiaye")
    program = make_program("Safe Borders Initiative", acronym="SBI")
    partner = make_organization("Borderline Trust")
    program.partners.add(partner)
    organization = make_organization("African Union", acronym="AU")
    place = make_place("Dakar")
    article = make_article(
        "Border posts reopen",
        standfirst="Posts reopen after talks.",
        tags=("border security",),
        persons=((person, "Interior Minister"),),
        quotes=((person, "We have reached an agreement, and the posts reopen today"),),
        programs=(program,),
        organizations=(organization,),
        places=(place,),
        dateline=place,
    )
    return {
        "article": article,
        "person": person,
        "program": program,
        "partner": partner,
        "organization": organization,
        "place": place,
    }


def unpublished_articles(**names) -> list[Article]:
    """Return a draft, one in review, an archived and a scheduled article."""
    from datetime import timedelta

    from django.utils import timezone

    return [
        make_article("Draft story", status=Article.Status.DRAFT, **names),
        make_article("Story in review", status=Article.Status.IN_REVIEW, **names),
        make_article("Archived story", status=Article.Status.ARCHIVED, **names),
        make_article(
            "Scheduled story",
            published_at=timezone.now() + timedelta(days=1),
            **names,
        ),
    ]
