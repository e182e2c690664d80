from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.graph_export import FORMATS, export_to


class Command(BaseCommand):
    help = (
        "Write the public graph (articles, people, programmes, organisations, places, "
        "mentions with roles, quotes, links, partnerships) to one file per table. "
        "Columns: docs/api.md, 'Open export'."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, default="csv", help="File format.")
        parser.add_argument(
            "--since",
            metavar="YYYY-MM-DD",
            help="Only articles published on or after this day, and what they name.",
        )
        parser.add_argument(
            "--output", default="export", help="Folder to write to (made if missing)."
        )

    def handle(self, *args, **options):
        since = None
        if options["since"]:
            try:
                since = date.fromisoformat(options["since"])
            except ValueError as exc:
                raise CommandError(
                    f"--since {options['since']!r} is not a date: give YYYY-MM-DD"
                ) from exc
        folder = Path(options["output"])
        if folder.exists() and not folder.is_dir():
            raise CommandError(f"--output {folder} is a file; give a folder")
        fmt = options["format"]
        written = export_to(folder, fmt=fmt, since=since)
        for name, count in written.items():
            self.stdout.write(f"{folder / f'{name}.{fmt}'}: {count} rows")
        self.stdout.write(self.style.SUCCESS(f"Exported {sum(written.values())} rows."))
