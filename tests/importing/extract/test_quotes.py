"""Quotes and their speakers."""

from articles.importing.extract.people import People
from articles.importing.extract.quotes import find_quotes


def speakers(extraction) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text.split()[0]) for q in extraction.quotes]


def test_pronoun_speakers_resolve_to_the_person_named_last(extracted):
    assert speakers(extracted("longform_several_speakers")) == [
        ("Moussa Ibrahim", "We"),
        ("Moussa Ibrahim", "Now"),
        ("Aïcha Mahamadou", "The"),
        ("Aïcha Mahamadou", "Women"),
        ("Abdourahamane Touré", "They"),
    ]


def test_single_quotes_are_read_and_apostrophes_are_not(extracted):
    quotes = extracted("british_single_quotes").quotes
    assert [q.speaker for q in quotes] == ["Helen Marsh"] * 3
    assert quotes[1].text == "Drivers don't care whose budget it is"


def test_a_quote_continued_in_the_next_paragraph_is_one_quote(extracted):
    (quote,) = extracted("quote_spanning_paragraphs").quotes
    assert quote.speaker == "Sarah Namutebi"
    assert quote.text.startswith("We have families to feed")
    assert quote.text.endswith("still care for patients")


def test_quote_opened_with_a_closing_mark_is_attributed():
    paragraphs = ("”Borders protect people,” said the Interior Minister, Ana Lima.",)
    (quote,) = find_quotes(paragraphs, People(paragraphs))
    assert (quote.text, quote.speaker) == ("Borders protect people", "Ana Lima")


def test_speaker_before_the_quote_with_a_colon():
    paragraphs = ("Health Minister Ama Boateng said: “The clinics will open in May.”",)
    (quote,) = find_quotes(paragraphs, People(paragraphs))
    assert quote.speaker == "Ama Boateng" and not quote.is_fragment


def test_a_short_phrase_inside_a_sentence_is_a_fragment_of_the_sentence_speaker():
    paragraphs = (
        "Mayor Ola Bakare said the city had adopted “a zero tolerance policy” on Monday.",
    )
    (quote,) = find_quotes(paragraphs, People(paragraphs))
    assert quote.is_fragment and quote.speaker == "Ola Bakare"


def test_a_role_description_speaker_resolves_to_the_person_holding_it():
    paragraphs = (
        "The ceremony was led by the EU Ambassador, Karl Berg.",
        "“This is only the beginning,” said the ambassador.",
    )
    (quote,) = find_quotes(paragraphs, People(paragraphs))
    assert quote.speaker == "Karl Berg"
