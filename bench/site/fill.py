"""Fill the benchmark database with N published articles in bulk (python -m bench.site.fill N)."""

import random
import sys
from datetime import timedelta

import django

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.utils import timezone  # noqa: E402
from taggit.models import Tag, TaggedItem  # noqa: E402

from articles.models import Article, Mention, Person, Place, Program, Quote  # noqa: E402
from articles.search_index import rebuild_index  # noqa: E402

PARAGRAPH = (
    "Officials from {place} and their partners met on Thursday to review border talks, "
    "trade corridors and the protection of migrants along the coast. "
)


def fill(size: int, *, seed: int = 3) -> None:
    rng = random.Random(seed)
    now = timezone.now()
    people = Person.objects.bulk_create(
        Person(name=f"Awa Ndiaye {n}", slug=f"awa-ndiaye-{n}", key=f"awa ndiaye {n}")
        for n in range(1, 301)
    )
    programs = Program.objects.bulk_create(
        Program(
            name=f"Border Programme {n}",
            slug=f"border-programme-{n}",
            key=f"border programme {n}",
            acronym="BP",
            phase=n % 3 + 1,
        )
        for n in range(1, 21)
    )
    places = Place.objects.bulk_create(
        Place(name=f"Town {n}", slug=f"town-{n}", key=f"town {n}") for n in range(1, 51)
    )
    tags = [Tag.objects.create(name=name) for name in ("borders", "health", "trade", "migration")]
    articles = Article.objects.bulk_create(
        Article(
            title=f"Story {n}: border talks in town {n % 50}",
            slug=f"story-{n}",
            standfirst="Talks on borders and trade continued.",
            body="\n\n".join(PARAGRAPH.format(place=f"Town {n % 50}") * 3 for _ in range(6)),
            status=Article.Status.PUBLISHED,
            published_at=now - timedelta(minutes=n),
            dateline=places[n % 50],
        )
        for n in range(1, size + 1)
    )
    mentions, quotes, links, places_named, tagged = [], [], [], [], []
    article_type = ContentType.objects.get_for_model(Article)
    for article in articles:
        cast = [people[0], *rng.sample(people[1:], 2)]
        mentions += [
            Mention(article=article, person=p, role="Minister", position=i)
            for i, p in enumerate(cast)
        ]
        quotes += [Quote(article=article, speaker=cast[0], text="We will keep talking.")]
        links.append(Article.programs.through(article=article, program=rng.choice(programs)))
        # As the importer links them: the dateline is among the article's places too.
        places_named.append(Article.places.through(article=article, place=article.dateline))
        tagged += [
            TaggedItem(content_type=article_type, object_id=article.pk, tag=t)
            for t in rng.sample(tags, 2)
        ]
    Mention.objects.bulk_create(mentions, batch_size=2000)
    Quote.objects.bulk_create(quotes, batch_size=2000)
    Article.programs.through.objects.bulk_create(links, batch_size=2000)
    Article.places.through.objects.bulk_create(places_named, batch_size=2000)
    TaggedItem.objects.bulk_create(tagged, batch_size=2000)
    rebuild_index()


if __name__ == "__main__":
    fill(int(sys.argv[1]))
