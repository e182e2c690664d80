"""The admin works under the site's Content-Security-Policy, in a real browser: its
scripts and styles load and run, and the browser reports no violation."""

import secrets
from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User

from articles.models import Article
from tests.browser.conftest import violations
from tests.factories import make_article, make_program


def editor_password() -> str:
    # A transactional test before this one may have flushed the groups migration 0003 made.
    import_module("articles.migrations.0003_editorial_groups").fill_groups(apps)
    password = secrets.token_urlsafe(16)
    user = User.objects.create_user("eddie", password=password, is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    return password


@pytest.mark.django_db(transaction=True)
def test_editor_uses_the_admin_s_scripts_under_the_policy_without_a_violation(page, reports):
    make_program("Safe Borders Programme")
    article = make_article("Harbour plan goes to council", status=Article.Status.DRAFT)
    password = editor_password()

    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", "eddie")
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")

    page.goto(f"/admin/articles/article/{article.pk}/change/")
    page.click("#toggle-nav-sidebar")  # nav_sidebar.js
    page.click("summary:has-text('Provenance')")  # the collapsed fieldset
    page.click(".field-programs .select2-selection")  # the autocomplete widget (select2)
    page.fill(".select2-search__field", "Safe")
    page.click(".select2-results__option:has-text('Safe Borders Programme')")
    page.click("#calendarlink0")  # DateTimeShortcuts.js and calendar.js
    page.click(".calendarbox .calendar-shortcuts a:has-text('Today')")
    page.click(".datetimeshortcuts a:has-text('Now')")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    saved = Article.objects.get(pk=article.pk)
    assert [p.name for p in saved.programs.all()] == ["Safe Borders Programme"]
    assert saved.published_at is not None
    page.goto(f"/admin/articles/article/{article.pk}/history/")
    page.locator("a.history-diff-link").first.click()
    page.wait_for_selector("ins")
    assert violations(page, reports) == []

    # The listener hears what the policy blocks: an inline script does not run.
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.ran = true'; document.body.append(s); }"
    )
    assert page.evaluate("window.ran") is None
    assert any(v.startswith("script-src") for v in page.evaluate("window.cspViolations"))


@pytest.mark.django_db(transaction=True)
def test_a_reader_s_article_page_with_its_json_ld_reports_no_violation(page, reports):
    article = make_article("Harbour plan approved", standfirst="The council votes.")

    page.goto(article.get_absolute_url())

    assert page.locator("h1").inner_text() == "Harbour plan approved"
    assert page.locator("script[type='application/ld+json']").count() == 1
    assert page.evaluate("getComputedStyle(document.querySelector('.content')).maxWidth") != "none"
    assert violations(page, reports) == []
