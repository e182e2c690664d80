from datetime import date, datetime, timedelta, timezone

from articles.timestamps import iso_moment


def test_a_time_is_given_to_the_second_with_its_offset():
    moment = datetime(2026, 3, 3, 8, 5, 7, 123456, tzinfo=timezone(timedelta(hours=1)))
    assert iso_moment(moment) == "2026-03-03T08:05:07+01:00"


def test_a_date_alone_is_given_as_a_date():
    assert iso_moment(date(1987, 5, 12)) == "1987-05-12"


def test_no_moment_is_given_as_nothing():
    assert iso_moment(None) == ""
