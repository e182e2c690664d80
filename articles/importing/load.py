"""Write parsed articles and their entities to the database: the only stage that writes.

Decisions, in order, for one file:
- the same path with the same text and the same sidecar metadata -> unchanged (nothing
  written);
- new path whose text another article already came from -> unchanged, with a warning;
- an article an editor changed since its import -> kept-editorial (the editor's version
  stays; what the source now says differently becomes a warning for review);
- otherwise created or updated, every write recorded in history as the importer.
Entities are found or created by EntityWriter (entities.py) and the rows an article
brings are built in rows.py. load() takes one file; load_many() a batch, whose new
articles go in with one insert per table.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag

from articles.caching import bump_content_version
from articles.commit_hooks import after_commit_once
from articles.importing.entities import EntityWriter
from articles.importing.records import Extraction, ParsedArticle, SourceText
from articles.importing.resolve import EntityResolver
from articles.importing.rows import (
    Resolved,
    mention_rows,
    quote_rows,
    source_differences,
    source_fields,
)
from articles.link_history import MERGED, snapshot_latest
from articles.locking import raise_version
from articles.models import Article, ImportRecord, Mention, Organization, Person, Place, Program
from articles.models import Quote as QuoteModel
from articles.models.slugs import slug_base
from articles.search_index import reindex_after_commit

IMPORTER_USERNAME = "importer"


@dataclass
class LoadResult:
    status: str
    slug: str
    warnings: list[str] = field(default_factory=list)
    article_id: int | None = None
    # The article itself, while it may still be unsaved (written later in its batch).
    article: Article | None = field(default=None, repr=False, compare=False)


class Known:
    """Articles stored (or written earlier in the batch), by source path and by content."""

    def __init__(self, articles: list[Article]):
        self.by_path: dict[str, Article] = {}
        self.by_sha: dict[str, Article] = {}
        for article in articles:
            self.add(article)

    def add(self, article: Article) -> None:
        self.by_path.setdefault(article.source_path, article)
        self.by_sha.setdefault(article.source_sha256, article)


def importer_user():
    """Return the inactive user that history shows for the importer's changes."""
    user, created = get_user_model().objects.get_or_create(
        username=IMPORTER_USERNAME, defaults={"is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


class ArticleLoader(EntityWriter):
    def __init__(self, *, resolver: EntityResolver, publish: bool = False, dry_run: bool = False):
        self.resolver = resolver
        self.publish = publish
        self.dry_run = dry_run
        self._importer = None
        self.histories = {}
        # Programmes as loaded or written in this run, and those known to have partners.
        self.programs: dict[int, Program] = {}
        self.with_partners: set[int] = set()

    def forget(self) -> None:
        """Drop what the run has cached; called after its transaction rolled back."""
        self.resolver.reset()
        self.programs.clear()
        self.with_partners.clear()

    @property
    def importer(self):
        if self._importer is None:
            self._importer = importer_user()
        return self._importer

    def load(self, source: SourceText, parsed: ParsedArticle, found: Extraction) -> LoadResult:
        """Create, update or keep the article for one source file."""
        if self.dry_run:
            return self.preview(source, parsed)
        with transaction.atomic():
            return self.load_many([(source, parsed, found)])[0]

    def preview(self, source: SourceText, parsed: ParsedArticle) -> LoadResult:
        """Return what loading the file would do, writing nothing."""
        known = self.known([source])
        decided = self.decide(known, source, parsed)
        if decided is not None:
            return decided
        existing = known.by_path.get(source.path)
        if existing is not None:
            return LoadResult("updated", existing.slug, [], existing.pk)
        return LoadResult("created", slugify(parsed.title)[:255])

    def known(self, sources: list[SourceText]) -> Known:
        """Return the stored articles with any of the sources' paths or contents."""
        paths, shas = [s.path for s in sources], [s.sha256 for s in sources]
        same = Article.objects.filter(Q(source_path__in=paths) | Q(source_sha256__in=shas))
        return Known(list(same.order_by("pk")))

    def load_many(self, items: list[tuple[SourceText, ParsedArticle, Extraction]]):
        """Load several files in the caller's transaction; return a result for each.

        New articles, their history, mentions, quotes and links go in one insert per
        table for the whole batch: per-statement overhead is most of an import's cost.
        """
        known = self.known([source for source, _, _ in items])
        results: list[LoadResult | None] = []
        new: list[tuple[int, Article, Resolved]] = []
        for source, parsed, found in items:
            decided = self.decide(known, source, parsed)
            existing = known.by_path.get(source.path)
            if decided is None and existing is not None:
                article = self.write(existing, source, parsed, found)
                decided = LoadResult("updated", article.slug, [], article.pk)
                known.add(article)  # its new text are now known too
            elif decided is None:
                article, resolved = self.new_article(source, parsed, found)
                new.append((len(results), article, resolved))
                known.add(article)  # a later file of the batch with this text is its twin
            results.append(decided)
        self.write_new(new)
        for position, article, _ in new:
            results[position] = LoadResult("created", article.slug, [], article.pk)
        for result in results:
            if result.article_id is None:  # a twin of an article created in this batch
                result.article_id, result.slug = result.article.pk, result.article.slug
        return results

    def decide(self, known: Known, source: SourceText, parsed: ParsedArticle):
        """Return the result for a file that needs nothing written, or None."""
        existing = known.by_path.get(source.path)
        twin = known.by_sha.get(source.sha256)
        if existing is None and twin is not None:
            warning = f"same content as {twin.source_path}, imported once"
            return LoadResult("unchanged", twin.slug, [warning], twin.pk, twin)
        changed = existing is not None and source_differences(existing, source.meta)
        if existing is not None and existing.source_sha256 == source.sha256 and not changed:
            return LoadResult("unchanged", existing.slug, [], existing.pk, existing)
        if existing is not None and self.edited_by_editor(existing):
            notes = differences(existing, parsed, source)
            warnings = [f"kept the editor's version: {note}" for note in notes]
            return LoadResult("kept-editorial", existing.slug, warnings, existing.pk)
        return None

    def edited_by_editor(self, article: Article) -> bool:
        """Return whether anyone but the importer changed the article since its import.

        Merges do not count: they point links at the surviving record, which a later
        import resolves to as well (the merged names are its aliases).
        """
        if article.import_fingerprint != article.editorial_fingerprint():
            return True
        since = {"history_date__gt": article.imported_at}
        histories = [
            Article.history.filter(id=article.pk, **since),
            Mention.history.filter(article_id=article.pk, **since),
            QuoteModel.history.filter(article_id=article.pk, **since),
        ]
        others = (
            h.exclude(history_user_id=self.importer.pk).exclude(
                history_change_reason__startswith=MERGED
            )
            for h in histories
        )
        return any(h.exists() for h in others)

    def resolve(self, found: Extraction) -> Resolved:
        """Find or create the file's entities and tags."""
        places = {p.name: self.place(p) for p in found.places}
        persons = {p.name: self.person(p) for p in found.persons}
        links = {
            "places": unique(places.values()),
            "organizations": unique(
                self.organization(o.name, o.acronym, o.evidence) for o in found.organizations
            ),
            "programs": unique(self.program(p) for p in found.programs),
        }
        tag_ids = unique(self.resolver.tag_id(name) for name in found.tags)
        return Resolved(found, places, persons, links, tag_ids)

    def fill(self, article: Article, source, parsed, resolved: Resolved) -> None:
        found = resolved.found
        article.title, article.body = parsed.title, parsed.body
        article.dateline_id = resolved.places.get(found.dateline) if found.dateline else None
        article.source_path, article.source_sha256 = source.path, source.sha256
        for name, value in source_fields(source.meta).items():
            setattr(article, name, value)
        article.imported_at = timezone.now()
        if article.pk is None and self.publish:
            article.status, article.published_at = Article.Status.PUBLISHED, article.imported_at
        article.import_fingerprint = article.editorial_fingerprint(found.tags)

    def write(self, article, source, parsed, found) -> Article:
        """Create or update one article with its history, mentions, quotes and links."""
        resolved = self.resolve(found)
        self.fill(article, source, parsed, resolved)
        if article.pk is None:
            self.write_alone(article, resolved)
        else:
            raise_version(article)  # an editor's form opened before this update must conflict
            article.mentions.all().delete()
            article.quotes.all().delete()
            self.save(article, source.path)
            self.add_rows([(article, resolved)])
            article.tags.set(list(Tag.objects.filter(pk__in=resolved.tag_ids)))
            for name, ids in resolved.links.items():
                getattr(article, name).set(ids)
        snapshot_latest([article.pk])
        return article

    def new_article(self, source, parsed, found) -> tuple[Article, Resolved]:
        resolved = self.resolve(found)
        article = Article()
        self.fill(article, source, parsed, resolved)
        return article, resolved

    def write_new(self, new: list[tuple[int, Article, Resolved]]) -> None:
        """Insert new articles and all they carry, one insert per table for the batch."""
        bases = {id(article): slug_base(article.title, max_length=255) for _, article, _ in new}
        taken = set(
            Article.objects.filter(slug__in=list(bases.values())).values_list("slug", flat=True)
        )
        together, alone = [], []
        for _, article, resolved in new:
            slug = bases[id(article)]
            if slug in taken:
                alone.append((article, resolved))  # saved alone: unique_slug finds a free one
            else:
                article.slug = slug
                together.append((article, resolved))
            taken.add(slug)
        if together:
            self.insert_together(together)
        for article, resolved in alone:
            self.write_alone(article, resolved)
        snapshot_latest(article.pk for _, article, _ in new)

    def insert_together(self, pairs: list[tuple[Article, Resolved]]) -> None:
        articles = Article.objects.bulk_create([article for article, _ in pairs])
        for article in articles:
            article._change_reason = import_reason(article.source_path)
        self.history(Article).bulk_history_create(articles, default_user=self.importer)
        self.add_rows(pairs)
        self.create_links(pairs)
        for article in articles:  # bulk inserts send no post_save: what signals would do
            reindex_after_commit(article.pk)
        after_commit_once(bump_content_version)

    def write_alone(self, article: Article, resolved: Resolved) -> None:
        self.save(article, article.source_path)
        self.add_rows([(article, resolved)])
        self.create_links([(article, resolved)])

    def add_rows(self, pairs: list[tuple[Article, Resolved]]) -> None:
        """Insert the articles' mentions and quotes, with their history."""
        self.bulk_create([m for a, r in pairs for m in mention_rows(a, r)], Mention)
        self.bulk_create([q for a, r in pairs for q in quote_rows(a, r)], QuoteModel)

    def create_links(self, pairs: list[tuple[Article, Resolved]]) -> None:
        """Link new articles, one insert per relation (nothing to diff against yet)."""
        TaggedItem = Article.tags.through
        TaggedItem.objects.bulk_create(
            [
                TaggedItem(content_object=article, tag_id=tag_id)
                for article, resolved in pairs
                for tag_id in resolved.tag_ids
            ]
        )
        for name in ("places", "organizations", "programs"):
            field = getattr(Article, name).field
            through, target = field.remote_field.through, f"{field.m2m_reverse_field_name()}_id"
            through.objects.bulk_create(
                [
                    through(article_id=article.pk, **{target: pk})
                    for article, resolved in pairs
                    for pk in resolved.links[name]
                ]
            )

    def history(self, model):
        # One history manager per model for the run: simple-history builds a new manager
        # class each time a saved instance reaches for its own.
        if model not in self.histories:
            self.histories[model] = model.history
        return self.histories[model]

    def save(self, instance, path: str = "", fields=None) -> None:
        """Save the instance (only fields, if given) and write its version in history as
        the importer's."""
        created = instance.pk is None
        instance.skip_history_when_saving = True
        try:
            instance.save(update_fields=fields)
        finally:
            del instance.skip_history_when_saving
        self.history(type(instance)).bulk_history_create(
            [instance],
            update=not created,
            default_user=self.importer,
            default_change_reason=import_reason(path),
        )
        self.resolver_remember(instance)

    def resolver_remember(self, instance) -> None:
        if isinstance(instance, Person | Organization | Place | Program):
            self.resolver.remember(instance)

    def bulk_create(self, objs, model) -> None:
        if objs:
            model.objects.bulk_create(objs)  # sets their primary keys on both databases
            self.history(model).bulk_history_create(
                objs, default_user=self.importer, default_change_reason="Imported"
            )

    def record(
        self,
        *,
        path: str,
        sha256: str,
        result: LoadResult | None,
        error: str = "",
        warnings=(),
        summary=None,
    ) -> None:
        """Write the import record of one file (not on a dry run)."""
        if self.dry_run:
            return
        ImportRecord.objects.create(
            path=path,
            sha256=sha256,
            status=result.status if result else "rejected",
            error=error,
            warnings=list(warnings),
            summary=summary or {},
            article_id=result.article_id if result else None,
        )


def import_reason(path: str) -> str:
    """Return the change reason of an import from path, within the history column's
    length (PostgreSQL refuses a longer one): the path's end when it must be cut."""
    limit = Article.history.model._meta.get_field("history_change_reason").max_length
    reason = f"Imported from {path}" if path else "Imported"
    return reason if len(reason) <= limit else f"Imported from …{path[-(limit - 15) :]}"


def unique(ids) -> list[int]:
    return list(dict.fromkeys(ids))


def differences(article: Article, parsed: ParsedArticle, source: SourceText) -> list[str]:
    """Describe how the source now differs from the article as an editor left it."""
    notes = source_differences(article, source.meta)
    if article.title != parsed.title:
        notes.append(f"source title is now {parsed.title!r}")
    ours, theirs = article.paragraphs, list(parsed.paragraphs)
    if ours != theirs:
        changed = sum(1 for p in theirs if p not in ours)
        notes.append(f"source body differs in {changed} of {len(theirs)} paragraphs")
    return notes or ["source changed in ways the article does not show"]
