"""The article list's filters (plain GET parameters) and the counts shown beside them."""

from functools import cache
from typing import NamedTuple

import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q
from django.http import QueryDict
from taggit.models import Tag, TaggedItem

from articles.cards import FIELDS
from articles.models import Article, Organization, Person, Place, Program, Quote
from articles.statements import Statement

FACET_SIZE = 12
# A list is filtered by this many topics at most, the first given; more are ignored (and
# the reader told), as each is a value more to match.
TOPICS_AT_MOST = 5
# Filters whose values reach the SQL as they are given (slugs matched exactly), so a page
# of articles filtered by them alone is a Statement, compiled once per combination.
EXACT_FILTERS = ("tag", "person", "programme", "organisation", "place")


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
        """Keep articles carrying every listed tag (?tag=a&tag=b), as tag_slugs reads them."""
        slugs = tag_slugs(self.data.getlist("tag") if hasattr(self.data, "getlist") else [value])
        return queryset.filter(pk__in=tagged_with_every(slugs)) if slugs else queryset

    def filter_text(self, queryset, name, value):
        """Keep articles whose text holds value: title, standfirst, body or a quote (a
        substring, as editors type it; ranked search is /search/)."""
        quoted = Quote.objects.filter(article=OuterRef("pk"), text__icontains=value)
        return queryset.filter(
            Q(title__icontains=value)
            | Q(standfirst__icontains=value)
            | Q(body__icontains=value)
            | Exists(quoted)
        )


def tagged_with_every(slugs: list[str]):
    """Return the ids of the articles tagged with every one of slugs (distinct ones).

    One grouped subquery however many topics (their tagged items, counted per article),
    where a join a topic grew the query with each: 120 took seconds, and SQLite refuses
    a query of more than 64 joins.
    """
    article = ContentType.objects.get_for_model(Article)
    return (
        TaggedItem.objects.filter(content_type=article, tag__slug__in=slugs)
        .values("object_id")
        .annotate(topics=Count("pk"))
        .filter(topics=len(slugs))
        .values("object_id")
    )


def given_topics(values: list[str]) -> list[str]:
    """Return the topics ?tag= gives, each once, in order (blanks skipped)."""
    return list(dict.fromkeys(slug for value in values if (slug := value.strip())))


def tag_slugs(values: list[str]) -> list[str]:
    """Return the topics a list is filtered by: the first TOPICS_AT_MOST given."""
    return given_topics(values)[:TOPICS_AT_MOST]


def topics_ignored(values: list[str]) -> int:
    """Return how many of the topics ?tag= gives a list ignores (past TOPICS_AT_MOST)."""
    return max(0, len(given_topics(values)) - TOPICS_AT_MOST)


def applied(name: str, values: list[str]) -> list[str]:
    """Return the values a filter given values applies, as the filter set's form reads
    them: it takes the last value, stripped, and an empty one filters nothing; topics
    then take every value given."""
    if not (last := values[-1].strip()):
        return []
    return tag_slugs(values) if name == "tag" else [last]


def exact_filters(params: QueryDict) -> dict[str, list[str]] | None:
    """Return the values ArticleFilter filters by, by name, if every parameter given is
    an exact filter, else None. As its form reads them: a filter takes its last value,
    stripped, and an empty one filters nothing; topics take every value given."""
    given = {}
    for name, values in params.lists():
        if name == "page":
            continue
        if name not in EXACT_FILTERS:
            return None
        if values_applied := applied(name, values):
            given[name] = values_applied
    return given or None


@cache
def filtered_page(names: tuple[str, ...]) -> Statement:
    """Return the Statement of a page of card rows filtered by the exact filters names."""

    def build(now, start, size, **values):
        data = QueryDict(mutable=True)
        for name in names:
            data.setlist(name, values[name])
        filterset = ArticleFilter(data, queryset=Article.objects.published(now))
        return filterset.qs.values_list(*FIELDS)[start : start + size]

    return Statement(build, literals=("start", "size"))


class FormInput(NamedTuple):
    name: str
    label: str
    type: str  # the <input> type


@cache
def form_inputs() -> list[FormInput]:
    """Return the inputs of the list's filter form other than its facets, as its fields
    render them; written out by the page, which so builds no form unless filtering."""
    inputs = []
    for name in ("published_after", "published_before", "q"):
        field = ArticleFilter.base_filters[name].field
        kind = field.widget.attrs.get("type") or field.widget.input_type
        inputs.append(FormInput(name, str(field.label), kind))
    return inputs


def counted(model, ids, relation: str = "articles", **link):
    """Return the FACET_SIZE records of model most linked to the articles ids, each with
    its count n; link rows are unique, so a plain COUNT over the join is exact."""
    return list(
        model.objects.filter(**{f"{relation}__in": ids}, **link)
        .annotate(n=Count(relation))
        .only("name", "slug")
        .order_by("-n", "name")[:FACET_SIZE]
    )


def facets(articles) -> dict[str, list]:
    """Return the tags, people, programmes, organisations and places of articles, counted."""
    ids = articles.order_by().values("pk")
    tagged = {"taggit_taggeditem_items__content_type": ContentType.objects.get_for_model(Article)}
    return {
        "tag": counted(Tag, ids, "taggit_taggeditem_items__object_id", **tagged),
        "person": counted(Person, ids),
        "programme": counted(Program, ids),
        "organisation": counted(Organization, ids),
        "place": counted(Place, ids),
    }


def published_months() -> list:
    """Return the first day of every month with a published article, newest first."""
    return list(Article.objects.published().dates("published_at", "month", "DESC"))
