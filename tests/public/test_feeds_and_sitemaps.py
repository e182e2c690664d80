"""Feeds parse with a real feed parser; sitemaps and robots.txt list public pages only."""

import feedparser
import pytest

from articles.models import Article
from tests.factories import make_article, make_person, make_program

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories():
    person, program = make_person("Awa Ndiaye"), make_program("Safe Borders Programme")
    mentions = {"persons": ((person, "Minister"),), "programs": (program,), "tags": ("borders",)}
    public = make_article("Public story", **mentions)
    draft = make_article("Draft story", status=Article.Status.DRAFT, **mentions)
    return public, draft, person, program


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_site_and_per_subject_feeds_list_only_published_articles(client, stories, kind):
    public, _, person, program = stories
    urls = [
        f"/feeds/{kind}/",
        f"/feeds/tags/borders/{kind}/",
        f"/feeds/people/{person.slug}/{kind}/",
        f"/feeds/programmes/{program.slug}/{kind}/",
    ]
    for url in urls:
        feed = feedparser.parse(client.get(url).content)
        assert not feed.bozo, url
        assert [entry.title for entry in feed.entries] == ["Public story"], url
        assert feed.entries[0].link.endswith(public.get_absolute_url())


def test_feed_of_a_person_only_in_drafts_is_404(client):
    person = make_person("Hidden Person")
    make_article("Draft", status=Article.Status.DRAFT, persons=((person, ""),))

    assert client.get(f"/feeds/people/{person.slug}/rss/").status_code == 404


def test_sitemap_lists_public_pages_and_no_drafts(client, stories):
    public, draft, person, program = stories

    xml = client.get("/sitemap.xml").content.decode()

    for url in (public.get_absolute_url(), person.get_absolute_url(), program.get_absolute_url()):
        assert url in xml
    assert "/tags/borders/" in xml
    assert draft.get_absolute_url() not in xml


def test_robots_txt_points_to_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()

    assert "Disallow: /admin/" in text and "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.parametrize("count", [3, 30])
def test_feed_and_sitemap_query_counts_do_not_grow_with_items(
    client, django_assert_num_queries, count
):
    person, program = make_person("Awa Ndiaye"), make_program("Safe Borders Programme")
    for n in range(count):
        make_article(
            f"Story {n}", persons=((person, "Minister"),), programs=(program,), tags=("borders",)
        )
    budgets = {
        "/feeds/rss/": 2,  # articles, their topics
        f"/feeds/people/{person.slug}/atom/": 3,  # the person, articles, their topics
        f"/feeds/programmes/{program.slug}/rss/": 3,  # the programme, articles, topics
        "/feeds/tags/borders/atom/": 3,  # the topic, articles, their topics
        # a total and a page for each of six sections: articles, people, programmes,
        # organisations, places, topics (here organisations and places are empty, and an
        # empty section has no page to read)
        "/sitemap.xml": 10,
    }
    for url, budget in budgets.items():
        with django_assert_num_queries(budget):
            response = client.get(url)
        assert response.status_code == 200
        listed = b"<title>Story " if "feeds" in url else b"/articles/story-"
        assert response.content.count(listed) == count, url
