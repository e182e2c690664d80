"""Whole-page caching for readers, dropped the moment anything public could change.

Pages are cached per full path under a content version; saving or deleting an article,
quote, mention or any record a page shows sets a new version, so every cached page is
stale at once (signals in articles/signals.py). Cached pages also expire after
NEWSROOM_PAGE_CACHE_SECONDS, so a scheduled article appears within that time. Only
anonymous GETs are cached: staff previews and the admin never are.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

VERSION_KEY = "newsroom:content-version"


def content_version() -> int:
    return cache.get_or_set(VERSION_KEY, time.time_ns, timeout=None)


def bump_content_version() -> None:
    """Make every cached page stale."""
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


class CachedPageMixin:
    """Serve a view's rendered page from the cache when nothing has changed since."""

    def dispatch(self, request, *args, **kwargs):
        seconds = settings.NEWSROOM_PAGE_CACHE_SECONDS
        if not seconds or request.method != "GET" or request.user.is_authenticated:
            return super().dispatch(request, *args, **kwargs)
        key = f"newsroom:page:{content_version()}:{request.get_full_path()}"
        response = cache.get(key)
        if response is None:
            response = super().dispatch(request, *args, **kwargs)
            if response.status_code == 200:
                response.add_post_render_callback(lambda r: cache.set(key, r, seconds))
        patch_cache_control(response, public=True, max_age=0)
        return response
