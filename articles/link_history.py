"""What an article was linked to at each version: tags, people with roles, programmes,
organisations and places.

simple-history records an article's own columns; its links live in other tables and
the admin saves them after the article row, so each historical article carries a
snapshot of its links (`links`), written once the links are in place. Items are kept
by id and by the name they had then, so a version still reads right after a rename,
and a revert can skip what has since been merged or deleted. A snapshot of None means
unknown (written before snapshots existed): diffs and reverts leave links alone then.
"""

from collections.abc import Iterable

from django.db.models import Max
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Mention, Organization, Person, Place, Program

HistoricalArticle = Article.history.model

# Snapshot keys in reading order, with the label an editor sees.
LABELS = {
    "tags": "Tags",
    "people": "People",
    "programs": "Programmes",
    "organizations": "Organisations",
    "places": "Places",
}
ENTITY_LINKS = {"programs": Program, "organizations": Organization, "places": Place}


def item(pk: int, name: str, **extra) -> dict:
    return {"id": pk, "name": name, **extra}


def snapshots(article_ids: Iterable[int]) -> dict[int, dict]:
    """Return the current links of each article, in one query per kind of link."""
    ids = list(article_ids)
    found: dict[int, dict] = {pk: {key: [] for key in LABELS} for pk in ids}
    tagged = Article.tags.through.objects.filter(
        object_id__in=ids, content_type__app_label="articles", content_type__model="article"
    )
    for article_id, pk, name in tagged.order_by("tag__name").values_list(
        "object_id", "tag_id", "tag__name"
    ):
        found[article_id]["tags"].append(item(pk, name))
    mentions = Mention.objects.filter(article_id__in=ids).order_by("position", "pk")
    for article_id, pk, name, role in mentions.values_list(
        "article_id", "person_id", "person__name", "role"
    ):
        found[article_id]["people"].append(item(pk, name, role=role))
    for key, model in ENTITY_LINKS.items():
        target = model._meta.model_name
        rows = getattr(Article, key).through.objects.filter(article_id__in=ids)
        for article_id, pk, name in rows.order_by(f"{target}__name").values_list(
            "article_id", f"{target}_id", f"{target}__name"
        ):
            found[article_id][key].append(item(pk, name))
    return found


def snapshot_latest(article_ids: Iterable[int]) -> None:
    """Write the current links into each article's latest version.

    For a change that has just written that version and then its links (the admin form,
    bulk tagging): the version then shows what the article looked like after it.
    """
    current = snapshots(article_ids)
    latest = (
        HistoricalArticle.objects.filter(id__in=list(current))
        .values("id")
        .annotate(last=Max("history_id"))
        .order_by()
    )
    versions = HistoricalArticle.objects.filter(history_id__in=[v["last"] for v in latest])
    versions = list(versions.only("history_id", "id"))
    for version in versions:
        version.links = current[version.id]
    HistoricalArticle.objects.bulk_update(versions, ["links"])


MERGED = "Merged"  # how a link-only version written by a merge starts its reason


def record_link_change(article_ids: Iterable[int], *, user=None, reason: str) -> None:
    """Write a new version of each article for a change to its links alone (a merge)."""
    articles = list(Article.objects.filter(pk__in=list(article_ids)))
    Article.history.bulk_history_create(
        articles,
        update=True,
        default_user=user,
        default_change_reason=reason,
        default_date=timezone.now(),
    )
    snapshot_latest(a.pk for a in articles)


def changes(old: dict | None, new: dict | None) -> list[dict]:
    """Return each kind of link that differs, as kept, removed and added names."""
    if old is None or new is None:
        return []
    rows = []
    for key, label in LABELS.items():
        before = {entry_key(e): e for e in old.get(key, [])}
        after = {entry_key(e): e for e in new.get(key, [])}
        if before.keys() == after.keys():
            continue
        rows.append(
            {
                "field": label,
                "kept": [describe(after[k]) for k in after if k in before],
                "removed": [describe(before[k]) for k in before if k not in after],
                "added": [describe(after[k]) for k in after if k not in before],
            }
        )
    return rows


def entry_key(entry: dict) -> tuple:
    return (entry["id"], entry.get("role", ""))


def describe(entry: dict) -> str:
    role = entry.get("role")
    return f"{entry['name']} ({role})" if role else entry["name"]


def form_initial(links: dict | None) -> dict:
    """Return the article form's initial links for a revert to a version with these links."""
    if links is None:
        return {}
    initial = {}
    for key, model in ENTITY_LINKS.items():
        wanted = [e["id"] for e in links.get(key, [])]
        initial[key] = list(model.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    # By id, as the rest: a tag merged or deleted since does not come back.
    wanted = [e["id"] for e in links.get("tags", [])]
    initial["tags"] = list(Tag.objects.filter(pk__in=wanted))
    return initial


def gone(links: dict | None) -> list[str]:
    """Return the tags, people and records in a version's links merged or deleted since."""
    if links is None:
        return []
    names = []
    for key, model in {"tags": Tag, "people": Person, **ENTITY_LINKS}.items():
        entries = links.get(key, [])
        alive = set(
            model.objects.filter(pk__in=[e["id"] for e in entries]).values_list("pk", flat=True)
        )
        names += [e["name"] for e in entries if e["id"] not in alive]
    return names


def restore_people(article: Article, links: dict | None, *, user=None, reason: str) -> None:
    """Give the article the people, roles and order of a version, as far as they exist."""
    if links is None:
        return
    wanted = links.get("people", [])
    existing = set(
        Person.objects.filter(pk__in=[e["id"] for e in wanted]).values_list("pk", flat=True)
    )
    current = {m.person_id: m for m in article.mentions.all()}
    keep = set()
    for position, entry in enumerate(e for e in wanted if e["id"] in existing):
        mention = current.get(entry["id"]) or Mention(article=article, person_id=entry["id"])
        keep.add(entry["id"])
        if mention.pk and (mention.role, mention.position) == (entry["role"], position):
            continue
        mention.role, mention.position = entry["role"], position
        mention._history_user, mention._change_reason = user, reason
        mention.save()
    for person_id, mention in current.items():
        if person_id not in keep:
            mention._history_user, mention._change_reason = user, reason
            mention.delete()
