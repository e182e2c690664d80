"""What a reader's search means, the same on both databases: words must all match,
"a phrase" matches its words together, `OR` between two terms takes either, and
`-word` or `-"a phrase"` leaves out the articles that have it.

The reader's text is parsed here and written out again for each database: as an FTS5
match expression on SQLite, where every word is a quoted literal so no FTS5 syntax of
the reader's ('NEAR', '*', '^', a column filter) ever reaches it; and in
websearch_to_tsquery's syntax on PostgreSQL, from the same parse.
"""

import re
from dataclasses import dataclass

Phrase = tuple[str, ...]  # lower-case words that must stand together, in order
TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class SearchQuery:
    groups: tuple[tuple[Phrase, ...], ...] = ()  # every group matches; any phrase of one
    excluded: tuple[Phrase, ...] = ()

    def __bool__(self) -> bool:
        """A query matches something only with a word to look for."""
        return bool(self.groups)

    @property
    def key(self) -> str:
        """Return the query written out in one canonical form (for memo keys)."""
        return self.websearch()

    def fts5(self) -> str:
        """Return the FTS5 match expression."""
        groups = ["(" + " OR ".join(map(fts5_phrase, group)) + ")" for group in self.groups]
        return " AND ".join(groups) + "".join(f" NOT {fts5_phrase(p)}" for p in self.excluded)

    def websearch(self) -> str:
        """Return the query in PostgreSQL's websearch_to_tsquery syntax."""
        groups = [" OR ".join(map(websearch_phrase, group)) for group in self.groups]
        return " ".join(groups + [f"-{websearch_phrase(p)}" for p in self.excluded])


def words_of(text: str) -> Phrase:
    """Return the words search matches in text, lower-cased, as both indexes read them."""
    return tuple(word.lower() for word in re.findall(r"\w+", text))


def parse_query(text: str) -> SearchQuery:
    """Return what the reader's search text asks for."""
    groups: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    either = False  # the last token was OR, between two terms
    for match in TOKEN.finditer(text):
        negative, quoted, bare = match.groups()
        if bare == "OR":
            either = bool(groups)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negative, bare = "-", bare[1:]
        phrase = words_of(quoted if bare is None else bare)
        if not phrase:
            continue
        if negative:
            excluded.append(phrase)
        elif either:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        either = False
    return SearchQuery(tuple(map(tuple, groups)), tuple(excluded))


def fts5_phrase(phrase: Phrase) -> str:
    # Words are \w+ only, so quoting them makes literals FTS5 cannot read as syntax.
    return '"' + " ".join(phrase) + '"'


def websearch_phrase(phrase: Phrase) -> str:
    # websearch_to_tsquery reads a bare 'or' in any case as OR: quoted, it is a word.
    bare = len(phrase) == 1 and phrase[0] != "or"
    return phrase[0] if bare else '"' + " ".join(phrase) + '"'
