"""Statements: the ORM's SQL compiled once per shape, run with new values, read as it reads."""

import re
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Mention, Person
from articles.statements import Statement
from tests.factories import make_article, make_person, make_place

pytestmark = pytest.mark.django_db


class Counted:
    """A build function that counts how often it is asked to write a queryset."""

    def __init__(self, build):
        self.build, self.calls = build, 0

    def __call__(self, **values):
        self.calls += 1
        return self.build(**values)


def test_rows_are_those_of_the_queryset_for_each_value_compiled_once():
    people = [make_person(name) for name in ("Awa Ndiaye", "Jean-Marc Pisani")]
    build = Counted(lambda slug: Person.objects.filter(slug=slug).values_list("name", "aliases"))
    by_slug = Statement(build)

    for person in people * 2:
        expected = list(Person.objects.filter(slug=person.slug).values_list("name", "aliases"))
        assert by_slug.rows(slug=person.slug) == expected == [(person.name, [])]
    assert build.calls == 1


def test_a_list_of_another_length_compiles_another_shape():
    people = [make_person() for _ in range(3)]
    build = Counted(lambda ids: Person.objects.filter(pk__in=ids).values_list("name", flat=True))
    names = Statement(build)

    assert names.rows(ids=[people[0].pk]) == [(people[0].name,)]
    assert sorted(names.rows(ids=[p.pk for p in people])) == sorted((p.name,) for p in people)
    assert names.rows(ids=[people[2].pk]) == [(people[2].name,)]
    assert build.calls == 2


def test_a_datetime_value_is_compared_as_the_orm_compares_it():
    make_article("Due in an hour", published_at=timezone.now() + timedelta(hours=1))
    titles = Statement(lambda now: Article.objects.published(now).values_list("title"))

    assert titles.rows(now=timezone.now()) == []
    assert titles.rows(now=timezone.now() + timedelta(hours=2)) == [("Due in an hour",)]


def test_datetimes_read_back_aware_as_the_orm_reads_them():
    article = make_article("Talks")
    when = Statement(lambda pk: Article.objects.filter(pk=pk).values_list("published_at"))

    [(published_at,)] = when.rows(pk=article.pk)

    assert timezone.is_aware(published_at)
    assert published_at == Article.objects.get(pk=article.pk).published_at


def test_objects_come_with_their_select_related_records_in_one_query(django_assert_num_queries):
    town = make_place("Dakar")
    article = make_article("Talks", dateline=town)
    story = Statement(lambda slug: Article.objects.select_related("dateline").filter(slug=slug))

    with django_assert_num_queries(1):
        [found] = story.objects(slug=article.slug)
        assert (found.pk, found.title, found.dateline.name) == (article.pk, "Talks", "Dakar")
    assert found.get_absolute_url() == article.get_absolute_url()


def test_objects_of_a_values_queryset_are_refused():
    names = Statement(lambda pk: Person.objects.filter(pk=pk).values_list("name"))

    with pytest.raises(TypeError, match=re.escape("use rows()")):
        names.objects(pk=1)


def test_literals_are_written_into_the_sql_one_shape_each():
    for n in range(5):
        make_article(f"Story {n}", published_at=timezone.now() - timedelta(hours=n))
    build = Counted(
        lambda now, offset: Article.objects.published(now).values_list("title")[offset : offset + 2]
    )
    page = Statement(build, literals=("offset",))
    now = timezone.now()

    assert page.rows(now=now, offset=0) == [("Story 0",), ("Story 1",)]
    assert page.rows(now=now, offset=2) == [("Story 2",), ("Story 3",)]
    assert page.rows(now=now, offset=0) == [("Story 0",), ("Story 1",)]
    assert build.calls == 2


def test_a_value_the_lookup_changes_is_refused_when_compiled():
    containing = Statement(lambda text: Person.objects.filter(name__icontains=text).values_list())

    with pytest.raises(ValueError, match="text"):
        containing.rows(text="Awa")


def test_a_value_equal_to_a_fixed_parameter_goes_only_where_the_value_goes():
    named_like_status, awa = make_person("published"), make_person("Awa Ndiaye")
    make_article("Talks", persons=((named_like_status, ""), (awa, "")))
    named = Statement(
        lambda name, now: Mention.objects.filter(
            person__name=name, article__in=Article.objects.published(now)
        ).values_list("article__title")
    )

    # Compiled first with a value equal to the status the query fixes ("published").
    assert named.rows(name="published", now=timezone.now()) == [("Talks",)]
    assert named.rows(name="Awa Ndiaye", now=timezone.now()) == [("Talks",)]


def test_an_empty_list_matches_nothing_without_a_query(django_assert_num_queries):
    names = Statement(lambda ids: Person.objects.filter(pk__in=ids).values_list("name"))

    with django_assert_num_queries(0):
        assert names.rows(ids=[]) == []


@pytest.mark.parametrize("value", [None, True, datetime(2026, 1, 1)])  # naive
def test_values_the_orm_would_not_bind_as_given_are_refused(value):
    make_article("Talks")
    titles = Statement(lambda now: Article.objects.published(now).values_list("title"))
    titles.rows(now=timezone.now())  # compiled with a good value

    with pytest.raises((TypeError, ValueError)):
        titles.rows(now=value)


def test_a_shape_with_prefetches_is_refused():
    people = Statement(lambda pk: Person.objects.filter(pk=pk).prefetch_related("mentions"))

    with pytest.raises(ValueError, match="prefetch_related"):
        people.objects(pk=1)


def test_a_record_without_its_select_related_record_has_none():
    article = make_article("Talks")  # no dateline
    story = Statement(lambda slug: Article.objects.select_related("dateline").filter(slug=slug))

    [found] = story.objects(slug=article.slug)

    assert found.dateline is None
