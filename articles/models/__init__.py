"""Newsroom models: articles and the people, programmes and places they mention."""

from articles.models.articles import Article, Mention, Quote
from articles.models.entities import Organization, Person, Place, Program
from articles.models.imports import ImportRecord
from articles.models.vocabulary import TopicTerm

__all__ = [
    "Article",
    "ImportRecord",
    "Mention",
    "Organization",
    "Person",
    "Place",
    "Program",
    "Quote",
    "TopicTerm",
]
