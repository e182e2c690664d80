"""Periods as news copy writes them."""

from datetime import date

from articles.importing.extract.dates import article_date, find_period


def test_until_a_month_ends_on_its_last_day():
    assert find_period("until November 2026") == (None, date(2026, 11, 30))
    assert find_period("until February 2028") == (None, date(2028, 2, 29))


def test_from_year_to_year_covers_both_whole_years():
    assert find_period("from 2024 to 2027") == (date(2024, 1, 1), date(2027, 12, 31))


def test_between_months():
    assert find_period("between January 2022 and June 2025") == (
        date(2022, 1, 1),
        date(2025, 6, 30),
    )


def test_launched_in_and_runs_through():
    assert find_period("launched in March 2023, it runs through 2025") == (
        date(2023, 3, 1),
        date(2025, 12, 31),
    )


def test_text_without_a_period_gives_none():
    assert find_period("The programme was praised on Monday.") == (None, None)


def test_a_month_year_range_after_run_from_covers_both_months_whole():
    assert find_period("The scheme, which will run from July 2021 to June 2024, pays") == (
        date(2021, 7, 1),
        date(2024, 6, 30),
    )


def test_a_length_and_a_start_give_the_end():
    assert find_period("a four-year project launched in October 2021 to train judges") == (
        date(2021, 10, 1),
        date(2025, 9, 30),
    )


def test_a_start_month_without_its_year_is_placed_by_the_length_and_the_end():
    text = "The six-year scheme, starting in July and ending in 2031, pays farmers."
    assert find_period(text) == (date(2026, 7, 1), date(2031, 12, 31))


def test_a_start_month_without_its_year_is_placed_by_the_articles_date():
    text = "The plan was launched on 3 May and will run for 18 months."
    assert find_period(text, reference=date(2025, 5, 20)) == (date(2025, 5, 3), date(2026, 10, 31))
    assert find_period("The project starts in February.", reference=date(2024, 11, 2)) == (
        date(2025, 2, 1),
        None,
    )
    assert find_period("The project starts in February.") == (None, None)


def test_starting_next_month_is_counted_from_the_articles_date():
    text = "It is a two-year programme starting next month."
    assert find_period(text, reference=date(2023, 12, 14)) == (date(2024, 1, 1), date(2025, 12, 31))


def test_a_period_told_in_the_past_gives_way_to_the_current_one():
    text = "The pilot, which ran from 2015 to 2018, worked; the new phase runs from 2020 to 2024."
    assert find_period(text) == (date(2020, 1, 1), date(2024, 12, 31))


def test_the_articles_date_is_the_first_full_date_near_its_top():
    assert article_date(("NAIROBI, 4 June 2024 – Officials said.", "More.")) == date(2024, 6, 4)
    assert article_date(("No date here.", "Nor here.", "Released 1 May 2020.")) is None


def test_to_the_end_of_a_month_ends_it_and_places_a_start_without_its_year_before_it():
    text = "The scheme, which started in August, was extended to the end of February 2021."
    assert find_period(text) == (date(2020, 8, 1), date(2021, 2, 28))


def test_an_end_given_as_a_year_alone_does_not_place_a_start_without_its_year():
    assert find_period("The scheme starts in March and will run until 2027.") == (
        None,
        date(2027, 12, 31),
    )


def test_a_start_or_end_told_in_the_past_is_an_earlier_periods_but_launched_is_this_ones():
    assert find_period("The first phase, which ran from 2019, ended.") == (None, None)
    assert find_period("It ran until 2020. The new phase runs until 2026.") == (
        None,
        date(2026, 12, 31),
    )
    assert find_period("The coups that began in May 2020 went on.") == (None, None)
    assert find_period("The programme was launched in 2021.") == (date(2021, 1, 1), None)
