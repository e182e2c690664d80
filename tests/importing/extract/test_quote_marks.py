"""Quotation marks as scrapers and typists leave them: only words between marks are quotes."""

from articles.importing.extract.quotes import find_quotes
from tests.importing.extract.test_quotes import persons_in


def quoted(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, persons_in(paragraphs))]


def test_an_inch_mark_opens_no_quote():
    # A US daily's consumer story: the mark after a number closes nothing.
    assert quoted(
        'Store manager Dana Whitfield said the 55" sets sold out by noon. "We could have sold '
        'twice as many," Whitfield said.',
    ) == [("We could have sold twice as many", "Dana Whitfield")]


def test_a_closing_mark_typed_as_an_opening_one_still_closes():
    # A West African daily's typesetting: '“' at both ends.
    assert quoted(
        "Union leader Grace Mwangi addressed the strikers in Accra.",
        "“We will not go back until we are paid,“ Mwangi said.",
    ) == [("We will not go back until we are paid", "Grace Mwangi")]


def test_a_lost_closing_mark_ends_the_quote_at_its_attribution():
    assert quoted(
        "Union leader Grace Mwangi spoke to strikers outside the ministry.",
        "“We will not back down, she said. “The strike goes on until the government pays.”",
    ) == [
        ("We will not back down", "Grace Mwangi"),
        ("The strike goes on until the government pays.", "Grace Mwangi"),
    ]


def test_words_between_two_quotes_are_never_a_quote():
    # Straight marks out of step: 'he added.' sits between two marks.
    quotes = quoted(
        "Finance Minister Kofi Mensah presented the budget on Wednesday.",
        '"The deficit will fall," he said. " he added. "Growth will return."',
    )
    assert ("he added.", "Kofi Mensah") not in quotes
    assert all(not text.startswith(("he ", ",")) for text, _ in quotes)


def test_an_attribution_in_quotation_marks_is_not_a_quote():
    # Mr Okafor, named by style and surname, is the speaker; his attribution is no quote.
    assert quoted("“We are ready,” ”said Mr Okafor.” ”he added.”") == [("We are ready", "Okafor")]


def test_text_without_quotation_marks_is_not_a_quote():
    # A government press release: reported speech, no marks.
    assert (
        quoted(
            "The Minister of Fisheries, Hon. Dilan Perera, said the new harbour would serve "
            "4,000 families.",
            "He added that the ministry would open tenders next month.",
        )
        == []
    )


def test_a_stray_opening_mark_in_narrative_makes_no_quote():
    # Scraping residue: an opening mark with no closing one, mid-sentence.
    assert (
        quoted(
            "The council met on Monday and approved the “new market levy for traders in the "
            "old town, officials said, after a long debate about stall fees and parking.",
        )
        == []
    )


def test_a_quote_opened_after_said_and_never_closed_is_still_a_quote():
    assert quoted(
        "Mayor Ruth Achieng said: “The levy will fund new drains for every market.",
    ) == [("The levy will fund new drains for every market.", "Ruth Achieng")]


def test_a_press_releases_questions_and_answers_are_nobodys_quotes():
    # A ministry's FAQ box: no interviewee, so the answers are the ministry's text.
    assert (
        quoted(
            "The Ministry of Health has published answers to common questions on the campaign.",
            "Q: Who can be vaccinated?",
            "A: Every child between nine months and five years old.",
        )
        == []
    )


def test_a_mark_after_said_and_a_comma_opens_even_with_a_space_after_it():
    # A typo in an American news site: 'said," [X] …'.
    assert quoted(
        "The museum's curator, Kristin Wilkins, spoke at the opening.",
        'Wilkins said," [Warhol] liked the way photo booths and the front flash looked".',
    ) == [("[Warhol] liked the way photo booths and the front flash looked", "Kristin Wilkins")]


def test_a_quote_broken_across_paragraphs_without_a_new_mark_is_one_quote():
    # A page that breaks paragraphs between a quote's sentences, with no mark reopening it.
    assert quoted(
        'England captain Harry Kane said, "In the first half it felt good out there.',
        "We could have scored three goals and put the game to bed early.\" Kane's side "
        "play Panama next.",
    ) == [
        (
            "In the first half it felt good out there. We could have scored three goals and "
            "put the game to bed early.",
            "Harry Kane",
        )
    ]


def test_double_marks_inside_a_single_quote_are_a_quote_within_the_quote():
    # A British broadsheet: single marks outside, double marks for the quote inside.
    assert quoted(
        "Migrant Karim Abdi, 24, reached Dover on Tuesday.",
        "‘My father said to me, “Don’t come back without a life.” So I don’t come back,’ "
        "Abdi said.",
    ) == [
        (
            "My father said to me, “Don’t come back without a life.” So I don’t come back",
            "Karim Abdi",
        )
    ]


def test_the_headline_in_quotation_marks_is_nobodys_quote():
    # A blog's comment counter under the story repeats its headline in marks.
    paragraphs = (
        "Health Minister Frank Anthony visited the hospital on Monday.",
        "19 thoughts on “Malaria cases climb in Region One as arrivals strain hospital”",
    )
    title = "Malaria cases climb in Region One as arrivals strain hospital"
    assert find_quotes(paragraphs, persons_in(paragraphs), title=title) == ()


def test_a_quote_opening_on_an_ellipsis_is_a_quote():
    assert quoted(
        'Team manager Hernan Gomez said: "...and then we stopped playing. We learned a lot today."',
    ) == [("...and then we stopped playing. We learned a lot today.", "Hernan Gomez")]
