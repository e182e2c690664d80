"""Roles: the title phrases news copy puts before, around and after a person's name."""

import re

from articles.importing.extract.gazetteer import demonyms, lookup
from articles.importing.extract.lexicon import ATTRIBUTION_VERBS, HONORIFICS
from articles.importing.extract.names import is_name_word, is_one_title, is_title
from articles.importing.extract.tokens import Token, tokenize

BOUNDARY = re.compile(r"[,;:“”\"«»()]|\.\s")
MAX_ROLE_WORDS = 12
# Lower-case words allowed before a lower-case title: 'former interior minister NAME'.
MAX_LOWER_WORDS = 3
MAX_TAIL_WORDS = 6
ROLE_STOPS = set(
    """
the a an its his her their our of in at by with from for to on and as was is were are who
that which while when where after before during says
""".split()
)
TITLE_LINKS = {"of", "for", "the", "and", "on"}
# A clause after 'NAME,' that starts so is not that person's role ('…, and the Mayor, …').
NOT_A_ROLE = {"who", "which", "where", "and", "or", "but", "while", "when", "as"}


def stops_role(token: Token) -> bool:
    """Return whether a word before a title ends the role: 'the', 'said', 'Nigeria's'."""
    lower = token.text.lower()
    return (
        lower in ROLE_STOPS
        or lower in ATTRIBUTION_VERBS
        or token.lower in HONORIFICS
        or lower.endswith(("'s", "’s"))
    )


def links_title(words: list[Token], n: int) -> bool:
    """Return whether words[n] links parts of one capitalised title: 'Bank of Kenya Governor'.

    'and' links only words that cannot be names: 'Trade and Industry Minister', but not
    'Ms. Diallo and President'.
    """
    word = words[n].lower
    if word not in TITLE_LINKS or n == 0 or not words[n - 1].is_capitalised:
        return False
    return word != "and" or not is_name_word(words[n - 1])


def role_from_words(words: list[Token], text: str, *, links: bool = False) -> str | None:
    """Return the role in words ending just before a name: from its title word on."""
    titles = [i for i, w in enumerate(words) if is_one_title(w.bare)]
    if not titles or len(words) - titles[0] > MAX_ROLE_WORDS:
        return None
    start = titles[0]
    while (
        start > 0
        and words[start - 1].is_word
        and words[start - 1].lower not in HONORIFICS
        and (not stops_role(words[start - 1]) or (links and links_title(words, start - 1)))
    ):
        start -= 1
    while start < titles[0] and (words[start].bare in demonyms() or words[start].lower == "the"):
        start += 1
    return text[words[start].start : words[-1].end]


def role_preceding(tokens: list[Token], first: int, text: str) -> str | None:
    """Return a title phrase right before a name: 'Secretary of State NAME', 'party leader NAME'."""
    start = first
    last = tokens[first - 1] if first > 0 else None
    if last is not None and last.is_word and not last.is_capitalised and is_one_title(last.bare):
        # 'the former interior minister NAME', 'NEC chairman NAME': lower-case words first,
        # then capitalised ones only.
        while first - start < MAX_LOWER_WORDS and start > 0 and lower_role_word(tokens[start - 1]):
            start -= 1
        while start > 0 and tokens[start - 1].is_word and tokens[start - 1].is_capitalised:
            start -= 1
    else:
        while (
            start > 0
            and tokens[start - 1].is_word
            and (tokens[start - 1].is_capitalised or tokens[start - 1].lower in TITLE_LINKS)
        ):
            start -= 1
    words = tokens[start:first]
    while words and words[0].lower in TITLE_LINKS:
        words = words[1:]
    return role_from_words(words, text, links=True) if words else None


def lower_role_word(token: Token) -> bool:
    """Return whether a lower-case word can lead a role: 'former', 'party', not 'said'."""
    return token.is_word and not token.is_capitalised and not stops_role(token)


def segment_tokens(text: str, start: int, end: int) -> list[Token]:
    """Return the tokens of text[start:end] with offsets into text."""
    words = [t for t in tokenize(text[start:end]) if t.text.strip()]
    return [t.shifted(start) for t in words]


def role_before(text: str, start: int) -> str | None:
    """Return the role in 'the Minister of X, NAME' ending at the comma before start."""
    before = re.sub(r"\s*\([^)]*\)\s*(?=,$)", "", text[:start].rstrip())
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
    return role_from_words(words, text) if words else None


def is_title_tail(words: list[Token]) -> bool:
    """Return whether words could continue a title: a few capitalised words, no place."""
    return (
        len(words) <= MAX_TAIL_WORDS
        and words[0].is_capitalised
        and not any(is_title(w.bare) for w in words)
        and all(
            w.lower in TITLE_LINKS or (w.is_word and w.is_capitalised and not lookup(w.bare))
            for w in words
        )
    )


def is_open_title(words: list[Token]) -> bool:
    """Return whether words end in a title whose 'of'/'for' part a comma can continue."""
    titles = [i for i, w in enumerate(words) if is_title(w.bare)]
    if not titles or not words[-1].is_capitalised:
        return False
    return any(w.lower in {"of", "for"} for w in words[titles[0] + 1 :])


def role_after(text: str, end: int) -> str | None:
    """Return the role in 'NAME, Senegal's interior minister,' after the name."""
    match = re.match(r",\s*(?:\d{1,3},\s*)?(?:the |a |an )?([^,;:.“”\"()]+)", text[end:])
    if not match:
        return None
    described = re.match(r",\s*(?:\d{1,3},\s*)?(?:a|an|the)\s", text[end:])
    segment = re.split(r"\s+(?:who|which|that|whose)\b", match.group(1).strip())[0]
    words = tokenize(segment)
    if not words or len(words) > MAX_ROLE_WORDS or words[0].lower in NOT_A_ROLE:
        return None
    if words[0].lower in ATTRIBUTION_VERBS:
        return None
    if not described and not any(is_one_title(w.bare) for w in words):
        return None
    return without_nationality(segment)


def without_nationality(role: str) -> str:
    """Return a role without its country: 'Senegal's interior minister' -> 'interior minister'."""
    first, _, rest = role.partition(" ")
    possessor = re.sub(r"['’]s$", "", first)
    if rest and (first in demonyms() or (possessor != first and lookup(possessor))):
        return rest
    return role
