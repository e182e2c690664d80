from django.urls import include, path
from django.views.generic import TemplateView

from articles.views import ArticleListView

urlpatterns = [
    # The floor: this stack rendering a page of about the same size, with no queries.
    path("floor/", TemplateView.as_view(template_name="floor.html"), name="floor"),
    path("home-for-floor-size/", ArticleListView.as_view()),
    path("", include("newsroom.urls")),
]
