"""A reader browses in a real browser; axe-core checks every page type."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from tests.factories import make_article, make_organization, make_person, make_place, make_program

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(settings.BASE_DIR) / "docs" / "screenshots"


def serious_violations(page) -> list[str]:
    # Evaluated rather than added as a <script>: the page's policy blocks inline scripts.
    page.evaluate(AXE.read_text())
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']}: {v['help']}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def check(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"public-{name}.png"), full_page=True)
    assert page.locator("h1").count() == 1, name
    assert serious_violations(page) == [], name


@pytest.fixture
def story(django_capture_on_commit_callbacks):
    person = make_person("Awa Ndiaye")
    today = timezone.localdate()
    program = make_program(
        "Safe Borders Programme",
        acronym="SBP",
        phase=2,
        starts_on=today - timedelta(days=200),
        ends_on=today + timedelta(days=30),
    )
    program.partners.add(make_organization("African Union"))
    with django_capture_on_commit_callbacks(execute=True):
        return make_article(
            "Border posts open along the Gambia river",
            body="Drought and border closures hit traders.\n\nThe new posts open on Monday.",
            persons=((person, "Minister of the Interior"),),
            quotes=((person, "These posts will save lives"),),
            programs=(program,),
            places=(make_place("Banjul"),),
            tags=("border security",),
        )


@pytest.mark.django_db(transaction=True)
def test_reader_goes_from_home_to_article_person_programme_and_searches(page, story):
    page.goto("/")
    check(page, "home")

    page.get_by_role("link", name=story.title).click()
    assert page.locator("h1").inner_text() == story.title
    assert page.locator("blockquote").inner_text() == "These posts will save lives"
    check(page, "article")

    page.locator(".entities").get_by_role("link", name="Awa Ndiaye").click()
    assert page.locator("h1").inner_text() == "Awa Ndiaye"
    check(page, "person")

    page.get_by_role("link", name="Safe Borders Programme (SBP), phase 2").click()
    facts = page.locator(".facts").inner_text()
    assert "African Union" in facts and "Ending soon" in facts
    check(page, "programme")

    page.get_by_role("link", name=story.title).first.click()
    page.get_by_role("link", name="border security").first.click()
    assert page.locator("h1").inner_text() == "Topic: border security"
    check(page, "tag")

    page.goto("/")
    page.locator(".filters").get_by_role("link", name="border security").click()
    page.locator(".filters").get_by_role("link", name="Awa Ndiaye").click()
    assert "tag=border-security" in page.url and "person=awa-ndiaye" in page.url
    assert page.get_by_role("link", name=story.title).count() == 1
    check(page, "filtered")
    page.get_by_role("link", name="Remove person Awa Ndiaye").click()
    assert "tag=border-security" in page.url and "person=" not in page.url

    page.get_by_label("Search articles").fill("drought")
    page.get_by_role("button", name="Search").click()
    assert page.locator("mark").first.inner_text().lower() == "drought"
    check(page, "search")


@pytest.fixture
def reports(django_capture_on_commit_callbacks):
    """25 reports of March 2026, newest last, all from one place and one organisation."""
    place, organisation = make_place("Kaolack"), make_organization("African Union")
    first = timezone.make_aware(datetime(2026, 3, 2, 9, 0))
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(25):
            make_article(
                f"Drought report {n:02}",
                body=f"Drought hits the fields of Kaolack, week {n}.",
                published_at=first + timedelta(hours=n),
                organizations=(organisation,),
                places=(place,),
            )


def card_titles(page) -> list[str]:
    return page.locator("article.card h2").all_inner_texts()


@pytest.mark.django_db(transaction=True)
def test_reader_pages_through_the_list_the_month_and_search_and_opens_record_pages(page, reports):
    page.goto("/")
    assert card_titles(page)[0] == "Drought report 24"
    page.get_by_role("link", name="Older").click()
    assert "page=2" in page.url and page.get_by_text("Page 2 of 2").is_visible()
    assert card_titles(page) == [f"Drought report {n:02}" for n in range(4, -1, -1)]
    page.get_by_role("link", name="Newer").click()
    assert card_titles(page)[0] == "Drought report 24"

    page.get_by_role("link", name="March 2026").click()
    assert page.locator("h1").inner_text() == "March 2026"
    assert "Drought report 24" in card_titles(page)
    check(page, "archive")

    page.get_by_label("Search articles").fill("drought")
    page.get_by_role("button", name="Search").click()
    first_results = card_titles(page)
    page.get_by_role("link", name="More results").click()
    assert "page=2" in page.url
    later_results = card_titles(page)
    assert len(first_results) == 20 and len(later_results) == 5
    assert not set(first_results) & set(later_results)
    page.get_by_role("link", name="Better matches").click()
    assert "page=1" in page.url

    page.goto("/")
    page.get_by_role("link", name="Drought report 24").click()
    page.get_by_role("link", name="African Union").click()
    assert page.locator("h1").inner_text() == "African Union"
    assert card_titles(page)[0] == "Drought report 24"
    check(page, "organisation")

    page.go_back()
    page.locator(".entities").get_by_role("link", name="Kaolack").click()
    assert page.locator("h1").inner_text() == "Kaolack"
    check(page, "place")


@pytest.mark.urls("tests.public.urls_failing")  # the site's pages and one that fails
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("path", "status", "heading"),
    [
        ("/articles/no-such-story/", 404, "Page not found"),
        ("/failing/", 500, "Something went wrong"),
    ],
)
def test_errors_are_answered_with_styled_pages(page, path, status, heading):
    response = page.goto(path)
    assert response.status == status
    assert page.locator("h1").inner_text() == heading
    # The site's own look: its name at the top, and its type (not the browser's default).
    assert page.locator("header").first.inner_text().startswith("Newsroom")
    assert "system-ui" in page.locator("h1").evaluate("h => getComputedStyle(h).fontFamily")
    check(page, str(status))


@pytest.mark.django_db(transaction=True)
def test_pages_fit_a_phone_screen_without_scrolling_sideways(browser, live_server, story):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        person, program = story.persons.get(), story.programs.get()
        when = timezone.localtime(story.published_at)
        long_words = "border+posts+along+the+Gambia+river+and+the+Casamance+coast"
        urls = [
            "/",
            f"/?tag=border-security&person={person.slug}&q={long_words}",
            story.get_absolute_url(),
            person.get_absolute_url(),
            program.get_absolute_url(),
            story.places.get().get_absolute_url(),
            "/tags/border-security/",
            f"/archive/{when.year}/{when.month:02}/",
            f"/search/?q={long_words}",
            "/articles/no-such-story/",
        ]
        for url in urls:
            page.goto(url)
            overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 0, url
        page.goto("/")
        # Filters come after the results on a phone, not beside them.
        results, filters = (
            page.locator(selector).bounding_box() for selector in (".results", ".filters")
        )
        assert filters["y"] >= results["y"] + results["height"]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "public-home-phone.png"), full_page=True)
    finally:
        context.close()
