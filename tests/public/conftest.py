import pytest
from django.core.cache import cache


@pytest.fixture
def file_cache(settings, tmp_path):
    """A fresh file cache, as every worker process shares in production."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        }
    }
    cache.clear()


@pytest.fixture
def page_cache(settings, file_cache):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60


@pytest.fixture
def memo(settings, file_cache):
    settings.NEWSROOM_MEMO_SECONDS = 300
