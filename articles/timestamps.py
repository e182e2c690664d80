"""Moments as machines read them: in <time datetime>, structured data and feeds."""

from datetime import date, datetime


def iso_moment(value: date | datetime | None) -> str:
    """Return a date, or a time to the second with its offset, in ISO 8601 ("" for none:
    a draft in preview has no publication time).

    HTML's <time datetime> takes at most three digits of a second and Python's isoformat
    gives six, so seconds are the finest unit given.
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()
