"""Score an Extraction against a public corpus's annotation of one article.

Each kind is the set of distinct records an editor would get from the article, scored
with the tallies, greedy one-to-one pairing and table of `corpus_scoring` (micro
averages over documents). Leniencies, each chosen so a score counts what an editor
would have to fix and not what the corpus happens to annotate differently:
- names are compared by `fold_key` (case, diacritics, hyphens, apostrophes, spacing);
- a person matches through any of its forms in the text on either side: the predicted
  record's name or variants against the annotated full name or the shorter forms the
  text uses for it ('Simmons' after 'Phil Simmons'), or a predicted name of two words
  or more ending an annotated one ('Barack Obama' in GUM's 'President Barack Obama');
  a second record for the same person is spurious;
- an organisation matches by name, by acronym ('U.N.' ~ 'UN'), or by a name of the
  annotation's being the initials of the record's;
- a place matches by name, by initials ('U.S.' ~ 'United States'), or under the name the
  gazetteer stores it by ('Britain' ~ 'United Kingdom'), since the importer stores places
  under the gazetteer's names; a predicted place whose name is nowhere in the article
  (inferred from 'German' or from a city) is not scored, the annotation marking only
  names as written, and is counted apart as inferred;
- a quote matches when the folded words of one contain the other's, or they share at
  least half the words of the longer; an unmatched predicted fragment (a phrase quoted
  inside a sentence) is ignored, as in the own corpus;
- a matched quote's speaker is right when it folds to the annotated speaker, or one of
  them is the other's surname or both end in the same surname ('Biden' ~ 'Joe Biden').
"""

from collections import Counter

from articles.importing.extract.gazetteer import lookup
from articles.importing.records import Extraction
from articles.text import fold_key
from bench.extraction.corpus_scoring import FileScore, pair, quote_key, tally_pairs
from bench.extraction.documents import BenchDocument, initials

SCORED = ("persons", "organizations", "places", "quotes", "quote speakers")
HALF = 0.5


def score_document(document: BenchDocument, found: Extraction) -> FileScore:
    """Return the tallies and misses of one article's extraction against its annotation."""
    score = FileScore(document.name)
    if document.persons is not None:
        pairs, missed, spurious = pair(document.persons, found.persons, person_matches)
        tally_pairs(score, "persons", pairs, missed, spurious, label=name_of)
    if document.organizations is not None:
        pairs, missed, spurious = pair(document.organizations, found.organizations, org_matches)
        tally_pairs(score, "organizations", pairs, missed, spurious, label=name_of)
    if document.places is not None:
        score_places(score, document, found.places)
    if document.quotes is not None:
        score_quotes(score, document, found.quotes)
    return score


def name_of(item) -> str:
    return item.name


def person_matches(gold, predicted) -> bool:
    forms = [fold_key(form).split() for form in (gold.name, *gold.forms)]
    for name in (predicted.name, *predicted.variants):
        words = fold_key(name).split()
        if any(
            form == words or (len(words) >= 2 and form[-len(words) :] == words) for form in forms
        ):
            return True
    return False


def compact(name: str) -> str:
    return fold_key(name).replace(" ", "")


def org_matches(gold, predicted) -> bool:
    keys = {compact(gold.name), *map(compact, gold.forms)}
    if keys & {compact(predicted.name), compact(predicted.acronym or "")}:
        return True
    return compact(initials(predicted.name)) in keys and len(initials(predicted.name)) >= 2


def place_keys(name: str) -> set[str]:
    place = lookup(name)
    return {fold_key(name), *([fold_key(place[0])] if place else [])}


def place_matches(gold, predicted) -> bool:
    return any(place_form_matches(form, predicted) for form in (gold.name, *gold.forms))


def place_form_matches(gold: str, predicted) -> bool:
    if place_keys(gold) & place_keys(predicted.name):
        return True
    letters = "".join(ch for ch in gold if ch.isalpha())
    return len(letters) >= 2 and letters.isupper() and letters == initials(predicted.name)


def written_in(name: str, folded_text: str) -> bool:
    return f" {fold_key(name)} " in folded_text


def score_places(score: FileScore, document: BenchDocument, predicted) -> None:
    pairs, missed, spurious = pair(document.places, predicted, place_matches)
    folded = f" {fold_key(document.text)} "
    inferred = [p for p in spurious if not written_in(p.name, folded)]
    spurious = [p for p in spurious if written_in(p.name, folded)]
    tally_pairs(score, "places", pairs, missed, spurious, label=name_of)
    score.misses.extend(("inferred places", p.name) for p in inferred)


def quote_words(text: str) -> list[str]:
    return quote_key(text).split()


def quote_matches(gold, predicted) -> bool:
    a, b = quote_words(gold.text), quote_words(predicted.text)
    if not a or not b:
        return False
    if " ".join(a) in " ".join(b) or " ".join(b) in " ".join(a):
        return True
    shared = sum((Counter(a) & Counter(b)).values())
    return shared >= HALF * max(len(a), len(b))


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is predicted
    a, b = fold_key(gold).split(), fold_key(predicted).split()
    return a == b or (bool(a) and bool(b) and a[-1] == b[-1])


def score_quotes(score: FileScore, document: BenchDocument, predicted) -> None:
    pairs, missed, spurious = pair(document.quotes, predicted, quote_matches)
    spurious = [quote for quote in spurious if not quote.is_fragment]
    tally_pairs(score, "quotes", pairs, missed, spurious, label=lambda q: q.text[:60])
    for quote in missed:
        score.miss("quote speakers", f"missed {quote.text[:60]!r} ({quote.speaker})", fn=1)
    for found in spurious:
        score.miss("quote speakers", f"spurious {found.text[:60]!r} ({found.speaker})", fp=1)
    for quote, found in pairs:
        if same_speaker(quote.speaker, found.speaker):
            score.hit("quote speakers")
        else:
            score.miss(
                "quote speakers",
                f"{quote.text[:50]!r}: expected {quote.speaker!r}, got {found.speaker!r}",
                fp=int(found.speaker is not None),
                fn=int(quote.speaker is not None),
            )
