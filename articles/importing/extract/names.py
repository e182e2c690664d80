"""Which capitalised words can be part of a person's name, and which are titles."""

import re
from functools import lru_cache

from articles.importing.extract.gazetteer import demonyms, is_place_word, lookup
from articles.importing.extract.lexicon import (
    HONORIFICS,
    NOT_NAMES,
    NUMBER_WORDS,
    ORG_HEADS,
    PARTICLES,
    PROGRAM_HEADS,
    RANKS,
    TITLE_WORDS,
    TITLES_IN_NAMES,
)
from articles.importing.extract.person_lexicon import (
    BODY_HEADS,
    COMPANY_ENDINGS,
    PARTY_MEMBERS,
    POST_NOMINALS,
    SENTENCE_OPENERS,
    TITLE_QUALIFIERS,
)
from articles.importing.extract.tokens import Token
from articles.text import fold_key

INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")
# Particles that, capitalised at the start of a name, are its first word: the Arabic
# 'Abu' (father of) and 'Ben', also an English given name.
NAME_OPENERS = {"abu", "ben"}
# Endings of abstract nouns no given name or surname has: 'Migration', 'Gender Equality'.
ABSTRACT_ENDINGS = ("tion", "sion", "ism", "ality", "ility", "ivity", "ción", "sión", "ção")
# Titles that are also surnames, read so when they end a name: 'Larry Elder'.
SURNAME_TITLES = {"sheriff", "elder", "constable", "bishop", "king", "judge", "major", "dean"}
# Honorifics that are also names, read so before a single word: 'Bi Feiyu'.
HONORIFIC_NAMES = {"bi"}
# Words that open a capitalised run but not a name: 'The', 'But', 'Mr'.
LEADING_NOISE = {"the", "a", "an"} | SENTENCE_OPENERS
# Compound adjectives before a name: 'Ontario-based', 'Family-controlled', 'Kenyan-born'.
COMPOUND_ADJECTIVE_ENDS = tuple(
    f"-{p}"
    for p in "based owned controlled led backed born run funded linked allied aligned "
    "dominated made held listed".split()
)
COMPOUND_TITLE_ENDS = ("-in-chief", "-general", "-elect", "-designate", "-at-large")
# 'Twenty-three Filipinos': a count opening a run; 'ten' also opens Dutch names, so only
# in a compound ('Ten-year-old') or from eleven up.
NUMBER_WORD = re.compile(
    r"(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|thousand)(?:-\w+)?|(?:{})-\w+".format(
        "|".join(NUMBER_WORDS)
    )
)


def is_title(word: str) -> bool:
    """Return whether a word is a title or office: 'minister', 'Ambassadors', 'Gen'."""
    lower = word.lower()
    return (
        lower in TITLE_WORDS
        or (lower.endswith("s") and lower[:-1] in TITLE_WORDS)
        or is_rank(word)
        or is_compound_title(lower)
    )


def is_compound_title(lower: str) -> bool:
    """Return whether a hyphenated word is a title and its office: 'commander-in-chief',
    'governor-general', 'Deputy-Secretary', 'State-Minister', 'Under-Secretary-General';
    not a double surname that opens with one ('Dean-Jones')."""
    parts = lower.split("-")
    if len(parts) < 2:
        return False
    if parts[0] in TITLE_WORDS and lower.endswith(COMPOUND_TITLE_ENDS):
        return True
    return any(p in TITLE_WORDS for p in parts) and all(
        p in TITLE_WORDS or p in TITLE_QUALIFIERS for p in parts
    )


# Post-nominals are written with two capitals or more ('QC', 'PhD'); 'Ba' is a surname.
POST_NOMINAL = re.compile(
    r"(?=(?-i:(?:\w*[A-Z]){{2}}))(?:{})".format(
        "|".join(sorted(POST_NOMINALS, key=len, reverse=True))
    ),
    re.I,
)


def is_post_nominal(token: Token) -> bool:
    """Return whether a token is letters written after a name: 'QC', 'CBE', 'PhD', 'MP'."""
    return bool(POST_NOMINAL.fullmatch(token.text))


def is_rank(word: str) -> bool:
    """Return whether a word is a rank, written whole or hyphenated: 'Col', 'Lt-Col', 'Maj-Gen'."""
    lower = word.lower().rstrip(".")
    return lower in RANKS or ("-" in lower and all(p in RANKS for p in lower.split("-")))


def is_style(token: Token) -> bool:
    """Return whether a token is a rank or honorific written before a name: 'Maj.', 'Dr', 'Cde'."""
    if not (token.is_word and token.is_capitalised):
        return False
    return token.lower in HONORIFICS or is_rank(token.bare)


def is_one_title(word: str) -> bool:
    """Return whether a word is a title in the singular: one person's role ('minister')."""
    lower = word.lower()
    if "-" in lower and (is_rank(word) or is_compound_title(lower)):
        return True  # 'Lt-Col', 'Commander-in-Chief'
    return lower in TITLE_WORDS and not (lower.endswith("s") and lower[:-1] in TITLE_WORDS)


def is_name_word(token: Token, *, inside: bool = False) -> bool:
    """Return whether a token can be part of a name; inside a name a place word can be."""
    if not token.is_word or not token.is_capitalised:
        return token.lower in PARTICLES
    if INITIAL.fullmatch(token.text) and token.lower not in HONORIFICS:
        letters = token.text.replace(".", "")
        # initials: 'A. Malick Diouf', 'S.A. Rehman'; never the article 'A', nor 'U.S.'
        return not (len(letters) > 1 and (letters.lower() in NOT_NAMES or lookup(letters)))
    return is_name_text(token.bare, inside)


@lru_cache(maxsize=65536)
def is_name_text(word: str, inside: bool) -> bool:
    """Return whether a capitalised word can be a name word (not an acronym, title, place…)."""
    if len(word) > 1 and word.isupper() and not re.fullmatch(r"[A-Z]", word):
        return False  # an acronym
    lower = word.lower()
    return not (
        lower in NOT_NAMES
        or lower.endswith(COMPOUND_ADJECTIVE_ENDS)  # 'Ontario-based Magna'
        or (len(lower) > 6 and lower.endswith(ABSTRACT_ENDINGS))  # 'Migration', 'Equality'
        or (len(lower) > 8 and lower.endswith("ment"))  # 'Management'; not 'Clement'
        or NUMBER_WORD.fullmatch(lower)  # 'Twenty-three Filipinos'
        or is_title(word)
        or lower in HONORIFICS
        or lower in ORG_HEADS
        or lower in COMPANY_ENDINGS  # 'Cement Corp', 'Hanover Re'
        or lower in BODY_HEADS  # 'Pacific Islands Forum'
        or lower.rsplit("-", 1)[-1] in PARTY_MEMBERS  # 'Social Democrats', 'Pan-democrat'
        or lower in PROGRAM_HEADS
        or word in demonyms()
        or (is_place_word(word) and (not inside or not is_city(word)))
    )


def is_country(word: str) -> bool:
    """Return whether a word is a country's name ('Jordan', 'Chad')."""
    place = lookup(word)
    return place is not None and place[1] == "country"


def is_city(word: str) -> bool:
    """Return whether a word is a city (a surname can be one; a country or region not)."""
    place = lookup(word)
    return place is not None and place[1] == "city"


def is_title_in_name(token: Token, previous: Token) -> bool:
    """Return whether a title between name words is part of the name: 'Amina Sheikh Omar'."""
    return token.lower in TITLES_IN_NAMES and is_name_word(previous) and not is_style(previous)


def split_run(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a capitalised run into (prefix, name): the name is its name-like tail."""
    n = len(tokens)
    if n >= 2 and tokens[-1].lower in SURNAME_TITLES and is_name_word(tokens[-2]):
        n -= 1  # 'Mohamed Sheriff', 'Larry Elder': a title ending a name is its surname
    elif n >= 2 and is_country(tokens[-1].bare) and is_name_word(tokens[-2]):
        n -= 1  # 'Neil Jordan', 'Grace Kenya': a country after a given name is a surname
    while n > 0 and (
        is_name_word(tokens[n - 1])
        or (n >= 2 and is_name_word(tokens[n - 1], inside=True) and is_name_word(tokens[n - 2]))
        or (n >= 2 and n < len(tokens) and is_title_in_name(tokens[n - 1], tokens[n - 2]))
        # a city that is a given name before a surname alone: 'Sofia Lindgren', 'Austin Ofori'
        or (len(tokens) - n == 1 and is_name_word(tokens[n - 1], inside=True))
    ):
        n -= 1
    name = tokens[n:]
    while name and name[0].lower in PARTICLES and not opens_a_name(name):
        name = name[1:]
    if len(name) > 2 and name[0].text.endswith(("'s", "’s")):
        name = name[1:]  # "Juventus's Zinedine Zidane": the owner is not the name's first word
    if len(name) >= 2 and name[0].text == "M." and not INITIAL.fullmatch(name[1].text):
        name = name[1:]  # French 'M. Jean Dupont', 'M. Dupont': Monsieur, not an initial
    start = len(tokens) - len(name)
    if len(name) > 3 and [t.lower for t in name[:2]] == ["tan", "sri"]:
        name, start = name[2:], start + 2  # 'Tan Sri NAME', a title; 'Tan Chuan-Jin' a name
    if len(name) > 2 and name[0].lower == "sri" and start and tokens[start - 1].lower in HONORIFICS:
        name, start = name[1:], start + 1  # 'Datuk Sri NAME'; not 'Sri Mulyani'
    if len(name) == 1 and start > 0 and tokens[start - 1].lower in HONORIFIC_NAMES:
        name = tokens[start - 1 :]  # 'Bi Feiyu', a surname; 'Bi Rehema Dama Mwaro', Mrs
    return tokens[: len(tokens) - len(name)], name


def opens_a_name(name: list[Token]) -> bool:
    """Return whether a particle at the start of a name is its first word: 'Abu Bakr
    Salem', 'Ben Carter', and a capitalised one before two more words ('Le Minh Tuan');
    not 'Al Junaibi' or 'De Klerk', a surname alone."""
    if not name[0].is_capitalised or len(name) < 2:
        return False
    return name[0].lower in NAME_OPENERS or sum(t.lower not in PARTICLES for t in name[1:]) >= 2


def name_words(name: list[Token]) -> list[Token]:
    """Return the words of a name that count towards its length: not its particles,
    except one that opens it ('Abu Bakr Salem' is three words, 'Al Junaibi' one)."""
    return [
        t for n, t in enumerate(name) if t.lower not in PARTICLES or (n == 0 and opens_a_name(name))
    ]


def clean_name(name: str) -> str:
    """Return a person's name without what is not part of it.

    Stray quotation marks and punctuation, a possessive, a leading article, conjunction or
    honorific, trailing post-nominals ('QC', 'CBE'): none is the name. A peer's style
    before one surname is how the peer is named ('Lord Ashworth') and stays.
    """
    words = re.sub(r"['’]s$", "", name.strip(" \t\"'“”‘’«»,;:")).split()
    while len(words) > 1 and POST_NOMINAL.fullmatch(words[-1]):
        words = words[:-1]
    while len(words) > 1 and words[0].lower() in LEADING_NOISE:
        words = words[1:]
    return re.sub(r"['’]s$", "", " ".join(words).strip(" \"'“”‘’«»,;:"))


@lru_cache(maxsize=16384)
def spelling_key(word: str) -> str:
    """Return a word folded over the ways one name is transliterated.

    'Mohamed', 'Mohammed' and 'Muhammad' share their consonants; 'Sergei' and 'Sergey',
    'Yusuf' and 'Youssef' too. The first letter and a final vowel are kept ('Maria' is not
    'Mario', 'Daniel' not 'Daniela'), and names of fewer than two consonants are their own.
    """
    word = fold_key(word).replace("-", "")
    for written, said in (("ph", "f"), ("x", "ks"), ("ck", "k"), ("c", "k"), ("q", "k")):
        word = word.replace(written, said)
    if not word:
        return word
    rest = re.sub(r"(.)\1+", r"\1", word[1:])
    consonants = re.sub(r"[aeiouy]", "", rest)
    ending = {"a": "a", "o": "o", "u": "o"}.get(rest[-1:], "i" if rest[-1:] in "eiy" else "")
    if len(consonants) < 2:
        return word
    return word[0] + consonants + (ending if rest[-1:] and rest[-1:] in "aeiouy" else "")
