"""The site's URLs under /news/, for a test that swaps the URL patterns."""

from django.urls import include, path

urlpatterns = [path("news/", include("newsroom.urls"))]
