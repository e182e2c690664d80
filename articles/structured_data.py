"""schema.org JSON-LD for articles and people, safe to place inside a <script> element."""

import json

from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

from articles.models import Person
from articles.story import Story


def news_article_data(story: Story, url: str) -> dict:
    """Return a NewsArticle description of a story."""
    article = story.article
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": url,
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": article.updated_at.isoformat(),
        "publisher": {"@type": "Organization", "name": settings.NEWSROOM_SITE_NAME},
        "about": [{"@type": "Thing", "name": program.display_name} for program in story.programs],
        "description": article.standfirst or None,
        "mentions": [{"@type": "Person", "name": mention.person.name} for mention in story.mentions]
        + [{"@type": "Organization", "name": str(org)} for org in story.organizations]
        + [{"@type": "Place", "name": place.name} for place in story.places],
        "keywords": [tag.name for tag in story.tags],
        "inLanguage": article.source_language or None,
        "isBasedOn": original_data(article),
    }


def original_data(article) -> dict | None:
    """Return a description of the original the article reproduces, or None if unknown."""
    published = article.source_published_as_read
    data = {
        "@type": "NewsArticle",
        "url": article.source_link or None,
        "datePublished": published.isoformat() if published else None,
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
