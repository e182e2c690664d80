"""Synonyms added to the default vocabulary after 0004 ran, for databases made before.

Only the synonyms a term lacks are added, to default terms that still exist; an editor's
own synonyms and terms stay as they are. Reversing changes nothing: a synonym listed here
may be an editor's too, or have come with 0004 on a database made later.
"""

from django.db import migrations

ADDED = {
    "irregular migration": [
        "irregular crossings",
        "illegal crossings",
        "irregular arrivals",
        "illegal entry",
        "deportation",
        "deportations",
    ],
    "migrant smuggling": ["smuggling of human beings", "smuggled migrants", "smuggling migrants"],
    "human trafficking": ["victims of trafficking", "trafficking victims", "anti-trafficking"],
    "terrorism": ["extremist", "extremists", "insurgency", "insurgents"],
    "drug trafficking": ["drug traffickers"],
    "food security": ["food crisis", "food shortages", "food assistance"],
    "infrastructure": ["rapid transit", "mass transit"],
    "climate change": [
        "climate emergency",
        "climate finance",
        "climate resilience",
        "glacier",
        "glaciers",
        "extreme weather",
        "sea level rise",
        "sea-level rise",
        "greenhouse gas",
        "carbon emissions",
    ],
    "corruption": [
        "bribe",
        "bribes",
        "kickbacks",
        "illicit enrichment",
        "abuse of office",
    ],
    "public health": [
        "dengue",
        "tuberculosis",
        "measles",
        "polio",
        "mpox",
        "ebola",
        "vaccine",
        "vaccines",
    ],
    "border security": [
        "border wall",
        "border fence",
        "border surveillance",
        "border patrol",
        "border patrols",
        "border closure",
        "border checkpoint",
        "border checkpoints",
    ],
    "organised crime": ["gangs", "gang violence", "armed gangs", "mafia"],
}


def add_synonyms(apps, schema_editor):
    TopicTerm = apps.get_model("articles", "TopicTerm")
    for term in TopicTerm.objects.filter(term__in=ADDED):
        if not isinstance(term.synonyms, list):
            continue  # an editor's own value of another shape is left alone
        missing = [s for s in ADDED[term.term] if s not in term.synonyms]
        if missing:
            term.synonyms = [*term.synonyms, *missing]
            term.save(update_fields=["synonyms"])


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_article_history_links")]

    operations = [migrations.RunPython(add_synonyms, migrations.RunPython.noop)]
