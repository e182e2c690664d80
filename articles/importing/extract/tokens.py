"""Words with their offsets, capitalised runs and sentence bounds: what the rules read."""

import re
from typing import NamedTuple

from articles.importing.extract.lexicon import PARTICLES

ABBREVIATED = (
    "Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Rev|Hon|Jr|Sr|Mme|No|Brig|Maj|Capt|Cpl|Adm|Gov|Sen"
    "|Rep|Amb|Insp|Supt|Cmdr|Pres|Fr|Mgr"
)
WORD = re.compile(
    rf"(?:{ABBREVIATED})\.(?=\s)"
    r"|(?:[A-Z]\.){2,}"  # U.N., U.S.
    r"|[A-Z]\.(?=\s+[A-Z])"
    r"|[^\W\d_](?:[\w'’-]*\w)?(?:['’]s)?"
    r"|\d[\d,.]*\d|\d"
    r"|\S",
)
ABBREVIATION = re.compile(rf"\b(?:{ABBREVIATED}|[A-Z])\.$")


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without a possessive 's or a trailing dot."""
        return re.sub(r"(?:['’]s|\.)$", "", self.text)

    @property
    def lower(self) -> str:
        return self.bare.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        text = self.text
        if text[:3].lower() in {"al-", "el-"} and len(text) > 3:
            text = text[3:]
        elif text[:2].lower() in {"d'", "d’", "l'", "l’"} and len(text) > 2:
            text = text[2:]  # "Côte d'Ivoire", "N'Djamena" reads on
        return text[0].isupper()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


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


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of a paragraph."""
    bounds, start = [], 0
    for match in re.finditer(r"[.!?…][\"'”’»)]*\s+(?=[\"“‘'«(]?[A-Z\d])", text):
        if ABBREVIATION.search(text[start : match.start() + 1]):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds
