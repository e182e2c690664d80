"""Words with their offsets, capitalised runs and sentence bounds: what the rules read."""

import re
from functools import lru_cache
from typing import NamedTuple

from articles.importing.extract.lexicon import PARTICLES

ABBREVIATED = (
    "Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Rev|Hon|Jr|Sr|Mme|No|Brig|Maj|Capt|Cpl|Adm|Gov|Sen"
    "|Rep|Amb|Insp|Supt|Cmdr|Pres|Fr|Mgr"
    # Given names written short: 'Ma.' (Maria), 'Mohd.' (Mohammed), 'Wm.' (William); not
    # 'Md.', which is also Maryland in American datelines.
    "|Ma|Mohd|Muhd|Wm|Chas|Thos|Jos"
)
WORD = re.compile(
    # The look-ahead lets most positions skip the abbreviations at once.
    rf"(?=[A-Z])(?:(?:{ABBREVIATED})\.(?=\s)"
    r"|(?:[A-Z]\.){2,}"  # U.N., U.S.
    r"|[A-Z]\.(?=\s+[A-Z]))"
    r"|[^\W\d_](?:[\w'’-]*\w)?(?:['’]s)?"
    r"|\d[\d,.]*\d|\d"
    r"|\S",
)
new_tuple = tuple.__new__
SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’»)]*\s+(?=[\"“‘'«(]?[A-Z\d])")
ABBREVIATION = re.compile(rf"\b(?:{ABBREVIATED}|[A-Z])\.$")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    bare: str  # the word without a possessive 's or a trailing dot
    lower: str  # bare, lower-cased
    is_word: bool
    is_capitalised: bool

    def shifted(self, offset: int) -> "Token":
        """Return the token with its offsets moved by offset (for a slice of a text)."""
        return self._replace(start=self.start + offset, end=self.end + offset)


@lru_cache(maxsize=16384)
def make_token(text: str) -> tuple[str, str, bool, bool]:
    """Return (bare, lower, is_word, is_capitalised) of a token's text, computed once."""
    bare = re.sub(r"(?:['’]s|\.)$", "", text)
    word = text
    if word[:3].lower() in {"al-", "el-"} and len(word) > 3:
        word = word[3:]
    elif word[:2].lower() in {"d'", "d’", "l'", "l’"} and len(word) > 2:
        word = word[2:]  # "Côte d'Ivoire", "N'Djamena" reads on
    return bare, bare.lower(), text[0].isalpha(), word[0].isupper()


# One article's paragraphs and phrases: the stages share them; older articles drop out.
@lru_cache(maxsize=256)
def tokenize(text: str) -> tuple[Token, ...]:
    """Return the words, numbers and marks of a text with their offsets (cached per text)."""
    # tuple.__new__ skips NamedTuple's Python-level constructor: this runs per word.
    return tuple(
        new_tuple(Token, (m.group(), *m.span(), *make_token(m.group())))
        for m in WORD.finditer(text)
    )


def capitalised_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Return [start, end) token ranges of capitalised words, particles allowed inside."""
    runs, n = [], 0
    while n < len(tokens):
        if not (tokens[n].is_word and tokens[n].is_capitalised):
            n += 1
            continue
        end = n + 1
        while end < len(tokens):
            token = tokens[end]
            if token.is_word and token.is_capitalised and not token.text.endswith(("'s", "’s")):
                end += 1
            elif token.text.endswith(("'s", "’s")) and token.is_capitalised:
                end += 1
                break
            elif token.lower in PARTICLES and followed_by_name(tokens, end):
                end += 1
            else:
                break
        runs.append((n, end))
        n = end
    return runs


def followed_by_name(tokens: list[Token], n: int) -> bool:
    """Return whether particles from n on ('van der') lead to a capitalised word."""
    while n < len(tokens) and tokens[n].lower in PARTICLES:
        n += 1
    return n < len(tokens) and tokens[n].is_word and tokens[n].is_capitalised


@lru_cache(maxsize=256)
def sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """Return (start, end) offsets of the sentences of a paragraph (cached per text)."""
    bounds, start = [], 0
    for match in SENTENCE_BREAK.finditer(text):
        # Only the few characters before the stop can hold 'Mr.' or an initial.
        if ABBREVIATION.search(text, max(start, match.start() - 8), match.start() + 1):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return tuple(bounds)
