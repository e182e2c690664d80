"""Focus areas: the list of what a programme works on, as copy and pages write it.

A programme's areas come as a list in running text ('focuses on three areas: A, B and
C', 'has three pillars: 1) A; 2) B') or as short lines after a colon ('- A', '• B',
'(a) C'), which the parser may run together; both are read as one list.
"""

import re

from articles.importing.extract.counts import number

FOCUS = re.compile(
    r"\bfocus(?:es|ing)?\s+on\s+(?:(\w+)\s+(?:main\s+|key\s+)?(?:areas|axes|pillars|priorities|"
    r"components|themes|objectives|priority areas)[,:]?\s*(?:namely|including|which are|:)?\s*)?"
    r"(.+?)(?:\.(?:\s|$)|$)",
    re.IGNORECASE,
)
# 'The programme has three pillars: A, B and C', 'it rests on four components: …'.
FOCUS_HAS = re.compile(
    r"\b(?:has|have|comprises|comprise|consists of|covers|cover|rests on|is built (?:on|around)"
    r"|is organi[sz]ed (?:in|into|around)|is structured around|is divided into)\s+(\w+)\s+"
    r"(?:main\s+|key\s+|priority\s+|thematic\s+)?(?:areas|axes|pillars|priorities|components|"
    r"themes|objectives|strands|workstreams|windows|outcomes)\s*(?::|,?\s*namely|,?\s*which are)"
    r"\s*(.+?)(?:\.(?:\s|$)|$)",
    re.IGNORECASE,
)
# A list item on its own line ('- A;', '• B', '1. C', '2) D', '(a) E') or numbered inline
# after a colon ('three pillars: 1) A; 2) B').
INLINE_BULLET = re.compile(r"(?:^|\s)[-•*▪‣◦]\s+")
ITEM_MARK = re.compile(r"^\s*(?:[-•*–—▪‣◦]|\(?\d{1,2}[.)](?!\d)|\(?[a-h]\))\s+")
LIST_ITEM_WORDS = 30  # a communiqué's numbered paragraphs are longer: not a list of areas
INLINE_MARK = re.compile(
    r"(?:(?<=:)\s*|[;,]\s*(?:and\s+)?|\s+and\s+)\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+"
)
# 'Its focus areas include: A; B; and C', 'the three priority areas are A, B and C'.
FOCUS_AREAS = re.compile(
    r"\b(?:focus|priority|key|main)\s+(?:areas|axes|pillars|priorities|components)"
    r"\s+(?:include|includes|are|will be)\s*:?\s*(.+?)(?:\.(?:\s|$)|$)",
    re.IGNORECASE,
)
# ', the bank said', ', said the minister', ' according to X': not a focus area.
SAID_TAIL = re.compile(
    r",?\s+(?:(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:said|declared|added|explained|noted|"
    r"according)\b.*$"
)


def split_list(text: str, expected: int | None = None) -> list[str]:
    """Split 'A, B and C' (or 'A; B; C') into items, quotes and articles trimmed."""
    text = text.strip(" “”\"‘’'")
    parts = re.split(r"\s*;\s*", text) if ";" in text else re.split(r",\s+", text)
    if expected is None or len(parts) < expected:
        last = re.split(r",?\s+(?:and|as well as)\s+", parts.pop())
        parts.extend(last)
    parts = [re.sub(r"^(?:and|or)\s+", "", p.strip(" “”\"‘’',.")) for p in parts]
    return [p for p in parts if p]


def with_lists_joined(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Return paragraphs with a list that follows a colon joined to its introduction.

    'It will focus on three areas:' then '- A;', '- B;', '- C.' lines (or '1.', '•', '(a)')
    becomes one sentence, 'It will focus on three areas: A; B; C.', which the rules for
    lists in running text read.
    """
    lines = [
        line
        for paragraph in map(with_inline_bullets, paragraphs)
        for line in (paragraph.split("\n") if "\n" in paragraph else (paragraph,))
    ]
    joined: list[str] = []
    items: list[str] = []
    for line in lines:
        mark = ITEM_MARK.match(line)
        if mark and joined and (items or joined[-1].rstrip().endswith(":")) and short(line):
            items.append(line[mark.end() :].strip().rstrip(";,."))
            continue
        if items:
            joined[-1] = f"{joined[-1].rstrip()} {'; '.join(items)}."
            items = []
        joined.append(line)
    if items:
        joined[-1] = f"{joined[-1].rstrip()} {'; '.join(items)}."
    return tuple(joined)


def with_inline_bullets(paragraph: str) -> str:
    """Return a paragraph whose bulleted lines the parser ran together after a colon
    ('has three pillars: - A - B - C') with the list as one sentence: '…: A; B; C.'."""
    head, colon, rest = paragraph.partition(": ")
    if not colon or not INLINE_BULLET.match(rest):
        return paragraph
    items = [item.strip(" ;,.") for item in INLINE_BULLET.split(rest) if item.strip()]
    if len(items) < 2 or not all(short(item) for item in items):
        return paragraph
    return f"{head}: {'; '.join(items)}."


def short(line: str) -> bool:
    """Return whether a line reads as a list item: one clause, not a paragraph of its own."""
    return len(line.split()) <= LIST_ITEM_WORDS and not re.search(r"[.!?]\s+[A-Z]", line)


def unmarked(match: re.Match) -> str:
    """Return what replaces an inline list mark: nothing after the colon, else a ';'."""
    return " " if match.string[match.start() - 1 : match.start()] == ":" else "; "


def find_focus(text: str) -> list[str]:
    """Return the focus areas a programme's sentences enumerate (at least two)."""
    text = INLINE_MARK.sub(unmarked, text)
    match = FOCUS.search(text) or FOCUS_HAS.search(text)
    if match:
        expected, items = number(match.group(1)), match.group(2).strip()
    elif match := FOCUS_AREAS.search(text):
        count = re.search(r"(\w+)\s+$", text[: match.start()])
        expected, items = number(count and count.group(1)), match.group(1).strip()
    else:
        return []
    if items[:1] in '“"':
        closing = re.search(r"[”\"]", items[1:])
        items = items[1 : closing.start() + 1] if closing else items[1:]
    else:
        items = SAID_TAIL.sub("", items)
    found = split_list(items, expected)
    return found if len(found) >= 2 else []
