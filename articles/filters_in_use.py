"""The filters a list is read with, as the reader sees them, each with a way to drop it.

Names come from the facets already on the page; only a record the facets do not show
(more than FACET_SIZE share the top count, or nothing matches) costs a query of its kind.
Both are public records only (a published article names them): a slug that only a draft's
record has is shown as typed, or anyone could confirm what an embargoed draft names.
"""

from datetime import date
from typing import NamedTuple
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils import dateformat
from taggit.models import Tag

from articles.filters import ArticleFilter, applied
from articles.models import Organization, Person, Place, Program
from articles.reads import named_by_published

# Each filter's records, and the lookup by which a published article names them.
RECORDS = {
    "tag": (Tag, "tags"),
    "person": (Person, "persons"),
    "programme": (Program, "programs"),
    "organisation": (Organization, "organizations"),
    "place": (Place, "places"),
}
DATES = ("published_after", "published_before")


class InUse(NamedTuple):
    label: str
    value: str  # as the reader reads it: a name, a date, the words
    without: str  # the list's query string with this filter dropped, from its first page


def filters_in_use(params: QueryDict, facets: dict[str, list]) -> list[InUse]:
    """Return the filters params applies, as the filter set reads them."""
    applied = [(name, value) for name, values in params.lists() for value in applying(name, values)]
    names = record_names(applied, facets)
    return [
        InUse(label(name), shown(name, value, names), without(params, name, value))
        for name, value in applied
    ]


def applying(name: str, values: list[str]) -> list[str]:
    """Return the values of a filter that apply (filters.applied), each once."""
    if name not in ArticleFilter.base_filters:
        return []
    return list(dict.fromkeys(applied(name, values)))


def label(name: str) -> str:
    return "Topic" if name == "tag" else str(ArticleFilter.base_filters[name].label)


def record_names(applied: list[tuple[str, str]], facets: dict[str, list]) -> dict:
    """Return {(filter, slug): name} of the public records filtered by."""
    names = {(kind, item.slug): item.name for kind, items in facets.items() for item in items}
    for kind, (model, lookup) in RECORDS.items():
        missing = [value for name, value in applied if name == kind and (kind, value) not in names]
        if missing:
            public = model.objects.filter(named_by_published(lookup), slug__in=missing)
            found = public.values_list("slug", "name")
            names.update({(kind, slug): name for slug, name in found})
    return names


def shown(name: str, value: str, names: dict) -> str:
    if name in DATES:
        try:
            return dateformat.format(date.fromisoformat(value), "j F Y")
        except ValueError:
            return value
    return names.get((name, value), value)


def without(params: QueryDict, name: str, value: str) -> str:
    """Return params as a query string without the filter name=value, and without the
    page, since the list it leads to is another list."""
    kept = []
    for key, values in params.lists():
        if key == "page" or (key == name and name != "tag"):
            continue
        kept += [(key, given) for given in values if not (key == name and given.strip() == value)]
    return urlencode(kept)
