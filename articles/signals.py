"""Keep the full-text index and the page cache in step with what readers see."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag, TaggedItem

from articles.caching import bump_content_version
from articles.commit_hooks import after_commit_once
from articles.models import Article, Mention, Organization, Person, Place, Program, Quote
from articles.search_index import reindex_after_commit


@receiver(post_save, sender=Article)
@receiver(post_delete, sender=Article)
def article_changed(sender, instance, **kwargs):
    reindex_after_commit(instance.pk)


@receiver(post_save, sender=Quote)
@receiver(post_delete, sender=Quote)
def quote_changed(sender, instance, **kwargs):
    reindex_after_commit(instance.article_id)


PUBLIC_MODELS = {Article, Quote, Mention, Person, Program, Organization, Place, Tag, TaggedItem}


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, **kwargs):
    if sender in PUBLIC_MODELS:
        after_commit_once(bump_content_version)


@receiver(m2m_changed)
def links_changed(sender, **kwargs):
    # Tags, an article's programmes, organisations and places, a programme's partners.
    after_commit_once(bump_content_version)
