"""The API's views: thin read-only viewsets over the public querysets.

Every queryset starts from Article.objects.published() or from the records a published
article names (reads.named_by_published), as the pages do; responses are marked for
the page cache (caching.CachedPageMixin), so one save invalidates pages and API alike.
"""

from dataclasses import replace

from django.db.models import (
    Count,
    Exists,
    F,
    Max,
    Min,
    OuterRef,
    Prefetch,
)
from django.utils.http import http_date
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import filters, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from articles.api import serializers
from articles.api.pagination import ByName, NewestFirst, QuotesNewestFirst
from articles.api.quote_filters import QuoteFilter
from articles.caching import CachedPageMixin
from articles.filters import ArticleFilter
from articles.models import Article, Mention, Organization, Person, Place, Program, Quote
from articles.reads import named_by_published, public_tags
from articles.search import PAGE_SIZE, search_articles

QUOTES_SHOWN = 20  # a person's newest quotes; the quote list has them all


def quotes_with_speakers(queryset):
    """Return quotes with their speaker, and whether the speaker has a public page."""
    mentioned = Exists(Article.objects.published().filter(persons=OuterRef("speaker_id")))
    return queryset.select_related("speaker", "article").annotate(speaker_public=mentioned)


# The parameters every list reads (caching.CachedPageMixin passes a view only those it
# names, and keys its cached answers by them).
PAGING = ("page", "page_size", "fields")
CURSOR = ("cursor", "page_size", "fields")


class ReadOnly(CachedPageMixin, viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    query_parameters = PAGING
    # Any address segment reaches the view, so an unknown one is the API's JSON 404.
    lookup_value_regex = "[^/]+"


class ArticleViewSet(ReadOnly):
    """Published articles, newest first, filtered as the public list is."""

    filter_backends = [DjangoFilterBackend, filters.OrderingFilter]
    filterset_class = ArticleFilter
    query_parameters = (*ArticleFilter.base_filters, "ordering", *CURSOR)
    ordering_fields = ["published_at"]
    pagination_class = NewestFirst

    def get_queryset(self):
        articles = Article.objects.published().select_related("dateline").prefetch_related("tags")
        if self.action != "retrieve":
            return articles
        quotes = quotes_with_speakers(Quote.objects.order_by("position"))
        return articles.prefetch_related(
            Prefetch("mentions", Mention.objects.select_related("person")),
            "programs",
            "organizations",
            "places",
            Prefetch("quotes", quotes),
        )

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.ArticleDetailSerializer
        return serializers.ArticleListSerializer

    def retrieve(self, request, *args, **kwargs):
        article = self.get_object()
        response = Response(self.get_serializer(article).data)
        response["Last-Modified"] = http_date(article.updated_at.timestamp())
        return response


class EntityViewSet(ReadOnly):
    """Records a published article names, by name."""

    model = Person
    lookup = "persons"  # Article's relation to the model
    pagination_class = ByName
    filter_backends = [filters.SearchFilter]
    search_fields = ["name"]
    query_parameters = ("search", *PAGING)

    def get_queryset(self):
        return self.model.objects.filter(named_by_published(self.lookup)).order_by("name", "id")


class PersonViewSet(EntityViewSet):
    """People named in published articles, with their roles over time and quotes."""

    serializer_class = serializers.PersonSerializer

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.PersonDetailSerializer
        return serializers.PersonSerializer

    def get_object(self):
        person = super().get_object()
        published = Article.objects.published()
        person.roles = (
            Mention.objects.filter(person=person, article__in=published)
            .exclude(role="")
            .values("role")
            .annotate(
                first_seen=Min("article__published_at"),
                last_seen=Max("article__published_at"),
                articles=Count("article"),
            )
            .order_by("-last_seen", "role")
        )
        quotes = Quote.objects.filter(speaker=person, article__in=published)
        person.recent_quotes = quotes.select_related("article").order_by(
            "-article__published_at", "position"
        )[:QUOTES_SHOWN]
        return person


class ProgramViewSet(EntityViewSet):
    """Programmes, with where they stand today, their partners, dates and focus areas."""

    model, lookup = Program, "programs"
    serializer_class = serializers.ProgramSerializer
    search_fields = ["name", "acronym"]

    def get_queryset(self):
        partners = Organization.objects.annotate(
            is_public_record=named_by_published("organizations")
        ).order_by("name")
        return super().get_queryset().prefetch_related(Prefetch("partners", partners))


class OrganizationViewSet(EntityViewSet):
    model, lookup = Organization, "organizations"
    serializer_class = serializers.OrganizationSerializer
    search_fields = ["name", "acronym"]


class PlaceViewSet(EntityViewSet):
    model, lookup = Place, "places"
    serializer_class = serializers.PlaceSerializer


class TopicViewSet(ReadOnly):
    """Topics a published article has."""

    serializer_class = serializers.TopicSerializer
    pagination_class = ByName

    def get_queryset(self):
        return public_tags().order_by("name", "id")


class QuoteViewSet(CachedPageMixin, viewsets.ReadOnlyModelViewSet):
    """Quotes in published articles, newest first; by speaker, article and date."""

    lookup_value_regex = "[^/]+"
    serializer_class = serializers.QuoteSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = QuoteFilter
    pagination_class = QuotesNewestFirst
    query_parameters = (*QuoteFilter.base_filters, *CURSOR)

    def get_queryset(self):
        quotes = Quote.objects.filter(article__in=Article.objects.published())
        # The cursor reads its ordering off each row, so the date is a row's own value.
        return quotes_with_speakers(quotes).annotate(published_at=F("article__published_at"))


class SearchView(CachedPageMixin, APIView):
    """Ranked full-text search of published articles, with highlighted snippets."""

    query_parameters = ("q", "page")

    @extend_schema(
        parameters=[
            OpenApiParameter("q", OpenApiTypes.STR, required=True, description="Words to find."),
            OpenApiParameter("page", OpenApiTypes.INT, description="Page, from 1."),
        ],
        responses=serializers.SearchResultsSerializer,
    )
    def get(self, request):
        query = request.query_params.get("q", "").strip()
        if not query:
            raise ValidationError({"q": "give the words to search for"})
        page = page_number(request.query_params.get("page", "1"))
        hits = search_articles(query, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
        hits = hits[: PAGE_SIZE + 1]
        # The hits hold only what the search page shows; a result here is a summary.
        summaries = (
            Article.objects.filter(pk__in=[hit.article.pk for hit in hits])
            .select_related("dateline")
            .prefetch_related("tags")
            .in_bulk()
        )
        results = [replace(hit, article=summaries[hit.article.pk]) for hit in hits[:PAGE_SIZE]]
        data = {"query": query, "page": page, "has_next": len(hits) > PAGE_SIZE, "results": results}
        return Response(
            serializers.SearchResultsSerializer(data, context={"request": request}).data
        )


def page_number(value: str) -> int:
    """Return a page number from 1, or raise ValidationError naming the parameter."""
    if not value.isdigit() or not 1 <= int(value) <= 10_000:
        raise ValidationError({"page": "a whole number from 1 to 10000"})
    return int(value)
