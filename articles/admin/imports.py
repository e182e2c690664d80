"""Import records: what each import run found and did, read-only."""

from django.contrib import admin

from articles.models import ImportRecord


@admin.register(ImportRecord)
class ImportRecordAdmin(admin.ModelAdmin):
    list_display = ["path", "status", "created_at", "article"]
    list_filter = ["status"]
    list_select_related = ["article"]
    search_fields = ["path", "sha256"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
