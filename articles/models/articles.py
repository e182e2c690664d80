"""Articles, the people they mention (with the role stated there) and their quotes."""

import hashlib
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from articles.models.entities import Organization, Person, Place, Program
from articles.models.slugs import slug_url, unique_slug


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Return articles a reader may see: published, and not scheduled for later than
        now (the present unless given)."""
        now = timezone.now() if now is None else now
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now)


def validate_names(value) -> None:
    """Allow only a list of names (strings), as readers are shown them."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValidationError('Give a list of names, such as ["Amina Bello", "Kofi Mensah"].')


class LinksSnapshot(models.Model):
    """Adds to each historical article the links it had then (see articles.link_history)."""

    links = models.JSONField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "review", "In review"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=255, unique=True)
    standfirst = models.TextField(blank=True, help_text="A one or two sentence summary.")
    body = models.TextField(help_text="Plain paragraphs separated by a blank line.")
    dateline = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="datelined_articles"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Raised on every save; guards against lost edits."
    )

    tags = TaggableManager(blank=True)
    persons = models.ManyToManyField(Person, through="Mention", related_name="articles")
    programs = models.ManyToManyField(Program, blank=True, related_name="articles")
    organizations = models.ManyToManyField(Organization, blank=True, related_name="articles")
    places = models.ManyToManyField(Place, blank=True, related_name="articles")

    # Provenance: where the importer found it and what it last wrote.
    source_path = models.CharField(max_length=1000, blank=True)
    source_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    imported_at = models.DateTimeField(null=True, blank=True)
    import_fingerprint = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        help_text="Digest of the text the importer last wrote; differs once an editor edits.",
    )
    # Where and when the original was first published (its sidecar file or dateline).
    source_url = models.URLField(
        max_length=2000,
        blank=True,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="The original's canonical address (http or https).",
    )
    source_outlet = models.CharField(
        max_length=200, blank=True, help_text="Who first published it: 'Reuters', 'Le Soleil'."
    )
    source_authors = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_names],
        help_text='Its authors, as a list: ["Amina Bello"].',
    )
    source_language = models.CharField(
        max_length=35, blank=True, help_text="Its language, a BCP 47 tag: 'en', 'fr-SN'."
    )
    source_published = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the original was first published (a date alone: midnight, and "
        "'time known' unticked).",
    )
    source_published_has_time = models.BooleanField(
        "time known",
        default=False,
        help_text="Whether the source gave the time of day, shown to readers, or only the date.",
    )

    history = HistoricalRecords(excluded_fields=["version"], bases=[LinksSnapshot])
    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_public_idx"),
            # The importer looks articles up by path; SQLite cannot use the partial unique
            # index below for that.
            models.Index(fields=["source_path"], name="article_source_path_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source_path"],
                condition=~Q(source_path=""),
                name="article_unique_source_path",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="published_article_has_date",
            ),
        ]
        permissions = [
            ("publish_article", "Can publish, unpublish and archive articles"),
            ("merge_entities", "Can merge duplicate records"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title, max_length=255)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("articles:article-detail", self.slug)

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]

    @property
    def is_public(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def source_published_as_read(self) -> date | datetime | None:
        """Return the original's publication date, or its date and time if the source
        gave one."""
        if self.source_published is None or self.source_published_has_time:
            return self.source_published
        # A date alone is stored as its midnight in the site's time zone.
        return timezone.localtime(self.source_published, timezone.get_default_timezone()).date()

    @property
    def source_link(self) -> str:
        """Return the original's address if it is safe to link to (http or https)."""
        scheme = self.source_url.split(":", 1)[0].lower()
        return self.source_url if scheme in ("http", "https") else ""

    def editorial_fingerprint(self, tag_names=None) -> str:
        """Return a digest of what both editors and the importer write.

        The importer stores it after each write; a different value later means someone
        else changed the article, so a re-import must not overwrite it.
        """
        if tag_names is None:
            tag_names = self.tags.names()
        tags = ",".join(sorted(name.casefold() for name in tag_names))
        text = "\x1f".join([self.title, self.standfirst, self.body, str(self.dateline_id), tags])
        return hashlib.sha256(text.encode()).hexdigest()


class Mention(models.Model):
    """A person named in an article, with the role the article gives them."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    role = models.CharField(max_length=300, blank=True)
    position = models.PositiveIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="mention_unique_person")
        ]

    def __str__(self):
        return f"{self.person} ({self.role})" if self.role else str(self.person)


class Quote(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    text = models.TextField()
    position = models.PositiveIntegerField(default=0, help_text="Order within the article.")
    is_fragment = models.BooleanField(
        default=False, help_text="A phrase quoted inside a sentence rather than a full quote."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="quote_unique_position")
        ]
        # A person's page reads their quotes in the articles it lists: one seek each,
        # where the speaker's index alone walks every quote of a person quoted daily.
        indexes = [models.Index(fields=["speaker", "article"], name="quote_speaker_article_idx")]

    def __str__(self):
        return self.text[:80]
