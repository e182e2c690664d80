"""Merge duplicate people, programmes, organisations, places and tags; rename entities.

Everything that pointed at a duplicate moves to the survivor in one transaction, and
the duplicates' names and aliases become the survivor's aliases. The importer matches
names on their folded key or any folded alias, so a spelling merged or renamed away
keeps resolving to the survivor instead of coming back as a new record.
"""

from collections.abc import Sequence
from typing import TypeVar

from django.db import transaction
from django.db.models import F
from simple_history.utils import bulk_update_with_history
from taggit.models import Tag, TaggedItem

from articles.link_history import MERGED, record_link_change
from articles.models import Article, Mention, Organization, Person, Place, Program, Quote
from articles.text import fold_key

E = TypeVar("E", Person, Program, Organization, Place)

# Fields merging never copies from a duplicate: identity, matching and bookkeeping.
OWN_FIELDS = {"id", "name", "slug", "key", "aliases", "needs_review", "phase"}
OWN_FIELDS |= {"created_at", "updated_at", "review_reason", "evidence", "confidence"}


@transaction.atomic
def merge_entities(*, survivor: E, duplicates: Sequence[E], user=None) -> E:
    """Move the duplicates' links to the survivor, keep their names as aliases, delete them."""
    duplicates = [d for d in duplicates if d.pk != survivor.pk]
    if not duplicates or any(type(d) is not type(survivor) for d in duplicates):
        raise ValueError("Choose at least one duplicate of the same kind as the survivor.")
    reason = f"{MERGED} {', '.join(str(d) for d in duplicates)}"
    touched = move_links(survivor=survivor, duplicates=duplicates, user=user, reason=reason)
    Article.objects.filter(pk__in=touched).update(version=F("version") + 1)
    record_link_change(touched, user=user, reason=reason)
    add_aliases(survivor, names_of(duplicates))
    fill_blanks(survivor, duplicates)
    for duplicate in duplicates:
        duplicate._history_user = user
        duplicate._change_reason = f"Merged into {survivor}"
        duplicate.delete()
    survivor.needs_review = False
    survivor._history_user = user
    survivor._change_reason = reason
    survivor.save()
    return survivor


def move_links(*, survivor: E, duplicates: list[E], user, reason: str) -> set[int]:
    """Point every link to a duplicate at the survivor; return the articles touched."""
    touched: set[int] = set()
    if isinstance(survivor, Person):
        touched |= move_mentions(survivor, duplicates, user=user, reason=reason)
        quotes = list(Quote.objects.filter(speaker__in=duplicates))
        for quote in quotes:
            quote.speaker = survivor
        save_with_history(quotes, ["speaker"], user=user, reason=reason)
        touched |= {q.article_id for q in quotes}
    if isinstance(survivor, Place):
        # The touched articles' one new version (record_link_change) shows the dateline.
        datelined = Article.objects.filter(dateline__in=duplicates)
        touched |= set(datelined.values_list("pk", flat=True))
        datelined.update(dateline=survivor)
    if isinstance(survivor, Program | Organization | Place):
        through = getattr(Article, f"{survivor._meta.model_name}s").through
        touched |= move_through_rows(through, survivor, duplicates, other="article")
    if isinstance(survivor, Program):
        move_through_rows(Program.partners.through, survivor, duplicates, other="organization")
    if isinstance(survivor, Organization):
        move_through_rows(Program.partners.through, survivor, duplicates, other="program")
    return touched


def move_mentions(survivor: Person, duplicates: list[Person], *, user, reason) -> set[int]:
    """Move mentions to the survivor; where it is already named, keep its row and a role."""
    kept = {m.article_id: m for m in Mention.objects.filter(person=survivor)}
    touched = set()
    for mention in Mention.objects.filter(person__in=duplicates).order_by("pk"):
        touched.add(mention.article_id)
        own = kept.get(mention.article_id)
        mention._history_user, mention._change_reason = user, reason
        if own is None:
            mention.person = survivor
            mention.save()
            kept[mention.article_id] = mention
            continue
        mention.delete()
        if not own.role and mention.role:
            own.role = mention.role
            own._history_user, own._change_reason = user, reason
            own.save()
    return touched


def move_through_rows(through, survivor, duplicates, *, other: str) -> set[int]:
    """Re-point many-to-many rows from the duplicates to the survivor without doubles.

    Return the ids on the other side of the moved rows.
    """
    own, other_id = f"{survivor._meta.model_name}_id", f"{other}_id"
    rows = through.objects.filter(**{f"{own}__in": [d.pk for d in duplicates]})
    linked = set(rows.values_list(other_id, flat=True))
    already = set(through.objects.filter(**{own: survivor.pk}).values_list(other_id, flat=True))
    through.objects.bulk_create(
        [through(**{own: survivor.pk, other_id: pk}) for pk in sorted(linked - already)]
    )
    rows.delete()
    return linked


def save_with_history(objs: list, fields: list[str], *, user, reason: str) -> None:
    if objs:
        bulk_update_with_history(
            objs, type(objs[0]), fields, default_user=user, default_change_reason=reason
        )


def names_of(entities: Sequence[E]) -> list[str]:
    """Return every spelling the entities are known by: names, aliases and acronyms."""
    names = []
    for entity in entities:
        names += [entity.name, *entity.aliases, getattr(entity, "acronym", "")]
    return [name for name in names if name]


def add_aliases(entity: E, names: Sequence[str]) -> None:
    """Append the names the entity's name and aliases do not already fold to."""
    known = {fold_key(entity.name), *(fold_key(alias) for alias in entity.aliases)}
    if getattr(entity, "acronym", ""):
        known.add(fold_key(entity.acronym))
    aliases = list(entity.aliases)
    for name in names:
        if fold_key(name) not in known:
            known.add(fold_key(name))
            aliases.append(name)
    entity.aliases = aliases


def fill_blanks(survivor: E, duplicates: Sequence[E]) -> None:
    """Take the duplicates' values where the survivor has none; unite list fields."""
    for field in survivor._meta.concrete_fields:
        if field.name in OWN_FIELDS:
            continue
        value = getattr(survivor, field.attname)
        for duplicate in duplicates:
            theirs = getattr(duplicate, field.attname)
            if isinstance(value, list):
                value = value + [item for item in theirs or [] if item not in value]
            elif value in (None, "") and theirs not in (None, ""):
                value = theirs
        setattr(survivor, field.attname, value)


def keep_old_name(*, entity: E, old_name: str) -> None:
    """Keep a renamed entity's old name among its aliases, so imports still find it."""
    if old_name and old_name != entity.name:
        add_aliases(entity, [old_name])


@transaction.atomic
def merge_tags(*, survivor: Tag, duplicates: Sequence[Tag], user=None) -> Tag:
    """Retag everything tagged with a duplicate with the survivor, then delete them.

    Each article retagged gets a new version in its history.
    """
    duplicates = [d for d in duplicates if d.pk != survivor.pk]
    seen = set(TaggedItem.objects.filter(tag=survivor).values_list("content_type", "object_id"))
    move, drop = [], []
    items = TaggedItem.objects.filter(tag__in=duplicates).values_list(
        "pk", "content_type", "object_id"
    )
    for pk, content_type, object_id in items:
        (drop if (content_type, object_id) in seen else move).append(pk)
        seen.add((content_type, object_id))
    touch_tagged_articles([survivor, *duplicates])
    retagged = set(
        Article.objects.filter(tags__in=duplicates).values_list("pk", flat=True).distinct()
    )
    TaggedItem.objects.filter(pk__in=move).update(tag=survivor)
    TaggedItem.objects.filter(pk__in=drop).delete()
    Tag.objects.filter(pk__in=[d.pk for d in duplicates]).delete()
    names = ", ".join(d.name for d in duplicates)
    reason = f"{MERGED} tags {names} into {survivor.name}"
    record_link_change(retagged, user=user, reason=reason)
    return survivor


def touch_tagged_articles(tags: Sequence[Tag]) -> int:
    """Raise the version of articles carrying the tags, so open edit forms reload them."""
    return Article.objects.filter(tags__in=tags).distinct().update(version=F("version") + 1)
