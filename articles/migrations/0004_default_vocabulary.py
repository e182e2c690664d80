"""The default topic vocabulary."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_editorial_groups")]

    operations = []
