"""An article as its page shows it: the article and the records it links to.

Seven flat reads, each a Statement (articles/statements.py) compiled once, instead of a
queryset with six prefetches built per request.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Mention, Organization, Place, Program, Quote
from articles.statements import Statement

ARTICLE = Statement(
    lambda slug, now: Article.objects.published(now).select_related("dateline").filter(slug=slug)
)
MENTIONS = Statement(lambda pk: Mention.objects.filter(article=pk).select_related("person"))
QUOTES = Statement(lambda pk: Quote.objects.filter(article=pk).select_related("speaker"))
PROGRAMS = Statement(lambda pk: Program.objects.filter(articles=pk))
ORGANIZATIONS = Statement(lambda pk: Organization.objects.filter(articles=pk))
PLACES = Statement(lambda pk: Place.objects.filter(articles=pk))
TAGS = Statement(
    lambda pk, content_type: Tag.objects.filter(
        taggit_taggeditem_items__object_id=pk,
        taggit_taggeditem_items__content_type_id=content_type,
    ).order_by("name")
)


@dataclass(frozen=True)
class Story:
    article: Article
    mentions: list[Mention] = field(default_factory=list)  # each with its person
    quotes: list[Quote] = field(default_factory=list)  # each with its speaker, if known
    programs: list[Program] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)

    @property
    def person_ids(self) -> frozenset[int]:
        """The people the article names, whose pages are public once it is: a speaker
        it only quotes, or a dateline it does not list, may have no page to link to."""
        return frozenset(mention.person_id for mention in self.mentions)

    @property
    def place_ids(self) -> frozenset[int]:
        return frozenset(place.pk for place in self.places)


def published_story(slug: str) -> Story | None:
    """Return the published article with slug and what it links to, or None."""
    found = ARTICLE.objects(slug=slug, now=timezone.now())
    return story_of(found[0]) if found else None


def story_of(article: Article) -> Story:
    """Return the story of any article, a draft too (for staff previews)."""
    pk = article.pk
    return Story(
        article=article,
        mentions=MENTIONS.objects(pk=pk),
        quotes=QUOTES.objects(pk=pk),
        programs=PROGRAMS.objects(pk=pk),
        organizations=ORGANIZATIONS.objects(pk=pk),
        places=PLACES.objects(pk=pk),
        tags=TAGS.objects(pk=pk, content_type=ContentType.objects.get_for_model(Article).pk),
    )
