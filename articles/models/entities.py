"""People, programmes, organisations and places: the records articles mention."""

from datetime import date, timedelta

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from articles.models.slugs import slug_url, unique_slug
from articles.text import fold_key


class EntityQuerySet(models.QuerySet):
    def needing_review(self):
        return self.filter(needs_review=True)

    def public(self):
        """Return the entities mentioned by at least one published article."""
        from articles.models.articles import Article

        published = Article.objects.published()
        return self.filter(articles__in=published).distinct()


class Entity(models.Model):
    """Fields every named record shares: its name, matching key, aliases and review flag.

    `key` is the folded name (see articles.text.fold_key); the importer matches on it and
    on the folded `aliases`, so a name an editor renamed or merged away keeps resolving
    to the surviving record.
    """

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    key = models.CharField(max_length=300, unique=True, editable=False)
    aliases = models.JSONField(
        default=list, blank=True, help_text="Other spellings of the name, used for matching."
    )
    needs_review = models.BooleanField(
        default=False, db_index=True, help_text="Created by the importer; not yet confirmed."
    )
    # What the importer saw when it created the record, for the editor who reviews it.
    review_reason = models.CharField(
        "why review", max_length=200, blank=True, help_text="The importer's cue and its doubt."
    )
    evidence = models.TextField(blank=True, help_text="The sentence the importer found it in.")
    confidence = models.FloatField(
        null=True, blank=True, help_text="The importer's confidence in the record, 0 to 1."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EntityQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = self.matching_key()
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def matching_key(self) -> str:
        return fold_key(self.name)


class Person(Entity):
    bio = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta(Entity.Meta):
        verbose_name_plural = "people"

    def get_absolute_url(self):
        return slug_url("articles:person-detail", self.slug)


class Organization(Entity):
    acronym = models.CharField(max_length=30, blank=True, db_index=True)

    history = HistoricalRecords()

    class Meta(Entity.Meta):
        pass

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self):
        return slug_url("articles:organization-detail", self.slug)


class Place(Entity):
    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        CITY = "city", "City"
        REGION = "region", "Region"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.CITY)

    history = HistoricalRecords()

    class Meta(Entity.Meta):
        pass

    def get_absolute_url(self):
        return slug_url("articles:place-detail", self.slug)


# A programme this close to its end date (or closer) is "ending soon".
ENDING_SOON = timedelta(days=90)


class Standing(models.TextChoices):
    """Where a programme stands on a given day, from its start and end dates."""

    UPCOMING = "upcoming", "Upcoming"
    ACTIVE = "active", "Active"
    ENDING_SOON = "ending-soon", "Ending soon"
    ENDED = "ended", "Ended"


class ProgramQuerySet(EntityQuerySet):
    def standing(self, standing: Standing, today: date):
        """Return the programmes that stand so on today, as Program.standing_on says."""
        started = Q(starts_on__isnull=True) | Q(starts_on__lte=today)
        dated = Q(starts_on__isnull=False) | Q(ends_on__isnull=False)
        soon = today + ENDING_SOON
        return self.filter(
            {
                Standing.UPCOMING: Q(starts_on__gt=today),
                Standing.ENDED: Q(ends_on__lt=today),
                Standing.ENDING_SOON: started & Q(ends_on__gte=today, ends_on__lte=soon),
                Standing.ACTIVE: dated & started & (Q(ends_on__isnull=True) | Q(ends_on__gt=soon)),
            }[standing]
        )


class Program(Entity):
    """A named programme or initiative; each phase is its own record."""

    acronym = models.CharField(max_length=30, blank=True, db_index=True)
    phase = models.PositiveSmallIntegerField(null=True, blank=True)
    description = models.TextField(blank=True)
    partners = models.ManyToManyField(Organization, blank=True, related_name="programs")
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    focus_areas = models.JSONField(default=list, blank=True)

    history = HistoricalRecords(m2m_fields=[partners])

    objects = ProgramQuerySet.as_manager()

    class Meta(Entity.Meta):
        verbose_name = "programme"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_on__isnull=True)
                | models.Q(ends_on__isnull=True)
                | models.Q(starts_on__lte=models.F("ends_on")),
                name="program_starts_before_it_ends",
            )
        ]

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.display_name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("articles:program-detail", self.slug)

    def matching_key(self) -> str:
        return program_key(self.name, self.phase)

    @property
    def display_name(self) -> str:
        label = f"{self.name} ({self.acronym})" if self.acronym else self.name
        return f"{label}, phase {self.phase}" if self.phase else label

    def standing_on(self, today: date) -> Standing | None:
        """Return where the programme stands on today; None when it has no dates. It
        runs through its end date; "ending soon" within ENDING_SOON of it."""
        if self.starts_on is None and self.ends_on is None:
            return None
        if self.starts_on is not None and today < self.starts_on:
            return Standing.UPCOMING
        if self.ends_on is None:
            return Standing.ACTIVE
        if self.ends_on < today:
            return Standing.ENDED
        return Standing.ENDING_SOON if self.ends_on - today <= ENDING_SOON else Standing.ACTIVE


def program_key(name: str, phase: int | None) -> str:
    """Return the matching key of a programme: its folded name plus its phase."""
    return f"{fold_key(name)}#{phase}" if phase else fold_key(name)
