"""A person's roles as the published articles give them: each role once, newest first,
with the first and last time an article gave it and how many did."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Max, Min

from articles.models import Article, Mention, Person


@dataclass(frozen=True)
class Role:
    title: str
    first_seen: datetime
    last_seen: datetime
    articles: int


def roles_of(person: Person, *, limit: int = 20) -> list[Role]:
    """Return the person's roles, the most recently given first (one query)."""
    rows = (
        Mention.objects.filter(person=person, article__in=Article.objects.published())
        .exclude(role="")
        .values("role")
        .annotate(
            first=Min("article__published_at"),
            last=Max("article__published_at"),
            n=Count("article", distinct=True),
        )
        .order_by("-last", "role")[:limit]
    )
    return [Role(r["role"], r["first"], r["last"], r["n"]) for r in rows]


def current_and_earlier(roles: list[Role]) -> tuple[list[Role], list[Role]]:
    """Split roles (newest first, as roles_of gives them) into the current ones, those
    the newest article giving a role gives, and the earlier ones."""
    if not roles:
        return [], []
    newest = roles[0].last_seen
    current = [role for role in roles if role.last_seen == newest]
    return current, [role for role in roles if role.last_seen != newest]
