"""The project's own annotated corpus (tests/fixtures/corpus), scored as its test scores it."""

from pathlib import Path

from articles.importing.decode import read_source
from articles.importing.parse import parse_article
from articles.importing.records import Extraction, Rejected
from bench.extraction.corpus_scoring import FileScore, load_expected, score_file

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "corpus"
MAX_BYTES = 1_000_000


def score(extractor, vocabulary) -> tuple[int, int, list[FileScore]]:
    """Return (documents, of, scores) of the own corpus through decode, parse and extract."""
    scores = []
    for article in sorted(CORPUS.glob("*.txt")):
        expected = load_expected(article.with_suffix(".expected.json"))
        try:
            parsed = parse_article(read_source(article, max_bytes=MAX_BYTES).text)
        except Rejected:
            scores.append(score_file(expected, title="", found=Extraction(), name=article.name))
            continue
        found = extractor.extract(parsed, vocabulary=vocabulary)
        scores.append(score_file(expected, title=parsed.title, found=found, name=article.name))
    return len(scores), len(scores), scores
