"""The quote list's filters: by speaker, article and date, full quotes only."""

import django_filters
from django import forms

from articles.models import Quote


class QuoteFilter(django_filters.FilterSet):
    speaker = django_filters.CharFilter(field_name="speaker__slug", label="Speaker (slug)")
    article = django_filters.CharFilter(field_name="article__slug", label="Article (slug)")
    published_after = django_filters.DateFilter(
        field_name="article__published_at", lookup_expr="date__gte", widget=forms.DateInput
    )
    published_before = django_filters.DateFilter(
        field_name="article__published_at", lookup_expr="date__lte", widget=forms.DateInput
    )
    full = django_filters.BooleanFilter(
        field_name="is_fragment", exclude=True, label="Full quotes only (not fragments)"
    )

    class Meta:
        model = Quote
        fields = []
