"""The edges of a story: where it starts and ends on a page full of other things.

Above a story stand labels, outlet names and dates; below it link lists, notes about the
author, the outlet's thanks and disclaimers, a press release's end mark and everything
after it, an encyclopaedia's apparatus, and readers' comments. None of them is a
sentence of the story, so each is judged by its shape as a whole block, and when unsure
the text stays.
"""

import re

from articles.importing.clean import (
    DATED_LINE,
    DATELINE_LINE,
    HEADLINE_LINK,
    MARKER,
    SENTENCE_END,
    SHORT,
    is_timestamp,
)

COMMENT_HEADER = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:says|said|wrote|commented)\s*:$")
# 'Lwazi Dube is a reporter for the paper based in Polokwane.': a note about the author.
AUTHOR_NOTE = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s){1,4}(?:is|was)\s+(?:a|an|the)\s+(?:[\w'’-]+\s){0,6}?"
    r"(?i:journalist|reporter|correspondent|writer|editor|photographer|photojournalist"
    r"|researcher|fellow|analyst|contributor|columnist|producer|author|filmmaker|lecturer"
    r"|professor|scholar|academic|doctoral\s+candidate)s?\b"
)
# Thanks and credits below a story: 'ISS is grateful for support from …', 'This report
# was produced with the support of …' (a disclaimer, 'The views expressed are the author's
# own', is an editor's note wherever it stands: clean.EDITORS_NOTE).
DISCLAIMER = re.compile(
    r"^(?:[\w&'’.-]+\s){1,8}(?:is|are)\s+(?:grateful|thankful|indebted)\s+(?:to|for)\s"
    r"(?:[\w&'’.,-]+\s){0,8}?(?:the\s+)?(?:financial\s+)?(?:support|funding)\s+(?:from|of)\s"
    r"(?:the\s+)?(?:(?:members?|governments?)\s+of\s+(?:the\s+)?)?(?-i:[A-Z])"  # a body's name
    r"|^this\s+(?:article|story|report|piece|feature|series|publication|content|coverage)"
    r"\s+(?:was|is|has\s+been)\s+(?:produced|made\s+possible|supported|funded)\s+(?:with|by"
    r"|through|thanks\s+to)\s+(?:the\s+)?(?:support|funding|a\s+grant|assistance)\b",
    re.IGNORECASE,
)
LABEL_WORDS = 6  # the most words of a label above a story, unless it is all capitals
DASH_END = re.compile(r"\s[-–—]$")
CONNECTORS = {"and", "of", "the", "for", "on", "in", "to", "at", "a", "&"}
LIST_ITEM = re.compile(r"^(?:[-•*–]|\d{1,2}[.)])\s")
END_MARK = re.compile(
    r"^(?:#(?:\s*#){2,}|[-–—]+\s*ends?\s*[-–—]+|(?-i:ENDS?)|notes?\s+(?:to|for)\s+editors?\W*"
    r"|(?:for\s+(?:more|further)\s+information|media\s+(?:contacts?|enquiries)|press\s+contacts?)"
    r"\b.{0,80}"
    # the readers' comments below a story
    r"|\d+\s+(?:comments?|responses?|replies)|(?:comments?|responses?)\s*\(\d+\)"
    r"|leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)"
    # an encyclopaedia's or report's apparatus below the text
    r"|references|external\s+links|further\s+reading|see\s+also|bibliography)$",
    re.IGNORECASE,
)


def cut_at_end_mark(lines: list[str]) -> tuple[list[str], int]:
    """Return the lines with a press release's end mark and all below it blanked, and how
    many lines that blanked: '###', '-ENDS-', 'Notes to editors', 'For more information,
    please contact:'. What follows is boilerplate about the sender and its contacts. A
    sentence ('For more information, call the hotline.') is never an end mark."""
    begun = False  # a mark above the story's first sentence is a page's menu, not an end
    for n, line in enumerate(lines):
        ends = begun and (END_MARK.match(MARKER.sub("", line)) or opens_comment(lines, n))
        begun = begun or bool(SENTENCE_END.search(line) and len(line.split()) >= 6)
        if ends and not SENTENCE_END.search(line):
            cut = sum(1 for rest in lines[n:] if rest)
            return lines[:n] + [""] * (len(lines) - n), cut
    return lines, 0


def opens_comment(lines: list[str], n: int) -> bool:
    """Return whether line n heads a reader's comment: 'Ama Owusu says:' over the time
    it was posted. Comments run to the end of the page."""
    if not COMMENT_HEADER.match(lines[n]):
        return False
    below = next((line for line in lines[n + 1 :] if line), "")
    return is_timestamp(below)


def trim_story_edges(lines: list[str]) -> tuple[list[str], int]:
    """Return the lines with the labels above the story's first sentence and the links
    below its last blanked, and how many lines that blanked.

    Pages put labels, outlet names and dates above a story ('BBC News, Accra', 'PRESS
    RELEASE', 'Public Statement') and headlines of other stories below it, in shapes too
    varied to list; none of them is a sentence. Blocks are runs of lines between blank
    lines, so a hard-wrapped paragraph is judged whole. When unsure, text stays: a
    standfirst in sentence case, a dateline on a line of its own, a last paragraph that
    quotes someone but lost its full stop, a heading above a list and the list itself,
    and everything when the text has no sentence at all.
    """
    spans = block_spans(lines)
    texts = [" ".join(lines[start:end]) for start, end in spans]
    prose = [n for n, text in enumerate(texts) if SENTENCE_END.search(text) or len(text) > SHORT]
    if not prose:
        return lines, 0
    tail = len(spans)  # the blocks from here on are links or notes about the author
    while tail > 1 and is_tail_residue(texts[tail - 1], texts[tail] if tail < len(texts) else ""):
        tail -= 1
    kept, blanked = list(lines), 0
    for n, (start, end) in enumerate(spans):
        if (n < prose[0] and is_label(texts[n])) or n >= tail:
            for line in range(start, end):
                if n >= tail or not DATED_LINE.match(lines[line]):  # 'Kingston, May 3, 2018'
                    kept[line] = ""
                    blanked += 1
    return kept, blanked


def is_tail_residue(text: str, following: str) -> bool:
    """Return whether a block at the end of a page is a link to another story, a note
    about the author ('X is a freelance journalist based in Tunis.') or the outlet's thanks
    and disclaimers, not the story."""
    if AUTHOR_NOTE.match(text) or DISCLAIMER.match(text):
        return True
    return is_link(text) and not SENTENCE_END.search(text) and not LIST_ITEM.match(following)


def is_label(text: str) -> bool:
    """Return whether text above a story reads as a label ('BBC News, Accra', 'PRESS
    RELEASE'): a few words in title case or capitals; not a standfirst in sentence case
    ('Twelve dead, thousands displaced') nor a dateline ('LAGOS, Nigeria', 'Accra —')."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    title_case = all(w[0].isupper() or w in CONNECTORS for w in words)
    short = (len(words) <= LABEL_WORDS and title_case) or text.isupper()
    dateline = DASH_END.search(text) or DATELINE_LINE.match(text)
    return short and len(text) <= HEADLINE_LINK and not dateline


def is_link(text: str) -> bool:
    """Return whether text below a story reads as a link to another: short, not a
    sentence, and neither quoting nor attributing (a last quote that lost its stop)."""
    quoting = re.search(r"[“”\"«»]|\b(?:said|says|told|added)\b", text)
    return len(text) <= HEADLINE_LINK and not LIST_ITEM.match(text) and not quoting


def block_spans(lines: list[str]) -> list[tuple[int, int]]:
    """Return the (start, end) of each run of non-blank lines."""
    spans, start = [], None
    for n, line in enumerate([*lines, ""]):
        if line and start is None:
            start = n
        elif not line and start is not None:
            spans.append((start, n))
            start = None
    return spans
