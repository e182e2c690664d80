from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        # Connect the receivers: search index and page cache; links in article history;
        # the start of a staff session (before any request loads its middleware).
        from taggit.models import TaggedItem

        from articles import link_history, signals  # noqa: F401
        from newsroom import staff_sessions  # noqa: F401

        # taggit's natural key of a tagged item is its object id alone, so loading a
        # dump made with --natural-primary finds an article's first tag link for each of
        # the others and overwrites it (django-taggit#931): half the links are lost.
        # natural_key_fields is the hook taggit's NaturalKeyModel reads; the unique
        # triple is the true key.
        TaggedItem.natural_key_fields = ["content_type_id", "object_id", "tag_id"]
