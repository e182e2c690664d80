"""What one file's new or updated article brings: its source's provenance fields, and
the rows from what extraction found and the resolver matched (mentions and quotes)."""

from dataclasses import dataclass
from datetime import datetime, time

from django.utils import timezone

from articles.importing.records import Extraction, SourceMeta
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


def source_fields(meta: SourceMeta) -> dict:
    """Return the article's provenance fields as the source's metadata gives them."""
    published = meta.published
    if published is not None and not isinstance(published, datetime):
        # A date alone: its midnight in the site's time zone, as an editor enters one.
        published = timezone.make_aware(datetime.combine(published, time()))
    return {
        "source_url": meta.url,
        "source_outlet": meta.outlet,
        "source_authors": list(meta.authors),
        "source_language": meta.language,
        "source_published": published,
        "source_published_has_time": isinstance(meta.published, datetime),
    }


def source_differences(article: Article, meta: SourceMeta) -> list[str]:
    """Describe how the source's metadata differs from the article's provenance fields."""
    return [
        f"source {name.removeprefix('source_').replace('_', ' ')} is now {value!r}"
        for name, value in source_fields(meta).items()
        if getattr(article, name) != value
    ]
