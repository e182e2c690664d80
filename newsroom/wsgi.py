"""WSGI entry point, used by gunicorn (`gunicorn newsroom.wsgi`) and runserver; readers'
cached pages are served in front of Django (articles.caching.PageCacheFront)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

application = get_wsgi_application()

from articles.caching import PageCacheFront  # noqa: E402 (needs the apps loaded)

application = PageCacheFront(application)

# What is loaded by now lives as long as the process. Freezing it keeps it out of the
# collector's full passes, each of which would otherwise stall a request for 30-50 ms;
# garbage left from loading is collected first, not frozen with the rest.
gc.collect()
gc.freeze()
