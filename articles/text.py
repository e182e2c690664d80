"""Text normalisation shared by the models and the import pipeline."""

import re
import unicodedata
from functools import lru_cache

# Explicit bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO; LRI,
# RLI, FSI, PDI): invisible, they make text display in another order than it is stored
# ("Trojan Source" spoofing of titles and quotes). The marks LRM, RLM and ALM stay:
# right-to-left text needs them, and they only set the direction of the punctuation and
# digits beside them.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS), None)
# Characters scrapers leave inside words that are invisible to a reader.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff" + BIDI_CONTROLS), None)
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_KEY_PUNCT = re.compile(r"[\u2010-\u2015\-_.’'`´]+")


# An invisible character between a lower-case and a capital letter stood for a space
# ('Jacques\u00adBarrot' is 'Jacques Barrot'); anywhere else it joined one word.
_JOINED_WORDS = re.compile(r"(?<=[a-zß-ÿ])[\u00ad\u200b\u200c\u200d\u2060\ufeff]+(?=[A-ZÀ-Þ])")


def strip_invisible(text: str) -> str:
    """Return text without soft hyphens, zero-width, BOM and bidirectional control
    characters."""
    return _JOINED_WORDS.sub(" ", text).translate(INVISIBLE)


def without_bidi_controls(text: str) -> tuple[str, int]:
    """Return text without bidirectional embeddings, overrides and isolates, and how many
    there were."""
    cleaned = text.translate(_BIDI)
    return cleaned, len(text) - len(cleaned)


def squash_spaces(text: str) -> str:
    """Return text with every run of (Unicode) white space folded to one space."""
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def fold_key(name: str) -> str:
    """Return the matching key of a name: case, hyphens, diacritics and spacing folded.

    'Jean-Marc Pisani', 'JEAN MARC  PISANI' and 'Jéan Marc Pisani' share one key.
    """
    text = unicodedata.normalize("NFKD", strip_invisible(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _KEY_PUNCT.sub(" ", text.casefold())
    return squash_spaces(text)
