"""A reader browses in a real browser; axe-core checks every page type."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import make_article, make_organization, make_person, make_place, make_program

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(settings.BASE_DIR) / "docs" / "screenshots"


def serious_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
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
    program = make_program("Safe Borders Programme", acronym="SBP", phase=2)
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
    assert "African Union" in page.locator(".facts").inner_text()
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

    page.get_by_label("Search articles").fill("drought")
    page.get_by_role("button", name="Search").click()
    assert page.locator("mark").first.inner_text().lower() == "drought"
    check(page, "search")


@pytest.mark.django_db(transaction=True)
def test_missing_page_is_a_styled_404(page):
    response = page.goto("/articles/no-such-story/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    check(page, "404")
