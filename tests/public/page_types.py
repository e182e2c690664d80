"""The address of every page type a published article gives the site."""

from django.utils import timezone


def every_page_type(article) -> list[str]:
    """Return home, a filtered list, the article, its person, programme, organisation and
    place, a topic, its month, a search and a missing page (the article must name one
    record of each kind and the topic 'border security')."""
    when = timezone.localtime(article.published_at)
    person = article.persons.get()
    return [
        "/",
        f"/?tag=border-security&person={person.slug}&page=1",
        article.get_absolute_url(),
        person.get_absolute_url(),
        article.programs.get().get_absolute_url(),
        article.organizations.get().get_absolute_url(),
        article.places.get().get_absolute_url(),
        "/tags/border-security/",
        f"/archive/{when.year}/{when.month:02}/",
        "/search/?q=border+talks",
        "/no-such-page/",
    ]
