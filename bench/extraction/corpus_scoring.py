"""Score an Extraction against a hand-annotated `.expected.json` of the held-out corpus.

Every kind is tallied as true positives, false positives and false negatives, summed
over the corpus (micro averages). Matching is one-to-one and greedy in the order of the
annotation, so a person found twice counts once as found and once as spurious.

Leniencies, each chosen so the score measures what an editor would have to fix:
- names, roles, organisations, places and quotes are compared by `fold_key` (case,
  diacritics, hyphens, apostrophes and spacing do not matter);
- a person also matches through any of its annotated variants; a role matches when
  one folded role contains the other ("IOM's chief of mission in Kenya" ~ "chief of
  mission in Kenya");
- an organisation or programme also matches by acronym;
- a predicted place of kind "region" that matches nothing is ignored, because the
  annotation records countries and cities only;
- a quote matches when its text starts with the annotated `text_start` (or, for a
  quote cut shorter, when `text_start` starts with its text of 3 or more words); the
  fragment flag is not compared, and an unmatched predicted fragment is ignored
  rather than counted as spurious;
- dateline and title are per file: right (both empty counts as right) is a true
  positive, a wrong or extra value a false positive, a wrong or missing one a false
  negative.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from articles.importing.records import Extraction
from articles.text import fold_key

KINDS = (
    "titles",
    "dateline",
    "persons",
    "roles",
    "organizations",
    "places",
    "programs",
    "program phases",
    "program dates",
    "quotes",
    "quote speakers",
    "tags",
)
QUOTE_MARKS = "\"'“”„‟«»‘’‚‛‹› "


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class FileScore:
    name: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in KINDS})
    misses: list[tuple[str, str]] = field(default_factory=list)  # (kind, what went wrong)

    def miss(self, kind: str, message: str, *, fp: int = 0, fn: int = 0) -> None:
        self.tallies[kind].fp += fp
        self.tallies[kind].fn += fn
        self.misses.append((kind, message))

    def hit(self, kind: str) -> None:
        self.tallies[kind].tp += 1


def load_expected(path: Path) -> dict:
    """Return the annotation stored beside a corpus article."""
    return json.loads(path.read_text(encoding="utf-8"))


def score_file(
    expected: dict, *, title: str, found: Extraction, name: str = "", topics=None
) -> FileScore:
    """Return the tallies and misses of one article's extraction against its annotation."""
    score = FileScore(name)
    score_exact(score, "titles", expected["title"], title, key=str)
    score_exact(score, "dateline", expected["dateline"], found.dateline, key=fold_key)
    score_persons(score, expected["persons"], found.persons)
    score_organizations(score, expected["organizations"], found.organizations)
    score_places(score, expected["places"], found.places)
    score_programs(score, expected["programs"], found.programs)
    score_quotes(score, expected, found.quotes)
    score_tags(score, expected["tags"], found.tags, topics)
    return score


def total(scores: list[FileScore]) -> dict[str, Tally]:
    """Return the micro tallies of every kind summed over the files."""
    return {kind: sum((s.tallies[kind] for s in scores), Tally()) for kind in KINDS}


def format_table(tallies: dict[str, Tally]) -> str:
    """Return the scores as a fixed-width table, one kind a row."""
    rows = [f"{'kind':<16}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'f1':>7}"]
    for kind, t in tallies.items():
        rows.append(
            f"{kind:<16}{t.tp:>5}{t.fp:>5}{t.fn:>5}{t.precision:>11.2f}{t.recall:>8.2f}{t.f1:>7.2f}"
        )
    return "\n".join(rows)


def score_exact(score: FileScore, kind: str, expected, predicted, *, key) -> None:
    if (expected is None and predicted is None) or (
        expected is not None and predicted is not None and key(expected) == key(predicted)
    ):
        score.hit(kind)
        return
    score.miss(
        kind,
        f"expected {expected!r}, got {predicted!r}",
        fp=int(predicted is not None),
        fn=int(expected is not None),
    )


def pair(expected: list, predicted: list, matches) -> tuple[list, list, list]:
    """Return (matched pairs, unmatched expected, unmatched predicted), greedily one-to-one."""
    pairs, missed, free = [], [], list(predicted)
    for item in expected:
        partner = next((p for p in free if matches(item, p)), None)
        if partner is None:
            missed.append(item)
        else:
            free.remove(partner)
            pairs.append((item, partner))
    return pairs, missed, free


def tally_pairs(score: FileScore, kind: str, pairs, missed, spurious, *, label) -> None:
    for _ in pairs:
        score.hit(kind)
    for item in missed:
        score.miss(kind, f"missed {label(item)!r}", fn=1)
    for item in spurious:
        score.miss(kind, f"spurious {label(item)!r}", fp=1)


def person_keys(person: dict) -> set[str]:
    return {fold_key(person["name"]), *(fold_key(v) for v in person["variants"])}


def score_persons(score: FileScore, expected: list[dict], predicted) -> None:
    pairs, missed, spurious = pair(
        expected, predicted, lambda e, p: fold_key(p.name) in person_keys(e)
    )
    tally_pairs(score, "persons", pairs, missed, spurious, label=label_of)
    for person, found in pairs:
        score_roles(score, person["name"], person["roles"], found.roles)
    for person in missed:
        for role in person["roles"]:
            score.miss("roles", f"missed {person['name']}: {role!r}", fn=1)
    for found in spurious:
        for role in found.roles:
            score.miss("roles", f"spurious {found.name}: {role!r}", fp=1)


def roles_match(expected: str, predicted: str) -> bool:
    e, p = fold_key(expected), fold_key(predicted)
    return bool(e and p) and (e in p or p in e)


def score_roles(score: FileScore, name: str, expected: list[str], predicted) -> None:
    pairs, missed, spurious = pair(expected, list(predicted), roles_match)
    tally_pairs(score, "roles", pairs, missed, spurious, label=lambda role: f"{name}: {role}")


def same_acronym(expected: str | None, predicted: str | None) -> bool:
    return bool(expected and predicted) and fold_key(expected) == fold_key(predicted)


def score_organizations(score: FileScore, expected: list[dict], predicted) -> None:
    def matches(e, p):
        return fold_key(e["name"]) == fold_key(p.name) or same_acronym(e["acronym"], p.acronym)

    pairs, missed, spurious = pair(expected, predicted, matches)
    tally_pairs(score, "organizations", pairs, missed, spurious, label=label_of)


def score_places(score: FileScore, expected: list[dict], predicted) -> None:
    pairs, missed, spurious = pair(
        expected, predicted, lambda e, p: fold_key(e["name"]) == fold_key(p.name)
    )
    spurious = [place for place in spurious if place.kind != "region"]
    tally_pairs(score, "places", pairs, missed, spurious, label=label_of)


def score_programs(score: FileScore, expected: list[dict], predicted) -> None:
    def matches(e, p):
        return fold_key(e["name"]) == fold_key(p.name) or same_acronym(e["acronym"], p.acronym)

    pairs, missed, spurious = pair(expected, predicted, matches)
    tally_pairs(score, "programs", pairs, missed, spurious, label=label_of)
    for program, found in pairs:
        fields = (
            ("program phases", "phase", found.phase),
            ("program dates", "starts_on", found.starts_on and found.starts_on.isoformat()),
            ("program dates", "ends_on", found.ends_on and found.ends_on.isoformat()),
        )
        for kind, name, value in fields:
            want = program[name]
            if want is not None and value == want:
                score.hit(kind)
            elif want is not None or value is not None:
                score.miss(
                    kind,
                    f"{program['name']} {name}: expected {want!r}, got {value!r}",
                    fp=int(value is not None),
                    fn=int(want is not None),
                )


def quote_key(text: str) -> str:
    return fold_key(text.strip(QUOTE_MARKS))


def quote_matches(expected: dict, predicted) -> bool:
    start, text = quote_key(expected["text_start"]), quote_key(predicted.text)
    if not text:
        return False
    return text.startswith(start) or (len(text.split()) >= 3 and start.startswith(text))


def score_quotes(score: FileScore, expected: dict, predicted) -> None:
    keys = {fold_key(p["name"]): person_keys(p) for p in expected["persons"]}
    pairs, missed, spurious = pair(expected["quotes"], predicted, quote_matches)
    spurious = [quote for quote in spurious if not quote.is_fragment]
    tally_pairs(score, "quotes", pairs, missed, spurious, label=label_of)
    for quote in missed:
        score.miss("quote speakers", f"missed {quote['text_start']!r}", fn=1)
    for found in spurious:
        score.miss("quote speakers", f"spurious {found.text[:60]!r}", fp=1)
    for quote, found in pairs:
        speaker = quote["speaker"]
        if speaker is None:
            right = found.speaker is None
        else:
            accepted = keys.get(fold_key(speaker), {fold_key(speaker)})
            right = found.speaker is not None and fold_key(found.speaker) in accepted
        if right:
            score.hit("quote speakers")
        else:
            score.miss(
                "quote speakers",
                f"{quote['text_start']!r}: expected {speaker!r}, got {found.speaker!r}",
                fp=int(found.speaker is not None),
                fn=int(speaker is not None),
            )


def score_tags(score: FileScore, expected: list[str], predicted, topics=None) -> None:
    """Score tags; with topics (the terms annotators chose from), only those are judged."""
    wanted, got = set(expected), set(predicted)
    if topics is not None:
        got &= set(topics)
    for _ in wanted & got:
        score.hit("tags")
    for tag in sorted(wanted - got):
        score.miss("tags", f"missed {tag!r}", fn=1)
    for tag in sorted(got - wanted):
        score.miss("tags", f"spurious {tag!r}", fp=1)


def label_of(item) -> str:
    """Return the name to show for an annotation (dict) or a predicted record."""
    if isinstance(item, dict):
        return item.get("name") or item.get("text_start")
    return getattr(item, "name", None) or getattr(item, "text", "")[:60]
