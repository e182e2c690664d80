"""PageCacheFront: cached pages served in front of Django, through the real WSGI app."""

from wsgiref.util import setup_testing_defaults

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from articles.caching import bump_content_version
from articles.models import Article
from newsroom.wsgi import application
from tests.factories import make_article

pytestmark = pytest.mark.django_db


class Answer:
    """What the WSGI app answered, and whether Django's handler ran to answer it."""

    def __init__(self, path="/", **environ):
        environ = {"PATH_INFO": path, **environ}
        setup_testing_defaults(environ)
        started = []

        def count(**kwargs):
            started.append(True)

        # As Django's test client does: the test's transaction keeps its connection.
        for signal in (request_started, request_finished):
            signal.disconnect(close_old_connections)
        request_started.connect(count)
        try:
            body = application(environ, self.start_response)
            self.content = b"".join(body)
            getattr(body, "close", lambda: None)()
        finally:
            request_started.disconnect(count)
            for signal in (request_started, request_finished):
                signal.connect(close_old_connections)
        self.by_django = bool(started)

    def start_response(self, status, headers, exc_info=None):
        self.status, self.headers = int(status.split()[0]), dict(headers)


@pytest.fixture
def hosts(settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]


def test_a_page_django_rendered_is_served_again_without_django_with_every_header(page_cache, hosts):
    make_article("Talks")
    first = Answer()

    again = Answer()

    assert first.by_django and not again.by_django
    assert (again.status, again.content) == (200, first.content)
    assert again.headers == first.headers
    assert again.headers["X-Frame-Options"] == "DENY"  # from middleware below the cache
    assert again.headers["X-Content-Type-Options"] == "nosniff"
    assert b"Talks" in again.content


def test_a_change_of_content_is_rendered_by_django_at_once(page_cache, hosts):
    make_article("Talks")
    Answer()
    Article.objects.update(title="Talks resume")
    bump_content_version()

    again = Answer()

    assert again.by_django and b"Talks resume" in again.content


@pytest.mark.parametrize(
    "request_environ",
    [
        {"REQUEST_METHOD": "POST"},
        {"REQUEST_METHOD": "HEAD"},
        {"HTTP_IF_NONE_MATCH": '"anything"'},  # Django decides 200 or 304
    ],
)
def test_requests_not_a_plain_readers_get_go_to_django(page_cache, hosts, request_environ):
    make_article("Talks")
    Answer()

    assert Answer(**request_environ).by_django


def test_a_request_with_a_session_cookie_gets_the_live_page(page_cache, hosts):
    make_article("Talks")
    Answer()
    Article.objects.update(title="Edited quietly")  # no signal: the cached page stays

    staff = Answer(HTTP_COOKIE="sessionid=anything")  # maybe signed-in staff

    assert staff.by_django and b"Edited quietly" in staff.content
    assert b"Edited quietly" not in Answer().content


def test_static_files_are_left_to_whitenoise(page_cache, hosts):
    assert Answer("/static/css/site.css").by_django


def test_a_host_the_site_does_not_serve_is_refused_by_django(page_cache, hosts):
    make_article("Talks")
    Answer()

    refused = Answer(HTTP_HOST="evil.example")

    assert refused.by_django and refused.status == 400


def test_with_the_page_cache_off_every_page_is_django_s(settings, hosts):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    make_article("Talks")
    Answer()

    assert Answer().by_django


def test_a_parameter_the_page_does_not_read_is_served_the_cached_page(page_cache, hosts):
    make_article("Talks")
    first = Answer(QUERY_STRING="utm_source=mail")

    again = Answer(QUERY_STRING="utm_source=feed&x=1")

    assert first.by_django and not again.by_django and again.content == first.content
    assert Answer(QUERY_STRING="q=talks").by_django  # the list reads ?q=


def test_a_query_of_too_many_parameters_is_refused_by_django(page_cache, hosts):
    make_article("Talks")
    Answer()

    refused = Answer(QUERY_STRING="&".join(f"x{n}=1" for n in range(1001)))

    assert refused.by_django and refused.status == 400
