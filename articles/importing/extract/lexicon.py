"""Word lists the extraction rules are written in: shapes of news English, not names."""

from articles.importing.extract.person_lexicon import MORE_NOT_NAMES, MORE_TITLE_WORDS, PEERAGE

TITLE_WORDS = set(
    """
minister ministers president vice-president prime ambassador ambassadors commissioner
secretary secretary-general director director-general directors chief head governor mayor
spokesman spokeswoman spokesperson chairman chairwoman chairperson chair ceo general colonel
captain lieutenant sergeant commander officer officers official officials senator deputy
representative envoy coordinator co-ordinator manager professor judge prosecutor attorney
lawyer king queen prince princess sheikh emir pope bishop archbishop imam pastor priest adviser
advisor counsellor councillor inspector superintendent administrator executive founder
co-founder leader researcher analyst economist expert activist farmer teacher doctor nurse
student resident witness member mp lawmaker legislator candidate consul delegate rapporteur
premier chancellor speaker treasurer auditor ombudsman president-elect commandant marshal
admiral brigadier major-general lieutenant-general police-chief mediator negotiator trader
fisherman fishermen survivor migrant refugee journalist editor economist
historian scientist engineer physician surgeon owner vendor driver worker principal dean
rector registrar cardinal chieftain chief-executive boss host organiser organizer head-teacher
counsel solicitor barrister advocate diplomat diplomats hairdresser
accountant businessman businesswoman entrepreneur shopkeeper mechanic labourer herder
pastoralist midwife pharmacist paramedic volunteer lecturer photographer
agent sheriff prefect attache attaché constable warden magistrate elder agronomist laureate
""".split()
)
HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "mme",
    "mlle",
    "madame",
    "monsieur",
    "rev",
    "hon",
    "mx",
    "m",
    # Honorifics of other Englishes: Zimbabwe's 'Cde', Nigeria's 'Alhaji', 'Engr', 'Chief'.
    "cde",
    "comrade",
    "alhaji",
    "alhaja",
    "hajia",
    "hajiya",
    "mallam",
    "engr",
    "barr",
    # Liberia's and Sierra Leone's 'Cllr.' (Counsellor-at-law or councillor).
    "cllr",
    "honourable",
    "honorable",
    "excellency",
    "h.e",  # His or Her Excellency
    # East Africa's 'Mzee' (elder) and 'Bi' (Mrs; also a Chinese surname, see names.py),
    # Fiji's chiefly 'Ratu'.
    "mzee",
    "bi",
    "ratu",
    # South and Central Asian clerics: 'Mawlawi', 'Mullah'. ('Haji' is also a word inside
    # Malay names: 'Zainal Arifin bin Haji Mohd Yusof'.)
    "mawlawi",
    "maulvi",
    "mullah",
    # Malaysia's and Brunei's titles: "Dato' Seri", 'Datuk', 'Datin', 'Tun' ('Tan Sri' in
    # names.py: 'Tan' is also a surname).
    "dato'",
    "dato’",
    "dato",
    "datuk",
    "datin",
    "seri",
    "tun",
    # Botswana's 'Kgosi' (chief), Guyana's 'Toshao' (village leader), a priest's 'Fr'.
    "kgosi",
    "toshao",
    "fr",
    "monsignor",
    "msgr",
    "rabbi",
    "reverend",
    "chief",
    # Ethiopian 'Ato' and 'Woizero' (written 'W/ro'), Portuguese 'Dona' and 'Dom', 'Eng.'.
    "ato",
    "woizero",
    "weizero",
    "dona",
    "dom",
    "eng",
}
# Titles that are also words of a name when a first name stands before them: 'Hodan Sheikh Abdi'.
TITLES_IN_NAMES = {"sheikh", "shaikh", "sheik", "sharif"}
# Verbs and prepositions that open a body's aim: 'Directorate for Combating Illegal Migration'.
AIM_WORDS = {"against", "combat", "combating", "combatting", "countering", "counter", "fight"}
AIM_WORDS |= {"fighting", "preventing"}
# A general role noun and the offices it covers: 'the diplomat' may be the ambassador.
ROLE_KINDS = {
    "diplomat": {"ambassador", "envoy", "consul", "diplomat"},
    "official": {"official", "officer"},
    "lawmaker": {"mp", "legislator", "senator", "lawmaker"},
}
# Nouns for any holder of an office: 'said the official' may be the minister quoted last.
GENERIC_ROLES = {"official", "officials", "officer"}
# Nouns a law, treaty or rule book ends in: 'the Immigration Act' is nobody's name.
LEGAL_HEADS = set(
    """
act acts bill bills law laws code decree convention protocol orders ordinance charter treaty
regulations statute constitution amendment
""".split()
)
# Military and police ranks, and the judge's style: before a name they are a role only
# when nothing fuller is said ('army spokesman Brig. Gen. NAME' is an army spokesman).
RANKS = set(
    """
gen general col colonel lt lieutenant maj major brig brigadier capt captain sgt sergeant cpl
corporal adm admiral cmdr commander cdr commodore marshal field-marshal major-general
lieutenant-general lieutenant-colonel brigadier-general rear-admiral vice-admiral insp
inspector supt superintendent commandant justice
""".split()
)
# Nouns a ministry's portfolio is listed in: 'Agriculture, Mechanisation and Irrigation
# Development Minister'. Words with these endings are abstract nouns, rarely names.
PORTFOLIO_SUFFIXES = (
    "tion",
    "sion",
    "ment",
    "ure",
    "ism",
    "ity",
    "ance",
    "ence",
    "ogy",
    "ics",
    "ies",
    "ship",
    "ness",
    "ing",
    "cy",
)
PORTFOLIO_WORDS = set(
    """
lands works sports youth women gender children family labour labor industry commerce mines
tourism arts fisheries livestock forestry wildlife heritage innovation information
communications media telecommunications culture science technology research housing
irrigation water sanitation power petroleum oil gas aviation tourism local
""".split()
)
# Lower-case nouns that make the capitalised words before them a place: 'Upper Nile state'.
GEO_HEADS = set(
    """
state states province provinces region regions county counties district districts river
rivers valley valleys basin delta plateau highlands lowlands corridor zone zones island
islands lake lakes mountains hills desert forest reserve wetlands governorate governorates
prefecture department municipality
""".split()
)
# First words that make a place, not a person: 'Upper Nile', 'White Nile', 'Greater Accra'.
GEO_MODIFIERS = {"upper", "lower", "white", "blue", "black", "red", "greater", "inner", "outer"}
# Kin words describe a person ('a mother of four'); they are not roles.
KINSHIP = set(
    """
mother father son daughter wife husband widow widower grandmother grandfather brother sister
uncle aunt niece nephew cousin grandson granddaughter
""".split()
)
# Abbreviated ranks and offices written before a name: 'Gen. Tunde Akinwale'.
TITLE_WORDS |= {
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "maj",
    "cpl",
    "adm",
    "gov",
    "sen",
    "rep",
    "amb",
    "insp",
    "supt",
    "cmdr",
    "brig",
    "pres",
    "midwife",
    "mayor",
    "nun",
    "volunteer",
    "spokesperson",
    "commissioner-general",
    "deputy-director",
}
PARTICLES = {
    "wa",  # Bantu 'of': 'Kengo wa Dondo', 'Ngugi wa Thiong'o'
    "de",
    "da",
    "du",
    "des",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "ten",
    "bin",
    "binti",
    "bint",
    "ben",
    "ibn",
    "al",
    "el",
    "la",
    "le",
    "dos",
    "das",
    "di",
    "del",
    "della",
    "dela",
    "los",
    "las",
    "do",
    "y",
    "ould",
    "ag",
    "abu",
}
ORG_HEADS = set(
    """
ministry agency commission council bank organization organisation office union association
authority institute institution foundation court parliament assembly party company
corporation university committee federation army navy department secretariat tribunal
alliance coalition network centre center bureau board society church police gendarmerie
service services directorate cabinet senate congress league movement group fund nations
guard centre center international airways airlines corps trust customs hospital exchange
radio television newspaper newsroom newsdesk magazine college
""".split()
)
# The last words of companies' names: 'Kenya Airways', 'Toyota Motors', 'Cement Corp',
# an insurer's 'Re' ('Hanover Re').
COMPANY_HEADS = set(
    """
airways airlines airline motors telecom telecoms breweries brewery petroleum insurance
holdings cargo corp inc ltd plc llc gmbh co sons bros spa nv bv re pharmaceuticals
chemical chemicals communications electric electronics cables cement steel
""".split()
)
ORG_HEADS |= COMPANY_HEADS
PROGRAM_HEADS = {
    "programme",
    "program",
    "initiative",
    "project",
    "facility",
    "partnership",
    "plan",
    "strategy",
    "mechanism",
    "compact",
    "scheme",
    "campaign",
}
# What a sentence calls a company or a brand it names without a corporate word: 'Barclays,
# the bank', 'the carmaker Toyota', 'Kenya Airways, the national carrier'.
COMPANY_KINDS = set(
    """
airline carrier bank lender broadcaster manufacturer maker carmaker automaker insurer
reinsurer retailer supermarket miner brewer chipmaker conglomerate company firm operator
giant producer exporter supplier developer publisher newspaper utility network channel
agency
distributor refiner shipper shipbuilder manufacturer planemaker drugmaker telecoms
conglomerate multinational subsidiary unit group
""".split()
)
# State institutions named by their one name, capitalised after 'the': 'the Treasury said'.
INSTITUTIONS_ALONE = {
    *"Treasury Pentagon Parliament Congress Senate Cabinet Knesset Duma Bundestag".split(),
    *"Bundesbank Politburo Sejm Majlis Storting Riksdag Oireachtas Fed".split(),
    "Federal Reserve",
    "Lok Sabha",
    "Rajya Sabha",
}
# What only a company has, after its possessive: "Siemens's chief executive", "Boeing's shares".
COMPANY_PARTS = (
    "chief executive|chief executive officer|chief financial officer|chairman|chairwoman|"
    "managing director|board|shares|shareholders|stock|profits?|revenues?|earnings|"
    "subsidiary|subsidiaries|parent company|share price|sales|customers|fleet"
)
# Words that open a sentence ahead of a name, never a company's first word: 'Yesterday
# Barclays, the bank, …', 'On Tuesday, the airline …'.
OPENING_WORDS = set(
    """
the a an this that these those in on at for but and or if as so then when while after before
during however meanwhile moreover also yet still today yesterday tomorrow last next according
despite since although though thus here there instead earlier later separately finally
initially previously currently recently indeed nonetheless nevertheless overall elsewhere he
she it they we i his her its their our my analysts officials sources
""".split()
)
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
NOT_NAMES = (
    set(
        """
the a an this that these those in on at for but and or he she it they we you i his her its
their our my according speaking despite while after before during under since although though
however meanwhile moreover also yet still when where why how what which who whom if as so
then there here thus today yesterday tomorrow last next first second third new old north south
east west central national international global joint public general federal state republic
democratic united royal supreme high low independent african european american asian arab
islamic christian muslim western eastern northern southern security interior justice health
defence defense foreign affairs finance economy trade education agriculture transport energy
environment water development operations operational forces force border borders coast guard
news reuters afp ap xinhua bbc cnn press agency photo video read share follow subscribe
covid-19 covid ebola aids hiv un eu au ecowas nato usa uk god allah lord world day week year
government ministry minister president ambassador commission mr mrs ms dr prof sir
sea ocean river lake gulf coast island islands valley basin bay canal strait peninsula desert
mountains mount region province district county city street road avenue square airport port
hotel hospital stadium palace house hall prison camp bridge dam park school college market
mosque cathedral integration cooperation planning affairs reform reforms rights protection
regional rural urban social economic human civil military special technical strategic
radio television tv channel daily weekly times post news herald tribune journal gazette
magazine newspaper online cyclone storm hurricane typhoon tropical cyclones storms
hurricanes typhoons
against combat combating combatting countering counter fight fighting preventing relations
crime crimes drugs trafficking smuggling productivity
incumbent outgoing acting former interim
later earlier afterwards instead indeed nonetheless nevertheless otherwise elsewhere overall
recently separately finally initially previously currently
most many some several few all both each every other such
women men children people youth families railway line states
""".split()
    )
    | DAYS
    | set(MONTHS)
)
ATTRIBUTION_VERBS = set(
    """
said says say declared declares added adds explained explains noted notes stressed stresses
told tells warned warns insisted insists argued argues stated states remarked remarks observed
emphasised emphasized emphasises emphasizes underlined underlines asserted asserts affirmed
affirms announced announces continued continues recalled recalls confirmed confirms
acknowledged acknowledges admitted admits replied replies responded responds urged urges
concluded concludes wrote writes declaring adding saying explaining noting stressing insisting
warning urging recalling underlining emphasising emphasizing pointing welcomed welcomes
indicated indicates called calls denounced denounces described describes dubbed termed
maintained maintains claimed claims asked asks added, cautioned cautions
recounted recounts recounting recalling lamented laments tweeted posted
appealed reiterated reiterates conceded concedes complained complains asking explaining admitting
commented comments commenting suggested suggests vowed vows pledged pledges predicted predicts
quipped joked retorted countered testified testifies exclaimed shouted shouts
""".split()
)
PRONOUNS = {"he", "she", "they", "him", "her"}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


# The lists of person_lexicon.py join the general ones: a peer's style is an honorific.
HONORIFICS |= PEERAGE
TITLE_WORDS |= MORE_TITLE_WORDS
NOT_NAMES |= MORE_NOT_NAMES
