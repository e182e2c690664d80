"""Newsroom settings, read from the environment (see .env.example)."""

import codecs
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY to a long random string, or DJANGO_DEBUG=1 for development."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "taggit",
    "simple_history",
    "articles",
]

MIDDLEWARE = [
    # Readers' cached pages answer here (and in front of Django, newsroom/wsgi.py), kept
    # with the headers of the middleware below (articles/caching.py).
    "articles.caching.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A NUL character in the path or query is answered 400 before any view reads it.
    "newsroom.null_characters.RefuseNullCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    # The public pages (newsroom/templating.py); found first, so 404.html and 500.html too.
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "newsroom.templating.environment"},
    },
    # The admin, its overrides in templates/admin, robots.txt and the sitemap.
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and the importer work at once; IMMEDIATE avoids lock upgrades.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Shared by every worker process on the host, so one save invalidates pages everywhere.
# Several hosts: point NEWSROOM_CACHE_DIR at shared storage or use a Redis cache.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("NEWSROOM_CACHE_DIR", str(BASE_DIR / ".cache" / "pages")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

TAGGIT_CASE_INSENSITIVE = True

# Production hardening; `manage.py check --deploy` passes when DJANGO_DEBUG is off.
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# Newsroom's own settings.
NEWSROOM_IMPORT_MAX_BYTES = int(os.environ.get("NEWSROOM_IMPORT_MAX_BYTES", "1000000"))
NEWSROOM_IMPORT_MAX_HEADLINE = 500
# A file that is not UTF-8 is read in this encoding unless its reading is implausible and
# another's is not (docs/importing.md, "Decoding").
NEWSROOM_IMPORT_FALLBACK_ENCODING = os.environ.get("NEWSROOM_IMPORT_FALLBACK_ENCODING", "cp1252")
try:
    codecs.lookup(NEWSROOM_IMPORT_FALLBACK_ENCODING)
except LookupError as exc:
    raise ImproperlyConfigured(
        f"NEWSROOM_IMPORT_FALLBACK_ENCODING={NEWSROOM_IMPORT_FALLBACK_ENCODING!r} is not an"
        " encoding Python knows; use a codec name such as cp1252 or iso8859_15"
    ) from exc
# A record the importer creates is flagged for review when the extractor's confidence in
# it is below this (docs/importing.md, "Confidence and review").
NEWSROOM_IMPORT_REVIEW_BELOW = float(os.environ.get("NEWSROOM_IMPORT_REVIEW_BELOW", "0.8"))
# The class that finds people, places, programmes and quotes in imported articles.
NEWSROOM_EXTRACTOR = os.environ.get(
    "NEWSROOM_EXTRACTOR", "articles.importing.extract.RuleExtractor"
)
NEWSROOM_SITE_NAME = os.environ.get("NEWSROOM_SITE_NAME", "Newsroom")
# Readers' pages are cached this long at most (0 turns the page cache off); any save of
# public content invalidates them at once.
NEWSROOM_PAGE_CACHE_SECONDS = int(os.environ.get("NEWSROOM_PAGE_CACHE_SECONDS", "60"))
# Each worker process also keeps the readers' pages it served last in memory, up to this
# many bytes of page content (a home page is about 15 kB).
NEWSROOM_PAGE_MEMORY_BYTES = int(os.environ.get("NEWSROOM_PAGE_MEMORY_BYTES", "8000000"))
# Costly aggregates (facet counts, list totals, months) are kept under the content version
# this long at most (0 turns it off); pages are still rendered per request.
NEWSROOM_MEMO_SECONDS = int(os.environ.get("NEWSROOM_MEMO_SECONDS", "300"))
