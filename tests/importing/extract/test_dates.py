"""Periods as news copy writes them."""

from datetime import date

from articles.importing.extract.dates import find_period


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
