"""Topic tags from a controlled vocabulary: a term applies when it or a synonym appears.

Matching is by whole words, in any case, with hyphens read as spaces and the last word
of a phrase in singular or plural ('election' finds 'elections' and the reverse). A
two-word phrase also applies when its words come in order a few words apart, in other
forms ('migrants held … by smugglers'), and a phrase whose '-ing' head no other term shares
applies on the head alone ('laundering the proceeds' is money laundering). A word in
'-ism' also stands for its '-ist' agent ('violent extremists'). A topic that is by
definition a kind of a broader one brings the broader term with it, when the vocabulary
has both (smuggling migrants is facilitating irregular migration).
"""

import json
import re
from functools import cache
from pathlib import Path

from articles.importing.records import TermRecord

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.json")
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# How far apart a phrase's two words may stand: about one sentence ('migrants held in … by
# smugglers').
WINDOW = 15
# Narrower topic -> the broader topic it is a form of, by the definitions the terms carry
# in international law and reporting (the UN protocols on smuggling and on drugs).
BROADER = {
    "migrant smuggling": "irregular migration",
    "drug trafficking": "organised crime",
}


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


def word_forms(word: str) -> set[str]:
    """Return a word's inflections and agent nouns: 'smuggling' -> 'smugglers', 'smuggled'."""
    forms = number_forms(word)
    stems = {word}
    if word.endswith("ing") and len(word) > 6:
        stems |= {word[:-3], word[:-3] + "e"}  # 'launder', 'smuggle'
    elif word.endswith("s") and len(word) > 4:
        stems.add(word[:-1])  # 'migrants' -> 'migrant'
    if word.endswith("ism"):
        forms |= {word[:-3] + "ist", word[:-3] + "ists"}  # 'extremism' -> 'extremists'
    for stem in stems:
        forms |= {stem, stem + "s", stem + "ed", stem + "er", stem + "ers", stem + "ing"}
        if stem.endswith("e"):
            forms |= {stem + "d", stem + "r", stem + "rs"}
    return forms


@cache
def loose_index(vocabulary: tuple[TermRecord, ...]) -> tuple[list, dict[str, str]]:
    """Return (forms of both words, term) of two-word phrases, and lone '-ing' heads -> term.

    A head counts alone only when one term owns it ('laundering'; not 'trafficking').
    """
    pairs, heads = [], {}
    for term in vocabulary:
        for phrase in (term.term, *term.synonyms):
            words = words_of(phrase)
            if len(words) == 2:
                pairs.append((word_forms(words[0]), word_forms(words[1]), term.term))
                # Only the term's own head: a synonym's ('terrorist financing') is too loose.
                heads.setdefault(words[1], set()).add(term.term if phrase == term.term else "")
    unique = {
        head: terms.pop()
        for head, terms in heads.items()
        if head.endswith("ing") and len(terms) == 1 and "" not in terms
    }
    return pairs, {form: term for head, term in unique.items() for form in word_forms(head)}


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
    found |= loosely_found(words, tuple(vocabulary))
    terms = {t.term for t in vocabulary}
    found |= {BROADER[term] for term in found if BROADER.get(term) in terms}
    return tuple(t.term for t in vocabulary if t.term in found)


def loosely_found(words: list[str], vocabulary: tuple[TermRecord, ...]) -> set[str]:
    """Return terms whose two words come in order within a sentence's length, in other
    forms ('migrants … smugglers'), or whose '-ing' head only they own appears."""
    pairs, heads = loose_index(vocabulary)
    found = {heads[word] for word in words if word in heads}
    where: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        where.setdefault(word, []).append(i)
    present = where.keys()
    for first, second, term in pairs:
        if term in found or first.isdisjoint(present) or second.isdisjoint(present):
            continue  # most pairs have a word missing: nothing to measure
        at_first = [i for form in first & present for i in where[form]]
        at_second = [i for form in second & present for i in where[form]]
        if any(0 < j - i <= WINDOW for i in at_first for j in at_second):
            found.add(term)
    return found
