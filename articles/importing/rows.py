"""The rows one file's new or updated article brings, from what extraction found and
the resolver matched: its mentions, its quotes, and the snapshot of its links that its
version in history records (see articles.link_history)."""

from dataclasses import dataclass

from articles.importing.records import Extraction
from articles.models import Article, Mention
from articles.models import Quote as QuoteModel


@dataclass
class Resolved:
    """What one file found, with its entities as record ids and its history snapshot."""

    found: Extraction
    places: dict[str, int]
    persons: dict[str, int]
    links: dict[str, list[int]]
    tag_ids: list[int]
    snapshot: dict


def mention_rows(article: Article, resolved: Resolved) -> list[Mention]:
    """One mention per person: two names in the text may turn out to be one person."""
    people = {}
    for p in resolved.found.persons:
        people.setdefault(resolved.persons[p.name], (p.roles or [""])[0][:300])
    return [
        Mention(article=article, person_id=person_id, role=role, position=position)
        for position, (person_id, role) in enumerate(people.items())
    ]


def quote_rows(article: Article, resolved: Resolved) -> list[QuoteModel]:
    return [
        QuoteModel(
            article=article,
            speaker_id=resolved.persons.get(q.speaker),
            text=q.text,
            position=position,
            is_fragment=q.is_fragment,
        )
        for position, q in enumerate(resolved.found.quotes)
    ]


def links_snapshot(found: Extraction, persons: dict[str, int], found_ids) -> dict:
    """Return the links history records for the article (see articles.link_history).

    Names are those the article uses; ids say which records they resolved to.
    """
    names = {
        "places": [p.name for p in found.places],
        "organizations": [o.name for o in found.organizations],
        "programs": [p.name for p in found.programs],
        "tags": list(found.tags),
    }
    snapshot = {
        key: [{"id": pk, "name": name} for pk, name in first_names(ids, names[key])]
        for key, ids in found_ids.items()
    }
    people: dict[int, dict] = {}
    for p in found.persons:
        role = (p.roles or [""])[0][:300]
        people.setdefault(persons[p.name], {"id": persons[p.name], "name": p.name, "role": role})
    snapshot["people"] = list(people.values())
    return snapshot


def first_names(ids, names) -> list[tuple[int, str]]:
    """Pair each distinct id with the first name that resolved to it."""
    first: dict[int, str] = {}
    for pk, name in zip(ids, names, strict=True):
        first.setdefault(pk, name)
    return list(first.items())
