"""The extractor scored on a held-out corpus, annotated by hand apart from the extractor.

Each tests/fixtures/corpus/NN_<shape>.txt goes through decode, parse and extract; its
NN_<shape>.expected.json holds what a careful editor would record. The score table is
printed on every run; FLOORS are the precision and recall the extractor must keep.
"""

import importlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from articles.importing.records import (
    Extraction,
    OrganizationRecord,
    PersonRecord,
    PlaceRecord,
    ProgramRecord,
    QuoteRecord,
    Rejected,
)
from bench.extraction.corpus_scoring import (
    FileScore,
    format_table,
    load_expected,
    score_file,
    total,
)

# Both precision and recall of each kind must reach its floor. Roles, programme phases
# and dates are printed but not asserted; titles must all be exact.
FLOORS = {
    "persons": 0.9,
    "quote speakers": 0.9,
    "quotes": 0.9,
    "places": 0.8,
    "organizations": 0.7,
    "programs": 0.7,
    "tags": 0.7,
    "dateline": 0.8,
}
CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
MAX_BYTES = 1_000_000
# The broad topics the annotations may use; each must be a term of the default vocabulary.
TOPICS = {
    "migrant smuggling",
    "human trafficking",
    "terrorism",
    "border security",
    "organised crime",
    "drug trafficking",
    "money laundering",
    "irregular migration",
    "elections",
    "corruption",
    "public health",
    "climate change",
    "food security",
    "infrastructure",
    "education",
    "energy",
}


def corpus_articles() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def annotation_of(article: Path) -> dict:
    return load_expected(article.with_suffix(".expected.json"))


def load_pipeline():
    """Return the stages and vocabulary, or skip while a stage module is not written yet."""
    try:
        decode, parse, extraction, tags = (
            importlib.import_module(f"articles.importing.{name}")
            for name in ("decode", "parse", "extract", "extract.tags")
        )
    except ImportError as exc:
        if not (exc.name or "").startswith("articles.importing"):
            raise
        pytest.skip(f"the extraction pipeline is not complete yet: {exc}")
    return decode.read_source, parse.parse_article, extraction.extract, tags.default_vocabulary()


@pytest.fixture(scope="module")
def corpus_scores() -> list[FileScore]:
    read_source, parse_article, extract, vocabulary = load_pipeline()
    scores = []
    for article in corpus_articles():
        expected = annotation_of(article)
        try:
            parsed = parse_article(read_source(article, max_bytes=MAX_BYTES).text)
        except Rejected as exc:
            score = score_file(expected, title="", found=Extraction(), name=article.name)
            score.misses.insert(0, ("titles", f"rejected: {exc}"))
        else:
            found = extract(parsed, vocabulary=vocabulary)
            score = score_file(
                expected, title=parsed.title, found=found, name=article.name, topics=TOPICS
            )
        scores.append(score)
    return scores


def below_floor_report(below: dict, scores: list[FileScore]) -> str:
    lines = [
        f"{kind}: precision {t.precision:.2f}, recall {t.recall:.2f} (floor {FLOORS[kind]})"
        for kind, t in below.items()
    ]
    for score in scores:
        misses = [f"    {kind}: {message}" for kind, message in score.misses if kind in below]
        if misses:
            lines += [f"  {score.name}", *misses]
    return "\n".join(lines)


def test_extraction_scores_reach_the_floors(corpus_scores, capsys, record_property):
    tallies = total(corpus_scores)
    with capsys.disabled():  # shown in every run of `make test`, passing or not
        print(f"\n\nExtraction scores on {len(corpus_scores)} held-out articles")
        print(format_table(tallies), end="\n\n")
    for kind, t in tallies.items():
        record_property(f"corpus {kind}", f"p={t.precision:.3f} r={t.recall:.3f} f1={t.f1:.3f}")
    below = {
        kind: t
        for kind, t in tallies.items()
        if kind in FLOORS and min(t.precision, t.recall) < FLOORS[kind]
    }
    assert not below, "below the floor:\n" + below_floor_report(below, corpus_scores)


def test_every_title_is_read_exactly(corpus_scores):
    wrong = [f"{s.name}: {m}" for s in corpus_scores for kind, m in s.misses if kind == "titles"]
    assert not wrong, "\n".join(wrong)


def test_annotated_topics_are_terms_of_the_default_vocabulary():
    *_, vocabulary = load_pipeline()
    assert TOPICS - {term.term for term in vocabulary} == set()


# The corpus itself: enough articles, each annotation well formed and taken verbatim
# from its article, so a typo in an annotation cannot pass for an extractor's miss.


def test_corpus_has_at_least_22_articles_each_with_its_annotation():
    articles = corpus_articles()
    annotations = sorted(CORPUS.glob("*.expected.json"))
    assert len(articles) >= 22
    assert [a.with_suffix(".expected.json") for a in articles] == annotations


@pytest.mark.parametrize("article", corpus_articles(), ids=lambda path: path.stem)
def test_annotation_is_taken_verbatim_from_its_article(article):
    text = article.read_text(encoding="utf-8")
    expected = annotation_of(article)
    assert expected["title"] == text.splitlines()[0]
    phrases = [
        *(p["name"] for p in expected["persons"]),
        *(v for p in expected["persons"] for v in p["variants"]),
        *(o["name"] for o in expected["organizations"]),
        *(o["acronym"] for o in expected["organizations"] if o["acronym"]),
        *(p["name"] for p in expected["programs"]),
        *(q["text_start"] for q in expected["quotes"]),
    ]
    assert [phrase for phrase in phrases if phrase not in text] == []
    # Roles and places in any case: 'NIAMEY, Niger (AP) —' names Niamey.
    loose = [
        *(r for p in expected["persons"] for r in p["roles"]),
        *(p["name"] for p in expected["places"]),
    ]
    assert [r for r in loose if r.casefold() not in text.casefold()] == []
    if expected["dateline"]:
        assert expected["dateline"].casefold() in text.casefold()


@pytest.mark.parametrize("article", corpus_articles(), ids=lambda path: path.stem)
def test_annotation_follows_the_schema(article):
    expected = annotation_of(article)
    assert set(expected) == {
        *("title", "dateline", "persons", "organizations"),
        *("places", "programs", "quotes", "tags"),
    }
    assert {p["kind"] for p in expected["places"]} <= {"country", "city", "region"}
    assert set(expected["tags"]) <= TOPICS
    names = {p["name"] for p in expected["persons"]}
    assert {q["speaker"] for q in expected["quotes"]} - {None} <= names
    for program in expected["programs"]:
        for when in (program["starts_on"], program["ends_on"]):
            assert when is None or date.fromisoformat(when)
    for quote in expected["quotes"]:
        assert len(quote["text_start"].split()) <= 10


# The scorer, on hand-built records: it must not pass what it should fail.

SEED = {
    "title": "Senegal and the EU launch phase 2 of the program",
    "dateline": "Dakar",
    "persons": [
        {
            "name": "Jean Baptiste Tine",
            "variants": [],
            "roles": ["Minister of the Interior and Public Security"],
        },
        {
            "name": "Jean-Marc Pisani",
            "variants": ["Jean Marc Pisani"],
            "roles": ["EU Ambassador to Dakar"],
        },
    ],
    "organizations": [{"name": "European Union", "acronym": "EU"}],
    "places": [{"name": "Senegal", "kind": "country"}, {"name": "Dakar", "kind": "city"}],
    "programs": [
        {
            "name": "Joint Operational Partnership",
            "acronym": "POC 2",
            "phase": 2,
            "starts_on": None,
            "ends_on": "2026-11-30",
        }
    ],
    "quotes": [
        {
            "speaker": "Jean Baptiste Tine",
            "text_start": "In its thematic approach, POC 2 thus covers",
            "fragment": False,
        },
        {
            "speaker": "Jean-Marc Pisani",
            "text_start": "strengthening the skills of specialized security forces",
            "fragment": True,
        },
    ],
    "tags": ["migrant smuggling", "human trafficking"],
}
TINE_QUOTE = QuoteRecord(
    "In its thematic approach, POC 2 thus covers a broad spectrum of actions",
    "Jean Baptiste Tine",
)
PERFECT = Extraction(
    dateline="DAKAR",
    persons=(
        PersonRecord(
            "Jean Baptiste Tine", (), ("Senegalese Minister of the Interior and Public Security",)
        ),
        PersonRecord("Jean Marc Pisani", ("Jean-Marc Pisani",), ("EU Ambassador to Dakar",)),
    ),
    organizations=(OrganizationRecord("European Union", "EU"),),
    places=(PlaceRecord("Senegal", "country"), PlaceRecord("Dakar", "city")),
    programs=(
        ProgramRecord("Joint Operational Partnership", "POC 2", 2, ends_on=date(2026, 11, 30)),
    ),
    quotes=(
        TINE_QUOTE,
        QuoteRecord(f"“{SEED['quotes'][1]['text_start']} on the borders”", "Jean-Marc Pisani"),
    ),
    tags=("human trafficking", "migrant smuggling"),
)


def seed_score(found: Extraction, title: str = SEED["title"]) -> FileScore:
    return score_file(SEED, title=title, found=found, name="seed")


def test_perfect_extraction_scores_one_on_every_kind():
    tallies = seed_score(PERFECT).tallies
    assert {kind: (t.tp > 0, t.precision, t.recall) for kind, t in tallies.items()} == {
        kind: (True, 1.0, 1.0) for kind in tallies
    }


def test_empty_extraction_recalls_nothing():
    tallies = seed_score(Extraction(), title="").tallies
    # A programme's phase and dates are scored only once the programme itself is found.
    del tallies["program phases"], tallies["program dates"]
    assert {kind: (t.tp, t.recall) for kind, t in tallies.items()} == {
        kind: (0, 0.0) for kind in tallies
    }
    assert tallies["persons"].fn == 2


def test_person_found_twice_counts_once_as_found_and_once_as_spurious():
    found = replace(PERFECT, persons=(*PERFECT.persons, PersonRecord("Jean-Marc Pisani")))
    persons = seed_score(found).tallies["persons"]
    assert (persons.tp, persons.fp, persons.fn) == (2, 1, 0)


def test_day_taken_for_a_person_lowers_precision_not_recall():
    found = replace(PERFECT, persons=(*PERFECT.persons, PersonRecord("Thursday Dakar")))
    persons = seed_score(found).tallies["persons"]
    assert persons.precision == pytest.approx(2 / 3)
    assert persons.recall == 1.0


def test_role_matches_when_one_contains_the_other_and_not_otherwise():
    tine = PersonRecord("Jean Baptiste Tine", (), ("Minister of Health",))
    found = replace(PERFECT, persons=(tine, PERFECT.persons[1]))
    roles = seed_score(found).tallies["roles"]
    assert (roles.tp, roles.fp, roles.fn) == (1, 1, 1)


def test_quote_given_to_the_wrong_speaker_is_found_but_misattributed():
    wrong = replace(TINE_QUOTE, speaker="Jean-Marc Pisani")
    tallies = seed_score(replace(PERFECT, quotes=(wrong, PERFECT.quotes[1]))).tallies
    assert (tallies["quotes"].tp, tallies["quotes"].fp) == (2, 0)
    speakers = tallies["quote speakers"]
    assert (speakers.tp, speakers.fp, speakers.fn) == (1, 1, 1)


def test_unannotated_fragment_is_ignored_but_an_unannotated_quote_is_spurious():
    extra = (
        QuoteRecord("the strategy of prevention and anticipation", None, is_fragment=True),
        QuoteRecord("Fighting migrant smuggling is of paramount importance", "Jean-Marc Pisani"),
    )
    quotes = seed_score(replace(PERFECT, quotes=(*PERFECT.quotes, *extra))).tallies["quotes"]
    assert (quotes.tp, quotes.fp, quotes.fn) == (2, 1, 0)


def test_quote_cut_short_still_matches_but_a_different_quote_does_not():
    cut = QuoteRecord("In its thematic approach", "Jean Baptiste Tine")
    other = QuoteRecord("In its view", "Jean Baptiste Tine")
    assert seed_score(replace(PERFECT, quotes=(cut,))).tallies["quotes"].tp == 1
    assert seed_score(replace(PERFECT, quotes=(other,))).tallies["quotes"].tp == 0


def test_programme_matched_by_acronym_has_its_phase_and_dates_scored():
    poc = ProgramRecord("POC", "POC 2", 1, ends_on=date(2026, 11, 1))
    found = replace(PERFECT, programs=(poc,))
    tallies = seed_score(found).tallies
    assert tallies["programs"].tp == 1
    assert (tallies["program phases"].fp, tallies["program phases"].fn) == (1, 1)
    assert (tallies["program dates"].fp, tallies["program dates"].fn) == (1, 1)


def test_unannotated_region_is_ignored_but_an_unannotated_city_is_spurious():
    extra = (PlaceRecord("Sahel", "region"), PlaceRecord("Verruyes", "city"))
    places = seed_score(replace(PERFECT, places=(*PERFECT.places, *extra))).tallies["places"]
    assert (places.tp, places.fp, places.fn) == (2, 1, 0)


def test_missing_dateline_and_wrong_title_are_misses():
    tallies = seed_score(replace(PERFECT, dateline=None), title="Senegal").tallies
    assert (tallies["dateline"].tp, tallies["dateline"].fn) == (0, 1)
    assert (tallies["titles"].tp, tallies["titles"].fp, tallies["titles"].fn) == (0, 1, 1)


def test_table_has_a_row_per_kind_with_precision_recall_and_f1():
    table = format_table(total([seed_score(PERFECT), seed_score(Extraction(), title="")]))
    assert table.splitlines()[0].split() == ["kind", "tp", "fp", "fn", "precision", "recall", "f1"]
    assert "persons" in table and "quote speakers" in table
