"""An article's JSON-LD meets Google's NewsArticle guidance, checked by a schema of it."""

import json
import re
from datetime import datetime
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils import timezone

from tests.factories import make_article

pytestmark = pytest.mark.django_db

# ISO 8601 date and time with its offset, as Google's guidance asks of datePublished.
MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)")
# Properties whose values are addresses (a string, or a list of them).
ADDRESSES = {"url", "@id", "sameAs", "image", "contentUrl", "logo", "mainEntityOfPage"}


def json_ld(page: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def absolute(url) -> bool:
    parts = urlsplit(url) if isinstance(url, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc)


def every_value(data, key=None):
    """Yield each (key, value) pair in nested JSON, a list's items under its key."""
    if isinstance(data, dict):
        for name, value in data.items():
            yield name, value
            yield from every_value(value, name)
    elif isinstance(data, list):
        for item in data:
            yield key, item
            yield from every_value(item, key)


def guidance_problems(data: dict) -> list[str]:
    """Return where a NewsArticle falls short of Google's guidance for articles."""
    problems = []

    def need(condition, problem):
        if not condition:
            problems.append(problem)

    need(data.get("@context") == "https://schema.org", "@context")
    need(data.get("@type") == "NewsArticle", "@type")
    need(isinstance(data.get("headline"), str), "headline missing")
    need(0 < len(data.get("headline", "")) <= 110, "headline longer than 110 characters")
    for date in ("datePublished", "dateModified"):
        need(MOMENT.fullmatch(str(data.get(date))), f"{date} not ISO 8601 with an offset")
    authors = data.get("author", [])
    need(authors and isinstance(authors, list), "author missing")
    for author in authors:
        need(author.get("@type") in ("Person", "Organization"), f"author type: {author}")
        need(isinstance(author.get("name"), str) and author["name"].strip(), f"name: {author}")
    for image in data.get("image", []):  # recommended, when the article has an image
        need(absolute(image if isinstance(image, str) else image.get("url")), "image URL")
    publisher = data.get("publisher", {})
    need(publisher.get("@type") == "Organization" and publisher.get("name"), "publisher")
    logo = publisher.get("logo", {})
    need(logo.get("@type") == "ImageObject" and absolute(logo.get("url")), "publisher.logo")
    page = data.get("mainEntityOfPage", {})
    need(page.get("@type") == "WebPage" and absolute(page.get("@id")), "mainEntityOfPage")
    for key, value in every_value(data):
        need(value is not None, f"{key} is null")
        if key in ADDRESSES and isinstance(value, str):
            need(absolute(value), f"{key} not an absolute URL: {value}")
    return problems


def test_an_articles_json_ld_meets_the_news_article_guidance(client):
    article = make_article(
        "Border talks " * 20,  # 260 characters
        standfirst="Talks resumed.",
        published_at=timezone.now().replace(microsecond=123456),
        source_url="https://www.example.com/africa/talks",
        source_outlet="Reuters",
        source_authors=["Amina Bello", "Kofi Mensah"],
        source_published=timezone.make_aware(datetime(2016, 3, 3, 8, 5, 7, 250000)),
        source_published_has_time=True,
    )

    page = client.get(article.get_absolute_url()).content.decode()
    data = json_ld(page)

    assert guidance_problems(data) == []
    assert data["headline"].startswith("Border talks Border") and data["headline"].endswith("…")
    assert data["author"] == [
        {"@type": "Person", "name": "Amina Bello"},
        {"@type": "Person", "name": "Kofi Mensah"},
    ]
    canonical = re.search(r'<link rel="canonical" href="([^"]*)">', page).group(1)
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": canonical}
    assert data["publisher"]["url"] == "http://testserver/"
    logo = urlsplit(data["publisher"]["logo"]["url"]).path
    assert finders.find(logo.removeprefix(settings.STATIC_URL)), logo  # a file we ship
    assert data["isBasedOn"]["datePublished"] == "2016-03-03T08:05:07+00:00"


def test_an_article_whose_original_names_no_author_is_by_its_outlet(client):
    article = make_article(source_outlet="Agence de Presse Sénégalaise")

    data = json_ld(client.get(article.get_absolute_url()).content.decode())

    assert data["author"] == [{"@type": "Organization", "name": "Agence de Presse Sénégalaise"}]
    assert guidance_problems(data) == []


def test_an_article_with_no_known_author_gives_none_rather_than_null(client):
    data = json_ld(client.get(make_article().get_absolute_url()).content.decode())

    assert "author" not in data and "image" not in data
    assert guidance_problems(data) == ["author missing"]
