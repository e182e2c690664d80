import pytest


@pytest.mark.django_db(transaction=True)
def test_reader_sees_the_home_page_heading(page):
    page.goto("/")
    assert page.locator("h1").inner_text() == "Latest news"
