"""People, programmes, organisations and places: review queue, merging, renaming."""

from django.contrib import admin, messages
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from articles import merging, workflow
from articles.admin.action_pages import action_form, action_page
from articles.admin.filters import StandingFilter
from articles.admin.forms import SurvivorForm
from articles.admin.history import HistoryAdmin
from articles.models import Organization, Person, Place, Program


class EntityAdmin(HistoryAdmin):
    list_display = ["name", "needs_review", "why_review", "article_count"]
    list_filter = ["needs_review"]
    search_fields = ["name", "aliases"]
    # Explicit: the article count's GROUP BY makes Django drop the model's default order,
    # and autocomplete pages would then be unordered.
    ordering = ["name"]
    readonly_fields = ["key", "review_reason", "evidence", "confidence", "created_at", "updated_at"]
    actions = ["confirm", "merge_selected"]
    # The article changelist's filter parameter for this kind (see admin/filters.py).
    article_filter = ""

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        url = reverse("admin:articles_article_changelist")
        return format_html(
            '<a href="{}?{}={}">{}</a>', url, self.article_filter, obj.pk, obj.article_count
        )

    @admin.display(description="why review", ordering="confidence")
    def why_review(self, obj):
        """Show a flagged record's cue, confidence and sentence, its name marked."""
        if not obj.needs_review:
            return ""
        confidence = "" if obj.confidence is None else f" ({obj.confidence:.2f})"
        return format_html(
            "{}{}<br><small>{}</small>",
            obj.review_reason,
            confidence,
            marked(obj.evidence, obj.name),
        )

    def save_model(self, request, obj, form, change):
        if change and "name" in form.changed_data:
            merging.keep_old_name(entity=obj, old_name=form.initial["name"])
        super().save_model(request, obj, form, change)

    def has_merge_permission(self, request):
        merger = request.user.has_perm("articles.merge_entities")
        return merger and self.has_delete_permission(request)

    @admin.action(description="Confirm selected (reviewed)", permissions=["change"])
    def confirm(self, request, queryset):
        count = workflow.confirm_entities(entities=queryset, user=request.user)
        self.message_user(request, f"{count} confirmed.", messages.SUCCESS)

    @admin.action(description="Merge selected duplicates", permissions=["merge"])
    def merge_selected(self, request, queryset):
        if len(queryset) < 2:
            self.message_user(request, "Select at least two records to merge.", messages.WARNING)
            return None
        form = action_form(request, SurvivorForm, queryset=queryset)
        if form.is_bound and form.is_valid():
            survivor = form.cleaned_data["survivor"]
            duplicates = [obj for obj in queryset if obj.pk != survivor.pk]
            merging.merge_entities(survivor=survivor, duplicates=duplicates, user=request.user)
            names = ", ".join(str(d) for d in duplicates)
            self.message_user(request, f"Merged {names} into {survivor}.", messages.SUCCESS)
            return None
        name = self.model._meta.verbose_name_plural
        intro = f"Choose the {self.model._meta.verbose_name} to keep. " + (
            "Articles, quotes and links of the others move to it, and their names "
            "become its aliases so later imports find it."
        )
        return action_page(
            self, request, queryset, form=form, title=f"Merge {name}", intro=intro, submit="Merge"
        )


def marked(sentence: str, name: str):
    """Return the sentence escaped, the name's first occurrence inside <mark>."""
    before, found, after = sentence.partition(name)
    return format_html("{}<mark>{}</mark>{}", before, found, after) if found else sentence


@admin.register(Person)
class PersonAdmin(EntityAdmin):
    article_filter = "person"


@admin.register(Organization)
class OrganizationAdmin(EntityAdmin):
    list_display = ["name", "acronym", "needs_review", "why_review", "article_count"]
    search_fields = ["name", "acronym", "aliases"]
    article_filter = "organisation"


@admin.register(Place)
class PlaceAdmin(EntityAdmin):
    list_display = ["name", "kind", "needs_review", "why_review", "article_count"]
    list_filter = ["needs_review", "kind"]
    article_filter = "place"


@admin.register(Program)
class ProgramAdmin(EntityAdmin):
    list_display = [
        "name",
        "acronym",
        "phase",
        "standing",
        "needs_review",
        "why_review",
        "article_count",
    ]
    list_filter = ["needs_review", StandingFilter]
    search_fields = ["name", "acronym", "aliases"]
    autocomplete_fields = ["partners"]
    article_filter = "programme"

    @admin.display(description="programme status")
    def standing(self, obj):
        standing = obj.standing_on(timezone.localdate())
        return standing.label if standing else "-"
