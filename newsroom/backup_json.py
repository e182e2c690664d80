"""Django's JSON serializer, made for backups: `dumpdata` output that restores exactly.

Registered as the "json" format in settings.SERIALIZATION_MODULES. Two differences:
- times keep their microseconds (Django's encoder cuts them to milliseconds, so a
  restore would not give back the times of history rows and imports);
- a tag keeps its id even with --natural-primary: article versions name their tags by id
  (articles.link_history), and a restore that numbered tags anew would point them at
  other tags.
"""

import datetime

from django.core.serializers import json

Deserializer = json.Deserializer

# Models whose ids JSON fields refer to; loaddata uses an id a fixture gives.
KEEP_IDS = {"taggit.tag"}


class BackupJSONEncoder(json.DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()  # parse_datetime and parse_time read it back exactly
        return super().default(o)


class Serializer(json.Serializer):
    def serialize(self, queryset, **options):
        options.setdefault("cls", BackupJSONEncoder)
        return super().serialize(queryset, **options)

    def get_dump_object(self, obj):
        data = super().get_dump_object(obj)
        if obj._meta.label_lower in KEEP_IDS:
            data["pk"] = obj.pk
        return data
