"""Whole-page caching for readers, dropped the moment anything public could change.

Pages are cached per address (scheme, host, path, and of the query only the parameters
the page's view reads, CachedPageMixin.query_parameters) under a content version;
saving or deleting an article, quote, mention or any record a page shows sets a new
version, so every cached page is stale at once (signals in articles/signals.py).
Scheduled articles go live by the clock, with no save to set a new version, so nothing
cached outlives the next scheduled publication; cached pages also expire after
NEWSROOM_PAGE_CACHE_SECONDS. Only GETs without a session cookie are cached and served:
staff previews and the admin never are. PageCacheMiddleware, first of the middleware,
stores pages and answers under the test client; PageCacheFront serves hits in front of
Django (newsroom/wsgi.py).
Each worker process also keeps the pages it served last in memory (RecentPages, up to
NEWSROOM_PAGE_MEMORY_BYTES of page content), so a hit reads only the content version
from the shared cache.
"""

import functools
import hashlib
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta
from datetime import time as day_start
from http import HTTPStatus
from typing import NamedTuple
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse, QueryDict
from django.urls import Resolver404, get_urlconf, resolve
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
PAGE_KEY = "newsroom:page-bytes"  # a StoredPage, under the content version and address


# A reader's request reads the content version once (pinned_content_version), not once
# for each memo it looks up: every read is a file opened and unpickled.
PINNED: ContextVar[int | None] = ContextVar("newsroom_content_version", default=None)


def content_version() -> int:
    """Return the version of public content pages and memos are kept under."""
    pinned = PINNED.get()
    if pinned is not None:
        return pinned
    return cache.get_or_set(VERSION_KEY, time.time_ns, timeout=None)


def bump_content_version() -> None:
    """Make every cached page stale."""
    version = time.time_ns()
    cache.set(VERSION_KEY, version, timeout=None)
    if PINNED.get() is not None:
        PINNED.set(version)  # what this request reads after its own change is new


@contextmanager
def pinned_content_version():
    """Read the content version once for the work inside, and yield it."""
    token = PINNED.set(None)
    PINNED.set(version := content_version())
    try:
        yield version
    finally:
        PINNED.reset(token)


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


def next_midnight() -> float:
    """Return when (epoch seconds) the next day begins in the site's time zone."""
    tomorrow = timezone.localdate() + timedelta(days=1)
    zone = timezone.get_current_timezone()
    return datetime.combine(tomorrow, day_start.min, tzinfo=zone).timestamp()


def timeout(version: int, limit: int | None) -> int:
    """Return how long something cached now may live: limit seconds at most (None: no
    limit), and never past the next scheduled publication; 0 means do not cache."""
    when = next_publication(version)
    if when is None:
        return limit
    seconds = int(when - time.time())  # rounded down: expire early rather than late
    return max(0, seconds if limit is None else min(limit, seconds))


class StoredPage(NamedTuple):
    """A page as both caches keep it: what rebuilds its response, until when it may be
    served, and the content version it was rendered under."""

    status: int
    headers: list[tuple[str, str]]
    content: bytes
    expires_at: float  # epoch seconds
    version: int


class RecentPages:
    """The pages this process stored or served last, in memory, in front of the shared cache.

    From the shared (file) cache a page costs an open, unpickling and zlib, about a third
    of a hit's time in Django; from here it costs building a response from its bytes.
    Pages are kept by address, one each: a page of another content version is a miss and
    is dropped, so a change replaces pages here rather than leaving dead ones behind. A
    page keeps the deadline it was stored in the shared cache with. The least recently
    used pages go first once their content passes `limit` bytes; a page larger than that
    is not kept, rather than pushing out all the others.
    """

    def __init__(self, limit: int):
        self.limit = limit
        self.held = 0  # bytes of content in self.pages
        self.pages: OrderedDict[str, StoredPage] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, address: str, version: int) -> StoredPage | None:
        """Return the page at address if it is of this content version and in date."""
        with self.lock:
            page = self.pages.get(address)
            if page is None:
                return None
            if page.version == version and page.expires_at > time.time():
                self.pages.move_to_end(address)
                return page
            self._drop(address)
        return None

    def put(self, address: str, page: StoredPage) -> None:
        """Keep a page at address, in place of any kept there before."""
        with self.lock:
            self._drop(address)
            if len(page.content) > self.limit:
                return
            self.pages[address] = page
            self.held += len(page.content)
            while self.held > self.limit:
                _, oldest = self.pages.popitem(last=False)
                self.held -= len(oldest.content)

    def _drop(self, address: str) -> None:
        page = self.pages.pop(address, None)
        if page is not None:
            self.held -= len(page.content)


@functools.cache
def recent_pages(limit: int) -> RecentPages:
    """Return this process's RecentPages of limit bytes, shared by PageCacheFront and
    PageCacheMiddleware, so a process holds limit bytes of pages at most."""
    return RecentPages(limit)


def stored(response, *, seconds: int, version: int) -> StoredPage:
    """Return what the caches keep of a response rendered under a content version."""
    return StoredPage(
        status=response.status_code,
        headers=list(response.items()),
        content=response.content,
        expires_at=time.time() + seconds,
        version=version,
    )


def restored(page: StoredPage) -> HttpResponse:
    """Return a response of its own for a stored page, so nothing done to one response
    reaches the next."""
    return HttpResponse(page.content, status=page.status, headers=page.headers)


def page_key(version: int, address: str) -> str:
    """Return the shared cache's key of the page at address under a content version: the
    address hashed, as a query of any length makes a key longer than memcached takes."""
    return f"{PAGE_KEY}:{version}:{hashlib.md5(address.encode()).hexdigest()}"


def read_query(query: QueryDict, names: tuple[str, ...]) -> str:
    """Return the parameters names of query, in the order of names, as a query string:
    what a page reads of its query, and so what of it its cache key holds."""
    return urlencode([(name, value) for name in names for value in query.getlist(name)])


def page_address(request) -> str | None:
    """Return the address the page of request is cached under, or None if its path is
    not a cached page's (CachedPageMixin).

    The address is the whole URL, scheme and host too: pages carry it (canonical link,
    og:url), so a page rendered for one host or scheme must not be served for another.
    Of the query it keeps only what the page reads: ?utm_source=<anything> is the same
    page, and must be the same cache entry, or any parameter would make a page uncached.
    Building it checks the host against ALLOWED_HOSTS (DisallowedHost), as
    CommonMiddleware would.
    """
    names = parameters_read(request.path_info, get_urlconf() or settings.ROOT_URLCONF)
    if names is None:
        return None
    query = read_query(request.GET, names)
    return request.build_absolute_uri(request.path) + (f"?{query}" if query else "")


@functools.lru_cache(maxsize=4096)
def parameters_read(path: str, urlconf) -> tuple[str, ...] | None:
    """Return the query parameters the cached page at path reads, or None if path (in
    urlconf) is no cached page's. Kept per path, as plain_url keeps paths
    (newsroom/templating.py): resolving costs 40-50 µs, more than the rest of a hit."""
    try:
        view = getattr(resolve(path, urlconf).func, "view_class", None)
    except Resolver404:
        return None
    if view is None or not issubclass(view, CachedPageMixin):
        return None
    return view.query_parameters


def cached_page(request, recent: RecentPages, address: str) -> tuple[int, StoredPage | None]:
    """Return the content version and the page cached at address, if any."""
    version = content_version()
    page = recent.get(address, version)
    if page is None and (page := cache.get(page_key(version, address))) is not None:
        recent.put(address, page)
    return version, page


def may_be_cached(request) -> bool:
    """Only readers' GETs of pages: a session cookie may be signed-in staff's, and finding
    out would cost a session lookup; static files are WhiteNoise's."""
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(static_prefix())
    )


def static_prefix() -> str:
    return f"/{settings.STATIC_URL.lstrip('/')}"


class PageCacheMiddleware:
    """Answer a reader's GET from the page cache before sessions, auth, URL resolving,
    queries or templates run; keep the pages that CachedPageMixin views mark as public.

    It comes first of the middleware, so a page is kept with every header the rest
    adds (security headers, X-Frame-Options), as PageCacheFront serves it again. It
    does the part of the middleware below that applies to a hit: the host is checked,
    and a request whose ETag matches is answered 304.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.recent = recent_pages(settings.NEWSROOM_PAGE_MEMORY_BYTES)

    def __call__(self, request):
        seconds = settings.NEWSROOM_PAGE_CACHE_SECONDS
        if not may_be_cached(request) or not (seconds or settings.NEWSROOM_MEMO_SECONDS):
            return self.get_response(request)
        with pinned_content_version():
            if not seconds or (address := page_address(request)) is None:
                return self.get_response(request)
            version, page = cached_page(request, self.recent, address)
            if page is not None:
                response = restored(page)
            else:
                response = self.render_in_full(request)
                self.keep(response, address, version, seconds)
        if not response.has_header("ETag"):
            return response
        return get_conditional_response(request, etag=response["ETag"], response=response)

    def keep(self, response, address: str, version: int, seconds: int) -> None:
        """Store a page marked public, with its ETag, until its deadline."""
        if not getattr(response, "public_page", False) or response.cookies:
            return
        if until := getattr(response, "public_until", None):
            seconds = min(seconds, int(until - time.time()))
        if seconds := timeout(version, seconds):
            if not response.has_header("ETag"):
                set_response_etag(response)  # once, rather than on every hit
            page = stored(response, seconds=seconds, version=version)
            cache.set(page_key(version, address), page, seconds)
            self.recent.put(address, page)

    def render_in_full(self, request):
        """Return the page itself, never a 304, so that a miss always fills the cache: a
        reader revisiting after a change sends If-None-Match, and the answer is decided
        here, for hits and misses alike."""
        conditions = {h: request.META.pop(h) for h in CONDITIONS if h in request.META}
        try:
            return self.get_response(request)
        finally:
            request.META.update(conditions)


class PageCacheFront:
    """Serve cached pages in front of Django itself, as WSGI (newsroom/wsgi.py).

    A hit costs Django's handler more than the page does: request signals, the
    middleware on both ways, a response object. Here a hit is a request object (lazy,
    for the address and cookies, exactly as PageCacheMiddleware reads them), the
    version and the page; the rest, a miss, a 304 or anything not a reader's GET, goes
    to Django, whose PageCacheMiddleware stores what it renders.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if settings.NEWSROOM_PAGE_CACHE_SECONDS and "HTTP_IF_NONE_MATCH" not in environ:
            page = self.hit(WSGIRequest(environ))
            if page is not None:
                # A list of its own: a server may add to the one it is given.
                status = f"{page.status} {HTTPStatus(page.status).phrase}"
                start_response(status, list(page.headers))
                return [page.content]
        return self.application(environ, start_response)

    def hit(self, request) -> StoredPage | None:
        """Return the page cached for request, if it may be served from the cache."""
        if not may_be_cached(request):
            return None
        try:
            address = page_address(request)
        except SuspiciousOperation:  # a host not served, too many parameters
            return None  # Django answers it, 400
        if address is None:
            return None
        _, page = cached_page(request, recent_pages(settings.NEWSROOM_PAGE_MEMORY_BYTES), address)
        return page


class CachedPageMixin:
    """Mark a view's pages for anonymous GETs as cacheable (see PageCacheMiddleware).

    The page reads only its query_parameters: the view sees the request's query without
    the others, so a page is the same whatever else its address holds, as its cache key
    (page_address) has it.
    """

    query_parameters: tuple[str, ...] = ()
    # A page that says something of today (a programme's standing) changes at midnight
    # with no save to bump the content version, so its cached copy ends with the day.
    shows_today = False

    def setup(self, request, *args, **kwargs):
        request.GET = QueryDict(read_query(request.GET, self.query_parameters))
        super().setup(request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if request.method == "GET" and not request.user.is_authenticated:
            response.public_page = response.status_code == 200
            if self.shows_today:
                response.public_until = next_midnight()
            patch_cache_control(response, public=True, max_age=0)
            patch_vary_headers(response, ["Cookie"])  # staff see other pages
        return response
