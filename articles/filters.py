"""The article list's filters (plain GET parameters) and the counts shown beside them."""

import django_filters
from django import forms
from django.db.models import Count, Q
from taggit.models import Tag

from articles.models import Article, Organization, Person, Place, Program

FACET_SIZE = 12


class ArticleFilter(django_filters.FilterSet):
    tag = django_filters.CharFilter(method="filter_tags", label="Topics")
    person = django_filters.CharFilter(field_name="persons__slug", label="Person")
    programme = django_filters.CharFilter(field_name="programs__slug", label="Programme")
    organisation = django_filters.CharFilter(field_name="organizations__slug", label="Organisation")
    place = django_filters.CharFilter(field_name="places__slug", label="Place")
    published_after = django_filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__gte",
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    published_before = django_filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__lte",
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    q = django_filters.CharFilter(method="filter_text", label="Text")

    class Meta:
        model = Article
        fields = []

    def filter_tags(self, queryset, name, value):
        """Keep articles carrying every listed tag (?tag=a&tag=b)."""
        for slug in self.data.getlist("tag") if hasattr(self.data, "getlist") else [value]:
            queryset = queryset.filter(tags__slug=slug)
        return queryset

    def filter_text(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(body__icontains=value))


def facets(articles) -> dict[str, list]:
    """Return the tags, people, programmes and places of articles, with article counts."""
    ids = articles.order_by().values("pk")
    return {
        "tag": Tag.objects.filter(taggit_taggeditem_items__object_id__in=ids)
        .annotate(n=Count("taggit_taggeditem_items", distinct=True))
        .order_by("-n", "name")[:FACET_SIZE],
        "person": Person.objects.filter(articles__in=ids)
        .annotate(n=Count("articles", distinct=True))
        .order_by("-n", "name")[:FACET_SIZE],
        "programme": Program.objects.filter(articles__in=ids)
        .annotate(n=Count("articles", distinct=True))
        .order_by("-n", "name")[:FACET_SIZE],
        "organisation": Organization.objects.filter(articles__in=ids)
        .annotate(n=Count("articles", distinct=True))
        .order_by("-n", "name")[:FACET_SIZE],
        "place": Place.objects.filter(articles__in=ids)
        .annotate(n=Count("articles", distinct=True))
        .order_by("-n", "name")[:FACET_SIZE],
    }
