"""Cleaning: residue lines go, every real paragraph stays."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.importing.clean import clean_lines, is_residue, residue_kind
from articles.importing.parse import parse_article
from articles.importing.records import Rejected

TITLE = "Ghana opens new border post at Aflao"
TITLE_KEY = "ghanaopensnewborderpostataflao"


@pytest.mark.parametrize(
    "line",
    [
        "-",
        "— — —",
        "* * *",
        "***",
        "___",
        "PREV employees suspected of selling concrete and aggregates undercover",
        "NEXT Verruyes mayor’s list disowned",
        "Read also: Togo and Ghana sign customs pact",
        "Read also Togo and Ghana sign customs pact",
        "Also read: Nigeria’s inflation hits new high",
        "See also",
        "Related articles",
        "Related:",
        "Previous article",
        "Next article",
        "Share this article",
        "Share on Facebook",
        "Tweet",
        "Follow us on Twitter and Facebook",
        "Subscribe to our newsletter",
        "We use cookies to improve your experience. Accept cookies",
        "Accept cookies",
        "By Kwame Mensah",
        "By Ama Owusu and John Smith, Reuters",
        "By Jane Doe | 12 May 2024",
        "Written by Jane Doe",
        "Posted by Admin on March 3, 2024 at 10:00",
        "Reporting by Ama Owusu; Editing by John Smith",
        "(Reporting by Ama Owusu; Editing by John Smith)",
        "Photo: AFP",
        "(Photo: AFP)",
        "Photo credit Ministry of Interior",
        "(Photo credit: Ministry of Interior)",
        "Credit: Reuters",
        "Image: Getty Images",
        "© AFP",
        "© Reuters 2024",
        "(Reuters)",
        "Tags: borders, Ghana, customs",
        "Advertisement",
        "Leave a comment",
        "Associated Press writer Fatma Khaled in Cairo contributed to this report.",
        "ghana opens new border post at AFLAO",
        "Ghana opens new border post at Aflao | The Daily Graphic",
        # dates and times alone
        "3 Feb 2023",
        "7 mins",
        "Updated: Tuesday, May 6, 2025 — 09:15 WAT",
        "August 2, 2021 3 min read",
        "March 4, 2024 9:02 AM GMT+2 Updated 5 hours ago",
        "Fri 3 Mar 2023 07.30 GMT Last modified on Fri 3 Mar 2023 10.12 GMT",
        # trails, captions, credits, calls to action
        "Home » World » Africa",
        "Home > Media > Statements",
        "« Older posts",
        "Image caption, Traders wait at the closed border",
        "Image source, AFP",
        "Item 3 of 5 Traders wait at the closed border. REUTERS/Jane Doe",
        "[2/4] Traders wait at the closed border. REUTERS/Jane Doe",
        "(Reporting by Ama Owusu; additional reporting by Ivo Marek in Lomé; Editing by Ed Roe)",
        "Posted by: Admin | 3rd May, 2022 | 980 views",
        "Format: News and Press Release",
        "Originally published: 3 Feb 2023",
        "cc: All Media Houses",
        "Print Email",
        "Save",
        "close panel",
        "Download PDF Take action",
        "Reuse this content",
        "Sign up here.",
        "Subscribe for unlimited access",
        "Already a subscriber? Log in",
        "Follow us on Twitter @ministry_press",
        "Follow The Daily Graphic:",
        "Suggested Topics: Africa Trade",
        "Explore more on these topics Ghana Togo Trade",
    ],
)
def test_scraping_residue_is_recognised(line):
    assert is_residue(line, title_key=TITLE_KEY)


@pytest.mark.parametrize(
    "line",
    [
        "By putting an end to these practices, the EU wants to promote legal migration.",
        "By Tuesday, more than 300 people had crossed the border at Aflao.",
        "By Tuesday, 300 people had crossed.",
        "By 2030, the plan aims to connect every village.",
        "Next year the programme will extend to the northern regions of the country.",
        "Related reforms are expected to follow in the customs service, officials said.",
        "Photographs of the crossing were shared widely on social media on Monday.",
        "A photo of the crossing was shared widely on social media.",
        "Share prices of the port operator rose by 4 percent after the announcement.",
        "We use the new post every day, said a trader who crosses twice a week.",
        "Read more about the programme on the ministry's website.",
        "Print media were banned from the hearing on Monday.",
        "Tags were attached to the birds' legs by researchers.",
        "Ghana opens new border post at Aflao, and traders say the queues are already shorter.",
        "May 2024 was the hottest month on record in the north.",
        "On Monday, 300 people crossed.",
        "Follow the money, investigators say, and the trail leads to Dubai.",
        "Save the Children said 40 schools had closed.",
        "Signed into law on Monday, the bill takes effect in May.",
        "« We will vote when the country is safe, » the minister said.",
        "« The transition was meant to last eighteen months. Now we are told five years.",
        "Video, shared widely on social media, showed soldiers firing on the crowd.",
        "Images, released by the army on Monday, show burnt vehicles.",
        "Item 4 of 12 on the agenda was the budget, delegates said.",
        "Reporting by local journalists has been curtailed since the coup, and",
        "Format: the talks will be held in two rounds.",
        "CC: 12 people were arrested.",
        "on Monday, 12 May at 10:00",
        "NATO at 75",
    ],
)
def test_sentences_that_start_like_residue_are_kept(line):
    assert not is_residue(line, title_key=TITLE_KEY)


def test_residue_is_named_by_kind():
    assert residue_kind("By Jane Doe", title_key="") == "byline"
    assert residue_kind("Photo: AFP", title_key="") == "credit"
    assert residue_kind("PREV other story", title_key="") == "navigation"
    assert residue_kind(TITLE, title_key=TITLE_KEY) == "repeated headline"


def test_residue_lines_become_paragraph_breaks_and_are_counted_in_a_warning():
    lines = ["Body one.", "-", "Body two.", "PREV other story"]
    assert clean_lines(lines, title=TITLE) == (
        ["Body one.", "", "Body two.", ""],
        ["removed 2 lines of residue (1 separator, 1 navigation)"],
    )


def test_headlines_listed_under_a_related_heading_go_with_it():
    lines = ["Body one.", "Related:", "Togo signs customs pact", "Benin lifts ban", "", "Body two"]
    kept, _ = clean_lines(lines, title=TITLE)
    assert kept == ["Body one.", "", "", "", "", "Body two"]


def test_a_clean_article_has_no_warning():
    assert clean_lines(["Body one.", "", "Body two."], title=TITLE) == (
        ["Body one.", "", "Body two."],
        [],
    )


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéàç", min_size=1, max_size=9)
# Sentences may open with the very words residue starts with.
OPENING = st.sampled_from(
    ["By", "Photo", "Read", "Share", "Related", "Next", "Tags", "Follow", "Credit", "Previous", ""]
)
SENTENCE = st.builds(
    lambda first, words: " ".join([first, *words]).strip().capitalize() + ".",
    OPENING,
    st.lists(WORD, min_size=8, max_size=30),
)
RESIDUE = st.sampled_from(
    ["-", "PREV Another story", "Share this article", "Photo: AFP", "By Jane Doe", "Tags: a, b", ""]
)


@settings(max_examples=200, deadline=None)
@given(paragraphs=st.lists(SENTENCE, min_size=1, max_size=6), residue=st.lists(RESIDUE))
def test_cleaning_never_drops_a_body_paragraph(paragraphs, residue):
    text = "\n\n".join([TITLE, TITLE, *paragraphs, *residue])
    assert parse_article(text).paragraphs == tuple(paragraphs)


@settings(max_examples=200, deadline=None)
@given(sentence=SENTENCE)
def test_no_sentence_of_eight_words_or_more_is_residue(sentence):
    assert not is_residue(sentence, title_key=TITLE_KEY)


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_parsing_arbitrary_text_raises_nothing_but_rejected(text):
    try:
        parsed = parse_article(text)
    except Rejected:
        return
    assert parsed.title and parsed.paragraphs


STORY = ["TOGO — Officials opened the post on Monday.", "", "Traders welcomed the move."]


def test_labels_above_the_story_and_links_below_it_go():
    text = "\n".join(
        [TITLE, "PRESS RELEASE", "", "The Daily Graphic (Accra)", "", *STORY, "", "Togo signs pact"]
    )
    parsed = parse_article(text)
    assert parsed.paragraphs == ("TOGO — Officials opened the post on Monday.", STORY[2])
    assert "removed 3 lines around the story (labels, links, contacts)" in parsed.warnings


def test_a_standfirst_a_list_and_a_dateline_line_around_the_story_stay():
    standfirst = (
        "Three years on, the border towns that lost their markets are still waiting for work"
    )
    items = ["- water points", "- school meals"]
    text = "\n".join([TITLE, standfirst, "", "LOMÉ, Togo —", "", *STORY, "", *items])
    paragraphs = parse_article(text).paragraphs
    assert paragraphs[:2] == (standfirst, "LOMÉ, Togo —") and paragraphs[-1] == " ".join(items)


def test_everything_below_a_press_releases_end_mark_goes():
    for mark in ("# # #", "-ENDS-", "Notes to editors", "For further information, please contact:"):
        text = "\n".join([TITLE, *STORY, "", mark, "", "About the ministry.", "jo@example.org"])
        assert parse_article(text).paragraphs == (STORY[0], STORY[2]), mark


def test_a_sentence_offering_more_information_is_not_an_end_mark():
    for closing in ("For more information, call the hotline.", "End", "Ends"):
        text = "\n".join([TITLE, *STORY, "", closing, "", "The post opens at dawn."])
        assert parse_article(text).paragraphs[-1] == "The post opens at dawn.", closing


def test_a_hard_wrapped_paragraph_with_a_date_on_a_line_stays_whole():
    lines = [
        "The council will meet again",
        "on Monday, 12 May at 10:00",
        "to vote, the mayor said.",
    ]
    assert parse_article("\n".join([TITLE, *lines])).paragraphs == (" ".join(lines),)


def test_what_may_be_story_around_the_edges_stays():
    standfirst, dateline = "Twelve dead, thousands displaced", "LAGOS, Nigeria"
    last_quote = "“We lost everything,” said Awa Ndiaye, a trader"
    heading, items = "What happens next", ["- water points", "- school meals"]
    text = "\n\n".join([TITLE, standfirst, dateline, *STORY[::2], last_quote, heading])
    paragraphs = parse_article("\n".join([text, "", *items])).paragraphs
    assert paragraphs[:2] == (standfirst, dateline) and last_quote in paragraphs
    assert paragraphs[-2:] == (heading, " ".join(items))


def test_text_with_no_sentence_at_all_is_kept_whole():
    text = "\n".join([TITLE, "Border post reopens", "", "Queues shorter at Aflao"])
    assert parse_article(text).paragraphs == ("Border post reopens", "Queues shorter at Aflao")
