"""The GUM converter: named entities from the coreference layer, quotes from attribution."""

import re

from bench.extraction import gum


def conllu(rows: str) -> str:
    """Return CoNLL-U from rows whose columns are apart by runs of two spaces or more."""
    lines = []
    for row in rows.strip("\n").splitlines():
        row = row.strip()
        lines.append(row if row.startswith("#") or not row else "\t".join(re.split(r" {2,}", row)))
    return "\n".join(lines) + "\n"


# A made-up news document. Columns: id form lemma upos xpos feats head deprel deps misc.
DOCUMENT = conllu("""
# newpar
# newpar_block = head (1 s)
# text = Port reopens in Lagos
1  Port  port  NOUN  NN  _  2  nsubj  _  Discourse=ROOT:1:0
2  reopens  reopen  VERB  VBZ  _  0  root  _  _
3  in  in  ADP  IN  _  4  case  _  _
4  Lagos  Lagos  PROPN  NNP  Number=Sing  2  obl  _  Entity=(1-place-new-x-cf1-1-coref-Lagos)

# newpar
# newpar_block = p (2 s)
# text = Harbour master Ngozi Adeyemi said, "We are ready to work."
1  Harbour  _  NOUN  NN  _  2  compound  _  Discourse=attribution-positive:2->3|Entity=(2-person-x
2  master  master  NOUN  NN  _  5  nsubj  _  _
3  Ngozi  Ngozi  PROPN  NNP  Number=Sing  2  flat  _  _
4  Adeyemi  Adeyemi  PROPN  NNP  Number=Sing  2  flat  _  Entity=2)
5  said  say  VERB  VBD  _  0  root  _  SpaceAfter=No
6  ,  ,  PUNCT  ,  _  5  punct  _  _
7  "  "  PUNCT  ``  _  10  punct  _  Discourse=elaboration:3->1|SpaceAfter=No
8  We  we  PRON  PRP  _  10  nsubj  _  _
9  are  be  AUX  VBP  _  10  cop  _  _
10  ready  ready  ADJ  JJ  _  5  ccomp  _  _
11  to  to  PART  TO  _  12  mark  _  _
12  work  work  VERB  VB  _  10  xcomp  _  SpaceAfter=No
13  .  .  PUNCT  .  _  5  punct  _  SpaceAfter=No
14  "  "  PUNCT  ''  _  5  punct  _  _
# text = She thanked the Nigerian Ports Authority and the Rohingya for "a good start".
1  She  she  PRON  PRP  _  2  nsubj  _  Discourse=joint:4->3|Entity=(2-person-giv-x-cf1-1-ana)
2  thanked  thank  VERB  VBD  _  0  root  _  _
3  the  the  DET  DT  _  6  det  _  Entity=(3-organization-new-x-cf1-2,3,4-coref
4  Nigerian  Nigerian  PROPN  NNP  _  6  compound  _  _
5  Ports  Ports  PROPN  NNPS  _  6  compound  _  _
6  Authority  Authority  PROPN  NNP  _  2  obj  _  Entity=3)
7  and  and  CCONJ  CC  _  9  cc  _  _
8  the  the  DET  DT  _  9  det  _  Entity=(4-person-new-x-cf1-2-coref
9  Rohingya  Rohingya  PROPN  NNPS  Number=Plur  6  conj  _  Entity=4)
10  for  for  ADP  IN  _  13  case  _  _
11  "  "  PUNCT  ``  _  13  punct  _  SpaceAfter=No
12  a  a  DET  DT  _  13  det  _  _
13  good  good  ADJ  JJ  _  2  obl  _  _
14  start  start  NOUN  NN  _  13  obl  _  SpaceAfter=No
15  "  "  PUNCT  ''  _  13  punct  _  SpaceAfter=No
16  .  .  PUNCT  .  _  2  punct  _  _

# newpar
# newpar_block = p (1 s)
# text = "We start on Monday," she said.
1  "  "  PUNCT  ``  _  3  punct  _  Discourse=elaboration:5->3|SpaceAfter=No
2  We  we  PRON  PRP  _  3  nsubj  _  _
3  start  start  VERB  VBP  _  8  ccomp  _  _
4  on  on  ADP  IN  _  5  case  _  _
5  Monday  Monday  PROPN  NNP  _  3  obl  _  SpaceAfter=No
6  ,  ,  PUNCT  ,  _  3  punct  _  SpaceAfter=No
7  "  "  PUNCT  ''  _  3  punct  _  _
8  she  _  PRON  PRP  _  9  nsubj  _  Discourse=attribution-positive:6->5|Entity=(2-person-x)
9  said  say  VERB  VBD  _  0  root  _  SpaceAfter=No
10  .  .  PUNCT  .  _  9  punct  _  _
""")


def document():
    return gum.to_document("GUM_news_port", gum.read(DOCUMENT))


def test_the_first_heading_is_the_headline_and_paragraphs_keep_their_sentences():
    found = document()
    assert found.title == "Port reopens in Lagos"
    assert found.paragraphs[0].startswith('Harbour master Ngozi Adeyemi said, "We are ready')
    assert found.paragraphs[0].endswith('for "a good start".')
    assert len(found.paragraphs) == 2


def test_a_person_is_named_by_the_proper_nouns_of_the_mention_without_the_title():
    assert [(p.name, p.forms) for p in document().persons] == [("Ngozi Adeyemi", ())]


def test_the_words_before_a_name_ending_the_mention_are_the_persons_role():
    assert [p.roles for p in document().persons] == [("Harbour master",)]
    assert document().annotates_roles


def test_a_plural_person_is_a_group_and_no_record():
    assert "Rohingya" not in [p.name for p in document().persons]


def test_organisations_and_places_lose_their_article():
    found = document()
    assert [o.name for o in found.organizations] == ["Nigerian Ports Authority"]
    assert [p.name for p in found.places] == ["Lagos"]


def test_a_quote_is_given_to_the_person_its_attribution_names_even_through_a_pronoun():
    quotes = [(q.text, q.speaker) for q in document().quotes]
    assert quotes == [
        ("We are ready to work.", "Ngozi Adeyemi"),
        ("We start on Monday,", "Ngozi Adeyemi"),
    ]


def test_a_quoted_phrase_without_attribution_is_left_unscored():
    assert document().unscored_quotes == ("a good start",)


def test_the_split_follows_splits_md_test_apart_from_the_rest(tmp_path):
    for name in ("GUM_news_port", "GUM_news_bridge"):
        (tmp_path / f"{name}.conllu").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "splits.md").write_text(
        "## dev\n\n  * GUM_news_port\n\n## test\n\n  * GUM_news_bridge\n"
    )
    assert gum.is_corpus(tmp_path)
    assert [d.name for d in gum.load(tmp_path, "dev")] == ["GUM_news_port"]
    assert [d.name for d in gum.load(tmp_path, "test")] == ["GUM_news_bridge"]
