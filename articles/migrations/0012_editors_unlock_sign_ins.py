"""Editors see failed sign-ins and lockouts (django-axes) and lift a lockout by deleting
its access attempt; Reporters do not (docs/operations.md, "Login throttling")."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

UNLOCK_PERMISSIONS = [
    "view_accessattempt",
    "delete_accessattempt",
    "view_accesslog",
]


def let_editors_unlock(apps, schema_editor):
    # Permissions are only created after the whole migrate run (post_migrate): make axes's now.
    axes = apps.get_app_config("axes")
    axes.models_module = True
    create_permissions(axes, apps=apps, verbosity=0)
    axes.models_module = None
    fill_unlock_permissions(apps)


def fill_unlock_permissions(apps):
    """Give the Editor group the unlock permissions (idempotent; tests reuse it after a flush)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="axes", codename__in=UNLOCK_PERMISSIONS
        )
    )


def take_unlock_away(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for editor in Group.objects.filter(name="Editor"):
        editor.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="axes", codename__in=UNLOCK_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_article_source_metadata"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(let_editors_unlock, take_unlock_away)]
