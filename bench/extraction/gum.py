"""GUM's news documents (Wikinews, 2004-2020s) as articles with their people,
organisations and places.

GUM (Georgetown University Multilayer corpus) gives each document as CoNLL-U with its
paragraphs (`# newpar`), the headline (`newpar_block = head`), the sentences as written
(`# text`) and coreference: every mention of an entity carries its id and type in the
`Entity=` field. A gold record is an entity of type person, organization or place that
is named: a mention whose head word is a proper noun. Its forms are its named mentions,
trimmed of a leading determiner, a trailing possessive and anything after a comma
('Aceh, Indonesia' names Aceh; Indonesia is its own mention), a person's to the run of
proper nouns around the head ('Alice Mak' in 'FTU's Alice Mak') or ending the mention
('Facebook creator Mark Zuckerberg'); its name is the longest. A plural person ('the
Rohingya') is a group and a coordination is two entities, so neither is a record.
Split: GUM's own (splits.md); 'dev' is its train and dev news, 'test' its test news.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from articles.text import fold_key
from bench.extraction.documents import BenchDocument, GoldName

KINDS = {"person": "persons", "organization": "organizations", "place": "places"}
PATTERN = "GUM_news_*.conllu"
MENTION = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")
HEAD = "\0head"  # marks a paragraph GUM calls a heading
LEADING = {"DET", "PRON"}  # 'the Indonesian Navy', 'its Foreign Ministry'


@dataclass
class Token:
    form: str
    upos: str
    head: int
    deprel: str
    plural: bool
    start: int  # offsets in the sentence as written
    end: int


@dataclass
class Sentence:
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Mention:
    entity: str
    kind: str
    sentence: Sentence
    start: int  # index into sentence.tokens
    end: int = -1  # inclusive


@dataclass
class Reading:
    title: str = ""
    paragraphs: list[list[str]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def is_corpus(folder: Path) -> bool:
    """Return whether a folder holds GUM's news documents (or GUM's dep/ folder does)."""
    return bool(files(folder))


def files(folder: Path) -> list[Path]:
    return sorted(folder.glob(PATTERN)) or sorted((folder / "dep").glob(PATTERN))


def splits(folder: Path) -> dict[str, str]:
    """Return document name -> GUM split, read from splits.md beside the files or above."""
    for path in (folder / "splits.md", folder.parent / "splits.md"):
        if path.is_file():
            found, split = {}, ""
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("## "):
                    split = line[3:].strip()
                elif line.strip().startswith("* "):
                    found[line.strip()[2:].strip()] = split
            return found
    return {}


def load(folder: Path, split: str) -> list[BenchDocument]:
    """Return the news documents of a split: 'test' is GUM's test, 'dev' the rest."""
    of = splits(folder)
    chosen = [p for p in files(folder) if (of.get(p.stem) == "test") == (split == "test")]
    return [to_document(path.stem, read(path.read_text(encoding="utf-8"))) for path in chosen]


def read(text: str) -> Reading:
    """Return the headline, paragraphs (lists of sentences) and mentions of a document."""
    reading = Reading()
    sentence = Sentence("")
    opened: dict[str, list[Mention]] = {}
    for line in text.splitlines():
        if line.startswith("# newpar_block"):
            if line.split("=", 1)[1].split()[:1] == ["head"] and reading.paragraphs:
                reading.paragraphs[-1].append(HEAD)
        elif line.startswith("# newpar"):
            reading.paragraphs.append([])
        elif line.startswith("# text = "):
            if not reading.paragraphs:
                reading.paragraphs.append([])
            sentence = Sentence(line[len("# text = ") :])
            reading.paragraphs[-1].append(sentence.text)
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():  # not a multi-word token's range, nor an empty node
                sentence.tokens.append(token(cols, sentence))
                misc = dict(f.split("=", 1) for f in cols[9].split("|") if "=" in f)
                mark_mentions(misc.get("Entity", ""), sentence, opened, reading.mentions)
    return reading


def token(cols: list[str], sentence: Sentence) -> Token:
    """Return a token of a CoNLL-U line, placed in its sentence as written."""
    cursor = sentence.tokens[-1].end if sentence.tokens else 0
    start = sentence.text.find(cols[1], cursor)
    start = cursor if start < 0 else start
    plural = "Number=Plur" in cols[5] or cols[4] == "NNPS"
    return Token(cols[1], cols[3], int(cols[6]), cols[7], plural, start, start + len(cols[1]))


def mark_mentions(spec: str, sentence: Sentence, opened, mentions) -> None:
    """Open and close the mentions an `Entity=` field marks at the sentence's last token."""
    at = len(sentence.tokens) - 1
    for match in MENTION.finditer(spec):
        entity, kind, closed, closing = match.groups()
        if entity:
            mention = Mention(entity, kind, sentence, at)
            if closed:
                mention.end = at
                mentions.append(mention)
            else:
                opened.setdefault(entity, []).append(mention)
        elif opened.get(closing):
            mention = opened[closing].pop()
            mention.end = at
            mentions.append(mention)


def name_of(mention: Mention) -> str | None:
    """Return the name a mention gives its entity, or None when it is no proper name."""
    span = range(mention.start, mention.end + 1)
    tokens = mention.sentence.tokens
    heads = [n for n in span if tokens[n].head - 1 not in span]
    if not heads:
        return None
    head = heads[0]
    if any(tokens[n].deprel == "conj" and tokens[n].head - 1 == head for n in span):
        return None  # a coordination ('the District and the Police Department')
    if mention.kind == "person":
        words = person_words(tokens, head, span)
    else:
        words = list(span) if tokens[head].upos == "PROPN" else []
    while words and tokens[words[0]].upos in LEADING:
        words.pop(0)
    if "," in [tokens[n].form for n in words]:
        words = words[: [tokens[n].form for n in words].index(",")]
    while words and not kept_at_end(tokens, words):
        words.pop()  # a possessive, or a modifier after the name ('... out at sea')
    if not words:
        return None
    return mention.sentence.text[tokens[words[0]].start : tokens[words[-1]].end]


def kept_at_end(tokens: list[Token], words: list[int]) -> bool:
    """Return whether a name may end with its last token: a capitalised word, or one
    written against the word before it ('Cheuk-yan'), but no possessive or stop."""
    last = tokens[words[-1]]
    if last.form[:1].isupper() or last.form[:1].isdigit():
        return True
    glued = len(words) > 1 and last.start == tokens[words[-2]].end
    return glued and last.form[:1].isalpha() and last.form not in {"s"}


def person_words(tokens: list[Token], head: int, span: range) -> list[int]:
    """Return a person's name in a mention: the run of proper nouns around its head, or
    else the one that ends the mention ('Facebook creator Mark Zuckerberg'), without the
    title or party around it ('Lee Cheuk-yan of the Labour Party'). A plural head is a
    group ('the Rohingya'), which is no person record."""
    if tokens[head].upos != "PROPN":
        head = span[-1]
        while head in span and tokens[head].form in {".", ",", ")", "'s", "’s"}:
            head -= 1
        if head not in span or tokens[head].upos != "PROPN":
            return []
    if tokens[head].plural:
        return []
    start = end = head
    while start - 1 in span and in_name(tokens[start - 1], tokens[start]):
        start -= 1
    while end + 1 in span and in_name(tokens[end + 1], tokens[end]):
        end += 1
    return list(range(start, end + 1))


def in_name(token: Token, neighbour: Token) -> bool:
    """Return whether a token continues a name: a proper noun, or written against it
    ('Cheuk-yan', 'al-Amr' are three tokens in GUM)."""
    glued = token.start == neighbour.end or token.end == neighbour.start
    return token.upos == "PROPN" or glued


def to_document(name: str, reading: Reading) -> BenchDocument:
    """Return the article a document reads as, with its named entities."""
    paragraphs = [" ".join(s for s in p if s != HEAD) for p in reading.paragraphs]
    heads = [n for n, p in enumerate(reading.paragraphs) if p[:1] == [HEAD]]
    first = heads[0] if heads else 0
    forms: dict[str, dict[str, list[str]]] = {kind: {} for kind in KINDS.values()}
    for mention in reading.mentions:
        text = name_of(mention) if mention.kind in KINDS else None
        if text:
            found = forms[KINDS[mention.kind]].setdefault(mention.entity, [])
            if fold_key(text) not in map(fold_key, found):
                found.append(text)
    places = {
        fold_key(f) for kind in ("organizations", "places") for e in forms[kind].values() for f in e
    }
    forms["persons"] = {  # GUM types a country or body acting as a person ('Myanmar said')
        entity: found
        for entity, found in forms["persons"].items()
        if not set(map(fold_key, found)) <= places
    }
    return BenchDocument(
        name=name,
        title=paragraphs[first],
        paragraphs=tuple(p for n, p in enumerate(paragraphs) if n != first and p),
        **{kind: gold_names(entities) for kind, entities in forms.items()},
    )


def gold_names(entities: dict[str, list[str]]) -> tuple[GoldName, ...]:
    """Return one name a distinct entity, entities sharing a form being one (GUM leaves
    some repeated names unlinked)."""
    merged: list[list[str]] = []
    for found in entities.values():
        keys = set(map(fold_key, found))
        same = next((m for m in merged if keys & set(map(fold_key, m))), None)
        if same is None:
            merged.append(list(found))
        else:
            same += [f for f in found if fold_key(f) not in set(map(fold_key, same))]
    names = []
    for found in merged:
        longest = max(found, key=lambda text: (len(text.split()), len(text)))
        names.append(GoldName(longest, tuple(f for f in found if f != longest)))
    return tuple(names)
