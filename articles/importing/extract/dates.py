"""Dates as news copy writes them: 'until November 2026', 'from 2024 to 2027'.

A start without its year ('starts in March', 'launched on 10 August', 'starting next
month') takes it from the programme's length and end ('a five-year programme … ending in
2028') or else from the article's own date, the first full date near its top; a length
and a start give the end ('a three-year programme launched in January 2011' ends in
December 2013). A period in the past tense ('the first phase, which ran from 2019 to
2023') is an earlier phase's, so a later one stated in the same sentences wins.
"""

import calendar
import re
from datetime import date, timedelta

from articles.importing.extract.counts import number
from articles.importing.extract.lexicon import MONTHS, NUMBER_WORDS

MONTH = r"(?:{})".format("|".join(m.capitalize() for m in MONTHS))
WHEN = rf"(?:(?:\d{{1,2}}\s+)?{MONTH}\s+(?:\d{{1,2}},?\s+)?\d{{4}}|\d{{4}})"
RANGE = re.compile(
    rf"\b(?:from|between)\s+({WHEN})\s+(?:to|and|until|till|through)\s+({WHEN})", re.I
)
END = re.compile(
    rf"\b(?:until|till|through|to run (?:to|until)|runs? (?:to|until|through)|running "
    rf"(?:to|until|through)|ending in|end(?:s)? in|by the end of|expires? in"
    rf"|(?:until|till|through|to) the end of)\s+({WHEN})",
    re.I,
)
# 'which ran from 2019 to 2023': an earlier period, told in the past.
PAST = re.compile(r"\b(?:ran|lasted|ended|was|were|had been)\s+$")
STARTING = r"(?:launched|started|starting|starts?|begins?|beginning|began|opened|opens)"
# Not 'began in': narrative uses it of anything ('the coups that began in 2020').
START = re.compile(rf"\b(?:launched in|started in|starting in|begins? in|from)\s+({WHEN})", re.I)
# 'starts in March', 'launched on 10 August': a month (and day) without its year.
PARTIAL_START = re.compile(
    rf"\b{STARTING}\s+(?:on\s+|in\s+)?((?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}}(?!\d))?)"
    r"(?![\s,]*\d)",
    re.I,
)
RELATIVE_START = re.compile(rf"\b{STARTING}\s+(next|this|last)\s+(month|year)\b", re.I)
COUNT = r"(\d{{1,2}}|{})".format("|".join(NUMBER_WORDS))
# 'a three-year programme', 'the 18-month project', 'will run for two years'.
LENGTH = re.compile(
    rf"\b{COUNT}[- ](year|month)(?:-long)?\s+(?:[\w-]+\s+){{0,2}}?(?:programme|program|"
    r"project|initiative|plan|scheme|phase|partnership|facility|strategy|compact)\b"
    rf"|\b(?:run|runs|running|last|lasts|lasting)\s+for\s+{COUNT}\s+(year|month)s?\b",
    re.I,
)
FULL_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}})\b", re.I
)


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


def find_period(text: str, *, reference: date | None = None) -> tuple[date | None, date | None]:
    """Return (starts_on, ends_on) stated in text, either possibly None; reference is the
    article's date, for a start given without its year."""
    starts, ends = stated_period(near_years(text))
    months = length_in_months(text)
    if starts is None:
        starts = partial_start(text, reference=reference, ends=ends, months=months)
    if ends is None and starts and months:
        ends = months_later(starts, months) - timedelta(days=1)
    return starts, ends


def stated_period(text: str) -> tuple[date | None, date | None]:
    """Return the period written with its years, a present or future one first."""
    ranges = [m for m in RANGE.finditer(text) if not PAST.search(text, 0, m.start())]
    if ranges:
        match = ranges[0]
        return parse_when(match.group(1), end=False), parse_when(match.group(2), end=True)
    ends = present(END, text)
    starts = present(START, text)
    return (
        parse_when(starts.group(1), end=False) if starts else None,
        parse_when(ends.group(1), end=True) if ends else None,
    )


def present(pattern: re.Pattern, text: str) -> re.Match | None:
    """Return the first match of pattern not told in the past: 'which ran from 2019' or
    'ran until 2020' is an earlier period's; 'was launched in 2021' is this one's start."""
    for match in pattern.finditer(text):
        told_past = PAST.search(text, 0, match.start())
        if not (told_past and re.match(r"(?:from|until|till|through)\b", match.group(), re.I)):
            return match
    return None


def length_in_months(text: str) -> int | None:
    """Return how long a programme runs, in months: 'a three-year programme' is 36."""
    match = LENGTH.search(text)
    if not match:
        return None
    count, unit = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    months = number(count)
    return months and months * (12 if unit.lower() == "year" else 1)


def partial_start(
    text: str, *, reference: date | None, ends: date | None, months: int | None
) -> date | None:
    """Return the start a text gives without its year, placed by length and end, by the
    article's date, or as the last such month before the end: 'starting in January' of a
    five-year programme ending in 2028; 'started in July', extended to March 2020."""
    if ends and months:
        near = months_later(ends + timedelta(days=1), -months)
    else:
        # Without the article's date, the last such month before an end given to the month
        # ('to the end of March 2020'); an end given as a year alone is too far to tell.
        near = reference or (ends if ends and (ends.month, ends.day) != (12, 31) else None)
    if near is None:
        return None
    if match := RELATIVE_START.search(text):
        if reference is None:
            return None
        step = {"next": 1, "this": 0, "last": -1}[match.group(1).lower()]
        if match.group(2).lower() == "year":
            return date(reference.year + step, 1, 1)
        return months_later(reference.replace(day=1), step)
    if not (match := PARTIAL_START.search(text)):
        return None
    month = MONTHS.index(re.search(MONTH, match.group(1), re.I).group().lower()) + 1
    day = int(re.search(r"\d+", match.group(1)).group()) if re.search(r"\d", match.group(1)) else 1
    candidates = [date(year, month, day) for year in (near.year - 1, near.year, near.year + 1)]
    candidates = [when for when in candidates if ends is None or when < ends]  # before its end
    return min(candidates, key=lambda when: abs((when - near).days)) if candidates else None


def months_later(when: date, months: int) -> date:
    """Return the first of the month some months after (or before) a first of the month."""
    index = when.year * 12 + when.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def article_date(paragraphs: tuple[str, ...]) -> date | None:
    """Return the article's own date: the first full date in its first two paragraphs."""
    for paragraph in paragraphs[:2]:
        if match := FULL_DATE.search(paragraph):
            return parse_when(match.group(), end=False)
    return None
