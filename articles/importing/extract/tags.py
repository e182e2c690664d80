"""Topic tags from a controlled vocabulary: a term applies when it or a synonym appears.

Matching is by whole words, in any case, with hyphens read as spaces and the last word
of a phrase in singular or plural ('election' finds 'elections' and the reverse).
"""

import json
import re
from functools import cache
from pathlib import Path

from articles.importing.records import TermRecord

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.json")
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def default_vocabulary() -> tuple[TermRecord, ...]:
    """Return the vocabulary that ships with the project."""
    entries = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    return tuple(TermRecord(e["term"], tuple(e.get("synonyms", ()))) for e in entries)


def words_of(text: str) -> list[str]:
    """Return the lower-case words of text; hyphens and spaces both separate words."""
    return WORD.findall(text.casefold().replace("’", "'"))


def number_forms(word: str) -> set[str]:
    """Return a word in singular and plural: 'election' -> {'election', 'elections'}."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("s") and not word.endswith("ss"):
        forms.add(word[:-1])
        if word.endswith("es"):
            forms.add(word[:-2])
    return forms


@cache
def vocabulary_index(vocabulary: tuple[TermRecord, ...]) -> tuple[dict[tuple, str], set, int]:
    """Return phrase words -> term (each number of the last word), first words, longest."""
    index: dict[tuple, str] = {}
    for term in vocabulary:
        for phrase in (term.term, *term.synonyms):
            words = words_of(phrase)
            for last in number_forms(words[-1]) if words else ():
                index.setdefault((*words[:-1], last), term.term)
    longest = max((len(key) for key in index), default=0)
    return index, {key[0] for key in index}, longest


def find_tags(text: str, vocabulary: tuple[TermRecord, ...]) -> tuple[str, ...]:
    """Return the vocabulary terms whose term or a synonym appears in text, in vocabulary order."""
    index, first_words, longest = vocabulary_index(tuple(vocabulary))
    words = words_of(text)
    found = set()
    for i, word in enumerate(words):
        if word not in first_words:
            continue
        for size in range(1, longest + 1):
            if term := index.get(tuple(words[i : i + size])):
                found.add(term)
    return tuple(t.term for t in vocabulary if t.term in found)
