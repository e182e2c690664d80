"""Editorial workflow: articles go draft -> in review -> published -> archived.

Each bulk change is one UPDATE plus one history row per changed article, records who
made it and why, and raises the articles' version so an editor who has one of them
open cannot save over the change (see articles.locking). A published article with a
future published_at is scheduled: Article.objects.published() hides it until then.
"""

from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from simple_history.utils import bulk_update_with_history
from taggit.models import Tag, TaggedItem

from articles.caching import bump_content_version
from articles.commit_hooks import after_commit_once
from articles.link_history import snapshot_latest
from articles.models import Article

Status = Article.Status
PUBLISHER_STATUSES = {Status.PUBLISHED, Status.ARCHIVED}
# The history's change reason when an article reaches a status.
STATUS_CHANGE_REASONS = {
    Status.DRAFT: "Back to draft",
    Status.IN_REVIEW: "Submitted for review",
    Status.PUBLISHED: "Published",
    Status.ARCHIVED: "Archived",
}


def can_publish(user) -> bool:
    """Return whether the user may publish, unpublish and archive articles."""
    return user.has_perm("articles.change_article") and user.has_perm("articles.publish_article")


def status_choices(user) -> list[tuple[str, str]]:
    """Return the statuses the user may give an article."""
    if can_publish(user):
        return list(Status.choices)
    return [(value, label) for value, label in Status.choices if value not in PUBLISHER_STATUSES]


def stamp_publication(article: Article) -> None:
    """Give a published article without a publication time the current time."""
    if article.status == Status.PUBLISHED and article.published_at is None:
        article.published_at = timezone.now()


def submit_for_review(*, articles: Iterable[Article], user=None) -> int:
    """Move drafts to review; return how many moved."""
    drafts = [a for a in articles if a.status == Status.DRAFT]
    for article in drafts:
        article.status = Status.IN_REVIEW
    return record_changes(
        drafts, fields=["status"], user=user, reason=STATUS_CHANGE_REASONS[Status.IN_REVIEW]
    )


def publish(*, articles: Iterable[Article], user=None) -> int:
    """Publish articles, now unless they already carry a publication time."""
    changed = [a for a in articles if a.status != Status.PUBLISHED]
    for article in changed:
        article.status = Status.PUBLISHED
        stamp_publication(article)
    return record_changes(
        changed,
        fields=["status", "published_at"],
        user=user,
        reason=STATUS_CHANGE_REASONS[Status.PUBLISHED],
    )


def unpublish(*, articles: Iterable[Article], user=None) -> int:
    """Take published articles back to draft, keeping their publication time."""
    changed = [a for a in articles if a.status == Status.PUBLISHED]
    for article in changed:
        article.status = Status.DRAFT
    return record_changes(changed, fields=["status"], user=user, reason="Unpublished")


def archive(*, articles: Iterable[Article], user=None) -> int:
    """Archive articles: off the public site, kept for the record."""
    changed = [a for a in articles if a.status != Status.ARCHIVED]
    for article in changed:
        article.status = Status.ARCHIVED
    return record_changes(
        changed, fields=["status"], user=user, reason=STATUS_CHANGE_REASONS[Status.ARCHIVED]
    )


@transaction.atomic
def add_tag(*, articles: Iterable[Article], name: str, user=None) -> int:
    """Tag the articles with name (an existing tag of any case, or a new one)."""
    articles = list(articles)
    tag = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)
    content_type = ContentType.objects.get_for_model(Article)
    tagged = set(
        TaggedItem.objects.filter(
            tag=tag, content_type=content_type, object_id__in=[a.pk for a in articles]
        ).values_list("object_id", flat=True)
    )
    changed = [a for a in articles if a.pk not in tagged]
    TaggedItem.objects.bulk_create(
        [TaggedItem(tag=tag, content_type=content_type, object_id=a.pk) for a in changed]
    )
    return record_changes(changed, fields=[], user=user, reason=f"Tagged {tag.name}")


@transaction.atomic
def remove_tag(*, articles: Iterable[Article], name: str, user=None) -> int:
    """Remove the tag called name (any case) from the articles."""
    articles = {a.pk: a for a in articles}
    items = TaggedItem.objects.filter(
        tag__name__iexact=name,
        content_type=ContentType.objects.get_for_model(Article),
        object_id__in=list(articles),
    )
    untagged = set(items.values_list("object_id", flat=True))
    items.delete()
    changed = [articles[pk] for pk in untagged]
    return record_changes(changed, fields=[], user=user, reason=f"Untagged {name}")


@transaction.atomic
def record_changes(articles: list[Article], *, fields: list[str], user, reason: str) -> int:
    """Save fields of the articles, raise their versions and write their history."""
    if not articles:
        return 0
    now = timezone.now()
    for article in articles:
        article.updated_at = now
        article.version = F("version") + 1
    bulk_update_with_history(
        articles,
        Article,
        [*fields, "updated_at", "version"],
        default_user=user,
        default_change_reason=reason,
    )
    snapshot_latest(a.pk for a in articles)
    after_commit_once(bump_content_version)  # bulk updates send no save signals
    return len(articles)


@transaction.atomic
def confirm_entities(*, entities: Iterable, user=None) -> int:
    """Mark entities the importer created as checked by an editor."""
    pending = [e for e in entities if e.needs_review]
    for entity in pending:
        entity.needs_review = False
    if pending:
        bulk_update_with_history(
            pending,
            type(pending[0]),
            ["needs_review"],
            default_user=user,
            default_change_reason="Confirmed",
        )
    return len(pending)
