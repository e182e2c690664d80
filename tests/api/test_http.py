"""The API over HTTP: conditional requests, cache headers, throttling and CORS."""

import pytest

from tests.factories import make_article


def test_responses_carry_an_etag_and_a_matching_request_gets_a_304(client, newsroom):
    first = client.get("/api/articles/")
    assert first.status_code == 200 and first["ETag"]
    again = client.get("/api/articles/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""


def test_article_detail_is_last_modified_at_its_update(client, newsroom):
    response = client.get("/api/articles/border-posts-reopen/")
    assert response["Last-Modified"]
    since = client.get(
        "/api/articles/border-posts-reopen/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]
    )
    assert since.status_code == 304


def test_responses_may_be_cached_publicly_as_the_pages(client, newsroom):
    response = client.get("/api/people/")
    assert "public" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_an_anonymous_client_over_its_rate_gets_429_with_retry_after(
    client, db, settings, file_cache
):
    settings.NEWSROOM_API_ANON_RATE = "3/minute"
    make_article()
    statuses = [client.get("/api/articles/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get("/api/articles/")
    assert int(refused["Retry-After"]) > 0
    assert "throttled" in refused.json()["detail"].lower()


@pytest.mark.django_db
def test_cors_is_off_by_default(client):
    response = client.get("/api/articles/", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.django_db
def test_configured_origins_may_read_the_api_and_only_the_api(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    api = client.get("/api/articles/", HTTP_ORIGIN="https://partner.example")
    assert api["Access-Control-Allow-Origin"] == "https://partner.example"
    page = client.get("/", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in page


@pytest.mark.django_db
def test_the_api_refuses_writes(client):
    assert client.post("/api/articles/", {"title": "x"}).status_code == 405


@pytest.mark.django_db
def test_schema_and_docs_are_served_without_a_cdn(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200 and b"openapi" in schema.content
    docs = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in docs and "cdn" not in docs.lower() and "//unpkg" not in docs


@pytest.mark.django_db
def test_a_nul_character_is_refused_in_json(client):
    response = client.get("/api/people/?search=a%00b")
    assert response.status_code == 400
    assert response.json() == {"detail": "A NUL character is not allowed in an address."}
