"""Quotes and who said them.

The spans come from quote_marks.py. The speaker comes from the words right after the
quote ('…,” said X'), right before it ('X said: “…'), elsewhere in the sentence ('…
“phrase” …, said the official'), or, for a full quote with none of these, from the
paragraph before when it brings in someone new, else from the last speaker. A speaker
phrase names one of the article's person records (from any extractor) in full, by
surname (or one spelled a letter or two off), by a pronoun (the person the story was
last about, not one a sentence only acts on, and not one styled the other way: 'Ms X'
is no 'he'), or by role ('the EU ambassador': its holder, the one last mentioned).
"""

import re
from collections.abc import Sequence

from articles.importing.extract.interviews import answers, spoken
from articles.importing.extract.lexicon import GENERIC_ROLES, PRONOUNS, TITLE_WORDS
from articles.importing.extract.people import People, PersonFound
from articles.importing.extract.quote_marks import (
    ATTRIBUTION_ONLY,
    CLOSERS,
    DOUBLE_MARKS,
    SINGLE,
    Span,
    double_spans,
    nested,
    single_spans,
)
from articles.importing.extract.references import (
    ANONYMOUS,
    VERB,
    is_object,
    mention_positions,
    misspelled,
    people_of,
    pronouns_of,
    unnamed_positions,
)
from articles.importing.extract.tokens import sentence_bounds, tokenize
from articles.importing.records import PersonRecord, QuoteRecord
from articles.text import fold_key

FULL_QUOTE_WORDS = 8
SIGNED = re.compile(r"[\s,.]*[-–—]{1,2}\s*(?:[A-Z][\w.'’-]*\s*){1,5}(?:,[^.]{0,60})?[.]?\s*$")
INDEFINITE = {"a", "an", "one", "another"}
CONTINUING = {"it", "this", "these", "its"}
SAID_BEFORE = re.compile(
    rf"(?:\b{VERB}\b|according to [^,]+)\s*(?:[:,]|\bthat\b)?\s*$"
    # 'in the words of the Crown prosecutor, NAME, QC, “…”'
    r"|\b(?:according to|in the words of|quoting)\b[^“\"”]{0,80}[,:]\s*$",
    re.I,
)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence(s) holding text[start:end]."""
    bounds = sentence_bounds(text)
    first = next((s for s, e in bounds if s <= start < e), 0)
    last = next((e for s, e in bounds if s < end <= e), len(text))
    return first, last


def clause_start(text: str, sentence_start: int, quote_start: int) -> int:
    """Return where the words leading to a quote begin: after an earlier quote of the sentence.

    '“A”, a reference to a proposal for “B”' does not give B to A's speaker; '“A” and “B”'
    does, so a bare conjunction between the quotes keeps the whole sentence.
    """
    closes = list(re.finditer(rf"[{CLOSERS}\"]", text[sentence_start:quote_start]))
    if not closes:
        return sentence_start
    end = sentence_start + closes[-1].end()
    if re.fullmatch(r"[\s,;]*(?:and|or|but)?\s*", text[end:quote_start]):
        return sentence_start
    return end


def words_after(paragraphs: tuple[str, ...], span: Span) -> str:
    """Return the rest of the quote's sentence after it, up to the next quote: '“A” and
    said: “B”' does not name A's speaker after A."""
    text = paragraphs[span.end_paragraph]
    _, sentence_end = sentence_around(text, span.end - 1, span.end)
    if re.fullmatch(r"[\s,]*[A-Z][\w]*\.\s*", text[span.end : sentence_end]):
        # '…,” Cllr. Ofori said.': a title's full stop ended no sentence.
        _, sentence_end = sentence_around(text, sentence_end, sentence_end + 1)
    return re.split(r"[“‘\"«]", text[span.end : max(sentence_end, span.end)])[0]


def is_indefinite(tokens) -> bool:
    """Return whether a title in tokens is introduced by 'a', 'an', 'one' or 'another'."""
    for n, token in enumerate(tokens):
        if token.lower in TITLE_WORDS:
            # 'a senior European law enforcement official': modifiers up to the article.
            before = []
            for earlier in tokens[max(0, n - 5) : n]:
                before = [*before, earlier.lower] if earlier.is_word else []
            return bool(INDEFINITE & set(before))
    return False


# A paragraph opening on someone already met: 'He …', 'The minister …', 'Mr Ofori …'.
TITLES = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
REFERS_BACK = re.compile(rf"(?:He|She|They|The\s+(?:[a-z-]+\s+){{0,2}}(?:{TITLES}))\b")


class Attributor:
    """Find the speaker of each quote, remembering the last one for pronouns."""

    def __init__(self, people: People, paragraphs: tuple[str, ...]):
        self.people = people
        self.last: PersonFound | None = None
        self.mentions = mention_positions(people, paragraphs)
        self.unnamed = unnamed_positions(paragraphs)
        self.mentions = sorted(self.mentions + [m[:3] for m in self.unnamed], key=lambda m: m[:2])
        # Who a sentence is about: not the person it acts on ('after meeting President X').
        self.subjects = [
            m for m in self.mentions if m[2] is None or not is_object(paragraphs[m[0]], m[1])
        ]
        self.pronouns = pronouns_of(people, paragraphs)
        self.position = (0, 0)

    def latest_mentioned(self, pronoun: str = "") -> PersonFound | None:
        """Return the person a sentence was last about before the quote being attributed,
        one 'he' or 'she' may refer to ('Ms Noor' is no 'he')."""
        other = {"he": "she", "him": "she", "she": "he", "her": "he"}.get(pronoun)
        before = [
            m
            for m in self.subjects
            if m[:2] < self.position and (m[2] is None or self.pronouns.get(id(m[2])) != other)
        ]
        return before[-1][2] if before else self.last

    def introduced(
        self, paragraphs: tuple[str, ...], number: int
    ) -> tuple[bool, PersonFound | None]:
        """Return (whether, whom) the paragraph before an unattributed quote brings in.

        '… disagreed sharply.' / '“This budget punishes the poor.”': a paragraph without
        quotes about someone other than the last speaker hands the next quote to them, or
        to nobody named ('A diplomat, who asked not to be named, …'), unless it opens on
        the last speaker ('He', 'The minister …') or names them at all.
        """
        text = paragraphs[number - 1] if number else ""
        if not text or DOUBLE_MARKS.search(text) or SINGLE.search(text) or REFERS_BACK.match(text):
            return False, None
        about = [m[2] for m in self.subjects if m[0] == number - 1]
        # 'President Y appointed X in 2019.': still about X, the last speaker, if named at all.
        mentioned = [m[2] for m in self.mentions if m[0] == number - 1]
        if not about or self.last in mentioned:
            return False, None
        return True, about[0]

    def resolve(self, phrase: str) -> PersonFound | None:
        """Return the person a speaker phrase refers to."""
        tokens = tokenize(phrase)
        named = [
            (phrase.find(form), person)
            for person in self.people.persons
            for form in (person.name, *person.variants)
            if form in phrase
        ]
        if named:
            return min(named, key=lambda item: item[0])[1]
        for token in tokens:
            if token.is_capitalised and (person := self.people.match(token.bare)):
                return person
        for token in tokens:
            if token.is_capitalised and (person := misspelled(self.people, token.bare)):
                return person
        for token in tokens:
            if token.is_capitalised and (person := self.latest_of_surname(token.bare)):
                return person
        # 'the prosecutor's office insisted': a body speaks, not its head.
        words = {t.lower for t in tokens if not t.text.endswith(("'s", "’s"))}
        if singular := words & PRONOUNS - {"they"}:
            return self.latest_mentioned(min(singular))
        if "they" in words:
            return None  # 'Residents …. “…,” they said.': a group, not the person named last
        if words & TITLE_WORDS:
            # 'the official' is whoever holds that office, or someone the article introduced
            # unnamed ('a senior official …'); 'a spokesman' is someone unnamed.
            holder = self.people.by_role(words) or self.latest_holder(words)
            if holder or is_indefinite(tokens) or self.introduced_unnamed(words):
                return holder
            # 'said the official' with no official met: the office-holder speaking last.
            holder = self.people.by_role(words, kinds=True)
            return holder or (self.last if words & GENERIC_ROLES else None)
        return None

    def latest_holder(self, words: set[str]) -> PersonFound | None:
        """Return, of the people holding an office words name, the one last mentioned:
        'the minister' after two ministers is the one the story turned to last."""
        titles = words & TITLE_WORDS
        holders = [
            p
            for p in self.people.persons
            if titles & set(re.findall(r"[\w-]+", fold_key(" ".join(p.roles))))
        ]
        before = [m[2] for m in self.subjects if m[:2] < self.position and m[2] in holders]
        return before[-1] if before else None

    def names_in(self, phrase: str) -> bool:
        """Return whether a phrase names one of the people, in full or by surname."""
        return any(
            re.search(rf"\b{re.escape(form)}\b", phrase)
            for person in self.people.persons
            for form in (person.name, *person.variants, person.name.split()[-1])
        )

    def latest_of_surname(self, word: str) -> PersonFound | None:
        """Return, of several people a surname alone names ('Wilkins' for Kristin and
        Kristen Wilkins), the one mentioned last before the quote."""
        key = fold_key(word)
        same = [p for p in self.people.persons if any(k.split()[-1] == key for k in p.keys)]
        before = [m[2] for m in self.subjects if m[:2] < self.position and m[2] in same]
        return before[-1] if len(same) > 1 and before else None

    @staticmethod
    def acted_on(phrase: str, person: PersonFound) -> bool:
        """Return whether every naming of person in phrase is one the phrase acts on."""
        forms = [f for f in (person.name, *person.variants, person.name.split()[-1]) if f]
        at = [m.start() for f in forms for m in re.finditer(re.escape(f), phrase)]
        return bool(at) and all(is_object(phrase, i) for i in at)

    @staticmethod
    def lead_in(paragraphs, span: Span) -> str | None:
        """Return the sentence ending the paragraph before a quote that opens its own, when
        it ends on a colon: 'X has called the ruling “dangerous”:' / '“We face …”'."""
        lead = paragraphs[span.paragraph - 1].rstrip() if span.paragraph else ""
        if not lead.endswith(":") or re.search(r"\w", paragraphs[span.paragraph][: span.start]):
            return None
        start, _ = sentence_around(lead, len(lead) - 1, len(lead))
        return lead[start:]

    def introduced_unnamed(self, words: set[str]) -> bool:
        """Return whether a role noun of words was introduced unnamed before the quote."""
        return any(m[3] in words for m in self.unnamed if m[:2] < self.position)

    def subject(self, sentence: str) -> PersonFound | None:
        """Return the person a sentence opens with: 'He listed …', 'Konneh called it …'."""
        tokens = tokenize(sentence)[:4]
        if tokens and tokens[0].lower in {"he", "she"}:
            return self.latest_mentioned(tokens[0].lower)
        run = []
        for token in tokens:
            if not (token.is_word and token.is_capitalised):
                break
            run.append(token.bare)
        return self.people.match(" ".join(run)) if run else None

    def speaker(self, paragraphs, span: Span) -> tuple[PersonFound | None, bool]:
        """Return (speaker, whether the attribution stands right beside the quote)."""
        after = words_after(paragraphs, span)
        # '… “B” and called for …' goes on with the sentence's subject, not a new speaker.
        said_after = re.match(
            rf"^[\s,.!?]*(?!(?:and|but)\b)(?:\S+\s+){{0,5}}?{VERB}\b", after, re.I
        )
        if said_after and ANONYMOUS.search(after) and not self.names_in(after):
            return None, True  # '…,” she said, asking not to be named.'
        if said_after and (person := self.resolve(after)):
            return person, True
        if SIGNED.match(after) and (person := self.resolve(after)):
            return person, True  # '“It's a long game.” - Matthew Ingram': signed off
        before_text = paragraphs[span.paragraph]
        sentence_start, _ = sentence_around(before_text, span.start, span.start + 1)
        sentence = before_text[sentence_start : span.start]
        before = before_text[clause_start(before_text, sentence_start, span.start) : span.start]
        verb = re.search(rf"\b{VERB}\b", before, re.I)
        if verb and re.fullmatch(r"[\s,;]*(?:and|but|then)\s*", before[: verb.start()]):
            before = sentence  # '“A” and said: “B”': the verb's subject opens the sentence
        if SAID_BEFORE.search(before) or before.rstrip().endswith(":"):
            person = self.resolve(before)
            if person and before != sentence and self.acted_on(before, person):
                # '… a “formal update” from X is forthcoming: “…”': the sentence's subject.
                person = self.resolve(sentence) or person
            return person, True
        if not re.search(r"\w", sentence) and (lead := self.lead_in(paragraphs, span)):
            return self.resolve(lead), True
        if said_after:
            return None, True
        if verb := re.search(rf"\b{VERB}\b", before, re.I):
            # 'Many of those interviewed said they …': the speaker is the verb's subject, and
            # one the article does not name is still not the last person named.
            subject = before[: verb.start()]
            person = self.resolve(subject if re.search(r"\w", subject) else before)  # 'said X'
            return person, person is None
        if re.search(rf"\b{VERB}\b", after, re.I):
            return self.resolve(before + " " + after), False
        return None, False

    @staticmethod
    def closes_sentence(paragraphs, span: Span) -> bool:
        """Return whether only punctuation or an attribution follows the quote in its sentence."""
        text = paragraphs[span.end_paragraph]
        _, sentence_end = sentence_around(text, span.end - 1, span.end)
        trailing = text[span.end : max(sentence_end, span.end)]
        return bool(
            re.match(r"^[\s,.!?;:]*$", trailing)
            or re.match(rf"^[\s,.!?]*(?:\S+\s+){{0,5}}?{VERB}\b[^“‘\"«]*$", trailing, re.I)
        )

    def attribute(self, paragraphs, span: Span) -> QuoteRecord | None:
        """Return the quote record for a span, or None when the span is not speech."""
        words = span.text.split()
        long_words = [w for w in words if len(w) > 3]
        if len(words) < 2 or (long_words and all(w[:1].isupper() for w in long_words)):
            return None  # a name or title in quotation marks, not speech
        if ATTRIBUTION_ONLY.fullmatch(span.text) or span.text[:1] in ",;":
            return None  # the words between two quotes, not one
        self.position = (span.paragraph, span.start)
        person, beside = self.speaker(paragraphs, span)
        opening = paragraphs[span.paragraph]
        sentence_start, _ = sentence_around(opening, span.start, span.start + 1)
        mid_sentence = bool(re.search(r"\w", opening[sentence_start : span.start]))
        # Short and inside a sentence: a phrase unless it is the clause the sentence ends on.
        fragment = (
            mid_sentence
            and len(words) < FULL_QUOTE_WORDS
            and (not beside or not self.closes_sentence(paragraphs, span))
        )
        # A quote with no attribution goes on the last speaker's, unless a sentence about
        # someone else leads to it ('The party dismissed it as “…”'); 'It also aims to “…”'
        # goes on describing what the last speaker described.
        opener = tokenize(opening[sentence_start : span.start])[:1]
        continues = not mid_sentence or (opener and opener[0].lower in CONTINUING)
        if person is None and not fragment and not beside and continues:
            opens_paragraph = not re.search(r"\w", opening[: span.start])
            new, someone = self.introduced(paragraphs, span.paragraph)
            person = someone if opens_paragraph and new else self.last
        elif person is None:
            clause = clause_start(opening, sentence_start, span.start)
            person = self.subject(opening[clause : span.start])
        if person is not None and not fragment:
            self.last = person
        text = span.text.strip().rstrip(",").strip()
        return QuoteRecord(text, person.name if person else None, span.paragraph, fragment)


def find_quotes(
    paragraphs: tuple[str, ...], persons: Sequence[PersonRecord], *, title: str = ""
) -> tuple[QuoteRecord, ...]:
    """Return the article's quotes in reading order, each given to one of persons if known.

    persons are the records any extractor returns; a speaker is one of their names. The
    headline in quotation marks ('19 thoughts on “<title>”') is no one's words.
    """
    people = people_of(persons)
    doubles = [s for s in double_spans(paragraphs) if not nested(paragraphs[s.paragraph])]
    spans = sorted(doubles + single_spans(paragraphs), key=lambda s: (s.paragraph, s.start))
    headline = fold_key(title)
    spans = [s for s in spans if not headline or fold_key(s.text) != headline]
    attributor = Attributor(people, paragraphs)
    quotes = [attributor.attribute(paragraphs, span) for span in spans]
    found = answers(paragraphs, people) + spoken(paragraphs, people)
    found += [q for q in quotes if q is not None]
    return tuple(sorted(found, key=lambda q: q.paragraph))
