"""Clean text to a headline and body paragraphs."""

import re
from itertools import islice

from articles.importing.clean import clean_lines, residue_kind
from articles.importing.edges import cut_at_end_mark, trim_story_edges
from articles.importing.records import ParsedArticle, Rejected
from articles.text import squash_spaces, strip_invisible

HEADLINE_WORDS = 6  # a caption-shaped first line this long is the headline ('Photos: …')
ENDS_PARAGRAPH = re.compile(r"[.!?…:;\"'”’»)\]]$")


def parse_article(text: str, *, max_headline: int = 500) -> ParsedArticle:
    """Return the headline and body paragraphs of a decoded article, or raise Rejected."""
    lines = [squash_spaces(strip_invisible(line)) for line in text.split("\n")]
    start = first_content_line(lines)
    if start is None:
        raise Rejected("no text: the file holds only white space or residue")
    title = lines[start]
    if len(title) > max_headline:
        raise Rejected(f"headline is {len(title)} characters; the limit is {max_headline}")
    body, ended = cut_at_end_mark(lines[start + 1 :])  # before cleaning blanks the marks
    body, notes = clean_lines(body, title=title)
    body, edges = trim_story_edges(body)
    if ended + edges:
        notes.append(f"removed {ended + edges} lines around the story (labels, links, contacts)")
    paragraphs = tuple(p for block in blocks(body) for p in block_paragraphs(block))
    if not paragraphs:
        raise Rejected("no body after the headline (or only scraping residue)")
    return ParsedArticle(title=title, paragraphs=paragraphs, notes=tuple(notes))


def first_content_line(lines: list[str]) -> int | None:
    """Return the index of the headline: the first line that is neither blank nor residue,
    nor a kicker above the headline ('PHOTO ESSAY', 'EXCLUSIVE'). A headline may open
    like a caption ('Photos: Beira rebuilds …') when it runs to a headline's length."""
    candidates = (n for n, line in enumerate(lines) if line and could_be_headline(line))
    content = list(islice(candidates, 2))  # the headline, or a kicker and the headline
    if len(content) > 1 and is_kicker(lines[content[0]]):
        return content[1]
    return content[0] if content else None


def could_be_headline(line: str) -> bool:
    kind = residue_kind(line, title_key="")
    return kind is None or (kind == "credit" and len(line.split()) >= HEADLINE_WORDS)


def is_kicker(line: str) -> bool:
    """Return whether a line is a label in capitals above a headline."""
    short = len(line.split()) <= 3 and len(line) <= 40
    return line.isupper() and short and not ENDS_PARAGRAPH.search(line)


def blocks(lines: list[str]) -> list[list[str]]:
    """Split lines into runs separated by blank lines."""
    found, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def block_paragraphs(block: list[str]) -> list[str]:
    """Return a block's paragraphs: hard-wrapped lines are joined, finished lines kept apart."""
    if all(ENDS_PARAGRAPH.search(line) for line in block[:-1]):
        return block
    return [" ".join(block)]
