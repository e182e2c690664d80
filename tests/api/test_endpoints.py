"""The read API's endpoints, through the real HTTP stack and database."""

from datetime import timedelta

import pytest

from tests.factories import make_article, make_person


@pytest.mark.django_db
def test_api_root_lists_every_resource(client):
    body = client.get("/api/").json()
    assert set(body) == {
        "articles",
        "people",
        "programmes",
        "organisations",
        "places",
        "topics",
        "quotes",
    }


def test_article_list_gives_summaries_newest_first_with_cursor_links(client, newsroom):
    older = make_article("Older story")
    older.published_at = newsroom["article"].published_at.replace(year=2020)
    older.save()
    body = client.get("/api/articles/?page_size=1").json()
    [item] = body["results"]
    assert item["title"] == "Border posts reopen"
    assert item["dateline"]["name"] == "Dakar"
    assert [t["name"] for t in item["topics"]] == ["border security"]
    assert item["web_url"] == "http://testserver/articles/border-posts-reopen/"
    assert body["previous"] is None and "cursor=" in body["next"]
    assert [i["title"] for i in client.get(body["next"]).json()["results"]] == ["Older story"]


def test_article_detail_links_its_people_with_roles_records_and_quotes(client, newsroom):
    body = client.get("/api/articles/border-posts-reopen/").json()
    assert body["paragraphs"] == ["First paragraph of the story.", "Second paragraph of the story."]
    assert body["people"] == [
        {
            "person": {
                "name": "Awa Ndiaye",
                "slug": "awa-ndiaye",
                "api_url": "http://testserver/api/people/awa-ndiaye/",
            },
            "role": "Interior Minister",
        }
    ]
    assert [p["name"] for p in body["programmes"]] == ["Safe Borders Initiative (SBI)"]
    assert [o["name"] for o in body["organisations"]] == ["African Union (AU)"]
    assert [p["name"] for p in body["places"]] == ["Dakar"]
    [quote] = body["quotes"]
    assert quote["speaker"]["slug"] == "awa-ndiaye" and not quote["is_fragment"]


def test_a_quotes_speaker_no_published_article_names_has_no_link(client, db):
    speaker = make_person("Unnamed Elsewhere")
    make_article("Quoted story", quotes=((speaker, "A full quote from someone"),))
    [quote] = client.get("/api/articles/quoted-story/").json()["quotes"]
    assert quote["speaker"] == {"name": "Unnamed Elsewhere", "slug": None, "api_url": None}


def test_article_list_takes_the_public_lists_filters(client, newsroom):
    make_article("Unrelated story")
    for query in (
        "tag=border-security",
        "person=awa-ndiaye",
        "programme=safe-borders-initiative-sbi",
        "organisation=african-union",
        "place=dakar",
        "q=reopen",
    ):
        titles = [i["title"] for i in client.get(f"/api/articles/?{query}").json()["results"]]
        assert titles == ["Border posts reopen"], query


def test_a_bad_filter_value_is_a_400_naming_the_field(client, db):
    response = client.get("/api/articles/?published_after=yesterday")
    assert response.status_code == 400 and "published_after" in response.json()


def test_fields_parameter_keeps_only_the_fields_named(client, newsroom):
    [item] = client.get("/api/articles/?fields=slug,title").json()["results"]
    assert item == {"slug": "border-posts-reopen", "title": "Border posts reopen"}


def test_an_unknown_field_is_a_400_listing_the_fields_there_are(client, newsroom):
    response = client.get("/api/articles/?fields=title,secret")
    assert response.status_code == 400
    assert "unknown field(s) secret; choose from slug, title" in response.json()["fields"]


def test_person_detail_has_roles_over_time_and_quotes(client, newsroom):
    later = newsroom["article"].published_at + timedelta(minutes=30)
    make_article("Later", published_at=later, persons=((newsroom["person"], "Prime Minister"),))
    body = client.get("/api/people/awa-ndiaye/").json()
    assert [r["role"] for r in body["roles"]] == ["Prime Minister", "Interior Minister"]
    assert all(r["articles"] == 1 for r in body["roles"])
    assert body["quotes"][0]["article"] == "border-posts-reopen"
    assert body["articles_url"] == "http://testserver/api/articles/?person=awa-ndiaye"


def test_programme_detail_has_standing_partners_and_dates(client, newsroom):
    body = client.get("/api/programmes/safe-borders-initiative-sbi/").json()
    assert body["acronym"] == "SBI" and "standing" in body
    # The partner no published article names is listed, without an address to a 404.
    assert body["partners"] == [
        {"name": "Borderline Trust", "slug": "borderline-trust", "api_url": None}
    ]


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/api/organisations/", "African Union"),
        ("/api/places/", "Dakar"),
        ("/api/topics/", "border security"),
        ("/api/people/", "Awa Ndiaye"),
    ],
)
def test_record_lists_name_the_public_records(client, newsroom, path, name):
    assert [r["name"] for r in client.get(path).json()["results"]] == [name]


def test_records_are_found_by_name_or_acronym(client, newsroom):
    found = client.get("/api/programmes/?search=SBI").json()["results"]
    assert [p["slug"] for p in found] == ["safe-borders-initiative-sbi"]


def test_quotes_filter_by_speaker_and_article(client, newsroom):
    make_article("Other story", quotes=((None, "An unattributed full quote here"),))
    by_speaker = client.get("/api/quotes/?speaker=awa-ndiaye").json()["results"]
    assert [q["article"]["slug"] for q in by_speaker] == ["border-posts-reopen"]
    by_article = client.get("/api/quotes/?article=other-story").json()["results"]
    assert [q["speaker"] for q in by_article] == [None]


def test_search_ranks_published_articles_with_snippets(client, newsroom):
    body = client.get("/api/search/?q=reopen").json()
    assert [h["article"]["slug"] for h in body["results"]] == ["border-posts-reopen"]
    assert "<mark>" in body["results"][0]["snippet_html"].lower()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?q=", "?q=aid&page=0", "?q=aid&page=x"])
def test_search_without_words_or_with_a_bad_page_is_a_400(client, query):
    assert client.get(f"/api/search/{query}").status_code == 400


@pytest.mark.django_db
def test_an_unknown_record_is_a_404(client):
    assert client.get("/api/people/nobody/").status_code == 404
