"""The neutral form every corpus converter produces: an article's text and what it names."""

import re
from dataclasses import dataclass

# A space is dropped before these tokens and after the opening ones.
CLOSERS = frozenset({",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "'s", "'"})
CLITICS = frozenset({"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'S", "N'T"})
OPENERS = frozenset({"(", "[", "{", "$", "#"})
QUOTES = frozenset({'"', "``", "''", "“", "”"})


@dataclass(frozen=True)
class GoldQuote:
    """A direct quotation as annotated: its words and who said them (None: nobody named)."""

    text: str
    speaker: str | None


@dataclass(frozen=True)
class GoldName:
    """A person, organisation or place as annotated: its fullest name and the other forms
    the article names it by ('Simmons' after 'Phil Simmons', 'U.N.' beside 'United Nations')."""

    name: str
    forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class BenchDocument:
    """One article of a public corpus, as text for the importer and as its annotation.

    `persons`, `organizations`, `places` and `quotes` are None when the corpus does not
    annotate that kind (DirectQuote names no places), so the kind is not scored for it.
    """

    name: str
    title: str
    paragraphs: tuple[str, ...]
    persons: tuple[GoldName, ...] | None = None
    organizations: tuple[GoldName, ...] | None = None
    places: tuple[GoldName, ...] | None = None
    quotes: tuple[GoldQuote, ...] | None = None
    genre: str = "news"  # "sports" for a results desk's page, reported apart

    @property
    def text(self) -> str:
        """Return the article as a scraped file would hold it: headline, blank line, paragraphs."""
        return "\n\n".join((self.title, *self.paragraphs)) + "\n"


def detokenize(tokens: list[str]) -> str:
    """Return tokenised text as written: no space before punctuation or inside quotes."""
    out: list[str] = []
    glue_next = False
    open_quote = False
    for token in tokens:
        token = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(token, token)
        if token in QUOTES or token == '"':
            glue = open_quote  # a closing quote leans on the word before it
            open_quote = not open_quote
            out.append(token if glue or not out else " " + token)
            glue_next = open_quote
            continue
        glue = glue_next or token in CLOSERS or token in CLITICS or not out
        out.append(token if glue else " " + token)
        glue_next = token in OPENERS
    return "".join(out).strip()


def open_quote_marks(text: str) -> bool:
    """Return whether the text leaves a straight double quotation mark open."""
    return text.count('"') % 2 == 1


WORDS = re.compile(r"[^\W_]+")


def initials(name: str) -> str:
    """Return the capital initials of a name's words ('United Nations' -> 'UN')."""
    return "".join(word[0] for word in WORDS.findall(name) if word[0].isupper())
