"""Score the importer's extractor on public annotated news, beside the project's own corpus.

    python -m bench.extraction.run --corpus /work/corpora            # every corpus inside
    python -m bench.extraction.run --corpus /work/corpora/conll2003 --split test
    python -m bench.extraction.run --corpus PATH --errors 10         # misses to learn from

PATH is one corpus folder or a folder holding several; each is recognised by its files
(see docs/benchmarks-extraction.md). Develop on the dev split; report the test split.
A corpus larger than --sample documents is sampled with a fixed seed, so runs compare.
"""

import argparse
import importlib
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from articles.importing.extract.tags import default_vocabulary
from articles.importing.parse import parse_article
from articles.importing.records import Extraction, Rejected
from bench.extraction import conll, gum, own
from bench.extraction.corpus_scoring import FileScore, Tally, total
from bench.extraction.scoring import SCORED, score_document

CONVERTERS = {"conll2003": conll, "gum": gum}
DEFAULT_EXTRACTOR = "articles.importing.extract.RuleExtractor"
SAMPLE = 400
SEED = 13


@dataclass
class Result:
    label: str
    documents: int
    of: int
    scores: list[FileScore]

    @property
    def tallies(self) -> dict[str, Tally]:
        return {kind: t for kind, t in total(self.scores).items() if kind in SCORED}


def corpora(path: Path) -> list[tuple[str, Path]]:
    """Return (converter name, folder) of each corpus at or directly under a path."""
    folders = [path, *sorted(p for p in path.iterdir() if p.is_dir())] if path.is_dir() else []
    found = []
    for folder in folders:
        kind = next((name for name, c in CONVERTERS.items() if c.is_corpus(folder)), None)
        if kind:
            found.append((kind, folder))
            if folder == path:
                break
    return found


def load_extractor(dotted: str):
    """Return an instance of the extractor class a dotted path names."""
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(module), name)()


def extract(extractor, text: str, vocabulary) -> Extraction:
    try:
        parsed = parse_article(text)
    except Rejected:
        return Extraction()
    return extractor.extract(parsed, vocabulary=vocabulary)


def run_corpus(kind: str, folder: Path, split: str, extractor, vocabulary, sample: int):
    documents = CONVERTERS[kind].load(folder, split)
    chosen = documents
    if len(documents) > sample:
        chosen = random.Random(SEED).sample(documents, sample)
    scores = [score_document(d, extract(extractor, d.text, vocabulary)) for d in chosen]
    results = [Result(f"{kind} {split}", len(chosen), len(documents), scores)]
    news = [s for d, s in zip(chosen, scores, strict=True) if d.genre == "news"]
    if len(news) < len(scores):
        of = sum(d.genre == "news" for d in documents)
        results.append(Result(f"{kind} {split} news", len(news), of, news))
    return results


def figures_table(results: list[Result]) -> str:
    """Return precision / recall / F1 of each kind, one column a corpus."""
    width = 20
    head = f"{'kind':<16}" + "".join(f"{r.label:>{width}}" for r in results)
    sub = f"{'':<16}" + "".join(f"{'P    R    F1':>{width}}" for _ in results)
    rows = [head, sub]
    for kind in SCORED:
        cells = []
        for r in results:
            t = r.tallies[kind]
            scored = t.tp + t.fp + t.fn
            cells.append(f"{t.precision:.2f} {t.recall:.2f} {t.f1:.2f}" if scored else "-")
        rows.append(f"{kind:<16}" + "".join(f"{c:>{width}}" for c in cells))
    return "\n".join(rows)


def counts_table(result: Result) -> str:
    inferred = sum(1 for s in result.scores for kind, _ in s.misses if kind == "inferred places")
    rows = [f"{result.label}: {result.documents} of {result.of} documents"]
    rows.append(f"{'kind':<16}{'tp':>6}{'fp':>6}{'fn':>6}")
    for kind, t in result.tallies.items():
        if t.tp + t.fp + t.fn:
            rows.append(f"{kind:<16}{t.tp:>6}{t.fp:>6}{t.fn:>6}")
    rows.append(f"places inferred, not scored: {inferred}")
    return "\n".join(rows)


def errors_report(result: Result, limit: int) -> str:
    """Return up to `limit` false positives and false negatives of each kind."""
    lines = [f"== {result.label}: examples of errors"]
    for kind in SCORED:
        misses = [(s.name, m) for s in result.scores for k, m in s.misses if k == kind]
        groups = (
            ("false positives", [(n, m) for n, m in misses if m.startswith("spurious")]),
            ("false negatives", [(n, m) for n, m in misses if m.startswith("missed")]),
            ("wrong", [(n, m) for n, m in misses if not m.startswith(("spurious", "missed"))]),
        )
        for label, group in groups:
            if group:
                lines.append(f"-- {kind}, {label} ({len(group)}):")
                lines += [f"   {name}: {message}" for name, message in group[:limit]]
    return "\n".join(lines)


def as_json(results: list[Result]) -> dict:
    return {
        r.label: {
            "documents": r.documents,
            **{
                kind: {"p": t.precision, "r": t.recall, "f1": t.f1, "tp": t.tp, "fp": t.fp}
                | {"fn": t.fn}
                for kind, t in r.tallies.items()
            },
        }
        for r in results
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a corpus or a parent folder")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--errors", type=int, default=0, help="examples of errors per kind")
    parser.add_argument("--extractor", default=DEFAULT_EXTRACTOR, help="dotted path of a class")
    parser.add_argument("--sample", type=int, default=SAMPLE, help="documents per corpus at most")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    found = corpora(args.corpus)
    if not found:
        print(f"no corpus recognised at {args.corpus}", file=sys.stderr)
        return 2
    extractor, vocabulary = load_extractor(args.extractor), default_vocabulary()
    started = time.perf_counter()
    results = [
        result
        for kind, folder in found
        for result in run_corpus(kind, folder, args.split, extractor, vocabulary, args.sample)
    ]
    results.append(Result("own corpus", *own.score(extractor, vocabulary)))
    print(f"Extractor {args.extractor}, split {args.split}, {time.perf_counter() - started:.0f}s\n")
    print(figures_table(results), end="\n\n")
    for result in results:
        print(counts_table(result), end="\n\n")
    if args.errors:
        for result in results:
            print(errors_report(result, args.errors), end="\n\n")
    if args.json:
        args.json.write_text(json.dumps(as_json(results), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
