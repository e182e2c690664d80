"""History pages: simple-history's list and revert, plus a readable diff of each version."""

import difflib
import re

from django.core.exceptions import PermissionDenied
from django.db import router, transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, register_converter
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from articles import link_history

TOKENS = re.compile(r"\s+|[^\s]+")


class RecordIdConverter:
    """A record's id in an admin address: digits only, passed on as text, as the admin's
    own routes pass ids (its views unquote them)."""

    regex = "[0-9]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)


register_converter(RecordIdConverter, "record_id")


class HistoryAdmin(SimpleHistoryAdmin):
    """Who changed what and when, a diff per version, and revert to any version."""

    object_history_list_template = "admin/articles/history_list.html"

    def get_urls(self):
        """Return the admin's routes with the history ones taking ids as digits only.

        Django's and simple-history's history routes pass any text on as an id, and one
        that is not a number failed in the lookup (a ValueError, a 500); such an address
        now falls to the admin's catch-all, which sends it to the list.
        """
        info = f"{self.model._meta.app_label}_{self.model._meta.model_name}"
        view = self.admin_site.admin_view
        history = [
            path(
                "<record_id:object_id>/history/<record_id:history_id>/diff/",
                view(self.history_diff_view),
                name=f"{info}_history_diff",
            ),
            path(
                "<record_id:object_id>/history/<record_id:version_id>/",
                view(self.history_form_view),
                name=f"{info}_simple_history",
            ),
            path(
                "<record_id:object_id>/history/",
                view(self.history_view),
                name=f"{info}_history",
            ),
        ]
        replaced = {route.name for route in history}
        return [*history, *(route for route in super().get_urls() if route.name not in replaced)]

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request.reverting_to = version_id  # for save_model's change reason
        # One transaction, like the change form's: the edit lock holds until the save.
        with transaction.atomic(using=router.db_for_write(self.model)):
            return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        if getattr(request, "reverting_to", None):
            obj._change_reason = f"Reverted to version {request.reverting_to}"
        super().save_model(request, obj, form, change)

    def history_diff_view(self, request, object_id, history_id):
        history = self.model.history.select_related("history_user")
        record = get_object_or_404(history, id=object_id, history_id=history_id)
        if not self.has_view_history_or_change_history_permission(request, record.instance):
            raise PermissionDenied
        previous = previous_record(record)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"Changes to {record.history_object}",
            "record": record,
            "previous": previous,
            "changes": diff_rows(self.model, record, previous) if previous else [],
            "object_id": object_id,
        }
        return TemplateResponse(request, "admin/articles/history_diff.html", context)


def previous_record(record):
    """Return the version saved just before record, or None for the first one."""
    earlier = Q(history_date__lt=record.history_date) | Q(
        history_date=record.history_date, history_id__lt=record.history_id
    )
    siblings = type(record).objects.filter(id=record.id)
    return siblings.filter(earlier).order_by("-history_date", "-history_id").first()


def diff_rows(model, record, previous) -> list[dict]:
    """Return each changed field with its old and new value; text as a word diff."""
    delta = record.diff_against(previous, foreign_keys_are_objs=True)
    helper = HistoricalRecordContextHelper(model, record, max_displayed_delta_change_chars=10_000)
    rows = []
    for change in delta.changes:
        label = capfirst(model._meta.get_field(change.field).verbose_name)
        if isinstance(change.old, str) and isinstance(change.new, str):
            rows.append({"field": label, "diff": word_diff(change.old, change.new)})
        else:
            shown = helper.format_delta_change(change)
            rows.append({"field": label, "old": shown.old, "new": shown.new})
    links = link_history.changes(getattr(previous, "links", None), getattr(record, "links", None))
    for change in links:
        rows.append({"field": change["field"], "diff": list_diff(change)})
    return rows


def list_diff(change: dict) -> SafeString:
    """Return a list of links as HTML: kept ones plain, removed in <del>, added in <ins>."""
    parts = [escape(name) for name in change["kept"]]
    parts += [format_html("<del>{}</del>", name) for name in change["removed"]]
    parts += [format_html("<ins>{}</ins>", name) for name in change["added"]]
    return mark_safe(", ".join(parts))


def word_diff(old: str, new: str) -> SafeString:
    """Return new as HTML with removed words in <del> and added words in <ins>."""
    before, after = TOKENS.findall(old), TOKENS.findall(new)
    parts = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(before[a1:a2])))
            continue
        if a2 > a1:
            parts.append(format_html("<del>{}</del>", "".join(before[a1:a2])))
        if b2 > b1:
            parts.append(format_html("<ins>{}</ins>", "".join(after[b1:b2])))
    return mark_safe("".join(parts))
