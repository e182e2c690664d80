"""Scraping residue out, real paragraphs kept.

Residue is recognised by the shape of a whole line: short, starting with a navigation or
sharing word, a byline made of capitalised names, a credit, a separator, or the headline
again. A line that reads as a sentence (long, lower-case words, ending in a full stop)
is never residue, whatever word it starts with.
"""

import re
from collections import Counter

from articles.text import fold_key

SEPARATOR = re.compile(r"^[\s\-–—_*=~•·.#+|]+$")
# Upper-case PREV/NEXT only: 'Next year, …' begins many a real paragraph.
ARROWS = re.compile(r"^(?:PREV|NEXT|PREVIOUS|<<|>>|«|»)(?:\s|:|$)")
NAV_HEADING = re.compile(
    r"^(?:(?:previous|next|older|newer)\s+(?:article|post|story|stories)\b"
    r"|read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|"
    r"posts|news|content|topics))?|more\s+on\s+this(?:\s+story)?|recommended(?:\s+for\s+you)?"
    r"|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|you\s+may\s+also\s+like|latest\s+news"
    r"|more\s+from|don['’]t\s+miss|more\s+stories|in\s+other\s+news)",
    re.IGNORECASE,
)
NAVIGATION = re.compile(NAV_HEADING.pattern + r"\s*(?:[:»›>|\-–—]|$)", re.IGNORECASE)
# 'Read also Togo and Ghana sign customs pact': a keyword, then a headline-cased title.
NAV_LINK = re.compile(
    r"^(?:read\s+(?:also|more|next)|also\s+read|see\s+also)\s+[A-Z“\"«‘']", re.IGNORECASE
)
SHARING = re.compile(
    r"^(?:share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page))?(?:\s+(?:on|via)\s+\w+)?"
    r"|tweet|e-?mail|print(?:\s+this(?:\s+(?:article|page|story))?)?|whatsapp|facebook|twitter"
    r"|x|linkedin|telegram|copy\s+link|comments?|like\s+this|\d+\s+comments?|comments?\s*\(\d+\)"
    r"|leave\s+a\s+(?:comment|reply)|click\s+here\b.{0,80}|loading|all\s+rights\s+reserved"
    r"|follow\s+us(?:\s+on\s+[\w ,&]+)?|subscribe(?:\s+to\s+[\w ,&']+)?|tags?|topics|keywords"
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
    r"|^\(?\s*(?:photo|image|picture)s?\s+credits?\b"
    r"|^\(?\s*(?:©|copyright\b)"
    r"|^\(\s*(?:photo|image|afp|reuters|ap|getty|epa)\b[^)]*\)\s*$",
    re.IGNORECASE,
)
# A line that is only a news agency's name: the credit of wire copy.
WIRE_CREDIT = re.compile(
    r"^(?:AFP|AP|Reuters|APS|PANA|Xinhua|ANSA|dpa|EFE|UPI|Bloomberg|IANS|PTI|MAP|ANP)$"
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
# What follows the names of a byline: '| 12 May 2024', 'on March 3, 2024 at 10:00'.
BYLINE_DATE = re.compile(
    r"\s*(?:[|,•·–—-]|\b(?:on|at)\b)\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b).*$",
    re.IGNORECASE,
)
NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|and|&|in|for|the|of|by|de|van|von|al-\w+|[,;|/–—-])$")
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
SHORT = 200
HEADLINE_LINK = 120


def comparable(text: str) -> str:
    """Return text folded to letters and digits, for recognising a repeated headline."""
    return re.sub(r"[^\w]+", "", fold_key(text))


def is_byline(line: str) -> bool:
    """Return whether a line credits its authors: 'By Jane Doe and John Roe, Reuters'."""
    match = BYLINE_START.match(line)
    if not match:
        return False
    rest = line[match.end() :]
    if SENTENCE_END.search(line) and len(rest.split()) > 4:
        return False  # 'By Tuesday, 300 people had crossed.' reads as a sentence
    words = re.findall(r"[\w.'’&-]+|[,;|/–—]", BYLINE_DATE.sub("", rest))
    return 0 < len(words) <= 14 and all(NAME_WORD.match(w) for w in words)


def repeats_headline(line: str, title_key: str) -> bool:
    """Return whether a line is the headline again, maybe with a site name: 'Title | Site'."""
    key = comparable(line)
    if key == title_key:
        return True
    return (
        len(title_key) >= 20
        and key.startswith(title_key)
        and len(key) - len(title_key) <= 30
        and bool(re.search(r"\s[|–—-]\s|\s[|]|[|]\s", line))
    )


def residue_kind(line: str, *, title_key: str) -> str | None:
    """Return what kind of scraping residue a whole line is, or None for article text."""
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()  # '(Reporting by …; Editing by …)'
    if not line or SEPARATOR.match(line):
        return "separator"
    if title_key and repeats_headline(line, title_key):
        return "repeated headline"
    if len(line) > SHORT * 2:
        return None
    shapes = (
        ("navigation", lambda text: ARROWS.match(text) or NAVIGATION.match(text)),
        ("credit", lambda text: CREDIT.match(text) or WIRE_CREDIT.match(text)),
        ("tags or date", META.match),
        ("byline", is_byline),
    )
    for kind, shape in shapes:
        if shape(line):
            return kind
    if len(line) <= SHORT and (SHARING.match(line) or COOKIES.search(line)):
        return "sharing"
    if len(line) <= HEADLINE_LINK and NAV_LINK.match(line) and not SENTENCE_END.search(line):
        return "navigation"
    return None


def is_residue(line: str, *, title_key: str) -> bool:
    """Return whether a whole line is scraping residue rather than article text."""
    return residue_kind(line, title_key=title_key) is not None


def is_link_title(line: str) -> bool:
    """Return whether a line reads as a linked headline: short, no closing full stop."""
    return len(line) <= HEADLINE_LINK and not SENTENCE_END.search(line)


def clean_lines(lines: list[str], *, title: str) -> tuple[list[str], list[str]]:
    """Return the lines with residue blanked out (paragraph breaks stay), and warnings."""
    title_key = comparable(title)
    kept, removed = [], Counter()
    in_link_list = False  # below 'Related:' or 'Read also', headlines are links too
    for line in lines:
        kind = residue_kind(line, title_key=title_key) if line else None
        if kind is None and in_link_list and line and is_link_title(line):
            kind = "navigation"
        # The list runs on over the lines right below, up to a blank line.
        in_link_list = kind == "navigation" and bool(in_link_list or NAV_HEADING.match(line))
        if kind:
            removed[kind] += 1
        kept.append("" if kind else line)
    return kept, residue_warnings(removed)


def residue_warnings(removed: Counter) -> list[str]:
    """Return one warning counting the residue removed, by kind."""
    if not removed:
        return []
    kinds = ", ".join(f"{count} {kind}" for kind, count in removed.most_common())
    total = sum(removed.values())
    return [f"removed {total} line{'s' * (total > 1)} of residue ({kinds})"]
