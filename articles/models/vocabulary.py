from django.db import models
from django.utils.text import slugify


class TopicTerm(models.Model):
    """A topic tag the importer may apply, with the phrases that signal it."""

    term = models.CharField(max_length=100, unique=True)
    synonyms = models.JSONField(
        default=list, blank=True, help_text="Phrases that mean this topic, e.g. 'people smuggling'."
    )
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["term"]
        verbose_name = "topic term"

    def __str__(self):
        return self.term

    @property
    def slug(self) -> str:
        return slugify(self.term)
