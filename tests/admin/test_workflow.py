from datetime import timedelta

import pytest
from django.utils import timezone

from articles import workflow
from articles.models import Article, Person
from tests.factories import make_article, make_person

Status = Article.Status


def fresh(article: Article) -> Article:
    return Article.objects.get(pk=article.pk)


@pytest.mark.django_db
def test_publish_stamps_now_on_articles_without_a_publication_time(editor):
    draft = make_article(status=Status.DRAFT)
    before = timezone.now()
    assert workflow.publish(articles=[draft], user=editor) == 1
    draft = fresh(draft)
    assert draft.status == Status.PUBLISHED
    assert draft.published_at >= before
    assert Article.objects.published().filter(pk=draft.pk).exists()


@pytest.mark.django_db
def test_publish_keeps_a_future_publication_time_so_the_article_is_scheduled(editor):
    tomorrow = timezone.now() + timedelta(days=1)
    article = make_article(status=Status.IN_REVIEW, published_at=tomorrow)
    workflow.publish(articles=[article], user=editor)
    article = fresh(article)
    assert article.status == Status.PUBLISHED
    assert article.published_at == tomorrow
    assert not Article.objects.published().filter(pk=article.pk).exists()


@pytest.mark.django_db
def test_publishing_an_already_published_article_changes_nothing(editor):
    article = make_article()
    assert workflow.publish(articles=[article], user=editor) == 0
    assert fresh(article).version == 1


@pytest.mark.django_db
def test_unpublish_returns_the_article_to_draft_and_off_the_site(editor):
    article = make_article()
    assert workflow.unpublish(articles=[article], user=editor) == 1
    assert fresh(article).status == Status.DRAFT
    assert not Article.objects.published().exists()


@pytest.mark.django_db
def test_archive_takes_any_status_to_archived(editor):
    articles = [make_article(), make_article(status=Status.DRAFT)]
    assert workflow.archive(articles=articles, user=editor) == 2
    assert set(Article.objects.values_list("status", flat=True)) == {Status.ARCHIVED}


@pytest.mark.django_db
def test_submit_for_review_moves_only_drafts(editor):
    draft, published = make_article(status=Status.DRAFT), make_article()
    assert workflow.submit_for_review(articles=[draft, published], user=editor) == 1
    assert fresh(draft).status == Status.IN_REVIEW
    assert fresh(published).status == Status.PUBLISHED


@pytest.mark.django_db
def test_each_workflow_change_raises_the_version_and_is_recorded_with_its_user(editor):
    article = make_article(status=Status.DRAFT)
    workflow.publish(articles=[article], user=editor)
    assert fresh(article).version == 2
    latest = fresh(article).history.first()
    assert (latest.history_user, latest.history_change_reason) == (editor, "Published")
    assert latest.status == Status.PUBLISHED


@pytest.mark.django_db
def test_add_tag_reuses_an_existing_tag_of_another_case_and_skips_tagged_articles(editor):
    tagged, untagged = make_article(tags=("Migration",)), make_article()
    assert workflow.add_tag(articles=[tagged, untagged], name="migration", user=editor) == 1
    assert list(untagged.tags.names()) == ["Migration"]
    assert fresh(tagged).version == 1
    assert fresh(untagged).history.first().history_change_reason == "Tagged Migration"


@pytest.mark.django_db
def test_remove_tag_untags_only_the_given_articles(editor):
    chosen, other = make_article(tags=("Asylum", "Courts")), make_article(tags=("Asylum",))
    assert workflow.remove_tag(articles=[chosen], name="asylum", user=editor) == 1
    assert list(chosen.tags.names()) == ["Courts"]
    assert list(other.tags.names()) == ["Asylum"]


def test_status_choices_leave_out_published_and_archived_for_reporters(editor, reporter):
    values = {value for value, _ in workflow.status_choices(reporter)}
    assert values == {Status.DRAFT, Status.IN_REVIEW}
    assert len(workflow.status_choices(editor)) == 4


@pytest.mark.django_db
def test_confirm_entities_clears_the_review_flag_and_records_who_confirmed(editor):
    pending, confirmed = make_person(needs_review=True), make_person()
    assert workflow.confirm_entities(entities=[pending, confirmed], user=editor) == 1
    assert not Person.objects.needing_review().exists()
    latest = Person.history.filter(id=pending.pk).first()
    assert (latest.history_user, latest.history_change_reason) == (editor, "Confirmed")
