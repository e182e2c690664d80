"""Sign-ins through the admin's login form are throttled and locked out (django-axes)."""

import secrets

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

from tests.admin.conftest import member_of

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    """Hash the many passwords these tests try cheaply; the throttling is the same."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff(db) -> tuple[User, str]:
    password = secrets.token_urlsafe()
    user = User.objects.create_user("ada", password=password, is_staff=True)
    return user, password


def sign_in(client, username: str, password: str, address: str = "198.51.100.1", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_twenty_wrong_passwords_lock_the_account_so_the_right_one_then_fails(client, staff):
    user, password = staff
    for _ in range(20):
        sign_in(client, "ada", "wrong password")

    response = sign_in(client, "ada", password)

    assert response.status_code == 429
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302  # to the login page


def test_lockout_answers_a_page_saying_why_with_429(client, staff):
    limit = settings.AXES_FAILURE_LIMIT
    answers = [sign_in(client, "ada", "wrong password") for _ in range(limit)]

    assert [a.status_code for a in answers] == [200] * (limit - 1) + [429]
    page = answers[-1].content.decode()
    assert "<h1>Too many failed sign-ins</h1>" in page
    assert "Try again in 15 minutes" in page
    assert answers[-1]["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("username", ["ada\x00", "a" * 300, ""])
def test_a_hostile_user_name_is_answered_with_the_form_again(client, username):
    response = sign_in(client, username, "wrong password")

    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()


def test_a_user_name_too_long_to_store_is_counted_by_its_first_255_characters(client):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "a" * 300, "wrong password")

    assert response.status_code == 429
    assert AccessAttempt.objects.get().username == "a" * 255


def test_one_mistyped_password_still_signs_in(client, staff):
    user, password = staff
    sign_in(client, "ada", "wrong password")

    response = sign_in(client, "ada", password)

    assert response.status_code == 302
    assert signed_in(client)


def test_an_account_locked_at_one_address_still_signs_in_from_another(client, staff):
    user, password = staff
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "ada", "wrong password", address="198.51.100.1")

    assert sign_in(client, "ada", password, address="198.51.100.1").status_code == 429
    assert sign_in(client, "ada", password, address="198.51.100.2").status_code == 302


def test_an_address_trying_many_accounts_is_locked_out_for_all_of_them(client, staff):
    user, password = staff
    address_limit = settings.NEWSROOM_LOGIN_FAILURE_LIMITS[1]
    for n in range(address_limit - 1):
        sign_in(client, f"guess{n}", "wrong password", address="198.51.100.7")
    assert sign_in(Client(), "ada", password, address="198.51.100.7").status_code == 302

    sign_in(client, "last-guess", "wrong password", address="198.51.100.7")

    assert sign_in(client, "ada", password, address="198.51.100.7").status_code == 429
    assert sign_in(client, "ada", password, address="198.51.100.8").status_code == 302


def test_an_account_tried_from_many_addresses_is_locked_out_everywhere(client, staff):
    user, password = staff
    account_limit = settings.NEWSROOM_LOGIN_FAILURE_LIMITS[2]
    for n in range(account_limit - 1):
        sign_in(client, "ada", "wrong password", address=f"203.0.113.{n + 1}")
    assert sign_in(Client(), "ada", password, address="192.0.2.1").status_code == 302

    sign_in(client, "ada", "wrong password", address="203.0.113.250")

    assert sign_in(client, "ada", password, address="192.0.2.1").status_code == 429
    assert not signed_in(client)


def test_behind_a_proxy_the_address_comes_from_the_header_it_sets(client, staff, settings):
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_REAL_IP"]
    user, password = staff
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "ada", "wrong password", address="127.0.0.1", HTTP_X_REAL_IP="192.0.2.9")

    assert AccessAttempt.objects.get().ip_address == "192.0.2.9"
    locked = sign_in(client, "ada", password, address="127.0.0.1", HTTP_X_REAL_IP="192.0.2.9")
    other = sign_in(client, "ada", password, address="127.0.0.1", HTTP_X_REAL_IP="192.0.2.10")
    assert (locked.status_code, other.status_code) == (429, 302)


def lock_out(client, address: str = "198.51.100.1") -> AccessAttempt:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "ada", "wrong password", address=address)
    return AccessAttempt.objects.get(username="ada")


@pytest.mark.parametrize("unlocker", ["superuser", "Editor"])
def test_an_editor_sees_a_lockout_in_the_admin_and_lifts_it(client, staff, unlocker):
    user, password = staff
    attempt = lock_out(client)
    if unlocker == "superuser":
        admin = User.objects.create_superuser("boss", password=secrets.token_urlsafe())
    else:
        admin = member_of("Editor", "eddie")
    client.force_login(admin)

    listing = client.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "ada" in listing.content.decode()
    deleted = client.post(f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert deleted.status_code == 302
    client.logout()

    assert sign_in(client, "ada", password).status_code == 302
    assert signed_in(client)


def test_a_reporter_can_neither_see_nor_lift_a_lockout(client, staff):
    attempt = lock_out(client)
    client.force_login(member_of("Reporter", "rita"))

    assert client.get("/admin/axes/accessattempt/").status_code == 403
    assert (
        client.post(f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()
