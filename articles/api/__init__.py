"""The read API: what programs get, under /api/, with an OpenAPI 3 schema.

Django REST framework with drf-spectacular (docs/api.md says why): read-only viewsets
over the same public querysets as the pages (Article.objects.published() and the
records a published article names), the public list's filter set, pages cached and
invalidated as the pages are, and anonymous clients throttled.
"""
