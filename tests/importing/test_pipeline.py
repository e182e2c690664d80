"""The pipeline receives its extractor: the one the NEWSROOM_EXTRACTOR setting names by
default, any class with the same method instead, in one process or in forked workers."""

import pickle
import threading

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importing.extract import RuleExtractor
from articles.importing.pipeline import configured_extractor, import_paths
from articles.importing.records import Extraction, PersonRecord
from articles.models import Article

ARTICLE = "Harbour reopens\n\nThe harbour reopened on Monday after the storm, officials said.\n"


class OnePersonExtractor:
    """Finds the same person in every article, whatever it says."""

    def extract(self, parsed, *, vocabulary):
        return Extraction(persons=(PersonRecord("Nadia Haddad", (), ("harbour master",)),))


class UnpicklableExtractor(OnePersonExtractor):
    """Holds what cannot be pickled, as a loaded statistical model may."""

    def __init__(self):
        self.lock = threading.Lock()


def write_articles(folder, count: int):
    for n in range(count):
        (folder / f"harbour-{n}.txt").write_text(ARTICLE.replace("Monday", f"day {n}"))
    return folder


def test_the_default_extractor_is_the_rules(settings):
    assert isinstance(configured_extractor(), RuleExtractor)


def test_the_setting_names_the_extractor_class(settings):
    settings.NEWSROOM_EXTRACTOR = "tests.importing.test_pipeline.OnePersonExtractor"
    assert isinstance(configured_extractor(), OnePersonExtractor)


@pytest.mark.parametrize(
    "dotted", ["no.such.module.Extractor", "articles.importing.extract.NoSuchClass", "nodots"]
)
def test_a_path_that_cannot_be_imported_is_a_configuration_error_naming_the_setting(
    settings, dotted
):
    settings.NEWSROOM_EXTRACTOR = dotted
    with pytest.raises(ImproperlyConfigured, match=f"NEWSROOM_EXTRACTOR = '{dotted}'"):
        configured_extractor()


def test_a_path_to_something_without_an_extract_method_is_a_configuration_error(settings):
    settings.NEWSROOM_EXTRACTOR = "articles.importing.records.Extraction"
    with pytest.raises(ImproperlyConfigured, match="is not an extractor"):
        configured_extractor()


@pytest.mark.django_db
def test_the_command_imports_with_the_extractor_the_setting_names(settings, tmp_path):
    settings.NEWSROOM_EXTRACTOR = "tests.importing.test_pipeline.OnePersonExtractor"
    call_command("import_articles", str(write_articles(tmp_path, 1)), verbosity=0)
    article = Article.objects.get()
    assert [(m.person.name, m.role) for m in article.mentions.all()] == [
        ("Nadia Haddad", "harbour master")
    ]


@pytest.mark.django_db
def test_the_command_reports_a_bad_extractor_setting_as_a_command_error(settings, tmp_path):
    settings.NEWSROOM_EXTRACTOR = "no.such.Extractor"
    with pytest.raises(CommandError, match="NEWSROOM_EXTRACTOR"):
        call_command("import_articles", str(write_articles(tmp_path, 1)), verbosity=0)
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_forked_workers_use_the_extractor_given_even_one_that_cannot_be_pickled(tmp_path):
    extractor = UnpicklableExtractor()
    with pytest.raises(TypeError):
        pickle.dumps(extractor)
    folder = write_articles(tmp_path, 7)
    outcomes = list(import_paths([folder], extractor=extractor, batch_size=2, workers=1))
    assert [o.status for o in outcomes] == ["created"] * 7
    assert {o.extraction.persons[0].name for o in outcomes} == {"Nadia Haddad"}
