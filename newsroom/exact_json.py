"""Django's JSON serializer, with times kept to the microsecond.

Django's encoder cuts datetimes to milliseconds, so a backup made with
`dumpdata` would not give back the times it was made from (every history row's, every
import's). Registered as the "json" format in settings.SERIALIZATION_MODULES.
"""

import datetime

from django.core.serializers import json

Deserializer = json.Deserializer


class ExactJSONEncoder(json.DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()  # parse_datetime and parse_time read it back exactly
        return super().default(o)


class Serializer(json.Serializer):
    def serialize(self, queryset, **options):
        options.setdefault("cls", ExactJSONEncoder)
        return super().serialize(queryset, **options)
