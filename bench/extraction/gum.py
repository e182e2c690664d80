"""GUM's news documents (Wikinews, 2006-2023) as articles with their people and their
roles, organisations, places and (gum_quotes) quotes.

GUM (Georgetown University Multilayer corpus) gives each document as CoNLL-U with its
paragraphs (`# newpar`), the headline (`newpar_block = head`), the sentences as written
(`# text`) and coreference: every mention of an entity carries its id and type in the
`Entity=` field. A gold record is an entity of type person, organization or place that
is named: a mention whose head word is a proper noun. Its forms are its named mentions,
trimmed of a leading determiner, a trailing possessive, an owner ('Texas A&M's ...'),
anything after a comma or bracket ('Aceh, Indonesia' names Aceh; Indonesia is its own
mention) and a place after 'in' or 'at' ('Adler Planetarium in Chicago'), a person's to the run of
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
from bench.extraction.gum_quotes import find_quotes

KINDS = {"person": "persons", "organization": "organizations", "place": "places"}
PATTERN = "GUM_news_*.conllu"
MENTION = re.compile(r"\((\d+)-([a-z]+)([^()]*)(\))?|(\d+)\)")
LINK = 5  # the link type's place in what follows the type: '-giv:act-n____-cf2-1-appos'
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
    edu: int = 0  # the discourse unit (RST EDU) the token belongs to


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
    link: str = ""  # how GUM links it to the entity's last mention: coref, appos, ana ...


@dataclass
class Paragraph:
    sentences: list[Sentence] = field(default_factory=list)
    heading: bool = False

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass
class Reading:
    paragraphs: list[Paragraph] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[tuple[str, int, int]] = field(default_factory=list)  # (name, from, to)

    def mentions_in_order(self) -> list[Mention]:
        """Return the mentions in reading order, an outer one before those inside it."""
        position = {id(s): n for n, s in enumerate(s for p in self.paragraphs for s in p.sentences)}
        return sorted(self.mentions, key=lambda m: (position[id(m.sentence)], m.start, -m.end))


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
    edu = 0
    for line in text.splitlines():
        if line.startswith("# newpar_block"):
            if line.split("=", 1)[1].split()[:1] == ["head"] and reading.paragraphs:
                reading.paragraphs[-1].heading = True
        elif line.startswith("# newpar"):
            reading.paragraphs.append(Paragraph())
        elif line.startswith("# text = "):
            if not reading.paragraphs:
                reading.paragraphs.append(Paragraph())
            sentence = Sentence(line[len("# text = ") :])
            reading.paragraphs[-1].sentences.append(sentence)
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():  # not a multi-word token's range, nor an empty node
                misc = dict(f.split("=", 1) for f in cols[9].split("|") if "=" in f)
                edu = discourse_unit(misc.get("Discourse"), edu, reading.relations)
                sentence.tokens.append(token(cols, sentence, edu))
                mark_mentions(misc.get("Entity", ""), sentence, opened, reading.mentions)
    return reading


def discourse_unit(spec: str | None, current: int, relations: list) -> int:
    """Return the EDU a token is in: a `Discourse=` field opens one ('attribution-positive:
    40->41:...' opens EDU 40, the source of EDU 41's words; 'ROOT:3:0' opens EDU 3)."""
    if not spec:
        return current
    name, link = spec.split(":")[:2]
    source, _, target = link.partition("->")
    if target:
        relations.append((name, int(source), int(target)))
    return int(source)


def token(cols: list[str], sentence: Sentence, edu: int) -> Token:
    """Return a token of a CoNLL-U line, placed in its sentence as written."""
    cursor = sentence.tokens[-1].end if sentence.tokens else 0
    start = sentence.text.find(cols[1], cursor)
    start = cursor if start < 0 else start
    plural = "Number=Plur" in cols[5] or cols[4] == "NNPS"
    end = start + len(cols[1])
    return Token(cols[1], cols[3], int(cols[6]), cols[7], plural, start, end, edu)


def mark_mentions(spec: str, sentence: Sentence, opened, mentions) -> None:
    """Open and close the mentions an `Entity=` field marks at the sentence's last token."""
    at = len(sentence.tokens) - 1
    for match in MENTION.finditer(spec):
        entity, kind, rest, closed, closing = match.groups()
        if entity:
            fields = rest.split("-")
            link = fields[LINK] if len(fields) > LINK else ""
            mention = Mention(entity, kind, sentence, at, link=link)
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
    words = without_modifiers(tokens, words)
    while words and not kept_at_end(tokens, words):
        words.pop()  # a possessive, or a modifier after the name ('... out at sea')
    if not words:
        return None
    return mention.sentence.text[tokens[words[0]].start : tokens[words[-1]].end]


def without_modifiers(tokens: list[Token], words: list[int]) -> list[int]:
    """Return a name's words without what follows a comma or a bracket, or a place after
    'in' or 'at' ('Adler Planetarium in Chicago'), or an owner before a possessive
    ('Texas A&M's Aerospace Engineering Department')."""
    forms = [tokens[n].form for n in words]
    for n, form in enumerate(forms):
        if form in {",", "(", "in", "at"}:
            words, forms = words[:n], forms[:n]
            break
    owners = [n for n, form in enumerate(forms[:-1]) if form in {"'s", "’s"}]
    return words[owners[-1] + 1 :] if owners else words


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


def role_of(mention: Mention) -> str | None:
    """Return the role a person mention states: an apposition that is a description
    ('Fuad Basya, spokesman for the Indonesian military'), or the words before a name
    that ends the mention ('Facebook creator Mark Zuckerberg'); None otherwise."""
    span = range(mention.start, mention.end + 1)
    tokens = mention.sentence.tokens
    heads = [n for n in span if tokens[n].head - 1 not in span]
    if mention.kind != "person" or not heads:
        return None
    if mention.link == "appos" and tokens[heads[0]].upos == "NOUN":
        if tokens[heads[0]].plural:
            return None  # a group the person belongs to ('defectors from ...')
        words = without_modifiers(tokens, list(span))
    elif tokens[heads[0]].upos == "NOUN" and (name := person_words(tokens, heads[0], span)):
        words = [n for n in span if n < name[0]]
    else:
        return None
    while words and tokens[words[0]].upos in LEADING:
        words.pop(0)
    while words and tokens[words[-1]].upos == "PUNCT":
        words.pop()
    if not words or tokens[words[-1]].upos in {"ADP", "CCONJ", "DET", "PROPN"}:
        return None  # cut before a name it leads into ('Co-founder of Google ...')
    return mention.sentence.text[tokens[words[0]].start : tokens[words[-1]].end]


def to_document(name: str, reading: Reading) -> BenchDocument:
    """Return the article a document reads as, with its named entities."""
    paragraphs = [p.text for p in reading.paragraphs]
    first = next((n for n, p in enumerate(reading.paragraphs) if p.heading), 0)
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
    speakers = {  # a person's fullest form first, one naming a body last ('State Department')
        entity: sorted(found, key=lambda t: (fold_key(t) in places, -len(t.split()), -len(t)))
        for entity, found in forms["persons"].items()
    }
    quotes, others = find_quotes(reading, speakers)
    roles: dict[str, list[str]] = {}
    for mention in reading.mentions_in_order():
        role = role_of(mention)
        if role and mention.entity in forms["persons"]:
            roles.setdefault(mention.entity, []).append(role)
    return BenchDocument(
        name=name,
        title=paragraphs[first],
        paragraphs=tuple(p for n, p in enumerate(paragraphs) if n != first and p),
        persons=gold_names(forms["persons"], roles),
        organizations=gold_names(forms["organizations"]),
        places=gold_names(forms["places"]),
        quotes=tuple(quotes),
        unscored_quotes=tuple(others),
        annotates_roles=True,
    )


def gold_names(entities: dict[str, list[str]], roles=None) -> tuple[GoldName, ...]:
    """Return one name a distinct entity, entities sharing a form being one (GUM leaves
    some repeated names unlinked), with the roles the article gives each."""
    merged: list[tuple[list[str], list[str]]] = []
    for entity, found in entities.items():
        stated = list((roles or {}).get(entity, []))
        keys = set(map(fold_key, found))
        same = next((m for m in merged if keys & set(map(fold_key, m[0]))), None)
        if same is None:
            merged.append((list(found), stated))
        else:
            same[0].extend(f for f in found if fold_key(f) not in set(map(fold_key, same[0])))
            same[1].extend(stated)
    names = []
    for found, stated in merged:
        longest = max(found, key=lambda text: (len(text.split()), len(text)))
        distinct = list(dict.fromkeys(stated, None))
        names.append(GoldName(longest, tuple(f for f in found if f != longest), tuple(distinct)))
    return tuple(names)
