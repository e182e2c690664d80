"""A portable backup (dumpdata with natural keys) loads into a newly migrated database
and gives every row back, on SQLite and on PostgreSQL."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.db import connection
from taggit.models import Tag

from articles.link_history import snapshot_latest
from tests.factories import make_article, make_organization, make_person, make_program
from tests.management.table_digests import table_digests

FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "articles"
DUMP = ["--natural-foreign", "--natural-primary"]
DUMP += ["-e", "contenttypes", "-e", "auth.Permission", "-e", "sessions", "-e", "admin.LogEntry"]


def fill() -> None:
    """Give the database every kind of row an editor's site has."""
    with pytest.raises(CommandError):  # some fixtures are rejected on purpose
        call_command("import_articles", FIXTURES, "--publish", stdout=StringIO(), stderr=StringIO())
    Tag.objects.create(name="obsolete", slug="obsolete").delete()  # a gap in the tag ids
    eu, un = make_organization("European Union"), make_organization("UN Office")
    programme = make_program("Border Aid", phase=2)
    programme.partners.add(eu, un)
    speaker = make_person("Awa Diop")
    article = make_article(
        "Border aid reaches Dakar",
        tags=("migration", "security", "Dakar"),
        persons=((speaker, "minister"),),
        quotes=((speaker, "We act now."),),
        programs=(programme,),
        organizations=(eu,),
    )
    article.title = "Border aid reaches Dakar and Thiès"
    article.save()
    snapshot_latest([article.pk])  # as the admin does: the version's links, tags by id
    make_article("Second tagged story", tags=("migration", "governance"))
    editor = User.objects.create_user("amina", "amina@example.org", "a-long-passphrase-1")
    editor.groups.add(Group.objects.get(name="Editor"))


def restored_database(tmp_path) -> str:
    """Return the URL of a new, empty database beside the test database."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    name = f"{db['NAME']}_restored"
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    with psycopg.connect(host=host, port=port, user=db["USER"], dbname="postgres") as admin:
        admin.autocommit = True
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    return f"postgres://{db['USER']}@{host}:{port}/{name}"


def drop_database(url: str) -> None:
    if url.startswith("postgres://"):
        db = connection.settings_dict
        host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
        with psycopg.connect(host=host, port=port, user=db["USER"], dbname="postgres") as admin:
            admin.autocommit = True
            admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}"')


def manage(url: str, *args: str) -> str:
    """Run a command of this project against the database at url; return its output."""
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "1"}
    done = subprocess.run(
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def restored(tmp_path):
    url = restored_database(tmp_path)
    yield url
    drop_database(url)


@pytest.mark.django_db
def test_dump_loaded_into_a_migrated_database_gives_every_row_back(tmp_path, restored):
    fill()
    dump = tmp_path / "backup.json"
    call_command("dumpdata", *DUMP, output=str(dump), verbosity=0)
    before = table_digests()

    manage(restored, "manage.py", "migrate", "--noinput", "-v", "0")
    manage(restored, "manage.py", "loaddata", str(dump), "-v", "0")
    after = json.loads(manage(restored, "-m", "tests.management.table_digests"))

    assert before["taggit_taggeditem"][0] > before["taggit_tag"][0]  # tags shared by articles
    assert before["articles_historicalprogram_partners"][0] > 0
    assert {t: c for t, (c, _) in after.items()} == {t: c for t, (c, _) in before.items()}
    assert after == before


@pytest.mark.django_db
def test_loading_a_fixture_records_no_history_of_its_own(tmp_path):
    programme = make_program("Sahel Water", phase=1)
    programme.partners.add(make_organization("Water Agency"))
    dump = tmp_path / "programme.json"
    call_command("dumpdata", "articles.Organization", "articles.Program", output=str(dump))
    versions = programme.history.count()

    call_command("loaddata", str(dump), verbosity=0)

    assert programme.history.count() == versions
