"""The site's URLs plus a page that fails, for the tests of the styled 500 page."""

from django.urls import include, path


def failing(request):
    raise RuntimeError("a page that fails")


urlpatterns = [path("failing/", failing), path("", include("newsroom.urls"))]
