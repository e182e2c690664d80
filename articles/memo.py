"""Aggregates that cost a scan of every published article, kept under the content version.

Pages themselves are rendered on every request; only these results are kept: the facet
counts and the number of matching articles of a filtered list, a tag page's total, the
month archive, a person's roles and programmes, a programme's people, an article's
related articles and a page of search results.
They are stale the moment the content version changes (any save of public content,
articles/caching.py) or a scheduled article goes live, and after NEWSROOM_MEMO_SECONDS
at most (0 turns memoising off), in case a write ever bypasses the signals.

Each worker process keeps the memos it used last in memory too (RecentMemos), under the
same version and deadline, so a page's memos cost no file reads once the request has
read the content version. A memo in memory is one object shared by every request of the
process: callers read it and never change it.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache

from articles.caching import content_version, timeout

MISSING = object()
T = TypeVar("T")


class RecentMemos:
    """The memos this process used last, by key (which holds the content version), each
    with the deadline it was kept in the shared cache with; the oldest go past `limit`."""

    def __init__(self, limit: int = 2000):
        self.limit = limit
        self.memos: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self.lock:
            expires_at, value = self.memos.get(key, (0.0, MISSING))
            if expires_at > time.time():
                self.memos.move_to_end(key)
                return value
            self.memos.pop(key, None)
        return MISSING

    def put(self, key: str, value: Any, seconds: float) -> None:
        with self.lock:
            self.memos[key] = (time.time() + seconds, value)
            self.memos.move_to_end(key)
            while len(self.memos) > self.limit:
                self.memos.popitem(last=False)


RECENT_MEMOS = RecentMemos()


def memoised(name: str, compute: Callable[[], T]) -> T:
    """Return compute(), or what it returned earlier for name under this content version."""
    seconds = settings.NEWSROOM_MEMO_SECONDS
    if not seconds:
        return compute()
    version = content_version()
    key = f"newsroom:memo:{version}:{hashlib.md5(name.encode()).hexdigest()}"
    value = RECENT_MEMOS.get(key)
    if value is not MISSING:
        return value
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        if seconds := timeout(version, seconds):
            cache.set(key, value, seconds)
            RECENT_MEMOS.put(key, value, seconds)
    elif held := timeout(version, 1):
        # Kept by another process: its deadline is not known here, so hold it briefly,
        # and never past the next scheduled publication.
        RECENT_MEMOS.put(key, value, held)
    return value
