"""Names listed beside a person: 'President Clinton, Bob Dole and Ross Perot'.

A list joins things of one kind. A name-shaped run with no cue of its own is a person's
name when a comma or 'and' joins it to a name the article gives a person's cue; the list
passes the cue along ('A, B, C and D' where only A has a title). The cue is weaker than
the first-hand one, so the record is flagged for review.
"""

import re

LINK = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)", re.I)
LISTED_CONFIDENCE = 0.7


def pass_cues_along(found: list, paragraphs: tuple[str, ...]) -> None:
    """Mark the weak candidates joined by a list to a person's name as people too."""
    changed = True
    while changed:
        changed = False
        for before, after in zip(found, found[1:], strict=False):
            if before.paragraph != after.paragraph or before.strong == after.strong:
                continue
            weak = after if before.strong else before
            if weak.one_word:
                continue  # a surname alone passes a cue on ('President Clinton, Bob Dole')
            between = paragraphs[before.paragraph][before.end : after.offset]
            if LINK.fullmatch(between):
                weak.strong, weak.cue = True, "listed with a person"
                weak.confidence = LISTED_CONFIDENCE
                changed = True
