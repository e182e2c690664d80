"""Public pages through the real HTTP stack: what readers see, and what they never see."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_organization, make_person, make_place, make_program
from tests.public.page_types import every_page_type

pytestmark = pytest.mark.django_db

HIDDEN = [
    {"status": Article.Status.DRAFT},
    {"status": Article.Status.IN_REVIEW},
    {"status": Article.Status.ARCHIVED, "published_at": timezone.now() - timedelta(days=3)},
    {"published_at": timezone.now() + timedelta(days=1)},  # scheduled
]


ORIGINAL = {
    "source_url": "https://www.example.com/africa/dakar-port-1987",
    "source_outlet": "Reuters",
    "source_authors": ["Amina Bello", "Kofi Mensah"],
    "source_language": "en-GB",
    "source_published": timezone.make_aware(datetime(1987, 5, 12)),
}


def make_story(n: int = 0, **fields) -> Article:
    person = make_person(f"Awa Ndiaye {n}")
    return make_article(
        f"Border talks {n}",
        persons=((person, "Minister of the Interior"),),
        quotes=((person, f"We will act now {n}"),),
        programs=(make_program(f"Safe Borders Programme {n}", acronym="SBP", phase=2),),
        organizations=(make_organization(f"African Union {n}"),),
        places=(make_place(f"Kaolack {n}"),),
        tags=("border security",),
        **fields,
    )


def test_published_article_shows_people_roles_programmes_and_quotes(client):
    article = make_story()

    page = client.get(article.get_absolute_url()).content.decode()

    assert "<h1>Border talks 0</h1>" in page
    assert "Awa Ndiaye 0</a>, Minister of the Interior" in page
    assert "Safe Borders Programme 0 (SBP), phase 2" in page
    assert "<blockquote>We will act now 0</blockquote>" in page
    assert "border security" in page


@pytest.mark.parametrize("fields", HIDDEN, ids=["draft", "review", "archived", "scheduled"])
def test_unpublished_articles_are_404_and_absent_from_every_list(client, fields):
    article = make_story(**fields)
    person, program = article.persons.get(), article.programs.get()

    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(person.get_absolute_url()).status_code == 404
    assert client.get(program.get_absolute_url()).status_code == 404
    assert client.get(article.places.get().get_absolute_url()).status_code == 404
    assert "Border talks" not in client.get("/").content.decode()
    assert "Border talks" not in client.get("/tags/border-security/").content.decode()


def test_an_article_links_a_speaker_or_dateline_only_where_it_has_a_page(
    client, django_assert_num_queries
):
    elsewhere, nowhere = make_person("Named Elsewhere"), make_person("Named Nowhere")
    public_town, private_town = make_place("Kaolack"), make_place("Thies")
    make_article("Other story", persons=((elsewhere, ""),), places=(public_town,))
    make_article("Draft", status=Article.Status.DRAFT, persons=((nowhere, ""),))
    quoted = make_article(
        "Quoted", dateline=public_town, quotes=((elsewhere, "Yes"), (nowhere, "No"))
    )
    unlisted = make_article("Datelined", dateline=private_town)

    # The article's 7 queries (it shares nothing to rank related articles by), and one
    # each for the speakers and the dateline it names nowhere else.
    with django_assert_num_queries(9):
        page = client.get(quoted.get_absolute_url()).content.decode()
    other = client.get(unlisted.get_absolute_url()).content.decode()

    assert f'<a href="{elsewhere.get_absolute_url()}">Named Elsewhere</a>' in page
    assert "<figcaption>Named Nowhere</figcaption>" in page
    assert f'<a href="{public_town.get_absolute_url()}">Kaolack</a>' in page
    assert 'class="meta">Thies · ' in other and private_town.get_absolute_url() not in other
    assert client.get(elsewhere.get_absolute_url()).status_code == 200
    assert client.get(nowhere.get_absolute_url()).status_code == 404


def test_person_page_lists_roles_quotes_programmes_and_published_articles_only(client):
    article = make_story()
    person = article.persons.get()
    make_article(
        "Secret draft",
        status=Article.Status.DRAFT,
        persons=((person, "Leaked role"),),
        quotes=((person, "Leaked quote"),),
    )

    page = client.get(person.get_absolute_url()).content.decode()

    assert "Minister of the Interior" in page and "We will act now 0" in page
    assert "Safe Borders Programme 0" in page and "Border talks 0" in page
    assert "Leaked" not in page and "Secret draft" not in page


def test_person_page_gives_each_role_once_newest_first_with_when_and_how_often(client):
    person = make_person("Awa Ndiaye")
    dates = [timezone.make_aware(timezone.datetime(2025, month, 5)) for month in (1, 3, 6)]
    make_article(persons=((person, "Mayor of Thies"),), published_at=dates[0])
    for when in dates[1:]:
        make_article(persons=((person, "Minister of the Interior"),), published_at=when)
    make_article(persons=((person, "Prime Minister"),), status=Article.Status.DRAFT)

    page = client.get(person.get_absolute_url())

    roles = [(r.title, r.articles) for r in page.context["roles"]]
    assert roles == [("Minister of the Interior", 2), ("Mayor of Thies", 1)]
    html = page.content.decode()
    assert (
        'Minister of the Interior <span class="meta">(March 2025 to June 2025; 2 articles)' in html
    )
    assert 'Mayor of Thies <span class="meta">(January 2025; 1 article)' in html
    assert "Prime Minister" not in html


def test_person_page_sets_the_current_roles_apart_from_earlier_ones(client):
    person = make_person("Awa Ndiaye")
    dates = [timezone.make_aware(timezone.datetime(2025, month, 5)) for month in (1, 6)]
    make_article(persons=((person, "Mayor of Thies"),), published_at=dates[0])
    make_article(persons=((person, "Minister of the Interior"),), published_at=dates[1])

    html = client.get(person.get_absolute_url()).content.decode()

    current = html.split('class="roles-current">')[1].split("</ul>")[0]
    earlier = html.split('class="roles-earlier">')[1].split("</ul>")[0]
    assert "Minister of the Interior" in current and "Mayor of Thies" not in current
    assert "Mayor of Thies" in earlier and "Minister of the Interior" not in earlier


def test_programme_page_shows_its_facts_and_people(client):
    article = make_story()
    program = article.programs.get()
    program.focus_areas = ["training", "equipment"]
    program.save()
    program.partners.add(make_organization("European Union"))

    page = client.get(program.get_absolute_url()).content.decode()

    assert "<dd>SBP</dd>" in page and "<dd>2</dd>" in page and "European Union" in page
    assert "<li>training</li>" in page and "Awa Ndiaye 0" in page


def test_programme_page_shows_where_the_programme_stands_today(client):
    program = make_story().programs.get()
    today = timezone.localdate()
    for starts_on, ends_on, shown in [
        (today - timedelta(days=300), today + timedelta(days=30), "Ending soon"),
        (today - timedelta(days=300), today - timedelta(days=1), "Ended"),
        (today + timedelta(days=3), None, "Upcoming"),
    ]:
        program.starts_on, program.ends_on = starts_on, ends_on
        program.save()

        page = client.get(program.get_absolute_url()).content.decode()

        assert '<dt>Status</dt><dd class="standing' in page
        assert f">{shown}</dd>" in page, shown


def test_imported_and_edited_text_is_escaped_on_every_page_and_feed(client):
    # Each field a reader can see carries its own payload, so a miss names the field.
    def payload(field: str) -> str:
        return f'<img src=x onerror="{field}()">'

    person = make_person(payload("person"), bio=payload("bio"))
    program = make_program(
        payload("programme"),
        description=payload("description"),
        focus_areas=[payload("focus")],
    )
    program.partners.add(make_organization(payload("partner")))
    place = make_place(payload("place"))
    article = make_article(
        payload("title"),
        standfirst=payload("standfirst"),
        body=f"{payload('body')} searchable words.",
        dateline=place,
        persons=((person, payload("role")),),
        quotes=((person, payload("quote")),),
        programs=(program,),
        organizations=(make_organization(payload("organisation")),),
        places=(place,),
        tags=(payload("tag"),),
        source_outlet=payload("outlet"),
        source_authors=[payload("author")],
        source_url=f"https://example.com/?q={payload('url')}",
    )
    tag = article.tags.get()
    when = timezone.localtime(article.published_at)
    urls = [
        "/",
        f"/?person={person.slug}",
        article.get_absolute_url(),
        person.get_absolute_url(),
        program.get_absolute_url(),
        article.organizations.get().get_absolute_url(),
        place.get_absolute_url(),
        f"/tags/{tag.slug}/",
        f"/archive/{when.year}/{when.month:02}/",
        f"/search/?q=searchable&x={payload('query')}",
        "/feeds/rss/",
        f"/feeds/people/{person.slug}/atom/",
        "/sitemap.xml",
    ]
    for url in urls:
        page = client.get(url).content.decode()
        assert "<img" not in page, url
    article_page = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;img src=x onerror=&#34;quote()&#34;&gt;" in article_page
    assert "&lt;img src=x onerror=&#34;role()&#34;&gt;" in article_page
    assert "&lt;img src=x onerror=&#34;outlet()&#34;&gt;" in article_page


def test_every_page_type_renders_every_value_it_names(client):
    """Each page type renders whole; tests/conftest.py fails a test whose pages use a name
    their view did not give, and such a name printed would show as "{{ name }}"."""
    article = make_story(published_at=timezone.now() - timedelta(hours=2))
    make_story(1)
    urls = every_page_type(article)
    for url in urls:
        response = client.get(url)
        page = response.content.decode()
        assert response.status_code == (404 if url == "/no-such-page/" else 200), url
        assert "{{" not in page and "{%" not in page, url
        assert page.count("<h1>") == 1 and "</html>" in page, url


def test_home_is_paginated_newest_first(client):
    for n in range(25):
        make_article(f"Story {n:02}", published_at=timezone.now() - timedelta(hours=25 - n))

    first = client.get("/").content.decode()
    second = client.get("/?page=2").content.decode()

    assert first.index("Story 24") < first.index("Story 23")
    assert "Story 04" not in first and "Story 04" in second


@pytest.mark.parametrize("count", [3, 30])
def test_page_query_counts_do_not_grow_with_items(client, django_assert_num_queries, count):
    articles = [make_story(n) for n in range(count)]
    person = articles[0].persons.get()
    for article in articles[1:]:
        article.mentions.create(person=person, role="Minister", position=5)
    Article.objects.filter(pk=articles[0].pk).update(**ORIGINAL)  # on the article's row
    story = articles[0].get_absolute_url()
    month = timezone.localtime(articles[0].published_at)
    # Each budget is the page's queries exactly, at 3 articles as at 30.
    urls = {
        # total, page of articles, its people, its topics; facets: topics, people,
        # programmes, organisations, places; months of the archive
        "/": 10,
        # the same with the filtered total and page, by exact filters and by text and date
        f"/?tag=border-security&person={person.slug}": 10,
        "/?q=border&published_after=2020-01-01": 10,
        # article with its dateline, people, quotes, programmes, organisations, places,
        # topics; related articles
        story: 8,
        "/tags/border-security/": 5,  # topic, total, page of articles, people, topics
        # person, roles, newest articles, their quotes, programmes; the articles' people
        # and topics
        person.get_absolute_url(): 7,
        # programme, its people, partners, newest articles, their people and topics
        articles[0].programs.get().get_absolute_url(): 6,
        # the record, its newest articles, their people and topics
        articles[0].organizations.get().get_absolute_url(): 4,
        articles[0].places.get().get_absolute_url(): 4,
        # any article that month, its days, the months before and after, total, page of
        # articles, their people and topics
        f"/archive/{month.year}/{month.month:02}/": 8,
    }
    for url, budget in urls.items():
        with django_assert_num_queries(budget):
            assert client.get(url).status_code == 200


def test_month_archive_lists_that_months_published_articles_only(client):
    make_article("March story", published_at=timezone.make_aware(timezone.datetime(2025, 3, 9)))
    make_article("April story", published_at=timezone.make_aware(timezone.datetime(2025, 4, 2)))
    make_article(
        "March draft",
        status=Article.Status.DRAFT,
        published_at=timezone.make_aware(timezone.datetime(2025, 3, 10)),
    )

    page = client.get("/archive/2025/03/").content.decode()

    assert "March story" in page and "April story" not in page and "March draft" not in page
    assert 'href="/archive/2025/04/"' in page
    assert client.get("/archive/2024/01/").status_code == 404
    assert 'href="/archive/2025/03/"' in client.get("/").content.decode()


def test_person_page_shows_the_newest_articles_and_links_to_all_of_them(client):
    person = make_person("Awa Ndiaye")
    for n in range(25):
        make_article(
            f"Story {n:02}",
            persons=((person, ""),),
            published_at=timezone.now() - timedelta(hours=30 - n),
        )

    page = client.get(person.get_absolute_url()).content.decode()

    assert "Story 24" in page and "Story 04" not in page
    assert f'href="/?person={person.slug}"' in page


@pytest.mark.urls("tests.public.urls_failing")
def test_an_unexpected_error_is_answered_with_the_styled_500_page(client):
    client.raise_request_exception = False

    response = client.get("/failing/")

    page = response.content.decode()
    assert response.status_code == 500
    assert "<h1>Something went wrong</h1>" in page and 'href="/">Back to the latest news' in page
    assert '<header><a href="/">Newsroom</a></header>' in page and "<style>" in page
    assert "RuntimeError" not in page and "Traceback" not in page


def test_an_article_first_published_elsewhere_says_when_and_by_whom_and_links_it(client):
    article = make_story(**ORIGINAL)

    page = client.get(article.get_absolute_url()).content.decode()

    assert (
        '<p class="source">First published <time datetime="1987-05-12">12 May 1987</time> by '
        '<a href="https://www.example.com/africa/dakar-port-1987" rel="noopener">Reuters</a>, '
        "written by Amina Bello and Kofi Mensah.</p>"
    ) in page
    assert '<article class="story" lang="en-GB">' in page


def test_a_source_that_gave_the_time_shows_it_in_the_sites_time_zone(client, settings):
    settings.TIME_ZONE = "Africa/Lagos"
    moment = timezone.make_aware(datetime(2016, 3, 3, 8, 5), timezone.get_fixed_timezone(0))
    article = make_story(source_published=moment, source_published_has_time=True)

    page = client.get(article.get_absolute_url()).content.decode()

    assert '<time datetime="2016-03-03T08:05:00+00:00">3 March 2016, 09:05 WAT</time>' in page


@pytest.mark.parametrize(
    "fields, line",
    [
        ({"source_outlet": "AP"}, "First published by AP."),
        (
            {"source_url": "https://news.example.sn/port"},
            'First published at <a href="https://news.example.sn/port" rel="noopener">'
            "news.example.sn</a>.",
        ),
        ({"source_authors": ["Farah Siddiqui"]}, "Written by Farah Siddiqui."),
    ],
)
def test_the_source_line_says_only_what_is_known(client, fields, line):
    page = client.get(make_story(**fields).get_absolute_url()).content.decode()
    assert f'<p class="source">{line}</p>' in page


def test_no_source_line_when_nothing_is_known_and_no_link_that_is_not_http(client):
    plain = client.get(make_story().get_absolute_url()).content.decode()
    unsafe = make_story(1, source_url="javascript:alert(1)", source_outlet="Wire")
    page = client.get(unsafe.get_absolute_url()).content.decode()

    assert 'class="source"' not in plain and 'lang="' not in plain.split("<article")[1][:40]
    assert '<p class="source">First published by Wire.</p>' in page
    assert "javascript:" not in page
