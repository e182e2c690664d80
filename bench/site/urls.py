from django.urls import include, path
from django.views.generic import TemplateView

urlpatterns = [
    # The floor: this stack (a Django view, Jinja2 as for the public pages) rendering a
    # page of about the same size, with no queries; and the same page in Django's
    # template language, for comparison.
    path("floor/", TemplateView.as_view(template_name="floor.html"), name="floor"),
    path("floor-django/", TemplateView.as_view(template_name="floor_django.html")),
    path("", include("newsroom.urls")),
]
