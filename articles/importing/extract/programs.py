"""Programmes: named initiatives with acronym, phase, period, partners and focus areas."""

import re
from dataclasses import dataclass

from articles.importing.extract.counts import number
from articles.importing.extract.dates import article_date, find_period
from articles.importing.extract.focus import find_focus, with_lists_joined
from articles.importing.extract.gazetteer import demonyms, lookup
from articles.importing.extract.lexicon import (
    DAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PROGRAM_HEADS,
)
from articles.importing.extract.organizations import AGENCY_START, BACKED, FUNDER
from articles.importing.extract.program_names import (
    is_broadcast,
    unnamed_mentions,
    without_marks,
    without_owner,
)
from articles.importing.extract.tokens import sentence_bounds
from articles.importing.records import Evidence, OrganizationRecord, ProgramRecord
from articles.text import fold_key

HEADS = "|".join(sorted((h.capitalize() for h in PROGRAM_HEADS), key=len, reverse=True))
LOWER_HEADS = "|".join(sorted(PROGRAM_HEADS, key=len, reverse=True))
PHASE_WORD = r"(\d+|[IVX]+\b|{})".format("|".join(NUMBER_WORDS))
CAP = r"[A-Z][\w'’-]*"
LINKED = rf"{CAP}(?:\s+(?:(?:of|for|on|and|the|to|in|against)\s+)*{CAP})*"
# '(PHC-UHC)', '(BMP-Maghreb)' are acronyms; '(POC-2)', '(PASS-II)' an acronym and a phase.
ACRONYM = (
    rf"(?:\s*\(([A-Z][A-Za-z]{{1,9}}(?:-(?!(?:\d+|[IVX]+)\))[A-Z][A-Za-z]{{1,9}})?)"
    rf"(?:[\s-]+{PHASE_WORD})?\))?"
)
# 'for the Maghreb region': a lower-case area word ends the name it qualifies.
AREA = r"(?:[ ]+(?:region|sub-region|area|zone|corridor|basin|province|district))?"
QUOTED = re.compile(
    rf"[“\"”]([^“”\"]{{3,80}})[”\"]"
    rf"(?=\s*\([A-Z]|\s+(?:{LOWER_HEADS})\b){ACRONYM}(?:\s+(?:{LOWER_HEADS}))?"
)
# '… Programme in the Sahel (PAGIF-Sahel)': the area is part of a name its acronym covers.
IN_AREA = r"(?:[ ]+in[ ]+(?:the[ ]+)?[A-Z][\w'’-]*(?=\s*\([A-Z]))?"
HEADED = re.compile(
    rf"\b({LINKED}[ ]+(?:{HEADS})\b(?:[ ]+(?:for|on|of|against)[ ]+(?:the[ ]+)?{LINKED}{AREA})?"
    rf"{IN_AREA})"
    rf"{ACRONYM}"
)
BEFORE_HEAD = re.compile(rf"\b[Tt]he\s+({LINKED}){ACRONYM}\s+(?:{LOWER_HEADS})\b")
# 'Programme for Sustainable Livelihoods', 'Initiative on Youth Employment'.
HEAD_FIRST_PLAIN = re.compile(
    r"\b((?:Programme|Program|Initiative|Project|Facility|Partnership|Plan)\s+"
    rf"(?:for|on|of|to|against)\s+(?:the\s+)?{LINKED}){ACRONYM}"
)
# 'The programme, which …': the programme the sentence before named.
# 'The programme, which …', 'The third phase, running through 2028, …': it, named again.
THE_HEAD = re.compile(
    rf"The\s+(?:(?:{LOWER_HEADS})|(?:new|next|current|{'|'.join(ORDINALS)})\s+phase)\b"
)
APPEAL = re.compile(r"\b(?:Response\s+Plan|Appeal)\b")
# 'Phase II of the Coastal Resilience Initiative': the phase, then the name.
PHASE_OF = re.compile(rf"^(?:Phase|Stage)\s+{PHASE_WORD}\s+of\s+(?:the\s+)?", re.IGNORECASE)
PHASE = re.compile(rf"\bphase\s+{PHASE_WORD}|\b({'|'.join(ORDINALS)})\s+phase\b", re.IGNORECASE)
LAUNCHERS = re.compile(
    r"^(.{3,160}?)\s+(?:have\s+|has\s+|will\s+|jointly\s+|on\s+\w+\s+)?"
    r"(?:launched|signed|unveiled|inaugurated|announced|agreed|implement|are implementing|"
    r"introduced|started|opened|approved|adopted|funded|financed|extended|renewed)\b"
)
BY = re.compile(
    r"\b(?:(?:funded|financed|implemented|backed|supported) by|with (?:the )?(?:support|funding|"
    r"financing) (?:of|from)|in partnership with)\s+(.{3,120}?)(?:[.;,]\s|$)"
)
LEADING = re.compile(r"^(?:the|a|an|its|this|that)\s+", re.IGNORECASE)
ACRONYM_PARTNER = re.compile(r"[A-Z]{3,8}")
# '… Initiative for Kenya on Tuesday': the day the news happened is not in the name.
WHEN_TAIL = re.compile(
    r"\s+(?:on|in|at|since|by)\s+(?:{}|{})\b.*$".format(
        "|".join(d.capitalize() for d in DAYS), "|".join(m.capitalize() for m in MONTHS)
    )
)
HEAD_FIRST = re.compile(
    r"\b((?:Programme|Program|Projet|Project|Plan|Initiative)\s+(?:d[’']|de\s|des\s|du\s|pour\s"
    r"|for\s|on\s|of\s|to\s)[^()\n]{3,90}?)\s*\(([A-Z][A-Za-z]{1,9})(?:[\s-]+(\d+|[IVX]+))?\)"
)


def may_name_programme(paragraph: str) -> bool:
    """Return whether a paragraph holds a programme word or a quoted name (a cheap filter)."""
    lower = paragraph.lower()
    return any(head in lower for head in PROGRAM_HEADS) or bool(QUOTED.search(paragraph))


@dataclass(frozen=True)
class Mention:
    name: str
    acronym: str | None
    phase: int | None
    owned: bool  # a body's or country's ('UNODC's Global … Programme'): not an agency
    start: int  # where the mention starts in the text searched
    written: str  # as the text writes it
    cue: str
    confidence: float


# How each pattern finds a name, as an editor reads it, and how sure it is.
CUES = {
    QUOTED: ("name in quotation marks before a programme word", 0.85),
    HEADED: ("capitalised name ending in a programme word", 0.85),
    BEFORE_HEAD: ("'the NAME programme'", 0.7),
    HEAD_FIRST: ("programme word, then 'for'/'of' and a name (ACRONYM)", 0.9),
    HEAD_FIRST_PLAIN: ("programme word, then 'for'/'of' and a name", 0.8),
}
WITH_ACRONYM = 0.95
UNNAMED_CUE = ("lower-case programme kind, its lender named", 0.6)


def mentions(text: str) -> list[Mention]:
    """Return every programme mention of text, in order, the longest where two overlap."""
    found = []
    for pattern, (cue, confidence) in CUES.items():
        for match in pattern.finditer(text):
            name = BACKED.sub("", LEADING.sub("", match.group(1).strip(" ,")))
            name = FUNDER.split(name)[-1]  # 'World Bank-funded X Project': X Project
            name = WHEN_TAIL.sub("", name)
            name = re.split(r"\s+and\s+the\s+", name)[-1]
            unowned = without_owner(name)
            owned = unowned != name
            name = without_marks(unowned.rstrip("'’"))
            phase = number(match.group(3))
            if prefix := PHASE_OF.match(name):
                name, phase = name[prefix.end() :], phase or number(prefix.group(1))
            if len(name.split()) < 2 or not name[0].isupper():
                continue
            if is_broadcast(text, match.start(1), match.end()):
                continue  # 'Radio Ghana's Morning Forum programme': a show
            acronym = match.group(2)
            sure = WITH_ACRONYM if acronym else confidence
            said = f"{cue}, with its acronym" if acronym and "ACRONYM" not in cue else cue
            at, written = match.start(1), match.group(1)
            found.append(
                (at, match.end(1), Mention(name, acronym, phase, owned, at, written, said, sure))
            )
    for start, end, name in unnamed_mentions(text):
        mention = Mention(name, None, None, True, start, text[start:end], *UNNAMED_CUE)
        found.append((start, end, mention))
    found.sort(key=lambda m: (m[0], -m[1]))
    kept, reach = [], -1
    for _, end, mention in found:
        if end <= reach:
            continue  # inside a longer mention: 'Programme for Y' in 'X Programme for Y'
        kept.append(mention)
        reach = max(reach, end)
    return kept


def headless(key: str) -> str:
    """Return a folded programme name without its last word if that is a head word."""
    first, _, last = key.rpartition(" ")
    return first if first and last in PROGRAM_HEADS else key


def phase_in(text: str, acronym: str | None) -> int | None:
    """Return the phase a text gives: 'phase 2', 'second phase', 'Phase II', 'POC 2'."""
    if "phase" in text.lower() and (match := PHASE.search(text)):
        return number(match.group(1) or match.group(2))
    if acronym and (match := re.search(rf"\b{acronym}[\s-]+(\d)\b", text)):
        return int(match.group(1))
    return None


def partner_name(phrase: str, organizations: list[OrganizationRecord]) -> str | None:
    """Return the organisation or country a phrase names ('the Senegalese government')."""
    phrase = re.sub(r"\s*\([^)]*\)", "", LEADING.sub("", phrase.strip()))
    for org in organizations:
        if fold_key(phrase) in {fold_key(org.name), fold_key(org.acronym or "")}:
            return org.name
    country = re.match(
        r"^(?:government of\s+)?([\w'’ -]+?)(?:\s+government|\s+authorities)?$",
        phrase,
        re.IGNORECASE,
    )
    if country:
        word = country.group(1).strip()
        place = lookup(word) or lookup(demonyms().get(word, ""))
        if place and place[1] == "country":
            return place[0]
    return None


def find_partners(
    sentence: str, organizations: list[OrganizationRecord], *, acronym: str | None = None
) -> list[str]:
    """Return the organisations and countries that launch, fund or run the programme."""
    acronyms = {o.acronym for o in organizations} | {acronym}
    phrases = []
    if match := LAUNCHERS.match(sentence):
        phrases.append(match.group(1))
    phrases += [match.group(1) for match in BY.finditer(sentence)]
    found = []
    for rank, phrase in enumerate(phrases):
        for org in organizations:
            for form in filter(None, (org.name, org.acronym)):
                # Whole words only; 'EU-funded' before the name is a modifier, as before.
                if hit := re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", phrase):
                    at = hit.start()
                    # 'the Government of Ghana' takes part as the country, Ghana.
                    found.append(((rank, at), partner_name(org.name, []) or org.name))
                    break
        for match in re.finditer(r"[A-Z][\w'’-]+", phrase):
            if country := partner_name(match.group(), []):
                found.append(((rank, match.start()), country))
            elif (
                ACRONYM_PARTNER.fullmatch(match.group())
                and match.group() not in acronyms
                and not lookup(match.group().title())  # 'ACCRA, April 2 —': a dateline
            ):
                found.append(((rank, match.start()), match.group()))  # 'Ghana and UNICEF'

    return list(dict.fromkeys(name for _, name in sorted(found)))


def sentences_naming(paragraphs: tuple[str, ...], names: list[str], others: list[str]) -> list[str]:
    """Return the sentences about a programme, cut short where another one is named.

    A sentence opening with 'It' or 'Its' right after one that names the programme (in
    the same paragraph or the one before) is about it too, up to where another programme
    is named, and that other programme has only the rest ('It runs until 2027 … through the
    Y programme'); one opening with 'The programme' is about it even then.
    """
    own_pattern, other_pattern = any_of(names), any_of(others)
    found, follows = [], False
    for text in paragraphs:
        for start, end in sentence_bounds(text):
            sentence = text[start:end]
            own = first_mention(own_pattern, sentence)
            pronoun = re.match(r"Its?\b", sentence)
            if own is None and follows and pronoun:
                own = 0
            if own is None and follows and THE_HEAD.match(sentence):
                own = 0  # 'The programme, which will run from …' right after it is named
            follows = own is not None
            if own is None:
                continue
            other = first_mention(other_pattern, sentence)
            if (other is not None and other < own) or (pronoun and own):
                sentence = sentence[own:]  # 'X …, and the Programme for Y, launched in …'
            following = first_mention(other_pattern, sentence, after=1)
            found.append(sentence[:following] if following is not None else sentence)
    return found


def any_of(names: list[str]) -> re.Pattern | None:
    """Return a pattern for any of names as whole words, or None when there are none."""
    names = sorted({n for n in names if n}, key=len, reverse=True)
    return re.compile(r"\b(?:{})\b".format("|".join(map(re.escape, names)))) if names else None


def first_mention(pattern: re.Pattern | None, text: str, *, after: int = 0) -> int | None:
    """Return the offset of the first match in text at or after an offset, or None."""
    match = pattern.search(text, after) if pattern else None
    return match.start() if match else None


def is_appeal(name: str) -> bool:
    """Return whether a name is a funding appeal ('Humanitarian Response Plan', 'Flash
    Appeal'): money sought for many agencies' work, not one programme."""
    return bool(APPEAL.search(name))


def is_agency(name: str) -> bool:
    """Return whether a name is a body like 'World Food Programme', not a programme."""
    return bool(AGENCY_START.match(name)) and name.split()[-1].lower() in PROGRAM_HEADS


def sentence_at(text: str, offset: int) -> str:
    """Return the sentence holding offset of paragraphs joined by blank lines, as written."""
    start = text.rfind("\n\n", 0, offset)
    start = start + 2 if start >= 0 else 0
    end = text.find("\n\n", offset)
    paragraph = text[start : end if end >= 0 else len(text)]
    bounds = sentence_bounds(paragraph)
    return next((paragraph[s:e].strip() for s, e in bounds if s <= offset - start < e), "")


def find_programs(
    title: str, paragraphs: tuple[str, ...], organizations: list[OrganizationRecord]
) -> list[ProgramRecord]:
    """Return the programmes the article names, with what it says about each."""
    org_keys = {fold_key(o.name) for o in organizations}
    reference = article_date(paragraphs)
    paragraphs = with_lists_joined(paragraphs)
    merged: dict[str, list] = {}
    text = "\n\n".join(filter(may_name_programme, paragraphs))
    for mention in mentions(text):
        name = mention.name
        key = fold_key(name)
        body = key in org_keys and headless(key) == key  # '… Programme' is one, found as both
        if body or lookup(name) or (is_agency(name) and not mention.owned) or is_appeal(name):
            continue
        # 'the X scheme' after 'the X Programme': the same programme by another head word.
        key = next((k for k in merged if headless(k) == key), key)
        entry = merged.setdefault(key, [name, None, None, mention, {mention.written}])
        entry[1], entry[2] = entry[1] or mention.acronym, entry[2] or mention.phase
        entry[4].add(mention.written)
        if mention.confidence > entry[3].confidence:
            entry[3] = mention  # the strongest cue speaks for the record
    programs = []
    for key, (name, acronym, phase, best, written) in merged.items():
        generic = ["programme", "program", "initiative", name.split()[-1].lower()]
        words = [name, acronym, *written] + (generic if len(merged) == 1 else [])
        others = [form for k, entry in merged.items() if k != key for form in entry[:2]]
        context = sentences_naming(paragraphs, words, others)
        about = " ".join(context)
        starts_on, ends_on = find_period(about, reference=reference)
        programs.append(
            ProgramRecord(
                name=name,
                acronym=acronym,
                phase=phase
                or phase_in(about, acronym)
                or (phase_in(title, acronym) if len(merged) == 1 else None),
                partners=tuple(find_partners(context[0], organizations, acronym=acronym))
                if context
                else (),
                starts_on=starts_on,
                ends_on=ends_on,
                focus_areas=tuple(find_focus(about)),
                evidence=Evidence(sentence_at(text, best.start), best.cue, best.confidence),
            )
        )
    return programs
