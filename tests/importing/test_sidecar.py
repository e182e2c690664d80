"""Sidecar files: each field parsed or left out with a warning naming the file, the field
and the reason; never an error. No database."""

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from articles.importing.records import SourceMeta
from articles.importing.sidecar import is_sidecar, parse_sidecar, read_sidecar


def parse(document, name="story.json"):
    return parse_sidecar(json.dumps(document).encode(), name=name)


def test_a_full_sidecar_gives_every_field():
    meta, warnings = parse(
        {
            "url": "https://www.example.com/africa/dakar-port-1987",
            "published": "1987-05-12",
            "outlet": "Reuters",
            "authors": ["Amina Bello", "Kofi Mensah"],
            "language": "en-GB",
            "section": "Africa",  # unknown keys are the scraper's business
        }
    )
    assert meta == SourceMeta(
        url="https://www.example.com/africa/dakar-port-1987",
        published=date(1987, 5, 12),
        outlet="Reuters",
        authors=("Amina Bello", "Kofi Mensah"),
        language="en-GB",
    )
    assert warnings == []


def test_a_date_only_stays_a_date_and_a_date_time_keeps_its_offset():
    assert parse({"published": "2019-05-12"})[0].published == date(2019, 5, 12)
    moment = parse({"published": "2019-05-12T23:30:00+05:30"})[0].published
    assert moment == datetime(2019, 5, 12, 23, 30, tzinfo=timezone(timedelta(hours=5.5)))
    assert parse({"published": "2019-05-12T18:00:00Z"})[0].published.tzinfo is not None


def test_a_date_time_without_an_offset_is_read_as_utc():
    assert parse({"published": "2003-11-02T06:15"})[0].published == datetime(
        2003, 11, 2, 6, 15, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By Amina Bello and Kofi Mensah", ("Amina Bello", "Kofi Mensah")),
        ("K.D. Perera; Farah Siddiqui", ("K.D. Perera", "Farah Siddiqui")),
        ("Amina Bello, Kofi Mensah & John Doe", ("Amina Bello", "Kofi Mensah", "John Doe")),
        ("Bello, Amina", ("Bello, Amina",)),
        ("Staff  Reporter", ("Staff Reporter",)),
    ],
)
def test_authors_given_as_one_byline_string_are_split_into_names(byline, names):
    assert parse({"authors": byline})[0].authors == names


def test_authors_as_schema_org_objects_and_repeated_names_give_each_name_once():
    meta, _ = parse({"authors": [{"name": "Lina Haddad"}, "lina haddad", "Omar Saleh"]})
    assert meta.authors == ("Lina Haddad", "Omar Saleh")


@pytest.mark.parametrize(
    "given, tag",
    [("EN", "en"), ("en_us", "en-US"), ("zh-hant-tw", "zh-Hant-TW"), ("es-419", "es-419")],
)
def test_a_language_tag_is_written_in_its_usual_case(given, tag):
    assert parse({"language": given})[0].language == tag


def test_empty_and_null_fields_are_simply_absent():
    assert parse({"url": None, "published": "", "authors": [], "outlet": None}) == (
        SourceMeta(),
        [],
    )


@pytest.mark.parametrize(
    "field, value, reason",
    [
        ("url", "ftp://files.example.org/story.txt", "not an http or https address"),
        ("url", "javascript:alert(1)", "not an http or https address"),
        ("url", "www.example.com/story", "not an http or https address"),
        ("url", "https://example.com/a story", "spaces"),
        ("published", "12/05/1987", "not an ISO date or date-time ('12/05/1987')"),
        ("published", "1987-02-30", "not an ISO date"),
        ("published", 1987, "a number, not a string"),
        ("outlet", ["Reuters"], "a list, not a string"),
        ("authors", 42, "a number, not a list of names or a string"),
        ("authors", ["Amina Bello", 7], "holds a number where a name should be"),
        ("language", "English", "not a BCP 47 language tag"),
        ("language", True, "true or false, not a string"),
    ],
)
def test_a_bad_field_is_a_warning_naming_file_field_and_reason_and_the_rest_is_kept(
    field, value, reason
):
    good = {"outlet": "Daily Graphic", "url": "https://graphic.example.com/x"}
    meta, warnings = parse({**good, field: value}, name="accra-floods.json")
    assert len(warnings) == 1
    assert warnings[0].startswith(f"accra-floods.json: field '{field}' ignored: ")
    assert reason in warnings[0]
    kept = {key: val for key, val in good.items() if key != field}
    assert all(getattr(meta, key) == val for key, val in kept.items())


@pytest.mark.parametrize(
    "data, reason",
    [
        (b'{"url": "https://example.com/x",', "not JSON (Expecting property name"),
        (b"", "not JSON"),
        (b'["https://example.com/x"]', "a list, not a JSON object"),
        (b'"Reuters"', "a string, not a JSON object"),
        ('{"outlet": "Le Soleil"}'.encode("utf-16"), "not UTF-8"),
    ],
)
def test_a_sidecar_that_is_not_a_json_object_is_one_warning_and_no_metadata(data, reason):
    meta, warnings = parse_sidecar(data, name="dakar.json")
    assert meta == SourceMeta()
    assert len(warnings) == 1 and warnings[0].startswith("dakar.json ignored: ")
    assert reason in warnings[0]


def test_a_sidecar_with_a_byte_order_mark_is_read():
    data = '{"outlet": "Le Soleil"}'.encode("utf-8-sig")
    assert parse_sidecar(data, name="x.json") == (SourceMeta(outlet="Le Soleil"), [])


def test_the_sidecar_is_found_beside_the_article_by_its_name(tmp_path):
    article = tmp_path / "lagos-port.txt"
    (tmp_path / "lagos-port.json").write_text('{"outlet": "Vanguard"}')
    assert read_sidecar(article, max_bytes=10_000) == (SourceMeta(outlet="Vanguard"), [])
    assert read_sidecar(tmp_path / "other.txt", max_bytes=10_000) == (SourceMeta(), [])


def test_a_meta_json_sidecar_wins_over_a_plain_json_one_which_is_named_as_ignored(tmp_path):
    article = tmp_path / "colombo.txt"
    (tmp_path / "colombo.json").write_text('{"outlet": "Daily News"}')
    (tmp_path / "colombo.meta.json").write_text('{"outlet": "The Island"}')
    meta, warnings = read_sidecar(article, max_bytes=10_000)
    assert meta.outlet == "The Island"
    assert warnings == ["colombo.json ignored: colombo.meta.json gives the article's metadata"]


def test_a_sidecar_over_the_size_limit_is_ignored_with_a_warning(tmp_path):
    (tmp_path / "big.json").write_text(json.dumps({"outlet": "x" * 500}))
    meta, warnings = read_sidecar(tmp_path / "big.txt", max_bytes=100)
    assert meta == SourceMeta() and "big.json ignored" in warnings[0]


@pytest.mark.parametrize(
    "name, sidecar", [("a.json", True), ("a.meta.json", True), ("A.JSON", True), ("a.txt", False)]
)
def test_json_files_are_sidecars(tmp_path, name, sidecar):
    assert is_sidecar(tmp_path / name) is sidecar
