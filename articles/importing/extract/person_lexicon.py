"""Word lists for people's names: what marks a person, and what is no person's name.

Letters after a name, peers' styles, title compounds, and the endings of companies,
bodies and parties; lexicon.py folds the extra titles and non-names into its own lists.
"""

# Letters written after a name for an honour, degree, office or rank at the bar: 'Jane
# Roe QC', 'Alan Hughes CBE', 'Ruth Baird PhD'. They mark a person; they are no part of
# the name. Compared folded, without dots ('Ph.D.' is 'phd').
POST_NOMINALS = set(
    """
qc kc sc mp mep msp mla mpp mna mha td jp dl cbe obe mbe kbe dbe gbe ch cmg kcmg gcmg
kcb gcb cb kg kt om pc frs freng fba frsa phd dphil md mba msc bsc ba ma llb llm dds rn
cpa esq ja jsc jca lj cj
""".split()
)
# Post-nominals that are offices: 'Jane Doyle MP' is an MP.
OFFICE_POST_NOMINALS = {"mp", "mep", "msp", "mla", "mpp", "mna", "mha", "td"}
# Peers' and knights' styles: 'Lord Ashworth', 'Baroness Okafor' are people, known by the
# style and one name; 'Lord Chancellor', 'Lady Justice' are offices (a title follows).
PEERAGE = set(
    """
lord lady baron baroness viscount viscountess earl countess marquess marchioness duke duchess
""".split()
)
# Styles that are as often an initial or a given name ('M. Slater', 'Ato Boldon'): before
# a surname alone they do not make it a person's.
STYLES_ALSO_NAMES = {"m", "ato", "bi", "dom", "dona"}
# Words that qualify a title inside a hyphenated compound: 'Deputy-Secretary',
# 'State-Minister', 'Under-Secretary-General', 'Vice-Chancellor'.
TITLE_QUALIFIERS = set(
    """
deputy vice under state assistant associate co sub acting chief senior junior prime general
elect designate adjunct lord
""".split()
)
# A company's legal form, ending its name: 'Cement Corp', 'Hanover Re', 'Acme Holdings Ltd'.
LEGAL_FORMS = set(
    """
corp corporation inc incorporated ltd limited plc llc llp gmbh spa srl pty re holdings co cos
bancorp
""".split()
)
# Words that end a company's name: the legal forms and the trades ('Kenya Air', 'X Motors').
COMPANY_ENDINGS = LEGAL_FORMS | set(
    """
industries enterprises company companies brothers bros partners capital ventures investments
insurance assurance securities logistics motors airways air
""".split()
)
# Heads of gatherings and bodies a person's name never ends in: 'Pacific Islands Forum'.
BODY_HEADS = set(
    """
forum forums caucus summit conference convention club chamber chambers consortium syndicate
cooperative co-operative junta panel taskforce task-force delegation mission embassy
""".split()
)
# Party members and followers, singular and plural: 'Social Democrats', 'Republican X'.
# ('Green', a surname, counts only as 'Greens'.)
PARTY_MEMBERS = set(
    """
democrat democrats republican republicans socialist socialists conservative conservatives
liberal liberals communist communists nationalist nationalists unionist unionists tory
tories labourite labourites loyalist loyalists royalist royalists maoist maoists islamist
islamists federalist federalists separatist separatists greens whigs nonpartisan
nonpartisans
""".split()
)
# Words a sentence opens on that are no part of the title after them: 'But Kenya's …'.
SENTENCE_OPENERS = set(
    """
but and or nor yet so also meanwhile however then now still thus hence instead indeed
""".split()
)
# Nouns for who someone is to others or what they are known as, roles as much as
# offices: 'his Israeli counterpart NAME', 'Texas billionaire NAME'. (Words that are
# also common surnames, 'Singer', 'Player', 'Coach', stay out.)
MORE_TITLE_WORDS = set(
    """
counterpart counterparts predecessor successor challenger nominee aide aides peacemaker
billionaire millionaire tycoon magnate dictator strongman warlord actor actress novelist poet
playwright author composer musician golfer boxer cyclist sprinter goalkeeper midfielder
striker jockey referee umpire broker dealer assistant dissident activist campaigner emperor
empress tsar czar tsarina kaiser shah sultan caliph pharaoh
defender winger bowler batsman pitcher quarterback all-rounder substitute champ
illustrator curator coauthor co-author singer-songwriter songwriter cosplayer sculptor painter
filmmaker director-general screenwriter columnist blogger cartoonist economist strategist
""".split()
)
TITLE_QUALIFIERS |= {"of", "in", "at", "staff", "arms"}  # 'chief-of-staff'
# Bodies named in other languages: 'Instituto Gonzaga', 'Banco Santander'.
BODY_HEADS |= set(
    """
instituto institut universidad universidade université universita banco banque compagnie
société sociedad colegio escuela école partido parti ministerio ministère
""".split()
)
# Words of scraped pages' captions and credits, never a name: 'NAME Image: Reuters'.
CAPTION_WORDS = {"image", "images", "picture", "pictures", "photo", "credit", "caption", "getty"}
MORE_NOT_NAMES = set(CAPTION_WORDS)
# Words of a scraped page's links and labels: 'Related Stories', 'Top Stories', 'By NAME'.
MORE_NOT_NAMES |= set(
    """
by related stories story more top latest trending popular advertisement sponsored recommended
""".split()
)
# Counts that open a run: 'One Rohingya', 'Seven Iraqis' ('Ten' is also a Dutch particle).
MORE_NOT_NAMES |= {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
MORE_NOT_NAMES |= {"neither", "either", "nor"}
# Prepositions that open a sentence before a place: 'Across India, …'.
MORE_NOT_NAMES |= set(
    """
across among amid amidst along around throughout within without beyond toward towards
between beside inside outside via upon unlike like near
""".split()
)
# Parts and kinds that a number follows: 'Phase II', 'World War II', 'Type 2'.
MORE_NOT_NAMES |= set(
    "phase stage part chapter section volume type class round tier series war".split()
)
# Legal forms written before a company's name: 'PT Timor Putra Nasional', 'JSC Gazprom'.
LEGAL_FORMS_BEFORE = {"pt", "jsc", "pjsc", "oao", "zao", "ooo", "cv"}
# Bodies and gatherings, more of them: 'Sant'Egidio Community', 'Options Exchange'.
BODY_HEADS |= {"community", "exchange", "newsroom", "desk", "standard"}
# Census given names that are as often everyday words, months or places: before a
# capitalised word they do not make it a person's name ('Grant Park', 'May Day').
GIVEN_NAMES_ALSO_WORDS = set(
    """
may june april august will grant long joy hope faith china dawn rose young see bill mark
art bay bee can cherry clay crystal dale day deal derby early ember fay forest gay gem gene
georgia ginger glen golden grace guy hazel heath holly iris ivory ivy jade jean jewel
jordan kay king lake lane lark lee lily love major mason merry miles misty nation noble
norman ocean page paris pearl penny per pierce ray red reed rich rock royal ruby sage
sandy savannah shelby sky spring star stone storm summer sunny sydney tennessee texas
victory virginia wade ward white winter worth york carolina dakota florida austin
india chase chance christian dallas denver houston israel jersey lincoln marshall hong
roman viva mae
""".split()
)
# Words that end the name of an event, a newspaper, a firm or a faith, never a surname:
# 'Hong Kong Open', 'Solomon Star', 'Johnson Controls', 'Roman Catholic'.
NOT_SURNAMES = set(
    """
open cup classic festival trophy games championship championships masters prix series
tour rally marathon derby bowl star times post herald tribune news mail gazette telegraph
observer chronicle journal express courier monitor controls fields hole catholic catholics
protestant orthodox muslim muslims christians airways airlines motors foods stores
""".split()
)
# Endings of Slavic, Baltic, Romanian, Georgian and Armenian surnames: after a capitalised
# word they make a person's name ('Zenon Poznyak', 'Luli Popescu', 'Yuri Kushko').
SURNAME_ENDINGS = tuple(
    """
ov ova ev eva yev yeva enko vich vic ski ska sky skaya escu idze shvili yan chuk nko
yak iak aite ius
""".split()
)
