"""The API's addresses: /api/<resource>/, the OpenAPI schema and its documentation."""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_replace
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
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

# The split view serves Swagger UI's start-up script as a file, so no inline script runs
# there either; Swagger UI does insert its own <style> elements and data: icons, which
# this page alone allows. (Redoc needs inline scripts' styles too, and is not served.)
docs = csp_replace({"style-src": [SELF, UNSAFE_INLINE], "img-src": [SELF, "data:"]})(
    SpectacularSwaggerSplitView.as_view(url_name="api:schema")
)

urlpatterns = [
    path("search/", endpoints.SearchView.as_view(), name="search"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", docs, name="docs"),
    path("", include(router.urls)),
]
