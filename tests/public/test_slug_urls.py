"""Links to slug pages are built around one reverse() per route, and equal reverse()."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from articles.models.slugs import slug_url, slug_urls


@pytest.mark.parametrize(
    "route", ["articles:article-detail", "articles:person-detail", "articles:tag-detail"]
)
def test_a_slug_url_is_the_url_reverse_gives(route):
    for slug in ("awa-ndiaye", "item_2", "x"):
        assert slug_url(route, slug) == reverse(route, kwargs={"slug": slug})


def test_a_slug_the_url_patterns_refuse_is_refused_as_reverse_does():
    url = slug_urls("articles:person-detail")

    for slug in ("amadou dièye", "a/b", ""):
        with pytest.raises(NoReverseMatch):
            url(slug)


def test_the_script_prefix_the_site_is_served_under_is_kept():
    try:
        set_script_prefix("/news/")
        assert slug_url("articles:person-detail", "awa") == "/news/people/awa/"
    finally:
        set_script_prefix("/")
    assert slug_url("articles:person-detail", "awa") == "/people/awa/"


def test_urls_follow_url_patterns_swapped_in_by_settings(settings):
    assert slug_url("articles:person-detail", "awa") == "/people/awa/"

    settings.ROOT_URLCONF = "tests.public.urls_under_news"

    assert slug_url("articles:person-detail", "awa") == "/news/people/awa/"
