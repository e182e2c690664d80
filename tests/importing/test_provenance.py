"""A wire dateline's day is the original publication date when the sidecar gives none,
only with a known year; its agency is the outlet when the sidecar names no source. No
database."""

from datetime import date

import pytest

from articles.importing.provenance import dateline_published, provenance
from articles.importing.records import ParsedArticle, SourceMeta

BODY = "The port authority said cargo volumes rose by a fifth."


@pytest.mark.parametrize(
    "opening, day, agency",
    [
        ("DAKAR, 12 May 1987 (Reuters) - The port reopened.", date(1987, 5, 12), "Reuters"),
        ("WASHINGTON, May 12, 1987 (UPI) - Senators voted.", date(1987, 5, 12), "UPI"),
        ("KHARTOUM, Sudan, 3 June 1998 (AP) — Talks began.", date(1998, 6, 3), "AP"),
        (
            "ABUJA, Nigeria, March 3, 2015 /PRNewswire/ -- The company said.",
            date(2015, 3, 3),
            "PRNewswire",
        ),
        ("Dar es Salaam, Sept. 9, 2004 (Xinhua) -- Officials met.", date(2004, 9, 9), "Xinhua"),
        ("COLOMBO, Tuesday, 14 December 2021: The cabinet met.", date(2021, 12, 14), ""),
        ("BEIRUT, Lebanon (AP) — Protesters gathered.", None, "AP"),
    ],
)
def test_a_wire_dateline_gives_its_day_and_agency(opening, day, agency):
    assert dateline_published((opening, BODY)) == (day, agency)


def test_a_dateline_without_a_year_takes_it_from_the_articles_own_date():
    paragraphs = ("LAGOS, March 3 (AP) -- Fuel queues lengthened.", "On 2 March 2016, NNPC said.")
    assert dateline_published(paragraphs) == (date(2016, 3, 3), "AP")


def test_a_dateline_in_january_placed_by_a_december_date_falls_in_the_next_year():
    paragraphs = ("NEW DELHI, Jan. 2 (PTI) - Fog delayed trains.", "Since December 30, 2009 it...")
    assert dateline_published(paragraphs) == (date(2010, 1, 2), "PTI")


def test_a_dateline_without_a_year_and_no_date_near_it_gives_no_day():
    assert dateline_published(("ISLAMABAD, Jan 5: The assembly met.", BODY)) == (None, "")
    far = ("KIGALI, April 7 (Reuters) - Mourners gathered.", "The war of 12 July 1994 ended.")
    assert dateline_published(far) == (None, "Reuters")


@pytest.mark.parametrize(
    "opening",
    [
        "The minister said on 12 May 1987 that the port would reopen.",
        "Officials met in Dakar on Monday - and agreed.",
        "UN – the body said it would meet.",
        "DAKAR, 31 April 1987 (Reuters) - A day that does not exist.",
    ],
)
def test_a_paragraph_that_is_no_dated_dateline_gives_no_day(opening):
    assert dateline_published((opening,))[0] is None


def test_the_sidecar_date_wins_over_the_datelines():
    parsed = ParsedArticle("Port", ("DAKAR, 12 May 1987 (Reuters) - The port reopened.",))
    meta = provenance(SourceMeta(published=date(1987, 5, 13), outlet="Le Soleil"), parsed)
    assert meta == SourceMeta(published=date(1987, 5, 13), outlet="Le Soleil")


def test_the_dateline_fills_what_the_sidecar_leaves_empty():
    parsed = ParsedArticle("Port", ("DAKAR, 12 May 1987 (Reuters) - The port reopened.",))
    assert provenance(SourceMeta(language="en"), parsed) == SourceMeta(
        published=date(1987, 5, 12), outlet="Reuters", language="en"
    )


def test_the_agency_is_not_the_outlet_of_a_sidecar_that_gives_an_address():
    parsed = ParsedArticle("Port", ("DAKAR, 12 May 1987 (Reuters) - The port reopened.",))
    meta = provenance(SourceMeta(url="https://news.example.sn/port"), parsed)
    assert meta.outlet == "" and meta.published == date(1987, 5, 12)
