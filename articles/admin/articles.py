"""Articles: the editing form, the workflow actions, the preview, mentions and quotes."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from articles import link_history, locking, workflow
from articles.admin.action_pages import action_form, action_page
from articles.admin.filters import (
    OrganizationFilter,
    PersonFilter,
    PlaceFilter,
    ProgramFilter,
    TagFilter,
)
from articles.admin.forms import ArticleAdminForm, QuoteForm, TagNameForm
from articles.admin.history import HistoryAdmin
from articles.models import Article, Mention, Quote
from articles.story import story_of

PROVENANCE = ["source_path", "source_sha256", "imported_at", "import_records"]
# Where the original was first published: the importer fills them, editors may correct them.
SOURCE = [
    ("source_outlet", "source_url"),
    ("source_published", "source_published_has_time"),
    ("source_authors", "source_language"),
]
PUBLISHER_FIELDS = ["status", "published_at"]


def related_count(model, field: str):
    """Count model rows pointing at the outer article in a subquery, not a GROUP BY.

    The changelist's COUNT(*) then drops it, and two counts cannot multiply rows.
    """
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field)
    return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")), 0)


class MentionInline(admin.TabularInline):
    model = Mention
    fields = ["person", "role", "position"]
    autocomplete_fields = ["person"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person")


class QuoteInline(admin.StackedInline):
    model = Quote
    form = QuoteForm
    fields = ["text", ("speaker", "position", "is_fragment")]
    autocomplete_fields = ["speaker"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")


@admin.register(Article)
class ArticleAdmin(HistoryAdmin):
    form = ArticleAdminForm
    object_history_form_template = "admin/articles/article/revert_form.html"
    list_display = ["title", "status", "published_at", "tag_list", "people", "programmes"]
    list_filter = [
        "status",
        TagFilter,
        ProgramFilter,
        PersonFilter,
        OrganizationFilter,
        PlaceFilter,
        ("published_at", admin.DateFieldListFilter),
    ]
    search_fields = ["title", "body"]
    show_full_result_count = False
    autocomplete_fields = ["dateline", "programs", "organizations", "places"]
    inlines = [MentionInline, QuoteInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body", "dateline", "loaded_version"]}),
        ("Publication", {"fields": ["status", "published_at"]}),
        ("Topics", {"fields": ["tags", "programs", "organizations", "places"]}),
        ("Provenance", {"fields": [*SOURCE, *PROVENANCE], "classes": ["collapse"]}),
    ]
    actions = ["submit_for_review", "publish", "unpublish", "archive", "add_tag", "remove_tag"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                people_count=related_count(Mention, "article"),
                programme_count=related_count(Article.programs.through, "article"),
            )
            .prefetch_related("tags")
        )

    def get_readonly_fields(self, request, obj=None):
        if workflow.can_publish(request.user):
            return PROVENANCE
        # Scheduling, and leaving published or archived, are a publisher's decisions.
        locked = obj is not None and obj.status in workflow.PUBLISHER_STATUSES
        return [*PROVENANCE, "published_at", *(["status"] if locked else [])]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.status_choices = workflow.status_choices(request.user)
        form.initial_links = link_history.form_initial(getattr(request, "reverting_links", None))
        return form

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        """List link changes (tags, people, programmes...) beside field changes."""
        super().set_history_delta_changes(request, historical_records, foreign_keys_are_objs)
        records = list(historical_records)
        for record, previous in zip(records, records[1:], strict=False):
            for change in link_history.changes(previous.links, record.links):
                shown = {
                    "field": change["field"],
                    "old": ", ".join(change["kept"] + change["removed"]) or "none",
                    "new": ", ".join(change["kept"] + change["added"]) or "none",
                }
                record.history_delta_changes = [
                    *getattr(record, "history_delta_changes", []),
                    shown,
                ]

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        version = get_object_or_404(Article.history, id=object_id, history_id=version_id)
        request.reverting_links = version.links
        context = {
            "reverting_links": version.links,
            "links_gone": link_history.gone(version.links),
            **(extra_context or {}),
        }
        return super().history_form_view(request, object_id, version_id, context)

    def save_model(self, request, obj, form, change):
        if change:
            # A revert restores a whole old version: what this user may not edit stays.
            self.keep_stored_values(obj, [f for f in PUBLISHER_FIELDS if f not in form.fields])
            locking.raise_version(obj)
            if "status" in form.changed_data:
                obj._change_reason = workflow.STATUS_CHANGE_REASONS[obj.status]
        super().save_model(request, obj, form, change)
        obj.refresh_from_db(fields=["version"])
        if getattr(request, "reverting_to", None):
            # The revert form has no inlines: the version's people come back here.
            link_history.restore_people(
                obj,
                request.reverting_links,
                user=request.user,
                reason=f"Reverted to version {request.reverting_to}",
            )

    # Django logs a change once the form's links and inlines are saved: the version this
    # save wrote then gets the article's links.
    def log_addition(self, request, obj, message):
        link_history.snapshot_latest([obj.pk])
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        link_history.snapshot_latest([obj.pk])
        return super().log_change(request, obj, message)

    def keep_stored_values(self, obj, names):
        if names:
            stored = Article.objects.filter(pk=obj.pk).values(*names).get()
            for name, value in stored.items():
                setattr(obj, name, value)

    def has_publish_permission(self, request):
        return workflow.can_publish(request.user)

    def view_on_site(self, obj):
        if obj.is_public:
            return obj.get_absolute_url()
        return reverse("admin:articles_article_preview", args=[obj.pk])

    def get_urls(self):
        preview = path(
            "<record_id:object_id>/preview/",
            self.admin_site.admin_view(self.preview_view),
            name="articles_article_preview",
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request, object_id):
        """Render the public page of any article, drafts included, for staff."""
        article = get_object_or_404(Article.objects.select_related("dateline"), pk=object_id)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        context = {
            "article": article,
            "object": article,
            "story": story_of(article),
            "is_preview": True,
        }
        return TemplateResponse(request, "articles/article_detail.html", context)

    @admin.display(description="tags")
    def tag_list(self, obj):
        return ", ".join(sorted(tag.name for tag in obj.tags.all()))

    @admin.display(description="people", ordering="people_count")
    def people(self, obj):
        return obj.people_count

    @admin.display(description="programmes", ordering="programme_count")
    def programmes(self, obj):
        return obj.programme_count

    @admin.display(description="import records")
    def import_records(self, obj):
        records = obj.import_records.all() if obj.pk else []
        rows = [
            (self.record_link(r), r.status, r.created_at, "; ".join(r.warnings)) for r in records
        ]
        if not rows:
            return "Not imported."
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{} {} at {} {}</li>", rows))

    def record_link(self, record):
        url = reverse("admin:articles_importrecord_change", args=[record.pk])
        return format_html('<a href="{}">{}</a>', url, record.path)

    @admin.action(description="Submit selected articles for review", permissions=["change"])
    def submit_for_review(self, request, queryset):
        count = workflow.submit_for_review(articles=queryset, user=request.user)
        self.message_user(request, f"{count} article(s) submitted for review.", messages.SUCCESS)

    @admin.action(description="Publish selected articles", permissions=["publish"])
    def publish(self, request, queryset):
        count = workflow.publish(articles=queryset, user=request.user)
        self.message_user(request, f"{count} article(s) published.", messages.SUCCESS)

    @admin.action(
        description="Unpublish selected articles (back to draft)", permissions=["publish"]
    )
    def unpublish(self, request, queryset):
        count = workflow.unpublish(articles=queryset, user=request.user)
        self.message_user(request, f"{count} article(s) back to draft.", messages.SUCCESS)

    @admin.action(description="Archive selected articles", permissions=["publish"])
    def archive(self, request, queryset):
        count = workflow.archive(articles=queryset, user=request.user)
        self.message_user(request, f"{count} article(s) archived.", messages.SUCCESS)

    @admin.action(description="Add a tag to selected articles", permissions=["change"])
    def add_tag(self, request, queryset):
        return self.tag_action(request, queryset, workflow.add_tag, verb="Add")

    @admin.action(description="Remove a tag from selected articles", permissions=["change"])
    def remove_tag(self, request, queryset):
        return self.tag_action(request, queryset, workflow.remove_tag, verb="Remove")

    def tag_action(self, request, queryset, change, *, verb: str):
        form = action_form(request, TagNameForm)
        if form.is_bound and form.is_valid():
            name = form.cleaned_data["name"]
            count = change(articles=queryset, name=name, user=request.user)
            self.message_user(request, f"{verb}: “{name}” on {count} article(s).", messages.SUCCESS)
            return None
        intro = f"{verb} one tag on the {len(queryset)} selected articles."
        title = f"{verb} a tag"
        return action_page(
            self, request, queryset, form=form, title=title, intro=intro, submit=verb
        )


@admin.register(Mention)
class MentionAdmin(HistoryAdmin):
    list_display = ["person", "role", "article"]
    list_select_related = ["person", "article"]
    search_fields = ["person__name", "role", "article__title"]
    autocomplete_fields = ["article", "person"]


@admin.register(Quote)
class QuoteAdmin(HistoryAdmin):
    form = QuoteForm
    list_display = ["__str__", "speaker", "article", "is_fragment"]
    list_select_related = ["speaker", "article"]
    list_filter = ["is_fragment"]
    search_fields = ["text", "speaker__name", "article__title"]
    autocomplete_fields = ["article", "speaker"]
