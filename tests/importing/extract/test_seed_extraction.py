"""The seed article (seeds/000_3d3d61183dcbb4e9.txt) comes out as an editor would file it."""

from datetime import date
from pathlib import Path

import pytest

from articles.importing.decode import read_source
from articles.importing.extract import extract
from articles.importing.extract.tags import default_vocabulary
from articles.importing.parse import parse_article
from articles.importing.records import OrganizationRecord, PlaceRecord

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_3d3d61183dcbb4e9.txt"
TINE, PISANI = "Jean Baptiste Tine", "Jean Marc Pisani"


@pytest.fixture(scope="module")
def parsed():
    return parse_article(read_source(SEED, max_bytes=1_000_000).text)


@pytest.fixture(scope="module")
def extraction(parsed):
    return extract(parsed, vocabulary=default_vocabulary())


def test_title_and_body_without_repeats_separators_or_navigation(parsed):
    assert parsed.title == (
        "Senegal and the EU launch phase 2 of the program to combat migrant smuggling "
        "and human trafficking"
    )
    assert parsed.paragraphs[0].startswith(
        "The Senegalese government and the European Union (EU) launched"
    )
    assert parsed.paragraphs[-1].endswith("noted Jean-Marc Pisani.")
    assert len(parsed.paragraphs) == 9
    assert not any(
        p == parsed.title or p == "-" or p.startswith(("PREV", "NEXT")) for p in parsed.paragraphs
    )


def test_dateline_and_places(extraction):
    assert extraction.dateline == "Dakar"
    assert set(extraction.places) == {
        PlaceRecord("Senegal", "country"),
        PlaceRecord("Dakar", "city"),
    }


def test_exactly_two_people_with_their_roles_and_spellings(extraction):
    persons = {p.name: p for p in extraction.persons}
    assert set(persons) == {TINE, PISANI}
    assert "Minister of the Interior and Public Security" in persons[TINE].roles
    assert persons[TINE].variants == ()
    assert persons[PISANI].variants == ("Jean-Marc Pisani",)
    assert "EU Ambassador to Dakar" in persons[PISANI].roles


def test_the_european_union_with_its_acronym_is_the_organisation(extraction):
    assert extraction.organizations == (OrganizationRecord("European Union", "EU"),)


def test_one_programme_with_acronym_phase_partners_end_and_focus_areas(extraction):
    (program,) = extraction.programs
    assert (program.name, program.acronym, program.phase) == (
        "Joint Operational Partnership",
        "POC",
        2,
    )
    assert program.partners == ("Senegal", "European Union")
    assert (program.starts_on, program.ends_on) == (None, date(2026, 11, 30))
    assert program.focus_areas == (
        "strengthening the skills of specialized security forces or those stationed on the "
        "borders in the detection of trafficking",
        "cross-border intelligence",
        "the securing of border areas",
    )


def test_quotes_and_their_speakers(extraction):
    quotes = {q.text.split()[0]: q for q in extraction.quotes}
    assert quotes["In"].speaker == TINE and not quotes["In"].is_fragment
    assert quotes["In"].text.endswith("security needs of Senegal")  # no trailing comma
    assert quotes["Fighting"].speaker == PISANI  # opened with a closing mark
    assert quotes["strengthening"].speaker == PISANI
    assert quotes["consolidate"].speaker == PISANI  # 'he explained'
    assert quotes["support"].speaker == PISANI
    fragment = quotes["the"]
    assert fragment.text == "the strategy of prevention and anticipation"
    assert (fragment.speaker, fragment.is_fragment) == (TINE, True)
    assert len(extraction.quotes) == 6


def test_tags_include_the_programmes_topics(extraction):
    assert {"migrant smuggling", "human trafficking"} <= set(extraction.tags)
