"""Row counts and a content digest per table, comparable across two databases.

Run as a script (`python -m tests.management.table_digests`) it prints them as JSON for
the database DATABASE_URL names. Ids that a restore may give anew (rows with natural
keys but tags, many-to-many links) are left out; references to such rows are compared by
their natural keys.
"""

import hashlib
import json

from newsroom.backup_json import KEEP_IDS

# What a portable dump leaves out (docs/operations.md, Backups): Django rebuilds the first
# two on migrate, and sessions and the admin's log are not worth restoring.
NOT_DUMPED = {"contenttypes.contenttype", "auth.permission", "sessions.session", "admin.logentry"}


def row(obj) -> dict:
    """Return one row's values, references by natural key where the target has one."""
    values = {}
    meta = obj._meta
    renumbered = meta.auto_created or (
        hasattr(obj, "natural_key") and meta.label_lower not in KEEP_IDS
    )
    for field in obj._meta.concrete_fields:
        if field.primary_key and renumbered:
            continue
        if field.many_to_one and hasattr(field.related_model, "natural_key"):
            target = getattr(obj, field.name)
            values[field.name] = target.natural_key() if target is not None else None
        else:
            values[field.name] = field.value_from_object(obj)
    return values


def table_digests() -> dict[str, list]:
    """Return {table: [row count, digest]} for every table a portable dump holds."""
    from django.apps import apps

    found = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.label_lower in NOT_DUMPED:
            continue
        rows = sorted(
            json.dumps(row(obj), sort_keys=True, default=str)
            for obj in model._default_manager.all()
        )
        digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        found[model._meta.db_table] = [len(rows), digest]
    return found


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(table_digests()))
