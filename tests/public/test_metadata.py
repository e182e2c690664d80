"""Structured data, social metadata, related articles and conditional GET."""

import json
import re

import pytest

from articles.models import Article
from tests.factories import make_article, make_person

pytestmark = pytest.mark.django_db


def json_ld(page: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_article_has_news_article_json_ld_and_open_graph(client):
    person = make_person("Awa Ndiaye")
    article = make_article(
        "Border </script><script>x()</script> talks",
        persons=((person, "Minister"),),
        tags=("borders",),
    )

    page = client.get(article.get_absolute_url()).content.decode()

    data = json_ld(page)
    assert data["@type"] == "NewsArticle" and data["headline"] == article.title
    assert {"@type": "Person", "name": "Awa Ndiaye"} in data["mentions"]
    assert data["keywords"] == ["borders"] and data["datePublished"]
    assert "<script>x()</script>" not in page
    assert '<meta property="og:type" content="article">' in page
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in page


def test_person_page_has_person_json_ld(client):
    person = make_person("Awa Ndiaye", aliases=["Awa N'Diaye"])
    make_article("Talks", persons=((person, "Minister"),))

    data = json_ld(client.get(person.get_absolute_url()).content.decode())

    assert (data["@type"], data["name"], data["alternateName"]) == (
        "Person",
        "Awa Ndiaye",
        ["Awa N'Diaye"],
    )


def test_related_articles_share_people_and_exclude_unpublished(client):
    person = make_person("Awa Ndiaye")
    article = make_article("First", persons=((person, ""),))
    make_article("Second", persons=((person, ""),))
    make_article("Draft sequel", status=Article.Status.DRAFT, persons=((person, ""),))
    make_article("Unrelated")

    page = client.get(article.get_absolute_url()).content.decode()
    related = page[page.index("Related articles") :]

    assert "Second" in related
    assert "Draft sequel" not in related and "Unrelated" not in related


def test_unchanged_page_answers_304_and_changes_after_an_edit(client):
    article = make_article("Talks")
    etag = client.get("/").headers["ETag"]

    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    article.title = "Talks resume"
    article.save()
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 200
