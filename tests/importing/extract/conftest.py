from pathlib import Path

import pytest

from articles.importing.decode import read_source
from articles.importing.extract import extract
from articles.importing.extract.tags import default_vocabulary
from articles.importing.parse import parse_article

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"


@pytest.fixture(scope="session")
def extracted():
    """Return a function: fixture article name -> its Extraction."""

    def run(name: str):
        source = read_source(ARTICLES / f"{name}.txt", max_bytes=1_000_000)
        return extract(parse_article(source.text), vocabulary=default_vocabulary())

    return run
