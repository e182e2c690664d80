"""Staff sessions end after a working day, after an idle hour and with the browser."""

import secrets

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from newsroom.staff_sessions import SEEN, SIGNED_IN

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(User.objects.create_user("ada", is_staff=True))
    return client


def moved_back(client, key: str, seconds: int) -> None:
    """Pretend the session's moment `key` was `seconds` earlier."""
    session = client.session
    session[key] -= seconds
    session.save()


def test_signing_in_through_the_admin_form_gives_a_cookie_that_ends_with_the_browser(client):
    password = secrets.token_urlsafe()
    User.objects.create_user("ada", password=password, is_staff=True)

    response = client.post("/admin/login/?next=/admin/", {"username": "ada", "password": password})

    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert (cookie["max-age"], cookie["expires"]) == ("", "")
    assert client.session.get_expire_at_browser_close()


def test_staff_stay_signed_in_while_they_work(staff_client):
    moved_back(staff_client, SEEN, settings.NEWSROOM_STAFF_IDLE_SECONDS - 120)

    assert staff_client.get("/admin/").status_code == 200
    assert staff_client.get("/admin/").status_code == 200
    assert staff_client.session[SEEN] >= staff_client.session[SIGNED_IN]


def test_staff_are_signed_out_after_the_staff_session_age_however_busy(staff_client):
    moved_back(staff_client, SIGNED_IN, settings.NEWSROOM_STAFF_SESSION_SECONDS)

    response = staff_client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in staff_client.session


def test_staff_are_signed_out_after_the_idle_time(staff_client):
    moved_back(staff_client, SEEN, settings.NEWSROOM_STAFF_IDLE_SECONDS)

    response = staff_client.get("/admin/")

    assert response.status_code == 302
    assert "_auth_user_id" not in staff_client.session


def test_a_shorter_staff_session_age_from_settings_applies_at_once(staff_client, settings):
    settings.NEWSROOM_STAFF_SESSION_SECONDS = 60
    moved_back(staff_client, SIGNED_IN, 61)

    assert staff_client.get("/admin/").status_code == 302


def test_a_request_within_the_minute_writes_no_session(staff_client, django_assert_num_queries):
    staff_client.get("/admin/password_change/")

    # The session, the user, the user's and groups' permissions (the nav sidebar): no write.
    with django_assert_num_queries(4):
        staff_client.get("/admin/password_change/")


def test_accounts_that_are_not_staff_keep_django_s_session_age(client):
    client.force_login(User.objects.create_user("reader"))

    assert not client.session.get_expire_at_browser_close()
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
