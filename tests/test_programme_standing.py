"""Where a programme stands on a day (articles/models/entities.py): the rule on the
record, and the query, which agrees with it."""

from datetime import date, timedelta

import pytest

from articles.models import Program
from articles.models.entities import Standing
from tests.factories import make_program

TODAY = date(2026, 6, 15)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


CASES = pytest.mark.parametrize(
    ("starts_on", "ends_on", "expected"),
    [
        (None, None, None),
        (days(1), None, Standing.UPCOMING),
        (days(10), days(400), Standing.UPCOMING),
        (days(10), days(20), Standing.UPCOMING),  # not started, though its end is near
        (days(-100), None, Standing.ACTIVE),
        (None, days(91), Standing.ACTIVE),
        (days(-10), days(90), Standing.ENDING_SOON),
        (TODAY, days(30), Standing.ENDING_SOON),
        (None, TODAY, Standing.ENDING_SOON),  # it runs through its last day
        (None, days(-1), Standing.ENDED),
        (days(-400), days(-1), Standing.ENDED),
    ],
)


@CASES
def test_a_programme_stands_by_its_dates(starts_on, ends_on, expected):
    program = Program(name="Border Programme", starts_on=starts_on, ends_on=ends_on)

    assert program.standing_on(TODAY) == expected


@pytest.mark.django_db
@CASES
def test_the_query_finds_a_programme_under_its_standing_alone(starts_on, ends_on, expected):
    program = make_program(starts_on=starts_on, ends_on=ends_on)

    for standing in Standing:
        found = Program.objects.standing(standing, TODAY).filter(pk=program.pk).exists()
        assert found == (standing == expected), standing
