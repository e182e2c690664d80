"""Dates as news copy writes them: 'until November 2026', 'from 2024 to 2027'."""

import calendar
import re
from datetime import date

from articles.importing.extract.lexicon import MONTHS

MONTH = r"(?:{})".format("|".join(m.capitalize() for m in MONTHS))
WHEN = rf"(?:(?:\d{{1,2}}\s+)?{MONTH}\s+(?:\d{{1,2}},?\s+)?\d{{4}}|\d{{4}})"
RANGE = re.compile(
    rf"\b(?:from|between)\s+({WHEN})\s+(?:to|and|until|till|through)\s+({WHEN})", re.I
)
END = re.compile(
    rf"\b(?:until|till|through|to run (?:to|until)|runs? (?:to|until|through)|running "
    rf"(?:to|until|through)|ending in|end(?:s)? in|by the end of|expires? in)\s+({WHEN})",
    re.I,
)
START = re.compile(rf"\b(?:launched in|started in|starting in|begins? in|from)\s+({WHEN})", re.I)


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Enough for 'between 12 January 2022 and ' before a year.
YEAR_CONTEXT = 60


def parse_when(text: str, *, end: bool) -> date | None:
    """Return the first (or, for an end, last) day the words name."""
    text = text.replace(",", " ")
    year = int(re.search(r"\d{4}", text).group())
    month_match = re.search(MONTH, text, re.I)
    day_match = re.match(r"\s*(\d{1,2})\s", text) or re.search(
        rf"{MONTH}\s+(\d{{1,2}})\s", text, re.I
    )
    if not month_match:
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = MONTHS.index(month_match.group().lower()) + 1
    if day_match:
        return date(year, month, int(day_match.group(1)))
    return date(year, month, calendar.monthrange(year, month)[1] if end else 1)


def near_years(text: str) -> str:
    """Return only the stretches of text that end in a year: where a period can be stated."""
    stretches, reach = [], 0
    for match in YEAR.finditer(text):
        start = match.start() - YEAR_CONTEXT
        if stretches and start <= reach:
            stretches[-1] += text[reach : match.end()]  # 'from 2024 to 2027' stays whole
        else:
            stretches.append(text[max(start, 0) : match.end()])
        reach = match.end()
    return " … ".join(stretches)


def find_period(text: str) -> tuple[date | None, date | None]:
    """Return (starts_on, ends_on) stated in text, either possibly None."""
    text = near_years(text)  # the patterns below are slow to run over a whole article
    if match := RANGE.search(text):
        return parse_when(match.group(1), end=False), parse_when(match.group(2), end=True)
    ends = END.search(text)
    starts = START.search(text)
    return (
        parse_when(starts.group(1), end=False) if starts else None,
        parse_when(ends.group(1), end=True) if ends else None,
    )
