"""Quotation marks as they are left in scraped text, and the spans they enclose.

Marks are read as scrapers leave them: curly or straight, double or (where a paragraph
has no double marks) single, a closing mark used to open, a quote running on into the
next paragraph when that one opens with a mark again. A mark opens before a word and
closes after one whatever its glyph, so an inch mark opens nothing; a quote whose closing
mark was lost ends at its attribution, and one left open in narrative is no quote.
"""

import re
from dataclasses import dataclass

from articles.importing.extract.references import VERB

OPENERS, CLOSERS = "“„«", "”»"


@dataclass
class Span:
    paragraph: int  # where it opens
    start: int  # offset of the opening mark
    end_paragraph: int
    end: int  # offset just after the closing mark (or paragraph end)
    text: str


def opens(text: str, i: int) -> bool:
    """Return whether a closing-looking mark at i is used to open a quote."""
    before_ok = i == 0 or text[i - 1].isspace() or text[i - 1] in "(—–-"
    return before_ok and i + 1 < len(text) and text[i + 1].isalnum()


def shape(text: str, i: int) -> str:
    """Return how the double mark at i stands: 'open', 'close' or 'either'.

    A mark opens before a word and closes after one, whatever its glyph: scrapers and
    typists put '“' for '”' and straight marks for both, and an inch mark ('a 40" screen')
    closes nothing that was opened.
    """
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    ellipsis = text.startswith("...", i + 1) or after == "…"  # '"...and then we ran"'
    can_open = (before.isspace() or before in "([—–-/") and (
        ellipsis or not (after.isspace() or after in ",.;")
    )
    can_close = not before.isspace() and (after.isspace() or after in ".,;:!?)—–-'’…")
    if can_open != can_close:
        return "open" if can_open else "close"
    ch = text[i]
    return "open" if ch in OPENERS else "close" if ch in CLOSERS else "either"


# '…, she said. ' inside a quote whose closing mark was lost: the quote ends at the comma.
LOST_CLOSE = re.compile(
    rf"[,.!?]\s+(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?|(?:[A-Z][\w.'’-]*\s+){{1,4}})"
    rf"\s*{VERB}\b[^.!?]*[.!?]?\s*$|[,.!?]\s+{VERB}\s+[^.!?]{{2,60}}[.!?]?\s*$"
)


# 'he added.', ', said Mr Ofori.': what stands between two quotes, when marks are misread.
ATTRIBUTION_ONLY = re.compile(
    rf"[\s,.;:—–-]*(?:(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?|(?:(?-i:[A-Z])[\w.'’-]*\s+){{1,4}})"
    rf"\s*{VERB}|{VERB}(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,4}}|{VERB}\s+(?:he|she|they|the\s+\w+))"
    rf"(?:\s+(?:reporters|journalists|(?:the\s+)?(?:press|media)))?"
    rf"(?:\s+(?:on|in|at|to|later|then|also)\b[^.!?]{{0,30}})?[\s,.;:!?—–-]*",
    re.I,
)
# Where a quote opens whose closing mark was lost: the paragraph's start, 'said:', 'said'.
INTRODUCED = re.compile(rf"(?:^\s*|[:,]\s*|\b{VERB}\s*)$", re.I)
SAID_OPEN = re.compile(rf"\b{VERB}\s*[,:]\s*$", re.I)
DOUBLE_MARKS = re.compile(rf"[{OPENERS}{CLOSERS}\"]")


def double_spans(paragraphs: tuple[str, ...]) -> list[Span]:
    """Return the spans between double quotation marks, across paragraphs where one runs on."""
    spans, open_at, parts = [], None, []
    for number, text in enumerate(paragraphs):
        for mark in DOUBLE_MARKS.finditer(text):
            i, how = mark.start(), shape(text, mark.start())
            if how == "close" and open_at is None and SAID_OPEN.search(text[:i]):
                how = "open"  # 'Wilkins said," [Warhol] liked …': a typo's space
            carried = open_at is not None and i == 0 and number > open_at[0]
            if carried and how != "close":
                begin = 1  # a quote carried on from the previous paragraph
            elif open_at is None and how != "close":
                open_at, parts, begin = (number, i), [], i + 1
            elif open_at is not None and how != "open":
                parts.append(text[begin:i])
                spans.append(Span(*open_at, number, i + 1, " ".join(parts)))
                open_at = None
            elif open_at is not None and number == open_at[0]:
                # A quote opens while one is open: the first lost its closing mark.
                spans += lost_close(number, text, open_at[1], i)
                open_at, parts, begin = (number, i), [], i + 1
        if open_at is not None:
            parts.append(text[begin:])
            following = paragraphs[number + 1] if number + 1 < len(paragraphs) else ""
            reopened = following[:1] in (OPENERS + CLOSERS + '"') and following
            if not (reopened or runs_on(following, " ".join(parts))):
                if number == open_at[0]:
                    spans += lost_close(number, text, open_at[1], len(text))
                else:
                    spans.append(Span(*open_at, number, len(text), " ".join(parts)))
                open_at = None
            else:
                begin = 0
    return spans


def runs_on(following: str, words: str) -> bool:
    """Return whether a quote left open at a paragraph's end closes in the next one, which
    does not open with a mark: a page that breaks paragraphs inside a quote ('… out
    there.' / 'We could have scored …early."'). Not when an attribution ended it."""
    mark = DOUBLE_MARKS.search(following)
    if not mark or shape(following, mark.start()) != "close" or LOST_CLOSE.search(words):
        return False
    i = mark.start()
    return following[i - 1] in ".!?," or following[i + 1 : i + 2] in (".", ",")


def lost_close(number: int, text: str, start: int, end: int) -> list[Span]:
    """Return the quote opened at start of paragraph number and not closed before end.

    It ends where an attribution follows it ('“We stay, she said. “…'): the attribution
    then stands after the quote as if the mark were there. Without one, it is a quote only
    where quotes open, at the start of the paragraph or after 'said:'.
    """
    words = text[start + 1 : end]
    if cut := LOST_CLOSE.search(words):
        end, words = start + 1 + cut.start(), words[: cut.start()]
    elif not INTRODUCED.search(text[:start]):
        return []  # a stray mark in narrative: what follows it was never said
    return [Span(number, start, number, end, words)]


SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(—–]))['‘](?=\w)(.+?)(?<=[\w.,!?])['’](?=[\s,.;:!?)—–]|$)")


def single_spans(paragraphs: tuple[str, ...]) -> list[Span]:
    """Return single-quoted spans of paragraphs without double marks, or whose double marks
    are all quoted inside them; apostrophes are not quotes."""
    spans = []
    for number, text in enumerate(paragraphs):
        if DOUBLE_MARKS.search(text) and not nested(text):
            continue
        for match in SINGLE.finditer(text):
            spans.append(Span(number, match.start(), number, match.end(), match.group(1)))
    return spans


def nested(text: str) -> bool:
    """Return whether every double mark of text stands inside a single-quoted span: the
    British order, ''He said, “Go,” and left,' he said.', a quote within the quote."""
    inside = [match.span() for match in SINGLE.finditer(text)]
    marks = [mark.start() for mark in DOUBLE_MARKS.finditer(text)]
    return bool(marks) and all(any(a < i < b for a, b in inside) for i in marks)
