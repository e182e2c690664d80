"""Scraping residue out, real paragraphs kept.

Residue is recognised by the shape of a whole line: short, starting with a navigation or
sharing word, a byline made of capitalised names, a credit, a separator, or the headline
again. A line that reads as a sentence (long, lower-case words, ending in a full stop)
is never residue, whatever word it starts with.
"""

import re

from articles.text import fold_key

SEPARATOR = re.compile(r"^[\s\-–—_*=~•·.#+|]+$")
# Upper-case PREV/NEXT only: 'Next year, …' begins many a real paragraph.
ARROWS = re.compile(r"^(?:PREV|NEXT|PREVIOUS|<<|>>|«|»)(?:\s|:|$)")
NAVIGATION = re.compile(
    r"^(?:previous|next|older|newer)\s+(?:article|post|story|stories)\b"
    r"|^(?:read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|"
    r"posts|news|content))?|more\s+on\s+this|recommended(?:\s+for\s+you)?|most\s+read|trending"
    r"(?:\s+now)?|you\s+may\s+also\s+like|latest\s+news|more\s+from)\s*(?:[:»›>|\-–—]|$)",
    re.IGNORECASE,
)
SHARING = re.compile(
    r"^(?:share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page))?(?:\s+(?:on|via)\s+\w+)?"
    r"|tweet|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|copy\s+link|comments?"
    r"|follow\s+us(?:\s+on\s+[\w ,&]+)?|subscribe(?:\s+to\s+[\w ,&']+)?"
    r"|sign\s+up(?:\s+for\s+[\w ,&']+)?|advertisement|sponsored(?:\s+content)?"
    r"|listen\s+to\s+this\s+article|\d+\s+(?:min(?:ute)?s?)\s+read)\W*$",
    re.IGNORECASE,
)
COOKIES = re.compile(
    r"\bcookies?\b.*\b(?:accept|consent|browsing|experience|privacy|agree)\b"
    r"|\b(?:accept|consent|agree)\b.*\bcookies?\b",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^\(?\s*(?:photo(?:graph)?s?(?:\s+credit)?|pictures?|images?|credits?|illustration|caption"
    r"|source|video)\s*[:/–—-]"
    r"|^\(?\s*(?:©|copyright\b)"
    r"|^\(\s*(?:photo|image|afp|reuters|ap|getty|epa)\b[^)]*\)\s*$",
    re.IGNORECASE,
)
META = re.compile(
    r"^(?:tags?|tagged(?:\s+with)?|topics?|categor(?:y|ies)|filed\s+under|keywords?)\s*:"
    r"|^(?:published|updated|posted|last\s+updated|modified)(?:\s+on)?\s*:?\s*\d"
    r"|^.{0,150}\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story)\.?$",
    re.IGNORECASE,
)
BYLINE_START = re.compile(
    r"^(?:by|written\s+by|posted\s+by|reporting\s+by|reported\s+by|editing\s+by|"
    r"additional\s+reporting\s+by)\s+",
    re.IGNORECASE,
)
NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|and|&|in|for|the|of|by|de|van|von|al-\w+|[,;|/–—-])$")
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
SHORT = 200


def comparable(text: str) -> str:
    """Return text folded to letters and digits, for recognising a repeated headline."""
    return re.sub(r"[^\w]+", "", fold_key(text))


def is_byline(line: str) -> bool:
    match = BYLINE_START.match(line)
    if not match:
        return False
    words = re.findall(r"[\w.'’&-]+|[,;|/–—]", line[match.end() :])
    reads_as_sentence = SENTENCE_END.search(line) and len(words) > 4
    return 0 < len(words) <= 14 and not reads_as_sentence and all(NAME_WORD.match(w) for w in words)


def is_residue(line: str, *, title_key: str) -> bool:
    """Return whether a whole line is scraping residue rather than article text."""
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()  # '(Reporting by …; Editing by …)'
    if not line or SEPARATOR.match(line):
        return True
    if title_key and comparable(line) == title_key:
        return True
    if len(line) > SHORT * 2:
        return False
    shapes = (ARROWS.match, NAVIGATION.match, CREDIT.match, META.match, is_byline)
    if any(shape(line) for shape in shapes):
        return True
    if len(line) <= SHORT and (SHARING.match(line) or COOKIES.search(line)):
        return True
    return False


def clean_lines(lines: list[str], *, title: str) -> list[str]:
    """Return the lines with residue blanked out, so paragraph breaks stay where they were."""
    title_key = comparable(title)
    return ["" if line and is_residue(line, title_key=title_key) else line for line in lines]
