"""Related articles: those sharing the most people, programmes and tags with an article.

Only the WINDOW articles published just before it and just after it are candidates, so
the cost stays fixed as the archive grows (a person named in every article once made it
join the whole archive), and news relates to news of about the same time.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Func, OuterRef, Q, Subquery
from taggit.models import TaggedItem

from articles.models import Article, Mention
from articles.story import Story

WINDOW = 200


def links_to(links) -> Func:
    """Return how many of links (a queryset filtered on OuterRef) each candidate has."""
    return Subquery(links.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n"))


def related_articles(story: Story, *, limit: int = 5) -> list[Article]:
    """Return published articles near the story's in time, most shared links first."""
    article = story.article
    person_ids = [mention.person_id for mention in story.mentions]
    program_ids = [program.pk for program in story.programs]
    tag_ids = [tag.pk for tag in story.tags]
    counts = []
    if person_ids:
        mentions = Mention.objects.filter(article=OuterRef("pk"), person__in=person_ids)
        counts.append(links_to(mentions))
    if program_ids:
        programs = Article.programs.through.objects
        counts.append(links_to(programs.filter(article=OuterRef("pk"), program__in=program_ids)))
    if tag_ids:
        tagged = TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Article),
            object_id=OuterRef("pk"),
            tag__in=tag_ids,
        )
        counts.append(links_to(tagged))
    published = Article.objects.published()
    if not counts:
        return []
    before = published.filter(published_at__lte=article.published_at).exclude(pk=article.pk)
    after = published.filter(published_at__gt=article.published_at)
    near = Q(pk__in=before.order_by("-published_at").values("pk")[:WINDOW]) | Q(
        pk__in=after.order_by("published_at").values("pk")[:WINDOW]
    )
    # The candidates are published already; filtering them again would scan the archive.
    ranked = (
        Article.objects.filter(near)
        .annotate(shared=sum(counts[1:], counts[0]))
        .only("title", "slug", "published_at")
        .order_by("-shared", "-published_at")[:limit]
    )
    return [other for other in ranked if other.shared]
