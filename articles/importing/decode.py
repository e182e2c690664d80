"""Bytes to text: the first stage, and the one that rejects what is not an article file."""

import codecs
import hashlib
import html
import html.entities
import re
import unicodedata
from pathlib import Path

from articles.importing.encodings import DEFAULT_FALLBACK, read_legacy
from articles.importing.records import Rejected, SourceText
from articles.text import strip_invisible, without_bidi_controls

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that are not UTF-8, as decoding with 'surrogateescape' leaves them, and the
# characters beyond ASCII that did decode.
STRAY = re.compile("[\udc80-\udcff]")
NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
C0_BYTES = re.compile(rb"[\x01-\x08\x0b\x0e-\x1f]")
# C0/C1 controls other than tab and newline, and the replacement character.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")
# UTF-8 read as Latin-1/cp1252 leaves these pairs: 'Ã©' for 'é', 'Â£' for '£'.
MOJIBAKE = re.compile(
    r"[ÃÂ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)

BIDI_WARNING = (
    "removed {n} bidirectional control character(s) (U+202A-U+202E, U+2066-U+2069), "
    "which would make the text display in another order than it reads"
)

# Only references closed by ';': HTML also reads '&para' in '&paragraph' as '¶'.
REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A tag's name ends at a space, a slash or the bracket: '<b.otieno@…>' is an address.
BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table)(?=[\s/>])[^<>]{0,200}>", re.I
)
INLINE_TAG = re.compile(
    r"</?(?:a|span|em|strong|b|i|u|small|sup|sub|font)(?=[\s/>])[^<>]{0,200}>", re.I
)


def read_source(
    path: Path, *, max_bytes: int, fallback_encoding: str = DEFAULT_FALLBACK
) -> SourceText:
    """Read one article file and return its text, or raise Rejected saying why."""
    size = path.stat().st_size
    if size > max_bytes:
        raise Rejected(
            f"file is {size:,} bytes; the limit is {max_bytes:,} bytes (NEWSROOM_IMPORT_MAX_BYTES)"
        )
    data = path.read_bytes()
    text, warnings, encoding = decode(data, fallback=fallback_encoding)
    text, markup_notes = unescape_markup(text)
    text, bidi = without_bidi_controls(normalise(text))
    if bidi:
        warnings.append(BIDI_WARNING.format(n=bidi))
    if not strip_invisible(text).strip():
        raise Rejected("the file is empty or holds only white space")
    return SourceText(
        path=str(path),
        # Of the text, not the bytes: the same story in two encodings is one article.
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        encoding=encoding,
        warnings=tuple(warnings),
        notes=tuple(markup_notes),
    )


def decode(data: bytes, *, fallback: str = DEFAULT_FALLBACK) -> tuple[str, list[str], str]:
    """Return (text, warnings, encoding) for raw bytes, or raise Rejected.

    A BOM decides; then strict UTF-8; a file that is UTF-8 but for a few bytes is
    rejected naming them (no guess can be right for both parts); anything else is a
    legacy encoding, the fallback unless its reading is implausible (encodings.py).
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return *repair_mojibake(strict(data, encoding)), encoding
    if b"\x00" in data:
        raise Rejected("binary content (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return *repair_mojibake(text), "utf-8"
    if len(C0_BYTES.findall(data)) > max(4, len(data) // 50):
        raise Rejected("binary content (control bytes), not a text article")
    reject_stray_bytes(data)
    text, encoding, chosen = read_legacy(data, fallback=fallback)
    if binary_looking(text):
        raise Rejected("binary content, not a text article")
    text, warnings = repair_mojibake(text)
    return text, [f"decoded as {encoding} ({chosen}), not UTF-8", *warnings], encoding


def reject_stray_bytes(data: bytes) -> None:
    """Raise Rejected naming the first bytes that are not UTF-8 in a file that otherwise
    is: one with at least as many UTF-8 characters beyond ASCII as such bytes."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = [m.start() for m in STRAY.finditer(text)]
    if len(NON_ASCII.findall(text)) < len(stray):
        return
    offsets = [len(text[:i].encode("utf-8", "surrogateescape")) for i in stray[:3]]
    shown = ", ".join(f"{offset:,} (0x{data[offset]:02x})" for offset in offsets)
    more = f" and {len(stray) - 3} more" if len(stray) > 3 else ""
    raise Rejected(
        f"not valid UTF-8 at byte {shown}{more}, though the rest is UTF-8: the file mixes"
        " encodings; re-save it as UTF-8"
    )


def strict(data: bytes, encoding: str) -> str:
    """Return data decoded, or raise Rejected naming the encoding that failed."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise Rejected(f"undecodable bytes as {encoding} ({exc}): not a text article") from exc


def repair_mojibake(text: str) -> tuple[str, list[str]]:
    """Return text with UTF-8-read-as-cp1252 undone ('Ã©' -> 'é'), or raise Rejected."""
    if not MOJIBAKE.search(text):
        return text, []
    for legacy in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(legacy).decode("utf-8")
        except UnicodeError:
            continue
        if not MOJIBAKE.search(repaired):
            return repaired, [f"repaired mojibake (UTF-8 that had been read as {legacy})"]
    raise Rejected("mojibake (UTF-8 decoded twice, e.g. 'Ã©'): re-export the file as UTF-8")


def unescape_markup(text: str) -> tuple[str, list[str]]:
    """Return text with the HTML a scraper left in it undone, and notes saying so:
    character references ('&#8220;', '&amp;', '&nbsp;') become characters, and tags of
    the common text elements ('<p>', '<br/>', '</em>') go, a block's tag leaving a line
    break."""
    warnings = []
    # Tags first: a story that writes '&lt;p&gt;' means the characters, not a tag.
    text, tags = BLOCK_TAG.subn("\n", text)
    text, inline = INLINE_TAG.subn("", text)
    if tags + inline:
        warnings.append(f"removed {tags + inline} HTML tag(s)")
    references = sum(character(m) != m.group() for m in REFERENCE.finditer(text))
    text = REFERENCE.sub(character, text)
    if references:
        warnings.append(f"decoded {references} HTML character reference(s)")
    return text, warnings


def character(reference: re.Match) -> str:
    """Return the character(s) of a whole named or numeric reference, or it as written:
    html.unescape alone reads the start of '&chips;' as '&chi' (χ)."""
    name = reference.group()[1:]
    if name.startswith("#") or name in html.entities.html5:
        return html.unescape(reference.group())
    return reference.group()


def binary_looking(text: str) -> bool:
    """Return whether decoded text is mostly control or unassigned characters."""
    odd = sum(
        1 for ch in text if unicodedata.category(ch) in {"Cc", "Co", "Cn"} and ch not in "\n\r\t"
    )
    return odd > max(4, len(text) // 50)


def normalise(text: str) -> str:
    """Return text with '\\n' line endings, NFC, and no stray control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return CONTROLS.sub("", unicodedata.normalize("NFC", text))
