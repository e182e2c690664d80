"""Roles said after a name: 'NAME, Senegal's interior minister', ', who heads X', 'is a Y'."""

import re

from articles.importing.extract.gazetteer import demonyms, lookup
from articles.importing.extract.lexicon import (
    ATTRIBUTION_VERBS,
    KINSHIP,
)
from articles.importing.extract.names import (
    is_one_title,
    is_title,
)
from articles.importing.extract.portfolios import LIST_AFTER, is_portfolio
from articles.importing.extract.tokens import Token, tokenize

MAX_ROLE_WORDS = 12
# 'coordinator of the mpox response for the provincial health division of North Kivu'.
MAX_TITLED_WORDS = 16
# After an age, these say who someone is, not what they do: 'a 19-year-old man'.
PERSON_NOUNS = set(
    """
man woman boy girl child person youth teenager resident student
""".split()
)
# A clause after 'NAME,' that starts so is not that person's role ('…, and the Mayor, …').
NOT_A_ROLE = {"who", "which", "where", "and", "or", "but", "while", "when", "as"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "there"}
NOT_A_ROLE |= PRONOUNS  # ', she was queen': a clause
# '…, 70, is seeking a second term': a verb phrase says what a person does, not what they are.
AUXILIARIES = set(
    """
is was are were has had have will would could can may might should must does did
""".split()
)
# 'NAME, who heads the unit,', 'who runs a soup kitchen': what a person is in charge of,
# an office or a livelihood, both roles.
LEADS = (
    r"(?:heads|leads|chairs|directs|manages|coordinates|oversees|commands|co-chairs|runs"
    r"|founded|co-founded|represents)"
)
# 'NAME is a fisherman in Sabang', 'NAME is the protection officer for …': an introduction.
INTRODUCED = re.compile(r"\s+(?:is|was)\s+(?:the|a|an)\s+([^,;:.“”\"«»()]+)")
RELATIVE_ROLE = re.compile(rf",\s*who\s+((?:also\s+)?{LEADS}\s[^,;:.()“”\"«»]+)")
SAID_AFTER = re.compile(
    r"\s+(?:and|but)\s+(?:\w+\s+)?(?:{})\b".format(
        "|".join(re.escape(v.strip(",")) for v in sorted(ATTRIBUTION_VERBS, key=len, reverse=True))
    )
)
AGE = re.compile(r"\d{1,3}-year-old\b\s*")


def is_open_title(words: list[Token]) -> bool:
    """Return whether words end in a title whose 'of'/'for' part a comma can continue."""
    titles = [i for i, w in enumerate(words) if is_title(w.bare)]
    if not titles or not words[-1].is_capitalised:
        return False
    return any(w.lower in {"of", "for"} for w in words[titles[0] + 1 :])


def role_after(text: str, end: int) -> str | None:
    """Return the role in 'NAME, Senegal's interior minister,' after the name."""
    # 'the agency's (WFP) country director': an aside inside the role does not end it; one
    # right after the name ('Food Security Phase Classification (IPC), the …') is no person's.
    after = re.sub(r"(?<=\S)\s*\([^()]*\)", "", text[end:])
    match = re.match(r",\s*(?:\d{1,3},\s*)?(?:the |a |an )?([^,;:.“”\"()]+)", after)
    if not match:
        return None
    described = re.match(r",\s*(?:\d{1,3},\s*)?(?:a|an|the)\s", after)
    segment = re.split(r"\s+(?:who|which|that|whose)\b", match.group(1).strip())[0]
    if AGE.match(segment):
        # 'a 34-year-old from Kano' describes; 'a 41-year-old nurse' has a role after the age.
        segment, described = AGE.sub("", segment, count=1), None
        noun = re.fullmatch(r"([a-z]+)(?:\s+(?:from|in|at)\s.*)?", segment)
        if noun and noun.group(1) not in PERSON_NOUNS | KINSHIP:
            return noun.group(1)  # 'a 27-year-old hairdresser (from X)': the occupation
    words = tokenize(segment)
    titled = any(is_one_title(w.bare) for w in words[:2])  # 'vice minister of …'
    limit = MAX_TITLED_WORDS if titled else MAX_ROLE_WORDS
    if len(words) > limit and titled and " and " in segment:
        # 'vice minister of X and deputy head of the Y Commission': two offices; the first.
        segment = segment.split(" and ", 1)[0]
        words = tokenize(segment)
    if not words or len(words) > limit or words[0].lower in NOT_A_ROLE | KINSHIP | AUXILIARIES:
        return None
    if words[0].lower in ATTRIBUTION_VERBS or words[-1].text.endswith(("'s", "’s")):
        return None  # 'NAME, the agency's (ACR) …' cut short at a possessive is no role
    if not described and not any(is_one_title(w.bare) for w in words):
        return None
    listed = LIST_AFTER.match(after[match.end() :])
    if (
        listed
        and is_open_title(list(words))
        and all(is_portfolio(w) for w in re.findall(r"[^\W\d_][\w'’-]*", listed.group(1)))
    ):
        segment = f"{segment}, {listed.group(1)}"  # 'Minister of Education, Science and Technology'
    return without_nationality(segment)


def role_introduced(text: str, end: int) -> str | None:
    """Return the role 'NAME is a fisherman in Sabang.' introduces the person with."""
    match = INTRODUCED.match(text, end)
    if not match:
        return None
    role = re.split(r"\s+(?:who|which|that|whose|and|but)\b", match.group(1).strip())[0]
    words = tokenize(role)
    if not words or len(words) > MAX_ROLE_WORDS or not any(is_one_title(w.bare) for w in words):
        return None
    return role


def role_relative(text: str, end: int) -> str | None:
    """Return what 'NAME, who heads the agency's office in X,' puts the person in charge of."""
    match = RELATIVE_ROLE.match(re.sub(r"^\s*\([^()]*\)", "", text[end:]))
    if not match:
        return None
    role = SAID_AFTER.split(match.group(1))[0]
    rest = re.sub(r"^\s*\([^()]*\)", "", text[end:])[match.end() :]
    listed = LIST_AFTER.match(rest) if role == match.group(1) else None
    if listed and re.search(r"\b(?:of|on|for)\s+[A-Z][\w'’-]*$", role):
        role = f"{role}, {listed.group(1)}"  # 'who chairs the Committee on Gender, Labour and X'
    return role.strip() if len(role.split()) <= MAX_TITLED_WORDS else None


def without_nationality(role: str) -> str:
    """Return a role without its country: 'Senegal's interior minister' -> 'interior minister'."""
    first, _, rest = role.partition(" ")
    possessor = re.sub(r"['’]s$", "", first)
    if rest and (first in demonyms() or (possessor != first and lookup(possessor))):
        return rest
    return role
