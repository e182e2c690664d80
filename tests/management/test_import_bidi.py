"""import_articles removes bidirectional control characters, which would let a title or a
quote display in another order than it is stored (display spoofing), with a warning."""

import json
from pathlib import Path

import pytest

from articles.models import Article, Quote
from tests.management.test_import_articles import report

# Embeddings, overrides and isolates: U+202A-U+202E, U+2066-U+2069.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

SPOOFED = """Minister \u202eseigolopa\u202c after port strike

LAGOS, 3 March (Reuters) - Nigeria's busiest port reopened on Monday after a week-long strike.

“We have reached \u2067an agreement\u2069,” said the Minister of Transport, Adaeze Okafor.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def stored_text() -> str:
    article = Article.objects.get()
    quotes = " ".join(Quote.objects.values_list("text", flat=True))
    return f"{article.title} {article.body} {quotes}"


@pytest.mark.django_db
def test_titles_and_quotes_are_stored_without_bidi_controls_and_the_file_warns(tmp_path):
    (entry,) = report(write(tmp_path, "spoofed.txt", SPOOFED))["files"]

    assert entry["status"] == "created"
    assert not any(c in stored_text() for c in BIDI_CONTROLS)
    assert Article.objects.get().title == "Minister seigolopa after port strike"
    assert "We have reached an agreement," in stored_text()
    assert any("4 bidirectional control character(s)" in w for w in entry["warnings"])


@pytest.mark.django_db
def test_a_sidecars_bidi_controls_are_removed_with_a_warning(tmp_path):
    article = write(tmp_path, "port.txt", SPOOFED.replace("\u202e", "").replace("\u202c", ""))
    sidecar = {"outlet": "The \u202eCourier\u202c", "authors": ["Amina \u2066Bello\u2069"]}
    (tmp_path / "port.json").write_text(json.dumps(sidecar), encoding="utf-8")

    (entry,) = report(article)["files"]

    assert entry["source"]["outlet"] == "The Courier"
    assert entry["source"]["authors"] == ["Amina Bello"]
    assert any(w.startswith("port.json: removed 4 bidirectional") for w in entry["warnings"])
    assert Article.objects.get().source_outlet == "The Courier"
