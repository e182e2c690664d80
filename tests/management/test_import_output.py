"""What import_articles tells the operator: dry runs, quiet re-runs, errors, progress."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from articles.models import Article

FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "articles"
RESIDUE = FIXTURES / "residue_around_the_body.txt"
CP1252 = FIXTURES / "cp1252_accents_and_pound.txt"
EMPTY = FIXTURES / "empty.txt"


class Terminal(StringIO):
    def isatty(self) -> bool:
        return True


def run(*args, stderr=None) -> tuple[str, str, CommandError | None]:
    """Return the command's stdout, stderr and the CommandError it ended with, if any."""
    out, err = StringIO(), stderr if stderr is not None else StringIO()
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


def folder_of(tmp_path, *files: Path) -> Path:
    for file in files:
        shutil.copy(file, tmp_path / file.name)
    return tmp_path


@pytest.mark.django_db
def test_dry_run_says_what_would_happen_not_what_was_imported(tmp_path):
    out, _, error = run(folder_of(tmp_path, RESIDUE, EMPTY), "--dry-run")

    assert "Imported:" not in out
    assert out.strip().splitlines()[-1] == (
        "Dry run, nothing written: would create 1, update 0, leave 0 unchanged, "
        "keep 0 editors' versions (kept-editorial), reject 1."
    )
    assert str(error) == "1 file(s) would be rejected; see the errors above."


@pytest.mark.django_db
def test_json_report_says_whether_it_was_a_dry_run(tmp_path):
    folder = folder_of(tmp_path, RESIDUE)

    dry = json.loads(run(folder, "--dry-run", "--format", "json")[0])
    real = json.loads(run(folder, "--format", "json")[0])

    assert dry["dry_run"] is True and real["dry_run"] is False
    assert dry["summary"]["created"] == 1 and real["summary"]["created"] == 1


@pytest.mark.django_db
def test_routine_residue_removal_is_a_note_shown_only_at_verbosity_2(tmp_path):
    folder = folder_of(tmp_path, RESIDUE)

    quiet, _, _ = run(folder, "--dry-run")
    verbose, _, _ = run(folder, "--dry-run", "-v", "2")
    report = json.loads(run(folder, "--dry-run", "--format", "json")[0])

    assert "warning" not in quiet and "residue" not in quiet
    assert "note     " in verbose and "of residue" in verbose
    (entry,) = report["files"]
    assert any("of residue" in note for note in entry["notes"])
    assert not any("residue" in warning for warning in entry["warnings"])


@pytest.mark.django_db
def test_a_rerun_of_unchanged_files_is_quiet(tmp_path):
    folder = folder_of(tmp_path, RESIDUE, CP1252)
    first, _, _ = run(folder)

    second, errors, error = run(folder)

    assert "decoded as cp1252" in first
    assert second.strip().splitlines() == [
        "Imported: 0 created, 0 updated, 2 unchanged, 0 kept-editorial, 0 rejected."
    ]
    assert errors == "" and error is None


@pytest.mark.django_db
def test_a_rejection_already_recorded_for_the_same_bytes_is_summarised_once(tmp_path):
    folder = folder_of(tmp_path, RESIDUE, EMPTY)
    _, first_errors, first = run(folder)

    out, errors, error = run(folder)
    verbose, _, _ = run(folder, "-v", "2")
    report = json.loads(run(folder, "--format", "json")[0])

    assert "empty.txt" in first_errors and first is not None
    assert errors == "" and error is None  # known already: the run does not fail again
    assert "1 file(s) rejected before, unchanged: see -v 2." in out
    assert "rejected before, unchanged: " in verbose and "empty.txt" in verbose
    rejected = [f for f in report["files"] if f["status"] == "rejected"]
    assert [f["rejected_before"] for f in rejected] == [True]
    assert report["summary"]["rejected"] == 1


@pytest.mark.django_db
def test_a_rejected_file_whose_bytes_changed_is_reported_and_fails_again(tmp_path):
    folder = folder_of(tmp_path, EMPTY)
    run(folder)
    (folder / "empty.txt").write_text("   \n")

    _, errors, error = run(folder)

    assert "rejected" in errors and "empty.txt" in errors
    assert error is not None


@pytest.mark.django_db
def test_json_failure_points_to_the_report_not_to_errors_above(tmp_path):
    _, _, error = run(folder_of(tmp_path, EMPTY), "--format", "json")

    assert "above" not in str(error)
    assert str(error) == '1 file(s) rejected; see each rejected file\'s "error" in the JSON report.'


def test_an_impossible_since_date_names_the_expected_format():
    with pytest.raises(CommandError) as excinfo:
        call_command("import_articles", "--since", "2026-13-01", stdout=StringIO())

    assert "YYYY-MM-DD" in str(excinfo.value)
    assert "parse_day" not in str(excinfo.value)


@pytest.mark.django_db
def test_a_folder_without_article_files_says_so(tmp_path):
    (tmp_path / "notes.md").write_text("# Notes\n\nNot an article.\n")

    out, errors, error = run(tmp_path)

    assert f"No article files (.txt or .text) in {tmp_path}" in errors
    assert error is None and "0 created" in out


@pytest.mark.django_db
def test_a_named_file_that_is_not_an_article_is_skipped_with_that_reason(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("Shopping list\n\nEggs, milk and bread for the weekend.\n")

    report = json.loads(run(notes, "--format", "json")[0])

    (entry,) = report["files"]
    assert entry["status"] == "rejected"
    assert "not an article (a .md file)" in entry["error"]
    assert "no body" not in entry["error"]
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_terminal_shows_a_progress_bar_with_files_per_second(tmp_path):
    terminal = Terminal()

    run(folder_of(tmp_path, RESIDUE, CP1252), "--dry-run", stderr=terminal)

    assert "files/s" in terminal.getvalue() and "/2 [" in terminal.getvalue()


@pytest.mark.django_db
def test_no_progress_bar_when_output_is_not_a_terminal_or_is_json(tmp_path):
    folder = folder_of(tmp_path, RESIDUE)
    terminal = Terminal()

    _, piped, _ = run(folder, "--dry-run")
    run(folder, "--dry-run", "--format", "json", stderr=terminal)

    assert "files/s" not in piped and "files/s" not in terminal.getvalue()


@pytest.mark.django_db
def test_a_file_deep_in_folders_imports_with_the_end_of_its_path_in_history(tmp_path):
    deep = tmp_path / ("incoming-" * 8) / ("archive-" * 8)
    deep.mkdir(parents=True)
    shutil.copy(RESIDUE, deep / "lagos.txt")

    report = json.loads(run(deep, "--format", "json")[0])

    assert report["files"][0]["status"] == "created"
    (reason,) = Article.history.values_list("history_change_reason", flat=True)
    assert len(reason) <= 100 and reason.startswith("Imported from …")
    assert reason.endswith("archive-/lagos.txt")
