"""The API's documentation works in a real browser under the site's policy."""

import pytest

from tests.browser.conftest import violations
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_developer_reads_the_api_docs_and_tries_an_operation(page, reports):
    make_article("Border posts reopen")
    page.goto("/api/docs/")
    page.get_by_text("/api/articles/", exact=True).first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    page.get_by_text("Border posts reopen").first.wait_for()
    assert violations(page, reports) == []
