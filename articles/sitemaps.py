"""sitemap.xml: published articles and the public pages of what they mention."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import Article, Organization, Person, Place, Program
from articles.reads import public_tags


class ArticleSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at")

    def lastmod(self, item):
        return item.updated_at


class EntitySitemap(Sitemap):
    changefreq = "weekly"

    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model.objects.public().only("slug").order_by("slug")


class TagSitemap(Sitemap):
    def items(self):
        return public_tags().order_by("slug")

    def location(self, item):
        return reverse("articles:tag-detail", kwargs={"slug": item.slug})


SITEMAPS = {
    "articles": ArticleSitemap,
    "people": EntitySitemap(Person),
    "programmes": EntitySitemap(Program),
    "organisations": EntitySitemap(Organization),
    "places": EntitySitemap(Place),
    "tags": TagSitemap,
}
