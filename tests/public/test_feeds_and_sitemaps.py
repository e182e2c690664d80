"""Feeds parse with a real feed parser; sitemaps and robots.txt list public pages only."""

import html
from html.parser import HTMLParser
from xml.etree import ElementTree

import feedparser
import pytest
from django.contrib.syndication.views import Feed
from django.urls import URLResolver, get_resolver, reverse

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


def feed_routes(patterns, namespace: str = ""):
    """Yield the name of every route in the URLconf that serves a feed."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from feed_routes(pattern.url_patterns, inner)
        elif isinstance(pattern.callback, Feed):
            yield f"{namespace}{pattern.name}"


def hostile(field: str) -> str:
    """Return text with markup a feed reader would run or render if taken as HTML."""
    return f'{field} <img src=x onerror="{field}()"><b>{field}</b></img> &amp; 1 < 2'


def shown(detail) -> str:
    """Return what a reader shows for a feedparser text construct, failing on markup."""
    if detail.type == "text/plain":
        return detail.value
    assert detail.type == "text/html", detail
    tags = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: tags.append(tag)
    parser.feed(detail.value)
    assert tags == [], detail.value
    return html.unescape(detail.value)


def assert_raw_xml_carries_text(content: bytes) -> None:
    """Fail on a title or description the XML itself gives as markup: RSS readers take
    them as HTML, and Atom's may say they are HTML."""
    atom = "{http://www.w3.org/2005/Atom}"
    for element in ElementTree.fromstring(content).iter():
        if element.tag in ("title", "description"):  # RSS
            assert "<" not in (element.text or ""), element.text
        if element.tag in {f"{atom}{name}" for name in ("title", "subtitle", "summary", "content")}:
            assert len(element) == 0 and element.get("type", "text") in ("text", "html")
            if element.get("type") == "html":
                assert "<" not in (element.text or ""), element.text


def test_every_feed_carries_hostile_text_as_text_in_every_field(client):
    person, program = make_person(hostile("person")), make_program(hostile("programme"))
    program.acronym = '<b onclick="x()">S</b>&amp;<'  # at most 30 characters
    program.save()
    subjects = {"persons": ((person, hostile("role")),), "programs": (program,)}
    summarised = make_article(
        hostile("title"), standfirst=hostile("standfirst"), tags=(hostile("tag"),), **subjects
    )
    make_article(
        hostile("untitled"),
        standfirst="",
        body=f"{hostile('paragraph')}\n\nMore.",
        tags=(hostile("tag"),),
        **subjects,
    )
    tag = summarised.tags.get()
    # Each kind of feed the URLconf serves: its subject's slug, the feed's title and its
    # description (RSS; Atom has none).
    kinds = {
        "": (None, "Newsroom: latest articles", "The latest published articles."),
        "tag": (tag.slug, f"Newsroom: {tag.name}", f"Published articles tagged {tag.name}."),
        "person": (
            person.slug,
            f"Newsroom: {person.name}",
            f"Published articles mentioning {person.name}.",
        ),
        "program": (
            program.slug,
            f"Newsroom: {program.name}",
            f"Published articles about {program.display_name}.",
        ),
    }
    feeds = list(feed_routes(get_resolver().url_patterns))
    assert len(feeds) == 2 * len(kinds)
    for name in feeds:  # "articles:tag-feed-rss" is of kind "tag", "articles:feed-rss" ""
        slug, title, description = kinds[name.rpartition("feed-")[0].split(":")[-1].rstrip("-")]
        url = reverse(name, kwargs={"slug": slug} if slug else None)
        content = client.get(url).content
        feed = feedparser.parse(content)

        assert not feed.bozo and len(feed.entries) == 2, url
        assert shown(feed.feed.title_detail) == title, url
        if name.endswith("rss"):
            assert shown(feed.feed.subtitle_detail) == description, url
        titles = {shown(entry.title_detail) for entry in feed.entries}
        assert titles == {hostile("title"), hostile("untitled")}, url
        summaries = {shown(entry.summary_detail) for entry in feed.entries}
        assert summaries == {hostile("standfirst"), hostile("paragraph")}, url
        assert_raw_xml_carries_text(content)
