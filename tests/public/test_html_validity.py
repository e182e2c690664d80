"""Every page type is valid HTML by the W3C Nu validator (npm's vnu-jar, run on Java)."""

import json
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from tests.factories import make_article, make_organization, make_person, make_place, make_program
from tests.public.page_types import every_page_type

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture(scope="session")
def vnu() -> list[str]:
    """Return the command that runs the Nu validator."""
    java = shutil.which("java")
    if not java or not VNU_JAR.exists():
        pytest.fail("Java or the Nu validator is not installed: run `make vnu`.")
    # One short run: the quick compiler alone and the serial collector start the JVM in
    # about a third of its default time; the quick compiler's code needs a larger stack.
    quick = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m"]
    return [java, *quick, "-jar", str(VNU_JAR)]


def validate(vnu: list[str], pages: dict[str, bytes], folder: Path) -> list[str]:
    """Return the validator's errors and warnings for pages, all checked by one JVM."""
    files = {}
    for n, (url, content) in enumerate(pages.items()):
        files[str(folder / f"page-{n}.html")] = url
        (folder / f"page-{n}.html").write_bytes(content)
    done = subprocess.run(
        [*vnu, "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout, done.stderr
    messages = json.loads(done.stdout)["messages"]
    return [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['type']}"
        f" {m.get('subType', '')} line {m.get('lastLine')}: {m['message']}"
        for m in messages
    ]


@pytest.fixture
def story(django_capture_on_commit_callbacks):
    """An article naming a record of each kind, indexed for search as its commit would."""
    person = make_person("Awa Ndiaye", bio="Minister of the Interior.")
    program = make_program("Safe Borders Programme", acronym="SBP", phase=2)
    program.partners.add(make_organization("European Union"))
    place = make_place("Kaolack")
    # Fraction digits to print, and in the past: replacing them alone may land up to
    # 0.12 s ahead of now, when the article is not yet published.
    published = (timezone.now() - timedelta(minutes=5)).replace(microsecond=123456)
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(
            "Border talks resume",
            standfirst="Talks resumed in Banjul.",
            body="Ministers met on Monday about border talks.\n\nThey agreed a plan.",
            published_at=published,
            dateline=place,
            persons=((person, "Minister of the Interior"),),
            quotes=((person, "We will act now."),),
            programs=(program,),
            organizations=(make_organization("African Union", acronym="AU"),),
            places=(place,),
            tags=("border security",),
            source_url="https://www.example.com/africa/talks",
            source_outlet="Reuters",
            source_authors=["Amina Bello"],
            source_language="en",
            source_published=timezone.make_aware(datetime(2016, 3, 3, 8, 5, 7, 250000)),
            source_published_has_time=True,
        )
        make_article("Earlier talks", persons=((person, "Minister"),), tags=("border security",))
    return article


def test_every_page_type_is_valid_html_with_no_warnings(client, settings, vnu, story, tmp_path):
    article = story
    urls = every_page_type(article)
    pages = {url: client.get(url).content for url in urls}
    settings.ROOT_URLCONF = "tests.public.urls_failing"
    client.raise_request_exception = False
    pages["/failing/ (500)"] = client.get("/failing/").content
    assert b'datetime="' in pages[article.get_absolute_url()]
    assert b"Border talks resume</a>" in pages["/search/?q=border+talks"]

    problems = validate(vnu, pages, tmp_path)
    assert problems == [], "\n".join(problems)
