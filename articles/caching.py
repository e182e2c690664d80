"""Whole-page caching for readers, dropped the moment anything public could change.

Pages are cached per full path under a content version; saving or deleting an article,
quote, mention or any record a page shows sets a new version, so every cached page is
stale at once (signals in articles/signals.py). Scheduled articles go live by the clock,
with no save to set a new version, so nothing cached outlives the next scheduled
publication; cached pages also expire after NEWSROOM_PAGE_CACHE_SECONDS. Only anonymous
GETs are cached: staff previews and the admin never are.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.cache import patch_cache_control

from articles.models import Article

VERSION_KEY = "newsroom:content-version"


def content_version() -> int:
    return cache.get_or_set(VERSION_KEY, time.time_ns, timeout=None)


def bump_content_version() -> None:
    """Make every cached page stale."""
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def next_publication(version: int) -> float | None:
    """Return when (epoch seconds) the next scheduled article goes live, or None."""
    key = f"newsroom:next-publication:{version}"
    when = cache.get(key)
    if when is None or when <= time.time():  # none cached, or it has gone live since
        upcoming = (
            Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        when = upcoming.timestamp() if upcoming else float("inf")
        cache.set(key, when, timeout=None)
    return None if when == float("inf") else when


def timeout(version: int, limit: int | None) -> int:
    """Return how long something cached now may live: limit seconds at most (None: no
    limit), and never past the next scheduled publication; 0 means do not cache."""
    when = next_publication(version)
    if when is None:
        return limit
    seconds = int(when - time.time())  # rounded down: expire early rather than late
    return max(0, seconds if limit is None else min(limit, seconds))


class CachedPageMixin:
    """Serve a view's rendered page from the cache when nothing has changed since."""

    def dispatch(self, request, *args, **kwargs):
        seconds = settings.NEWSROOM_PAGE_CACHE_SECONDS
        if not seconds or request.method != "GET" or request.user.is_authenticated:
            return super().dispatch(request, *args, **kwargs)
        version = content_version()
        key = f"newsroom:page:{version}:{request.get_full_path()}"
        response = cache.get(key)
        if response is None:
            response = super().dispatch(request, *args, **kwargs)
            seconds = timeout(version, seconds)
            if response.status_code == 200 and seconds:
                response.add_post_render_callback(lambda r: cache.set(key, r, seconds))
        patch_cache_control(response, public=True, max_age=0)
        return response
