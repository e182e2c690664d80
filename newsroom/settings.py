"""Newsroom settings, read from the environment and a .env file (see .env.example)."""

import codecs
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_HASHES
from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv

from newsroom.content_security import inline_hash, inline_style_hashes

BASE_DIR = Path(__file__).resolve().parent.parent

# Variables in .env (`make` copies .env.example there for development) apply to every
# command, the server and the tests; a variable already in the environment wins.
load_dotenv(os.environ.get("NEWSROOM_ENV_FILE") or BASE_DIR / ".env", override=False)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_positive_int(name: str, default: int) -> int:
    value = os.environ.get(name) or str(default)
    if not value.isdigit() or int(value) < 1:
        raise ImproperlyConfigured(f"{name}={value!r}: give a whole number of 1 or more")
    return int(value)


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
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "taggit",
    "simple_history",
    "axes",
    "csp",
    "articles",
]

MIDDLEWARE = [
    # Readers' cached pages answer here (and in front of Django, newsroom/wsgi.py), kept
    # with the headers of the middleware below (articles/caching.py).
    "articles.caching.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Every response, static files and cached pages too (newsroom/content_security.py).
    "newsroom.content_security.ContentSecurityPolicyMiddleware",
    "newsroom.content_security.PermissionsPolicyMiddleware",
    # A NUL character in the path or query is answered 400 before any view reads it.
    "newsroom.null_characters.RefuseNullCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "newsroom.staff_sessions.StaffSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes checks every sign-in first and refuses those locked out (docs/operations.md).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
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

# The read API (docs/api.md): anonymous and read-only, JSON, throttled per address.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_CLASSES": ["articles.api.throttles.AnonymousClientThrottle"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Newsroom API",
    "DESCRIPTION": "Published articles and the people, programmes, organisations, places, "
    "topics and quotes they name. Read-only; see docs/api.md.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and Redoc from the drf-spectacular-sidecar package: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "articles.api.schema.document_errors",
    ],
}
# Requests per address for anonymous API clients ('300/minute'); empty: no limit.
NEWSROOM_API_ANON_RATE = os.environ.get("NEWSROOM_API_ANON_RATE", "300/minute")
# Origins other sites' browsers may call the API from (comma-separated); none by default.
CORS_ALLOWED_ORIGINS = env_list("NEWSROOM_API_CORS_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
# dumpdata's JSON keeps microseconds and tag ids, so a backup restores exactly (backup_json).
SERIALIZATION_MODULES = {"json": "newsroom.backup_json"}

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

# Login throttling (django-axes, newsroom/login_throttling.py; docs/operations.md). Failed
# sign-ins are counted in the database in three tiers, each locking out once it reaches its
# limit within AXES_COOLOFF_TIME of its latest failure: an account from one address, an
# address whatever the accounts, an account whatever the addresses.
LOGIN_FAILURE_TIERS = {
    ("username", "ip_address"): env_positive_int("AXES_FAILURE_LIMIT", 5),
    ("ip_address",): env_positive_int("NEWSROOM_LOGIN_ADDRESS_FAILURE_LIMIT", 20),
    ("username",): env_positive_int("NEWSROOM_LOGIN_ACCOUNT_FAILURE_LIMIT", 50),
}
AXES_LOCKOUT_PARAMETERS = [list(parameters) for parameters in LOGIN_FAILURE_TIERS]
NEWSROOM_LOGIN_FAILURE_LIMITS = list(LOGIN_FAILURE_TIERS.values())
AXES_FAILURE_LIMIT = NEWSROOM_LOGIN_FAILURE_LIMITS[0]
AXES_HANDLER = "newsroom.login_throttling.TieredDatabaseHandler"
AXES_COOLOFF_TIME = timedelta(minutes=env_positive_int("NEWSROOM_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_TEMPLATE = "locked_out.html"
AXES_USERNAME_CALLABLE = "newsroom.login_throttling.recorded_username"
# A success must not wipe an address's failures: one account of its own would let an
# attacker try every other account without end.
AXES_RESET_ON_SUCCESS = False
# The client's address: REMOTE_ADDR, unless a proxy in front sets it in a header; behind
# nginx, AXES_IPWARE_META_PRECEDENCE_ORDER=HTTP_X_REAL_IP (docs/operations.md).
AXES_IPWARE_META_PRECEDENCE_ORDER = env_list("AXES_IPWARE_META_PRECEDENCE_ORDER", "REMOTE_ADDR")

# Staff sessions end this long after signing in, after this long without a request, and
# when the browser closes (newsroom/staff_sessions.py). Readers have no sessions.
NEWSROOM_STAFF_SESSION_SECONDS = env_positive_int("NEWSROOM_STAFF_SESSION_SECONDS", 8 * 3600)
NEWSROOM_STAFF_IDLE_SECONDS = env_positive_int("NEWSROOM_STAFF_IDLE_SECONDS", 3600)

# Content-Security-Policy (django-csp; docs/operations.md). Nothing inline runs: a page's
# JSON-LD block is allowed by its hash (newsroom/content_security.py), and the only
# inline styles are the error page's own and one attribute in django-simple-history's
# history list, each allowed by its hash.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, *inline_style_hashes(BASE_DIR / "templates" / "jinja2" / "500.html")],
        "style-src-attr": [UNSAFE_HASHES, inline_hash("border-top: 0")],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Permissions-Policy: the pages use none of these browser features, so none is allowed.
NEWSROOM_PERMISSIONS_POLICY = [
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "usb",
    "xr-spatial-tracking",
]
