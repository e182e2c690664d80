"""No unpublished article, nor a record only it names, reaches any public surface.

One published story and one hidden story (draft, in review, archived or scheduled) share
a person, a programme and a topic; the hidden one also names records of its own. Every
public surface is read, with caches off and with the page cache and memos on.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_organization, make_person, make_place, make_program

pytestmark = pytest.mark.django_db

# Each with a publication time already past but the scheduled one: the status alone hides it.
PAST = timezone.now() - timedelta(hours=2)
HIDDEN = {
    "draft": {"status": Article.Status.DRAFT, "published_at": PAST},
    "review": {"status": Article.Status.IN_REVIEW, "published_at": PAST},
    "archived": {"status": Article.Status.ARCHIVED, "published_at": PAST},
    "scheduled": {"published_at": timezone.now() + timedelta(days=1)},
}
SECRETS = (
    "Secret story",
    "secret words",
    "Hidden Person",
    "Hidden Programme",
    "hidden topic",
    "Hidden Agency",
    "Hiddenville",
    "hidden-topic",
    "hidden-person",
    "hidden-programme",
    "hidden-agency",
    "hiddenville",
    "Hidden Dateline",
    "hidden-dateline",
    "secret-story",
)


@pytest.fixture(params=["caches off", "caches on"])
def caching(request, settings):
    if request.param == "caches on":
        request.getfixturevalue("page_cache")
        request.getfixturevalue("memo")


def make_stories(**hidden_fields) -> tuple[Article, Article]:
    """Return the open story and the secret one, made with hidden_fields."""
    shared_person, shared_program = make_person("Awa Ndiaye"), make_program("Open Programme")
    place, agency = make_place("Kaolack"), make_organization("Open Agency")
    public = make_article(
        "Open story",
        body="Talks on secret matters resumed.",
        persons=((shared_person, "Minister"),),
        programs=(shared_program,),
        organizations=(agency,),
        places=(place,),
        tags=("shared topic",),
    )
    hidden = make_article(
        "Secret story",
        body="Secret plans.",
        persons=((shared_person, "Hidden role"), (make_person("Hidden Person"), "Envoy")),
        quotes=((shared_person, "secret words"),),
        programs=(shared_program, make_program("Hidden Programme")),
        organizations=(make_organization("Hidden Agency"),),
        places=(make_place("Hiddenville"),),
        dateline=make_place("Hidden Dateline"),
        tags=("shared topic", "hidden topic"),
        **hidden_fields,
    )
    return public, hidden


@pytest.fixture(params=list(HIDDEN))
def stories(request, caching, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the search index
        return make_stories(**HIDDEN[request.param])


def secrets_shown(client, public: Article) -> dict[str, list[str]]:
    """Return, by address, what of the secret story each public surface shows."""
    shown = {}
    for url in public_surfaces(public):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        if found := [secret for secret in SECRETS if secret in page]:
            shown[url] = found
    return shown


def public_surfaces(public: Article) -> list[str]:
    person, program = public.persons.get(), public.programs.get()
    now = timezone.localtime()
    return [
        "/",
        "/?tag=shared-topic",
        f"/?person={person.slug}&programme={program.slug}",
        "/?q=secret",
        public.get_absolute_url(),  # its related articles
        person.get_absolute_url(),  # roles, quotes, programmes, articles
        program.get_absolute_url(),  # people, articles
        public.organizations.get().get_absolute_url(),
        public.places.get().get_absolute_url(),
        "/tags/shared-topic/",
        f"/archive/{now.year}/{now.month:02}/",
        "/search/?q=secret",
        "/feeds/rss/",
        "/feeds/atom/",
        "/feeds/tags/shared-topic/rss/",
        f"/feeds/people/{person.slug}/atom/",
        f"/feeds/programmes/{program.slug}/rss/",
        "/sitemap.xml",
    ]


def hidden_pages(hidden: Article) -> list[str]:
    person = hidden.persons.get(name="Hidden Person")
    program = hidden.programs.get(name="Hidden Programme")
    return [
        hidden.get_absolute_url(),
        person.get_absolute_url(),
        program.get_absolute_url(),
        hidden.organizations.get().get_absolute_url(),
        hidden.places.get().get_absolute_url(),
        hidden.dateline.get_absolute_url(),
        "/tags/hidden-topic/",
        "/feeds/tags/hidden-topic/rss/",
        f"/feeds/people/{person.slug}/rss/",
        f"/feeds/programmes/{program.slug}/atom/",
    ]


def test_no_public_surface_shows_the_hidden_article_or_its_own_records(client, stories):
    public, _ = stories
    assert secrets_shown(client, public) == {}
    assert "Hidden role" not in client.get(public.persons.get().get_absolute_url()).content.decode()


@pytest.mark.parametrize("kind", list(HIDDEN))
def test_an_article_taken_off_the_site_leaves_every_cached_surface_at_once(
    client, page_cache, memo, kind, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        public, hidden = make_stories()  # both published
    assert "/" in secrets_shown(client, public)  # pages and memos now hold the story

    with django_capture_on_commit_callbacks(execute=True):
        for field, value in HIDDEN[kind].items():
            setattr(hidden, field, value)
        hidden.save()

    assert secrets_shown(client, public) == {}


def test_the_hidden_article_and_the_records_only_it_names_have_no_page(client, stories):
    _, hidden = stories
    for url in hidden_pages(hidden):
        assert client.get(url).status_code == 404, url


def test_facet_counts_count_published_articles_only(client, stories):
    page = client.get("/").content.decode()

    for name in ("shared topic", "Awa Ndiaye", "Open Programme"):
        assert f'>{name}</a> <span class="count">(1)</span>' in page, name


@pytest.mark.parametrize(
    "name, slug",
    [
        ("organisation", "hidden-agency"),
        ("person", "hidden-person"),
        ("programme", "hidden-programme"),
        ("place", "hiddenville"),
        ("place", "hidden-dateline"),
        ("tag", "hidden-topic"),
    ],
)
def test_filtering_by_a_record_only_the_hidden_article_names_shows_its_slug_not_its_name(
    client, stories, name, slug
):
    page = client.get("/", {name: slug}).content.decode()

    assert f": {slug} <a" in page  # the filter in use, as typed
    assert [secret for secret in SECRETS if secret in page and secret != slug] == []


def test_a_filter_naming_no_record_shows_what_was_typed_escaped(client, stories):
    page = client.get("/", {"organisation": "<b>Agency</b>"}).content.decode()

    assert "Organisation: &lt;b&gt;Agency&lt;/b&gt; <a" in page and "<b>Agency" not in page
