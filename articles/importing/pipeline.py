"""The import pipeline: one entry point for the command (and anything else that imports).

    read_source (decode) -> parse_article (clean + structure) -> extract -> load (resolve + write)

Files stream through one at a time, so memory stays flat however many there are. The
stages before load are pure; a file they reject is reported with its reason and the run
goes on. Each article is written in its own transaction; a unique-constraint race with
another importer is retried, after which the other process's rows are simply found.
"""

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError

from articles.importing.decode import read_source
from articles.importing.extract import extract
from articles.importing.load import ArticleLoader, LoadResult
from articles.importing.parse import parse_article
from articles.importing.records import Extraction, ParsedArticle, Rejected, TermRecord
from articles.importing.resolve import EntityResolver
from articles.models import TopicTerm

logger = logging.getLogger(__name__)

STATUSES = ("created", "updated", "unchanged", "kept-editorial", "rejected")
ARTICLE_SUFFIXES = {".txt", ".text"}
RETRIES = 3


@dataclass
class FileOutcome:
    path: str
    status: str
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    slug: str | None = None
    parsed: ParsedArticle | None = None
    extraction: Extraction | None = None


@dataclass
class ImportSummary:
    counts: Counter = field(default_factory=Counter)

    def add(self, outcome: FileOutcome) -> None:
        self.counts[outcome.status] += 1

    def as_dict(self) -> dict[str, int]:
        return {status: self.counts[status] for status in STATUSES}

    @property
    def rejected(self) -> int:
        return self.counts["rejected"]

    def __str__(self) -> str:
        return ", ".join(f"{n} {status}" for status, n in self.as_dict().items())


def display_path(path: Path) -> str:
    """Return the path as recorded: relative to the working directory when inside it."""
    absolute = path.absolute()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


def iter_source_paths(paths: Iterable[Path], *, since: datetime | None = None) -> Iterator[Path]:
    """Yield the files to import: named files as they are, folders' .txt files sorted."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found = [path]
        for file in found:
            if since is None or datetime.fromtimestamp(file.stat().st_mtime, since.tzinfo) >= since:
                yield file


def active_vocabulary() -> tuple[TermRecord, ...]:
    terms = TopicTerm.objects.filter(active=True).values_list("term", "synonyms")
    return tuple(TermRecord(term, tuple(synonyms or ())) for term, synonyms in terms)


def import_paths(
    paths: Iterable[Path],
    *,
    dry_run: bool = False,
    publish: bool = False,
    since: datetime | None = None,
) -> Iterator[FileOutcome]:
    """Import every article file under paths, yielding one outcome per file."""
    loader = ArticleLoader(resolver=EntityResolver(), publish=publish, dry_run=dry_run)
    vocabulary = active_vocabulary()
    for path in iter_source_paths(paths, since=since):
        yield import_file(path, loader=loader, vocabulary=vocabulary)


def import_file(path: Path, *, loader: ArticleLoader, vocabulary) -> FileOutcome:
    """Take one file through every stage; never raises for a bad file."""
    shown = display_path(path)
    try:
        source = replace(
            read_source(path, max_bytes=settings.NEWSROOM_IMPORT_MAX_BYTES), path=shown
        )
        parsed = parse_article(source.text, max_headline=settings.NEWSROOM_IMPORT_MAX_HEADLINE)
        found = extract(parsed, vocabulary=vocabulary)
    except Rejected as exc:
        return rejected(shown, str(exc), loader)
    except OSError as exc:
        return rejected(shown, f"cannot be read ({exc.strerror or exc})", loader)
    except Exception as exc:  # a bug in a stage must not stop the other files
        logger.exception("Import of %s failed", shown)
        return rejected(shown, f"could not be processed ({type(exc).__name__}: {exc})", loader)
    try:
        result = load_with_retry(loader, source, parsed, found)
    except IntegrityError as exc:
        return rejected(shown, f"conflicts with records written at the same time ({exc})", loader)
    warnings = [*source.warnings, *parsed.warnings, *found.warnings, *result.warnings]
    loader.record(
        path=shown,
        sha256=source.sha256,
        result=result,
        warnings=warnings,
        summary=extraction_summary(found),
    )
    return FileOutcome(shown, result.status, None, warnings, result.slug, parsed, found)


def load_with_retry(loader: ArticleLoader, source, parsed, found) -> LoadResult:
    for attempt in range(1, RETRIES + 1):
        try:
            return loader.load(source, parsed, found)
        except IntegrityError:
            # Another importer wrote the same rows first: forget what we cached and look again.
            loader.resolver.reset()
            if attempt == RETRIES:
                raise
    raise AssertionError("RETRIES must be at least 1")


def rejected(path: str, reason: str, loader: ArticleLoader) -> FileOutcome:
    error = f"{path}: {reason}"
    loader.record(path=path, sha256="", result=None, error=error)
    return FileOutcome(path, "rejected", error)


def extraction_summary(found: Extraction) -> dict:
    return {
        "persons": [p.name for p in found.persons],
        "programs": [p.name for p in found.programs],
        "organizations": [o.name for o in found.organizations],
        "places": [p.name for p in found.places],
        "quotes": len(found.quotes),
        "tags": list(found.tags),
    }
