"""People and the roles the article gives them.

A capitalised run is a person's name when its tail is two to four name-like words and
something around it says "person": a title or honorific before it, a role in apposition
('the Minister of X, NAME' or 'NAME, Senegal's interior minister'), or an attribution
verb beside it ('said NAME', 'NAME told'). A run with none of these counts only when the
surname comes back on its own elsewhere ('Diallo said'). Spellings that fold to the same
key, or share first and last name, are one person; the first full form names them.
"""

import re
from dataclasses import dataclass, field

from articles.importing.extract.gazetteer import lookup
from articles.importing.extract.lexicon import (
    ATTRIBUTION_VERBS,
    HONORIFICS,
    ORG_HEADS,
    PARTICLES,
    PROGRAM_HEADS,
    TITLE_WORDS,
)
from articles.importing.extract.names import split_run
from articles.importing.extract.roles import (
    role_after,
    role_before,
    role_from_words,
    role_preceding,
)
from articles.importing.extract.tokens import Token, capitalised_runs, tokenize
from articles.text import fold_key

# 'the Campaign for Good Governance': a capitalised run after 'Name for' ends a name.
NAME_LINKS = {"for", "of", "on", "against"}


@dataclass
class PersonFound:
    name: str
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return fold_key(self.name)

    @property
    def surname(self) -> str:
        return self.key.split()[-1]

    def add_role(self, role: str) -> None:
        """Add a role unless the person already has it (in any case)."""
        role = role.strip(" ,;:")
        if role and role.casefold() not in {r.casefold() for r in self.roles}:
            self.roles.append(role)


def attributed(tokens: list[Token], start: int, end: int) -> bool:
    """Return whether an attribution verb stands right before or after tokens[start:end]."""
    before = [t.lower for t in tokens[max(0, start - 2) : start]]
    after = [t.lower for t in tokens[end : end + 4] if t.text != "," and not t.text.isdigit()]
    return (
        bool(before and before[-1] in ATTRIBUTION_VERBS)
        or before == ["according", "to"]
        or bool(after and after[0] in ATTRIBUTION_VERBS)
    )


def ends_a_longer_name(tokens: list[Token], start: int) -> bool:
    """Return whether the run at start completes a name like 'the Campaign for X'."""
    if start < 2 or tokens[start - 1].lower not in NAME_LINKS:
        return False
    head = tokens[start - 2]
    if not (head.is_word and head.is_capitalised):
        return False
    # 'Support for Amadou Ba grew': a capitalised sentence start is not a name's head.
    before = tokens[start - 3] if start > 2 else None
    return (
        head.lower in ORG_HEADS
        or head.lower in PROGRAM_HEADS
        or (
            before is not None
            and before.is_word
            and (before.is_capitalised or before.lower == "the")
        )
    )


@dataclass
class Candidate:
    name: str
    paragraph: int
    offset: int
    strong: bool
    role: str | None


def candidates(paragraphs: tuple[str, ...]) -> tuple[list[Candidate], set[str]]:
    """Return name candidates in reading order, and the folded single-word mentions."""
    found, singles = [], set()
    for number, text in enumerate(paragraphs):
        tokens = tokenize(text)
        for start, end in capitalised_runs(tokens):
            prefix, name = split_run(tokens[start:end])
            words = [t for t in name if t.lower not in PARTICLES]
            if len(words) == 1:
                singles.add(fold_key(words[0].bare))
            if not 2 <= len(words) <= 4:
                continue
            first = start + len(prefix)
            name_text = text[name[0].start : name[-1].end]
            name_text = re.sub(r"['’]s$", "", name_text)
            if lookup(name_text) or (not prefix and ends_a_longer_name(tokens, start)):
                continue  # 'Côte d'Ivoire' is a place; 'Campaign for Good Governance' a body
            role = role_preceding(tokens, first, text)  # covers the run's own prefix
            role = role or (role_from_words(prefix, text) if prefix else None)
            # 'the Minister of X, Mrs. NAME': the comma stands before the honorific.
            role = role or role_before(text, tokens[start].start) or role_after(text, name[-1].end)
            honorific = any(t.lower in HONORIFICS for t in prefix)
            relative = re.match(r",\s*(?:\d{1,3},\s*)?who\b", text[name[-1].end :])
            strong = bool(role or honorific or relative or attributed(tokens, first, end))
            found.append(Candidate(name_text, number, name[0].start, strong, role))
    return found, singles


class People:
    """The people of one article, and how later phrases refer back to them."""

    def __init__(self, paragraphs: tuple[str, ...]):
        self.persons: list[PersonFound] = []
        found, singles = candidates(paragraphs)
        keys = [fold_key(c.name) for c in found]
        for candidate, key in zip(found, keys, strict=True):
            surname_back = any(key.endswith(" " + single) for single in singles)
            if candidate.strong or surname_back:
                self.add(candidate)

    def add(self, candidate: Candidate) -> None:
        """Add a candidate as a new person or as another spelling of a known one."""
        person = self.match(candidate.name, surname=False)
        key = fold_key(candidate.name)
        shorter = [p for p in self.persons if key.endswith(" " + p.key)]
        longer = [p for p in self.persons if p.key.endswith(" " + key)]
        if person is None and len(longer) == 1:
            person = longer[0]  # 'Minister Dossou-Yovo Kpadonou': a surname reference
        elif person is None and len(shorter) == 1:
            # 'Cardoso Matos said' came first; 'Rui Cardoso Matos' is the full name.
            person = shorter[0]
            person.name = candidate.name
        elif person is None:
            person = PersonFound(candidate.name)
            self.persons.append(person)
        elif person not in longer and candidate.name not in (person.name, *person.variants):
            person.variants.append(candidate.name)
        if candidate.role:
            person.add_role(candidate.role)

    def match(self, name: str, *, surname: bool = True) -> PersonFound | None:
        """Return the person a full name, a first-and-last name or a surname refers to."""
        key = fold_key(re.sub(r"['’]s$", "", name))
        while key.split(" ", 1)[0] in HONORIFICS and " " in key:
            key = key.split(" ", 1)[1]  # 'Mr Mensah' refers to whoever 'Mensah' does
        for person in self.persons:
            if key == person.key or key in {fold_key(v) for v in person.variants}:
                return person
        parts = key.split()
        if len(parts) > 1:
            same = [
                p for p in self.persons if (p.key.split()[0], p.surname) == (parts[0], parts[-1])
            ]
            if len(same) == 1:
                return same[0]
        if surname and len(parts) <= 2:
            # 'Pisani', or a double surname 'Osei-Mensah' folded to 'osei mensah'.
            same = [p for p in self.persons if p.key.endswith(" " + key)]
            return same[0] if len(same) == 1 else None
        return None

    def by_role(self, words: set[str]) -> PersonFound | None:
        """Return the one person whose role shares a title word with words."""
        holders = [
            p
            for p in self.persons
            if any(w in TITLE_WORDS and w in fold_key(" ".join(p.roles)).split() for w in words)
        ]
        return holders[0] if len(holders) == 1 else None
