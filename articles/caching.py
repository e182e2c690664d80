"""Whole-page caching for readers, dropped the moment anything public could change.

Pages are cached per address (scheme, host, path, query) under a content version;
saving or deleting an article, quote, mention or any record a page shows sets a new
version, so every cached page is stale at once (signals in articles/signals.py).
Scheduled articles go live by the clock, with no save to set a new version, so nothing
cached outlives the next scheduled publication; cached pages also expire after
NEWSROOM_PAGE_CACHE_SECONDS. Only GETs without a session cookie are cached and served,
from a middleware before the rest of Django runs: staff previews and the admin never are.
Each worker process also keeps the pages it served last in memory (RecentPages), so a
hit reads only the content version from the shared cache.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)

from articles.models import Article

VERSION_KEY = "newsroom:content-version"
CONDITIONS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")
PAGE_KEY = "newsroom:page-bytes"  # status, headers and bytes (stored())
RECENT_PAGES = 200  # per worker process: about 3 MB of pages of the home page's size


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


class RecentPages:
    """The pages this process stored or served last, in memory, in front of the shared cache.

    From the shared (file) cache a page costs an open, unpickling and zlib, about a third
    of a hit's time in Django; from here it costs building a response from its bytes.
    Keys carry the content version, so a change makes every page here stale too, and a
    page keeps the deadline it was stored in the shared cache with. A page is kept as
    status, headers and bytes, and a fresh response built for each request, so nothing
    done to one response reaches the next.
    """

    def __init__(self, size: int):
        self.size = size
        self.pages: OrderedDict[str, tuple] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> tuple | None:
        with self.lock:
            entry = self.pages.get(key)
            if entry is not None:
                if entry[-1] > time.time():
                    self.pages.move_to_end(key)
                    return entry
                del self.pages[key]
        return None

    def put(self, key: str, entry: tuple) -> None:
        with self.lock:
            self.pages[key] = entry
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)


def stored(response, seconds: int) -> tuple:
    """Return what the caches keep of a response: status, headers, bytes and deadline."""
    return response.status_code, list(response.items()), response.content, time.time() + seconds


def restored(entry: tuple) -> HttpResponse:
    status, headers, content, _ = entry
    return HttpResponse(content, status=status, headers=headers)


class PageCacheMiddleware:
    """Answer a reader's GET from the page cache before sessions, auth, URL resolving,
    queries or templates run; keep the pages that CachedPageMixin views mark as public.

    A request carrying a session cookie may come from signed-in staff, so it is never
    served from here nor stored: finding out would cost a session lookup. It sits above
    the middleware it lets a hit skip, so it does their part that applies: the host is
    checked, and a request whose ETag matches is answered 304.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.recent = RecentPages(RECENT_PAGES)

    def __call__(self, request):
        seconds = settings.NEWSROOM_PAGE_CACHE_SECONDS
        signed_in = settings.SESSION_COOKIE_NAME in request.COOKIES
        if not seconds or request.method != "GET" or signed_in:
            return self.get_response(request)
        version = content_version()
        # The whole address: pages carry it (canonical link, og:url), so a page rendered for
        # one host or scheme must not be served for another. build_absolute_uri() also
        # refuses a host not in ALLOWED_HOSTS, as CommonMiddleware would.
        key = f"{PAGE_KEY}:{version}:{request.build_absolute_uri()}"
        entry = self.recent.get(key)
        if entry is None and (entry := cache.get(key)) is not None:
            self.recent.put(key, entry)
        if entry is not None:
            response = restored(entry)
        else:
            response = self.render_in_full(request)
            if getattr(response, "public_page", False) and not response.cookies:
                if seconds := timeout(version, seconds):
                    if not response.has_header("ETag"):
                        set_response_etag(response)  # once, rather than on every hit
                    entry = stored(response, seconds)
                    cache.set(key, entry, seconds)
                    self.recent.put(key, entry)
        if not response.has_header("ETag"):
            return response
        return get_conditional_response(request, etag=response["ETag"], response=response)

    def render_in_full(self, request):
        """Return the page itself, never a 304, so that a miss always fills the cache: a
        reader revisiting after a change sends If-None-Match, and the answer is decided
        here, for hits and misses alike."""
        conditions = {h: request.META.pop(h) for h in CONDITIONS if h in request.META}
        try:
            return self.get_response(request)
        finally:
            request.META.update(conditions)


class CachedPageMixin:
    """Mark a view's pages for anonymous GETs as cacheable (see PageCacheMiddleware)."""

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if request.method == "GET" and not request.user.is_authenticated:
            response.public_page = response.status_code == 200
            patch_cache_control(response, public=True, max_age=0)
            patch_vary_headers(response, ["Cookie"])  # staff see other pages
        return response
