"""The default topic vocabulary (articles/importing/extract/vocabulary.json)."""

import json
from pathlib import Path

from django.db import migrations

VOCABULARY = Path(__file__).resolve().parent.parent / "importing" / "extract" / "vocabulary.json"


def load_vocabulary(apps, schema_editor):
    TopicTerm = apps.get_model("articles", "TopicTerm")
    for entry in json.loads(VOCABULARY.read_text(encoding="utf-8")):
        TopicTerm.objects.get_or_create(
            term=entry["term"], defaults={"synonyms": entry.get("synonyms", [])}
        )


def unload_vocabulary(apps, schema_editor):
    TopicTerm = apps.get_model("articles", "TopicTerm")
    terms = [entry["term"] for entry in json.loads(VOCABULARY.read_text(encoding="utf-8"))]
    TopicTerm.objects.filter(term__in=terms).delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_editorial_groups")]

    operations = [migrations.RunPython(load_vocabulary, unload_vocabulary)]
