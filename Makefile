# Newsroom: `make run` serves the site, `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1:8000
export DJANGO_DEBUG ?= 1

.PHONY: run install migrate import serve superuser backup test test-fast test-browser test-html lint chromium axe java vnu bench bench-site bench-extraction wrk clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

# Development settings for every command run by hand too (manage.py reads .env); the
# environment wins over it. Production sets its own variables (README, Production).
.env:
	cp .env.example .env
	@echo "Created .env from .env.example (development settings: DJANGO_DEBUG=1)"

# Reinstall whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed | .env

migrate: install
	$(PY) manage.py migrate --noinput

import: migrate
	$(PY) manage.py import_articles --publish seeds/

serve: install
	$(PY) manage.py runserver $(HOST)

run: import serve

# An editor account: you choose the name and password (there is no default one). Without
# a terminal, or with DJANGO_SUPERUSER_USERNAME exported, it is made from
# DJANGO_SUPERUSER_USERNAME, _EMAIL and _PASSWORD (exported or in .env).
superuser: migrate
	$(PY) manage.py createsuperuser $$( [ -t 0 ] && [ -z "$$DJANGO_SUPERUSER_USERNAME" ] || echo --noinput )

# A portable backup of the database, either kind, that loaddata restores (docs/operations.md).
backup: install
	mkdir -p backups
	$(PY) manage.py dumpdata --natural-foreign --natural-primary -e contenttypes \
	  -e auth.Permission -e sessions -e admin.LogEntry \
	  -o backups/newsroom-$$(date -u +%Y%m%dT%H%M%SZ).json.gz

# Headless Chromium from Debian for the browser tests (never a browser download).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; }

# axe-core (npm) is injected into pages by the accessibility tests; vnu-jar (npm) is the
# W3C Nu HTML validator the markup tests run.
node_modules/.installed: package.json
	npm install --no-audit --no-fund --silent
	touch $@

axe: node_modules/.installed

# A Java runtime from Debian runs the Nu validator (tests/public/test_html_validity.py).
java:
	@command -v java >/dev/null 2>&1 || { \
	  echo "Installing Debian's Java runtime for the HTML validator"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless) >/dev/null; }

vnu: java node_modules/.installed

test: install chromium axe vnu
	$(BIN)/pytest

test-fast: install vnu
	$(BIN)/pytest -m "not browser"

test-browser: install chromium axe
	$(BIN)/pytest -m browser

# Every page type through the Nu validator, in one JVM run (slow: a few seconds).
test-html: install vnu
	$(BIN)/pytest -m slow

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(PY) bench/importing/run.py

# Debian's wrk drives the site benchmark (a native client, so it is not the ceiling).
wrk:
	@command -v wrk >/dev/null 2>&1 || { \
	  echo "Installing Debian's wrk for the site benchmark"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null; }

bench-site: install wrk
	$(PY) bench/site/run.py

# The extractor on public annotated news (docs/benchmarks-extraction.md): CORPUS is one
# corpus folder or a folder of several; SPLIT=test for the figures to report, ERRORS=N
# to print examples of misses.
bench-extraction: install
	$(if $(CORPUS),,$(error give CORPUS=path, e.g. make bench-extraction CORPUS=/work/corpora))
	$(PY) -m bench.extraction.run --corpus $(CORPUS) --split $(or $(SPLIT),dev) \
	  $(if $(ERRORS),--errors $(ERRORS))

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
