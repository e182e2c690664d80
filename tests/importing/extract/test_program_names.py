"""What a programme is called: owners, broadcasts, stray marks, unnamed kinds; and why."""

from articles.importing.extract.organizations import find_organizations
from articles.importing.extract.programs import find_programs


def programs(*paragraphs: str, title: str = "Story"):
    organizations = find_organizations("\n\n".join(paragraphs), exclude=set())
    return find_programs(title, paragraphs, organizations)


def names(*paragraphs: str) -> list[str]:
    return [p.name for p in programs(*paragraphs)]


def test_a_persons_possessive_is_not_part_of_the_programme_name():
    # A Senegalese outlet in English: the minister's name before her programme.
    assert names("Mrs Diallo's Coastal Resilience Facility will receive $20m from the fund.") == [
        "Coastal Resilience Facility"
    ]


def test_a_leaders_or_bodys_possessive_is_not_part_of_the_name():
    assert names(
        "President Akufo-Addo's Free Senior High School Programme costs $300m a year.",
        "The bank's Youth Employment Programme has trained 4,000 people in Kano.",
    ) == ["Free Senior High School Programme", "Youth Employment Programme"]


def test_the_possessive_of_the_group_served_stays_in_the_name():
    assert names("The Women's Empowerment Programme reached 3,000 traders.") == [
        "Women's Empowerment Programme"
    ]


def test_a_radio_or_television_programme_is_not_a_programme():
    # A West African daily quoting a minister's radio interview; a US TV listing.
    assert (
        names(
            "The minister, speaking on the Morning Forum programme, said fuel prices would fall.",
            "He told listeners of the Sunrise Breakfast Programme on Joy FM that talks had failed.",
            "The Evening News Programme on Channel 4 aired the interview on Monday.",
        )
        == []
    )


def test_stray_quotation_marks_are_never_kept_in_a_name():
    assert names(
        "The ministry launched the Green Ghana Project” on Friday.",
        "Officials said the “Clean Water Initiative would follow.",
    ) == ["Green Ghana Project", "Clean Water Initiative"]


def test_a_lending_programme_named_in_lower_case_is_filed_under_its_kind():
    # A 1980s wire story: the IMF's programme is never capitalised.
    (program,) = programs(
        "LUSAKA, June 3 - Zambia has begun the second phase of its adjustment programme "
        "with the International Monetary Fund, the finance ministry said.",
    )
    assert (program.name, program.phase) == ("Structural Adjustment Programme", 2)
    assert program.evidence.confidence < 0.8  # a kind, not a name: an editor confirms it


def test_a_lower_case_programme_kind_without_a_lender_is_not_a_programme():
    assert names("The school's adjustment programme for new pupils starts in May.") == []


def test_every_programme_carries_the_sentence_and_cue_that_found_it():
    (program,) = programs(
        "ABUJA, March 2 (NAN) - The government launched the National Youth Service "
        "Programme (NYSP) on Monday. It will run until 2028.",
    )
    assert program.evidence.sentence == (
        "ABUJA, March 2 (NAN) - The government launched the National Youth Service "
        "Programme (NYSP) on Monday."
    )
    assert "programme word" in program.evidence.cue and program.evidence.confidence >= 0.9


def test_a_capitalised_name_with_no_acronym_is_confident_but_less_so():
    (program,) = programs("India's Jal Jeevan Mission Programme reached 100 districts.")
    assert 0.8 <= program.evidence.confidence < 0.95


def test_a_broadcast_word_in_the_next_sentence_does_not_make_a_show():
    assert names(
        "The government launched the Youth Employment Programme on Monday. Radio stations "
        "carried the news all day.",
    ) == ["Youth Employment Programme"]


def test_a_singular_groups_possessive_stays_in_the_name_too():
    assert names("The Small Farmer's Support Programme reached 9,000 households.") == [
        "Small Farmer's Support Programme"
    ]


def test_a_programme_someone_spoke_to_is_a_show():
    assert (
        names(
            "The minister told the Morning Forum programme that fuel prices would fall.",
            "In an interview with the Hard Talk programme, she defended the budget.",
        )
        == []
    )


def test_the_evidence_sentence_stays_within_its_paragraph():
    (program,) = programs(
        "Kenya expands cash transfers",
        "The Inua Jamii Cash Transfer Programme will reach 1.2 million older people.",
    )
    assert program.evidence.sentence == (
        "The Inua Jamii Cash Transfer Programme will reach 1.2 million older people."
    )
