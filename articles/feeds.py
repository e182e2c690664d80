"""RSS and Atom feeds: the whole site, and one per tag, person and programme."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from articles.models import Article, Person, Program
from articles.reads import tag_with_slug

FEED_SIZE = 30


class LatestArticlesFeed(Feed):
    title = "Newsroom: latest articles"
    description = "The latest published articles."

    def link(self, obj=None):
        return obj.get_absolute_url() if obj else reverse("articles:article-list")

    def articles(self, obj):
        return Article.objects.published().prefetch_related("tags")  # the items' categories

    def items(self, obj=None):
        return self.articles(obj)[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst or (item.paragraphs[0] if item.paragraphs else "")

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class TagFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        tag = tag_with_slug(slug)
        if tag is None:
            raise Http404("No public topic with this address.")
        return tag

    def title(self, obj):
        return f"Newsroom: {obj.name}"

    def link(self, obj):
        return reverse("articles:tag-detail", kwargs={"slug": obj.slug})

    def description(self, obj):
        return f"Published articles tagged {obj.name}."

    def articles(self, obj):
        return super().articles(obj).filter(tags=obj)


class PersonFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Person.objects.public(), slug=slug)

    def title(self, obj):
        return f"Newsroom: {obj.name}"

    def description(self, obj):
        return f"Published articles mentioning {obj.name}."

    def articles(self, obj):
        return super().articles(obj).filter(persons=obj)


class ProgramFeed(PersonFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Program.objects.public(), slug=slug)

    def description(self, obj):
        return f"Published articles about {obj.display_name}."

    def articles(self, obj):
        return LatestArticlesFeed.articles(self, obj).filter(programs=obj)


def atom(feed_class):
    """Return the Atom twin of an RSS feed class."""
    return type(f"Atom{feed_class.__name__}", (feed_class,), {"feed_type": Atom1Feed})
