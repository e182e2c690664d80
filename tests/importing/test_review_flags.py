"""New records keep the extractor's evidence; only doubtful ones are flagged for review."""

from dataclasses import replace

import pytest

from articles.importing.load import ArticleLoader
from articles.importing.records import (
    Evidence,
    Extraction,
    OrganizationRecord,
    ParsedArticle,
    PersonRecord,
    PlaceRecord,
    ProgramRecord,
    SourceText,
)
from articles.importing.resolve import EntityResolver
from articles.models import Organization, Person, Place, Program

SENTENCE = "Gordon Brown, the UK chancellor, said the Debt Relief Facility would start."
PARSED = ParsedArticle(title="Debt relief", paragraphs=(SENTENCE,))
CONFIDENT = Evidence(SENTENCE, "a role in apposition", 0.95)
DOUBTFUL = Evidence("Hanover Re said losses would rise.", "capitalised name beside 'said'", 0.4)


def load(found: Extraction) -> None:
    source = SourceText(path="in/a.txt", sha256="a" * 64, text="", encoding="utf-8")
    ArticleLoader(resolver=EntityResolver()).load(source, PARSED, found)


@pytest.mark.django_db
def test_a_confident_well_formed_person_is_not_flagged_but_keeps_its_evidence():
    load(
        Extraction(
            persons=(PersonRecord("Gordon Brown", roles=("UK chancellor",), evidence=CONFIDENT),)
        )
    )
    person = Person.objects.get()
    assert not person.needs_review
    assert (person.review_reason, person.evidence, person.confidence) == (
        "a role in apposition",
        SENTENCE,
        0.95,
    )


@pytest.mark.django_db
def test_a_doubtful_record_is_flagged_with_its_cue_and_sentence():
    load(Extraction(persons=(PersonRecord("Hanover Re", evidence=DOUBTFUL),)))
    person = Person.objects.get()
    assert person.needs_review
    assert (person.review_reason, person.evidence, person.confidence) == (
        "capitalised name beside 'said'",
        "Hanover Re said losses would rise.",
        0.4,
    )


@pytest.mark.django_db
def test_a_record_without_evidence_is_flagged_saying_so():
    load(Extraction(places=(PlaceRecord("Thiès", "city"),)))
    place = Place.objects.get()
    assert place.needs_review and place.review_reason == "the extractor gave no evidence"


@pytest.mark.django_db
def test_the_review_threshold_is_a_setting(settings):
    settings.NEWSROOM_IMPORT_REVIEW_BELOW = 0.99
    load(Extraction(organizations=(OrganizationRecord("Treasury", evidence=CONFIDENT),)))
    assert Organization.objects.get().needs_review


@pytest.mark.django_db
def test_a_programmes_partners_carry_its_evidence_as_partners():
    program = ProgramRecord(
        "Debt Relief Facility", partners=("World Bank",), evidence=replace(CONFIDENT, cue="x")
    )
    load(Extraction(programs=(program,)))
    partner = Program.objects.get().partners.get()
    assert not partner.needs_review
    assert partner.review_reason == "named as a partner of Debt Relief Facility"
