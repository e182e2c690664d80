"""Editor and Reporter groups with their permissions, and the importer's history user.

Permissions are created here first (post_migrate only creates them after the whole
migrate run), so the groups can be filled on a fresh database and on an existing one.
"""

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_APPS = ("articles", "taggit")
REPORTER_PERMISSIONS = [
    "view_article",
    "add_article",
    "change_article",
    "view_mention",
    "add_mention",
    "change_mention",
    "view_quote",
    "add_quote",
    "change_quote",
    "view_person",
    "add_person",
    "change_person",
    "view_organization",
    "view_place",
    "view_program",
]


def create_all_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    create_all_permissions(apps)
    fill_groups(apps)


def fill_groups(apps):
    """Create the groups with their permissions (idempotent; tests reuse it after a flush)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=EDITOR_APPS)
    )
    reporter, _ = Group.objects.get_or_create(name="Reporter")
    reporter.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles", codename__in=REPORTER_PERMISSIONS
        )
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editor", "Reporter"]).delete()


def create_importer(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    User.objects.get_or_create(
        username="importer", defaults={"is_active": False, "password": make_password(None)}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_search_index"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="article",
            options={
                "ordering": ["-published_at", "-created_at"],
                "permissions": [
                    ("publish_article", "Can publish, unpublish and archive articles"),
                    ("merge_entities", "Can merge duplicate records"),
                ],
            },
        ),
        migrations.RunPython(create_groups, remove_groups),
        migrations.RunPython(create_importer, migrations.RunPython.noop),
    ]
