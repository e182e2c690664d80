"""Whatever an editor's address holds, the admin's routes with ids and its autocomplete
answer it without a 5xx.

Routes are read from the admin site's URLs, so a new one is tested as soon as it exists.
"""

import re
from urllib.parse import quote

import pytest
from django.contrib import admin
from django.urls import URLResolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import make_article, make_person, make_place
from tests.public.test_arbitrary_input import TEXT

pytestmark = pytest.mark.django_db

SEGMENT = re.compile(r"<(?:\w+:)?\w+>")
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def routes_with_ids(patterns=None, prefix: str = "admin/"):
    """Yield every admin route that takes a value in its path."""
    for pattern in admin.site.get_urls() if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from routes_with_ids(pattern.url_patterns, route)
        elif SEGMENT.search(route):
            yield route


ROUTES = sorted(routes_with_ids())
# (app_label, model_name, field_name) of fields the admin completes
AUTOCOMPLETED = [
    ("articles", "article", "dateline"),
    ("articles", "article", "places"),
    ("articles", "quote", "speaker"),
    ("articles", "mention", "person"),
    ("articles", "program", "partners"),
]


@pytest.fixture
def ids():
    """The ids of an article and its history, as text, for examples to reuse."""
    awa = make_person("Awa Ndiaye")
    article = make_article("Talks", persons=((awa, ""),), places=(make_place("Kaolack"),))
    return [str(article.pk), str(awa.pk), str(article.history.first().history_id)]


def test_the_routes_with_ids_include_the_history_diff_and_preview():
    assert {"admin/articles/article/<record_id:object_id>/preview/"} < set(ROUTES)
    assert any(route.endswith("/diff/") for route in ROUTES)


def test_admin_routes_with_ids_never_answer_arbitrary_ids_with_a_server_error(editor_client, ids):
    values = st.one_of(TEXT, st.sampled_from(ids), st.from_regex(r"[0-9]{1,25}"))

    @FUZZ
    @given(st.sampled_from(ROUTES), st.lists(values, min_size=2, max_size=2))
    def answers(route, given):
        parts = iter(quote(value, safe="") for value in given)
        path = "/" + SEGMENT.sub(lambda _: next(parts), route)
        assert editor_client.get(path).status_code < 500

    answers()


def test_the_autocomplete_never_answers_arbitrary_input_with_a_server_error(editor_client, ids):

    fields = st.one_of(st.sampled_from(AUTOCOMPLETED), st.tuples(TEXT, TEXT, TEXT))
    page = st.one_of(TEXT, st.sampled_from(ids))

    @FUZZ
    @given(fields, st.one_of(TEXT, st.just("awa")), st.one_of(st.none(), page))
    def answers(field, term, page):
        query = dict(zip(("app_label", "model_name", "field_name"), field, strict=True))
        query |= {"term": term} | ({"page": page} if page is not None else {})
        assert editor_client.get("/admin/autocomplete/", query).status_code < 500

    answers()
