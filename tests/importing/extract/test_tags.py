"""Topic tags from the controlled vocabulary."""

from articles.importing.extract.tags import default_vocabulary, find_tags
from articles.importing.records import TermRecord

VOCABULARY = (
    TermRecord("migrant smuggling", ("people smuggling", "smuggling of migrants")),
    TermRecord("human trafficking", ("trafficking in persons",)),
    TermRecord("elections"),
    TermRecord("cross-border trade"),
)


def test_topic_tags_come_from_the_vocabulary_terms_and_synonyms(extracted):
    assert extracted("wire_dateline_title_before_name").tags == (
        "border security",  # drones along the border, "border with patrols"
        "arms trafficking",
    )
    assert extracted("press_release_programme").tags == ("water and sanitation",)


def test_synonyms_case_plurals_and_hyphens_match_in_vocabulary_order():
    text = "PEOPLE SMUGGLING and Trafficking in Persons before the election; cross border trades."
    assert find_tags(text, VOCABULARY) == (
        "migrant smuggling",
        "human trafficking",
        "elections",
        "cross-border trade",
    )


def test_terms_match_whole_words_only():
    assert find_tags("Preelections and smugglingly", VOCABULARY) == ()


def test_default_vocabulary_covers_the_newsroom_topics():
    vocabulary = default_vocabulary()
    terms = [t.term for t in vocabulary]
    assert 30 <= len(terms) <= 50 and len(set(terms)) == len(terms)
    assert {"migrant smuggling", "human trafficking", "terrorism", "border security"} <= set(terms)
    smuggling = next(t for t in vocabulary if t.term == "migrant smuggling")
    assert {"people smuggling", "smuggling of migrants"} <= set(smuggling.synonyms)


def test_no_synonym_belongs_to_two_terms():
    phrases = [p.casefold() for t in default_vocabulary() for p in (t.term, *t.synonyms)]
    assert len(phrases) == len(set(phrases))


def test_the_words_of_a_phrase_in_other_forms_a_few_words_apart_in_order():
    text = "Migrants held in camps along the coast paid smugglers for the crossing."
    assert find_tags(text, VOCABULARY) == ("migrant smuggling",)
    assert find_tags("Smugglers were arrested; the migrants went home.", VOCABULARY) == ()


def test_an_ing_head_only_one_term_owns_applies_alone():
    vocabulary = (
        TermRecord("money laundering"),
        TermRecord("human trafficking"),
        TermRecord("drug trafficking"),
    )
    assert find_tags("He is accused of laundering bribes.", vocabulary) == ("money laundering",)
    assert find_tags("Trafficking networks grew.", vocabulary) == ()


def test_an_ism_term_also_finds_its_ist_agents_a_few_words_apart():
    vocabulary = (TermRecord("terrorism", ("violent extremism",)),)
    text = "Violent, well-armed extremists attacked a checkpoint near the lake."
    assert find_tags(text, vocabulary) == ("terrorism",)


def test_a_narrower_topic_brings_its_broader_topic_when_the_vocabulary_has_both():
    vocabulary = (TermRecord("irregular migration"), *VOCABULARY[:1])
    text = "Police broke up a people smuggling ring operating from the harbour."
    assert find_tags(text, vocabulary) == ("irregular migration", "migrant smuggling")
    assert find_tags(text, VOCABULARY[:1]) == ("migrant smuggling",)


def test_common_phrasings_of_the_default_topics_are_synonyms():
    tags = find_tags(
        "Irregular sea crossings rose as the food crisis deepened; drug traffickers fled.",
        default_vocabulary(),
    )
    assert {"irregular migration", "food security", "drug trafficking"} <= set(tags)
