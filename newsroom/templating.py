"""The Jinja2 environment of the public pages (templates/jinja2/; the admin keeps Django's).

Jinja2 compiles a template to Python, so a page of cards renders several times faster
than in Django's template language, where it was most of an uncached page's time. The
helpers below are the few Django tags and filters those pages used.
"""

from datetime import datetime
from functools import lru_cache
from urllib.parse import urlencode

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import dateformat, timezone
from django.utils.text import Truncator
from jinja2 import Environment

from articles.timestamps import iso_moment
from newsroom.content_security import json_ld


def url(name: str, *args, **kwargs) -> str:
    """Django's {% url %}: the path of a named route."""
    if args or kwargs:
        return reverse(name, args=args or None, kwargs=kwargs or None)
    return plain_url(name, get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)


@lru_cache(maxsize=128)
def plain_url(name: str, prefix: str, urlconf: str) -> str:
    """Return the path of a route without arguments (every page links to a few), for a
    script prefix and urlconf: the path depends on both."""
    return reverse(name, urlconf=urlconf)


@receiver(setting_changed)
def forget_urls(*, setting: str, **kwargs) -> None:
    """Drop paths built from URL patterns a test has swapped (override_settings)."""
    if setting == "ROOT_URLCONF":
        plain_url.cache_clear()


def date(value, format_string: str) -> str:
    """Django's date filter: aware datetimes are shown in the site's time zone."""
    if not value:
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return dateformat.format(value, format_string)


def pluralize(count: int, suffix: str = "s") -> str:
    """Django's pluralize: the suffix unless count is one."""
    return "" if count == 1 else suffix


def truncatechars(text: str, length: int) -> str:
    """Django's truncatechars: at most length characters, an ellipsis included."""
    return Truncator(text or "").chars(length)


def querystring(request, **changes) -> str:
    """Return request's query string with changes (None drops a key), as Django's tag."""
    params = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    if not params and not request.GET:
        return ""
    return f"?{params.urlencode()}"


def canonical_url(request, kept: tuple[str, ...] = ("page",)) -> str:
    """Return the page's canonical address: its path and, of its query, only the
    parameters named in kept (a list's filters, the search words, a page after the
    first); tracking and other parameters name no other content."""
    pairs = [
        (name, value)
        for name in kept
        for value in request.GET.getlist(name)
        if value and not (name == "page" and value == "1")
    ]
    query = f"?{urlencode(pairs)}" if pairs else ""
    return request.build_absolute_uri(request.path) + query


def environment(**options) -> Environment:
    """Return the environment Django's Jinja2 backend renders the public pages with."""
    env = Environment(trim_blocks=True, lstrip_blocks=True, **options)
    env.globals.update(
        url=url,
        static=static,
        querystring=querystring,
        canonical_url=canonical_url,
        json_ld=json_ld,
    )
    env.filters.update(date=date, iso=iso_moment, pluralize=pluralize, truncatechars=truncatechars)
    return env
