"""The loader: the only stage that writes. Records are built by hand here."""

from datetime import date

import pytest

from articles.importing.load import IMPORTER_USERNAME, ArticleLoader
from articles.importing.records import (
    Extraction,
    OrganizationRecord,
    ParsedArticle,
    PersonRecord,
    PlaceRecord,
    ProgramRecord,
    QuoteRecord,
    SourceText,
)
from articles.importing.resolve import EntityResolver
from articles.models import Article, Mention, Organization, Person, Place, Program, Quote
from articles.text import fold_key

PARSED = ParsedArticle(
    title="Kenya and the AU open a border post",
    paragraphs=(
        "NAIROBI - Kenya and the African Union (AU) opened a post.",
        "“It matters,” she said.",
    ),
)
FOUND = Extraction(
    dateline="Nairobi",
    persons=(
        PersonRecord("Grace Wanjiru Otieno", ("Grace Wanjiru-Otieno",), ("Interior Minister",)),
    ),
    organizations=(OrganizationRecord("African Union", "AU"),),
    places=(PlaceRecord("Kenya", "country"), PlaceRecord("Nairobi", "city")),
    programs=(
        ProgramRecord(
            "Safe Borders Initiative",
            "SBI",
            2,
            ("Kenya", "African Union"),
            date(2024, 1, 1),
            date(2027, 12, 31),
            ("training", "equipment"),
        ),
    ),
    quotes=(QuoteRecord("It matters", "Grace Wanjiru Otieno", 1),),
    tags=("border security",),
)


def source(path="in/kenya.txt", sha="a" * 64) -> SourceText:
    return SourceText(path=path, sha256=sha, text="", encoding="utf-8")


def loader(**options) -> ArticleLoader:
    return ArticleLoader(resolver=EntityResolver(), **options)


@pytest.mark.django_db
def test_new_article_is_created_as_a_draft_with_everything_it_mentions():
    result = loader().load(source(), PARSED, FOUND)

    article = Article.objects.get(pk=result.article_id)
    assert result.status == "created"
    assert article.status == Article.Status.DRAFT and article.published_at is None
    assert article.dateline.name == "Nairobi"
    assert list(article.tags.names()) == ["border security"]
    mention = article.mentions.get()
    assert (mention.person.name, mention.role) == ("Grace Wanjiru Otieno", "Interior Minister")
    assert mention.person.aliases == ["Grace Wanjiru-Otieno"] and mention.person.needs_review
    assert article.quotes.get().speaker == mention.person
    program = article.programs.get()
    assert (program.acronym, program.phase, program.ends_on) == ("SBI", 2, date(2027, 12, 31))
    assert sorted(program.partners.values_list("name", flat=True)) == ["African Union", "Kenya"]
    assert article.organizations.get().acronym == "AU"


@pytest.mark.django_db
def test_publish_option_publishes_new_articles_now():
    result = loader(publish=True).load(source(), PARSED, FOUND)

    assert Article.objects.published().filter(pk=result.article_id).exists()


@pytest.mark.django_db
def test_dry_run_reports_the_decision_and_writes_nothing():
    result = loader(dry_run=True).load(source(), PARSED, FOUND)

    assert (result.status, result.slug) == ("created", "kenya-and-the-au-open-a-border-post")
    assert not Article.objects.exists() and not Person.objects.exists()


@pytest.mark.django_db
def test_same_file_again_is_unchanged_and_writes_nothing():
    loader().load(source(), PARSED, FOUND)
    counts = [m.objects.count() for m in (Article, Person, Place, Program, Quote, Mention)]
    history = Article.history.count()

    result = loader().load(source(), PARSED, FOUND)

    assert result.status == "unchanged"
    assert [m.objects.count() for m in (Article, Person, Place, Program, Quote, Mention)] == counts
    assert Article.history.count() == history


@pytest.mark.django_db
def test_same_content_under_another_name_is_imported_once_with_a_warning():
    loader().load(source("in/kenya.txt"), PARSED, FOUND)

    result = loader().load(source("in/copy of kenya.txt"), PARSED, FOUND)

    assert result.status == "unchanged"
    assert result.warnings == ["same content as in/kenya.txt, imported once"]
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_changed_source_of_unedited_article_updates_it_in_place():
    first = loader().load(source(), PARSED, FOUND)
    changed = ParsedArticle(PARSED.title, (*PARSED.paragraphs, "A new closing paragraph."))

    result = loader().load(source(sha="b" * 64), changed, FOUND)

    article = Article.objects.get()
    assert (result.status, result.article_id) == ("updated", first.article_id)
    assert article.body.endswith("A new closing paragraph.")
    assert article.mentions.count() == 1 and article.quotes.count() == 1


@pytest.mark.django_db
def test_article_edited_by_an_editor_is_kept_and_the_difference_is_a_warning(django_user_model):
    loader().load(source(), PARSED, FOUND)
    article = Article.objects.get()
    article.title = "Editor's better headline"
    article._history_user = django_user_model.objects.create(username="editor")
    article.save()
    changed = ParsedArticle("A changed source headline", PARSED.paragraphs)

    result = loader().load(source(sha="b" * 64), changed, FOUND)

    assert result.status == "kept-editorial"
    assert Article.objects.get().title == "Editor's better headline"
    assert "source title is now 'A changed source headline'" in result.warnings[0]


@pytest.mark.django_db
def test_an_editors_quote_edit_alone_keeps_the_article(django_user_model):
    loader().load(source(), PARSED, FOUND)
    quote = Quote.objects.get()
    quote.text = "It matters a lot"
    quote._history_user = django_user_model.objects.create(username="editor")
    quote.save()

    result = loader().load(source(sha="b" * 64), PARSED, FOUND)

    assert result.status == "kept-editorial"
    assert Quote.objects.get().text == "It matters a lot"


@pytest.mark.django_db
def test_importer_changes_are_recorded_in_history_as_the_importer():
    loader().load(source(), PARSED, FOUND)

    record = Article.history.get()
    assert record.history_user.username == IMPORTER_USERNAME
    assert record.history_change_reason == "Imported from in/kenya.txt"
    assert Quote.history.get().history_user.username == IMPORTER_USERNAME


@pytest.mark.django_db
def test_names_editors_merged_away_resolve_to_the_survivor():
    survivor = Person.objects.create(name="Grace Otieno", aliases=["Grace Wanjiru Otieno"])

    loader().load(source(), PARSED, FOUND)

    assert Person.objects.count() == 1
    assert Mention.objects.get().person == survivor


@pytest.mark.django_db
def test_renamed_person_is_not_recreated_and_gains_new_spellings_as_aliases():
    person = Person.objects.create(name="G. W. Otieno", aliases=["Grace Wanjiru Otieno"])

    loader().load(source(), PARSED, FOUND)

    person.refresh_from_db()
    assert {fold_key(a) for a in person.aliases} == {
        fold_key("Grace Wanjiru Otieno"),
        fold_key("Grace Wanjiru-Otieno"),
    }


@pytest.mark.django_db
def test_middle_names_resolve_to_the_one_person_with_that_first_and_last_name():
    person = Person.objects.create(name="Grace Otieno")
    found = Extraction(persons=(PersonRecord("Grace W. Otieno"),))

    loader().load(source(), PARSED, found)

    assert Mention.objects.get().person == person


@pytest.mark.django_db
def test_organisation_known_by_its_acronym_is_reused():
    union = Organization.objects.create(name="The African Union", acronym="AU")

    loader().load(source(), PARSED, FOUND)

    assert Organization.objects.filter(acronym="AU").get() == union


@pytest.mark.django_db
def test_editor_values_on_a_programme_are_never_overwritten():
    program = Program.objects.create(
        name="Safe Borders Initiative", phase=2, ends_on=date(2030, 6, 30), acronym="SBI"
    )

    loader().load(source(), PARSED, FOUND)

    program.refresh_from_db()
    assert program.ends_on == date(2030, 6, 30)
    assert program.starts_on == date(2024, 1, 1)


@pytest.mark.django_db
def test_an_import_update_raises_the_version_so_an_open_edit_form_conflicts():
    loader().load(source(), PARSED, FOUND)
    version = Article.objects.get().version
    changed = ParsedArticle(PARSED.title, (*PARSED.paragraphs, "A new closing paragraph."))

    loader().load(source(sha="b" * 64), changed, FOUND)

    assert Article.objects.get().version == version + 1
