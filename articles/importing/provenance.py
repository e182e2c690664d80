"""Where and when an article was first published: its sidecar's metadata, completed from
its wire dateline.

A dateline opens the story with the place, the day it was filed and often the agency:
'DAKAR, 12 May 1987 (Reuters) -', 'LAGOS, March 3 (AP) --', 'NEW DELHI, Jan. 5 (PTI) -',
'ISLAMABAD, Jan 5:'. Its day is the original publication date when the sidecar gives
none, but only with a known year: stated in the dateline, or taken from the article's own
date (its first full date near the top, extract.dates.article_date) when that is within
two months of the dateline's day; a day with no year to place it gives no date. The
agency names the outlet only when the sidecar gives neither an outlet nor an address
(an address is some outlet's page, and the agency may not be that outlet).
"""

import re
from dataclasses import replace
from datetime import date

from articles.importing.extract.dates import article_date
from articles.importing.extract.lexicon import DAYS, MONTHS
from articles.importing.records import ParsedArticle, SourceMeta

# 'Jan', 'Jan.', 'January', 'Sept': a month as datelines abbreviate it.
MONTH = r"(?i:{})\.?".format("|".join([*MONTHS, *(m[:3] for m in MONTHS), "sept"]))
PLACE_WORD = r"[A-Z][\w'’.-]*"
PLACE = rf"{PLACE_WORD}(?:\s+(?:[a-z]{{1,3}}\s+)?{PLACE_WORD}){{0,3}}"  # 'Dar es Salaam'
WEEKDAY = r"(?:(?i:{}),?\s+)?".format("|".join(sorted(DAYS)))
DAY_MONTH = rf"(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})"
MONTH_DAY = rf"(?P<month2>{MONTH})\s+(?P<day2>\d{{1,2}})(?!\d)"
DATELINE = re.compile(
    rf"^{PLACE}(?:,\s*{PLACE})?"
    rf"(?:,\s*{WEEKDAY}(?:{DAY_MONTH}|{MONTH_DAY})(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?)?"
    r"\s*(?:\((?P<agency>[A-Z][^()\d]{0,39})\)|/(?P<agency2>[A-Z][^/\d]{0,39})/)?"
    r"\s*(?:-{1,2}|–|—|:)\s"
)
REFERENCE_REACH = 62  # days between the dateline's day and the article's own date


def provenance(meta: SourceMeta, parsed: ParsedArticle) -> SourceMeta:
    """Return the sidecar's metadata with what the dateline adds where the sidecar is silent."""
    published, agency = dateline_published(parsed.paragraphs)
    if meta.published is None and published is not None:
        meta = replace(meta, published=published)
    if not meta.outlet and not meta.url and agency:
        meta = replace(meta, outlet=agency)
    return meta


def dateline_published(paragraphs: tuple[str, ...]) -> tuple[date | None, str]:
    """Return the day a wire dateline gives (None without a known year) and its agency."""
    for paragraph in paragraphs[:3]:
        match = DATELINE.match(paragraph)
        if match and (match["day"] or match["day2"] or match["agency"] or match["agency2"]):
            agency = " ".join((match["agency"] or match["agency2"] or "").split())
            return dateline_day(match, paragraphs), agency
    return None, ""


def dateline_day(match: re.Match, paragraphs: tuple[str, ...]) -> date | None:
    if not (match["day"] or match["day2"]):
        return None
    day = int(match["day"] or match["day2"])
    month_name = (match["month"] or match["month2"]).rstrip(".").lower()
    month = next(n for n, m in enumerate(MONTHS, 1) if m.startswith(month_name[:3]))
    if match["year"]:
        return valid_date(int(match["year"]), month, day)
    reference = article_date(paragraphs)
    if reference is None:
        return None
    candidates = [
        valid_date(year, month, day) for year in range(reference.year - 1, reference.year + 2)
    ]
    near = [when for when in candidates if when and abs((when - reference).days) <= REFERENCE_REACH]
    return min(near, key=lambda when: abs((when - reference).days)) if near else None


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # '31 April'
        return None
