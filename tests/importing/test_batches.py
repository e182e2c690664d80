"""Imports write new articles in batches: the same records as one file at a time, twins
and same-titled articles inside one batch, and a batch that fails falls back to files."""

import pytest
from django.contrib.auth.models import User

from articles import link_history, merging
from articles.importing.extract import RuleExtractor
from articles.importing.pipeline import import_paths
from articles.models import Article, ImportRecord, Person
from articles.search import search_articles

PEOPLE = ["Awa Ndiaye", "Moussa Diop", "Fatou Sarr", "Ibrahima Fall", "Aminata Sow"]
ROLES = ["Minister of the Interior", "Minister of Finance", "Mayor of Thies"]
TOWNS = ["Dakar", "Lagos", "Nairobi", "Accra"]


def article_text(n: int) -> str:
    person, role, town = PEOPLE[n % 5], ROLES[n % 3], TOWNS[n % 4]
    return (
        f"Border post number {n} opens in {town}\n\n"
        f"The government of Senegal opened border post number {n} on Monday, said the "
        f"{role}, {person}.\n\n"
        f"“Post {n} will stop smugglers and human trafficking,” said {person}.\n\n"
        f"Its radio call sign is kq{n:03}z.\n"
    )


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    for n in range(12):
        (folder / f"story-{n:02}.txt").write_text(article_text(n), encoding="utf-8")
    return folder


@pytest.mark.parametrize("batch_size", [1, 5, 100])
@pytest.mark.django_db
def test_every_batch_size_writes_each_article_with_its_people_quotes_history_and_index(
    corpus, batch_size
):
    outcomes = list(
        import_paths([corpus], extractor=RuleExtractor(), publish=True, batch_size=batch_size)
    )
    assert [o.status for o in outcomes] == ["created"] * 12
    for n in range(12):
        article = Article.objects.get(source_path__endswith=f"story-{n:02}.txt")
        person, role = PEOPLE[n % 5], ROLES[n % 3]
        assert article.title == f"Border post number {n} opens in {TOWNS[n % 4]}"
        assert [(m.person.name, m.role) for m in article.mentions.all()] == [(person, role)]
        assert [(q.speaker.name, q.text) for q in article.quotes.all()] == [
            (person, f"Post {n} will stop smugglers and human trafficking")
        ]
        assert "human trafficking" in article.tags.names()
        version = article.history.get()
        assert version.history_change_reason == f"Imported from {article.source_path}"
        current = link_history.snapshots([article.pk])[article.pk]
        assert {k: {e["id"] for e in v} for k, v in version.links.items()} == {
            k: {e["id"] for e in v} for k, v in current.items()
        }
        assert article.import_records.get().status == "created"
        hits = search_articles(f"kq{n:03}z")
        assert [hit.article for hit in hits] == [article]
    assert Person.objects.count() == 5


@pytest.mark.django_db
def test_the_same_bytes_twice_in_one_batch_make_one_article_and_a_warning(tmp_path):
    for name in ("first.txt", "second.txt"):
        (tmp_path / name).write_text(article_text(1), encoding="utf-8")
    first, second = import_paths([tmp_path], extractor=RuleExtractor(), batch_size=100)
    assert (first.status, second.status) == ("created", "unchanged")
    assert second.warnings == [f"same content as {first.path}, imported once"]
    assert second.slug == first.slug != ""
    article = Article.objects.get()
    assert ImportRecord.objects.get(path=second.path).article == article


@pytest.mark.django_db
def test_articles_with_the_same_headline_in_one_batch_get_different_slugs(tmp_path):
    for n in range(3):
        body = article_text(n).split("\n", 1)[1]
        (tmp_path / f"{n}.txt").write_text(f"Border post opens\n{body}", encoding="utf-8")
    outcomes = list(import_paths([tmp_path], extractor=RuleExtractor(), batch_size=100))
    assert [o.slug for o in outcomes] == [
        "border-post-opens",
        "border-post-opens-2",
        "border-post-opens-3",
    ]


@pytest.mark.django_db(transaction=True)
def test_a_batch_that_cannot_be_written_is_written_again_file_by_file(corpus):
    # An editor deletes a person while the import runs: the run's cache still points at
    # the deleted row, so the next batch's mentions break a foreign key on commit.
    run = import_paths([corpus], extractor=RuleExtractor(), batch_size=5)
    first_batch = [next(run) for _ in range(5)]
    assert {o.status for o in first_batch} == {"created"}
    Person.objects.filter(name=PEOPLE[0]).delete()
    rest = list(run)
    assert [o.status for o in rest] == ["created"] * 7
    story_5 = Article.objects.get(source_path__endswith="story-05.txt")
    assert [m.person.name for m in story_5.mentions.all()] == [PEOPLE[0]]
    assert ImportRecord.objects.filter(status="created").count() == 12


@pytest.mark.django_db
def test_files_extracted_by_worker_processes_import_as_they_do_in_one_process(corpus):
    (corpus / "story-03.txt").write_bytes(b"")  # rejected, in order, with its reason
    for n in range(12, 30):
        (corpus / f"story-{n:02}.txt").write_text(article_text(n), encoding="utf-8")
    outcomes = list(import_paths([corpus], extractor=RuleExtractor(), batch_size=5, workers=1))
    assert [o.path.rsplit("-", 1)[1] for o in outcomes] == [f"{n:02}.txt" for n in range(30)]
    assert outcomes[3].status == "rejected" and "empty" in outcomes[3].error
    assert {o.status for o in outcomes[:3] + outcomes[4:]} == {"created"}
    for n in (0, 17, 29):
        article = Article.objects.get(source_path__endswith=f"story-{n:02}.txt")
        assert [m.person.name for m in article.mentions.all()] == [PEOPLE[n % 5]]
    assert ImportRecord.objects.count() == 30


@pytest.mark.django_db
def test_a_file_named_twice_is_imported_once(corpus):
    outcomes = list(
        import_paths(
            [corpus, corpus / "story-01.txt", corpus], extractor=RuleExtractor(), batch_size=100
        )
    )
    assert len(outcomes) == 12 and {o.status for o in outcomes} == {"created"}


@pytest.mark.django_db(transaction=True)
def test_one_file_per_transaction_retries_a_file_whose_cached_person_was_deleted(corpus):
    run = import_paths([corpus], extractor=RuleExtractor(), batch_size=1)
    assert next(run).status == "created"  # story-00 creates PEOPLE[0]
    Person.objects.filter(name=PEOPLE[0]).delete()
    rest = list(run)
    assert [o.status for o in rest] == ["created"] * 11
    story_5 = Article.objects.get(source_path__endswith="story-05.txt")
    assert [m.person.name for m in story_5.mentions.all()] == [PEOPLE[0]]


@pytest.mark.django_db
def test_a_merge_does_not_stop_a_changed_source_from_updating_its_article(corpus):
    editor = User.objects.create_user("eddie")
    list(import_paths([corpus / "story-00.txt"], extractor=RuleExtractor()))
    survivor = Person.objects.create(name="Awa Ndiaye-Sarr")
    merging.merge_entities(
        survivor=survivor, duplicates=[Person.objects.get(name=PEOPLE[0])], user=editor
    )
    story = corpus / "story-00.txt"
    story.write_text(article_text(0) + "\nTalks resume on Friday.\n", encoding="utf-8")
    (outcome,) = import_paths([story], extractor=RuleExtractor())
    assert outcome.status == "updated"
    article = Article.objects.get()
    assert article.body.endswith("Talks resume on Friday.")
    assert [m.person for m in article.mentions.all()] == [survivor]
