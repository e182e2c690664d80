"""The real-corpus scorer and runner, on hand-built records and a made-up corpus."""

from articles.importing.records import (
    Extraction,
    OrganizationRecord,
    PersonRecord,
    PlaceRecord,
    QuoteRecord,
)
from bench.extraction import run
from bench.extraction.documents import BenchDocument, GoldName, GoldQuote
from bench.extraction.scoring import score_document

DOCUMENT = BenchDocument(
    name="made-up",
    title="Harbour reopens",
    paragraphs=(
        "LAGOS - Ngozi Adeyemi of the Nigerian Ports Authority said Britain and the U.S. "
        "would send dredgers.",
        '"We are ready to work," Adeyemi said. "It is a good day," said Musa Bello.',
    ),
    persons=(GoldName("Ngozi Adeyemi", ("Adeyemi",)), GoldName("Musa Bello")),
    organizations=(GoldName("Nigerian Ports Authority", ("NPA",)),),
    places=(GoldName("LAGOS"), GoldName("Britain"), GoldName("U.S.")),
    quotes=(
        GoldQuote("We are ready to work,", "Ngozi Adeyemi", ("Adeyemi",)),
        GoldQuote("It is a good day,", "Musa Bello"),
    ),
)
PERFECT = Extraction(
    persons=(PersonRecord("Ngozi Adeyemi"), PersonRecord("Musa Bello")),
    organizations=(OrganizationRecord("Nigerian Ports Authority", "NPA"),),
    places=(
        PlaceRecord("Lagos", "city"),
        PlaceRecord("United Kingdom", "country"),
        PlaceRecord("United States", "country"),
    ),
    quotes=(
        QuoteRecord("We are ready to work,", "Ngozi Adeyemi"),
        QuoteRecord("It is a good day,", "Musa Bello"),
    ),
)


def tallies(found: Extraction, document: BenchDocument = DOCUMENT) -> dict:
    scored = score_document(document, found).tallies
    return {kind: (t.tp, t.fp, t.fn) for kind, t in scored.items() if t.tp + t.fp + t.fn}


def with_(**changes) -> Extraction:
    return Extraction(**{**PERFECT.__dict__, **changes})


def test_a_perfect_extraction_finds_every_kind_without_error():
    assert tallies(PERFECT) == {
        "persons": (2, 0, 0),
        "organizations": (1, 0, 0),
        "places": (3, 0, 0),
        "quotes": (2, 0, 0),
        "quote speakers": (2, 0, 0),
    }


def test_an_empty_extraction_misses_everything():
    assert tallies(Extraction()) == {
        "persons": (0, 0, 2),
        "organizations": (0, 0, 1),
        "places": (0, 0, 3),
        "quotes": (0, 0, 2),
        "quote speakers": (0, 0, 2),
    }


def test_a_surname_alone_matches_but_a_second_record_for_the_person_is_spurious():
    alone = with_(persons=(PersonRecord("Adeyemi"), PersonRecord("Musa Bello")))
    assert tallies(alone)["persons"] == (2, 0, 0)
    twice = with_(persons=(*PERFECT.persons, PersonRecord("Adeyemi")))
    assert tallies(twice)["persons"] == (2, 1, 0)


def test_a_full_name_ending_an_annotated_title_and_name_matches():
    titled = BenchDocument(
        **{**DOCUMENT.__dict__, "persons": (GoldName("Harbour Master Musa Bello"),)}
    )
    found = with_(persons=(PersonRecord("Musa Bello"),))
    assert tallies(found, titled)["persons"] == (1, 0, 0)
    surname = with_(persons=(PersonRecord("Bello"),))
    assert tallies(surname, titled)["persons"] == (0, 1, 1)


def test_roles_are_scored_for_recall_only_on_the_matched_person():
    gold = (
        GoldName("Ngozi Adeyemi", roles=("harbour master",)),
        GoldName("Musa Bello", roles=("pilot",)),
    )
    document = BenchDocument(**{**DOCUMENT.__dict__, "persons": gold, "annotates_roles": True})
    found = with_(
        persons=(
            PersonRecord("Ngozi Adeyemi", roles=("Lagos harbour master", "engineer")),
            PersonRecord("Musa Bello"),
        )
    )
    assert tallies(found, document)["roles"] == (1, 0, 1)
    assert "roles" not in tallies(found)


def test_an_organisation_matches_by_its_acronym_or_initials():
    by_acronym = with_(organizations=(OrganizationRecord("NPA"),))
    assert tallies(by_acronym)["organizations"] == (1, 0, 0)
    dotted = BenchDocument(**{**DOCUMENT.__dict__, "organizations": (GoldName("N.P.A."),)})
    assert tallies(PERFECT, dotted)["organizations"] == (1, 0, 0)


def test_a_place_matches_under_its_gazetteer_name_or_its_initials():
    assert tallies(PERFECT)["places"] == (3, 0, 0)


def test_a_place_inferred_without_its_name_in_the_text_is_not_scored():
    found = with_(places=(*PERFECT.places, PlaceRecord("Nigeria", "country")))
    assert tallies(found)["places"] == (3, 0, 0)
    written = with_(places=(*PERFECT.places, PlaceRecord("Harbour", "city")))
    assert tallies(written)["places"] == (3, 1, 0)


def test_a_quote_matches_by_overlap_of_its_words():
    longer = QuoteRecord('"We are ready to work," Adeyemi said.', "Ngozi Adeyemi")
    assert tallies(with_(quotes=(longer, PERFECT.quotes[1])))["quotes"] == (2, 0, 0)
    other = QuoteRecord("The dredgers will arrive in May.", "Musa Bello")
    assert tallies(with_(quotes=(other, PERFECT.quotes[1])))["quotes"] == (1, 1, 1)


def test_a_speaker_is_right_by_any_annotated_name_or_the_same_surname():
    by_surname = QuoteRecord("It is a good day,", "Bello")
    quotes = (QuoteRecord("We are ready to work,", "Adeyemi"), by_surname)
    assert tallies(with_(quotes=quotes))["quote speakers"] == (2, 0, 0)
    wrong = (QuoteRecord("We are ready to work,", "Musa Bello"), PERFECT.quotes[1])
    assert tallies(with_(quotes=wrong))["quote speakers"] == (1, 1, 1)


def test_a_quote_without_a_named_speaker_is_right_only_without_a_speaker():
    unnamed = BenchDocument(
        **{**DOCUMENT.__dict__, "quotes": (GoldQuote("It is a good day,", None),)}
    )
    unattributed = with_(quotes=(QuoteRecord("It is a good day,", None),))
    assert tallies(unattributed, unnamed)["quote speakers"] == (1, 0, 0)
    attributed = with_(quotes=(QuoteRecord("It is a good day,", "Musa Bello"),))
    assert tallies(attributed, unnamed)["quote speakers"] == (0, 1, 0)


def test_a_fragment_or_an_unscored_passage_is_never_spurious():
    extra = (
        QuoteRecord("good day", None, is_fragment=True),
        QuoteRecord("a floating harbour", None),
    )
    document = BenchDocument(**{**DOCUMENT.__dict__, "unscored_quotes": ("a floating harbour",)})
    assert tallies(with_(quotes=(*PERFECT.quotes, *extra)), document)["quotes"] == (2, 0, 0)


def test_a_kind_the_corpus_does_not_annotate_is_not_scored():
    names_only = BenchDocument(name="n", title="t", paragraphs=("p",), persons=())
    assert tallies(PERFECT, names_only) == {"persons": (0, 2, 0)}


CONLL = """-DOCSTART- -X- -X- O

PORTS NN B-NP O
REOPEN VBP B-VP O
IN IN B-PP O
LAGOS NNP B-NP B-LOC
. . O O

Ngozi NNP B-NP B-PER
Adeyemi NNP I-NP I-PER
reopened VBD B-VP O
the DT B-NP O
port NN I-NP O
in IN B-PP O
Lagos NNP B-NP B-LOC
. . O O
"""


def test_a_parent_folder_names_every_corpus_inside_it(tmp_path):
    (tmp_path / "conll").mkdir()
    (tmp_path / "conll" / "valid.txt").write_text(CONLL, encoding="utf-8")
    (tmp_path / "notes").mkdir()
    assert run.corpora(tmp_path) == [("conll2003", tmp_path / "conll")]
    assert run.corpora(tmp_path / "conll") == [("conll2003", tmp_path / "conll")]
    assert run.corpora(tmp_path / "notes") == []


class FirstTwoWords:
    """An extractor that takes the first two words of the body for a person."""

    def extract(self, parsed, *, vocabulary):
        return Extraction(persons=(PersonRecord(" ".join(parsed.paragraphs[0].split()[:2])),))


def test_a_corpus_runs_through_parse_and_the_extractor_its_dotted_path_names(tmp_path):
    (tmp_path / "valid.txt").write_text(CONLL, encoding="utf-8")
    extractor = run.load_extractor(f"{__name__}.FirstTwoWords")
    [result] = run.run_corpus("conll2003", tmp_path, "dev", extractor, (), sample=10)
    assert (result.label, result.documents, result.of) == ("conll2003 dev", 1, 1)
    assert (result.tallies["persons"].tp, result.tallies["places"].fn) == (1, 1)
    assert "persons" in run.figures_table([result])
    figures = run.as_json([result])["conll2003 dev"]
    assert figures["persons"] == {"tp": 1, "fp": 0, "fn": 0, "r": 1.0, "p": 1.0, "f1": 1.0}
    assert "quotes" not in figures


def test_the_default_extractor_is_the_rules():
    assert type(run.load_extractor(run.DEFAULT_EXTRACTOR)).__name__ == "RuleExtractor"
