"""Benchmark settings: production settings plus a bare 'floor' page (bench/site/urls.py)."""

from newsroom.settings import *  # noqa: F403

ROOT_URLCONF = "bench.site.urls"
TEMPLATES[0]["DIRS"].append(BASE_DIR / "bench" / "site")  # noqa: F405
