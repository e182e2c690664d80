from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self):
        # Connect the receivers: search index and page cache; links in article history;
        # the start of a staff session (before any request loads its middleware).
        from articles import link_history, signals  # noqa: F401
        from newsroom import staff_sessions  # noqa: F401
