from django.core.management.base import BaseCommand

from articles.search_index import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the SQLite full-text index from the articles (PostgreSQL needs no rebuild)."

    def handle(self, *args, **options):
        count = rebuild_index()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Indexed {count} article(s)."))
