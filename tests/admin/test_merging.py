import pytest
from taggit.models import Tag

from articles import merging
from articles.importing.resolve import EntityResolver
from articles.models import Article, Mention, Organization, Person, Place, Quote
from tests.factories import make_article, make_organization, make_person, make_place, make_program


@pytest.mark.django_db
def test_merged_person_mentions_move_and_a_shared_article_keeps_the_survivors_row_with_a_role():
    survivor, duplicate = make_person("Awa Ndiaye"), make_person("Awa N'Diaye")
    shared = make_article(persons=((survivor, ""),))
    Mention.objects.create(article=shared, person=duplicate, role="minister", position=1)
    own = make_article(persons=((duplicate, "spokesperson"),))
    kept_row = Mention.objects.get(article=shared, person=survivor).pk

    merging.merge_entities(survivor=survivor, duplicates=[duplicate])

    assert Mention.objects.get(article=shared).pk == kept_row
    assert Mention.objects.get(article=shared).role == "minister"
    assert Mention.objects.get(article=own).person == survivor
    assert not Person.objects.filter(pk=duplicate.pk).exists()


@pytest.mark.django_db
def test_merging_never_replaces_the_survivors_own_role():
    survivor, duplicate = make_person(), make_person()
    article = make_article(persons=((survivor, "mayor"), (duplicate, "former mayor")))
    merging.merge_entities(survivor=survivor, duplicates=[duplicate])
    assert list(article.mentions.values_list("role", flat=True)) == ["mayor"]


@pytest.mark.django_db
def test_merged_person_quotes_are_attributed_to_the_survivor():
    survivor, duplicate = make_person(), make_person()
    article = make_article(quotes=((duplicate, "We will rebuild."),))
    merging.merge_entities(survivor=survivor, duplicates=[duplicate])
    assert Quote.objects.get(article=article).speaker == survivor


@pytest.mark.django_db
def test_merged_names_and_aliases_become_aliases_the_importer_resolves_to_the_survivor():
    survivor = make_person("Jean-Marc Pisani")
    duplicate = make_person("J. M. Pisani", aliases=["Jean Marc Pisany"])
    merging.merge_entities(survivor=survivor, duplicates=[duplicate])
    survivor.refresh_from_db()
    assert survivor.aliases == ["J. M. Pisani", "Jean Marc Pisany"]
    resolver = EntityResolver()
    assert resolver.find(Person, "Jean Marc Pisany") == survivor.pk
    assert resolver.find(Person, "J. M. Pisani") == survivor.pk


@pytest.mark.django_db
def test_aliases_that_fold_to_a_known_name_are_not_added_twice():
    survivor = make_person("Jean-Marc Pisani", aliases=["J. M. Pisani"])
    duplicate = make_person("J.M. Pisani", aliases=["jean marc PISANI"])
    merging.merge_entities(survivor=survivor, duplicates=[duplicate])
    assert Person.objects.get(pk=survivor.pk).aliases == ["J. M. Pisani"]


@pytest.mark.django_db
def test_merged_programme_links_and_partners_move_without_doubles():
    survivor, duplicate = make_program("Safe Borders"), make_program("Safe Borders Initiative")
    agency, ngo = make_organization("Agency"), make_organization("Relief NGO")
    survivor.partners.add(agency)
    duplicate.partners.add(agency, ngo)
    both = make_article(programs=(survivor, duplicate))
    only_duplicate = make_article(programs=(duplicate,))

    merging.merge_entities(survivor=survivor, duplicates=[duplicate])

    assert list(both.programs.all()) == [survivor]
    assert list(only_duplicate.programs.all()) == [survivor]
    assert set(survivor.partners.all()) == {agency, ngo}


@pytest.mark.django_db
def test_merged_organisation_keeps_its_articles_and_programme_partnerships():
    survivor, duplicate = make_organization("UN Refugee Agency"), make_organization("UNHCR")
    program = make_program()
    program.partners.add(duplicate)
    article = make_article(organizations=(duplicate,))
    merging.merge_entities(survivor=survivor, duplicates=[duplicate])
    assert list(program.partners.all()) == [survivor]
    assert list(article.organizations.all()) == [survivor]


@pytest.mark.django_db
def test_merged_place_takes_over_datelines_and_article_links():
    survivor, duplicate = make_place("Dakar"), make_place("Dakkar")
    article = make_article(dateline=duplicate, places=(duplicate,))
    merging.merge_entities(survivor=survivor, duplicates=[duplicate])
    article = Article.objects.get(pk=article.pk)
    assert article.dateline == survivor
    assert list(article.places.all()) == [survivor]
    assert article.version == 2


@pytest.mark.django_db
def test_survivor_takes_blank_values_from_duplicates_and_unites_list_fields():
    survivor = make_program("Coastal Jobs", focus_areas=["fisheries"])
    duplicate = make_program(
        "Coastal Jobs Programme",
        acronym="CJP",
        description="Training.",
        focus_areas=["fisheries", "youth"],
    )
    merging.merge_entities(survivor=survivor, duplicates=[duplicate])
    survivor.refresh_from_db()
    assert (survivor.acronym, survivor.description) == ("CJP", "Training.")
    assert survivor.focus_areas == ["fisheries", "youth"]


@pytest.mark.django_db
def test_merge_is_recorded_in_the_survivors_history_with_user_and_reason(editor):
    survivor, duplicate = make_person("Awa Ndiaye", needs_review=True), make_person("Awa Ndiay")
    duplicate_id = duplicate.pk
    merging.merge_entities(survivor=survivor, duplicates=[duplicate], user=editor)
    latest = Person.history.filter(id=survivor.pk).first()
    assert (latest.history_user, latest.history_change_reason) == (editor, "Merged Awa Ndiay")
    assert latest.needs_review is False
    deleted = Person.history.filter(id=duplicate_id).first()
    assert (deleted.history_type, deleted.history_change_reason) == ("-", "Merged into Awa Ndiaye")


@pytest.mark.django_db
def test_merging_different_kinds_is_refused():
    with pytest.raises(ValueError, match="same kind"):
        merging.merge_entities(survivor=make_person(), duplicates=[make_place()])
    assert Person.objects.count() == Place.objects.count() == 1


@pytest.mark.django_db
def test_a_renamed_entity_keeps_its_old_name_as_an_alias():
    organization = make_organization("Red Cross")
    organization.name = "International Red Cross"
    merging.keep_old_name(entity=organization, old_name="Red Cross")
    organization.save()
    assert Organization.objects.get().aliases == ["Red Cross"]
    assert EntityResolver().find_organization("Red Cross", None) == organization.pk


@pytest.mark.django_db
def test_merged_tags_retag_every_article_once_and_nothing_is_lost():
    survivor, duplicate = Tag.objects.create(name="migrants"), Tag.objects.create(name="migration")
    both = make_article(tags=("migrants", "migration"))
    only_duplicate = make_article(tags=("migration", "courts"))
    merging.merge_tags(survivor=survivor, duplicates=[duplicate])
    assert sorted(both.tags.names()) == ["migrants"]
    assert sorted(only_duplicate.tags.names()) == ["courts", "migrants"]
    assert not Tag.objects.filter(name="migration").exists()
    assert Article.objects.get(pk=only_duplicate.pk).version == 2
