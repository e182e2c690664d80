"""An article as its page shows it: the article and the records it links to.

Seven flat reads, each a Statement (articles/statements.py) compiled once, instead of a
queryset with six prefetches built per request; and, only when a quote's speaker or the
dateline is named nowhere else in the article, one read of whether they have a page.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Mention, Organization, Person, Place, Program, Quote
from articles.reads import named_by_published
from articles.statements import Statement

ARTICLE = Statement(
    lambda slug, now: Article.objects.published(now).select_related("dateline").filter(slug=slug)
)
MENTIONS = Statement(lambda pk: Mention.objects.filter(article=pk).select_related("person"))
QUOTES = Statement(lambda pk: Quote.objects.filter(article=pk).select_related("speaker"))
PROGRAMS = Statement(lambda pk: Program.objects.filter(articles=pk))
ORGANIZATIONS = Statement(lambda pk: Organization.objects.filter(articles=pk))
PLACES = Statement(lambda pk: Place.objects.filter(articles=pk))
PUBLIC_PEOPLE = Statement(
    lambda ids, now: Person.objects.filter(
        named_by_published("persons", now), pk__in=ids
    ).values_list("pk")
)
PUBLIC_PLACE = Statement(
    lambda pk, now: Place.objects.filter(named_by_published("places", now), pk=pk).values_list("pk")
)
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

    # The records with pages of their own that the article names only as a quote's
    # speaker or as its dateline (not among its people or places): they are linked only
    # if some other published article names them.
    linked_speakers: frozenset[int] = frozenset()  # ids of speakers with a page
    dateline_linked: bool = False


def published_story(slug: str) -> Story | None:
    """Return the published article with slug and what it links to, or None."""
    found = ARTICLE.objects(slug=slug, now=timezone.now())
    return story_of(found[0]) if found else None


def story_of(article: Article) -> Story:
    """Return the story of any article, a draft too (for staff previews)."""
    pk = article.pk
    mentions, quotes, places = MENTIONS.objects(pk=pk), QUOTES.objects(pk=pk), PLACES.objects(pk=pk)
    return Story(
        article=article,
        mentions=mentions,
        quotes=quotes,
        programs=PROGRAMS.objects(pk=pk),
        organizations=ORGANIZATIONS.objects(pk=pk),
        places=places,
        tags=TAGS.objects(pk=pk, content_type=ContentType.objects.get_for_model(Article).pk),
        linked_speakers=speakers_with_pages(mentions, quotes),
        dateline_linked=dateline_has_page(article, places),
    )


def speakers_with_pages(mentions: list[Mention], quotes: list[Quote]) -> frozenset[int]:
    """Return the ids of the quotes' speakers whose pages are public: those the article
    names (once it is published) and, in one query, any other a published article names."""
    named = {mention.person_id for mention in mentions}
    others = sorted({q.speaker_id for q in quotes if q.speaker_id} - named)
    public = {pk for (pk,) in PUBLIC_PEOPLE.rows(ids=others, now=timezone.now())}
    return frozenset(named | public)


def dateline_has_page(article: Article, places: list[Place]) -> bool:
    if article.dateline_id is None:
        return False
    if any(place.pk == article.dateline_id for place in places):
        return True
    return bool(PUBLIC_PLACE.rows(pk=article.dateline_id, now=timezone.now()))
