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


def phrase_source(phrase: str) -> str:
    """Return a regex for a phrase: any case, hyphens or spaces, singular or plural."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", phrase.strip()) if w]
    if re.search(r"[^s]s$", words[-1]):
        words[-1] = words[-1][:-1]  # 'elections' also matches 'election'
    return r"[\s-]+".join(words) + r"(?:s|es)?"


@cache
def vocabulary_pattern(vocabulary: tuple[TermRecord, ...]) -> tuple[re.Pattern, dict[str, str]]:
    """Return one pattern for every phrase of the vocabulary, and phrase -> term."""
    phrases = {fold(p): term.term for term in vocabulary for p in (term.term, *term.synonyms)}
    ordered = sorted(phrases, key=len, reverse=True)
    source = "|".join(phrase_source(p) for p in ordered) or r"(?!)"
    return re.compile(rf"\b(?:{source})\b", re.IGNORECASE), phrases


def fold(phrase: str) -> str:
    return re.sub(r"[\s-]+", " ", phrase.strip().casefold())


def find_tags(text: str, vocabulary: tuple[TermRecord, ...]) -> tuple[str, ...]:
    """Return the vocabulary terms whose term or a synonym appears in text, in vocabulary order."""
    pattern, phrases = vocabulary_pattern(tuple(vocabulary))
    found = set()
    for match in pattern.finditer(text):
        phrase = fold(match.group())
        # The match may carry a plural ending the vocabulary phrase lacks.
        forms = (phrase, phrase + "s", phrase[:-1], phrase[:-2])
        terms = (phrases.get(form) for form in forms)
        found.add(next((t for t in terms if t), None))
    return tuple(t.term for t in vocabulary if t.term in found)
