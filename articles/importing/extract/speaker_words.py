"""Word lists speaker attribution is written in: who 'he' or 'she' may be, and
whom a sentence only acts on."""

# Styles and role words that tell whether 'he' or 'she' may refer to a person ('Ms Noor',
# 'the spokeswoman'); a name written with neither may be either.
HE_WORDS = set(
    """
mr sir lord king prince monsieur señor senor herr alhaji mallam ato dom mzee ratu father
brother spokesman chairman businessman congressman councilman sheikh emir
""".split()
)
SHE_WORDS = set(
    """
mrs ms miss madam madame mme mlle dame lady baroness queen princess hajia hajiya alhaja bi dona
woizero weizero señora senora frau sister spokeswoman chairwoman businesswoman congresswoman
councilwoman datin
""".split()
)
# Words after which a name is what the sentence acts on, not who speaks: 'after meeting
# President X', 'a plan backed by X', 'criticism from X'. A later 'he said' is not X.
OBJECT_CUES = set(
    """
with by to from for against of at on after before than like including between among under
over about toward towards alongside besides beside unlike behind whom
met meet meets meeting visited visiting visit thanked thanking accused accusing criticised
criticized criticising criticizing praised praising urged urging replaced replacing succeeded
succeeding appointed appointing sacked dismissed elected named naming backed backing defeated
defeating told telling invited inviting blamed blaming sued suing joined joining hosted hosting
received receiving phoned called calling congratulated congratulating
""".split()
)
