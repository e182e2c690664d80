"""Decoding: bytes in every encoding scrapers produce, to clean text; junk rejected."""

import codecs
import hashlib
from pathlib import Path

import pytest

from articles.importing.decode import read_source
from articles.importing.records import Rejected

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
LIMIT = 1_000_000


def write(tmp_path, data: bytes, name="article.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def fixture(name: str):
    return read_source(ARTICLES / name, max_bytes=LIMIT)


def test_utf8_with_bom_loses_the_bom(tmp_path):
    source = read_source(write(tmp_path, codecs.BOM_UTF8 + "Café crème".encode()), max_bytes=LIMIT)
    assert (source.text, source.encoding) == ("Café crème", "utf-8-sig")


def test_utf16_with_bom_is_decoded():
    source = fixture("utf16_with_bom.txt")
    assert source.text.startswith("Séoul hosts donor conference\n\nDonors meeting in Seoul")
    assert source.encoding == "utf-16"


def test_cp1252_is_detected_and_never_stored_as_mojibake():
    source = fixture("cp1252_accents_and_pound.txt")
    assert "Café owners in Thiès" in source.text and "£40 a month" in source.text
    assert "Ã" not in source.text and "Â" not in source.text and "\r" not in source.text
    assert source.encoding == "cp1252"
    assert source.warnings == ("decoded as cp1252 (the fallback), not UTF-8",)


def test_latin1_french_text_is_decoded_with_its_accents(tmp_path):
    text = "Le ministre a annoncé un budget de 5 £ par élève à Thiès.\n\nDeuxième paragraphe écrit."
    source = read_source(write(tmp_path, text.encode("latin-1")), max_bytes=LIMIT)
    assert source.text == text


def test_utf8_that_was_read_as_cp1252_once_is_repaired_with_a_warning(tmp_path):
    mojibake = "Le ministre a annoncé un budget de 5 £.".encode().decode("cp1252")
    assert "Ã©" in mojibake and "Â£" in mojibake
    source = read_source(write(tmp_path, mojibake.encode()), max_bytes=LIMIT)
    assert source.text == "Le ministre a annoncé un budget de 5 £."
    assert "repaired mojibake" in source.warnings[0]


def test_html_character_references_a_scraper_left_become_characters(tmp_path):
    text = "Police said&nbsp;the code name was &#8220;Dry Lake&#8221; &amp; it&#x2019;s over."
    source = read_source(write(tmp_path, text.encode()), max_bytes=LIMIT)
    assert source.text == "Police said\xa0the code name was “Dry Lake” & it’s over."
    assert "decoded 5 HTML character reference(s)" in source.notes


def test_an_ampersand_that_is_not_a_closed_reference_stays(tmp_path):
    text = "R&D spending &paragraph marks, AT&T and fish &chips; stay as written."
    source = read_source(write(tmp_path, text.encode()), max_bytes=LIMIT)
    assert source.text == text and source.warnings == ()


def test_tags_of_text_elements_go_and_a_blocks_tag_breaks_the_line(tmp_path):
    html = '<p>The <a href="/x">ministry</a> said <em>no</em>.</p><p>Talks resume.<br/>Today.</p>'
    source = read_source(write(tmp_path, html.encode()), max_bytes=LIMIT)
    assert source.text.split("\n") == [
        "",
        "The ministry said no.",
        "",
        "Talks resume.",
        "Today.",
        "",
    ]
    assert "removed 9 HTML tag(s)" in source.notes


def test_angle_brackets_that_are_not_tags_stay(tmp_path):
    text = "Turnout was <40% in the north and >60% in the <Lagos> lists."
    assert read_source(write(tmp_path, text.encode()), max_bytes=LIMIT).text == text


def test_mojibake_that_cannot_be_undone_is_rejected(tmp_path):
    # Mixed: a correct 'é' beside a mangled one, so no single re-reading fixes both.
    data = "Café et annoncÃ© le même jour".encode()
    with pytest.raises(Rejected, match="mojibake"):
        read_source(write(tmp_path, data), max_bytes=LIMIT)


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_crlf_and_cr_only_line_endings_become_newlines(tmp_path, newline):
    data = newline.join([b"Headline", b"", b"Body one.", b"", b"Body two."])
    assert read_source(write(tmp_path, data), max_bytes=LIMIT).text == (
        "Headline\n\nBody one.\n\nBody two."
    )


def test_cr_only_fixture_keeps_its_paragraph_breaks():
    text = fixture("cr_only_line_endings.txt").text
    assert "\r" not in text and text.count("\n\n") == 2


def test_text_is_nfc_and_control_characters_are_removed_and_tabs_become_spaces(tmp_path):
    data = "Cafe\u0301 in Dakar\x07\x1b today\tat noon".encode()
    assert read_source(write(tmp_path, data), max_bytes=LIMIT).text == (
        "Café in Dakar today at noon"
    )


@pytest.mark.parametrize("name", ["empty.txt", "whitespace_only_unicode_spaces.txt"])
def test_empty_or_unicode_whitespace_only_fixtures_are_rejected(name):
    with pytest.raises(Rejected, match="empty"):
        fixture(name)


@pytest.mark.parametrize("content", ["", "   \n\n\t", "\u00a0\u3000\n\u2003", "\u200b\ufeff\n"])
def test_empty_whitespace_or_invisible_only_files_are_rejected(tmp_path, content):
    with pytest.raises(Rejected, match="empty"):
        read_source(write(tmp_path, content.encode()), max_bytes=LIMIT)


def test_png_with_a_txt_extension_is_rejected_as_binary(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(Rejected, match="binary"):
        read_source(write(tmp_path, png), max_bytes=LIMIT)


def test_binary_without_nul_bytes_is_rejected(tmp_path):
    noise = bytes((n * 97 + 13) % 256 for n in range(4096)).replace(b"\x00", b"\x01")
    with pytest.raises(Rejected, match="binary|undecodable"):
        read_source(write(tmp_path, noise), max_bytes=LIMIT)


def test_file_over_the_size_limit_is_rejected_naming_both_sizes_and_the_setting(tmp_path):
    path = write(tmp_path, b"x" * 2_001)
    with pytest.raises(
        Rejected,
        match=r"file is 2,001 bytes; the limit is 2,000 bytes \(NEWSROOM_IMPORT_MAX_BYTES\)",
    ):
        read_source(path, max_bytes=2_000)


def test_size_is_checked_before_the_file_is_read(tmp_path, monkeypatch):
    path = write(tmp_path, b"x" * 50)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("file was read"))
    with pytest.raises(Rejected, match="limit"):
        read_source(path, max_bytes=10)


def test_sha256_is_of_the_decoded_normalised_text_not_the_bytes(tmp_path):
    data = codecs.BOM_UTF8 + b"Headline\r\n\r\nBody."
    assert read_source(write(tmp_path, data), max_bytes=LIMIT).sha256 == (
        hashlib.sha256(b"Headline\n\nBody.").hexdigest()
    )


def test_escaped_markup_a_story_writes_and_an_address_in_brackets_stay(tmp_path):
    text = "The tag &lt;p&gt; opens a paragraph; write to <b.otieno@example.org>."
    source = read_source(write(tmp_path, text.encode()), max_bytes=LIMIT)
    assert source.text == "The tag <p> opens a paragraph; write to <b.otieno@example.org>."
