from django.urls import include, path
from django.views.generic import TemplateView

from bench.site.floor import FloorCardsView

urlpatterns = [
    # The floor: this stack (a Django view, Jinja2 as for the public pages) rendering a
    # page of about the home page's size with no queries: constant HTML, and the home
    # page's own template work from memory (bench/site/floor.py).
    path("floor/", TemplateView.as_view(template_name="floor.html"), name="floor"),
    path("floor-cards/", FloorCardsView.as_view(), name="floor-cards"),
    path("", include("newsroom.urls")),
]
