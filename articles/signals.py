"""Keep the SQLite full-text index in step with articles and their quotes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles.models import Article, Quote
from articles.search import index_article


def reindex_later(article_id: int) -> None:
    # After commit: an import writes the article, then its quotes, in one transaction.
    transaction.on_commit(lambda: index_article(article_id))


@receiver(post_save, sender=Article)
@receiver(post_delete, sender=Article)
def article_changed(sender, instance, **kwargs):
    reindex_later(instance.pk)


@receiver(post_save, sender=Quote)
@receiver(post_delete, sender=Quote)
def quote_changed(sender, instance, **kwargs):
    reindex_later(instance.article_id)
