"""Optimistic locking: an article edit based on an outdated version is refused, not lost.

Every editorial write raises Article.version by one in the database (F("version") + 1).
The editing form carries the version it was loaded with; before saving, the current
version is read under a row lock (select_for_update; SQLite's IMMEDIATE transactions
serialise writers instead), so two editors saving at once cannot both pass the check.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format

from articles.models import Article


@dataclass(frozen=True)
class EditConflict:
    """Who last changed an article, and when, after the editor loaded it."""

    changed_by: str
    changed_at: datetime | None

    def message(self) -> str:
        when = (
            date_format(timezone.localtime(self.changed_at), "j F Y, H:i")
            if self.changed_at
            else "an unknown time"
        )
        return (
            f"This article was changed by {self.changed_by} at {when} while you were editing. "
            "Your changes have not been saved; copy them, reload and apply them again."
        )


def find_conflict(*, article_id: int, loaded_version: int) -> EditConflict | None:
    """Return the change made since loaded_version was read, locking the row until commit.

    Call it inside the transaction that then saves the article.
    """
    versions = Article.objects.select_for_update().filter(pk=article_id)
    current = versions.values_list("version", flat=True).first()
    if current is None or current == loaded_version:
        return None
    last = Article.history.filter(id=article_id).select_related("history_user").first()
    if last is None:
        return EditConflict(changed_by="someone", changed_at=None)
    user = last.history_user
    name = (user.get_full_name() or user.get_username()) if user else "someone"
    return EditConflict(changed_by=name, changed_at=last.history_date)


def raise_version(article: Article) -> None:
    """Make the article's next save raise its version by one in the database."""
    article.version = F("version") + 1
