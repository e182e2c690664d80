from django.core.management.base import BaseCommand

from articles.search_index import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the full-text search index (SQLite or PostgreSQL) from the articles."

    def handle(self, *args, **options):
        count = rebuild_index()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Indexed {count} article(s)."))
