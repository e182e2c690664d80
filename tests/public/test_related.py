"""Related articles: most shared people, programmes and tags first, near in time."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles import related
from articles.related import related_articles
from articles.story import published_story
from tests.factories import make_article, make_person, make_program

pytestmark = pytest.mark.django_db


def hours_ago(n: int):
    return timezone.now() - timedelta(hours=n)


def test_articles_sharing_more_links_come_first_and_the_article_itself_never():
    awa, program = make_person("Awa Ndiaye"), make_program("Safe Borders")
    story = make_article(
        "Story",
        persons=((awa, ""),),
        programs=(program,),
        tags=("borders",),
        published_at=hours_ago(5),
    )
    make_article("Shares one", tags=("borders",), published_at=hours_ago(1))
    make_article("Shares all", persons=((awa, ""),), programs=(program,), tags=("borders",))
    make_article("Shares none", tags=("health",))

    titles = [other.title for other in related_articles(published_story(story.slug))]

    assert titles == ["Shares all", "Shares one"]


def test_only_articles_published_near_in_time_are_candidates(monkeypatch):
    monkeypatch.setattr(related, "WINDOW", 2)
    story = make_article("Story", tags=("borders",), published_at=hours_ago(10))
    for n in (1, 2, 3):
        make_article(f"Later {n}", tags=("borders",), published_at=hours_ago(10 - n))
        make_article(f"Earlier {n}", tags=("borders",), published_at=hours_ago(10 + n))

    titles = {other.title for other in related_articles(published_story(story.slug))}

    assert titles == {"Later 1", "Later 2", "Earlier 1", "Earlier 2"}


def test_an_article_without_links_has_no_related_articles():
    make_article("Other")

    assert related_articles(published_story(make_article("Alone").slug)) == []
