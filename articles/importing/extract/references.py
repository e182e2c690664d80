"""Where an article names or points at its people: what speaker phrases refer back to.

Pronouns ('he says') and role nouns ('the official said') refer to the person mentioned
last, which may be someone the article leaves unnamed ('A fisherman …, who asked not to
be named, says') or someone it calls by given name alone ('Tigist explained').
"""

import re
from collections.abc import Sequence

from articles.importing.extract.lexicon import ATTRIBUTION_VERBS, TITLE_WORDS
from articles.importing.extract.people import People, PersonFound
from articles.importing.extract.speaker_words import HE_WORDS, OBJECT_CUES, SHE_WORDS
from articles.importing.records import PersonRecord
from articles.text import fold_key

VERB = r"(?:{})".format("|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True)))


def people_of(records: Sequence[PersonRecord]) -> People:
    """Return the people of person records, however found, for speaker phrases to match.

    Any extractor's records give what attribution reads (name, variants, roles); the
    surname and the folded keys the rules match on derive from them.
    """
    people = People(())
    people.persons = [PersonFound(r.name, list(r.variants), list(r.roles)) for r in records]
    return people


# 'A fisherman in the port, who asked not to be named, says': someone the article leaves
# unnamed, whom a later 'he says' or 'the official said' refers to.
UNNAMED = re.compile(
    # 'A Western diplomat': a capitalised modifier, a noun in lower case.
    r"(?:^|(?<=[.!?]\s)|(?<=\bBut\s))(?:A|An|One|Another)\s+"
    r"((?:[A-Za-z][\w-]*\s+){0,3}[a-z][\w-]*)"
)


ANONYMOUS = re.compile(
    r"\b(?:(?:asked|asking|declined|declining|did not want|refused|refusing) (?:not )?to be "
    r"(?:named|identified)"
    r"|on (?:the )?condition of anonymity|requested anonymity|spoke anonymously)\b"
)


def unnamed_positions(paragraphs: tuple[str, ...]) -> list[tuple]:
    """Return (paragraph, offset, None, noun) where a sentence opens on an unnamed 'a <role>'."""
    found = []
    for number, text in enumerate(paragraphs):
        for match in UNNAMED.finditer(text):
            nouns = [w for w in match.group(1).split() if w in TITLE_WORDS]
            if not nouns and ANONYMOUS.search(text, match.end(), match.end() + 200):
                nouns = match.group(1).split()[-1:]  # 'A sardar …, who asked not to be named,'
            if nouns:
                found.append((number, match.start(), None, nouns[0]))
    return found


def first_name_forms(people: People, paragraphs: tuple[str, ...]) -> list[tuple]:
    """Return (paragraph, offset, person) where a given name alone stands by a reporting verb."""
    pattern = re.compile(rf"(?<![\w-])([A-Z][\w-]+)\s+{VERB}\b|\b{VERB}\s+([A-Z][\w-]+)(?![\w-])")
    found = []
    for number, text in enumerate(paragraphs):
        for match in pattern.finditer(text):
            word = match.group(1) or match.group(2)
            person = people.match(word) if " " not in word else None
            if person is not None and word not in person.name.split()[1:]:
                found.append((number, match.start(), person))
    return found


TITLE_LINKS = {"of", "for", "to", "on"}
SPOKEN_TO = {"according", "spoke", "speaking", "talked", "talking", "interview", "spoken"}
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our"}


def is_object(text: str, offset: int) -> bool:
    """Return whether the name at offset is what its sentence acts on ('after meeting
    opposition leader X', 'backed by X'), looking back past its title and modifiers."""
    # From the clause's start: 'In the camp, nurse X' is about X.
    start = max(text.rfind(mark, 0, offset) for mark in (". ", "; ", ", ", "—", "(", "\n"))
    words = re.findall(r"[\w'’.-]+", text[start + 1 if start >= 0 else 0 : offset])
    titled, modifiers = False, 2  # 'met opposition leader X': a modifier or two of a title
    while words:
        word = words[-1].lower()
        if word in TITLE_WORDS:
            titled = True
        elif not (
            words[-1][:1].isupper()
            or word in DETERMINERS
            or word.endswith(("'s", "’s"))
            or (titled and modifiers and word.isalpha() and word not in OBJECT_CUES)
        ):
            break
        elif not (words[-1][:1].isupper() or word in DETERMINERS or word.endswith(("'s", "’s"))):
            modifiers -= 1
        words.pop()
        if (
            len(words) >= 2
            and words[-1].lower() in TITLE_LINKS
            and (words[-2][:1].isupper() or words[-2].lower() in TITLE_WORDS)
        ):
            words.pop()  # 'Ambassador to Zimbabwe Ms X', 'Secretary of State X': a title
    # 'according to X', 'I spoke to X', 'in an interview with X': X is who speaks.
    if len(words) >= 2 and words[-2].lower() in SPOKEN_TO and words[-1].lower() in {"to", "with"}:
        return False
    return bool(words) and words[-1].lower() in OBJECT_CUES


def misspelled(people: People, word: str) -> PersonFound | None:
    """Return the one person whose surname word is a letter or two off ('Mr Ndiay' for
    Ndiaye, 'Sharef' for Sharif): one edit in a surname of five letters, two from eight."""
    key = fold_key(word)
    if len(key) < 5 or " " in key:
        return None
    near = {
        id(person): person
        for person in people.persons
        for known in person.keys
        if edits_apart(key, known.split()[-1]) <= (2 if min(len(key), len(known)) >= 8 else 1)
    }
    return next(iter(near.values())) if len(near) == 1 else None


def edits_apart(a: str, b: str) -> int:
    """Return the letters to add, drop or change to turn a into b (Levenshtein distance)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def mention_positions(people: People, paragraphs: tuple[str, ...]) -> list[tuple]:
    """Return (paragraph, offset, person) for every naming of a person, in reading order."""
    forms = {}
    for person in people.persons:
        spellings = (person.name, *person.variants)
        for form in (*spellings, *(spelling.split()[-1] for spelling in spellings)):
            forms.setdefault(form, person)
    if not forms:
        return []
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:{})(?![\w-])".format("|".join(map(re.escape, ordered))))
    named = [
        (number, match.start(), forms[match.group()])
        for number, text in enumerate(paragraphs)
        for match in pattern.finditer(text)
    ]
    return sorted(named + first_name_forms(people, paragraphs), key=lambda m: m[:2])


def pronouns_of(people: People, paragraphs: tuple[str, ...]) -> dict[int, str]:
    """Return {id(person): 'he' or 'she'} for the people the article styles or titles so
    ('Mr Ruiz', 'Hajia Bello', 'the spokeswoman, Ana Lima'); others may be either."""
    text = "\n".join(paragraphs)
    found = {}
    for person in people.persons:
        surname = re.escape(person.name.split()[-1])
        styles = re.findall(rf"\b([A-Za-z]+)\.?\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{surname}\b", text)
        words = {w.lower() for w in styles} | set(fold_key(" ".join(person.roles)).split())
        he, she = bool(words & HE_WORDS), bool(words & SHE_WORDS)
        if he != she:
            found[id(person)] = "he" if he else "she"
    return found
