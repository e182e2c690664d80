"""The sentence a record was found in, as written, for the evidence an editor reads."""

import re

from articles.importing.extract.tokens import sentence_bounds


def sentence_at(text: str, offset: int) -> str:
    """Return the sentence of text that holds the character at offset."""
    paragraph_start = text.rfind("\n", 0, offset) + 1
    paragraph_end = text.find("\n", offset)
    paragraph = text[paragraph_start : paragraph_end if paragraph_end >= 0 else len(text)]
    for start, end in sentence_bounds(paragraph):
        if start <= offset - paragraph_start < end:
            return paragraph[start:end].strip()
    return paragraph.strip()


def sentence_naming(text: str, name: str) -> str:
    """Return the first sentence of text that names name as a whole word, or ''."""
    match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)  # "EU-funded" names the EU
    return sentence_at(text, match.start()) if match else ""
