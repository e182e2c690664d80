from pathlib import Path

import pytest

from articles.importing.decode import read_source
from articles.importing.extract import extract
from articles.importing.extract.tags import default_vocabulary
from articles.importing.parse import parse_article

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"


def parse_fixture(name: str):
    """Return the parsed article of tests/fixtures/articles/<name>.txt."""
    source = read_source(ARTICLES / f"{name}.txt", max_bytes=1_000_000)
    return parse_article(source.text)


@pytest.fixture(scope="session")
def extracted():
    """Return a function: fixture article name -> its Extraction."""

    def run(name: str):
        return extract(parse_fixture(name), vocabulary=default_vocabulary())

    return run
