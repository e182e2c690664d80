"""Anonymous clients are throttled per address (429 with Retry-After)."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousClientThrottle(AnonRateThrottle):
    """AnonRateThrottle at NEWSROOM_API_ANON_RATE ('300/minute'; empty: no limit), read
    when a request comes, so a deployment or a test can change it."""

    def get_rate(self):
        return settings.NEWSROOM_API_ANON_RATE or None

    def allow_request(self, request, view):
        self.rate = self.get_rate()
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)
