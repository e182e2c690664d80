"""Each endpoint's queries, pinned at two archive sizes: they do not grow with it."""

import pytest
from django.db import connection

from tests.factories import (
    make_article,
    make_organization,
    make_person,
    make_place,
    make_program,
)


@pytest.fixture(params=[3, 30], ids=["3 articles", "30 articles"])
def archive(request, db, django_capture_on_commit_callbacks):
    """Articles each naming its own person, programme, organisation, place and topic,
    with a quote; the first person is named in all of them."""
    first = make_person("Awa Ndiaye")
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(request.param):
            program = make_program(f"Programme {n}")
            program.partners.add(make_organization(f"Partner {n}"))
            make_article(
                f"Story {n}",
                tags=(f"topic {n}", "common"),
                persons=((first, f"Role {n}"), (make_person(f"Person {n}"), "Envoy")),
                quotes=((first, f"A full quote number {n} said aloud"),),
                programs=(program,),
                organizations=(make_organization(f"Agency {n}"),),
                places=(make_place(f"Town {n}"),),
                dateline=make_place(f"Dateline {n}"),
            )
    return request.param


# the ranked hits (and, on SQLite, their articles); the hits' summaries; their topics
SEARCH = 4 if connection.vendor == "sqlite" else 3
BUDGETS = [
    # articles with their datelines; their topics
    ("/api/articles/", 2),
    ("/api/articles/?tag=common&person=awa-ndiaye", 2),
    # the article; its topics, mentions with people, programmes, organisations, places,
    # quotes with speakers (and whether each has a page)
    ("/api/articles/story-1/", 7),
    # a page of people; their count
    ("/api/people/", 2),
    # the person; roles over time; newest quotes with their articles
    ("/api/people/awa-ndiaye/", 3),
    # a page of programmes; their count; their partners (and whether each has a page)
    ("/api/programmes/", 3),
    ("/api/programmes/programme-1/", 2),
    ("/api/organisations/", 2),
    ("/api/places/", 2),
    ("/api/topics/", 2),
    # a page of quotes with speakers and articles
    ("/api/quotes/", 1),
    ("/api/search/?q=story", SEARCH),
]


@pytest.mark.parametrize(("path", "queries"), BUDGETS)
def test_each_endpoint_costs_the_same_queries_at_any_size(
    client, archive, django_assert_num_queries, path, queries
):
    with django_assert_num_queries(queries):
        assert client.get(path).status_code == 200
