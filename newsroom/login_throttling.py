"""Login throttling: django-axes's database handler, with a limit of its own for each tier.

Axes counts failed sign-ins for each of AXES_LOCKOUT_PARAMETERS (an account from one
address, an address, an account) and locks out once the largest count reaches one limit,
AXES_FAILURE_LIMIT. An address tries many accounts, and an account is tried from many
addresses, more often than a person mistypes one password, so each tier here has its own
limit (NEWSROOM_LOGIN_FAILURE_LIMITS, in the order of the parameters).
"""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum

# The longest user name an AccessAttempt stores (its username column's max_length).
STORED_USERNAME_LENGTH = 255


class TieredDatabaseHandler(AxesDatabaseHandler):
    """Lock out when any tier's failures reach that tier's limit."""

    def get_failures(self, request, credentials: dict | None = None) -> int:
        """Return the failures of the tier nearest its limit, scaled to AXES_FAILURE_LIMIT.

        Axes compares the number returned with AXES_FAILURE_LIMIT; scaled down, a count
        reaches it exactly when it reaches its own tier's limit.
        """
        scale = settings.AXES_FAILURE_LIMIT
        tiers = zip(
            self.get_user_attempts(request, credentials),
            settings.NEWSROOM_LOGIN_FAILURE_LIMITS,
            strict=True,
        )
        return max(failures(attempts) * scale // limit for attempts, limit in tiers)


def failures(attempts) -> int:
    """Return the failed sign-ins recorded in a queryset of AccessAttempts."""
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def recorded_username(request, credentials: dict | None) -> str | None:
    """Return the user name a sign-in gave, cut to what an access attempt stores.

    Django's login form does not limit the user name's length, and axes records it as
    given: a longer one would fail the insert on PostgreSQL (a 500) rather than count.
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    username = credentials.get(field) if credentials else request.POST.get(field)
    if username is None:
        return None
    return str(username).replace("\x00", "")[:STORED_USERNAME_LENGTH]
