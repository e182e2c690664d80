"""The editorial admin, one module per kind of record; importing it registers them all."""

from django.contrib import admin

from articles.admin import articles, entities, imports, tags

admin.site.site_header = "Newsroom editorial"
admin.site.site_title = "Newsroom admin"
admin.site.index_title = "Editorial desk"

__all__ = ["articles", "entities", "imports", "tags"]
