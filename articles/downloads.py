"""Downloads for the public: the open graph as a zipped snapshot."""

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from articles.caching import content_version
from articles.graph_export import snapshot_zip

SNAPSHOT_SECONDS = 24 * 3600  # longest a snapshot is kept; any public change replaces it


def graph_snapshot(request):
    """Return the public graph as a zip of CSV files, built on demand and cached until
    public content changes (the content version is part of the key)."""
    key = f"graph-snapshot:{content_version()}"
    data = cache.get(key)
    if data is None:
        data = snapshot_zip()
        cache.set(key, data, SNAPSHOT_SECONDS)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="newsroom-graph.zip"'
    patch_cache_control(response, public=True, max_age=0)
    return response
