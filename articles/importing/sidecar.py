"""Sidecar files: what the scraper knew about an article beyond its text.

`NAME.meta.json` or `NAME.json` beside `NAME.txt` holds one JSON object with any of
`url`, `published`, `outlet`, `authors` and `language`; other keys are ignored. When
both files exist, `NAME.meta.json` (named for the purpose) is read and `NAME.json`
ignored with a warning. A field that is wrong is left out with a warning naming the
file, the field and the reason, the others are kept, and the article imports either
way: a sidecar never rejects its article, and is never imported as an article itself.
"""

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from articles.importing.decode import BIDI_WARNING
from articles.importing.records import SourceMeta
from articles.text import without_bidi_controls

SUFFIXES = (".meta.json", ".json")  # in the order they are looked for
MAX_URL = 2000
MAX_NAME = 200  # an outlet's or an author's name
MAX_AUTHORS = 20
DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
# BCP 47 as scrapers write it: a language and optional script, region or variant.
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*", re.I)
# Between two names in a byline written as one string: 'A and B', 'A & B', 'A; B'.
AUTHOR_SEPARATORS = re.compile(r"\s*;\s*|\s+(?:and|&)\s+", re.I)
BYLINE_PREFIX = re.compile(r"^by\s+", re.I)
KINDS = {str: "a string", int: "a number", float: "a number", bool: "true or false"}


class Unusable(ValueError):
    """A sidecar field's value cannot be used; the message says why."""


def is_sidecar(path: Path) -> bool:
    """Return whether the file is (named as) a sidecar, which is never an article."""
    return path.name.lower().endswith(".json")


def sidecar_candidates(article: Path) -> list[Path]:
    """Return the sidecar files that exist for an article file, the one to read first."""
    stem = article.with_suffix("")
    return [p for p in (stem.with_name(stem.name + s) for s in SUFFIXES) if p.is_file()]


def read_sidecar(article: Path, *, max_bytes: int) -> tuple[SourceMeta, list[str]]:
    """Return the metadata of the article file's sidecar (empty if it has none) and
    warnings about what in it could not be used."""
    found = sidecar_candidates(article)
    if not found:
        return SourceMeta(), []
    sidecar, *ignored = found
    warnings = [f"{p.name} ignored: {sidecar.name} gives the article's metadata" for p in ignored]
    try:
        size = sidecar.stat().st_size
        if size > max_bytes:
            warnings.append(f"{sidecar.name} ignored: {size:,} bytes, over {max_bytes:,}")
            return SourceMeta(), warnings
        data = sidecar.read_bytes()
    except OSError as exc:
        warnings.append(f"{sidecar.name} ignored: cannot be read ({exc.strerror or exc})")
        return SourceMeta(), warnings
    meta, problems = parse_sidecar(data, name=sidecar.name)
    return meta, warnings + problems


def parse_sidecar(data: bytes, *, name: str) -> tuple[SourceMeta, list[str]]:
    """Return the metadata a sidecar's bytes give and warnings naming what was left out."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return SourceMeta(), [f"{name} ignored: not UTF-8 (byte {exc.start})"]
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        return SourceMeta(), [f"{name} ignored: not JSON ({exc.msg} at {where})"]
    except RecursionError:
        return SourceMeta(), [f"{name} ignored: nested too deeply to read"]
    if not isinstance(document, dict):
        return SourceMeta(), [f"{name} ignored: {kind(document)}, not a JSON object"]
    document, bidi = without_bidi(document)
    values, warnings = {}, [f"{name}: {BIDI_WARNING.format(n=bidi)}"] if bidi else []
    for key, parse in FIELDS.items():
        value = document.get(key)
        if value is None or value == "" or value == []:
            continue
        try:
            values[key] = parse(value)
        except Unusable as exc:
            warnings.append(f"{name}: field '{key}' ignored: {exc}")
    return SourceMeta(**values), warnings


def without_bidi(value):
    """Return a JSON value with bidirectional controls removed from its strings, and how
    many there were (articles.text.BIDI_CONTROLS)."""
    if isinstance(value, str):
        return without_bidi_controls(value)
    if isinstance(value, list):
        items = [without_bidi(item) for item in value]
        return [item for item, _ in items], sum(n for _, n in items)
    if isinstance(value, dict):
        items = {key: without_bidi(item) for key, item in value.items()}
        return {key: item for key, (item, _) in items.items()}, sum(n for _, n in items.values())
    return value, 0


def parse_url(value) -> str:
    """Return the canonical address of the source, which must be http or https."""
    url = text(value).strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise Unusable(f"not an http or https address ({shown(url)})")
    if re.search(r"\s", url) or len(url) > MAX_URL:
        raise Unusable(f"not a usable address: spaces or over {MAX_URL} characters")
    return url


def parse_published(value) -> date | datetime:
    """Return the publication date, or date and time (aware; UTC when no offset given)."""
    stated = text(value).strip()
    try:
        if DATE_ONLY.fullmatch(stated):
            return date.fromisoformat(stated)
        moment = datetime.fromisoformat(stated)
    except ValueError:
        raise Unusable(f"not an ISO date or date-time ({shown(stated)})") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_outlet(value) -> str:
    return name_of(text(value))


def parse_authors(value) -> tuple[str, ...]:
    """Return the authors' names from a list (of names or {"name": ...} objects) or from
    one byline string ('By A and B', 'A; B', 'A Smith, B Jones')."""
    if isinstance(value, str):
        items = split_byline(value)
    elif isinstance(value, list):
        items = [item.get("name") if isinstance(item, dict) else item for item in value]
    else:
        raise Unusable(f"{kind(value)}, not a list of names or a string")
    wrong = [item for item in items if not isinstance(item, str)]
    if wrong:
        raise Unusable(f"holds {kind(wrong[0])} where a name should be")
    names = {}
    for item in items:
        if item.strip():
            author = name_of(BYLINE_PREFIX.sub("", item.strip()))
            names.setdefault(author.casefold(), author)
    return tuple(names.values())[:MAX_AUTHORS]


def split_byline(byline: str) -> list[str]:
    names = []
    for part in AUTHOR_SEPARATORS.split(BYLINE_PREFIX.sub("", byline.strip())):
        pieces = part.split(",")
        # 'Amina Bello, Kofi Mensah' is two people; 'Bello, Amina' is one, surname first.
        names.extend(pieces if all(" " in p.strip() for p in pieces) else [part])
    return names


def parse_language(value) -> str:
    """Return the language as a BCP 47 tag in its usual case: 'en', 'en-GB', 'zh-Hant-TW'."""
    tag = text(value).strip().replace("_", "-")
    if not LANGUAGE_TAG.fullmatch(tag) or len(tag) > 35:
        raise Unusable(f"not a BCP 47 language tag such as 'en' or 'fr-SN' ({shown(tag)})")
    first, *rest = tag.split("-")
    return "-".join([first.lower(), *(subtag_case(s) for s in rest)])


def subtag_case(subtag: str) -> str:
    if len(subtag) == 4 and subtag.isalpha():
        return subtag.title()  # a script: Latn, Hant
    if len(subtag) == 2 or (len(subtag) == 3 and subtag.isdigit()):
        return subtag.upper()  # a region: GB, SN, 419
    return subtag.lower()


def name_of(value: str) -> str:
    name = " ".join(value.split())
    if len(name) > MAX_NAME:
        raise Unusable(f"a name over {MAX_NAME} characters ({shown(name)})")
    return name


def text(value) -> str:
    if not isinstance(value, str):
        raise Unusable(f"{kind(value)}, not a string")
    return value


def kind(value) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return KINDS.get(type(value), "null" if value is None else type(value).__name__)


def shown(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


FIELDS: dict[str, Callable] = {
    "url": parse_url,
    "published": parse_published,
    "outlet": parse_outlet,
    "authors": parse_authors,
    "language": parse_language,
}
