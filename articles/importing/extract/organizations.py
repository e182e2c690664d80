"""Organisations: 'Name (ACR)' pairs, and capitalised names ending in an organisation word."""

import re
from dataclasses import replace

from articles.importing.extract.companies import find_companies
from articles.importing.extract.gazetteer import demonyms, lookup
from articles.importing.extract.lexicon import NOT_NAMES, ORG_HEADS, PROGRAM_HEADS, TITLE_WORDS
from articles.importing.extract.names import is_name_text
from articles.importing.extract.organization_context import (
    acronyms_in_context,
    institutions_named,
    names_in_context,
)

# programs.py reads these rules from here, where they were first written.
from articles.importing.extract.organization_names import BACKED as BACKED
from articles.importing.extract.organization_names import (
    finished,
    is_titled,
    not_a_body,
    owned,
    tidy,
    without_people,
)
from articles.importing.extract.organization_names import owner_possessive as owner_possessive
from articles.importing.records import Evidence, OrganizationRecord
from articles.text import fold_key

# 'U.N.' keeps its dots; any other full stop ends a name ('… Bill. Premier League').
CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*)"
LINK = r"(?:of|for|on|and|the|de|du|des|la|le|et|in|to|&)"
NAME = rf"{CAP}(?:[ ]+(?:{LINK}[ ]+)*{CAP})*"
# 'Ministry of Education, Science and Technology': a comma list closed by 'and' inside.
LISTED = rf"{NAME}(?:(?:,[ ]+{CAP}(?:[ ]+{CAP})*)+,?[ ]+(?:and|&)[ ]+{NAME})*"
FIRST_HEADS = {
    "ministry",
    "office",
    "bank",
    "council",
    "court",
    "commission",
    "department",
    "university",
    "institute",
    "agency",
    "bureau",
    "authority",
    "embassy",
    "directorate",
    "secretariat",
    "federation",
    "association",
    "organization",
    "organisation",
    "government",
    "house",  # 'House of Representatives', 'House of Lords'
}
# Heads too generic alone: 'the Security Forces' is not a name, 'Kenya Defence Forces' is.
LONG_HEADS = {"forces", "force"}
# 'World Food Programme', 'United Nations Development Programme': agencies, not projects.
AGENCY_START = re.compile(r"^(?:World|United Nations|UN|International|Global)\b")
# 'Central Office for the Fight against Illicit Enrichment (OCLEI)': before its acronym a
# name may hold 'against', which elsewhere joins two sides.
ACRONYMED = rf"{CAP}(?:[ ]+(?:(?:{LINK}|against)[ ]+)*{CAP})*"
ACRONYMED = rf"{ACRONYMED}(?:(?:,[ ]+{CAP}(?:[ ]+{CAP})*)+,?[ ]+and[ ]+{ACRONYMED})*"
WITH_ACRONYM = re.compile(rf"({ACRONYMED})\s+\(([A-Z][A-Za-z]*[A-Z]|[A-Z]{{2,}})\)")
# '(UNHCR) the UN Refugee Agency', 'UNHCR, the UN Refugee Agency': the acronym first.
ACRONYM_FIRST = re.compile(rf"(?:\(([A-Z]{{2,}})\)\s*,?|\b([A-Z]{{2,}}),)\s+the\s+({NAME})")
HEADED = re.compile(rf"\b({LISTED})")
PROGRAMME_AFTER = re.compile(
    r"\s+(?:{})\b".format("|".join(sorted(PROGRAM_HEADS, key=len, reverse=True)))
)
POSSESSIVE = re.compile(r"['’]s\b")
SPEAKS = ("a name that speaks or is cited, no organisation word", 0.65)
HEAD_WORDS = ORG_HEADS | FIRST_HEADS | LONG_HEADS | PROGRAM_HEADS
# 'the World Bank-funded X Project': the funder's name ends at the hyphen.
FUNDER = re.compile(r"-(?:funded|backed|financed|supported|sponsored)\s+")
# '… Reserve to the X Corporation', '… Fund for Africa for the Sahel': where a name's
# second phrase of aim or destination starts, another name or a place does.
RUN_ON = re.compile(r"\s+(?:to|for)\s+the\s+")
# 'the U.N. refugee agency, UNHCR,', 'the state utility Senelec': a body named in apposition.
APPOSED = re.compile(
    r"\b[Tt]he\s+(?:[\w.'’-]+\s+){0,3}?(?:agency|utility|group|company|firm|organi[sz]ation|"
    r"charity|watchdog|regulator|operator|lender|broadcaster|consultancy|militia|movement),?"
    rf"\s+((?:[A-Z]{{2,}}\b|{NAME}))(?=\s*[,.;:)]|\s+[a-z]|$)"
)
# 'Boko Haram fighters': a two-word name before the members of an armed group.
ARMED = re.compile(rf"\b({CAP}(?:[ ]+{CAP})+)[ ]+(?:fighters|militants|insurgents|jihadists)\b")
# 'United Nations agencies': organisations of a body, not the body itself.
PLURAL_AFTER = re.compile(r"\s+(?:agencies|organi[sz]ations|bodies|entities|institutions)\b")
# 'ECOWAS', 'INTERPOL' never spelled out: an upper-case word of four letters or more.
# Not a wire credit '(REUTERS)' nor a word of a masthead 'PREMIUM TIMES'.
BARE_ACRONYM = re.compile(r"(?<![\w(-])(?<![A-Z] )[A-Z]{4,}(?![\w)-])(?! [A-Z]{2})")


def plausible_acronym(name: str, acronym: str) -> bool:
    """Return whether acronym abbreviates name, in this language's order or another's."""
    initials = [w[0].upper() for w in re.findall(r"[\w'’-]+", name) if w[0].isupper()]
    letters = set(acronym.upper())
    # 'POC' for Joint Operational Partnership; 'UNICEF' for United Nations Children's Fund.
    initials_found = sum(1 for initial in initials if initial in letters)
    return (
        len(letters & set(initials)) >= max(2, len(letters) - 1)
        or (initials and initials_found >= max(2, len(initials) - 1) and initials[0] in letters)
        or name.upper() == acronym
    )


def spells(name: str, acronym: str) -> bool:
    """Return whether the name's initials give all but one of the acronym's letters."""
    initials = {w[0].upper() for w in re.findall(r"[\w'’-]+", name) if w[0].isupper()}
    letters = set(acronym.upper())
    return len(letters & initials) >= max(2, len(letters) - 1)


def is_programme(name: str) -> bool:
    """Return whether a name is a programme's ('… Initiative'), not a body's."""
    if AGENCY_START.match(name):
        return False
    return any(word.lower() in PROGRAM_HEADS for word in name.split())


def find_organizations(text: str, *, exclude: set[str]) -> list[OrganizationRecord]:
    """Return organisations in order of first mention; exclude holds folded non-org names."""
    found: dict[str, OrganizationRecord] = {}
    people = {key for key in exclude if " " in key}
    exclude = exclude | descriptions(text)
    for name, acronym, cue in with_acronyms(text):
        if is_programme(name) or fold_key(name) in exclude or not_a_body(name):
            continue
        found.setdefault(fold_key(name), record(name, acronym, cue, 0.95 if acronym else 0.85))
    acronyms = {o.acronym for o in found.values()}
    for match in HEADED.finditer(text):
        if HEAD_WORDS.isdisjoint(POSSESSIVE.sub("", match.group(1)).lower().split()):
            continue  # most capitalised runs are names and places: no need to look closer
        if PLURAL_AFTER.match(text, match.end()):
            continue  # 'United Nations agencies'
        run = without_people(match.group(1), people, text)  # 'Ministry of Health and Amina Bello'
        runs = [part for run in re.split(r"\s+and\s+the\s+", run) for part in owned(run)]
        for run in runs:
            for name in FUNDER.split(run):
                add_run(found, without_run_on(name), exclude, acronyms)
    for name, cue in named_in_apposition(text) + bare_acronyms(text):
        if fold_key(name) not in exclude and name not in acronyms:
            found.setdefault(fold_key(name), record(name, None, *cue))
    add_known_by_context(found, text, exclude)
    add_companies(found, text, exclude)
    for name in institutions_named(text):
        found.setdefault(fold_key(name), record(name, None, "an institution named alone", 0.8))
    return finished(found.values(), text, people)


def record(name: str, acronym: str | None, cue: str, confidence: float) -> OrganizationRecord:
    """Return an organisation's record with the cue that found it (its sentence comes last)."""
    return OrganizationRecord(name, acronym, Evidence(cue=cue, confidence=confidence))


def add_companies(found: dict, text: str, exclude: set[str]) -> None:
    """Add companies named without a corporate word that the sentences describe as such."""
    not_companies = exclude | {fold_key(org.acronym) for org in found.values() if org.acronym}
    for _, name, cue, confidence in find_companies(text, not_companies):
        key = fold_key(name)
        if key in found or any(f" {key} " in f" {fold_key(org.name)} " for org in found.values()):
            continue  # found already, or a piece of a name found: 'Kenya Airways' of '… Cargo'
        found[key] = record(name, None, cue, confidence)


def add_known_by_context(found: dict, text: str, exclude: set[str]) -> None:
    """Add bodies without an organisation word that the sentences have speak or act."""
    known = {o.name for o in found.values()} | {o.acronym for o in found.values() if o.acronym}
    not_names = exclude | {word for key in exclude for word in key.split()}
    acronyms = [a for a in acronyms_in_context(text, known) if f"({a})" not in text]
    for name in acronyms + names_in_context(text, not_names):
        key = fold_key(name)
        if key in exclude or name in known or is_programme(name) or org_shaped(name):
            continue
        if any(key in fold_key(org.name) for org in found.values()):
            continue  # a piece of a name already found
        if name.isupper() and (spelled := spelled_by(found, name)):
            found[spelled] = replace(found[spelled], acronym=name)  # 'the NDF's'
            continue
        cue = ("an acronym that acts in the sentence", 0.8) if name.isupper() else SPEAKS
        found.setdefault(key, record(name, None, *cue))


def spelled_by(found: dict, acronym: str) -> str | None:
    """Return the key of a body found without an acronym whose name the acronym spells."""
    for key, org in found.items():
        if (
            org.acronym is None
            and plausible_acronym(org.name, acronym)
            and spells(org.name, acronym)
        ):
            return key
    return None


def descriptions(text: str) -> set[str]:
    """Return the folded descriptions set beside an acronym they do not spell.

    'UNHCR, the UN Refugee Agency': the body goes by its acronym; the description is
    not a second name.
    """
    spelled = {match.group(2) for match in WITH_ACRONYM.finditer(text)}
    return {
        fold_key(tidy(match.group(3)))
        for match in ACRONYM_FIRST.finditer(text)
        if (match.group(1) or match.group(2)) not in spelled
        and not spells(tidy(match.group(3)), match.group(1) or match.group(2))
    }


def bare_acronyms(text: str) -> list[tuple[str, tuple[str, float]]]:
    """Return upper-case words of four letters or more that recur in running text and
    are never spelled out: a body known well enough to go by its acronym alone.

    A word defined as '(ACR)' is left to its name, which may be a programme's; a word in
    an upper-case line is a shouted label, and a place is a place.
    """
    lines = [line for line in text.splitlines() if not line.isupper()]
    words = [m.group() for line in lines for m in BARE_ACRONYM.finditer(line)]
    return [
        (word, ("an acronym used alone, repeatedly", 0.7))
        for word in dict.fromkeys(words)
        if words.count(word) >= 2 and f"({word})" not in text and not lookup(word)
    ]


def named_in_apposition(text: str) -> list[tuple[str, tuple[str, float]]]:
    """Return bodies without an organisation word that the sentence says are bodies:
    'the U.N. refugee agency, UNHCR,', 'the state utility Senelec', 'Boko Haram fighters'."""
    cues = {APPOSED: ("described as a body", 0.85), ARMED: ("an armed group's fighters", 0.8)}
    # 'the New York-based group Human Rights in China': the place is the name's own.
    names = [
        (tidy(m.group(1), place_tail=False), cues[p])
        for p in (APPOSED, ARMED)
        for m in p.finditer(text)
    ]
    return [
        (name, cue)
        for name, cue in names
        if name and not lookup(name) and name not in demonyms() and not is_titled(name)
    ]


def add_run(found: dict, name: str, exclude: set[str], acronyms: set[str]) -> None:
    """Add the organisation or organisations a capitalised run names."""
    if ", " in name and fold_key(tidy(name)) in found:
        return  # named with its acronym already: its parts are not names
    parts = re.split(r",\s+|\s+(?:and|&)\s+", name)  # 'the World Bank, UNICEF and WFP'
    # 'Foreign, Commonwealth & Development Office': a list of portfolios before one head.
    portfolios = len(parts[0].split()) == 1 and not parts[0].isupper()
    if ", " in name and tidy(name).split()[0].lower() not in FIRST_HEADS and not portfolios:
        for part in parts:
            add_run(found, part, exclude, acronyms)
        return
    if owner := re.search(r"\s+and\s+(?=[A-Z][\w-]*['’]s\s)", name):
        add_run(found, name[: owner.start()], exclude, acronyms)  # 'X and Germany's KfW'
        add_run(found, name[owner.end() :], exclude, acronyms)
        return
    if two_names(name):  # 'Amnesty International and Kenya Airways'
        for part in name.split(" and "):
            add_headed(found, tidy(part), exclude, acronyms)
        return
    if add_headed(found, tidy(name), exclude, acronyms):
        return
    # 'the National Assembly in Abuja': a name, then a place.
    head, *rest = re.split(r"\s+(?:in|to)\s+", name)
    if rest and add_headed(found, tidy(head), exclude, acronyms):
        return
    # 'the Kenya Red Cross Society and Doctors Without Borders': one name of two.
    for part in name.split(" and ") if " and " in name else ():
        add_headed(found, tidy(part), exclude, acronyms)
    left, _, right = name.rpartition(" and ")
    if left and left.split()[-1].lower() in ORG_HEADS and partner_name(right, exclude):
        # 'Kenya Airways and Jambojet': a one-word partner of a company, less sure.
        found.setdefault(fold_key(right), record(right, None, "joined to an organisation", 0.6))


def partner_name(word: str, exclude: set[str]) -> bool:
    """Return whether one word joined to an organisation by 'and' may name another: not
    a place, a people, a word of a person's name, a common or title word."""
    people_words = {w for key in exclude for w in key.split()}
    return (
        " " not in word
        and len(word) > 2
        and not lookup(word)
        and word not in demonyms()
        and fold_key(word) not in people_words
        and word.lower() not in HEAD_WORDS | TITLE_WORDS | NOT_NAMES
    )


def member_of(name: str) -> str | None:
    """Return the body of 'Someone of the Body' when what comes before 'of' is a person's
    name of two to four words or a plural noun: a member of it, not part of its name
    ('University of Texas', 'Climate Relocation of Communities Trust Fund' are names)."""
    left, _, right = name.partition(" of ")
    right = re.sub(r"^the\s+", "", right)
    words = left.split()
    # 'Agents of …', 'Shares of …': members, or a sentence's plural subject, of the body.
    plural = (
        len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+s", left) and left.lower() not in HEAD_WORDS
    )
    named = 2 <= len(words) <= 4 and all(is_name_text(w, True) for w in words)
    if not right or not (plural or named):
        return None
    if not HEAD_WORDS.isdisjoint(left.lower().split()) or any(lookup(w) for w in words):
        return None
    return right if org_shaped(tidy(right)) else None


def without_run_on(name: str) -> str:
    """Return the name a run holds when it runs on over 'to the'/'for the' into another.

    'the Grain Reserve to the Marketing Corporation' names the corporation; 'the Trust
    Fund for Africa for the Sahel window' names the fund.
    """
    parts = RUN_ON.split(name)
    if len(parts) < 2:
        return name
    left, right = parts[0], name[len(parts[0]) :]
    right = RUN_ON.sub("", right, count=1)
    if not org_shaped(tidy(left)) and org_shaped(tidy(right)):
        return right
    if org_shaped(tidy(left)) and re.search(r"\s(?:for|to)\s", left):
        return left  # 'Fund for Africa for the Sahel': its second aim is no part of it
    return name


def two_names(name: str) -> bool:
    """Return whether 'A and B' joins two organisations, not 'Ministry of Trade and Industry'."""
    left, _, right = name.partition(" and ")
    return bool(right) and left.split()[-1].lower() in ORG_HEADS and org_shaped(tidy(right))


def with_acronyms(text: str) -> list[tuple[str, str | None, str]]:
    """Return (name, acronym) pairs written 'Name (ACR)' or '(ACR) the Name', in order."""
    pairs = []
    for match in WITH_ACRONYM.finditer(text):
        if PROGRAMME_AFTER.match(text, match.end()):
            continue  # 'the Better Migration Management (BMM) programme'
        name = tidy(re.split(r"\s+and\s+the\s+", match.group(1))[-1])
        if name := acronym_name(name, match.group(2)):
            pairs.append((match.start(), name, match.group(2), "name (ACRONYM)"))
    spelled = {acronym for _, _, acronym, _ in pairs}
    for match in ACRONYM_FIRST.finditer(text):
        name = tidy(re.split(r"\s+and\s+", match.group(3))[0])
        acronym = match.group(1) or match.group(2)
        if acronym in spelled:
            continue  # 'the X Authority (XA), the Y Company (YC)': a list of named bodies
        if org_shaped(name) and not spells(name, acronym):
            # 'UNHCR, the UN Refugee Agency': a description, not what the letters spell.
            pairs.append((match.start(), acronym, None, "acronym before its description"))
        elif org_shaped(name):
            pairs.append((match.start(), name, acronym, "(ACRONYM) the name"))
    return [(name, acronym, cue) for _, name, acronym, cue in sorted(pairs)]


def acronym_name(name: str, acronym: str) -> str | None:
    """Return the part of a run an acronym abbreviates: the shortest covering most letters.

    'A, B and C Union (ABCU)' is whole; in 'Ghana, Togo and Economic Community of West
    African States (ECOWAS)' the countries are not part of the name.
    """
    parts = {name, name.split(" and ")[-1], name.split(", ")[-1]}
    letters = set(acronym.upper())

    def covered(part: str) -> int:
        return len(letters & {w[0] for w in part.split() if w[0].isupper()})

    best = sorted(parts, key=lambda part: (-covered(part), len(part)))[0]
    return best if plausible_acronym(best, acronym) else None


def org_shaped(name: str) -> bool:
    """Return whether a name ends in an organisation word or starts with one (Ministry of)."""
    words = name.split()
    if len(words) < 2:
        return False
    last, first = words[-1].lower(), words[0].lower()
    if last in LONG_HEADS:
        return len(words) >= 3
    agency = AGENCY_START.match(name) and last in PROGRAM_HEADS
    # 'EU Emergency Trust Fund for Africa': the head, then what the body is for.
    lower = [w.lower() for w in words]
    head_first = any(
        word in ORG_HEADS and lower[k + 1] in {"for", "of", "on"}
        for k, word in enumerate(lower[1:-1], start=1)
    )
    return last in ORG_HEADS or first in FIRST_HEADS or bool(agency) or head_first


def add_headed(found: dict, name: str, exclude: set[str], acronyms: set[str]) -> bool:
    """Add name if it is shaped like an organisation; return whether it is one."""
    name = tidy(member) if (member := member_of(name)) else name  # 'X Y of the Labour Party'
    if fold_key(name) in exclude or is_programme(name) or name.isupper() or not_a_body(name):
        return False  # an upper-case run is a dateline or a shouted headline, not a name
    if not org_shaped(name):
        return False
    words = name.split()
    if words[0].isupper() and words[0] in acronyms:
        return True  # 'EU Council' style: an acronym we already know plus a word
    if any(name in org.name for org in found.values() if org.acronym):
        return True  # a piece of a name already known with its acronym
    found.setdefault(fold_key(name), record(name, None, "organisation word in the name", 0.9))
    return True
