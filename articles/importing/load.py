"""Write parsed articles and their entities to the database: the only stage that writes.

Decisions, in order, for one file:
- the same path with the same bytes -> unchanged (nothing written);
- new path whose bytes another article already came from -> unchanged, with a warning;
- an article an editor changed since its import -> kept-editorial (the editor's version
  stays; what the source now says differently becomes a warning for review);
- otherwise created or updated, every write recorded in history as the importer.
Entities are matched through the resolver first and created (flagged for review) only
when nothing matches, so names editors merged or renamed never come back.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history
from taggit.models import Tag

from articles.importing.records import Extraction, ParsedArticle, SourceText
from articles.importing.resolve import EntityResolver
from articles.locking import raise_version
from articles.models import Article, ImportRecord, Mention, Organization, Person, Place, Program
from articles.models import Quote as QuoteModel

IMPORTER_USERNAME = "importer"


@dataclass
class LoadResult:
    status: str
    slug: str
    warnings: list[str] = field(default_factory=list)
    article_id: int | None = None


def importer_user():
    """Return the inactive user that history shows for the importer's changes."""
    user, created = get_user_model().objects.get_or_create(
        username=IMPORTER_USERNAME, defaults={"is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


class ArticleLoader:
    def __init__(self, *, resolver: EntityResolver, publish: bool = False, dry_run: bool = False):
        self.resolver = resolver
        self.publish = publish
        self.dry_run = dry_run
        self._importer = None

    @property
    def importer(self):
        if self._importer is None:
            self._importer = importer_user()
        return self._importer

    def load(self, source: SourceText, parsed: ParsedArticle, found: Extraction) -> LoadResult:
        """Create, update or keep the article for one source file."""
        existing = Article.objects.filter(source_path=source.path).first()
        if existing is None:
            twin = Article.objects.filter(source_sha256=source.sha256).first()
            if twin is not None:
                warning = f"same content as {twin.source_path}, imported once"
                return LoadResult("unchanged", twin.slug, [warning], twin.pk)
        elif existing.source_sha256 == source.sha256:
            return LoadResult("unchanged", existing.slug, [], existing.pk)
        elif self.edited_by_editor(existing):
            warnings = [f"kept the editor's version: {d}" for d in differences(existing, parsed)]
            return LoadResult("kept-editorial", existing.slug, warnings, existing.pk)
        status = "created" if existing is None else "updated"
        if self.dry_run:
            slug = existing.slug if existing else slugify(parsed.title)[:255]
            return LoadResult(status, slug, [], existing and existing.pk)
        with transaction.atomic():
            article = self.write(existing or Article(), source, parsed, found)
        return LoadResult(status, article.slug, [], article.pk)

    def edited_by_editor(self, article: Article) -> bool:
        """Return whether anyone but the importer changed the article since its import."""
        if article.import_fingerprint != article.editorial_fingerprint():
            return True
        since = {"history_date__gt": article.imported_at}
        histories = [
            Article.history.filter(id=article.pk, **since),
            Mention.history.filter(article_id=article.pk, **since),
            QuoteModel.history.filter(article_id=article.pk, **since),
        ]
        others = (h.exclude(history_user_id=self.importer.pk) for h in histories)
        return any(h.exists() for h in others)

    def write(self, article, source, parsed, found) -> Article:
        # Entities first: the article's version in history then records its links.
        places = {p.name: self.place(p) for p in found.places}
        persons = {p.name: self.person(p) for p in found.persons}
        found_ids = {
            "places": [places[p.name] for p in found.places],
            "organizations": [self.organization(o.name, o.acronym) for o in found.organizations],
            "programs": [self.program(p) for p in found.programs],
            "tags": [self.resolver.tag_id(name) for name in found.tags],
        }
        links = {key: list(dict.fromkeys(ids)) for key, ids in found_ids.items()}
        tag_ids = links.pop("tags")
        is_new = article.pk is None
        article.title, article.body = parsed.title, parsed.body
        article.dateline_id = places.get(found.dateline) if found.dateline else None
        article.source_path, article.source_sha256 = source.path, source.sha256
        article.imported_at = timezone.now()
        if is_new and self.publish:
            article.status, article.published_at = Article.Status.PUBLISHED, article.imported_at
        article.import_fingerprint = article.editorial_fingerprint(found.tags)
        if not is_new:
            raise_version(article)  # an editor's form opened before this update must conflict
        article._history_links = links_snapshot(found, persons, found_ids)
        self.save(article, source)
        self.replace_mentions(article, found, persons, is_new)
        self.replace_quotes(article, found, persons, is_new, source)
        if is_new:
            self.link_new(article, tag_ids, links)
        else:
            article.tags.set(list(Tag.objects.filter(pk__in=tag_ids)))
            for name, ids in links.items():
                getattr(article, name).set(ids)
        return article

    def link_new(self, article: Article, tag_ids, links: dict[str, list[int]]) -> None:
        """Link a new article in one insert per relation (nothing to diff against yet)."""
        TaggedItem = article.tags.through
        TaggedItem.objects.bulk_create(
            [TaggedItem(content_object=article, tag_id=tag_id) for tag_id in tag_ids]
        )
        for name, ids in links.items():
            field = getattr(Article, name).field
            target = f"{field.m2m_reverse_field_name()}_id"
            field.remote_field.through.objects.bulk_create(
                [field.remote_field.through(article_id=article.pk, **{target: pk}) for pk in ids]
            )

    def save(self, instance, source: SourceText | None = None, **kwargs) -> None:
        instance._history_user = self.importer
        where = f" from {source.path}" if source else ""
        instance._change_reason = f"Imported{where}"
        instance.save(**kwargs)
        self.resolver_remember(instance)

    def resolver_remember(self, instance) -> None:
        if isinstance(instance, Person | Organization | Place | Program):
            self.resolver.remember(instance)

    def replace_mentions(self, article, found, persons, is_new) -> None:
        if not is_new:
            article.mentions.all().delete()
        mentions = [
            Mention(
                article=article,
                person_id=persons[p.name],
                role=(p.roles or [""])[0][:300],
                position=position,
            )
            for position, p in enumerate(found.persons)
        ]
        self.bulk_create(mentions, Mention)

    def replace_quotes(self, article, found, persons, is_new, source) -> None:
        if not is_new:
            article.quotes.all().delete()
        quotes = [
            QuoteModel(
                article=article,
                speaker_id=persons.get(q.speaker),
                text=q.text,
                position=position,
                is_fragment=q.is_fragment,
            )
            for position, q in enumerate(found.quotes)
        ]
        self.bulk_create(quotes, QuoteModel)

    def bulk_create(self, objs, model) -> None:
        if objs:
            bulk_create_with_history(
                objs, model, default_user=self.importer, default_change_reason="Imported"
            )

    # Entities are returned as primary keys: most are found in the resolver's index
    # without a query, and links need nothing more.
    def person(self, record) -> int:
        pk = self.resolver.find(Person, record.name)
        for variant in record.variants:
            pk = pk or self.resolver.find(Person, variant)
        if pk is None:
            person = Person(name=record.name, aliases=list(record.variants), needs_review=True)
            self.save(person)
            return person.pk
        new = [n for n in (record.name, *record.variants) if not self.resolver.knows(Person, n, pk)]
        if new:
            person = Person.objects.get(pk=pk)
            person.aliases = [*person.aliases, *new]
            self.save(person)
        return pk

    def place(self, record) -> int:
        pk = self.resolver.find(Place, record.name)
        if pk is None:
            place = Place(name=record.name, kind=record.kind, needs_review=True)
            self.save(place)
            pk = place.pk
        return pk

    def organization(self, name: str, acronym: str | None = None) -> int:
        pk = self.resolver.find_organization(name, acronym)
        if pk is None:
            organization = Organization(name=name, acronym=acronym or "", needs_review=True)
            self.save(organization)
            pk = organization.pk
        return pk

    def program(self, record) -> int:
        pk = self.resolver.find(Program, record.name, phase=record.phase)
        if pk is None and record.acronym:
            pk = self.resolver.find(Program, record.acronym, phase=record.phase)
        program = Program.objects.get(pk=pk) if pk else Program(name=record.name, needs_review=True)
        changed = fill_blanks(
            program,
            phase=record.phase,
            acronym=record.acronym or "",
            starts_on=record.starts_on,
            ends_on=record.ends_on,
            focus_areas=list(record.focus_areas),
        )
        if changed or program.pk is None:
            self.save(program)
        if record.partners and not program.partners.exists():
            program.partners.set([self.organization(name) for name in record.partners])
        return program.pk

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


def links_snapshot(found: Extraction, persons: dict[str, int], found_ids) -> dict:
    """Return the links history records for the article (see articles.link_history).

    Names are those the article uses; ids say which records they resolved to.
    """
    names = {
        "places": [p.name for p in found.places],
        "organizations": [o.name for o in found.organizations],
        "programs": [p.name for p in found.programs],
        "tags": list(found.tags),
    }
    snapshot = {
        key: [{"id": pk, "name": name} for pk, name in first_names(ids, names[key])]
        for key, ids in found_ids.items()
    }
    snapshot["people"] = [
        {"id": persons[p.name], "name": p.name, "role": (p.roles or [""])[0][:300]}
        for p in found.persons
    ]
    return snapshot


def first_names(ids, names) -> list[tuple[int, str]]:
    """Pair each distinct id with the first name that resolved to it."""
    first: dict[int, str] = {}
    for pk, name in zip(ids, names, strict=True):
        first.setdefault(pk, name)
    return list(first.items())


def fill_blanks(instance, **values) -> bool:
    """Set the fields that are still empty; an editor's values are never overwritten."""
    changed = False
    for name, value in values.items():
        if value not in (None, "", []) and getattr(instance, name) in (None, "", []):
            setattr(instance, name, value)
            changed = True
    return changed


def differences(article: Article, parsed: ParsedArticle) -> list[str]:
    """Describe how the source now differs from the article as an editor left it."""
    notes = []
    if article.title != parsed.title:
        notes.append(f"source title is now {parsed.title!r}")
    ours, theirs = article.paragraphs, list(parsed.paragraphs)
    if ours != theirs:
        changed = sum(1 for p in theirs if p not in ours)
        notes.append(f"source body differs in {changed} of {len(theirs)} paragraphs")
    return notes or ["source changed in ways the article does not show"]
