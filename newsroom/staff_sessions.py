"""Staff sessions are short: they end NEWSROOM_STAFF_SESSION_SECONDS after signing in,
after NEWSROOM_STAFF_IDLE_SECONDS without a request, and when the browser closes.

Readers have no sessions, so Django's own SESSION_COOKIE_AGE (two weeks) is left for
whoever else signs in. The times are kept in the session, read by the middleware on each
request; the last request's time is written at most once a minute, so that reading the
admin does not write the session on every page.
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

SIGNED_IN = "newsroom_staff_signed_in"  # epoch seconds
SEEN = "newsroom_staff_seen"  # epoch seconds, to the minute
SEEN_EVERY = 60


@receiver(user_logged_in)
def start_staff_session(sender, request, user, **kwargs) -> None:
    """Give a staff member's new session its start, and a cookie that ends with the browser."""
    if user.is_staff:
        now = int(time.time())
        request.session[SIGNED_IN] = now
        request.session[SEEN] = now
        request.session.set_expiry(0)


def staff_session_over(session, now: int) -> bool:
    """Whether a staff session has lasted too long, or gone unused too long."""
    signed_in = session.get(SIGNED_IN, 0)
    seen = session.get(SEEN, 0)
    return (
        now - signed_in >= settings.NEWSROOM_STAFF_SESSION_SECONDS
        or now - seen >= settings.NEWSROOM_STAFF_IDLE_SECONDS
    )


class StaffSessionMiddleware:
    """Sign staff out whose session is over, before the view sees them signed in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and user.is_staff:
            now = int(time.time())
            if staff_session_over(request.session, now):
                logout(request)
            elif now - request.session[SEEN] >= SEEN_EVERY:
                request.session[SEEN] = now
        return self.get_response(request)
