"""Broadcast transcripts: paragraphs opened by a speaker's label in capitals.

Radio and television pages print what was said as 'PRESENTER: …', 'REPORTER: …' and
'NURUL AMIN (translated): …', with no quotation marks. A page with two or more such
labels is a transcript; a label of two or more name words names the person speaking,
and what follows it is their words. One-word labels are the programme's own voices.
"""

import re
from functools import lru_cache

from articles.importing.extract.gazetteer import lookup
from articles.importing.extract.lexicon import PARTICLES
from articles.importing.extract.names import is_name_text

# The voices of the programme itself, which label turns but name no one.
VOICES = {
    "presenter",
    "reporter",
    "host",
    "anchor",
    "interviewer",
    "correspondent",
    "narrator",
    "moderator",
    "announcer",
    "newsreader",
    "voiceover",
    "commentator",
}
TURN = re.compile(
    r"^([A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,4})(?:\s*\([^)]{1,40}\))?\s*:\s+(?=\S)"
)


@lru_cache(maxsize=64)
def turns(paragraphs: tuple[str, ...]) -> dict[int, tuple[str, int]]:
    """Return {paragraph number: (label, where its words start)} of a transcript's turns,
    or {} when the text is not a transcript: two or more labelled paragraphs, one of them
    the programme's own voice ('PRESENTER:'), so that datelines ('NEW DELHI:') and
    kickers ('KEY POINTS:') never make one."""
    found = {n: match for n, text in enumerate(paragraphs) if (match := TURN.match(text))}
    voiced = any(match.group(1).lower() in VOICES for match in found.values())
    if len(found) < 2 or not voiced:
        return {}
    return {n: (match.group(1), match.end()) for n, match in found.items()}


@lru_cache(maxsize=64)
def speakers(paragraphs: tuple[str, ...]) -> dict[int, str]:
    """Return {paragraph number: name} of the turns whose label names a person, the name
    as the story writes it ('Nurul Amin'), or in title case if it never does. (Read by
    the people and the quotes of an article alike, so kept per article.)"""
    if not turns(paragraphs):
        return {}
    body = "\n".join(paragraphs)
    named = {}
    for number, (label, _) in turns(paragraphs).items():
        words = label.split()
        if len(words) < 2 or lookup(label) or not all(map(is_label_name_word, words)):
            continue
        pattern = r"\b" + r"\s+".join(map(re.escape, words)) + r"\b"
        written = [m.group() for m in re.finditer(pattern, body, re.I) if not m.group().isupper()]
        named[number] = written[0] if written else label.title()
    return named


def is_label_name_word(word: str) -> bool:
    """Return whether a word of a label in capitals can be part of a person's name."""
    title = word.title()
    return word.lower() in PARTICLES or is_name_text(title, False)


def without_labels(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Return the paragraphs with a transcript's labels cut off ('REPORTER: …' is no body)."""
    found = turns(paragraphs)
    return tuple(text[found[n][1] :] if n in found else text for n, text in enumerate(paragraphs))
