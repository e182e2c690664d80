"""Refuse addresses holding a NUL character, before any view reads them."""

from django.core.exceptions import BadRequest
from django.http import JsonResponse

REFUSAL = "A NUL character is not allowed in an address."


class RefuseNullCharactersMiddleware:
    """Answer 400 to a request whose path or query holds a NUL character.

    PostgreSQL's text cannot hold NUL: a query given one fails in the database driver,
    a 500, wherever a view passes the value on (a filter's slug, the admin's search and
    autocomplete, a lookup of a page). Forms refuse NUL already (Django's CharField has
    ProhibitNullCharactersValidator), but the public list reads its exact filters without
    building a form and the admin reads `q` and `term` without one; every address passes
    here. Other control characters are text a database keeps, so they are left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in name or any("\x00" in value for value in values)
            for name, values in request.GET.lists()
        ):
            if request.path.startswith("/api/"):  # the API answers in JSON, errors too
                return JsonResponse({"detail": REFUSAL}, status=400)
            raise BadRequest(REFUSAL)
        return self.get_response(request)
