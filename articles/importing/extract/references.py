"""Where an article names or points at its people: what speaker phrases refer back to.

Pronouns ('he says') and role nouns ('the official said') refer to the person mentioned
last, which may be someone the article leaves unnamed ('A fisherman …, who asked not to
be named, says') or someone it calls by given name alone ('Tigist explained').
"""

import re
from collections.abc import Sequence

from articles.importing.extract.lexicon import ATTRIBUTION_VERBS, TITLE_WORDS
from articles.importing.extract.people import People, PersonFound
from articles.importing.records import PersonRecord

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
    r"(?:^|(?<=[.!?]\s)|(?<=\bBut\s))(?:A|An|One|Another)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
)


def unnamed_positions(paragraphs: tuple[str, ...]) -> list[tuple]:
    """Return (paragraph, offset, None, noun) where a sentence opens on an unnamed 'a <role>'."""
    found = []
    for number, text in enumerate(paragraphs):
        for match in UNNAMED.finditer(text):
            nouns = [w for w in match.group(1).split() if w in TITLE_WORDS]
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
