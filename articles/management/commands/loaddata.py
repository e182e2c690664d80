"""Django's loaddata, with history recording off while it loads.

A backup made with dumpdata already holds every historical row. simple-history records
a new version whenever a many-to-many set changes, `raw` or not, so loading a
programme's partners would add a version that is not in the backup (on PostgreSQL, one
whose id collides with a version still to be loaded, and the load fails). Its documented
switch, SIMPLE_HISTORY_ENABLED, turns that off for the load alone.
"""

from django.core.management.commands import loaddata
from django.test.utils import override_settings


class Command(loaddata.Command):
    help = loaddata.Command.help + " History is not recorded while loading: the fixture has it."

    def handle(self, *fixture_labels, **options):
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            return super().handle(*fixture_labels, **options)
