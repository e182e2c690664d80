"""Name candidates: the capitalised runs of an article that may name people, with the cue.

A run's name-like tail is a candidate; a title or honorific before it, a role in
apposition, an attribution verb, letters after it or a description around it is its cue,
and the cue's strength its confidence. People (people.py) decides which become persons.
"""

import re
from dataclasses import dataclass, replace

from articles.importing.extract.described import person_context
from articles.importing.extract.gazetteer import lookup
from articles.importing.extract.given_names import given_name_cue, is_given_name
from articles.importing.extract.lexicon import (
    AIM_WORDS,
    ATTRIBUTION_VERBS,
    DAYS,
    GEO_HEADS,
    GEO_MODIFIERS,
    HONORIFICS,
    LEGAL_HEADS,
    MONTHS,
    ORG_HEADS,
    PROGRAM_HEADS,
)
from articles.importing.extract.names import (
    clean_name,
    is_post_nominal,
    name_words,
    split_run,
)
from articles.importing.extract.person_lexicon import (
    CAPTION_WORDS,
    LEGAL_FORMS_BEFORE,
    NOT_SURNAMES,
    OFFICE_POST_NOMINALS,
)
from articles.importing.extract.roles import role_after, role_relative, stated_role
from articles.importing.extract.shapes import (
    family_first,
    hyphenated_given_cue,
    regnal_number,
    surname_ending_cue,
    with_peerage,
)
from articles.importing.extract.surnames import is_said_person, one_word_cue, proper_nouns
from articles.importing.extract.tokens import Token, capitalised_runs, sentence_bounds, tokenize
from articles.importing.records import Evidence
from articles.text import fold_key

# 'the Campaign for Good Governance': a capitalised run after 'Name for' ends a name.
# 'the Office to Combat X' too.
NAME_LINKS = {"for", "of", "on", "against", "to"}
# '… led by NAME', 'founded by NAME': someone who leads or founded something.
LED = {"led", "headed", "founded", "co-founded", "chaired", "run", "commanded", "owned"}
# Words a run may end on after a name: 'Minister NAME Monday', 'NAME Image: Reuters'.
TRAILING_WORDS = DAYS | set(MONTHS) | CAPTION_WORDS
# 'the Ontario-based Magna', 'Family-controlled Douglas': what is based or owned is a body.
BODY_ADJECTIVE_ENDS = ("-based", "-owned", "-controlled", "-listed", "-run", "-funded")
# Words that end a body's or a place's name, not a person's: 'Ford Foundation'.
BODY_ENDS = ORG_HEADS | GEO_HEADS | PROGRAM_HEADS | LEGAL_HEADS | NOT_SURNAMES
AGED = re.compile(r",\s*(?:\d{1,3},\s*)?an? \d+-year-old\b")


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
        found.extend(paragraph_candidates(number, text, proper, singles))
    return found, singles


def paragraph_candidates(
    number: int, text: str, proper: tuple[set[str], set[str]], singles: set[str]
) -> list[Candidate]:
    """Return the name candidates of one paragraph; add its one-word mentions to singles."""
    found, tokens = [], tokenize(text)
    previous = None  # (where the paragraph's last name ends, the role it was given)
    for start, run_end in capitalised_runs(tokens):
        end, post, numeral = trimmed_end(tokens, start, run_end)
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
        run = Run(tokens, start, end, post, numeral, prefix, name, bool(family))
        candidate, previous = named(run, text, previous, proper[1])
        if candidate:
            found.append(replace(candidate, paragraph=number))
    return found


@dataclass
class Run:
    """A capitalised run cut to a name: what stands before it, and after."""

    tokens: list[Token]
    start: int
    end: int
    post: int  # where the letters after the name end
    numeral: Token | None
    prefix: list[Token]
    name: list[Token]
    family: bool  # written family name first, in capitals


def named(
    run: Run, text: str, previous: tuple[int, str | None] | None, lower: set[str]
) -> tuple[Candidate | None, tuple[int, str | None]]:
    """Return the candidate a run of two to four name words makes, and the new 'previous'."""
    tokens, start, end, post, name = run.tokens, run.start, run.end, run.post, run.name
    first = start + len(run.prefix)
    # 'the Minister of X, Mrs. NAME': the comma stands before the honorific.
    apposed = is_apposed(text, previous, tokens[start].start)
    role = stated_role(tokens, first, start, name[-1].end, text, apposed=apposed)
    previous = (name[-1].end, role)
    if not role and post > end and tokens[post - 1].lower in OFFICE_POST_NOMINALS:
        role = tokens[post - 1].text  # 'Jane Doyle MP'
    styled = post > end or any(t.lower in HONORIFICS for t in (*run.prefix, name[0]))
    words = [t.bare for t in name_words(name)]
    cue, confidence = person_cue(
        role=bool(role),
        said=attributed(tokens, first, post),
        styled=styled,
        context=person_context(text, name[0].start, name[-1].end)
        or (("a regnal number after the name", 0.75) if run.numeral else None)
        or country_after(text, name[-1].end, words)
        or given_name_cue(words, lower, BODY_ENDS)
        or hyphenated_given_cue(words, lower)
        or surname_ending_cue(words, lower),
    )
    if run.family and not cue:
        return None, previous  # 'UN Open': capitals before a name need a cue saying 'person'
    candidate = Candidate(
        family_name(name)
        if run.family
        else clean_name(text[name[0].start : (run.numeral or name[-1]).end]),
        0,
        name[0].start,
        bool(cue),
        role,
        cue=cue,
        confidence=confidence,
        sentence=sentence_at(text, name[0].start),
        alias=family_name(name, given_first=True) if run.family else None,
        end=name[-1].end,
    )
    # 'NAME, the Kampala MP, who chairs the committee,': the charge is a role too.
    charge = role_relative(text, name[-1].end)
    if role and charge and charge != role:
        candidate.charge = charge
    return candidate, previous


def trimmed_end(tokens: list[Token], start: int, end: int) -> tuple[int, int, Token | None]:
    """Return where a run's name ends, where its post-nominals end, and its regnal number.

    'Foreign Minister Jose Miguel Insulza Monday': a date after the name is none of it.
    'Henry VIII': the number belongs to the name but is no word of it. 'Sarah Whitfield
    QC': letters after a name mark a person and stay outside the name.
    """
    while end - start > 1 and tokens[end - 1].lower in TRAILING_WORDS:
        end -= 1
    numeral = tokens[end - 1] if regnal_number(tokens, start, end) else None
    end -= bool(numeral)
    post = end
    while end - start > 1 and is_post_nominal(tokens[end - 1]):
        end -= 1
    return end, post, numeral


def not_a_person(
    tokens: list[Token], start: int, end: int, prefix: list[Token], name: list[Token], text: str
) -> bool:
    """Return whether a name-like run is a place, a law or the end of a body's name."""
    words = name_words(name)
    return bool(
        lookup(text)
        or (name[0].text.endswith(("'s", "’s")) and lookup(name[0].bare))  # "Lusaka's X"
        or is_owned_place(name)  # "Shearer's Newcastle", "Putin's Russia"
        or words[-1].lower in LEGAL_HEADS  # 'the Immigration Act'
        or any(t.lower in AIM_WORDS for t in prefix)  # '… for Combating X Y'
        or any(t.lower in LEGAL_FORMS_BEFORE for t in prefix)  # 'PT Timor Putra Nasional'
        or bool(prefix and prefix[-1].lower.endswith(BODY_ADJECTIVE_ENDS))  # 'Ontario-based X'
        or is_place_shaped(tokens, end, words)
        or is_team_shaped(words)
        # 'Platform for Refugee Support': a title word inside a body's name styles no one.
        or ((not prefix or len(words) == 1) and ends_a_longer_name(tokens, start))
    )


def is_owned_place(name: list[Token]) -> bool:
    """Return whether a run is a possessive then a place: "Ferguson's Manchester"."""
    owner = next((n for n, t in enumerate(name[:-1]) if t.text.endswith(("'s", "’s"))), None)
    return owner is not None and lookup(" ".join(t.bare for t in name[owner + 1 :])) is not None


def is_team_shaped(words: list[Token]) -> bool:
    """Return whether a run is a place and a plural: 'Philadelphia Eagles', 'Leeds Rhinos'.

    Clubs are named so; a surname ending in s after a city ('Paris Hilton'?) is rarer
    than a club on a sports page, and a known given name first keeps the run a name.
    """
    last = words[-1].bare
    place = " ".join(t.bare for t in words[:-1])
    return (
        len(last) > 3
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and not is_given_name(words[0].bare)
        and lookup(place) is not None
    )


COUNTRY_AFTER = re.compile(r"\s*\(([A-Z][\w. ]{1,30})\)")
COUNTRY_KINDS = {"country", "region"}


def country_after(text: str, end: int, words: list[str]) -> tuple[str, float] | None:
    """Return the cue of a name followed by its country in brackets: 'Guy Forget (France)'.

    Results and line-ups name competitors so; a body's name ('X Bank (Kenya)') is none.
    """
    bracket = COUNTRY_AFTER.match(text, end)
    if not bracket or words[-1].lower() in BODY_ENDS:
        return None
    place = lookup(bracket.group(1).strip())
    if place is None or place[1] not in COUNTRY_KINDS:
        return None
    return "a country in brackets after the name", 0.8


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
