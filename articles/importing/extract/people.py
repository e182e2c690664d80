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

from articles.importing.extract import transcripts
from articles.importing.extract.gazetteer import lookup
from articles.importing.extract.lexicon import (
    AIM_WORDS,
    ATTRIBUTION_VERBS,
    GEO_HEADS,
    GEO_MODIFIERS,
    HONORIFICS,
    KINSHIP,
    LEGAL_HEADS,
    ORG_HEADS,
    PROGRAM_HEADS,
    ROLE_KINDS,
    TITLE_WORDS,
)
from articles.importing.extract.names import name_words, split_run
from articles.importing.extract.roles import role_after, role_relative, stated_role
from articles.importing.extract.tokens import Token, capitalised_runs, tokenize
from articles.text import fold_key

# 'the Campaign for Good Governance': a capitalised run after 'Name for' ends a name.
# 'the Office to Combat X' too.
NAME_LINKS = {"for", "of", "on", "against", "to"}


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# '… led by NAME', 'founded by NAME': someone who leads or founded something.
LED = {"led", "headed", "founded", "co-founded", "chaired", "run", "commanded", "owned"}
INITIALS = re.compile(r"\w \w ")  # a folded name opening with initials: 'm k jadoon'
KIN_DESCRIBED = re.compile(rf",\s*(?:a|an|the)\s+(?:{'|'.join(sorted(KINSHIP))})\b")
AGED = re.compile(r",\s*(?:\d{1,3},\s*)?an? \d+-year-old\b")


@dataclass
class PersonFound:
    name: str
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

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


def attributed(tokens: list[Token], start: int, end: int) -> bool:
    """Return whether an attribution verb stands right before or after tokens[start:end]."""
    before = [t.lower for t in tokens[max(0, start - 2) : start]]
    if end < len(tokens) and tokens[end].text == "(":  # 'NAME (EPP, NL) said'
        close = next(
            (n for n in range(end, min(end + 12, len(tokens))) if tokens[n].text == ")"), None
        )
        end = close + 1 if close is not None else end
    after = [t.lower for t in tokens[end : end + 4] if t.text != "," and not t.text.isdigit()]
    return (
        bool(before and before[-1] in ATTRIBUTION_VERBS)
        or before == ["according", "to"]
        or (before[-1:] == ["by"] and before[0] in LED)  # 'a gang led by NAME'
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


def is_place_shaped(tokens: list[Token], end: int, words: list[Token]) -> bool:
    """Return whether a run is shaped like a place: 'Upper Nile states', 'the White Nile'."""
    after = tokens[end] if end < len(tokens) else None
    return words[0].lower in GEO_MODIFIERS or (
        after is not None
        and after.is_word
        and not after.is_capitalised
        and after.lower in GEO_HEADS
    )


@dataclass
class Candidate:
    name: str
    paragraph: int
    offset: int
    strong: bool
    role: str | None
    charge: str | None = None


def candidates(paragraphs: tuple[str, ...]) -> tuple[list[Candidate], set[str]]:
    """Return name candidates in reading order, and the folded single-word mentions."""
    found, singles = [], set()
    for number, text in enumerate(paragraphs):
        tokens = tokenize(text)
        previous = None  # (where the paragraph's last name ends, the role it was given)
        for start, end in capitalised_runs(tokens):
            prefix, name = split_run(tokens[start:end])
            words = name_words(name)
            if len(words) == 1:
                singles.add(fold_key(words[0].bare))
            # 'Ibrahima, a 19-year-old from Conakry': someone the article names by one name.
            alone = len(words) == 1 and not prefix and AGED.match(text, name[-1].end)
            if not (2 <= len(words) <= 4 or alone):
                continue
            first = start + len(prefix)
            name_text = text[name[0].start : name[-1].end]
            name_text = re.sub(r"['’]s$", "", name_text)
            if (
                lookup(name_text)
                or (name[0].text.endswith(("'s", "’s")) and lookup(name[0].bare))  # "Lusaka's X"
                or words[-1].lower in LEGAL_HEADS  # 'the Immigration Act'
                or any(t.lower in AIM_WORDS for t in prefix)  # '… for Combating X Y'
                or is_place_shaped(tokens, end, words)
                or (not prefix and ends_a_longer_name(tokens, start))
            ):
                continue  # 'Côte d'Ivoire' is a place; 'Campaign for Good Governance' a body
            # 'the Minister of X, Mrs. NAME': the comma stands before the honorific.
            apposed = is_apposed(text, previous, tokens[start].start)
            role = stated_role(tokens, first, start, name[-1].end, text, apposed=apposed)
            previous = (name[-1].end, role)
            honorific = any(t.lower in HONORIFICS for t in prefix)
            # ', who …' and ', a 24-year-old …' describe a person even where no role is said.
            after = re.sub(r"^\s*\([^()]{1,40}\)", "", text[name[-1].end :])  # '(EPP, NL)'
            relative = re.match(r",\s*(?:\d{1,3},|(?:\d{1,3},\s*)?who(?:se|m)?\b)", after)
            relative = relative or KIN_DESCRIBED.match(after)  # ', a mother of four,'
            relative = relative or AGED.match(text, name[-1].end)
            strong = bool(role or honorific or relative or attributed(tokens, first, end))
            found.append(Candidate(name_text, number, name[0].start, strong, role))
            # 'NAME, the Kampala MP, who chairs the committee,': the charge is a role too.
            charge = role_relative(text, name[-1].end)
            if role and charge and charge != role:
                found[-1].charge = charge
    return found, singles


def is_apposed(text: str, previous: tuple[int, str | None] | None, start: int) -> bool:
    """Return whether the phrase between the previous name and start is that name's role.

    'NAME, Ambassador to X, Mr NAME, Deputy Minister': the title between the two names is
    the first person's, not the second's.
    """
    return bool(
        previous
        and previous[1] == role_after(text, previous[0])
        and re.fullmatch(r",[^,;:.()]+,\s*", text[previous[0] : start])
    )


def same_first_and_last(known: list[str], parts: list[str]) -> bool:
    """Return whether two folded names share first name and surname, give or take a letter.

    Transliterations vary within one article ('Intalla', 'Intallah'); a name of three words
    or more that opens another ('Jean Claude Mukendi' of '… Mukendi Tshibangu') is it too.
    """
    if known[-1] == parts[-1] and (initials_of(known, parts) or initials_of(parts, known)):
        return True  # 'M.K. Jadoon' is 'Muhammad Khalid Jadoon'
    if known[0] != parts[0]:
        return False
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


class People:
    """The people of one article, and how later phrases refer back to them."""

    def __init__(self, paragraphs: tuple[str, ...]):
        self.persons: list[PersonFound] = []
        found, singles = candidates(paragraphs)
        keys = [fold_key(c.name) for c in found]
        labelled = transcripts.speakers(paragraphs)  # 'NURUL AMIN (translated): …'
        speaking = {fold_key(name) for name in labelled.values()}
        for candidate, key in zip(found, keys, strict=True):
            surname_back = any(key.endswith(" " + single) for single in singles)
            if candidate.strong or surname_back or key in speaking:
                self.add(candidate)
        for number, name in labelled.items():
            if self.match(name, surname=False) is None:
                self.add(Candidate(name, number, 0, strong=True, role=None))

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
        for role in (candidate.role, candidate.charge):
            if role:
                person.add_role(role)

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
                return self.by_first_name(key)
        return None

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
