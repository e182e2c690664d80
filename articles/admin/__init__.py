"""The editorial admin, one module per kind of record; importing it registers them all."""

from articles.admin import articles, entities, imports, tags

__all__ = ["articles", "entities", "imports", "tags"]
