"""Quotes and their speakers."""

from articles.importing.extract.people import People
from articles.importing.extract.quotes import find_quotes
from articles.importing.records import PersonRecord


def persons_in(paragraphs: tuple[str, ...]) -> tuple[PersonRecord, ...]:
    """Return the rule extractor's person records, as the pipeline passes them."""
    return tuple(
        PersonRecord(p.name, tuple(p.variants), tuple(p.roles)) for p in People(paragraphs).persons
    )


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
    (quote,) = find_quotes(paragraphs, persons_in(paragraphs))
    assert (quote.text, quote.speaker) == ("Borders protect people", "Ana Lima")


def test_speaker_before_the_quote_with_a_colon():
    paragraphs = ("Health Minister Ama Boateng said: “The clinics will open in May.”",)
    (quote,) = find_quotes(paragraphs, persons_in(paragraphs))
    assert quote.speaker == "Ama Boateng" and not quote.is_fragment


def test_a_short_phrase_inside_a_sentence_is_a_fragment_of_the_sentence_speaker():
    paragraphs = (
        "Mayor Ola Bakare said the city had adopted “a zero tolerance policy” on Monday.",
    )
    (quote,) = find_quotes(paragraphs, persons_in(paragraphs))
    assert quote.is_fragment and quote.speaker == "Ola Bakare"


def test_a_role_description_speaker_resolves_to_the_person_holding_it():
    paragraphs = (
        "The ceremony was led by the EU Ambassador, Karl Berg.",
        "“This is only the beginning,” said the ambassador.",
    )
    (quote,) = find_quotes(paragraphs, persons_in(paragraphs))
    assert quote.speaker == "Karl Berg"


def test_speaker_named_before_a_colon_and_a_listed_phrase_goes_to_the_sentence_subject(
    extracted,
):
    quotes = extracted("election_speakers_with_colon_and_listed_quotes").quotes
    assert [(q.text, q.speaker, q.is_fragment) for q in quotes] == [
        ("timely results", "Mohamed Kenewui Konneh", True),
        ("The numbers simply do not add up", "Samura Kamara", False),
        ("Any citizen can inspect the register at our offices.", "Mohamed Kenewui Konneh", False),
    ]


def test_honorific_and_surname_attributions_resolve_to_the_full_name(extracted):
    quotes = extracted("wire_ap_dateline_honorific_back_references").quotes
    assert [q.speaker for q in quotes] == ["Mohamed Amin", "Mohamed Amin"]


def test_according_to_attribution():
    paragraphs = (
        "Health Minister Ama Boateng spoke on Monday.",
        "According to Boateng, “the clinics will open in May and every district will have one.”",
    )
    (quote,) = find_quotes(paragraphs, persons_in(paragraphs))
    assert quote.speaker == "Ama Boateng"


def test_apostrophes_inside_single_quotes_are_not_quote_marks():
    paragraphs = (
        "Finance Minister Ken Ofori-Atta said the budget was tight.",
        "‘We cannot spend what we do not have,’ Mr Ofori-Atta said. ‘Ghana's debt is too high.’",
        "The farmers' union's demands and Senegal's budget were discussed.",
    )
    quotes = find_quotes(paragraphs, persons_in(paragraphs))
    assert [q.text for q in quotes] == [
        "We cannot spend what we do not have",
        "Ghana's debt is too high.",
    ]
    assert {q.speaker for q in quotes} == {"Ken Ofori-Atta"}


def test_a_short_quote_followed_by_more_of_the_sentence_is_a_fragment():
    paragraphs = (
        "The EU ambassador, Karl Berg, spoke. Berg warned that “the window is closing” and "
        "said: “We must act now, before the rains.”",
    )
    quotes = find_quotes(paragraphs, persons_in(paragraphs))
    assert [(q.speaker, q.is_fragment) for q in quotes] == [
        ("Karl Berg", True),
        ("Karl Berg", False),
    ]


def test_a_name_in_quotation_marks_is_not_a_quote():
    paragraphs = ("Minister Ana Lima opened the “Joint Border Office” on Monday.",)
    assert find_quotes(paragraphs, persons_in(paragraphs)) == ()


def test_an_unnamed_speaker_or_a_statement_is_not_the_last_person_named():
    paragraphs = (
        "President Bola Tinubu said the drones would arrive soon.",
        "“We will not be intimidated,” said a ministry spokesman.",
        "“The deal is done,” the statement said.",
    )
    quotes = find_quotes(paragraphs, persons_in(paragraphs))
    assert [q.speaker for q in quotes] == [None, None]


def test_both_halves_of_an_interrupted_quote_go_to_the_speaker():
    paragraphs = ("The governor, Mr. Kayode Fayemi, spoke. 'It's a great day,' he said, 'for us.'",)
    quotes = find_quotes(paragraphs, persons_in(paragraphs))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("It's a great day", "Kayode Fayemi"),
        ("for us.", "Kayode Fayemi"),
    ]


def quoted(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, persons_in(paragraphs))]


def test_a_term_quoted_from_another_source_after_a_quote_is_not_the_speakers():
    assert quoted(
        "Defence Minister Ama Serwaa said the country would “never be a holding pen”, a swipe "
        "at a donor plan for “offshore reception hubs” along the coast.",
    ) == [
        ("never be a holding pen", "Ama Serwaa"),
        ("offshore reception hubs", None),
    ]


def test_two_phrases_joined_by_and_share_the_speaker():
    assert quoted("Union leader Peter Kamau called the offer “an insult” and “a bad joke”.") == [
        ("an insult", "Peter Kamau"),
        ("a bad joke", "Peter Kamau"),
    ]


def test_words_reported_from_an_unnamed_group_are_not_the_last_persons():
    assert quoted(
        "“The schools are empty,” said Grace Njeri, a teacher.",
        "Most of the families questioned said they had left only “because the last school "
        "in the district had closed for good”.",
    ) == [
        ("The schools are empty", "Grace Njeri"),
        ("because the last school in the district had closed for good", None),
    ]


def test_the_subject_of_told_someone_that_speaks_the_quote_it_reports():
    assert quoted(
        "A union official, Peter Kamau, told the Nation that the strike had “shut every depot "
        "in the county” and called for talks with the ministry.",
    ) == [("shut every depot in the county", "Peter Kamau")]


def test_a_quote_inside_a_sentence_about_a_body_is_not_the_last_persons():
    assert quoted(
        "“We will publish the list,” said Electoral Commissioner Jane Wairimu.",
        "The main opposition party dismissed the register as “a list of ghosts and absent "
        "voters that nobody can check”.",
    ) == [
        ("We will publish the list", "Jane Wairimu"),
        ("a list of ghosts and absent voters that nobody can check", None),
    ]


def attributed(*paragraphs: str) -> list[tuple[str | None, str]]:
    return speakers_of(find_quotes(paragraphs, persons_in(paragraphs)))


def speakers_of(quotes) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text.split()[0]) for q in quotes]


def test_a_given_name_alone_beside_the_verb_refers_to_the_one_person_it_opens():
    assert attributed(
        "The agency's head, Almaz Kebede Wolde, said stocks were low.",
        "Farmer Dawit Haile Mariam said his goats had died.",
        "“Rain has not come for two years,” Almaz said.",
        "Dawit recalled the last harvest. “We ate once a day,” he said.",
    ) == [("Almaz Kebede Wolde", "Rain"), ("Dawit Haile Mariam", "We")]


def test_a_given_name_shared_by_two_people_names_nobody():
    assert attributed(
        "Officials Almaz Kebede Wolde and Almaz Tesfaye Gebru signed the accord.",
        "“The accord is fragile,” Almaz said.",
    ) == [(None, "The")]


def test_a_pronoun_after_an_unnamed_speaker_is_not_the_last_named_person():
    assert attributed(
        "The port chief, Rui Cardoso Matos, said patrols had doubled.",
        "A boat owner in the harbour, who asked not to be named, says he was paid twice. "
        "“They come at night and leave before dawn,” he says.",
    ) == [(None, "They")]


def test_the_role_noun_of_an_unnamed_source_is_not_the_last_named_person():
    assert attributed(
        "“We are ready,” said Minister Joana Tembe Macuácua as she opened the session.",
        "A senior official at a donor agency, who asked not to be named, doubted the plan. "
        "“Nobody has checked these figures,” the official said.",
    ) == [("Joana Tembe Macuácua", "We"), (None, "Nobody")]


def test_a_general_role_noun_resolves_to_the_one_holder_of_an_office_it_covers():
    assert attributed(
        "The Ambassador of Norway, Mr Lars Holm Berg, and the Mayor, Ms Ana Paz Lobo, spoke.",
        "“The road is open again,” said the Norwegian diplomat.",
    ) == [("Lars Holm Berg", "The")]


def test_recounted_is_an_attribution_verb():
    assert attributed(
        "Officer Kato Mukasa Ssali said the gate was shut.",
        "Ms Irene Nakato Babirye, 31, said she had waited a week. "
        "“They kept us outside in the sun,” she recounted.",
    ) == [("Irene Nakato Babirye", "They")]


def test_answers_of_a_question_and_answer_interview_are_the_interviewees_quotes():
    paragraphs = (
        "The head of the water board, Eng. Kofi Mensah Asante, spoke to us about the drought.",
        "Q: How low are the dams?",
        "A: Lower than in any year since 1983. We ration water in the capital.",
        "Q: And the villages?",
        "A: They depend on boreholes, and many are dry.",
        "The minister said on Friday that help would come.",
    )
    quotes = find_quotes(paragraphs, persons_in(paragraphs))
    assert [(q.speaker, q.text, q.paragraph) for q in quotes] == [
        (
            "Kofi Mensah Asante",
            "Lower than in any year since 1983. We ration water in the capital.",
            2,
        ),
        ("Kofi Mensah Asante", "They depend on boreholes, and many are dry.", 4),
    ]


def test_speakers_come_from_the_person_records_any_extractor_returns():
    # Records a statistical backend might return: names the rules would not find here.
    paragraphs = (
        "Ngozi Adeyemi and Tunde Bakare met traders at the market on Friday.",
        "“Prices will fall by Easter,” Adeyemi said.",
        "“We have heard that before,” said Mr Bakare.",
    )
    persons = (PersonRecord("Ngozi Adeyemi"), PersonRecord("Tunde Bakare", roles=("trader",)))
    assert [q.speaker for q in find_quotes(paragraphs, persons)] == [
        "Ngozi Adeyemi",
        "Tunde Bakare",
    ]
