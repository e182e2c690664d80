"""Users in the groups migration 0003 creates, and clients logged in as them."""

import secrets

import pytest
from django.contrib.auth.models import Group, User


def member_of(group_name: str, username: str) -> User:
    user = User.objects.create_user(username, password=secrets.token_urlsafe(), is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db) -> User:
    return member_of("Editor", "eddie")


@pytest.fixture
def reporter(db) -> User:
    return member_of("Reporter", "rita")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reporter_client(client, reporter):
    client.force_login(reporter)
    return client
