"""Keep the SQLite full-text index and the page cache in step with what readers see."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag, TaggedItem

from articles.caching import bump_content_version
from articles.models import Article, Mention, Organization, Person, Place, Program, Quote
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


PUBLIC_MODELS = {Article, Quote, Mention, Person, Program, Organization, Place, Tag, TaggedItem}


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, **kwargs):
    if sender in PUBLIC_MODELS:
        transaction.on_commit(bump_content_version)


@receiver(m2m_changed)
def links_changed(sender, **kwargs):
    # Tags, an article's programmes, organisations and places, a programme's partners.
    transaction.on_commit(bump_content_version)
