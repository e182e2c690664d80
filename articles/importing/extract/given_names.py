"""Given names: the first names a person is commonly called by, as data.

The list is the US census's male and female first names shipped by the `names` package
(MIT licence, about 5,000 names, no network), read once. Names that are also everyday
words ('Will', 'May', 'Grant', 'China') say nothing on their own and are left out.
"""

from functools import cache
from pathlib import Path

import names

from articles.importing.extract.person_lexicon import GIVEN_NAMES_ALSO_WORDS

SOURCE = Path(names.__file__).parent
FILES = ("dist.male.first", "dist.female.first")


@cache
def given_names() -> frozenset[str]:
    """Return the folded given names, without those that are also common words."""
    found = set()
    for file in FILES:
        for line in (SOURCE / file).read_text(encoding="ascii").splitlines():
            word = line.split()[0].lower() if line.strip() else ""
            if len(word) >= 3:
                found.add(word)
    return frozenset(found - GIVEN_NAMES_ALSO_WORDS)


def is_given_name(word: str) -> bool:
    """Return whether a word is a known given name ('Andy', 'Peter', not 'Will')."""
    return word.lower() in given_names()


GIVEN = 0.8  # 'Andy Caddick': a known given name before a surname, nothing else
DOUBTFUL = 0.7  # the surname is also written in lower case, or is a body's word


def given_name_cue(
    words: list[str], lower: set[str], body_words: set[str]
) -> tuple[str, float] | None:
    """Return the cue of a name that opens with a known given name, or None.

    words: the name's words as written; lower: the words the article writes in lower
    case (a given name that is also one, 'Hope', says nothing); body_words: words that end
    a body's or place's name ('Ford Foundation').
    """
    if not 2 <= len(words) <= 3 or not is_given_name(words[0]):
        return None
    if words[0].lower() in lower or any(w.isupper() and len(w) > 1 for w in words):
        return None  # 'GRANT', 'Chris NBC': capitals are a headline's or an acronym's
    surname = words[-1].lower()
    if surname in body_words:
        return None  # 'Austin Hall', 'Ford Foundation'
    if surname in lower or is_given_name(surname):  # 'Ronald Reagan', or 'Peter Paul'?
        return "known given name before the name", DOUBTFUL
    return "known given name before the name", GIVEN
