"""Counts as news copy writes them: digits, number words, ordinals, Roman numerals."""

from articles.importing.extract.lexicon import NUMBER_WORDS, ORDINALS, ROMAN


def number(word: str | None) -> int | None:
    """Return the number a digit, number word, ordinal or Roman numeral stands for."""
    if not word:
        return None
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word) or ORDINALS.get(word) or ROMAN.get(word)
