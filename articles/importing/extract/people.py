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
from articles.importing.extract.described import person_context
from articles.importing.extract.gazetteer import lookup
from articles.importing.extract.lexicon import (
    AIM_WORDS,
    ATTRIBUTION_VERBS,
    CAPTION_WORDS,
    DAYS,
    GEO_HEADS,
    GEO_MODIFIERS,
    HONORIFICS,
    LEGAL_FORMS_BEFORE,
    LEGAL_HEADS,
    MONTHS,
    OFFICE_POST_NOMINALS,
    ORG_HEADS,
    PROGRAM_HEADS,
    ROLE_KINDS,
    TITLE_WORDS,
)
from articles.importing.extract.listed import pass_cues_along
from articles.importing.extract.names import (
    clean_name,
    is_post_nominal,
    is_rank,
    name_words,
    spelling_key,
    split_run,
)
from articles.importing.extract.roles import role_after, role_relative, stated_role
from articles.importing.extract.shapes import family_first, regnal_number, with_peerage
from articles.importing.extract.surnames import is_said_person, one_word_cue, proper_nouns
from articles.importing.extract.tokens import Token, capitalised_runs, sentence_bounds, tokenize
from articles.importing.records import Evidence
from articles.text import fold_key

# 'the Campaign for Good Governance': a capitalised run after 'Name for' ends a name.
# 'the Office to Combat X' too.
NAME_LINKS = {"for", "of", "on", "against", "to"}


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# '… led by NAME', 'founded by NAME': someone who leads or founded something.
LED = {"led", "headed", "founded", "co-founded", "chaired", "run", "commanded", "owned"}
INITIALS = re.compile(r"\w \w ")  # a folded name opening with initials: 'm k jadoon'
# Words a run may end on after a name: 'Minister NAME Monday', 'NAME Image: Reuters'.
TRAILING_WORDS = DAYS | set(MONTHS) | CAPTION_WORDS
# 'the Ontario-based Magna', 'Family-controlled Douglas': what is based or owned is a body.
BODY_ADJECTIVE_ENDS = ("-based", "-owned", "-controlled", "-listed", "-run", "-funded")
AGED = re.compile(r",\s*(?:\d{1,3},\s*)?an? \d+-year-old\b")


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
            and (
                (before.is_word and (before.is_capitalised or before.lower == "the"))
                or before.text in {"'", "’"}  # "the Citizens' Platform for X"
            )
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
    cue: str = ""
    confidence: float = 0.0
    sentence: str = ""
    alias: str | None = None  # the same name in another order: 'Yuki Tanaka' of 'Tanaka Yuki'
    one_word: bool = False  # named by a surname alone: 'Mr Putin', 'the Modi government'
    end: int = 0  # where the name ends in its paragraph

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.sentence, self.cue, self.confidence)


def candidates(paragraphs: tuple[str, ...]) -> tuple[list[Candidate], set[str]]:
    """Return name candidates in reading order, and the folded single-word mentions."""
    found, singles = [], set()
    proper = proper_nouns(paragraphs)  # which one-word names are proper nouns
    for number, text in enumerate(paragraphs):
        tokens = tokenize(text)
        previous = None  # (where the paragraph's last name ends, the role it was given)
        for start, end in capitalised_runs(tokens):
            # 'Sarah Whitfield QC': letters after a name mark a person, outside the name.
            while end - start > 1 and tokens[end - 1].lower in TRAILING_WORDS:
                end -= 1  # 'Foreign Minister Jose Miguel Insulza Monday'
            numeral = tokens[end - 1] if regnal_number(tokens, start, end) else None
            end -= bool(numeral)  # 'Henry VIII': the number is in the name, not a word of it
            post = end
            while end - start > 1 and is_post_nominal(tokens[end - 1]):
                end -= 1
            prefix, name = with_peerage(*split_run(tokens[start:end]))
            family = family_first(prefix, name)  # 'TANAKA Yuki'
            if family:
                prefix, name = prefix[:-1], [family, *name]
            words = name_words(name)
            if len(words) == 1:
                singles.add(fold_key(words[0].bare))
            # 'Ibrahima, a 19-year-old from Conakry': someone the article names by one name.
            alone = len(words) == 1 and not prefix and AGED.match(text, name[-1].end)
            alone = alone or (numeral and len(words) == 1 and words[0].lower not in proper[1])
            first = start + len(prefix)
            one_name = len(words) == 1 and not alone and bool(name) and post == end
            if not (2 <= len(words) <= 4 or alone or one_name):
                continue
            name_text = clean_name(text[name[0].start : (numeral or name[-1]).end])
            if not_a_person(tokens, start, end, prefix, name, name_text):
                continue  # 'Côte d'Ivoire' is a place; 'Campaign for Good Governance' a body
            if one_name:
                one = one_word(tokens, start, end, prefix, name, text, proper)
                if one:
                    found.append(replace(one, paragraph=number))
                continue
            # 'the Minister of X, Mrs. NAME': the comma stands before the honorific.
            apposed = is_apposed(text, previous, tokens[start].start)
            role = stated_role(tokens, first, start, name[-1].end, text, apposed=apposed)
            previous = (name[-1].end, role)
            if not role and post > end and tokens[post - 1].lower in OFFICE_POST_NOMINALS:
                role = tokens[post - 1].text  # 'Jane Doyle MP'
            styled = post > end or any(t.lower in HONORIFICS for t in (*prefix, name[0]))
            cue, confidence = person_cue(
                role=bool(role),
                said=attributed(tokens, first, post),
                styled=styled,
                context=person_context(text, name[0].start, name[-1].end)
                or (("a regnal number after the name", 0.75) if numeral else None),
            )
            if family and not cue:
                continue  # 'UN Open': capitals before a name need a cue saying 'person'
            found.append(
                Candidate(
                    name_text if not family else family_name(name),
                    number,
                    name[0].start,
                    bool(cue),
                    role,
                    cue=cue,
                    confidence=confidence,
                    sentence=sentence_at(text, name[0].start),
                    alias=family_name(name, given_first=True) if family else None,
                    end=name[-1].end,
                )
            )
            # 'NAME, the Kampala MP, who chairs the committee,': the charge is a role too.
            charge = role_relative(text, name[-1].end)
            if role and charge and charge != role:
                found[-1].charge = charge
    return found, singles


def not_a_person(
    tokens: list[Token], start: int, end: int, prefix: list[Token], name: list[Token], text: str
) -> bool:
    """Return whether a name-like run is a place, a law or the end of a body's name."""
    words = name_words(name)
    return bool(
        lookup(text)
        or (name[0].text.endswith(("'s", "’s")) and lookup(name[0].bare))  # "Lusaka's X"
        or words[-1].lower in LEGAL_HEADS  # 'the Immigration Act'
        or any(t.lower in AIM_WORDS for t in prefix)  # '… for Combating X Y'
        or any(t.lower in LEGAL_FORMS_BEFORE for t in prefix)  # 'PT Timor Putra Nasional'
        or bool(prefix and prefix[-1].lower.endswith(BODY_ADJECTIVE_ENDS))  # 'Ontario-based X'
        or is_place_shaped(tokens, end, words)
        # 'Platform for Refugee Support': a title word inside a body's name styles no one.
        or ((not prefix or len(words) == 1) and ends_a_longer_name(tokens, start))
    )


def person_cue(
    *, role: bool, said: bool, styled: bool, context: tuple[str, float] | None
) -> tuple[str, float]:
    """Return the cue that says a name is a person's, and how sure it is ("" when none)."""
    if role and said:
        return "role and 'said' beside the name", 0.95
    if role:
        return "role beside the name", 0.9
    if said:
        return "'said NAME' or 'NAME said'", 0.85
    if styled:
        return "style or letters around the name", 0.85
    return context or ("", 0.0)


def one_word(
    tokens: list[Token],
    start: int,
    end: int,
    prefix: list[Token],
    name: list[Token],
    text: str,
    proper: tuple[set[str], set[str]],
) -> Candidate | None:
    """Return a person named by one word ('Mr Putin', 'Macron said'), or None."""
    first = start + len(prefix)
    one = one_word_cue(tokens, start, prefix, name)
    if one is None or (
        one.cue.startswith("surname beside") and not is_said_person(one.word, text, end, proper)
    ):
        return None
    role = stated_role(tokens, first, start, name[-1].end, text, apposed=False)
    sentence = sentence_at(text, name[0].start)
    return Candidate(
        one.word,
        0,
        name[0].start,
        True,
        role,
        None,
        one.cue,
        one.confidence,
        sentence,
        one_word=True,
        end=name[-1].end,
    )


def sentence_at(text: str, offset: int) -> str:
    """Return the sentence of a paragraph that holds offset."""
    return next((text[a:b].strip() for a, b in sentence_bounds(text) if a <= offset < b), text)


def family_name(name: list[Token], *, given_first: bool = False) -> str:
    """Return 'TANAKA Yuki' as the outlet orders it ('Tanaka Yuki') or given name first."""
    family = name[0].bare.capitalize()
    given = " ".join(t.bare for t in name[1:])
    return f"{given} {family}" if given_first else f"{family} {given}"


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


class People:
    """The people of one article, and how later phrases refer back to them."""

    def __init__(self, paragraphs: tuple[str, ...]):
        self.persons: list[PersonFound] = []
        found, singles = candidates(paragraphs)
        pass_cues_along(found, paragraphs)
        keys = [fold_key(c.name) for c in found]
        labelled = transcripts.speakers(paragraphs)  # 'NURUL AMIN (translated): …'
        speaking = {fold_key(name) for name in labelled.values()}
        near = {spelling_key(single) for single in singles if len(single) >= 5}
        for candidate, key in zip(found, keys, strict=True):
            # 'Lydia Buchtmann …', then 'Ms Bauchtman said': the surname back, spelt anew.
            surname_back = any(key.endswith(" " + single) for single in singles) or (
                len(key.split()[-1]) >= 5 and spelling_key(key.split()[-1]) in near
            )
            if candidate.one_word or candidate.alias:
                continue  # after the full names, which they may refer to
            if not candidate.strong and surname_back:
                candidate.cue, candidate.confidence = "surname repeated alone", 0.7
            elif key in speaking and not candidate.strong:
                candidate.cue, candidate.confidence = "speaker's label", 0.85
            known = not candidate.strong and self.match(candidate.name, surname=False)
            if candidate.strong or surname_back or key in speaking or known:
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
