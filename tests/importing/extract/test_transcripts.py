"""Broadcast transcripts: each turn a person's label opens is that person's words."""

from articles.importing.extract import extract
from articles.importing.extract.transcripts import speakers, turns
from articles.importing.records import ParsedArticle

TRANSCRIPT = (
    "HOST: Floods have cut the road to the north. Our reporter is in Kisumu.",
    "REPORTER: The water rose overnight. Achieng Otieno runs a shop by the bridge.",
    "ACHIENG OTIENO (translated): We lost everything. The shop is gone.",
    "REPORTER: The county says help is coming.",
    "PETER WAFULA: Trucks leave tomorrow with food and tents.",
)


def test_labels_of_two_name_words_name_the_speaker_as_the_story_writes_them():
    assert speakers(TRANSCRIPT) == {2: "Achieng Otieno", 4: "Peter Wafula"}


def test_each_named_turn_is_a_quote_of_its_speaker_and_the_programmes_voices_are_not():
    extraction = extract(ParsedArticle("Floods cut the north", TRANSCRIPT), vocabulary=())
    assert [(q.speaker, q.text) for q in extraction.quotes] == [
        ("Achieng Otieno", "We lost everything. The shop is gone."),
        ("Peter Wafula", "Trucks leave tomorrow with food and tents."),
    ]
    assert [p.name for p in extraction.persons] == ["Achieng Otieno", "Peter Wafula"]
    assert [o.name for o in extraction.organizations] == []


def test_labels_without_a_programme_voice_or_naming_places_make_no_transcript():
    assert turns(("UPDATE: The road reopened at noon.", "Traffic is slow.")) == {}
    datelines = ("NEW DELHI: Talks began.", "ABU DHABI: Talks ended.")
    kickers = ("BREAKING NEWS: The dam held.", "KEY POINTS: Water fell.")
    assert turns(datelines) == {} and turns(kickers) == {}
    voiced = ("HOST: Good evening.", "UN SPOKESMAN: No comment.", "ABU DHABI: Later.")
    assert turns(voiced) and speakers(voiced) == {}
