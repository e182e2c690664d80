"""Topic tags from a controlled vocabulary: a term applies when it or a synonym appears."""

import json
import re
from functools import cache
from pathlib import Path

from articles.importing.records import TermRecord

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.json")


def default_vocabulary() -> tuple[TermRecord, ...]:
    """Return the vocabulary that ships with the project."""
    entries = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    return tuple(TermRecord(e["term"], tuple(e.get("synonyms", ()))) for e in entries)


@cache
def phrase_pattern(phrase: str) -> re.Pattern:
    """Match a phrase case-insensitively, with hyphens or spaces, singular or plural."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", phrase.strip()) if w]
    body = r"[\s-]+".join(words)
    return re.compile(rf"\b{body}(?:s|es)?\b", re.IGNORECASE)


def find_tags(text: str, vocabulary: tuple[TermRecord, ...]) -> tuple[str, ...]:
    return tuple(
        term.term
        for term in vocabulary
        if any(phrase_pattern(p).search(text) for p in (term.term, *term.synonyms))
    )
