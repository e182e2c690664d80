"""The CoNLL-2003 converter: documents become articles with their distinct annotated names."""

from bench.extraction import conll
from bench.extraction.documents import detokenize

# A made-up document in the corpus's shape: word POS chunk NER, IOB2 tags.
SNIPPET = """-DOCSTART- -X- -X- O

FISHING NN B-NP O
- : O O
LAGOS NNP B-NP B-LOC
PORT NNP I-NP O
REOPENS VBZ B-VP O
. . O O

LAGOS NNP B-NP B-LOC
1996-08-30 CD I-NP O

Harbour NNP B-NP O
master NN I-NP O
Ngozi NNP I-NP B-PER
Adeyemi NNP I-NP I-PER
said VBD B-VP O
the DT B-NP O
Nigerian NNP I-NP B-ORG
Ports NNP I-NP I-ORG
Authority NNP I-NP I-ORG
( ( O O
NPA NNP B-NP B-ORG
) ) O O
would MD B-VP O
reopen VB I-VP O
the DT B-NP O
berths NNS I-NP O
. . O O

" " O O
We PRP B-NP O
are VBP B-VP O
ready JJ B-ADJP O
. . O O

It PRP B-NP O
's VBZ B-VP O
time NN B-NP O
, , O O
" " O O
Adeyemi NNP B-NP B-PER
said VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

SOCCER NN B-NP O
- : O O
KANO NNP B-NP B-ORG
PILLARS NNP I-NP I-ORG
WIN VBP B-VP O
. . O O
"""


def documents(tmp_path, name="valid.txt"):
    (tmp_path / name).write_text(SNIPPET, encoding="utf-8")
    return conll.load(tmp_path, "dev")


def test_first_sentence_is_the_headline_and_the_dateline_a_paragraph(tmp_path):
    first = documents(tmp_path)[0]
    assert first.title == "FISHING - LAGOS PORT REOPENS."
    assert first.paragraphs[0] == "LAGOS 1996-08-30"
    assert first.text.startswith("FISHING - LAGOS PORT REOPENS.\n\nLAGOS 1996-08-30\n\n")


def test_sentences_are_paragraphs_joined_while_a_quotation_is_open(tmp_path):
    paragraphs = documents(tmp_path)[0].paragraphs
    assert paragraphs[1] == (
        "Harbour master Ngozi Adeyemi said the Nigerian Ports Authority (NPA) "
        "would reopen the berths."
    )
    assert paragraphs[2] == '"We are ready. It\'s time," Adeyemi said.'
    assert len(paragraphs) == 3


def test_a_surname_alone_is_a_form_of_the_full_name_not_a_second_person(tmp_path):
    persons = documents(tmp_path)[0].persons
    assert [(p.name, p.forms) for p in persons] == [("Ngozi Adeyemi", ("Adeyemi",))]


def test_an_acronym_is_a_form_of_the_organisation_it_abbreviates(tmp_path):
    organizations = documents(tmp_path)[0].organizations
    assert [(o.name, o.forms) for o in organizations] == [("Nigerian Ports Authority", ("NPA",))]


def test_places_are_distinct_whatever_their_case(tmp_path):
    assert [p.name for p in documents(tmp_path)[0].places] == ["LAGOS"]


def test_a_sports_desk_slug_marks_the_document_as_sports(tmp_path):
    news, sports = documents(tmp_path)
    assert (news.genre, sports.genre) == ("news", "sports")
    assert [o.name for o in sports.organizations] == ["KANO PILLARS"]


def test_iob1_tags_read_as_iob2_do():
    sentence = conll.Sentence(
        ["Ngozi", "Adeyemi", "met", "Musa", "Bello"], ["I-PER", "I-PER", "O", "I-PER", "I-PER"]
    )
    assert conll.entities(sentence) == [("PER", "Ngozi Adeyemi"), ("PER", "Musa Bello")]
    adjacent = conll.Sentence(["Ngozi", "Musa"], ["I-PER", "B-PER"])
    assert conll.entities(adjacent) == [("PER", "Ngozi"), ("PER", "Musa")]


def test_the_splits_are_found_under_either_naming(tmp_path):
    (tmp_path / "eng.testb").write_text(SNIPPET, encoding="utf-8")
    assert conll.is_corpus(tmp_path)
    assert len(conll.load(tmp_path, "test")) == 2
    assert conll.load(tmp_path, "dev") == []


def test_a_folder_without_the_docstart_line_is_no_corpus(tmp_path):
    (tmp_path / "test.txt").write_text("just some text\n", encoding="utf-8")
    assert not conll.is_corpus(tmp_path)


def test_detokenize_glues_punctuation_clitics_and_quotes():
    tokens = ["He", "said", '"', "it", "'s", "10", "%", "(", "or", "more", ")", '"', "."]
    assert detokenize(tokens) == 'He said "it\'s 10% (or more)".'
    assert detokenize(["U.S.", "officials", "did", "n't", "reply", ","]) == (
        "U.S. officials didn't reply,"
    )
