"""Content-Security-Policy and Permissions-Policy headers, on every response.

django-csp builds the policy from settings.CONTENT_SECURITY_POLICY: nothing inline runs.
What a page holds inline is allowed by its hash rather than by a nonce. Readers' pages
are cached whole, headers and all (articles/caching.py), and served again to every
reader: a nonce would be the same for all of them until the page expired, while a hash
stays true of the page it was computed for, in the cache and out of it.
"""

import base64
import hashlib
import re
from functools import cache
from pathlib import Path

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from jinja2 import pass_context
from markupsafe import Markup

STYLE_ELEMENT = re.compile(r"<style>(.*?)</style>", re.DOTALL)
SCRIPT_HASHES = "newsroom_script_hashes"  # the request's attribute: what its page allows


def inline_hash(text: str) -> str:
    """Return the CSP source that allows an inline script or style of exactly this text."""
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def inline_style_hashes(template: Path) -> list[str]:
    """Return the CSP sources that allow a template's <style> elements, fixed text each."""
    return [inline_hash(text) for text in STYLE_ELEMENT.findall(template.read_text())]


@pass_context
def json_ld(context, data: str) -> Markup:
    """Return a JSON-LD script element of data (structured_data.as_json_ld's, safe in a
    script element) and allow it by its hash in the policy of the page it is on."""
    request = context["request"]
    hashes = getattr(request, SCRIPT_HASHES, [])
    setattr(request, SCRIPT_HASHES, [*hashes, inline_hash(data)])
    return Markup(f'<script type="application/ld+json">{data}</script>')


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, allowing the scripts the page holds inline by their hashes."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        hashes = getattr(request, SCRIPT_HASHES, [])
        if hashes:
            update = dict(parts.update or {})
            update["script-src"] = [*update.get("script-src", []), *hashes]
            parts.update = update
        return parts


@cache
def permissions_policy(features: tuple[str, ...]) -> str:
    """Return a Permissions-Policy header value that allows none of the features."""
    return ", ".join(f"{feature}=()" for feature in features)


class PermissionsPolicyMiddleware:
    """Deny the browser features in settings.NEWSROOM_PERMISSIONS_POLICY to every page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        features = tuple(settings.NEWSROOM_PERMISSIONS_POLICY)
        response.headers.setdefault("Permissions-Policy", permissions_policy(features))
        return response
