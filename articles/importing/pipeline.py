"""The import pipeline: one entry point for the command (and anything else that imports).

    read_source (decode) -> parse_article (clean + structure) -> extract -> load (resolve + write)
                           read_sidecar + provenance (source metadata) -^

Files stream through in batches (100 by default), so memory stays flat however many
there are. The stages before load are pure; a file they reject is reported with its
reason and the run goes on. A batch's articles, import records and search-index rows
are written in one transaction, which either commits whole or leaves nothing; if it
cannot be written (another importer wrote the same rows first, a record was deleted
meanwhile), its files are written again one transaction each, a unique-constraint race
retried, after which the other process's rows are simply found.
"""

import hashlib
import logging
import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, IntegrityError, transaction
from django.utils.module_loading import import_string

from articles.importing.decode import read_source
from articles.importing.extract import Extractor
from articles.importing.load import ArticleLoader, LoadResult
from articles.importing.parse import parse_article
from articles.importing.provenance import provenance
from articles.importing.records import (
    Extraction,
    ParsedArticle,
    Rejected,
    SourceMeta,
    SourceText,
    TermRecord,
)
from articles.importing.resolve import EntityResolver
from articles.importing.sidecar import is_sidecar, read_sidecar, sidecar_candidates
from articles.models import ImportRecord, TopicTerm
from articles.search_index import index_pending_now

logger = logging.getLogger(__name__)

STATUSES = ("created", "updated", "unchanged", "kept-editorial", "rejected")
ARTICLE_SUFFIXES = {".txt", ".text"}
RETRIES = 3
BATCH_SIZE = 100  # files whose new articles are written in one transaction
WORKER_CHUNK = 16  # files a worker process prepares at a time
WORKER_WINDOW = 200  # files handed to the workers at once; they run at most this far ahead


@dataclass
class FileOutcome:
    path: str
    status: str
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    slug: str | None = None
    parsed: ParsedArticle | None = None
    extraction: Extraction | None = None
    source: SourceMeta | None = None
    # Routine clean-up (residue and markup removed): information, where warnings ask
    # for a look.
    notes: list[str] = field(default_factory=list)
    # Rejected, and an earlier run rejected the same bytes at this path: known already.
    rejected_before: bool = False
    sha256: str = ""  # of a rejected file's bytes, to know it again


@dataclass
class ImportSummary:
    counts: Counter = field(default_factory=Counter)
    rejected_before: int = 0

    def add(self, outcome: FileOutcome) -> None:
        self.counts[outcome.status] += 1
        self.rejected_before += outcome.rejected_before

    def as_dict(self) -> dict[str, int]:
        return {status: self.counts[status] for status in STATUSES}

    @property
    def rejected(self) -> int:
        return self.counts["rejected"]

    @property
    def newly_rejected(self) -> int:
        """Return the rejections this run is the first to find (for these bytes)."""
        return self.rejected - self.rejected_before

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
    """Yield the files to import: named files as they are, folders' .txt files sorted;
    each file once, however often the paths name it, and never a sidecar. Since a date,
    a file counts as modified when its sidecar is."""
    seen: set[Path] = set()
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
            found = [] if is_sidecar(path) else [path]
        for file in found:
            if file.resolve() in seen:
                continue
            seen.add(file.resolve())
            if since is None or modified(file, since.tzinfo) >= since:
                yield file


def modified(file: Path, tzinfo) -> datetime:
    """Return when the file or its sidecar was last modified, whichever is later."""
    latest = max(p.stat().st_mtime for p in [file, *sidecar_candidates(file)])
    return datetime.fromtimestamp(latest, tzinfo)


def configured_extractor() -> Extractor:
    """Return a new instance of the extractor class the NEWSROOM_EXTRACTOR setting names."""
    dotted = settings.NEWSROOM_EXTRACTOR
    hint = (
        "give the dotted path of a class with an extract(parsed, *, vocabulary) method, "
        "such as 'articles.importing.extract.RuleExtractor'"
    )
    try:
        extractor_class = import_string(dotted)
    except ImportError as exc:
        raise ImproperlyConfigured(
            f"NEWSROOM_EXTRACTOR = {dotted!r} cannot be imported ({exc}); {hint}."
        ) from exc
    extractor = extractor_class() if isinstance(extractor_class, type) else None
    if not callable(getattr(extractor, "extract", None)):
        raise ImproperlyConfigured(f"NEWSROOM_EXTRACTOR = {dotted!r} is not an extractor; {hint}.")
    return extractor


def active_vocabulary() -> tuple[TermRecord, ...]:
    terms = TopicTerm.objects.filter(active=True).values_list("term", "synonyms")
    return tuple(TermRecord(term, tuple(synonyms or ())) for term, synonyms in terms)


def import_paths(
    paths: Iterable[Path],
    *,
    extractor: Extractor,
    dry_run: bool = False,
    publish: bool = False,
    since: datetime | None = None,
    limit: int | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int = 0,
    progress: Callable[[], None] | None = None,
) -> Iterator[FileOutcome]:
    """Import every article file under paths (at most limit), yielding one outcome per file.

    The extractor finds what each article says (configured_extractor() gives the one the
    settings name). Files are read and extracted batch_size at a time (by `workers` other processes
    when the run is long enough to pay for them) and their new articles written
    together in one transaction; a batch that fails to write (another importer wrote
    the same rows first) is written again one file per transaction, with retries.
    progress, if given, is called as each file has been read and extracted.
    """
    loader = ArticleLoader(resolver=EntityResolver(), publish=publish, dry_run=dry_run)
    vocabulary = active_vocabulary()
    files = list(islice(iter_source_paths(paths, since=since), limit))
    if len(files) <= 2 * batch_size:
        workers = 0  # forking costs more than it saves on a short run
    work = partial(prepare, extractor=extractor, vocabulary=vocabulary)
    with prepared_files(files, work, workers=workers) as prepared:
        if progress is not None:
            prepared = reporting(prepared, progress)
        while batch := list(islice(prepared, batch_size)):
            yield from import_batch(batch, loader=loader)


@contextmanager
def prepared_files(files: list[Path], work, *, workers: int):
    """Yield an iterator of work(file) for each file (read, cleaned and extracted), in order.

    With workers, other processes do it while this one writes to the database: the
    stages before the database are pure, so they need nothing but the file. Workers
    are forked and never touch the database connection they inherit. They inherit the
    work (and its extractor) through the fork too, so an extractor need not be picklable
    and a large one (a statistical model) is not sent to them again with every chunk.
    """
    if not workers:
        yield map(work, files)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=start_worker, initargs=(work,)) as pool:
        yield in_windows(pool, work_in_worker, files)


def reporting(items: Iterator, progress: Callable[[], None]) -> Iterator:
    for item in items:
        progress()
        yield item


worker_work = None  # in a worker process: what to do with each file, inherited by fork


def start_worker(work) -> None:
    global worker_work
    worker_work = work


def work_in_worker(path: Path):
    return worker_work(path)


def in_windows(pool, work, files: list[Path]) -> Iterator:
    """Yield work(file) for each file in order, with the workers at most one window
    ahead of the writer: imap alone would buffer every result the writer has not taken."""
    pending = None
    for start in range(0, len(files), WORKER_WINDOW):
        window = pool.imap(work, files[start : start + WORKER_WINDOW], chunksize=WORKER_CHUNK)
        if pending is not None:
            yield from pending
        pending = window
    if pending is not None:
        yield from pending


def import_batch(prepared: list, *, loader: ArticleLoader) -> list[FileOutcome]:
    """Write a batch of prepared files; return their outcomes in order."""
    ready = [p for p in prepared if isinstance(p, Prepared)]
    written: dict[str, FileOutcome] = {}
    if len(ready) > 1 and not loader.dry_run:
        try:
            with transaction.atomic():
                results = loader.load_many([(p.source, p.parsed, p.found) for p in ready])
                for item, result in zip(ready, results, strict=True):
                    written[item.shown] = finish(item, result, loader)
                index_pending_now()
        except DatabaseError as exc:
            logger.warning("A batch of %d files failed (%s); writing them alone", len(ready), exc)
            loader.forget()
            written = {}
    outcomes = []
    for item in prepared:
        if isinstance(item, FileOutcome):  # rejected before the database
            item.rejected_before = rejected_already(item)
            loader.record(path=item.path, sha256=item.sha256, result=None, error=item.error)
            outcomes.append(item)
        else:
            outcomes.append(written.get(item.shown) or import_one(item, loader))
    return outcomes


def rejected_already(outcome: FileOutcome) -> bool:
    """Return whether an earlier run rejected these very bytes at this path."""
    if not outcome.sha256:
        return False
    earlier = ImportRecord.objects.filter(path=outcome.path, sha256=outcome.sha256)
    return earlier.filter(status=ImportRecord.Status.REJECTED).exists()


@dataclass
class Prepared:
    """A file read, cleaned and extracted: ready for the database."""

    shown: str
    source: SourceText
    parsed: ParsedArticle
    found: Extraction


def prepare(path: Path, *, extractor: Extractor, vocabulary) -> Prepared | FileOutcome:
    """Take one file through the stages before the database; never raises for a bad file."""
    shown = display_path(path)
    max_bytes = settings.NEWSROOM_IMPORT_MAX_BYTES
    if path.suffix.lower() not in ARTICLE_SUFFIXES:  # named on the command line
        kind = f"a {path.suffix} file" if path.suffix else "a file without .txt"
        reason = f"skipped: not an article ({kind}); articles are .txt or .text files"
        return rejected(shown, reason, path)
    try:
        source = read_source(
            path,
            max_bytes=max_bytes,
            fallback_encoding=settings.NEWSROOM_IMPORT_FALLBACK_ENCODING,
        )
        parsed = parse_article(source.text, max_headline=settings.NEWSROOM_IMPORT_MAX_HEADLINE)
        found = extractor.extract(parsed, vocabulary=vocabulary)
        meta, meta_warnings = read_sidecar(path, max_bytes=max_bytes)
        source = replace(
            source,
            path=shown,
            meta=provenance(meta, parsed),
            warnings=(*source.warnings, *meta_warnings),
        )
    except Rejected as exc:
        return rejected(shown, str(exc), path)
    except OSError as exc:
        return rejected(shown, f"cannot be read ({exc.strerror or exc})", path)
    except Exception as exc:  # a bug in a stage must not stop the other files
        logger.exception("Import of %s failed", shown)
        return rejected(shown, f"could not be processed ({type(exc).__name__}: {exc})", path)
    return Prepared(shown, source, parsed, found)


def import_one(item: Prepared, loader: ArticleLoader) -> FileOutcome:
    """Write one file in its own transaction: the article, its links, its import record
    and its search-index row commit together.

    A unique-constraint race with another importer, or a foreign key broken by a record
    deleted since the run cached it (checked at commit), is retried with the caches
    dropped; after that the other process's rows are simply found.
    """
    for _ in range(RETRIES):
        try:
            with transaction.atomic():
                result = loader.load(item.source, item.parsed, item.found)
                outcome = finish(item, result, loader)
                index_pending_now()
            return outcome
        except IntegrityError as exc:
            loader.forget()
            error = exc
    outcome = rejected(item.shown, f"conflicts with records written at the same time ({error})")
    loader.record(path=item.shown, sha256="", result=None, error=outcome.error)
    return outcome


def finish(item: Prepared, result: LoadResult, loader: ArticleLoader) -> FileOutcome:
    """Write the file's import record; return its outcome."""
    source, parsed, found = item.source, item.parsed, item.found
    warnings = [*source.warnings, *parsed.warnings, *found.warnings, *result.warnings]
    notes = [*source.notes, *parsed.notes]
    loader.record(
        path=item.shown,
        sha256=source.sha256,
        result=result,
        warnings=warnings,
        summary={**extraction_summary(found), "notes": notes},
    )
    if result.status == "unchanged":
        # Said when the file was imported; a re-run repeats only what concerns it now.
        warnings, notes = list(result.warnings), []
    return FileOutcome(
        item.shown, result.status, None, warnings, result.slug, parsed, found, source.meta, notes
    )


def rejected(path: str, reason: str, file: Path | None = None) -> FileOutcome:
    return FileOutcome(path, "rejected", f"{path}: {reason}", sha256=bytes_digest(file))


def bytes_digest(file: Path | None) -> str:
    """Return the SHA-256 of a file's bytes, or "" when there is none to read."""
    if file is None:
        return ""
    try:
        with file.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        return ""


def extraction_summary(found: Extraction) -> dict:
    return {
        "persons": [p.name for p in found.persons],
        "programs": [p.name for p in found.programs],
        "organizations": [o.name for o in found.organizations],
        "places": [p.name for p in found.places],
        "quotes": len(found.quotes),
        "tags": list(found.tags),
    }
