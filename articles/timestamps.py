"""Moments as machines read them: in <time datetime>, structured data and feeds."""

from datetime import date, datetime


def iso_moment(value: date | datetime) -> str:
    """Return a date, or a time to the second with its offset, in ISO 8601.

    HTML's <time datetime> takes at most three digits of a second and Python's isoformat
    gives six, so seconds are the finest unit given.
    """
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()
