"""Every page is sent with a strict Content-Security-Policy and a Permissions-Policy, and
holds nothing inline that its policy does not allow by hash."""

import base64
import hashlib
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache

from articles.models import Article
from tests.factories import make_article, make_organization, make_person, make_place, make_program

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
DENIED_FEATURES = ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def policy(response) -> dict[str, list[str]]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: sources for name, *sources in directives}


class InlineContent(HTMLParser):
    """What an HTML page holds inline: scripts without src, style elements and attributes,
    event handler attributes."""

    def __init__(self):
        super().__init__()
        self.scripts, self.styles, self.style_attributes, self.handlers = [], [], [], []
        self.open = None  # (tag, attributes) of the script or style being read

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.handlers += [name for name in attributes if name.startswith("on")]
        if "style" in attributes:
            self.style_attributes.append(attributes["style"])
        if tag == "style" or (tag == "script" and "src" not in attributes):
            self.open = (tag, attributes, [])

    def handle_data(self, data):
        if self.open:
            self.open[2].append(data)

    def handle_endtag(self, tag):
        if self.open and tag == self.open[0]:
            kind, attributes, text = self.open
            target = self.scripts if kind == "script" else self.styles
            target.append((attributes.get("type"), "".join(text)))
            self.open = None


def inline_content(response) -> InlineContent:
    found = InlineContent()
    found.feed(response.content.decode())
    return found


def assert_strict_and_allowing_only_what_the_page_holds(response) -> None:
    directives = policy(response)
    for name, sources in STRICT.items():
        assert directives[name][: len(sources)] == sources, (name, directives[name])
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    for feature in DENIED_FEATURES:
        assert feature in response["Permissions-Policy"]
    if not response["Content-Type"].startswith("text/html"):
        return
    found = inline_content(response)
    assert found.handlers == []
    for kind, text in found.scripts:
        assert kind == "application/ld+json"  # data, never code
        assert sha256_source(text) in directives["script-src"]
    for _, text in found.styles:
        assert sha256_source(text) in directives.get("style-src", [])
    for text in found.style_attributes:
        assert sha256_source(text) in directives.get("style-src-attr", [])


@pytest.fixture
def page_cache(settings, tmp_path):
    """Readers' pages cached, in a fresh file cache as in production."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        }
    }
    cache.clear()
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60


@pytest.fixture
def story() -> Article:
    person = make_person("Awa Ndiaye")
    return make_article(
        "Border talks",
        persons=((person, "Minister of the Interior"),),
        quotes=((person, "We will act now"),),
        programs=(make_program("Safe Borders Programme"),),
        organizations=(make_organization("African Union"),),
        places=(make_place("Kaolack"),),
        tags=("border security",),
        standfirst="Ministers meet </script><script>alert(1)</script>",
    )


def public_pages(article: Article) -> list[str]:
    when = article.published_at
    return [
        "/",
        "/?tag=border-security",
        article.get_absolute_url(),
        article.persons.get().get_absolute_url(),
        article.programs.get().get_absolute_url(),
        article.organizations.get().get_absolute_url(),
        article.places.get().get_absolute_url(),
        "/tags/border-security/",
        "/search/?q=border",
        f"/archive/{when.year}/{when.month}/",
        "/feeds/rss/",
        "/feeds/atom/",
        "/sitemap.xml",
        "/robots.txt",
        "/admin/login/",
    ]


def test_every_public_page_type_sends_the_policies_and_holds_nothing_else_inline(client, story):
    for path in public_pages(story):
        response = client.get(path)

        assert response.status_code == 200, path
        assert_strict_and_allowing_only_what_the_page_holds(response)


def test_admin_pages_send_the_policies_and_hold_nothing_else_inline(client, story):
    client.force_login(User.objects.create_superuser("boss"))
    story.title = "Border talks resume"
    story.save()
    history = story.history.order_by("-history_id").first()
    pages = [
        "/admin/",
        "/admin/articles/article/",
        f"/admin/articles/article/{story.pk}/change/",
        f"/admin/articles/article/{story.pk}/preview/",
        f"/admin/articles/article/{story.pk}/history/",
        f"/admin/articles/article/{story.pk}/history/{history.history_id}/diff/",
        "/admin/articles/person/",
        "/admin/axes/accessattempt/",
    ]
    for path in pages:
        response = client.get(path)

        assert response.status_code == 200, path
        assert_strict_and_allowing_only_what_the_page_holds(response)


def test_the_json_ld_of_article_and_person_pages_is_allowed_by_its_own_hash(client, story):
    for path in [story.get_absolute_url(), story.persons.get().get_absolute_url()]:
        response = client.get(path)

        [(kind, text)] = inline_content(response).scripts
        assert kind == "application/ld+json" and '"@context"' in text
        assert sha256_source(text) in policy(response)["script-src"]


def test_a_cached_page_is_served_with_the_policy_it_was_rendered_with(client, story, page_cache):
    first = client.get(story.get_absolute_url())
    Article.objects.filter(pk=story.pk).update(title="Changed without a signal")

    again = client.get(story.get_absolute_url())

    assert again.content == first.content  # from the cache
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert_strict_and_allowing_only_what_the_page_holds(again)


def test_a_missing_page_sends_the_policies(client):
    response = client.get("/articles/no-such-article/")

    assert response.status_code == 404
    assert_strict_and_allowing_only_what_the_page_holds(response)


def test_the_lockout_page_sends_the_policies(client, settings):
    settings.AXES_FAILURE_LIMIT = 1
    settings.NEWSROOM_LOGIN_FAILURE_LIMITS = [1, *settings.NEWSROOM_LOGIN_FAILURE_LIMITS[1:]]
    response = client.post("/admin/login/", {"username": "ada", "password": "wrong"})

    assert response.status_code == 429
    assert_strict_and_allowing_only_what_the_page_holds(response)


@pytest.mark.urls("tests.public.urls_failing")
def test_the_error_page_s_own_style_is_allowed_by_its_hash(client):
    client.raise_request_exception = False

    response = client.get("/failing/")

    assert response.status_code == 500
    assert len(inline_content(response).styles) == 1
    assert_strict_and_allowing_only_what_the_page_holds(response)
