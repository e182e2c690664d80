"""Cleaning: residue lines go, every real paragraph stays."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.importing.clean import clean_lines, is_residue
from articles.importing.parse import parse_article
from articles.importing.records import Rejected

TITLE = "Ghana opens new border post at Aflao"


@pytest.mark.parametrize(
    "line",
    [
        "-",
        "— — —",
        "* * *",
        "PREV employees suspected of selling concrete and aggregates undercover",
        "NEXT Verruyes mayor’s list disowned",
        "Read also: Togo and Ghana sign customs pact",
        "Related articles",
        "Previous article",
        "Share this article",
        "Share on Facebook",
        "Follow us on Twitter and Facebook",
        "We use cookies to improve your experience. Accept cookies",
        "By Kwame Mensah",
        "By Ama Owusu and John Smith, Reuters",
        "Reporting by Ama Owusu; Editing by John Smith",
        "(Reporting by Ama Owusu; Editing by John Smith)",
        "Photo: AFP",
        "(Photo credit: Ministry of Interior)",
        "© Reuters 2024",
        "Tags: borders, Ghana, customs",
        "Advertisement",
        "Associated Press writer Fatma Khaled in Cairo contributed to this report.",
        "ghana opens new border post at AFLAO",
    ],
)
def test_scraping_residue_is_recognised(line):
    assert is_residue(line, title_key="ghanaopensnewborderpostataflao")


@pytest.mark.parametrize(
    "line",
    [
        "By putting an end to these practices, the EU wants to promote legal migration.",
        "By Tuesday, more than 300 people had crossed the border at Aflao.",
        "Next year the programme will extend to the northern regions of the country.",
        "Related reforms are expected to follow in the customs service, officials said.",
        "Photographs of the crossing were shared widely on social media on Monday.",
        "Share prices of the port operator rose by 4 percent after the announcement.",
        "We use the new post every day, said a trader who crosses twice a week.",
    ],
)
def test_sentences_that_start_like_residue_are_kept(line):
    assert not is_residue(line, title_key="ghanaopensnewborderpostataflao")


def test_residue_lines_become_paragraph_breaks():
    lines = ["Body one.", "-", "Body two.", "PREV other story"]
    assert clean_lines(lines, title=TITLE) == ["Body one.", "", "Body two.", ""]


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéàç", min_size=1, max_size=9)
SENTENCE = st.lists(WORD, min_size=8, max_size=30).map(lambda w: " ".join(w).capitalize() + ".")
RESIDUE = st.sampled_from(["-", "PREV Another story", "Share this article", "Photo: AFP", ""])


@settings(max_examples=200, deadline=None)
@given(paragraphs=st.lists(SENTENCE, min_size=1, max_size=6), residue=st.lists(RESIDUE))
def test_cleaning_never_drops_a_body_paragraph(paragraphs, residue):
    text = "\n\n".join([TITLE, TITLE, *paragraphs, *residue])
    assert parse_article(text).paragraphs == tuple(paragraphs)


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_parsing_arbitrary_text_raises_nothing_but_rejected(text):
    try:
        parsed = parse_article(text)
    except Rejected:
        return
    assert parsed.title and parsed.paragraphs
