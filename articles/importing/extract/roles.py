"""Roles: the title phrases news copy puts before, around and after a person's name."""

import re

from articles.importing.extract.apposition import (
    LEADS,
    MAX_ROLE_WORDS,
    MAX_TITLED_WORDS,
    PRONOUNS,
    is_open_title,
    role_after,
    role_introduced,
    role_relative,
)
from articles.importing.extract.gazetteer import demonyms, lookup
from articles.importing.extract.lexicon import (
    ATTRIBUTION_VERBS,
    HONORIFICS,
)
from articles.importing.extract.names import (
    is_name_word,
    is_one_title,
    is_post_nominal,
    is_rank,
    is_style,
    is_title,
)
from articles.importing.extract.person_lexicon import (
    LEGAL_FORMS,
    SENTENCE_OPENERS,
)
from articles.importing.extract.portfolios import is_portfolio, with_listed_portfolios
from articles.importing.extract.tokens import Token, tokenize

BOUNDARY = re.compile(r"[,;:“”\"«»()]|\.\s")
# Lower-case words allowed before a lower-case title: 'former interior minister NAME'.
MAX_LOWER_WORDS = 3
MAX_TAIL_WORDS = 6
# Lower-case words of a charge after a lower-case title: 'head of office NAME'.
MAX_CHARGE_WORDS = 2
ROLE_STOPS = set(
    """
the a an its his her their our of in at by with from for to on and as was is were are who
that which while when where after before during says
""".split()
)
TITLE_LINKS = {"of", "for", "the", "and", "on", "to"}  # "to": "Ambassador to Zimbabwe NAME"
QUALIFIERS = {"at", "in"}  # 'director at the agency', 'coordinator in the region'
# Verbs that put a role after them in a sentence ('met the minister'), past forms without
# '-ed'; and past participles that describe a holder of a role ('retired general').
VERBS_BEFORE_ROLES = set(
    """
met meets meet saw sees told tells beat beats led leads won wins lost loses made makes gave
gives took takes sent sends left leaves hit hits urged urges named names thanked thanks
""".split()
)
DESCRIBING_PARTICIPLES = set(
    """
retired elected jailed detained exiled embattled disgraced celebrated respected renowned
appointed designated suspended sacked deposed ousted assassinated murdered injured wounded
alleged accused convicted unnamed unidentified veteran
""".split()
)


def stops_role(token: Token) -> bool:
    """Return whether a word before a title ends the role: 'the', 'said', 'Nigeria's'."""
    lower = token.text.lower()
    return (
        lower in ROLE_STOPS
        or lower in ATTRIBUTION_VERBS
        or is_honorific_only(token)
        or lower.endswith(("'s", "’s"))
        or ends_a_sentence_part(token)
    )


def is_honorific_only(token: Token) -> bool:
    """Return whether a word is an honorific and no title: 'Dr', not 'chief' ('UN chief')."""
    return token.lower in HONORIFICS and not is_title(token.bare)


def ends_a_sentence_part(token: Token) -> bool:
    """Return whether a capitalised word before a title is not part of it: 'But', 'CBE'."""
    return token.is_capitalised and (token.lower in SENTENCE_OPENERS or is_post_nominal(token))


def links_title(words: list[Token], n: int) -> bool:
    """Return whether words[n] links parts of one capitalised title: 'Bank of Kenya Governor'.

    'and' links only words that cannot be names: 'Trade and Industry Minister', but not
    'Ms. Diallo and President'.
    """
    word = words[n].lower
    if word not in TITLE_LINKS or n == 0 or not words[n - 1].is_capitalised:
        return False
    return word != "and" or not is_name_word(words[n - 1])


def stated_role(
    tokens: list[Token], first: int, run_start: int, name_end: int, text: str, *, apposed: bool
) -> str | None:
    """Return the role one mention of a name states, the fullest of those said around it.

    A title word alone ('Councillor NAME', 'a lawyer, NAME') gives way to a fuller role said
    beside it ('the chairman of the board, Councillor NAME'); a rank ('Maj. Gen.') is a role
    only when nothing else is said. apposed: the phrase before the name's comma is the
    previous person's ('NAME, Ambassador to X, Mr NAME, Deputy Minister').
    """
    if apposed and re.search(r",\s*(?:and|or)\s[^,]*,\s*$", text[: tokens[run_start].start]):
        apposed = False  # '…, and the Force Commander, Maj. Gen. NAME': a new person's role
    found = [
        role_preceding(tokens, first, text),
        None if apposed else role_before(text, tokens[run_start].start),
        role_after(text, name_end),
        role_relative(text, name_end),
        role_introduced(text, name_end),
    ]
    found = [role for role in found if role]
    # 'A Kenyan officer, …, who heads the station': a country is no more of a role.
    full = [
        role
        for role in found
        if len([w for w in role.split() if w not in demonyms()]) > 1 and has_title(role)
    ]
    if full or found:
        return (full or found)[0]
    return role_preceding(tokens, first, text, past_styles=False) or style_role(tokens, first, text)


def has_title(role: str) -> bool:
    """Return whether a role names an office or a charge: 'chairman of X', 'heads the unit'."""
    return bool(re.match(LEADS, role.split(" ", 1)[0])) or any(
        is_title(t.bare) for t in tokenize(role)
    )


def role_from_words(words: list[Token], text: str, *, links: bool = False) -> str | None:
    """Return the role in words ending just before a name: from its title word on."""
    titles = [i for i, w in enumerate(words) if is_one_title(w.bare)]
    # A capitalised title may carry a long charge: 'Special Representative of the
    # Chairperson of the Commission for X and Head of Y'.
    limit = MAX_TITLED_WORDS if titles and words[titles[0]].is_capitalised else MAX_ROLE_WORDS
    if not titles or len(words) - titles[0] > limit:
        return None
    start = titles[0]
    while (
        start > 0
        and words[start - 1].is_word
        and not is_honorific_only(words[start - 1])
        and (not stops_role(words[start - 1]) or (links and links_title(words, start - 1)))
    ):
        start -= 1
    # 'the Senegalese Minister of Health' holds the office 'Minister of Health'; a title in
    # lower case is a description, and its country is part of it: 'Ghanaian trade minister'.
    official = words[titles[0]].is_capitalised
    while start < titles[0] and (
        words[start].lower == "the" or (official and words[start].bare in demonyms())
    ):
        start += 1
    # 'Acme Holdings Ltd chief executive': a company named with its legal form is the
    # employer, a record of its own, not part of the office.
    employer = [n for n in range(start, titles[0]) if words[n].lower in LEGAL_FORMS]
    if employer:
        start = employer[-1] + 1
    return text[words[start].start : words[-1].end]


def role_preceding(
    tokens: list[Token], first: int, text: str, *, past_styles: bool = True
) -> str | None:
    """Return a title phrase right before a name: 'Secretary of State NAME', 'party leader NAME'.

    Ranks and honorifics right before the name are passed over: 'army spokesman Brig. Gen.
    NAME' is an army spokesman, 'Education Minister Dr NAME' an education minister.
    """
    if past_styles:
        first = styles_start(tokens, first)
    start = first
    title_end = lower_title_end(tokens, first)
    if title_end is not None:
        # 'the former interior minister NAME', 'NEC chairman NAME': lower-case words first,
        # then capitalised ones only.
        start = title_end
        while (
            title_end - start < MAX_LOWER_WORDS and start > 0 and lower_role_word(tokens[start - 1])
        ):
            start -= 1
        while (
            start > 0
            and tokens[start - 1].is_word
            and tokens[start - 1].is_capitalised
            and tokens[start - 1].lower not in PRONOUNS
        ):
            start -= 1
    else:
        while (
            start > 0
            and tokens[start - 1].is_word
            and (tokens[start - 1].is_capitalised or tokens[start - 1].lower in TITLE_LINKS)
            and not ends_a_sentence_part(tokens[start - 1])
        ):
            start -= 1
        start = listed_title_start(tokens, start, first)
    words = tokens[start:first]
    while words and words[0].lower in TITLE_LINKS:
        words = words[1:]
    while words and words[-1].lower in HONORIFICS and not is_title(words[-1].bare):
        words = words[:-1]
    if not words or all(w.lower in HONORIFICS for w in words):
        return None  # 'Chief NAME', 'Hon. NAME': an honorific is not a role
    role = role_from_words(words, text, links=True)
    return with_listed_portfolios(text, role, words[-1].end) if role else None


def lower_title_end(tokens: list[Token], first: int) -> int | None:
    """Return the end of a lower-case title right before tokens[first], or None.

    The title may carry a short charge: 'head of office NAME', 'commissioner for operations
    NAME'.
    """
    for n in range(first - 1, max(first - MAX_CHARGE_WORDS - 3, 0) - 1, -1):
        word = tokens[n]
        if not word.is_word or word.is_capitalised:
            return None
        if is_one_title(word.bare):
            tail = tokens[n + 1 : first]
            if not tail:
                return first
            charge = [t for t in tail[1:] if t.lower != "the"]
            if tail[0].lower in {"of", "for"} and 0 < len(charge) <= MAX_CHARGE_WORDS:
                return n + 1
            return None
        if n < first - 1 and word.lower in {"of", "for"}:
            continue
        if stops_role(word) and word.lower not in {"of", "for", "the"}:
            return None
    return None


def listed_title_start(tokens: list[Token], start: int, first: int) -> int:
    """Return where a title begins whose comma list of portfolios ends at tokens[first].

    'Minister of Agriculture, Irrigation and Water Development NAME': the words after the
    last comma name fields, not an office; the title is before the commas.
    """
    n = start
    while (
        1 < n < first
        and tokens[n - 1].text == ","
        and tokens[n].is_capitalised
        and all(t.text == "," or is_portfolio(t.text) for t in tokens[n:first])
        and not any(is_title(t.bare) for t in tokens[n:first])
    ):
        m = n - 1
        while (
            m > 0
            and tokens[m - 1].is_word
            and (tokens[m - 1].is_capitalised or tokens[m - 1].lower in TITLE_LINKS)
        ):
            m -= 1
        if is_open_title(list(tokens[m : n - 1])):
            return m
        n = m
    return start


def style_role(tokens: list[Token], first: int, text: str) -> str | None:
    """Return the ranks right before a name ('Maj. Gen.', 'Lt-Col', 'Justice'), not honorifics."""
    start = styles_start(tokens, first)
    ranks = [t for t in tokens[start:first] if is_rank(t.bare)]
    return text[ranks[0].start : ranks[-1].end] if ranks else None


def styles_start(tokens: list[Token], first: int) -> int:
    """Return where the ranks and honorifics right before tokens[first] begin.

    A dot the tokenizer left apart ('Cllr.', 'Engr.') belongs to the style before it.
    """
    while first > 0:
        if is_style(tokens[first - 1]):
            first -= 1
        elif tokens[first - 1].text == "." and first > 1 and is_style(tokens[first - 2]):
            first -= 2
        else:
            break
    return first


def lower_role_word(token: Token) -> bool:
    """Return whether a lower-case word can lead a role: 'former', 'party', not 'said'.

    Nor a verb: 'He met rebel chief-of-staff NAME', 'Obama thanked outgoing defence
    secretary NAME'; a past participle that describes ('retired', 'jailed') leads one.
    """
    return (
        token.is_word
        and not token.is_capitalised
        and not stops_role(token)
        and token.lower not in VERBS_BEFORE_ROLES
        and not (token.lower.endswith("ed") and token.lower not in DESCRIBING_PARTICIPLES)
    )


def segment_tokens(text: str, start: int, end: int) -> list[Token]:
    """Return the tokens of text[start:end] with offsets into text."""
    words = [t for t in tokenize(text[start:end]) if t.text.strip()]
    return [t.shifted(start) for t in words]


def role_before(text: str, start: int) -> str | None:
    """Return the role in 'the Minister of X, NAME' ending at the comma before start."""
    before = re.sub(r"\s*\([^)]*\)\s*(?=,$)", "", text[:start].rstrip())
    # 'the director, Eng. NAME', "the Minister, Dato' Seri NAME": honorifics before the name.
    while (honorific := re.search(r"(?<=[,\s])\s*([A-Z][a-z]*['’]?)\.?$", before)) and (
        honorific.group(1).lower() in HONORIFICS
    ):
        before = before[: honorific.start()].rstrip()
    if not before.endswith(","):
        return None
    segment_end = len(before) - 1
    cuts = list(BOUNDARY.finditer(before[:segment_end]))
    words = segment_tokens(text, cuts[-1].end() if cuts else 0, segment_end)
    # 'the Minister of Environment, Science and Technology, NAME': the title runs on
    # over a comma when the part after it is capitalised words only.
    while words and cuts and cuts[-1].group() == "," and is_title_tail(words):
        previous_start = cuts[-2].end() if len(cuts) > 1 else 0
        previous = segment_tokens(text, previous_start, cuts[-1].start())
        if not is_open_title(previous):
            break
        cuts.pop()
        words = segment_tokens(text, previous_start, segment_end)
    if words and cuts and cuts[-1].group() == "," and is_one_title(words[0].bare):
        previous_start = cuts[-2].end() if len(cuts) > 1 else 0
        if is_bare_title(segment_tokens(text, previous_start, cuts[-1].start())):
            words = segment_tokens(text, previous_start, segment_end)
    if not words or is_titled_name(words):
        return None
    return role_from_words(words, text)


def is_titled_name(words: list[Token]) -> bool:
    """Return whether words are a title and a name: 'President Clinton, Bob Dole and …'.

    Such a phrase before a comma is a person of its own in a list, not the next one's role.
    """
    titles = [n for n, w in enumerate(words) if is_title(w.bare)]
    tail = words[titles[-1] + 1 :] if titles else []
    return bool(tail) and all(is_name_word(w) and w.is_capitalised for w in tail)


def is_bare_title(words: list[Token]) -> bool:
    """Return whether words are one capitalised title after small words: 'of the Ambassador'."""
    return (
        bool(words)
        and words[-1].is_capitalised
        and is_one_title(words[-1].bare)
        and all(w.lower in TITLE_LINKS for w in words[:-1])
    )


def is_title_tail(words: list[Token]) -> bool:
    """Return whether words could continue a title: a few capitalised words, no place.

    A qualifier may follow them: ', Industrial Relations and Productivity at the ministry'.
    """
    at = next((n for n, w in enumerate(words) if n and w.lower in QUALIFIERS), len(words))
    if at < len(words) and not any(w.lower in ROLE_STOPS - TITLE_LINKS for w in words[:at]):
        words = words[:at]
    return (
        len(words) <= MAX_TAIL_WORDS
        and words[0].is_capitalised
        and not any(is_title(w.bare) for w in words)
        and all(
            w.lower in TITLE_LINKS or (w.is_word and w.is_capitalised and not lookup(w.bare))
            for w in words
        )
    )
