"""An organisation's name as a record holds it: trimmed of what a capitalised run drags in
(an opening, an owner, a date, a place, a person appended) and never a non-body."""

import re
from dataclasses import replace

from articles.importing.extract.gazetteer import demonyms, lookup
from articles.importing.extract.lexicon import (
    DAYS,
    HONORIFICS,
    MONTHS,
    ORG_HEADS,
    ROMAN,
    TITLE_WORDS,
)
from articles.importing.extract.record_sentences import sentence_naming
from articles.importing.records import Evidence, OrganizationRecord
from articles.text import fold_key

# 'EU-funded Better Migration Management': who pays is not part of the name.
BACKED = re.compile(r"^\S+-(?:funded|backed|financed|supported|led|sponsored|based)\s+")
# '4. Requests the Chairperson', 'Commends the Envoy': a communiqué's verb opens the run.
# 'Briefing the National Assembly …', 'Addressing the Council': a participle opens it too.
VERB_OPENING = re.compile(r"^[A-Z][a-z]{3,}(?:s|ing)\s+the\s+(?=[A-Z])")
LEADING = re.compile(r"^(?:The|A|An|In|On|At|By|For|And|But|Both|Its|Their|His|Her)\s+")
# 'According to the', 'Thanks to', 'Speaking at the': a sentence's opening, not a name's.
OPENING = re.compile(
    r"^(?:[A-Z][a-z]+\s+(?:to|at|with|from)|Under|Through|With|From|After|Before|During|"
    r"Despite|Following|Unlike|Like|Since|While|When|Although|Meanwhile|Also|Then)\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# '… Fund for Africa on Monday': when the news happened is not part of the name.
WHEN_TAIL = re.compile(
    r"\s+(?:on|in)\s+(?:{})$".format("|".join(w.capitalize() for w in (*DAYS, *MONTHS)))
)
PLACE_TAIL = re.compile(r"\s+(?:in|of)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")


# 'Kenyatta International Convention Centre', 'Accra Sports Stadium': venues, not bodies.
VENUE = re.compile(
    r"\b(?:(?:Convention|Conference|Exhibition|Shopping|Sports|Cultural|Trade)\s+(?:Centre|Center)"
    r"|Hall|Stadium|Hotel|Arena|Auditorium|Theatre|Theater)$"
    r"|^(?:\w+\s+)?Media\s+(?:Centre|Center)$"
    r"|\bSystem$"  # '… Data Analysis System' is a tool a body runs
)

# 'Government of Malawi': the country acting, which editors record as the place.
GOVERNMENT_OF = re.compile(r"^Government\s+of\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def tidy(name: str, *, place_tail: bool = True) -> str:
    """Trim what a capitalised run drags in: 'The', 'Kenya's', 'Director General of the',
    and unless place_tail is False a place after the name ('… in Kinshasa')."""
    # 'Summary The Corruption Division': a capitalised 'The' inside opens a new name.
    name = re.split(r"(?<!\bof)(?<!\bfor)(?<!\bto)\s+The\s+", name.strip())[-1]
    name = OPENING.sub("", LEADING.sub("", VERB_OPENING.sub("", name))).rstrip(".")
    name = BACKED.sub("", name)
    # "Kenya's Ministry of Health": a country or a body owns; "Boatmen's Bancshares" is whole.
    if (owner := re.match(r"^([A-Z][\w-]*)['’]s\s+", name)) and is_owner(owner.group(1)):
        name = name[owner.end() :]
    name = re.sub(r"['’]s$", "", name)
    name = WHEN_TAIL.sub("", name)
    place = PLACE_TAIL.search(name) if place_tail else None
    # 'the Ministry of Health, X and Y in Kinshasa'; a ministry's country, 'Ministry of
    # Labour and Training of Cambodia', but not a name's own ('Bank of Ghana', '… of Japan').
    of_place = place and place.group(0).lstrip().startswith("of")
    ministry = re.match(r"(?:Ministry|Department)\s+of\s+\w+\s+\w+", name)
    if place and lookup(place.group(1)) and (not of_place or ministry):
        name = name[: place.start()]
    words = name.split()
    if words and words[0].lower() in TITLE_WORDS and " of " in name:
        name = re.sub(r"^.*?\bof\s+(?:the\s+)?", "", name)
    elif len(words) > 1 and words[1].lower() in TITLE_WORDS and " of " in name:
        # 'Special Representative of the Chairperson of the Commission': a title of a
        # title names an office, and the body is not named in full.
        rest = re.sub(r"^.*?\bof\s+(?:the\s+)?", "", name)
        name = "" if rest.split()[0].lower() in TITLE_WORDS else rest
    return name


def is_owner(word: str) -> bool:
    """Return whether a possessive word owns the name after it: a place, a people, an
    acronym ('UNODC's'), not a word of the name ('McDonald's Corp')."""
    return bool(lookup(word)) or word in demonyms() or word.isupper()


def owner_possessive(name: str) -> re.Match | None:
    """Return the possessive after which a name a body or country owns starts ('the
    Ministry of Health's Vector Control Services', 'UNODC's …', 'Nigeria's …'), if any;
    a possessive inside one name is none ('Magistrate's Court', 'People's Party')."""
    match = re.search(r"['’]s\s+(?=[A-Z])", name)
    owner = name[: match.start()] if match else ""
    if owner and (owner.isupper() or lookup(owner) or set(owner.lower().split()) & ORG_HEADS):
        return match
    return None


def owned(run: str) -> list[str]:
    """Return a run split into its owner and the body it owns, or whole."""
    match = owner_possessive(run)
    return [run[: match.start()], run[match.end() :]] if match else [run]


def without_people(name: str, people: set[str], text: str) -> str:
    """Return a name cut where a person's name starts inside it: 'Ministry of Health and
    Amina Bello', 'Department of Water Affairs K.D. Perera' end at the body; people holds
    folded names of several words. The last person found is cut ('… Drugs Control Sergey
    Gorbunov'); after 'and', only one the text names elsewhere, as a portfolio of the body
    ('Ministry of Labour and Vocational Training') may have been read as a person."""
    words = name.split()
    for end in range(len(words) - 1, 1, -1):  # 'Lynn Reaser of Barnett Banks Inc'
        if words[end].lower() in {"of", "at", "from"} and fold_key(" ".join(words[:end])) in people:
            return " ".join(words[end + 1 :]).removeprefix("the ")
    for start in range(len(words) - 2, 0, -1):
        for end in range(len(words), start + 1, -1):
            if fold_key(" ".join(words[start:end])) not in people:
                continue
            joined = words[start - 1].lower() in {"and", "&"}
            if joined and not named_elsewhere(words[end - 1], " ".join(words[start - 1 :]), text):
                continue
            return " ".join(trailing_joins(words[:start]))
    return name


def named_elsewhere(word: str, phrase: str, text: str) -> bool:
    """Return whether text writes word outside the phrase it appears in here."""
    alone = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
    return alone > len(re.findall(re.escape(phrase), text))


def trailing_joins(words: list[str]) -> list[str]:
    """Return words without the joins and titles a cut leaves at their end ('and', 'Dr')."""
    while words and (
        words[-1].lower().rstrip(".,") in {"and", "of", "the", "for", "&"} | HONORIFICS
        or words[-1].endswith(",")
    ):
        words = words[:-1]
    return words


def is_body_name(name: str) -> bool:
    """Return whether a cleaned name can name a body: not a possessive fragment
    ("Interior Minister's"), a numeral ('II'), a place, a people or an office alone."""
    words = name.split()
    if not words or name.endswith(("'s", "’s", "'", "’")):
        return False
    lower = [w.lower().strip(".,") for w in words]
    if all(w in ROMAN for w in lower):
        return False
    if lower[-1] in TITLE_WORDS and not lower[-1].endswith("s") and " of " not in name:
        return False  # 'Interior Minister'; not 'Office of the Prime Minister'
    if lower[-1] in DAYS or lower[-1] in MONTHS:
        return False
    if lookup(name) or name in demonyms() or lookup(re.sub(r"^the\s+", "", name)):
        return False
    if lower[-1] in {"ltd", "inc", "corp", "plc", "co", "llc"} and lookup(" ".join(words[:-1])):
        return False  # 'South Africa Ltd', the end of a longer company's name
    # 'Jewish West Bank', 'Arabs in the West Bank': a place of several words ends it.
    return not any(lookup(" ".join(words[k:])) for k in range(1, len(words) - 1))


def without_suffix_tail(name: str) -> str:
    """Return a company's name ending at its corporate word: 'Kia Motor Corp of South
    Korea' is Kia Motor Corp."""
    match = re.search(r"\b(?:Corp|Inc|Ltd|Co|Plc|PLC|LLC|SpA|AG|SA|NV)\.?(?=\s+(?:of|in)\s)", name)
    return name[: match.end()] if match else name


def finished(records, text: str, people: set[str]) -> list[OrganizationRecord]:
    """Return records with clean names, each once, and the sentence each was found in."""
    done: dict[str, OrganizationRecord] = {}
    records = list(records)
    listed = [org.name for org in records if re.search(r",\s|\s&\s", org.name)]
    for org in records:
        name = without_suffix_tail(without_people(org.name, people, text))
        name = re.sub(r"^(?:the|and|of)\s+", "", name)  # 'and US National Park Service'
        if shouted(name) or not is_body_name(name) or fold_key(name) in done:
            continue
        if any(re.search(rf"(?:,|\s&)\s{re.escape(name)}$", other) for other in listed):
            continue  # 'Commonwealth & Development Office' of 'Foreign, Commonwealth & …'

        sentence = sentence_naming(text, name) or sentence_naming(text, org.acronym or name)
        evidence = replace(org.evidence or Evidence(), sentence=sentence)
        done[fold_key(name)] = replace(org, name=name, evidence=evidence)
    return list(done.values())


def shouted(name: str) -> bool:
    """Return whether a name runs on out of a header in capitals ('MINISTRY OF RURAL
    DEVELOPMENT Government of …'): two or more long words in capitals, not an acronym."""
    return " " in name and sum(len(w) > 3 and w.isupper() for w in name.split()) >= 2


def is_titled(name: str) -> bool:
    """Return whether a name opens with a title or an honorific: a person, not a body."""
    first = name.split()[0].lower().rstrip(".")
    return first in TITLE_WORDS or first in {"mr", "mrs", "ms", "dr", "prof"}


def not_a_body(name: str) -> bool:
    """Return whether an organisation-shaped name is a venue or a country's government.

    Editors record 'Government of Malawi' as the country, Malawi; 'Government of
    National Accord' is a body's own name.
    """
    government = GOVERNMENT_OF.match(name)
    return bool(VENUE.search(name) or (government and lookup(government.group(1))))
