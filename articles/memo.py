"""Aggregates that cost a scan of every published article, kept under the content version.

Pages themselves are rendered on every request; only these results are kept: the facet
counts and the number of matching articles of a filtered list, a tag page's total, the
month archive, a person's roles and programmes, and an article's related articles.
They are stale the moment the content version changes (any save of public content,
articles/caching.py) or a scheduled article goes live, and after NEWSROOM_MEMO_SECONDS
at most (0 turns memoising off), in case a write ever bypasses the signals.
"""

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.functional import cached_property

from articles.caching import content_version, timeout

MISSING = object()
T = TypeVar("T")


def memoised(name: str, compute: Callable[[], T]) -> T:
    """Return compute(), or what it returned earlier for name under this content version."""
    seconds = settings.NEWSROOM_MEMO_SECONDS
    if not seconds:
        return compute()
    version = content_version()
    key = f"newsroom:memo:{version}:{hashlib.md5(name.encode()).hexdigest()}"
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        if seconds := timeout(version, seconds):
            cache.set(key, value, seconds)
    return value


class MemoisedCountPaginator(Paginator):
    """A paginator whose total (a COUNT over every match) is memoised under name."""

    def __init__(self, *args, name: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name

    @cached_property
    def count(self) -> int:
        return memoised(f"count:{self.name}", lambda: Paginator.count.func(self))
