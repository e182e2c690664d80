"""Parsing: a headline and body paragraphs, or a clear rejection."""

from pathlib import Path

import pytest

from articles.importing.decode import read_source
from articles.importing.parse import parse_article
from articles.importing.records import Rejected

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def test_leading_blank_lines_are_skipped_and_the_first_line_is_the_headline():
    parsed = parse_article("\n\n\nPort reopens\n\nThe port reopened on Monday.")
    assert parsed.title == "Port reopens"
    assert parsed.paragraphs == ("The port reopened on Monday.",)


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    text = (
        "Port reopens\n\nThe port reopened on Monday after\na week-long strike by dock workers.\n"
    )
    assert parse_article(text).paragraphs == (
        "The port reopened on Monday after a week-long strike by dock workers.",
    )


def test_finished_lines_without_blank_lines_stay_separate_paragraphs():
    text = "Port reopens\nThe port reopened on Monday.\nTrucks queued for miles.\n"
    assert parse_article(text).paragraphs == (
        "The port reopened on Monday.",
        "Trucks queued for miles.",
    )


def test_invisible_characters_and_no_break_spaces_are_removed():
    parsed = parse_article("Talks\n\nJacques\u00adBarrot met Ana\u200b Sil\u00adva\u00a0in Lisbon.")
    assert parsed.paragraphs == ("Jacques Barrot met Ana Silva in Lisbon.",)


def test_headline_over_the_limit_is_rejected_with_limit_and_length():
    with pytest.raises(Rejected, match="headline is 612 characters; the limit is 500"):
        parse_article("H" * 612 + "\n\nBody.")


def test_headline_without_body_is_rejected():
    with pytest.raises(Rejected, match="no body"):
        parse_article("Just a headline\n\n")


def test_body_made_only_of_residue_is_rejected():
    with pytest.raises(Rejected, match="no body"):
        parse_article("A headline\n\nA headline\n-\n\nPREV other story\nNEXT another story\n")


def test_markup_in_the_input_is_kept_as_literal_text():
    parsed = parse_article("Title <b>bold</b>\n\nBody with <script>alert(1)</script> inside.")
    assert parsed.title == "Title <b>bold</b>"
    assert "<script>alert(1)</script>" in parsed.paragraphs[0]


def parse_fixture(name: str):
    source = read_source(ARTICLES / name, max_bytes=1_000_000)
    return parse_article(source.text)


def test_fixture_with_leading_blank_lines_starts_at_the_headline():
    parsed = parse_fixture("leading_blank_lines.txt")
    assert parsed.title == "Rains delay planting in the north"
    assert len(parsed.paragraphs) == 1


def test_soft_hyphen_between_names_becomes_a_space():
    parsed = parse_fixture("soft_hyphen_in_name.txt")
    assert "European Commissioner Jacques Barrot gathered" in parsed.paragraphs[0]


@pytest.mark.parametrize(
    "name, reason",
    [
        ("headline_600_characters.txt", "headline is 600 characters; the limit is 500"),
        ("headline_only.txt", "no body after the headline"),
        ("residue_only_body.txt", "no body after the headline"),
    ],
)
def test_fixtures_that_cannot_be_articles_are_rejected_with_the_reason(name, reason):
    with pytest.raises(Rejected, match=reason):
        parse_fixture(name)


def test_residue_around_the_body_is_removed_and_reported():
    parsed = parse_fixture("residue_around_the_body.txt")
    assert parsed.title == "Lagos traders count losses after market fire"
    assert [p.split()[0] for p in parsed.paragraphs] == ["Traders", "By", "A"]
    assert parsed.paragraphs[1].startswith("By putting out the blaze")
    (warning,) = parsed.notes
    assert warning.startswith("removed 16 lines of residue")


def test_a_wire_dateline_on_a_line_of_its_own_stays_for_the_extractor():
    text = "Soymeal prices firm\n\nLAGOS 1997-03-12\n\nSellers marked up prices on Friday."
    assert parse_article(text).paragraphs[0] == "LAGOS 1997-03-12"
