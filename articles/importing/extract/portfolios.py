"""Portfolios: the comma lists of fields a ministry or office is charged with.

'Minister of Agriculture, Mechanisation and Irrigation Development': the list belongs to
the title, so a role runs on over its commas where every word can name a portfolio.
"""

import re

from articles.importing.extract.lexicon import NOT_NAMES, PORTFOLIO_SUFFIXES, PORTFOLIO_WORDS

CAPITALISED = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*)*"
# ', Science and Technology': a comma list of capitalised words that ends in 'and Word'.
LIST_AFTER = re.compile(rf",\s*((?:{CAPITALISED},\s*)*{CAPITALISED}\s+and\s+{CAPITALISED})")
LIST_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*,\s+)+(?:[A-Z][\w'’-]*\s+)?and\s+)$")


def with_listed_portfolios(text: str, role: str, end: int) -> str:
    """Return the role with the comma list of portfolios before it: 'Agriculture, Mining and …'."""
    at = text.rfind(role, 0, end)
    match = LIST_BEFORE.search(text[:at]) if at > 0 else None
    if not match or re.search(r"[A-Z][\w'’-]*\s*$", text[: match.start()]):
        return role  # no list, or the list runs on from a capitalised word: not all of it is seen
    if all(is_portfolio(word) for word in re.findall(r"[^\W\d_][\w'’-]*", match.group(1))):
        return match.group(1) + role
    return role


def is_portfolio(word: str) -> bool:
    """Return whether a word can name a ministry's portfolio: 'Health', 'Mechanisation'."""
    lower = word.lower()
    return (
        lower in {"and", "of"}
        or lower in NOT_NAMES
        or lower in PORTFOLIO_WORDS
        or (len(lower) > 5 and lower.endswith(PORTFOLIO_SUFFIXES))
    )
