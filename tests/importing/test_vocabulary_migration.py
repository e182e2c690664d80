"""Migration 0004 loads the default vocabulary and can be reversed."""

import importlib

import pytest
from django.apps import apps

from articles.importing.extract import default_vocabulary
from articles.models import TopicTerm

migration = importlib.import_module("articles.migrations.0004_default_vocabulary")


@pytest.mark.django_db
def test_migrating_loads_every_default_term_with_its_synonyms():
    stored = dict(TopicTerm.objects.values_list("term", "synonyms"))
    assert {t.term: list(t.synonyms) for t in default_vocabulary()}.items() <= stored.items()


@pytest.mark.django_db
def test_the_data_migration_reverses_and_reapplies_without_duplicates():
    terms = [t.term for t in default_vocabulary()]
    migration.unload_vocabulary(apps, None)
    assert not TopicTerm.objects.filter(term__in=terms).exists()
    migration.load_vocabulary(apps, None)
    migration.load_vocabulary(apps, None)
    assert TopicTerm.objects.filter(term__in=terms).count() == len(terms)


synonyms_migration = importlib.import_module("articles.migrations.0007_vocabulary_synonyms")


@pytest.mark.django_db
def test_later_synonyms_reach_a_database_made_before_them_and_keep_the_editors_own():
    added = synonyms_migration.ADDED["terrorism"]
    term = TopicTerm.objects.get(term="terrorism")
    before = [s for s in term.synonyms if s not in added] + ["armed groups"]  # an editor's
    TopicTerm.objects.filter(pk=term.pk).update(synonyms=before)

    synonyms_migration.add_synonyms(apps, None)
    synonyms_migration.add_synonyms(apps, None)

    assert TopicTerm.objects.get(pk=term.pk).synonyms == before + added


@pytest.mark.django_db
def test_a_synonyms_value_of_another_shape_is_left_as_the_editor_wrote_it():
    TopicTerm.objects.filter(term="terrorism").update(synonyms="armed groups")

    synonyms_migration.add_synonyms(apps, None)

    assert TopicTerm.objects.get(term="terrorism").synonyms == "armed groups"


def test_every_later_synonym_is_in_the_default_vocabulary():
    defaults = {t.term: set(t.synonyms) for t in default_vocabulary()}
    for term, synonyms in synonyms_migration.ADDED.items():
        assert set(synonyms) <= defaults[term], term
