"""Tags (replacing taggit's admin) and the topic vocabulary the importer applies."""

from django.contrib import admin, messages
from django.db.models import Count
from taggit.models import Tag

from articles import merging
from articles.admin.action_pages import action_form, action_page
from articles.admin.forms import SurvivorForm
from articles.models import TopicTerm

admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name"]
    fields = ["name", "slug"]
    actions = ["merge_selected", "delete_unused"]

    def get_queryset(self, request):
        items = Count("taggit_taggeditem_items")
        return super().get_queryset(request).annotate(article_count=items)

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    def save_model(self, request, obj, form, change):
        if change and "name" in form.changed_data:
            merging.touch_tagged_articles([obj])
        super().save_model(request, obj, form, change)

    def has_merge_permission(self, request):
        return self.has_change_permission(request) and self.has_delete_permission(request)

    @admin.action(description="Merge selected tags into one", permissions=["merge"])
    def merge_selected(self, request, queryset):
        if len(queryset) < 2:
            self.message_user(request, "Select at least two tags to merge.", messages.WARNING)
            return None
        form = action_form(request, SurvivorForm, queryset=queryset)
        if form.is_bound and form.is_valid():
            survivor = form.cleaned_data["survivor"]
            duplicates = [tag for tag in queryset if tag.pk != survivor.pk]
            merging.merge_tags(survivor=survivor, duplicates=duplicates, user=request.user)
            names = ", ".join(tag.name for tag in duplicates)
            self.message_user(request, f"Merged {names} into {survivor}.", messages.SUCCESS)
            return None
        intro = "Choose the tag to keep; articles with the others get it instead."
        return action_page(
            self, request, queryset, form=form, title="Merge tags", intro=intro, submit="Merge"
        )

    @admin.action(description="Delete selected tags no article uses", permissions=["delete"])
    def delete_unused(self, request, queryset):
        unused = [tag.pk for tag in queryset if tag.article_count == 0]
        Tag.objects.filter(pk__in=unused).delete()
        kept = len(queryset) - len(unused)
        message = f"Deleted {len(unused)} unused tag(s)."
        if kept:
            message += f" Kept {kept} still in use: merge them instead."
        self.message_user(request, message, messages.SUCCESS)


@admin.register(TopicTerm)
class TopicTermAdmin(admin.ModelAdmin):
    list_display = ["term", "synonym_list", "active"]
    list_editable = ["active"]
    list_filter = ["active"]
    search_fields = ["term", "synonyms"]

    @admin.display(description="synonyms")
    def synonym_list(self, obj):
        return ", ".join(obj.synonyms)
