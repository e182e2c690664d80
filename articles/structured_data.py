"""schema.org JSON-LD for articles and people, safe to place inside a <script> element.

An article's NewsArticle follows Google's guidance for articles: a headline of at most
110 characters, dates with their offsets, its authors when known, the publisher with its
logo, the page as its main entity, and every address absolute. What is not known is left
out, never given as null.
"""

import json
from collections.abc import Callable

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from articles.models import Article, Person
from articles.story import Story
from articles.timestamps import iso_moment

HEADLINE_LENGTH = 110  # longer headlines are cut short in search results
LOGO = ("img/logo.png", 112, 112)  # a static file, its width and height in pixels


def news_article_data(story: Story, absolute: Callable[[str], str]) -> dict:
    """Return a NewsArticle description of a story; absolute makes a path a full URL."""
    article = story.article
    url = absolute(article.get_absolute_url())
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": Truncator(article.title).chars(HEADLINE_LENGTH),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": iso_moment(article.published_at) if article.published_at else None,
        "dateModified": iso_moment(article.updated_at),
        "author": author_data(article),
        "publisher": publisher_data(absolute),
        "about": [{"@type": "Thing", "name": program.display_name} for program in story.programs],
        "description": article.standfirst or None,
        "mentions": [{"@type": "Person", "name": mention.person.name} for mention in story.mentions]
        + [{"@type": "Organization", "name": str(org)} for org in story.organizations]
        + [{"@type": "Place", "name": place.name} for place in story.places],
        "keywords": [tag.name for tag in story.tags],
        "inLanguage": article.source_language or None,
        "isBasedOn": original_data(article),
    }


def author_data(article: Article) -> list[dict] | None:
    """Return who wrote the article: its original's authors, or else its outlet."""
    if article.source_authors:
        return [{"@type": "Person", "name": name} for name in article.source_authors]
    if article.source_outlet:
        return [{"@type": "Organization", "name": article.source_outlet}]
    return None


def publisher_data(absolute: Callable[[str], str]) -> dict:
    """Return the site as the publisher of its articles, with its logo."""
    path, width, height = LOGO
    return {
        "@type": "Organization",
        "name": settings.NEWSROOM_SITE_NAME,
        "url": absolute(reverse("articles:article-list")),
        "logo": {
            "@type": "ImageObject",
            "url": absolute(static(path)),
            "width": width,
            "height": height,
        },
    }


def original_data(article) -> dict | None:
    """Return a description of the original the article reproduces, or None if unknown."""
    published = article.source_published_as_read
    data = {
        "@type": "NewsArticle",
        "url": article.source_link or None,
        "datePublished": iso_moment(published) if published else None,
        "publisher": {"@type": "Organization", "name": article.source_outlet}
        if article.source_outlet
        else None,
        "author": [{"@type": "Person", "name": name} for name in article.source_authors] or None,
        "inLanguage": article.source_language or None,
    }
    known = {key: value for key, value in data.items() if value is not None}
    return known if len(known) > 1 else None


def person_data(person: Person, url: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": person.name,
        "url": url,
        "alternateName": list(person.aliases),
        "description": person.bio or None,
    }


# As django.utils.html.json_script does: no '<', '>' or '&' can end the script element.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def as_json_ld(data: dict) -> SafeString:
    """Return data as JSON that cannot close or break out of its script element; a
    property with no value (None) is left out rather than given as null."""
    known = {key: value for key, value in data.items() if value is not None}
    return mark_safe(json.dumps(known, ensure_ascii=False).translate(SCRIPT_ESCAPES))
