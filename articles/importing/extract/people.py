"""People and the roles the article gives them.

A capitalised run is a person's name when its tail is two to four name-like words and
something around it says "person": a title or honorific before it, a role in apposition
('the Minister of X, NAME' or 'NAME, Senegal's interior minister'), or an attribution
verb beside it ('said NAME', 'NAME told'). A run with none of these counts only when the
surname comes back on its own elsewhere ('Diallo said'). Spellings that fold to the same
key, or share first and last name, are one person; the first full form names them.
"""

import re
from dataclasses import dataclass, field, replace

from articles.importing.extract import transcripts
from articles.importing.extract.candidates import Candidate, candidates
from articles.importing.extract.lexicon import (
    HONORIFICS,
    ROLE_KINDS,
    TITLE_WORDS,
)
from articles.importing.extract.listed import pass_cues_along
from articles.importing.extract.names import (
    is_rank,
    spelling_key,
)
from articles.importing.records import Evidence
from articles.text import fold_key

SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
INITIALS = re.compile(r"\w \w ")  # a folded name opening with initials: 'm k jadoon'


@dataclass
class PersonFound:
    name: str
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    evidence: Evidence | None = None  # the strongest cue seen for the person

    @property
    def key(self) -> str:
        return fold_key(self.name)

    @property
    def keys(self) -> list[str]:
        """Return the folded forms of every spelling of the name, and of the name without
        a generational suffix ('Ramon Villanueva Jr.' is 'Villanueva' later)."""
        keys = [self.key, *(fold_key(v) for v in self.variants)]
        return keys + [k.rsplit(" ", 1)[0] for k in keys if k.rsplit(" ", 1)[-1] in SUFFIXES]

    @property
    def surname(self) -> str:
        return self.key.split()[-1]

    def add_role(self, role: str) -> None:
        """Add a role unless the person already has it or a fuller form of it.

        'Minister NAME' after 'Energy Minister NAME' restates the same office in short; a
        fuller form said later replaces the short one.
        """
        role = role.strip(" ,;:")
        key = f" {fold_key(role)} "
        if not role or any(key in f" {fold_key(r)} " for r in self.roles):
            return
        shorter = [r for r in self.roles if f" {fold_key(r)} " in key]
        if shorter:
            self.roles[self.roles.index(shorter[0])] = role
            self.roles = [r for r in self.roles if r not in shorter[1:]]
        else:
            self.roles.append(role)


def same_first_and_last(known: list[str], parts: list[str]) -> bool:
    """Return whether two folded names share first name and surname, give or take a letter.

    Transliterations vary within one article ('Intalla', 'Intallah'); a name of three words
    or more that opens another ('Jean Claude Mukendi' of '… Mukendi Tshibangu') is it too.
    """
    if known[-1] == parts[-1] and (initials_of(known, parts) or initials_of(parts, known)):
        return True  # 'M.K. Jadoon' is 'Muhammad Khalid Jadoon'
    if known[0] != parts[0] and spelling_key(known[0]) != spelling_key(parts[0]):
        return False  # 'Mohamed' and 'Mohammed', 'Sergei' and 'Sergey' are one given name
    short, long = sorted((known, parts), key=len)
    if len(short) >= 3 and long[: len(short)] == short:
        return True
    return known[-1] == parts[-1] or (
        min(len(known[-1]), len(parts[-1])) >= 5 and one_edit_apart(known[-1], parts[-1])
    )


def initials_of(full: list[str], short: list[str]) -> bool:
    """Return whether short's given names are full's initials, one letter each, in order."""
    given, letters = full[:-1], short[:-1]
    return (
        len(letters) == len(given) > 0
        and all(len(letter) == 1 for letter in letters)
        and all(
            len(name) > 1 and name[0] == letter for name, letter in zip(given, letters, strict=True)
        )
    )


def one_edit_apart(a: str, b: str) -> bool:
    """Return whether b is a with one letter added, dropped or changed."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[n + (len(a) == len(b)) :] == b[n + 1 :]


def promote(found: list[Candidate], singles: set[str], speaking: set[str]) -> set[int]:
    """Give a cue to the weak candidates whose surname comes back alone or who speak.

    Return the ids of the candidates whose surname comes back, which count as people.
    """
    near = {spelling_key(single) for single in singles if len(single) >= 5}
    back = set()
    for candidate in found:
        key = fold_key(candidate.name)
        if candidate.one_word or candidate.alias:
            continue
        # 'Lydia Buchtmann …', then 'Ms Bauchtman said': the surname back, spelt anew.
        surname_back = any(key.endswith(" " + single) for single in singles) or (
            len(key.split()[-1]) >= 5 and spelling_key(key.split()[-1]) in near
        )
        if surname_back:
            back.add(id(candidate))
        if not candidate.strong and surname_back:
            candidate.cue, candidate.confidence = "surname repeated alone", 0.7
            candidate.strong = True
        elif key in speaking and not candidate.strong:
            candidate.cue, candidate.confidence = "speaker's label", 0.85
            candidate.strong = True
    return back


class People:
    """The people of one article, and how later phrases refer back to them."""

    def __init__(self, paragraphs: tuple[str, ...]):
        self.persons: list[PersonFound] = []
        found, singles = candidates(paragraphs)
        labelled = transcripts.speakers(paragraphs)  # 'NURUL AMIN (translated): …'
        back = promote(found, singles, {fold_key(name) for name in labelled.values()})
        # After the promotion: 'A, B and C' where only A's surname comes back passes it on.
        pass_cues_along(found, paragraphs)
        for candidate in found:
            if candidate.one_word or candidate.alias:
                continue  # after the full names, which they may refer to
            known = not candidate.strong and self.match(candidate.name, surname=False)
            if candidate.strong or id(candidate) in back or known:
                self.add(candidate)  # known: another spelling of someone named ('Sergey')
        for number, name in labelled.items():
            if self.match(name, surname=False) is None:
                self.add(Candidate(name, number, 0, True, None, None, "speaker's label", 0.85))
        for candidate in (c for c in found if c.alias and c.strong):
            self.add_family_first(candidate)
        for candidate in (c for c in found if c.one_word):
            self.add_one_word(candidate)

    def add_family_first(self, candidate: Candidate) -> None:
        """Add 'Tanaka Yuki' unless 'Yuki' is a known person's surname ('AIG Munu-Sesay')."""
        given = candidate.name.split()[-1]
        if self.named_by(given):
            person = self.match(given)
            if person is not None:
                self.note(person, replace(candidate, role=None))
            return
        self.add(candidate)

    def add_one_word(self, candidate: Candidate) -> None:
        """Add a person named by one word, unless the article names them in full."""
        person = self.match(candidate.name)
        if person is None and not self.named_by(candidate.name):
            person = PersonFound(candidate.name)
            self.persons.append(person)
        if person is not None:
            if candidate.role and all(is_rank(w) for w in candidate.role.split()):
                candidate = replace(candidate, role=None)  # 'Gen. NAME' says no more of a role
            self.note(person, candidate)

    def named_by(self, word: str) -> bool:
        """Return whether a word is part of a known person's name ('Majhi' of two Majhis)."""
        key = f" {fold_key(word)} "
        return any(key in f" {k} " for p in self.persons for k in p.keys)

    def add(self, candidate: Candidate) -> None:
        """Add a candidate as a new person or as another spelling of a known one."""
        # 'Bi Mwaro' after 'Bi Rehema Dama Mwaro': an honorific-led name may be a reference.
        styled = fold_key(candidate.name).split()[0] in HONORIFICS
        person = self.match(candidate.name, surname=styled)
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
        if candidate.alias and candidate.alias not in (person.name, *person.variants):
            person.variants.append(candidate.alias)
        self.note(person, candidate)

    def note(self, person: PersonFound, candidate: Candidate) -> None:
        """Give a person the candidate's roles, and its evidence when it is the strongest."""
        for role in (candidate.role, candidate.charge):
            if role:
                person.add_role(role)
        if person.evidence is None or candidate.confidence > person.evidence.confidence:
            person.evidence = candidate.evidence

    def match(self, name: str, *, surname: bool = True) -> PersonFound | None:
        """Return the person a full name, a first-and-last name or a surname refers to."""
        key = fold_key(re.sub(r"['’]s$", "", name))
        while key.split(" ", 1)[0] in HONORIFICS and " " in key and not INITIALS.match(key):
            key = key.split(" ", 1)[1]  # 'Mr Mensah' refers to whoever 'Mensah' does
        for person in self.persons:
            if key == person.key or key in {fold_key(v) for v in person.variants}:
                return person
        parts = key.split()
        if len(parts) > 1:
            same = [p for p in self.persons if same_first_and_last(p.key.split(), parts)]
            if len(same) == 1:
                return same[0]
        if surname and len(parts) <= 2:
            # 'Pisani', or a double surname 'Osei-Mensah' folded to 'osei mensah'.
            same = [p for p in self.persons if any(k.endswith(" " + key) for k in p.keys)]
            if same:
                return same[0] if len(same) == 1 else None
            if len(parts) == 1:
                return self.by_first_name(key) or self.by_near_surname(key)
        return None

    def by_near_surname(self, key: str) -> PersonFound | None:
        """Return the one person whose surname is key spelt a letter apart ('Ndiay', 'Ndiaye').

        Short surnames ('Li', 'Lin') are too close to each other to tell so.
        """
        same = [
            p
            for p in self.persons
            if len(key) >= 5
            and " " in p.key
            and (one_edit_apart(p.surname, key) or spelling_key(p.surname) == spelling_key(key))
        ]
        return same[0] if len(same) == 1 else None

    def by_first_name(self, key: str) -> PersonFound | None:
        """Return the one person whose name opens with the folded word key ('Zewdu said').

        Outlets that name people by their given name ('Tigist explained') refer back so; a
        word that opens two names, or ends another, names nobody for sure.
        """
        same = [p for p in self.persons if any(k.split()[0] == key for k in p.keys)]
        return same[0] if len(same) == 1 else None

    def by_role(self, words: set[str], *, kinds: bool = False) -> PersonFound | None:
        """Return the one person whose role shares a title word with words.

        kinds: a general noun also matches the offices it covers ('diplomat': 'ambassador').
        """
        if kinds:
            words = words | {office for w in words for office in ROLE_KINDS.get(w, ())}
        holders = [
            p
            for p in self.persons
            if any(
                w in TITLE_WORDS and w in re.findall(r"[\w-]+", fold_key(" ".join(p.roles)))
                for w in words
            )
        ]
        return holders[0] if len(holders) == 1 else None
