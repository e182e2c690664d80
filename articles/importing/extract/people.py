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
from functools import lru_cache

from articles.importing.extract.gazetteer import demonyms, is_place_word, lookup
from articles.importing.extract.lexicon import (
    ATTRIBUTION_VERBS,
    HONORIFICS,
    NOT_NAMES,
    ORG_HEADS,
    PARTICLES,
    PROGRAM_HEADS,
    TITLE_WORDS,
)
from articles.importing.extract.tokens import Token, capitalised_runs, tokenize
from articles.text import fold_key

BOUNDARY = re.compile(r"[,;:“”\"«»()]|\.\s")
MAX_ROLE_WORDS = 12
ROLE_STOPS = {
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "of",
    "in",
    "at",
    "by",
    "with",
    "from",
    "for",
    "to",
    "on",
    "and",
    "as",
    "was",
    "is",
    "were",
    "are",
    "who",
    "that",
    "which",
    "while",
    "when",
    "where",
    "after",
    "before",
    "during",
    "says",
}


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
        role = role.strip(" ,;:")
        if role and role.casefold() not in {r.casefold() for r in self.roles}:
            self.roles.append(role)


def is_title(word: str) -> bool:
    lower = word.lower()
    return lower in TITLE_WORDS or (lower.endswith("s") and lower[:-1] in TITLE_WORDS)


def is_name_word(token: Token, *, inside: bool = False) -> bool:
    """Return whether a token can be part of a name; inside a name a place word can be."""
    if not token.is_word or not token.is_capitalised:
        return token.lower in PARTICLES
    return is_name_text(token.bare, inside)


@lru_cache(maxsize=65536)
def is_name_text(word: str, inside: bool) -> bool:
    if len(word) > 1 and word.isupper() and not re.fullmatch(r"[A-Z]", word):
        return False  # an acronym
    lower = word.lower()
    return not (
        lower in NOT_NAMES
        or is_title(word)
        or lower in HONORIFICS
        or lower in ORG_HEADS
        or lower in PROGRAM_HEADS
        or word in demonyms()
        or (not inside and is_place_word(word))
    )


def split_run(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a capitalised run into (prefix, name): the name is its name-like tail."""
    n = len(tokens)
    while n > 0 and (
        is_name_word(tokens[n - 1])
        or (n >= 2 and is_name_word(tokens[n - 1], inside=True) and is_name_word(tokens[n - 2]))
    ):
        n -= 1
    name = tokens[n:]
    while name and name[0].lower in PARTICLES:
        name = name[1:]
    return tokens[: len(tokens) - len(name)], name


def role_from_words(words: list[Token], text: str, *, links: bool = False) -> str | None:
    """Return the role in words ending just before a name: from its title word on."""
    titles = [i for i, w in enumerate(words) if is_title(w.bare)]
    if not titles or len(words) - titles[0] > MAX_ROLE_WORDS:
        return None
    start = titles[0]
    while (
        start > 0
        and words[start - 1].is_word
        and (
            not stops_role(words[start - 1])
            # inside a capitalised title: 'Central Bank of Kenya Governor'
            or (
                links
                and words[start - 1].lower in TITLE_LINKS
                and start > 1
                and words[start - 2].is_capitalised
            )
        )
    ):
        start -= 1
    while start < titles[0] and (words[start].bare in demonyms() or words[start].lower == "the"):
        start += 1
    return text[words[start].start : words[-1].end]


def stops_role(token: Token) -> bool:
    """Return whether a word before a title ends the role: 'the', 'said', 'Nigeria's'."""
    lower = token.text.lower()
    return lower in ROLE_STOPS or lower in ATTRIBUTION_VERBS or lower.endswith(("'s", "’s"))


TITLE_LINKS = {"of", "for", "the", "and", "on"}
# A clause after 'NAME,' that starts so is not that person's role ('…, and the Mayor, …').
NOT_A_ROLE = {"who", "which", "where", "and", "or", "but", "while", "when", "as"}


def role_preceding(tokens: list[Token], first: int, text: str) -> str | None:
    """Return a title phrase standing right before a name: 'Secretary of State NAME'."""
    start = first
    while (
        start > 0
        and tokens[start - 1].is_word
        and (tokens[start - 1].is_capitalised or tokens[start - 1].lower in TITLE_LINKS)
    ):
        start -= 1
    words = tokens[start:first]
    while words and words[0].lower in TITLE_LINKS:
        words = words[1:]
    return role_from_words(words, text, links=True) if words else None


def role_before(text: str, start: int) -> str | None:
    """Return the role in 'the Minister of X, NAME' ending at the comma before start."""
    before = re.sub(r"\s*\([^)]*\)\s*(?=,$)", "", text[:start].rstrip())
    if not before.endswith(","):
        return None
    segment_end = len(before) - 1
    cuts = list(BOUNDARY.finditer(before[:segment_end]))
    segment_start = cuts[-1].end() if cuts else 0
    words = [t for t in tokenize(text[segment_start:segment_end]) if t.text.strip()]
    shifted = [Token(t.text, t.start + segment_start, t.end + segment_start) for t in words]
    return role_from_words(shifted, text) if shifted else None


def role_after(text: str, end: int) -> str | None:
    """Return the role in 'NAME, Senegal's interior minister,' after the name."""
    match = re.match(r",\s*(?:\d{1,3},\s*)?(?:the |a |an )?([^,;:.“”\"()]+)", text[end:])
    if not match:
        return None
    described = re.match(r",\s*(?:\d{1,3},\s*)?(?:a|an|the)\s", text[end:])
    segment = re.split(r"\s+(?:who|which|that|whose)\b", match.group(1).strip())[0]
    words = tokenize(segment)
    if not words or len(words) > MAX_ROLE_WORDS or words[0].lower in NOT_A_ROLE:
        return None
    if words[0].lower in ATTRIBUTION_VERBS:
        return None
    if not described and not any(is_title(w.bare) for w in words):
        return None
    return segment


def attributed(tokens: list[Token], start: int, end: int) -> bool:
    """Return whether an attribution verb stands right before or after tokens[start:end]."""
    before = [t.lower for t in tokens[max(0, start - 2) : start]]
    after = [t.lower for t in tokens[end : end + 4] if t.text != "," and not t.text.isdigit()]
    return (
        bool(before and before[-1] in ATTRIBUTION_VERBS)
        or before == ["according", "to"]
        or bool(after and after[0] in ATTRIBUTION_VERBS)
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
            if lookup(name_text):
                continue  # 'Côte d'Ivoire', 'Costa Rica': a place in the shape of a name
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
