"""Two import processes on the same files at once create no duplicates (PostgreSQL)."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from articles.models import Article, Organization, Person, Place

ARTICLE = """{title}

ABUJA, 4 June (Reuters) - Nigeria and the African Union (AU) signed a border accord on Tuesday.

“This accord protects families on both sides,” said the Nigerian Minister of Interior, Bello Adamu.

“We will train {n} border officers,” said AU Commissioner Fatima Diallo-Sow.
"""


def importer_process(folder) -> subprocess.Popen:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "1"}
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", str(folder), "--format", "json"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_importers_at_once_create_each_article_and_person_once(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run with DATABASE_URL=postgres://… (CI does)")
    for n in range(25):
        title = f"Nigeria and the AU sign border accord number {n}"
        (tmp_path / f"{n:02}.txt").write_text(ARTICLE.format(title=title, n=n))

    processes = [importer_process(tmp_path), importer_process(tmp_path)]
    outputs = [p.communicate(timeout=300) for p in processes]

    for process, (_, stderr) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, stderr
    summaries = [json.loads(stdout)["summary"] for stdout, _ in outputs]
    assert sum(s["created"] for s in summaries) == 25
    assert sum(s["unchanged"] for s in summaries) == 25
    assert Article.objects.count() == 25
    assert Person.objects.count() == 2
    assert Organization.objects.filter(acronym="AU").count() == 1
    assert Place.objects.filter(name="Abuja").count() == 1
