"""Companies and brands named without a corporate word, known by what the sentence says.

'Barclays, the bank', 'the carmaker Toyota': what the sentence calls them; 'shares in
Safaricom': what is held in them; "Boeing's chief executive", 'Emirates chief executive
Tim Clark': what only a company has; 'Air Namibia': a country's airline. Weaker cues,
each below the review line alone: whom a source told ('told Reuters'), a name speaking of
itself as 'it', reporting results, whose shares trade, quoting sources, or whose spokesman
speaks; two different cues for one name make it confident.
"""

import re

from articles.importing.extract.gazetteer import demonyms, lookup
from articles.importing.extract.lexicon import (
    COMPANY_KINDS,
    COMPANY_PARTS,
    DAYS,
    HONORIFICS,
    MONTHS,
    OPENING_WORDS,
    ORG_HEADS,
    ROMAN,
    TITLE_WORDS,
)
from articles.text import fold_key

# A company's name: capitalised words, 'of', 'de' or '&' between ('Procter & Gamble').
WORD = r"[A-Z][\w'’&-]*"
NAME = rf"{WORD}(?:[ ]+(?:(?:&|of|de)[ ]+)?{WORD}){{0,4}}"
KINDS = "|".join(sorted(COMPANY_KINDS, key=len, reverse=True))
# The description ends its phrase: 'Barclays, the bank, said', not 'X, a bank manager'.
PHRASE_END = (
    r"(?=\s*[,.;:)]|\s+(?:that|which|whose|said|says|has|had|is|was|based|owned|run|in|of|"
    r"with|and|for|on|at|to|from)\b|\s*$)"
)
DESCRIBED_AFTER = re.compile(
    rf"(?<![\w'’-])({NAME}),\s+(?:the|a|an)\s+(?:[\w'’.-]+\s+){{0,4}}?(?:{KINDS})(?![\w'’-])"
    + PHRASE_END
)
DESCRIBED_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Nn]ational|[Ss]tate(?:-owned|-run)?)\s+(?:[\w'’.-]+\s+){{0,3}}?"
    rf"(?:{KINDS})\s+({NAME})(?=\s*[,.;:)]|\s+[a-z]|\s*$)"
)
DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
HELD_IN = re.compile(
    r"\b(?i:shares|stake|stakes|shareholders|shareholding|bonds|takeover)\s+(?:in|of)\s+"
    rf"(?:the\s+)?({NAME})(?![\w'’-])"
)
OWNING = re.compile(
    rf"(?<![\w'’-])({NAME})['’]s\s+(?:(?:new|former|own|top|main)\s+)?(?:{COMPANY_PARTS})\b"
)
LED_BY = re.compile(
    rf"(?<![\w'’-])({NAME})\s+(?:chief executive(?: officer)?|chairman|chairwoman|"
    r"managing director|chief financial officer|CEO)\s+(?=[A-Z])"
)
# 'told Reuters', 'told Al Jazeera by telephone': whom a source speaks to is an outlet
# when no person the article names.
TOLD = re.compile(
    rf"\btold\s+({NAME})(?=\s*[,.;:]|\s+(?:that|by|in|on|from|after|when|during|as)\b|\s*$)"
)
# 'Siemens said on Tuesday it would …': a name that refers to itself as 'it' is a body.
SAID_IT = re.compile(
    rf"(?<![\w'’-])({NAME})\s+(?:said|says|announced)\s+(?:on\s+)?(?:(?:{DAY_NAMES})\s+)?"
    r"(?:that\s+)?it\s+(?:would|will|had|has|was|is|plans?|expects?)\b"
)
# 'Lotte reported a net profit', 'Hyundai posted record sales': a company's results.
RESULTS = re.compile(
    rf"(?<![\w'’-])({NAME})\s+(?:reported|posted|announced)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?"
    r"(?:profits?|loss|losses|earnings|revenues?|sales|turnover|dividend)\b"
)
# 'Pirelli shares rose', 'shares of Ericsson fell': what is traded in it.
TRADED = re.compile(
    rf"(?<![\w'’-])({NAME})\s+(?:shares|stock)\s+(?:rose|fell|closed|gained|lost|jumped|slipped|"
    r"dropped|ended|eased|climbed|slid|firmed|were|was)\b"
)
# 'Radio Red quoted local police': an outlet quoting its sources.
QUOTING = re.compile(rf"(?<![\w'’-])({NAME})\s+quoted\s+(?=[a-z]|[A-Z][a-z]+\s+[A-Z])")
# 'a spokesman for Benetton': who speaks for a body.
SPOKEN_FOR = re.compile(rf"\bspokes(?:man|woman|person)\s+(?:for|at|of)\s+({NAME})(?![\w'’-])")
# 'Air Namibia', 'Air France': a country's airline, its name after 'Air'.
AIRLINE = re.compile(r"(?<![\w'’-])Air\s+([A-Z][\w'’-]+)(?![\w'’-])")
CUES = (
    (DESCRIBED_AFTER, "described as a company after its name", 0.85),
    (DESCRIBED_BEFORE, "described as a company before its name", 0.85),
    (HELD_IN, "shares or a stake held in it", 0.75),
    (OWNING, "a company's officer or shares after its name", 0.75),
    (LED_BY, "a company's chief before a name", 0.7),
    (TOLD, "'told NAME', NAME no person: an outlet", 0.6),
    (SAID_IT, "'NAME said it would': a body speaking of itself", 0.7),
    (RESULTS, "a company's results after its name", 0.7),
    (TRADED, "its shares traded after its name", 0.7),
    (SPOKEN_FOR, "'a spokesman for NAME'", 0.7),
    (QUOTING, "'NAME quoted': an outlet", 0.6),
)
CORROBORATED = 0.85  # the confidence of a name two different cues find
# One word a sentence may describe that names no company: 'the Government, the lender …'.
COMPASS = {
    "north",
    "south",
    "east",
    "west",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
}
GENERIC = (
    ORG_HEADS
    | TITLE_WORDS
    | HONORIFICS
    | OPENING_WORDS
    | DAYS
    | set(MONTHS)
    | {"government", "state", "world", "country", "nation", "group", "god"}
)


def find_companies(text: str, exclude: set[str]) -> list[tuple[int, str, str, float]]:
    """Return (offset, name, cue, confidence) of companies the sentences describe or treat
    as companies; exclude holds folded names of people and places to skip, and a word of
    a person's name is none ('told Smith')."""
    found = []
    words = {word for key in exclude if " " in key for word in key.split()}
    for pattern, cue, confidence in CUES:
        for match in pattern.finditer(text):
            name = company_name(match.group(1))
            if name and fold_key(name) in words:
                continue
            if name and fold_key(name) not in exclude and not holds_excluded(name, exclude):
                found.append((match.start(1), name, cue, confidence))
    for match in AIRLINE.finditer(text):
        if lookup(match.group(1)) or match.group(1) in demonyms():
            found.append((match.start(), match.group(), "'Air' and a country", 0.85))
    return corroborated(sorted(found))


def corroborated(found: list[tuple[int, str, str, float]]) -> list[tuple[int, str, str, float]]:
    """Return the finds with a name two different cues point to made confident: one weak
    cue may mislead ('told Bello'), two rarely agree by chance."""
    cues: dict[str, list[str]] = {}
    for _, name, cue, _ in found:
        cues.setdefault(fold_key(name), []).append(cue)
    result = []
    for offset, name, cue, confidence in found:
        others = sorted(set(cues[fold_key(name)]) - {cue})
        if others:
            cue, confidence = f"{cue}; {others[0]}", max(confidence, CORROBORATED)
        result.append((offset, name, cue, confidence))
    return result


def company_name(run: str) -> str | None:
    """Return the company a capitalised run names, trimmed, or None when it is none."""
    words = re.sub(r"['’]s$", "", run).split()
    while words and (words[0].lower() in OPENING_WORDS | DAYS or words[0].lower() in MONTHS):
        words = words[1:]  # 'Yesterday Barclays'
    if words and re.search(r"-[a-z]+$", words[0]):
        words = words[1:]  # 'Vienna-based Siemens', 'EU-funded': not part of the name
    owner = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if owner is not None:
        words = words[owner + 1 :]  # "Germany's Siemens": the owner is no part of it
    if not words:
        return None
    name = " ".join(words)
    if lookup(name) or name in demonyms() or any(w.lower() in ROMAN for w in words):
        return None
    if is_person_titled(words):
        return None
    if len(words) == 1 and (
        name.lower() in GENERIC or not name[1:].islower() and not name.isupper()
    ):
        return None
    if all(lookup(w) or w in demonyms() or w.lower() in COMPASS for w in words):
        return None  # 'South African', 'Kenya Central'
    return name


def one_word_name(name: str) -> bool:
    """Return whether one word is written as a name: 'Siemens', 'BBC'; not 'McKinsey's'."""
    return name[1:].islower() or name.isupper() or bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", name))


def is_person_titled(words: list[str]) -> bool:
    """Return whether words are a title and a person ('Chief Executive John Smith'), or end
    in a title ('Interior Minister'); 'General Motors' is neither."""
    lower = [w.lower().rstrip(".") for w in words]
    return (
        lower[-1] in TITLE_WORDS
        or any(w in HONORIFICS for w in lower)
        or any(w in TITLE_WORDS and len(words) - k >= 3 for k, w in enumerate(lower))
    )


def holds_excluded(name: str, exclude: set[str]) -> bool:
    """Return whether a name holds a person's or another excluded name of several words."""
    key = f" {fold_key(name)} "
    return any(" " in other and f" {other} " in key for other in exclude)
