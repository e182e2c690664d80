"""Sparse fieldsets: `?fields=title,slug` returns only those fields of each item."""

from rest_framework import serializers
from rest_framework.exceptions import ValidationError


class SelectableFieldsMixin:
    """Keep only the fields the request's `fields` parameter names (all when absent)."""

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        if request is None or self.parent is not None and not self.root_is_list():
            return fields
        wanted = [f.strip() for f in request.query_params.get("fields", "").split(",")]
        wanted = [f for f in wanted if f]
        if not wanted:
            return fields
        unknown = sorted(set(wanted) - set(fields))
        if unknown:
            raise ValidationError(
                {
                    "fields": f"unknown field(s) {', '.join(unknown)}; choose from "
                    f"{', '.join(fields)}"
                }
            )
        return {name: field for name, field in fields.items() if name in wanted}

    def root_is_list(self) -> bool:
        return isinstance(self.parent, serializers.ListSerializer) and self.parent.parent is None
