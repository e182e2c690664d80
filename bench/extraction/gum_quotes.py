"""The direct quotations of a GUM news document and who said them.

GUM has no quotation layer, but its discourse layer (RST) links each report to its
source: an `attribution` relation runs from the unit that names the source ('Jeff
Rathke, the State Department spokesperson, said,') to the unit of what was said, and its
coreference layer names the person in the source unit, even when the unit only says
'he'. So a gold quote is a passage in quotation marks, of three words or more, with an
attribution into one of its units; its speaker is the first person the source unit
mentions, by all the names the article gives it (None when the source is no named person: 'a
trader said', 'the ministry said'). A quoted passage with no attribution (a title, a
scare quote, a quote carried on from the paragraph before) is neither gold nor wrong:
a predicted quote matching it is not scored.
"""

import re

from bench.extraction.documents import GoldQuote

QUOTED = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")
MIN_WORDS = 3


def find_quotes(reading, names: dict[str, list[str]]) -> tuple[list[GoldQuote], list[str]]:
    """Return the attributed quotes of a document and its other quoted passages."""
    sources: dict[int, int] = {}
    for name, source, target in reading.relations:
        if name.startswith("attribution"):
            sources.setdefault(target, source)
    quotes, others = [], []
    for paragraph in reading.paragraphs:
        placed, offset = [], 0
        for sentence in paragraph.sentences:
            placed += [(token, offset + token.start) for token in sentence.tokens]
            offset += len(sentence.text) + 1
        for match in QUOTED.finditer(paragraph.text):
            words = (match.group(1) or match.group(2)).strip()
            units = sorted({t.edu for t, at in placed if match.start() <= at < match.end()})
            source = next((sources[u] for u in units if u in sources), None)
            if source is None or len(words.split()) < MIN_WORDS:
                others.append(words)
            else:
                forms = speaker_of(source, reading, names)
                quotes.append(GoldQuote(words, forms[0] if forms else None, tuple(forms[1:])))
    return quotes, others


def speaker_of(unit: int, reading, names: dict[str, list[str]]) -> list[str]:
    """Return the names of the first person a discourse unit mentions (none: unnamed)."""
    for mention in reading.mentions_in_order():
        tokens = mention.sentence.tokens[mention.start : mention.end + 1]
        if mention.kind == "person" and any(t.edu == unit for t in tokens):
            return names.get(mention.entity, [])
    return []
