"""The filters a list is read with, as the reader sees them, each with a way to drop it.

Names come from the facets already on the page: a filter in use matches every article
listed, so its value is among the most counted, and costs no query of its own.
"""

from typing import NamedTuple
from urllib.parse import urlencode

from django.http import QueryDict

from articles.filters import ArticleFilter, tag_slugs

LABELS = {
    "tag": "Topic",
    "person": "Person",
    "programme": "Programme",
    "organisation": "Organisation",
    "place": "Place",
    "published_after": "From",
    "published_before": "To",
    "q": "Text",
}


class InUse(NamedTuple):
    label: str
    value: str  # as the reader reads it: a name, a date, the words
    without: str  # the list's query string with this filter dropped, from its first page


def filters_in_use(params: QueryDict, facets: dict[str, list]) -> list[InUse]:
    """Return the filters params applies, as the filter set reads them: every topic
    given, and the last value of any other filter; blanks apply nothing."""
    names = {kind: {item.slug: item.name for item in items} for kind, items in facets.items()}
    found = []
    for name, values in params.lists():
        if name not in ArticleFilter.base_filters:
            continue
        applied = tag_slugs(values) if name == "tag" else [values[-1].strip()]
        for value in filter(None, applied):
            rest = [
                (key, given)
                for key, all_given in params.lists()
                if key != "page" and not (key == name and name != "tag")
                for given in all_given
                if not (key == "tag" == name and given.strip() == value)
            ]
            shown = names.get(name, {}).get(value, value)
            found.append(InUse(LABELS[name], shown, urlencode(rest)))
    return found
