"""The JSON document `import_articles --format json` prints: a public, stable interface."""

import json
from collections.abc import Iterable
from typing import TextIO

from articles.importing.pipeline import FileOutcome, ImportSummary
from articles.importing.records import SourceMeta


def iso(day) -> str | None:
    return day.isoformat() if day else None


def outcome_json(outcome: FileOutcome) -> dict:
    """Return one file's entry of the report."""
    entry = {
        "path": outcome.path,
        "status": outcome.status,
        "error": outcome.error,
        "warnings": list(outcome.warnings),
        "notes": list(outcome.notes),
    }
    if outcome.status == "rejected":
        entry["rejected_before"] = outcome.rejected_before
    parsed, found = outcome.parsed, outcome.extraction
    if parsed is None or found is None:
        return entry
    entry["article"] = {
        "title": parsed.title,
        "slug": outcome.slug,
        "body": parsed.body,
        "dateline": found.dateline,
        "tags": list(found.tags),
    }
    entry["persons"] = [
        {"name": p.name, "variants": list(p.variants), "roles": list(p.roles)}
        for p in found.persons
    ]
    entry["programs"] = [
        {
            "name": p.name,
            "acronym": p.acronym,
            "phase": p.phase,
            "partners": list(p.partners),
            "starts_on": iso(p.starts_on),
            "ends_on": iso(p.ends_on),
            "focus_areas": list(p.focus_areas),
        }
        for p in found.programs
    ]
    entry["organizations"] = [{"name": o.name, "acronym": o.acronym} for o in found.organizations]
    entry["places"] = [{"name": p.name, "kind": p.kind} for p in found.places]
    entry["quotes"] = [{"speaker": q.speaker, "text": q.text} for q in found.quotes]
    if outcome.source is not None:
        entry["source"] = source_json(outcome.source)
    return entry


def source_json(meta: SourceMeta) -> dict:
    """Return where the article was first published: from its sidecar, or its dateline."""
    return {
        "url": meta.url or None,
        "published": iso(meta.published),
        "outlet": meta.outlet or None,
        "authors": list(meta.authors),
        "language": meta.language or None,
    }


def write_json_report(
    outcomes: Iterable[FileOutcome], summary: ImportSummary, out: TextIO, *, dry_run: bool
):
    """Stream the report: one file entry at a time, so memory does not grow with the run."""
    out.write('{"dry_run": ' + json.dumps(dry_run) + ', "files": [')
    for n, outcome in enumerate(outcomes):
        summary.add(outcome)
        out.write(
            ("," if n else "") + "\n  " + json.dumps(outcome_json(outcome), ensure_ascii=False)
        )
    out.write('\n], "summary": ' + json.dumps(summary.as_dict()) + "}\n")
