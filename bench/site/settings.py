"""Benchmark settings: production settings plus the bare 'floor' pages (bench/site/urls.py)."""

from newsroom.settings import *  # noqa: F403

ROOT_URLCONF = "bench.site.urls"
# TEMPLATES[0] is Jinja2 (the public pages' engine), TEMPLATES[1] Django's own.
TEMPLATES[0]["DIRS"].append(BASE_DIR / "bench" / "site" / "jinja2")  # noqa: F405
TEMPLATES[1]["DIRS"].append(BASE_DIR / "bench" / "site" / "django")  # noqa: F405
