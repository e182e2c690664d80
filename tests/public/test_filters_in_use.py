"""The filters in use, as the list shows them (articles/filters_in_use.py)."""

from types import SimpleNamespace
from urllib.parse import parse_qsl

import pytest
from django.http import QueryDict

from articles.filters_in_use import filters_in_use
from articles.models import Article
from tests.factories import make_article, make_place

FACETS = {
    "tag": [
        SimpleNamespace(slug="borders", name="borders"),
        SimpleNamespace(slug="aid", name="aid"),
    ],
    "person": [SimpleNamespace(slug="awa-ndiaye", name="Awa Ndiaye")],
}


def shown(query: str) -> list[tuple[str, str, list]]:
    return [
        (f.label, f.value, parse_qsl(f.without, keep_blank_values=True))
        for f in filters_in_use(QueryDict(query), FACETS)
    ]


def test_each_filter_is_named_and_dropping_it_keeps_the_others_from_the_first_page():
    assert shown("tag=borders&tag=aid&person=awa-ndiaye&q=talks&page=3") == [
        ("Topic", "borders", [("tag", "aid"), ("person", "awa-ndiaye"), ("q", "talks")]),
        ("Topic", "aid", [("tag", "borders"), ("person", "awa-ndiaye"), ("q", "talks")]),
        ("Person", "Awa Ndiaye", [("tag", "borders"), ("tag", "aid"), ("q", "talks")]),
        ("Text", "talks", [("tag", "borders"), ("tag", "aid"), ("person", "awa-ndiaye")]),
    ]


def test_a_filter_reads_as_the_filter_set_reads_it():
    # The last of a repeated filter applies; blanks and unknown parameters apply nothing.
    assert shown("person=someone&person=awa-ndiaye&tag=&q=%20&utm_source=x") == [
        ("Person", "Awa Ndiaye", [("tag", ""), ("q", " "), ("utm_source", "x")]),
    ]


def test_dates_are_shown_as_readers_read_them_and_a_topic_given_twice_once():
    assert shown("published_after=2026-03-02&tag=aid&tag=aid") == [
        ("From", "2 March 2026", [("tag", "aid"), ("tag", "aid")]),
        ("Topic", "aid", [("published_after", "2026-03-02")]),
    ]


@pytest.mark.django_db
def test_a_record_the_facets_do_not_show_is_named_from_the_database(
    django_assert_num_queries,
):
    make_article("Talks", places=(make_place("Kaolack"),))

    with django_assert_num_queries(1):
        assert shown("place=kaolack&place=kaolack") == [("Place", "Kaolack", [])]
    with django_assert_num_queries(1):
        assert shown("person=no-such-person") == [("Person", "no-such-person", [])]
    with django_assert_num_queries(0):
        assert shown("person=awa-ndiaye") == [("Person", "Awa Ndiaye", [])]


@pytest.mark.django_db
def test_a_record_no_published_article_names_is_shown_by_its_slug():
    make_article("Draft", status=Article.Status.DRAFT, places=(make_place("Kaolack"),))
    make_place("Thiès")

    assert shown("place=kaolack") == [("Place", "kaolack", [])]
    assert shown("place=thies") == [("Place", "thies", [])]
