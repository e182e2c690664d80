"""Extraction: what an article says about people, places, programmes and quotes.

One interface, `Extractor.extract(parsed, vocabulary=...)`; `RuleExtractor` implements it
with deterministic rules over the shapes of news English, offline and fast. A statistical
backend would be another class with the same method.
"""

from collections.abc import Sequence
from typing import Protocol

from articles.importing.extract import transcripts
from articles.importing.extract.organizations import find_organizations
from articles.importing.extract.people import People
from articles.importing.extract.places import find_dateline, find_places
from articles.importing.extract.programs import find_programs
from articles.importing.extract.quotes import find_quotes
from articles.importing.extract.tags import default_vocabulary, find_tags
from articles.importing.records import Extraction, ParsedArticle, PersonRecord, TermRecord
from articles.text import fold_key

__all__ = ["Extractor", "RuleExtractor", "default_vocabulary", "extract"]


class Extractor(Protocol):
    """What the pipeline needs from an extraction backend."""

    def extract(self, parsed: ParsedArticle, *, vocabulary: Sequence[TermRecord]) -> Extraction:
        """Return what the article says about people, places, programmes, quotes and topics."""
        ...


class RuleExtractor:
    """Deterministic rules over the shapes of news English; no model, no network."""

    def extract(self, parsed: ParsedArticle, *, vocabulary: Sequence[TermRecord]) -> Extraction:
        """Return everything the rules find in the article."""
        paragraphs = parsed.paragraphs
        people = People(paragraphs)
        person_keys = {p.key for p in people.persons}
        spoken = "\n\n".join(transcripts.without_labels(paragraphs))
        organizations = find_organizations(spoken, exclude=person_keys)
        programs = find_programs(parsed.title, paragraphs, organizations)
        not_places = person_keys | {fold_key(o.name) for o in organizations}
        places = find_places((parsed.title, *paragraphs), exclude=not_places)
        dateline = find_dateline(paragraphs)
        if dateline and dateline.name not in {p.name for p in places}:
            places.insert(0, dateline)
        persons = tuple(
            PersonRecord(p.name, tuple(p.variants), tuple(p.roles), evidence=p.evidence)
            for p in people.persons
        )
        return Extraction(
            dateline=dateline.name if dateline else None,
            persons=persons,
            organizations=tuple(organizations),
            places=tuple(places),
            programs=tuple(programs),
            quotes=find_quotes(paragraphs, persons, title=parsed.title),
            tags=find_tags(f"{parsed.title}\n{parsed.body}", tuple(vocabulary)),
        )


def extract(parsed: ParsedArticle, *, vocabulary: Sequence[TermRecord]) -> Extraction:
    """Extract with the default (rule-based) extractor."""
    return RuleExtractor().extract(parsed, vocabulary=vocabulary)
