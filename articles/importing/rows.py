"""The rows one file's new or updated article brings, from what extraction found and
the resolver matched: its mentions and its quotes."""

from dataclasses import dataclass

from articles.importing.records import Extraction
from articles.models import Article, Mention
from articles.models import Quote as QuoteModel


@dataclass
class Resolved:
    """What one file found, with its entities and tags as record ids."""

    found: Extraction
    places: dict[str, int]
    persons: dict[str, int]
    links: dict[str, list[int]]
    tag_ids: list[int]


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
