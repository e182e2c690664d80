"""Benchmark settings: production settings plus the bare 'floor' pages (bench/site/urls.py)."""

from newsroom.settings import *  # noqa: F403

ROOT_URLCONF = "bench.site.urls"
# The floors' templates (bench/site/jinja2/), beside the public pages' Jinja2 ones.
TEMPLATES[0]["DIRS"].append(BASE_DIR / "bench" / "site" / "jinja2")  # noqa: F405
