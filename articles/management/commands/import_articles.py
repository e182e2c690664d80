import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.importing.pipeline import (
    BATCH_SIZE,
    ImportSummary,
    configured_extractor,
    import_paths,
    iter_source_paths,
)
from articles.importing.report import write_json_report

# One process writes, mostly waiting for the database, so extraction may use every core
# up to two (on two cores: 40.8 s for 10,000 files against 57.6 s with one worker);
# beyond two the writer cannot keep up.
DEFAULT_WORKERS = min(2, os.cpu_count() or 1)


class Command(BaseCommand):
    help = (
        "Import raw article text files (files or folders of .txt files; default seeds/): "
        "strip scraping residue and create or update articles with their people, "
        "programmes, organisations, places, quotes and topic tags, and where each was first "
        "published (from an optional NAME.json sidecar beside NAME.txt, or its dateline)."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="Files or folders to import.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would happen; write nothing."
        )
        parser.add_argument(
            "--format",
            choices=["text", "json"],
            default="text",
            help="'json' prints one JSON report on stdout (a stable interface).",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish newly created articles now (by default they are drafts).",
        )
        parser.add_argument("--limit", type=int, help="Import at most this many files.")
        parser.add_argument(
            "--since",
            type=parse_day,
            help="Only files modified on or after this date (YYYY-MM-DD).",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=(
                "Files whose new articles are written in one transaction "
                f"(default {BATCH_SIZE}; 1 commits every file on its own)."
            ),
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=DEFAULT_WORKERS,
            help=(
                "Processes that read and extract files while this one writes, for runs of "
                f"more than two batches (default {DEFAULT_WORKERS} on this machine; 0: none)."
            ),
        )

    def handle(self, *args, paths, dry_run, format, publish, limit, since, **options):
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be a positive number of files.")
        if options["workers"] < 0:
            raise CommandError("--workers must be 0 or more.")
        self.verbosity, self.dry_run = options["verbosity"], dry_run
        paths = paths or [Path(settings.BASE_DIR) / "seeds"]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"No such file or folder: {', '.join(missing)}")
        if limit is not None and limit < 1:
            raise CommandError("--limit must be a positive number of files.")
        self.say_empty_folders(paths)
        bar = self.progress_bar(options.get("stderr") or sys.stderr, format, paths, since, limit)
        outcomes = import_paths(
            paths,
            extractor=self.extractor(),
            dry_run=dry_run,
            publish=publish,
            since=since,
            limit=limit,
            batch_size=options["batch_size"],
            workers=options["workers"],
            progress=bar.update if bar else None,
        )
        summary = ImportSummary()
        if format == "json":
            self.stdout.ending = ""  # the report writes its own line breaks
            write_json_report(outcomes, summary, self.stdout, dry_run=dry_run)
        else:
            self.report_text(outcomes, summary, bar)
        # Only rejections this run is the first to find fail it: one already recorded
        # for the same bytes failed the run that found it, and is in the import records.
        if summary.newly_rejected:
            raise CommandError(self.failure(summary.newly_rejected, format))

    def failure(self, count: int, format: str) -> str:
        verb = "would be rejected" if self.dry_run else "rejected"
        where = (
            'see each rejected file\'s "error" in the JSON report'
            if format == "json"
            else "see the errors above"
        )
        return f"{count} file(s) {verb}; {where}."

    def say_empty_folders(self, paths: list[Path]) -> None:
        for path in paths:
            if path.is_dir() and next(iter_source_paths([path]), None) is None:
                self.stderr.write(f"No article files (.txt or .text) in {path}: nothing to import.")

    def extractor(self):
        try:
            return configured_extractor()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from exc

    def progress_bar(self, stream, format, paths, since, limit):
        """Return a bar counting files read (with files/s and the time left) on a
        terminal; None elsewhere, with --format json, or when one line a file is shown."""
        if format == "json" or self.verbosity != 1 or not stream.isatty():
            return None
        from tqdm import tqdm

        total = sum(1 for _ in iter_source_paths(paths, since=since))
        total = min(total, limit) if limit else total
        return tqdm(total=total, unit=" files", file=stream, leave=False, dynamic_ncols=True)

    def report_text(self, outcomes, summary: ImportSummary, bar=None) -> None:
        for outcome in outcomes:
            summary.add(outcome)
            self.report_file(outcome)
        if bar is not None:
            bar.close()
        if self.verbosity < 1:
            return
        if summary.rejected_before:
            self.stdout.write(
                f"{summary.rejected_before} file(s) rejected before, unchanged: see -v 2."
            )
        style = self.style.WARNING if summary.newly_rejected else self.style.SUCCESS
        self.stdout.write(style(self.summary_line(summary)))

    def report_file(self, outcome) -> None:
        if outcome.rejected_before:
            if self.verbosity >= 2:
                self.stdout.write(f"rejected before, unchanged: {outcome.error}")
            return
        if outcome.status == "rejected":
            self.stderr.write(f"rejected {outcome.error}")
            return
        if self.verbosity >= 2:
            self.stdout.write(f"{outcome.status:<15} {outcome.path} -> {outcome.slug}")
            for note in outcome.notes:
                self.stdout.write(f"note     {outcome.path}: {note}")
        if self.verbosity >= 1:
            for warning in outcome.warnings:
                self.stdout.write(self.style.WARNING(f"warning  {outcome.path}: {warning}"))

    def summary_line(self, summary: ImportSummary) -> str:
        if not self.dry_run:
            return f"Imported: {summary}."
        n = summary.as_dict()
        return (
            f"Dry run, nothing written: would create {n['created']}, update {n['updated']}, "
            f"leave {n['unchanged']} unchanged, keep {n['kept-editorial']} editors' versions "
            f"(kept-editorial), reject {n['rejected']}."
        )


def parse_day(value: str) -> datetime:
    try:
        day = datetime.strptime(value, "%Y-%m-%d")
    except ValueError as exc:
        # argparse shows this message; a ValueError would read "invalid parse_day value".
        raise argparse.ArgumentTypeError(f"not a date: {value!r}; use YYYY-MM-DD") from exc
    return timezone.make_aware(day)
