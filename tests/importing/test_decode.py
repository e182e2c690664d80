"""Decoding: bytes in every encoding scrapers produce, to clean text; junk rejected."""

import codecs

import pytest

from articles.importing.decode import read_source
from articles.importing.records import Rejected

LIMIT = 1_000_000


def write(tmp_path, data: bytes, name="article.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_with_bom_loses_the_bom(tmp_path):
    source = read_source(write(tmp_path, codecs.BOM_UTF8 + "Café crème".encode()), max_bytes=LIMIT)
    assert source.text == "Café crème"


def test_utf16_with_bom_is_decoded(tmp_path):
    data = "Sénégal headline\n\nBody text.".encode("utf-16")
    assert read_source(write(tmp_path, data), max_bytes=LIMIT).text.startswith("Sénégal")


def test_cp1252_is_detected_and_never_stored_as_mojibake(tmp_path):
    text = "Le ministre a annoncé un budget de 5 £ par élève à Thiès.\n\nDeuxième paragraphe écrit."
    source = read_source(write(tmp_path, text.encode("cp1252")), max_bytes=LIMIT)
    assert "annoncé" in source.text and "£" in source.text
    assert "Ã" not in source.text and "Â" not in source.text
    assert source.warnings and "not UTF-8" in source.warnings[0]


def test_text_that_is_already_mojibake_is_rejected(tmp_path):
    with pytest.raises(Rejected, match="mojibake"):
        read_source(write(tmp_path, "Le ministre a annoncÃ© un plan".encode()), max_bytes=LIMIT)


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_crlf_and_cr_only_line_endings_become_newlines(tmp_path, newline):
    data = newline.join([b"Headline", b"", b"Body one.", b"", b"Body two."])
    assert read_source(write(tmp_path, data), max_bytes=LIMIT).text == (
        "Headline\n\nBody one.\n\nBody two."
    )


def test_text_is_nfc_and_control_characters_are_removed(tmp_path):
    data = "Cafe\u0301 in Dakar\x07\x1b today".encode()
    assert read_source(write(tmp_path, data), max_bytes=LIMIT).text == "Café in Dakar today"


@pytest.mark.parametrize("content", ["", "   \n\n\t", "\u00a0\u3000\n\u2003"])
def test_empty_or_whitespace_only_files_are_rejected(tmp_path, content):
    with pytest.raises(Rejected, match="empty"):
        read_source(write(tmp_path, content.encode()), max_bytes=LIMIT)


def test_binary_file_with_a_txt_extension_is_rejected(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(Rejected, match="binary"):
        read_source(write(tmp_path, png), max_bytes=LIMIT)


def test_file_over_the_size_limit_is_rejected_naming_both_sizes(tmp_path):
    path = write(tmp_path, b"x" * 2_001)
    with pytest.raises(Rejected, match="2,001 bytes; the limit is 2,000 bytes"):
        read_source(path, max_bytes=2_000)


def test_sha256_is_of_the_raw_bytes(tmp_path):
    import hashlib

    data = codecs.BOM_UTF8 + b"Headline\r\n\r\nBody."
    assert read_source(write(tmp_path, data), max_bytes=LIMIT).sha256 == (
        hashlib.sha256(data).hexdigest()
    )
