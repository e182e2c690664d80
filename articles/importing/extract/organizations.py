"""Organisations: 'Name (ACR)' pairs, and capitalised names ending in an organisation word."""

import re

from articles.importing.extract.lexicon import ORG_HEADS, PROGRAM_HEADS
from articles.importing.records import OrganizationRecord
from articles.text import fold_key

CAP = r"[A-Z][\w'’.-]*"
LINK = r"(?:of|for|on|and|the|de|du|des|la|le|et|in|to)"
NAME = rf"{CAP}(?:\s+(?:{LINK}\s+)*{CAP})*"
WITH_ACRONYM = re.compile(rf"(?:\bthe\s+)?({NAME})\s+\(([A-Z][A-Za-z]*[A-Z]|[A-Z]{{2,}})\)")
HEADED = re.compile(rf"\b({NAME})")
LEADING = re.compile(r"^(?:The|A|An|In|On|At|By|For|And|But|Both|Its|Their|His|Her)\s+")


def plausible_acronym(name: str, acronym: str) -> bool:
    """Return whether acronym abbreviates name, in this language's order or another's."""
    initials = [w[0].upper() for w in re.findall(r"[\w'’-]+", name) if w[0].isupper()]
    letters = set(acronym.upper())
    return len(letters & set(initials)) >= max(2, len(letters) - 1) or name.upper() == acronym


def is_programme(name: str) -> bool:
    return any(word.lower() in PROGRAM_HEADS for word in name.split())


def find_organizations(text: str, *, exclude: set[str]) -> list[OrganizationRecord]:
    """Return organisations in order of first mention; exclude holds folded non-org names."""
    found: dict[str, OrganizationRecord] = {}
    for match in WITH_ACRONYM.finditer(text):
        name, acronym = LEADING.sub("", match.group(1)), match.group(2)
        if is_programme(name) or fold_key(name) in exclude:
            continue
        if plausible_acronym(name, acronym):
            found.setdefault(fold_key(name), OrganizationRecord(name, acronym))
    acronyms = {o.acronym for o in found.values()}
    for match in HEADED.finditer(text):
        name = LEADING.sub("", match.group(1)).rstrip(".")
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in ORG_HEADS and words[0].lower() not in {
            "ministry", "office", "bank", "council", "court", "commission", "department"
        }:
            continue
        if words[0].upper() == words[0] and words[0] in acronyms:
            continue  # 'EU Council' style: an acronym we already know plus a word
        if fold_key(name) not in exclude and not is_programme(name):
            found.setdefault(fold_key(name), OrganizationRecord(name, None))
    return list(found.values())
