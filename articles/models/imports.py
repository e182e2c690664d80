from django.db import models


class ImportRecord(models.Model):
    """One file seen by one import run: what was found and what was done with it."""

    class Status(models.TextChoices):
        CREATED = "created"
        UPDATED = "updated"
        UNCHANGED = "unchanged"
        KEPT_EDITORIAL = "kept-editorial"
        REJECTED = "rejected"

    path = models.CharField(max_length=1000)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    status = models.CharField(max_length=20, choices=Status.choices)
    error = models.TextField(blank=True)
    warnings = models.JSONField(default=list, blank=True)
    summary = models.JSONField(default=dict, blank=True, help_text="What extraction found.")
    article = models.ForeignKey(
        "articles.Article",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_records",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.path}: {self.status}"
