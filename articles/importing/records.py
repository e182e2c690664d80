"""Immutable records passed between the import stages.

decode -> SourceText (with its sidecar's SourceMeta); parse (clean + structure) ->
ParsedArticle; extract -> Extraction.
Everything here is plain data: no database, no Django models.
"""

from dataclasses import dataclass, field
from datetime import date, datetime


class Rejected(Exception):  # noqa: N818 - reads as "raise Rejected(reason)"
    """The file cannot become an article; the message says why, for the operator."""


@dataclass(frozen=True)
class SourceMeta:
    """Where and when the article was first published, as its sidecar file (or, for the
    date and outlet, its wire dateline) says; empty when nothing says."""

    url: str = ""  # http or https only
    published: date | datetime | None = None  # a datetime (aware) only when a time is given
    outlet: str = ""
    authors: tuple[str, ...] = ()
    language: str = ""  # a BCP 47 tag, e.g. "en-GB"


@dataclass(frozen=True)
class SourceText:
    path: str
    sha256: str  # of the decoded, normalised text: the same story in two encodings is one
    text: str  # decoded, NFC, "\n" line endings, control characters removed
    encoding: str
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # routine clean-up (markup removed): information, not warnings
    meta: SourceMeta = field(default_factory=SourceMeta)  # from its sidecar and dateline


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    paragraphs: tuple[str, ...]  # body paragraphs as written, residue removed
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # routine clean-up (residue removed): information

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class TermRecord:
    """A topic of the controlled vocabulary and the phrases that signal it."""

    term: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Why the extractor believes a record exists: what an editor reviewing it reads.

    `confidence` is the extractor's own 0-1 judgement of the cue; records below the
    review threshold (NEWSROOM_IMPORT_REVIEW_BELOW) are flagged for review with `cue` as
    the reason and `sentence` shown beside it.
    """

    sentence: str = ""  # the sentence the record was found in, as written
    cue: str = ""  # the rule or cue that found it: "title before the name", "said NAME"
    confidence: float = 1.0


@dataclass(frozen=True)
class PersonRecord:
    name: str  # the fullest form found in the article
    variants: tuple[str, ...] = ()  # other full spellings seen (not surname-only mentions)
    roles: tuple[str, ...] = ()  # as stated, e.g. "Minister of the Interior and Public Security"
    evidence: Evidence | None = field(default=None, compare=False)  # not part of identity


@dataclass(frozen=True)
class OrganizationRecord:
    name: str
    acronym: str | None = None
    evidence: Evidence | None = field(default=None, compare=False)  # not part of identity


@dataclass(frozen=True)
class PlaceRecord:
    name: str
    kind: str  # "country", "city" or "region"
    evidence: Evidence | None = field(default=None, compare=False)  # not part of identity


@dataclass(frozen=True)
class ProgramRecord:
    name: str
    acronym: str | None = None
    phase: int | None = None
    partners: tuple[str, ...] = ()  # organisation or country names
    starts_on: date | None = None
    ends_on: date | None = None
    focus_areas: tuple[str, ...] = ()
    evidence: Evidence | None = field(default=None, compare=False)  # not part of identity


@dataclass(frozen=True)
class QuoteRecord:
    text: str  # without the quotation marks
    speaker: str | None  # a PersonRecord.name, or None when unattributed
    paragraph: int = 0  # index into ParsedArticle.paragraphs where it starts
    is_fragment: bool = False  # a phrase quoted inside a sentence


@dataclass(frozen=True)
class Extraction:
    dateline: str | None = None  # a place name, also present in places
    persons: tuple[PersonRecord, ...] = ()
    organizations: tuple[OrganizationRecord, ...] = ()
    places: tuple[PlaceRecord, ...] = ()
    programs: tuple[ProgramRecord, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    tags: tuple[str, ...] = ()  # vocabulary terms
    warnings: tuple[str, ...] = field(default=())
