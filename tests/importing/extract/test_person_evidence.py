"""Each person carries the sentence and cue that found them, and a confidence in it."""

from articles.importing.extract import extract
from articles.importing.extract.people import People
from articles.importing.records import ParsedArticle


def evidence(*paragraphs: str) -> dict:
    return {p.name: p.evidence for p in People(paragraphs).persons}


def test_a_role_in_apposition_is_confident_and_shows_its_sentence():
    found = evidence("Gordon Brown, UK chancellor, said growth would return.")["Gordon Brown"]
    assert found.confidence >= 0.8
    assert found.cue == "role beside the name"
    assert found.sentence == "Gordon Brown, UK chancellor, said growth would return."


def test_said_before_a_titled_name_is_confident():
    found = evidence("“We will not yield,” said Foreign Minister Ahmed Aboul Gheit on Sunday.")
    assert found["Ahmed Aboul Gheit"].confidence >= 0.8


def test_the_sentence_is_the_one_holding_the_name_not_the_whole_paragraph():
    found = evidence("Rain fell all week. Aminata Ndiaye, the mayor, said the port was closed.")
    assert (
        found["Aminata Ndiaye"].sentence == "Aminata Ndiaye, the mayor, said the port was closed."
    )


def test_weak_cues_stay_below_the_review_mark():
    found = evidence(
        "Kwame Mensah and Kofi Boateng, the chairman, were there.",
        "Later Mensah left the hall.",
        "Critics of the Modi government say the reform was rushed.",
    )
    assert found["Kofi Boateng"].confidence >= 0.8
    assert found["Kwame Mensah"].confidence < 0.8  # listed with a person
    assert found["Modi"].confidence < 0.8  # a surname alone


def test_the_strongest_cue_of_several_mentions_is_kept():
    found = evidence(
        "Grace Otieno attended. Otieno was late.",
        "Grace Otieno, the water minister, said the dam was safe.",
    )
    assert found["Grace Otieno"].confidence >= 0.9
    assert "water minister" in found["Grace Otieno"].sentence


def test_extraction_records_carry_the_evidence():
    parsed = ParsedArticle("T", ("Sarah Whitfield QC said the inquiry had failed.",))
    (person,) = extract(parsed, vocabulary=()).persons
    assert person.name == "Sarah Whitfield"
    assert person.evidence is not None and person.evidence.confidence >= 0.8
