"""A person's roles split into the current ones and the earlier ones (articles/roles.py)."""

from datetime import UTC, datetime

from articles.roles import Role, current_and_earlier


def role(title: str, last_month: int) -> Role:
    return Role(
        title, datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, last_month, 1, tzinfo=UTC), 1
    )


def test_the_roles_of_the_newest_article_giving_one_are_current_the_rest_earlier():
    roles = [role("Minister", 6), role("Party leader", 6), role("Mayor", 3), role("Envoy", 1)]

    current, earlier = current_and_earlier(roles)

    assert [r.title for r in current] == ["Minister", "Party leader"]
    assert [r.title for r in earlier] == ["Mayor", "Envoy"]


def test_no_roles_are_neither_current_nor_earlier():
    assert current_and_earlier([]) == ([], [])
