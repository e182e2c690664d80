"""Scraping residue out, real paragraphs kept.

Residue is recognised by the shape of a whole line: short, starting with a navigation or
sharing word, a byline made of capitalised names, a credit, a separator, or the headline
again. A line that reads as a sentence (long, lower-case words, ending in a full stop)
is never residue, whatever word it starts with.
"""

import re
from collections import Counter

from articles.text import fold_key

# An encyclopaedia's markers: '[edit]', '[12]', '[a]', '[citation needed]'.
MARKER = re.compile(r" ?\[(?:\d{1,3}|[a-z]|edit|citation needed|clarification needed)\]")
# What shows a page is an encyclopaedia's, whose markers may then go.
ENCYCLOPAEDIA = re.compile(r"\[edit\]|\[citation needed\]|^from\s+wikipedia\b", re.I | re.M)
SEPARATOR = re.compile(r"^[\s\-–—_*=~•·.#+|]+$")
# Upper-case PREV/NEXT only: 'Next year, …' begins many a real paragraph.
ARROWS = re.compile(r"^(?:PREV|NEXT|PREVIOUS|<<|>>)(?:\s|:|$)")
# '« Older story' is a link; '« We will vote, » he said.' opens a French-style quote.
GUILLEMET_LINK = re.compile(r"^[«»](?:\s|:|$)(?!.*[«»])")
NAV_HEADING = re.compile(
    r"^(?:(?:previous|next|older|newer)\s+(?:article|post|story|stories)\b"
    r"|read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|"
    r"posts|news|content|topics))?|more\s+on\s+this(?:\s+story)?|recommended(?:\s+for\s+you)?"
    r"|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|you\s+may\s+also\s+like|latest\s+news"
    r"|more\s+from|don['’]t\s+miss|more\s+stories|in\s+other\s+news|explore\s+more"
    r"|suggested\s+(?:topics|reading|articles|stories)|related\s+(?:coverage|reading|links))",
    re.IGNORECASE,
)
NAVIGATION = re.compile(NAV_HEADING.pattern + r"\s*(?:[:»›>|\-–—]|$)", re.IGNORECASE)
# 'Explore more on these topics Mozambique Africa Climate crisis': a heading, then links.
TOPIC_LIST = re.compile(
    r"^(?:explore\s+more\s+on\s+these\s+topics|more\s+on\s+these\s+topics|(?:suggested|related)"
    r"\s+(?:topics|coverage))\b",
    re.IGNORECASE,
)
# 'Read also Togo and Ghana sign customs pact': a keyword, then a headline-cased title.
NAV_LINK = re.compile(
    r"^(?:read\s+(?:also|more|next)|also\s+read|see\s+also)\s+[A-Z“\"«‘']", re.IGNORECASE
)
# Buttons that may stand in a row: 'Print Email', 'Download PDF Take action'.
BUTTONS = (
    r"share|tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|telegram|pinterest|reddit"
    r"|save|bookmark|copy\s+link|download(?:\s+pdf)?|take\s+action|donate"
)
SHARING = re.compile(
    rf"^(?:(?:(?:share|send|post)\s+(?:on|via|by|to)\s+)?(?:{BUTTONS})\W*){{2,}}$"
    r"|^(?:share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page))?(?:\s+(?:on|via)\s+\w+)?"
    rf"|{BUTTONS}|print\s+this(?:\s+(?:article|page|story))?"
    r"|x|comments?|like\s+this|\d+\s+comments?|comments?\s*\(\d+\)"
    r"|leave\s+a\s+(?:comment|reply)|click\s+here\b.{0,80}|loading|all\s+rights\s+reserved"
    r"|follow\s+(?:us\b.{0,60}|[\w ]{1,40}:)|subscribe(?:\s+(?:to|for|now|today)\b[\w ,&'’]*)?"
    r"|tags?|topics|keywords|reuse\s+this\s+content|close(?:\s+panel)?"
    r"|sign\s+up(?:\s+(?:to|for|here|now|today)\b[\w ,&'’]*)?|advertisement"
    r"|sponsored(?:\s+content)?|already\s+a\s+subscriber\b.{0,30}|log\s*in|signed"
    r"|listen\s+to\s+this\s+article|\d+\s+(?:min(?:ute)?s?)\s+read"
    r"|[\d./:, ]*\|?\s*read(?:ing)?\s+time\s*:?\s*\d+\s*min(?:ute)?s?)\W*$",
    re.IGNORECASE,
)
COOKIES = re.compile(
    r"\bcookies?\b.*\b(?:accept|consent|browsing|experience|privacy|agree)\b"
    r"|\b(?:accept|consent|agree)\b.*\bcookies?\b",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^\(?\s*(?:photo(?:graph)?s?(?:\s+credit)?|pictures?|images?|credits?|illustration|caption"
    r"|source|video|watch|gallery)\s*[:/–—-]"
    r"|^image\s+(?:caption|source)\b\s*[:,]?"
    # A wire photo gallery's caption: 'Item 1 of 2 …' or '[1/2] …', ending in its credit.
    r"|^(?:item\s+\d+\s+of\s+\d+|\[\d+\s*/\s*\d+\])\s.*\b[A-Z]{2,}/\S"
    r"|^\(?\s*(?:photo|image|picture)s?\s+credits?\b"
    r"|^\(?\s*(?:©|copyright\b)"
    r"|^\(\s*(?:photo|image|afp|reuters|ap|getty|epa)\b[^)]*\)\s*$"
    # a caption ending in its credit: '… an abandoned factory. Photo: Almir Dedić/dpa'
    r"|^.{10,300}\.\s+(?:photo(?:graph)?|picture|image)s?\s*(?:credit)?\s*:\s*[^.:]{2,60}$"
    # a caption signed with its photographer and outlet: '… in Herat [Ali Reza/Al Jazeera]'
    r"|^(?!.*\b(?:said|says|found|told|according|reported)\b)[^\[\].!?]{10,150}"
    r"\[[^\[\]/]{3,60}/[^\[\]/]{2,40}\]$",
    re.IGNORECASE,
)
# A line that is only a news agency's name: the credit of wire copy.
WIRE_CREDIT = re.compile(
    r"^(?:AFP|AP|Reuters|APS|PANA|Xinhua|ANSA|dpa|EFE|UPI|Bloomberg|IANS|PTI|MAP|ANP)$"
)
META = re.compile(
    r"^(?:tags?|tagged(?:\s+with)?|topics?|categor(?:y|ies)|filed\s+under|keywords?)\s*:"
    r"|^(?:published|updated|posted|last\s+updated|modified)(?:\s+on)?\s*:?\s*\d"
    r"|^(?:press|news|media)\s+release\s*[|:–—-]\s*\d"
    r"|^.{0,150}\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story)\.?$",
    re.IGNORECASE,
)
# Labels of a release's page: 'Format: News and Press Release', 'cc: All Media Houses'.
LABELLED = re.compile(
    r"^(?:format|originally\s+published|cc|index\s+number|content\s+type)\s*:", re.IGNORECASE
)
# Notes about the piece rather than the story: corrections, updates, translations, the
# outlet it first ran in, changed names, a wire desk's slug ('AI/MS/ANP').
# Matched at the start of a line (match): cheaper than searching every line for all.
EDITORS_NOTE = re.compile(
    r"\[.*\]$"
    r"|(?:update[ds]?|correction|clarification|editor['’]?s\s+note)"
    r"(?:\s*[,(–—-]?\s*[a-z]+\.?(?:\s+\d{1,2})?,?\s+\d{4}\)?)?\s*:"
    r"|this\s+(?:article|story|interview|report|essay|piece|post)\s+(?:was|has\s+been|is)"
    r"\s+(?:first\s+|originally\s+|also\s+)?(?:published|updated|amended|corrected|edited"
    r"|translated|produced|supported|republished)\b"
    r"|(?:the\s+)?interview\s+(?:was\s+)?(?:conducted|edited|translated)\b"
    r"|(?:some\s+)?names?\b.{0,60}\bha(?:ve|s)\s+been\s+changed\b"
    r"|(?:audio|video)\s+(?:generated|version|player)\b"
    r"|watch\s+live\b|play\s+video\b"
    r"|from\s+wikipedia\b|contents(?:\s\d+(?:\.\d+)*(?:\s[^\d\s]+)+){2,}$"
    r"|for\s+immediate\s+release\b"
    # a wire update's note: '(Adds quotes from minister, details on …)'
    r"|(?:adds|recasts|rewrites|updates\s+with)\s+(?:quotes?|details?|comments?|background"
    r"|reaction|byline|dateline|context|statement|minister|analyst|figures?)\b"
    r"|(?:the\s+)?(?:views|opinions)\s+expressed\b.{0,80}\b(?:own|author|writer"
    r"|do\s+not(?:\s+necessarily)?\s+reflect)"
    r"|skip\s+(?:next|previous|to)\s+(?:section|content|main)\b"
    r"|[A-Z]{1,6}(?:/[A-Z]{1,6}){1,5}$"
    r"|(?:(?:\S*@\S+|https?://\S+|www\.\S+)\s*)+$",  # handles, addresses, links
    re.IGNORECASE,
)
# Anywhere in a line (search): 'edited for length', a video player's 'Current Time 0:00'.
EDITORS_NOTE_INSIDE = re.compile(
    r"\bedited\s+for\s+(?:length|clarity)\b"
    r"|\bthis\s+is\s+a\s+modal\s+window\b|\bcurrent\s+time\s+\d+:\d\d\b|\bredirects\s+here\b"
    r"|\bwrites?\s+in\s+(?:his|her|their|a)\s+personal\s+capacity\b",
    re.IGNORECASE,
)
# An embedded post: 'pic.twitter.com/…', '— Agency (@handle) March 14, 2024'.
EMBED = re.compile(r"pic\.twitter\.com/|^[—–-]\s*[^()]{1,80}\(@\w+\)")
BYLINE_START = re.compile(
    r"^(?:by|written\s+by|posted\s+by|reporting\s+by|reported\s+by|editing\s+by|edited\s+by|"
    r"additional\s+reporting\s+by|(?:text|words|photos?|photographs?|pictures?|video"
    r"|illustrations?|graphics?)\s+by)\s*:?\s+",
    re.IGNORECASE,
)
# What follows the names of a byline: '| 12 May 2024', 'on March 3, 2024 at 10:00'.
BYLINE_DATE = re.compile(
    r"\s*(?:[|,•·–—-]|\b(?:on|at)\b)\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b).*$",
    re.IGNORECASE,
)
NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|and|&|in|for|the|of|by|de|van|von|al-\w+|[,;|/–—-])$")
# The words of a dateline or timestamp ('EAT', 'GMT' and other zones are upper-case words).
DATE_NAME = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?"
    r"|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
)
TIME_OF_DAY = r"\d{1,2}[:.]\d{2}(?:[ap]m)?"
SHORT_SPAN = r"(?:sec(?:ond)?|min(?:ute)?|hour|hr)s?"  # '5 mins', '2 hours ago'
# The words of a dateline or timestamp ('EAT', 'GMT' and other zones are upper-case words).
TIME_WORD = re.compile(
    rf"^(?:\d{{1,4}}(?:st|nd|rd|th)?|{TIME_OF_DAY}|(?:gmt|utc)?[+-]\d{{1,2}}|[ap]m|{DATE_NAME}"
    rf"|{SHORT_SPAN}|(?:day|week|month|year)s?|updated|published|posted|modified|last|on|at"
    r"|ago|today|yesterday|read|listen|date)$",
    re.IGNORECASE,
)
# What makes a timestamp of digits: a month, a weekday, a time of day or a duration.
WHEN = re.compile(rf"^(?:{DATE_NAME}|{TIME_OF_DAY}|{SHORT_SPAN}|ago|read)$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
SHORT = 200
HEADLINE_LINK = 120
# A dateline on a line of its own: 'LAGOS, Nigeria', 'Brussels, 13 December 2018'.
# A place (and country) and date on a line of their own: 'Kingston, March 18, 2018',
# 'Suva, Friday 4 July 2025', 'Manila, the Philippines, 20 September 2017'; or a wire's
# place in capitals and its day in digits: 'LONDON 1996-08-30', 'NEW YORK 2003-11-04'.
DATED_LINE = re.compile(
    r"^([A-Z][\w'’ .-]{1,30}(?=,)|[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3}(?=\s\d))"
    r"(?:,\s*(?:(?:the\s+)?[A-Z][\w'’ .-]{2,30},\s*)?(?:[A-Z][a-z]+day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+\d{4}|\s\d{4}-\d{2}-\d{2})$"
)
DATELINE_LINE = re.compile(rf"^[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)*,\s|{DATED_LINE.pattern}")


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


def is_label_or_date(line: str) -> bool:
    """Return whether a line is a page's tags, date or label rather than article text."""
    if META.match(line) or is_timestamp(line):
        return True
    return bool(LABELLED.match(line)) and not SENTENCE_END.search(line)


def is_credit_list(line: str) -> bool:
    """Return whether a line credits authors and editors, one byline after another:
    'Reporting by A; additional reporting by B in Lomé; Editing by C', 'Text by A |
    Photographs by B'."""
    if is_byline(line):  # 'By Jane Doe | 12 May 2024'
        return True
    return all(is_byline(part.strip()) for part in re.split(r"[;|]", line))


def is_navigation(line: str) -> bool:
    """Return whether a line is a link to other pages: arrows, headings, breadcrumbs."""
    if ARROWS.match(line) or NAVIGATION.match(line) or is_breadcrumb(line):
        return True
    return bool(GUILLEMET_LINK.match(line) or TOPIC_LIST.match(line)) and is_link_title(line)


def is_breadcrumb(line: str) -> bool:
    """Return whether a line is a trail of short section names: 'Home » News » Africa'."""
    parts = re.split(r"\s+[»>›/|]\s+", line)
    return (
        len(parts) >= 3
        and len(line) <= HEADLINE_LINK
        and all(0 < len(part.split()) <= 4 and not SENTENCE_END.search(part) for part in parts)
    )


def is_timestamp(line: str) -> bool:
    """Return whether a line is only a date, a time and the words around them:
    'Updated: Monday, March 10, 2025 — 18:40 EAT', '12 Jun 2024', 'June 9, 2020 4 min read'."""
    words = [w.rstrip(":.") for w in re.split(r"[\s,|–—•·/()]+", line) if w.strip(":.")]
    if not words or len(line) > HEADLINE_LINK or line[0].islower():
        return False  # 'on Monday, 12 May at 10:00' goes on a hard-wrapped sentence
    if not (re.search(r"\d", line) and any(WHEN.match(w) for w in words)):
        return False  # 'NATO at 75' has no date, time or duration in it
    return all(TIME_WORD.match(w) or (w.isupper() and 2 <= len(w) <= 4) for w in words)


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
        ("navigation", is_navigation),
        ("credit", lambda text: CREDIT.match(text) or WIRE_CREDIT.match(text)),
        ("tags or date", is_label_or_date),
        ("byline", is_credit_list),
        ("note", is_note),
    )
    for kind, shape in shapes:
        if shape(line):
            return kind
    if len(line) <= SHORT and (SHARING.match(line) or COOKIES.search(line)):
        return "sharing"
    if len(line) <= HEADLINE_LINK and NAV_LINK.match(line) and not SENTENCE_END.search(line):
        return "navigation"
    return None


def is_note(line: str) -> bool:
    """Return whether a line is a note about the piece, an embedded post or a player."""
    return bool(EDITORS_NOTE.match(line) or EDITORS_NOTE_INSIDE.search(line) or EMBED.search(line))


def is_residue(line: str, *, title_key: str) -> bool:
    """Return whether a whole line is scraping residue rather than article text."""
    return residue_kind(line, title_key=title_key) is not None


def is_link_title(line: str) -> bool:
    """Return whether a line reads as a linked headline: short, no closing full stop."""
    return len(line) <= HEADLINE_LINK and not SENTENCE_END.search(line)


def clean_lines(lines: list[str], *, title: str) -> tuple[list[str], list[str]]:
    """Return the lines with residue blanked out (paragraph breaks stay), and notes
    counting what went (routine clean-up: information, not warnings)."""
    title_key = comparable(title)
    kept, removed = [], Counter()
    in_link_list = False  # below 'Related:' or 'Read also', headlines are links too
    encyclopaedic = ENCYCLOPAEDIA.search("\n".join(lines))
    for line in lines:
        if encyclopaedic:
            line = MARKER.sub("", line)  # 'History[edit]', 'the centres.[10]'
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
    """Return one note counting the residue removed, by kind."""
    if not removed:
        return []
    kinds = ", ".join(f"{count} {kind}" for kind, count in removed.most_common())
    total = sum(removed.values())
    return [f"removed {total} line{'s' * (total > 1)} of residue ({kinds})"]
