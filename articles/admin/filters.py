"""Article changelist filters by tag, programme, person, organisation and place, and
the programme changelist's filter by where a programme stands today.

Listing every person or programme would make the sidebar unusable, so each filter
offers the records the most articles mention; any other one is reached by the link
beside its article count on its own changelist (e.g. ?person=12).
"""

from django.contrib import admin
from django.db.models import Count
from django.utils import timezone
from taggit.models import Tag

from articles.models import Organization, Person, Place, Program
from articles.models.entities import Standing


class MostUsedFilter(admin.SimpleListFilter):
    """Offer the `limit` most used records, plus the one currently chosen."""

    model = None
    lookup = ""
    count_path = "articles"
    limit = 12

    def lookups(self, request, model_admin):
        used = self.model.objects.annotate(uses=Count(self.count_path)).filter(uses__gt=0)
        choices = [(str(obj.pk), str(obj)) for obj in used.order_by("-uses", "pk")[: self.limit]]
        chosen = self.value()
        if chosen and chosen.isdigit() and chosen not in dict(choices):
            choices += [(str(o.pk), str(o)) for o in self.model.objects.filter(pk=chosen)]
        return choices

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(**{self.lookup: value})
        return queryset


class TagFilter(MostUsedFilter):
    title = "tag"
    parameter_name = "tag"
    model = Tag
    lookup = "tags__id"
    count_path = "taggit_taggeditem_items"


class ProgramFilter(MostUsedFilter):
    title = "programme"
    parameter_name = "programme"
    model = Program
    lookup = "programs__id"


class PersonFilter(MostUsedFilter):
    title = "person"
    parameter_name = "person"
    model = Person
    lookup = "persons__id"


class PlaceFilter(MostUsedFilter):
    title = "place"
    parameter_name = "place"
    model = Place
    lookup = "places__id"


class OrganizationFilter(MostUsedFilter):
    title = "organisation"
    parameter_name = "organisation"
    model = Organization
    lookup = "organizations__id"


class StandingFilter(admin.SimpleListFilter):
    """Programmes by where they stand today: upcoming, active, ending soon or ended."""

    title = "programme status"
    parameter_name = "standing"

    def lookups(self, request, model_admin):
        return Standing.choices

    def queryset(self, request, queryset):
        if self.value() in Standing.values:
            return queryset.standing(Standing(self.value()), timezone.localdate())
        return queryset
