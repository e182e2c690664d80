"""The API's addresses: /api/<resource>/, the OpenAPI schema and its documentation."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from articles.api import endpoints

app_name = "api"

router = DefaultRouter()
router.register("articles", endpoints.ArticleViewSet, basename="article")
router.register("people", endpoints.PersonViewSet, basename="person")
router.register("programmes", endpoints.ProgramViewSet, basename="program")
router.register("organisations", endpoints.OrganizationViewSet, basename="organization")
router.register("places", endpoints.PlaceViewSet, basename="place")
router.register("topics", endpoints.TopicViewSet, basename="topic")
router.register("quotes", endpoints.QuoteViewSet, basename="quote")

urlpatterns = [
    path("search/", endpoints.SearchView.as_view(), name="search"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    path("", include(router.urls)),
]
