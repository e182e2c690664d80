"""Whatever a reader's address holds, every public route answers it without a 5xx.

Routes are read from the URLconf, so a new one is tested as soon as it exists; each is
sent arbitrary text in every path segment and in every query parameter its view reads
(CachedPageMixin.query_parameters, or READS below for the views that are not cached
pages), and in one it does not read, with the page cache and memos off and on.
"""

import re
from urllib.parse import quote

import pytest
from django.urls import URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.caching import CachedPageMixin
from tests.factories import make_article, make_organization, make_person, make_place, make_program

pytestmark = pytest.mark.django_db

# Any character, and often one that has broken a page: NUL (PostgreSQL's text cannot
# hold it), digits int() reads or refuses, bidirectional controls, quotes, markup; no
# lone surrogates, which no URL can carry.
TEXT = st.text(
    st.one_of(st.characters(codec="utf-8"), st.sampled_from("\x00²١\u202e'\"<%/.")), max_size=30
)

# What the public views that are not cached pages read of their query.
READS = {
    "sitemap": ("p",),  # django.contrib.sitemaps' page
    "robots": (),
    "graph-snapshot": (),
    **{
        f"{kind}-{format}": ()
        for kind in ("feed", "tag-feed", "person-feed", "program-feed")
        for format in ("rss", "atom")
    },
}
CONVERTERS = {"slug": r"[-a-zA-Z0-9_]+", "int": r"[0-9]+"}
SEGMENT = re.compile(r"<(\w+):(\w+)>")
SLUGS = ["awa-ndiaye", "safe-borders", "open-agency", "kaolack", "borders", "talks"]
VALUES = ["2026-03-02", "1", "2", "0", "-1", *SLUGS]


def public_routes(patterns=None, prefix: str = ""):
    """Yield (route, name, view) of every route outside the admin and the API (whose
    every operation schemathesis sends arbitrary input, tests/api/test_schema.py)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if route not in ("admin/", "api/"):
                yield from public_routes(pattern.url_patterns, route)
        else:
            yield route, pattern.name, pattern.callback


def parameters_read(name: str, view) -> tuple[str, ...]:
    """Return the query parameters a public route's view reads."""
    page = getattr(view, "view_class", None)
    if page is not None and issubclass(page, CachedPageMixin):
        return page.query_parameters
    return READS[name]


ROUTES = sorted(public_routes())


@pytest.fixture
def records():
    awa = make_person("Awa Ndiaye")
    make_article(
        "Talks",
        persons=((awa, "Minister"),),
        quotes=((awa, "We will talk."),),
        programs=(make_program("Safe Borders"),),
        organizations=(make_organization("Open Agency"),),
        places=(make_place("Kaolack"),),
        tags=("borders",),
    )


@pytest.fixture(params=["caches off", "caches on"])
def caching(request):
    if request.param == "caches on":
        request.getfixturevalue("page_cache")
        request.getfixturevalue("memo")


def any_text(values: list[str]):
    """Arbitrary text, and now and then a value a page knows."""
    return st.one_of(TEXT, st.sampled_from(values))


def addresses(route: str, reads: tuple[str, ...]):
    """Return a strategy of (path, query) for route, arbitrary in every part."""
    segments = [
        st.one_of(any_text(SLUGS), st.from_regex(CONVERTERS[kind], fullmatch=True))
        for kind, _ in SEGMENT.findall(route)
    ]
    query = st.fixed_dictionaries(
        {name: st.lists(any_text(VALUES), max_size=3) for name in reads},
        optional={"unread": st.dictionaries(TEXT.filter(bool), TEXT)},
    )
    return st.tuples(st.tuples(*segments), query)


def path_of(route: str, values: tuple[str, ...]) -> str:
    parts = iter(quote(value, safe="") for value in values)
    return "/" + SEGMENT.sub(lambda _: next(parts), route)


def test_every_public_route_is_a_cached_page_or_says_what_it_reads():
    unknown = [name for _, name, view in ROUTES if not parameters_read_or_none(name, view)]
    assert unknown == [], "add the parameters these views read to READS"


def parameters_read_or_none(name, view):
    try:
        return parameters_read(name, view) is not None
    except KeyError:
        return False


@pytest.mark.parametrize("route, name, view", ROUTES, ids=[name for _, name, _ in ROUTES])
def test_a_public_route_never_answers_arbitrary_input_with_a_server_error(
    client, records, caching, route, name, view
):
    @settings(
        max_examples=8,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(addresses(route, parameters_read(name, view)))
    def answers(address):
        values, query = address
        data = {**query.pop("unread", {}), **query}
        response = client.get(path_of(route, values), data)
        assert response.status_code < 500

    answers()
