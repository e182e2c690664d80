"""Interviews and transcripts: words printed without quotation marks, as quotes.

Question-and-answer interviews: each 'A:' paragraph is the interviewee's words.

Outlets print interviews as 'Q: …' / 'A: …' paragraphs with no quotation marks. The
interviewee is the person the introduction (the paragraphs before the first question) says
was interviewed ('spoke to us', 'in an interview with NAME'), or the only person it names.
Transcripts (transcripts.py): each turn a person's label opens is that person's words.
"""

import re

from articles.importing.extract import transcripts
from articles.importing.extract.people import People, PersonFound
from articles.importing.records import QuoteRecord

QUESTION = re.compile(r"^(?:Q|Question)\s*[:.]\s+")
ANSWER = re.compile(r"^(?:A|Answer)\s*[:.]\s+(?=\S)")
INTERVIEWED = re.compile(
    r"\b(?:spoke|speaks|talked|talks|sat down)\s+(?:to|with)\b|\binterview(?:ed)?\s+(?:with\b)?",
    re.I,
)


def interviewee(intro: list[str], people: People) -> PersonFound | None:
    """Return the person the introduction presents as interviewed."""
    named = []
    for text in intro:
        for person in people.persons:
            forms = [f for f in (person.name, *person.variants) if f in text]
            if forms:
                named.append((text, min(text.find(f) for f in forms), person))
    said = [person for text, _, person in named if INTERVIEWED.search(text)]
    if len({id(p) for p in said}) == 1:
        return said[0]
    return named[0][2] if len({id(p) for _, _, p in named}) == 1 else None


def answers(paragraphs: tuple[str, ...], people: People) -> list[QuoteRecord]:
    """Return one quote per answer paragraph that follows a question, when the introduction
    names who answers."""
    first = next((n for n, text in enumerate(paragraphs) if QUESTION.match(text)), None)
    if first is None:
        return []
    person = interviewee(list(paragraphs[:first]), people)
    if person is None:
        return []  # a release's questions and answers (FAQ): nobody's words
    speaker = person.name
    quotes, asked = [], False
    for number, text in enumerate(paragraphs[first:], start=first):
        if QUESTION.match(text):
            asked = True
        elif asked and (answer := ANSWER.match(text)):
            quotes.append(QuoteRecord(text[answer.end() :].strip(), speaker, number))
        else:
            asked = False
    return quotes


def spoken(paragraphs: tuple[str, ...], people: People) -> list[QuoteRecord]:
    """Return one quote per turn of a transcript whose label names a person."""
    labelled = transcripts.speakers(paragraphs)
    quotes = []
    for number, (_, start) in transcripts.turns(paragraphs).items():
        if number in labelled:
            person = people.match(labelled[number], surname=False)
            text = paragraphs[number][start:].strip()
            quotes.append(QuoteRecord(text, person.name if person else labelled[number], number))
    return quotes
