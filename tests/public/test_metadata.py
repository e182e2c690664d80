"""Structured data, social metadata, related articles and conditional GET."""

import html
import json
import re
from datetime import datetime

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_organization, make_person, make_program

pytestmark = pytest.mark.django_db


def json_ld(page: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_article_has_news_article_json_ld_and_open_graph(client):
    person = make_person("Awa Ndiaye")
    article = make_article(
        "Border </script><script>x()</script> talks",
        standfirst="Talks resumed.",
        persons=((person, "Minister"),),
        organizations=(make_organization("African Union", acronym="AU"),),
        tags=("borders",),
    )

    page = client.get(article.get_absolute_url()).content.decode()

    data = json_ld(page)
    assert data["@type"] == "NewsArticle" and data["headline"] == article.title
    assert {"@type": "Person", "name": "Awa Ndiaye"} in data["mentions"]
    assert {"@type": "Organization", "name": "African Union (AU)"} in data["mentions"]
    assert data["description"] == "Talks resumed."
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


def test_canonical_address_keeps_only_the_parameters_that_name_other_content(client):
    article = make_article("Talks", standfirst="Talks resumed in Banjul.")
    for n in range(20):
        make_article(f"Talks {n}")

    def canonical(url: str) -> str:
        page = client.get(url).content.decode()
        return html.unescape(re.search(r'<link rel="canonical" href="([^"]*)">', page).group(1))

    assert canonical(f"{article.get_absolute_url()}?utm_source=x") == (
        f"http://testserver{article.get_absolute_url()}"
    )
    assert canonical("/?utm_source=x&page=1") == "http://testserver/"
    assert canonical("/?page=2&fbclid=y") == "http://testserver/?page=2"
    assert canonical("/search/?q=talks&utm_medium=z") == "http://testserver/search/?q=talks"
    # A filtered list is other content: its filters stay, in the list's own order.
    assert canonical("/?utm_source=x&page=2&q=talks") == "http://testserver/?q=talks&page=2"


def test_every_page_type_names_itself_to_social_cards(client):
    person = make_person("Awa Ndiaye", bio="Minister of the Interior since 2024.")
    program = make_program("Safe Borders Programme", acronym="SBP")
    article = make_article(
        "Border talks",
        standfirst="Talks resumed in Banjul.",
        persons=((person, "Minister"),),
        programs=(program,),
        organizations=(make_organization("African Union"),),
        tags=("borders",),
    )
    expected = {
        article.get_absolute_url(): ("Border talks", "Talks resumed in Banjul."),
        person.get_absolute_url(): ("Awa Ndiaye", "Minister of the Interior since 2024."),
        program.get_absolute_url(): ("Safe Borders Programme (SBP)", "Partners, dates,"),
        article.organizations.get().get_absolute_url(): ("African Union", "Articles about"),
        "/tags/borders/": ("Topic: borders", "Articles on borders."),
        "/search/?q=talks": ("Search: talks", "News on people"),
    }
    for url, (title, description) in expected.items():
        page = client.get(url).content.decode()
        assert f'<meta property="og:title" content="{title}">' in page, url
        assert f'<meta name="twitter:title" content="{title}">' in page, url
        assert f'<meta property="og:description" content="{description}' in page, url
        assert f'<meta name="twitter:description" content="{description}' in page, url
    article_page = client.get(article.get_absolute_url()).content.decode()
    assert '<meta property="article:published_time" content="20' in article_page


def test_structured_data_leaves_out_what_is_not_known_rather_than_null(client):
    person = make_person("Awa Ndiaye")  # no bio
    article = make_article("Talks", standfirst="", persons=((person, ""),))

    story = json_ld(client.get(article.get_absolute_url()).content.decode())
    profile = json_ld(client.get(person.get_absolute_url()).content.decode())

    assert "description" not in story and "description" not in profile
    assert None not in story.values() and None not in profile.values()


def test_an_article_from_elsewhere_is_based_on_the_original_in_its_json_ld(client):
    article = make_article(
        source_url="https://www.example.com/africa/dakar-port-1987",
        source_outlet="Reuters",
        source_authors=["Amina Bello"],
        source_language="en",
        source_published=timezone.make_aware(datetime(1987, 5, 12)),
    )

    data = json_ld(client.get(article.get_absolute_url()).content.decode())

    assert data["url"].endswith(article.get_absolute_url())
    assert data["inLanguage"] == "en"
    assert data["isBasedOn"] == {
        "@type": "NewsArticle",
        "url": "https://www.example.com/africa/dakar-port-1987",
        "datePublished": "1987-05-12",
        "publisher": {"@type": "Organization", "name": "Reuters"},
        "author": [{"@type": "Person", "name": "Amina Bello"}],
        "inLanguage": "en",
    }


def test_an_article_with_no_known_original_has_no_based_on_in_its_json_ld(client):
    data = json_ld(client.get(make_article().get_absolute_url()).content.decode())
    assert "isBasedOn" not in data and "inLanguage" not in data
