"""CoNLL-2003 English (Reuters RCV1, August 1996) as articles with their people,
organisations and places.

The files hold one token a line (`word POS chunk NER`), sentences apart by blank lines
and documents by `-DOCSTART-`. An article is rebuilt from a document: its first sentence
is the headline ('SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.'), every
further sentence a paragraph (wire copy runs a sentence or two a paragraph), except that
a sentence that leaves a quotation open is joined by the next ones until it closes.
MISC is not scored. The annotation marks every mention, so the shorter forms of a name
('Simmons' after 'Phil Simmons', 'U.N.' beside 'United Nations') are folded into it.
"""

from dataclasses import dataclass
from pathlib import Path

from articles.text import fold_key
from bench.extraction.documents import (
    BenchDocument,
    GoldName,
    detokenize,
    initials,
    open_quote_marks,
)

# The file of each split, in the two namings the corpus circulates under.
SPLITS = {
    "train": ("train.txt", "eng.train"),
    "dev": ("valid.txt", "dev.txt", "eng.testa"),
    "test": ("test.txt", "eng.testb"),
}
KINDS = {"PER": "persons", "ORG": "organizations", "LOC": "places"}
# The sports desk's slugs before ' - ' in a headline ('SOCCER - JAPAN GET LUCKY WIN'):
# results pages, mostly tables of teams and scores, are reported apart from the news.
SPORTS = frozenset(
    """soccer cricket baseball tennis golf rugby union rugby league cycling athletics
    basketball squash rallying boxing motor racing badminton nhl ice hockey ice hockey
    horse racing nba basketball motorcycling motocross swimming rowing hockey skiing
    alpine skiing australian rules nfl american football sailing judo snooker formula one
    triathlon wrestling equestrianism speed skating""".split()
)
MAX_JOINED = 4  # sentences joined into one paragraph while a quotation stays open


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]


def is_corpus(folder: Path) -> bool:
    """Return whether a folder holds CoNLL-2003 files."""
    return any(split_file(folder, split) for split in SPLITS)


def split_file(folder: Path, split: str) -> Path | None:
    for name in SPLITS[split]:
        path = folder / name
        if path.is_file() and path.open(encoding="utf-8").readline().startswith("-DOCSTART-"):
            return path
    return None


def load(folder: Path, split: str) -> list[BenchDocument]:
    """Return the documents of one split ('dev' is testa, 'test' is testb)."""
    path = split_file(folder, split)
    if path is None:
        return []
    return [
        to_document(f"{path.name}#{n}", sentences)
        for n, sentences in enumerate(read_documents(path.read_text(encoding="utf-8")), 1)
        if sentences
    ]


def read_documents(text: str) -> list[list[Sentence]]:
    """Return the documents of a CoNLL file, each a list of sentences."""
    documents: list[list[Sentence]] = []
    sentence = Sentence([], [])
    for line in [*text.splitlines(), ""]:
        fields = line.split()
        if fields and fields[0] == "-DOCSTART-":
            documents.append([])
        elif fields:
            sentence.words.append(fields[0])
            sentence.tags.append(fields[-1])
        elif sentence.words:
            if not documents:
                documents.append([])
            documents[-1].append(sentence)
            sentence = Sentence([], [])
    return documents


def entities(sentence: Sentence) -> list[tuple[str, str]]:
    """Return (type, text) of each entity, reading IOB1 or IOB2 tags alike."""
    found: list[tuple[str, list[str]]] = []
    previous = "O"
    for word, tag in zip(sentence.words, sentence.tags, strict=True):
        kind = tag[2:] if tag != "O" else None
        if kind and (tag.startswith("B-") or previous[2:] != kind):
            found.append((kind, [word]))
        elif kind:
            found[-1][1].append(word)
        previous = tag
    return [(kind, detokenize(words)) for kind, words in found]


def to_document(name: str, sentences: list[Sentence]) -> BenchDocument:
    """Return the article a document reads as, with its distinct annotated names."""
    mentions: dict[str, list[str]] = {kind: [] for kind in KINDS.values()}
    for sentence in sentences:
        for kind, text in entities(sentence):
            if kind in KINDS:
                mentions[KINDS[kind]].append(text)
    return BenchDocument(
        name=name,
        title=detokenize(sentences[0].words),
        paragraphs=tuple(paragraphs([detokenize(s.words) for s in sentences[1:]])),
        persons=group(mentions["persons"], shorter_name),
        organizations=group(mentions["organizations"], acronym_of),
        places=group(mentions["places"], lambda short, full: False),
        genre="sports" if is_sports(sentences[0].words) else "news",
    )


def is_sports(headline: list[str]) -> bool:
    """Return whether a headline opens with a sports desk's slug ('RUGBY UNION - ...')."""
    if "-" not in headline[:4]:
        return False
    return all(word.casefold() in SPORTS for word in headline[: headline.index("-")])


def paragraphs(sentences: list[str]) -> list[str]:
    """Return paragraphs of one sentence each, joining sentences while a quotation is open."""
    found: list[str] = []
    joined = 0
    for sentence in sentences:
        if found and joined and joined < MAX_JOINED:
            found[-1] = f"{found[-1]} {sentence}"
            joined += 1
        else:
            found.append(sentence)
            joined = 1
        if not open_quote_marks(found[-1]):
            joined = 0
    return found


def shorter_name(short: str, full: str) -> bool:
    """Return whether a name is the last or first words of a fuller one ('Simmons')."""
    a, b = fold_key(short).split(), fold_key(full).split()
    return 0 < len(a) < len(b) and (b[-len(a) :] == a or b[: len(a)] == a)


def acronym_of(short: str, full: str) -> bool:
    """Return whether a name is the initials of a fuller one ('U.N.', 'UN')."""
    letters = "".join(ch for ch in short if ch.isalpha())
    return len(letters) >= 2 and letters.isupper() and letters == initials(full)


def group(names: list[str], is_form_of) -> tuple[GoldName, ...]:
    """Return the distinct names, each with the other forms folded into it."""
    distinct: dict[str, str] = {}
    for name in names:
        distinct.setdefault(fold_key(name), name)
    spelled = sorted(distinct.values(), key=lambda n: -len(n.split()))
    forms: dict[str, list[str]] = {}
    for name in spelled:
        full = next((f for f in forms if is_form_of(name, f)), None)
        if full is None:
            forms[name] = []
        else:
            forms[full].append(name)
    order = {name: n for n, name in enumerate(distinct.values())}
    return tuple(
        GoldName(name, tuple(forms[name])) for name in sorted(forms, key=lambda n: order[n])
    )
