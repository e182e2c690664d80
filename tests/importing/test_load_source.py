"""The loader stores where and when the original was first published, counts a changed
sidecar as a changed source, and keeps an editor's corrections."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from articles.importing.records import SourceMeta
from articles.importing.rows import source_fields
from articles.models import Article
from tests.importing.test_load import FOUND, PARSED, loader, source

REUTERS = SourceMeta(
    url="https://www.example.com/africa/border-post",
    published=date(1987, 5, 12),
    outlet="Reuters",
    authors=("Amina Bello", "Kofi Mensah"),
    language="en",
)


def with_meta(meta: SourceMeta, sha="a" * 64):
    return replace(source(sha=sha), meta=meta)


@pytest.mark.django_db
def test_a_new_article_keeps_its_sources_address_outlet_authors_language_and_date():
    loader().load(with_meta(REUTERS), PARSED, FOUND)
    article = Article.objects.get()
    assert article.source_url == "https://www.example.com/africa/border-post"
    assert (article.source_outlet, article.source_language) == ("Reuters", "en")
    assert article.source_authors == ["Amina Bello", "Kofi Mensah"]
    assert article.source_published_as_read == date(1987, 5, 12)
    assert article.source_published_has_time is False


@pytest.mark.django_db
@pytest.mark.parametrize("zone", ["UTC", "America/Chicago", "Asia/Kolkata"])
def test_a_date_alone_reads_as_that_date_in_any_site_time_zone(settings, zone):
    settings.TIME_ZONE = zone
    loader().load(with_meta(SourceMeta(published=date(2003, 1, 1))), PARSED, FOUND)
    assert Article.objects.get().source_published_as_read == date(2003, 1, 1)


@pytest.mark.django_db
def test_a_date_and_time_keeps_its_moment_and_says_the_time_is_known():
    moment = datetime(2019, 5, 12, 23, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    loader().load(with_meta(SourceMeta(published=moment)), PARSED, FOUND)
    article = Article.objects.get()
    assert article.source_published == datetime(2019, 5, 12, 18, 0, tzinfo=UTC)
    assert article.source_published_has_time is True
    assert article.source_published_as_read == moment


@pytest.mark.django_db
def test_the_same_text_and_sidecar_again_is_unchanged():
    loader().load(with_meta(REUTERS), PARSED, FOUND)
    assert loader().load(with_meta(REUTERS), PARSED, FOUND).status == "unchanged"


@pytest.mark.django_db
def test_a_changed_sidecar_with_the_same_text_updates_the_importers_article():
    loader().load(with_meta(REUTERS), PARSED, FOUND)
    corrected = replace(REUTERS, outlet="Reuters Africa", published=date(1987, 5, 13))

    result = loader().load(with_meta(corrected), PARSED, FOUND)

    assert result.status == "updated"
    article = Article.objects.get()
    assert article.source_outlet == "Reuters Africa"
    assert article.source_published_as_read == date(1987, 5, 13)


@pytest.mark.django_db
def test_a_sidecar_removed_clears_what_it_gave():
    loader().load(with_meta(REUTERS), PARSED, FOUND)
    assert loader().load(with_meta(SourceMeta()), PARSED, FOUND).status == "updated"
    article = Article.objects.get()
    assert (article.source_url, article.source_authors, article.source_published) == ("", [], None)


@pytest.mark.django_db
def test_an_editors_correction_of_the_source_is_kept_and_the_sidecars_value_is_a_warning(
    django_user_model,
):
    loader().load(with_meta(REUTERS), PARSED, FOUND)
    article = Article.objects.get()
    article.source_outlet = "Reuters (Dakar bureau)"
    article._history_user = django_user_model.objects.create(username="editor")
    article.save()

    result = loader().load(with_meta(replace(REUTERS, language="en-GB")), PARSED, FOUND)

    assert result.status == "kept-editorial"
    article.refresh_from_db()
    assert (article.source_outlet, article.source_language) == ("Reuters (Dakar bureau)", "en")
    assert "kept the editor's version: source outlet is now 'Reuters'" in result.warnings
    assert "kept the editor's version: source language is now 'en-GB'" in result.warnings


@pytest.mark.django_db
def test_a_dry_run_reports_a_changed_sidecar_as_an_update_and_writes_nothing():
    loader().load(with_meta(REUTERS), PARSED, FOUND)
    changed = with_meta(replace(REUTERS, outlet="AFP"))
    assert loader(dry_run=True).load(changed, PARSED, FOUND).status == "updated"
    assert Article.objects.get().source_outlet == "Reuters"


def test_no_metadata_gives_empty_provenance_fields():
    assert source_fields(SourceMeta()) == {
        "source_url": "",
        "source_outlet": "",
        "source_authors": [],
        "source_language": "",
        "source_published": None,
        "source_published_has_time": False,
    }
