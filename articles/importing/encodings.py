"""Which legacy encoding a file that is not UTF-8 is in.

The configured fallback (cp1252 by default) is taken unless its reading is implausible
and another encoding's reading is plausible. Detectors alone are not trusted: they read
Latin-1 French as big5 and Latin-1 Spanish as cp1250, putting Chinese characters or
Polish letters inside Latin words. A reading is plausible when

- no word mixes scripts ('Besan輝n'), no East Asian character stands in Latin text, and
  at most one script other than Latin is used;
- no symbol stands between two letters (cp1250's 'ł' read as cp1252 is '³': 'Wroc³aw');
- no C1 control character is left (bytes 0x80-0x9f read as ISO-8859 controls);
- its accented Latin letters are all one language's (alphabets.json): the fallback may
  use two languages', since an English story can name a Spaniard and a Frenchman.
"""

import codecs
import json
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import chain, combinations
from pathlib import Path

from charset_normalizer import from_bytes

from articles.importing.records import Rejected

DEFAULT_FALLBACK = "cp1252"
# Tried after the fallback, in this order, before the detector's other guesses: the
# legacy encodings news archives are in.
COMMON = (
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_15",
    "cp1256",
    "cp1255",
    "mac_roman",
)
UNICODE = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "ascii"}
EAST_ASIAN = {"CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC", "HANGUL"}
# Letters by category that a reader sees as symbols: ordinals, micro, florin.
SYMBOL_LETTERS = "ªºµƒ"


def symbols(*, but: str) -> str:
    """Return, for a character class, the symbols and punctuation beyond ASCII (Unicode
    categories S, No and P but dashes) a legacy encoding can produce, but the given ones."""
    found = (chr(c) for c in range(0xA0, 0x2600))
    kept = (
        ch
        for ch in found
        if unicodedata.category(ch)[0] in "SP"
        and unicodedata.category(ch) not in {"Pd", "Pc"}
        or unicodedata.category(ch) == "No"
    )
    return re.escape("".join(ch for ch in kept if ch not in but))


# A letter misread as a symbol ('³' is cp1250's 'ł' read as cp1252, '±' ISO-8859-2's
# 'ą', '┐' cp1250's 'ż' read as cp437): a symbol inside a word, ending one ('już' read
# as 'ju¿'; a superscript only after three letters: 'powiedzia³', not 'km³') or opening
# one of three letters or more ('£ukasz'). Not the middle dot of Catalan 'l·l', an
# apostrophe ('don’t', 'don´t'), an ellipsis, closing quotes, a degree or the marks
# after a brand ('N°', 'Cola®') nor Spanish '¿Cuándo'.
INSIDE = symbols(but="·´…’‘")
ENDING = symbols(but="·´…’‘”»›®™©°¹²³")
OPENING = symbols(but="·´…’‘“„«‹¿¡©")
LETTER = r"[^\W\d_]"
SYMBOL_IN_WORD = re.compile(
    rf"{LETTER}[{INSIDE}]+{LETTER}"
    rf"|{LETTER}[{ENDING}]+(?!{LETTER})"
    rf"|{LETTER}{{3}}[¹³]+(?!{LETTER})"
    rf"|(?<!{LETTER})[{OPENING}]+{LETTER}{{3}}"
)
# Spanish '¿' and '¡' open a question or exclamation that their mark closes; without it
# '¿e' is cp1250's 'że' misread.
UNCLOSED = re.compile(rf"(?<!{LETTER})(?:¿(?![^?]{{0,300}}\?)|¡(?![^!]{{0,300}}!)){LETTER}")
# A word: letters and digits with the marks that combine with them (an Arabic mark read from a
# Latin-1 byte sits inside a Latin word: 'Peٌa').
MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
WORD = re.compile(rf"(?:[^\W_]|[{MARKS}])+")
# Characters a word of any script may hold ('COVID19', 'km²').
NEUTRAL = {"COMBINING", "DIGIT", "SUPERSCRIPT", "SUBSCRIPT", "VULGAR"}
C1_CONTROL = re.compile(r"[\x80-\x9f]")
ASCII = re.compile(r"[\x00-\x7f]")


def read_legacy(data: bytes, *, fallback: str = DEFAULT_FALLBACK) -> tuple[str, str, str]:
    """Return (text, encoding, why it was chosen) for bytes that are not UTF-8, or raise
    Rejected naming what the fallback's reading got wrong."""
    fallback = codecs.lookup(fallback).name
    own = attempt(data, fallback)
    if own is not None and problem(own, languages=1) is None:
        return own, fallback, "the fallback"
    ascii_bytes = sum(byte < 0x80 for byte in data)
    for encoding in candidates(data, fallback):
        text = attempt(data, encoding)
        # The bytes of the rest of the article must still read as they did: UTF-16 and
        # big5 can take ASCII bytes into other characters.
        if text is None or len(ASCII.findall(text)) != ascii_bytes:
            continue
        if problem(text, languages=1) is None:
            return text, encoding, "detected"
    if own is None:
        raise Rejected(
            f"undecodable bytes: not UTF-8, not {fallback} (NEWSROOM_IMPORT_FALLBACK_ENCODING)"
            " and no other encoding reads it as text; re-save the file as UTF-8"
        )
    if (why := problem(own, languages=2)) is None:
        return own, fallback, "the fallback"
    raise Rejected(
        f"cannot tell the encoding: read as {fallback} (NEWSROOM_IMPORT_FALLBACK_ENCODING)"
        f" it {why}, and no other encoding reads it as one language; re-save it as UTF-8"
    )


def attempt(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def candidates(data: bytes, fallback: str) -> Iterator[str]:
    """Yield the encodings to try after the fallback: COMMON, then the detector's other
    guesses (a lone 'Ą' is likelier cp1250's than cp775's, which the detector ranks
    first). The detector, slow on a large file, runs only if no common encoding fits."""
    seen = {fallback, *UNICODE}
    for name in chain(COMMON, detected(data)):
        name = codecs.lookup(name).name
        if name not in seen:
            seen.add(name)
            yield name


def detected(data: bytes) -> Iterator[str]:
    """Yield charset-normalizer's guesses; it runs when the first is asked for."""
    for match in from_bytes(data):
        yield match.encoding


def problem(text: str, *, languages: int) -> str | None:
    """Return what makes text an implausible reading, or None if it reads as text."""
    if C1_CONTROL.search(text):
        return "holds control characters where letters should be"
    if match := SYMBOL_IN_WORD.search(text) or UNCLOSED.search(text):
        return f"puts a symbol inside a word ('{word_around(text, match)}')"
    scripts: dict[str, int] = {}
    for match in WORD.finditer(text):
        found = {script(ch) for ch in match.group()} - NEUTRAL
        if len(found) > 1:
            return f"mixes scripts inside a word ('{match.group()}')"
        for name in found:
            scripts[name] = scripts.get(name, 0) + 1
    others = set(scripts) - {"LATIN"}
    if len(others) > 1:
        return f"mixes the scripts {', '.join(sorted(others))}"
    if scripts.get("LATIN", 0) > sum(scripts.values()) / 2 and any(
        script(ch) in EAST_ASIAN for ch in set(text) if ch > "\u2e7f"
    ):
        return "puts East Asian characters in Latin-script text"
    accented = {ch for ch in text if ch > "\x7f" and is_latin_letter(ch)}
    if accented and not one_alphabet(frozenset(accented), languages):
        shown = "".join(sorted(accented)[:8])
        return f"uses accented letters ({shown}) that no language writes together"
    return None


def word_around(text: str, match: re.Match) -> str:
    start, end = match.span()
    while start and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end][:40]


def script(ch: str) -> str:
    """Return the script of a character, by the first word of its Unicode name."""
    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]


def is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ch not in SYMBOL_LETTERS and script(ch) == "LATIN"


@cache
def alphabets() -> tuple[frozenset[str], ...]:
    """Return each language's letters beyond ASCII, both cases, from alphabets.json."""
    path = Path(__file__).with_name("alphabets.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    letters = [value for key, value in data.items() if not key.startswith("_")]
    return tuple(
        frozenset(lower) | {ch.upper() for ch in lower if len(ch.upper()) == 1} for lower in letters
    )


@cache
def one_alphabet(accented: frozenset[str], languages: int) -> bool:
    """Return whether one language's letters (or, with languages=2, two's) cover them."""
    if any(accented <= alphabet for alphabet in alphabets()):
        return True
    return languages > 1 and any(accented <= a | b for a, b in combinations(alphabets(), 2))
