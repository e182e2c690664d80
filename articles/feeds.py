"""RSS and Atom feeds: the whole site, and one per tag, person and programme.

Feeds carry text, never markup: a standfirst of `<img src=x onerror=...>` is shown as
those characters. RSS cannot say what is text, and readers take its titles and
descriptions as HTML, so RSS carries them HTML-escaped (as Django's own item_title does,
ticket #6533); Atom says so, with summaries of type "text" (TextAtom1Feed).
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from articles.models import Article, Person, Program
from articles.reads import tag_with_slug

FEED_SIZE = 30


class TextAtom1Feed(Atom1Feed):
    """Atom whose summaries are text (Django's are typed HTML); its titles are text too."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class LatestArticlesFeed(Feed):
    title = "Newsroom: latest articles"
    description = "The latest published articles."
    text = staticmethod(escape)  # how text is written: see the module's docstring

    def link(self, obj=None):
        return obj.get_absolute_url() if obj else reverse("articles:article-list")

    def articles(self, obj):
        return Article.objects.published().prefetch_related("tags")  # the items' categories

    def items(self, obj=None):
        return self.articles(obj)[:FEED_SIZE]

    def item_title(self, item):
        return self.text(item.title)

    def item_description(self, item):
        return self.text(item.standfirst or (item.paragraphs[0] if item.paragraphs else ""))

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
        return self.text(f"Newsroom: {obj.name}")

    def link(self, obj):
        return reverse("articles:tag-detail", kwargs={"slug": obj.slug})

    def description(self, obj):
        return self.text(f"Published articles tagged {obj.name}.")

    def articles(self, obj):
        return super().articles(obj).filter(tags=obj)


class PersonFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Person.objects.public(), slug=slug)

    def title(self, obj):
        return self.text(f"Newsroom: {obj.name}")

    def description(self, obj):
        return self.text(f"Published articles mentioning {obj.name}.")

    def articles(self, obj):
        return super().articles(obj).filter(persons=obj)


class ProgramFeed(PersonFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Program.objects.public(), slug=slug)

    def description(self, obj):
        return self.text(f"Published articles about {obj.display_name}.")

    def articles(self, obj):
        return LatestArticlesFeed.articles(self, obj).filter(programs=obj)


def atom(feed_class):
    """Return the Atom twin of an RSS feed class, whose text goes in as it is."""
    attributes = {"feed_type": TextAtom1Feed, "text": staticmethod(str)}
    return type(f"Atom{feed_class.__name__}", (feed_class,), attributes)
