"""An editor and a reporter at work in the admin, in a real browser.

Screenshots of the key screens go to docs/screenshots/admin-*.png (docs/admin.md shows
them); each run overwrites them.
"""

import secrets
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User

from articles.models import Article, Person
from tests.factories import make_article, make_person

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
Status = Article.Status


def staff_member(group_name: str, username: str) -> tuple[User, str]:
    """Return a staff user in the group, and their random password."""
    # A transactional test before this one may have flushed the groups migration 0003 made.
    import_module("articles.migrations.0003_editorial_groups").fill_groups(apps)
    password = secrets.token_urlsafe(16)
    user = User.objects.create_user(username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user, password


def log_in(page, username: str, password: str) -> None:
    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"admin-{name}.png", full_page=True)


def save_article(page) -> None:
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")


@pytest.mark.django_db(transaction=True)
def test_editor_edits_publishes_and_reverts_an_article_and_readers_see_each_title(page):
    person = make_person("Awa Ndiaye")
    article = make_article(
        "Harbour plan goes to council",
        status=Status.DRAFT,
        persons=((person, "harbour master"),),
        tags=("ports",),
    )
    for n in range(5):
        make_article(f"Market report, week {n + 1}", tags=("markets",))
    _, password = staff_member("Editor", "eddie")
    log_in(page, "eddie", password)

    page.goto("/admin/articles/article/")
    screenshot(page, "changelist")
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    page.fill("#id_title", "Harbour plan approved")
    page.fill("#id_tags", "ports, budget")
    page.select_option("#id_status", "published")
    screenshot(page, "article-form")
    save_article(page)
    page.goto(article.get_absolute_url())
    assert "Harbour plan approved" in page.locator("h1").inner_text()
    assert sorted(Article.objects.get(pk=article.pk).tags.names()) == ["budget", "ports"]

    page.goto(f"/admin/articles/article/{article.pk}/change/")
    page.fill("#id_title", "Harbour plan rejected")
    save_article(page)
    page.goto(article.get_absolute_url())
    assert "Harbour plan rejected" in page.locator("h1").inner_text()

    page.goto(f"/admin/articles/article/{article.pk}/history/")
    screenshot(page, "history")
    page.locator("a.history-diff-link").first.click()
    page.wait_for_selector("ins")
    screenshot(page, "history-diff")
    page.goto(f"/admin/articles/article/{article.pk}/history/")
    page.locator("#change-history a", has_text="Harbour plan approved").first.click()
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    page.goto(article.get_absolute_url())
    assert "Harbour plan approved" in page.locator("h1").inner_text()


@pytest.mark.django_db(transaction=True)
def test_reporter_is_not_offered_published_and_a_forced_publish_is_refused(page):
    article = make_article("Council budget leak", status=Status.DRAFT)
    _, password = staff_member("Reporter", "rita")
    log_in(page, "rita", password)
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    options = page.locator("#id_status option").evaluate_all("els => els.map(e => e.value)")
    assert options == ["draft", "review"]

    # Forge the choice the page does not offer, as a crafted request would.
    page.eval_on_selector(
        "#id_status",
        "select => { select.add(new Option('Published', 'published')); "
        "select.value = 'published'; }",
    )
    page.click("input[name=_save]")
    error = page.locator(".errorlist").first.inner_text()
    assert "Only editors can publish or archive articles" in error
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT
    page.goto(article.get_absolute_url())
    assert page.locator("h1").inner_text() != "Council budget leak"


@pytest.mark.django_db(transaction=True)
def test_editor_sees_the_review_queue_and_merges_two_people(page):
    survivor = make_person("Jean-Marc Pisani", needs_review=True)
    duplicate = make_person("J. M. Pisani", needs_review=True)
    make_person("Fatou Sarr", needs_review=True)
    make_article("Port strike ends", persons=((duplicate, "union leader"),))
    _, password = staff_member("Editor", "eddie")
    log_in(page, "eddie", password)
    assert "3 people" in page.locator("#review-queue").inner_text()
    screenshot(page, "index-review-queue")

    page.click("#review-queue a")
    for person in (survivor, duplicate):
        page.check(f"input[name=_selected_action][value='{person.pk}']")
    page.select_option("select[name=action]", "merge_selected")
    page.click("button[name=index]")
    page.wait_for_selector("input[name=survivor]")
    screenshot(page, "merge")
    page.check(f"input[name=survivor][value='{survivor.pk}']")
    page.click("input[name=apply]")
    page.wait_for_selector(".messagelist .success")
    assert list(Person.objects.order_by("name").values_list("name", flat=True)) == [
        "Fatou Sarr",
        "Jean-Marc Pisani",
    ]
    assert Person.objects.get(pk=survivor.pk).aliases == ["J. M. Pisani"]
