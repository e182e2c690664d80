"""Word lists the programme rules are written in: what a name keeps, what is a show."""

# Groups a programme is for, whose possessive is part of its name ('Women's Empowerment
# Programme'); any other owner's possessive is not ('Mrs Diallo's X Facility').
GROUP_NOUNS = set(
    """
women children people farmers workers girls boys mothers youth youths veterans teachers
students men elders families nation nations citizens pensioners widows orphans
woman child farmer worker girl boy mother veteran teacher student elder family citizen
pensioner widow orphan
""".split()
)
# Words that make a 'programme' a broadcast: 'on Radio Ghana's Morning Forum programme'.
BROADCAST_WORDS = set(
    """
radio television tv fm broadcast broadcasts broadcaster broadcasting aired airs air show podcast
listeners viewers channel station presenter phone-in talk-show newscast bulletin
""".split()
)
# Programmes news names in lower case, by their kind, and the name they are filed under:
# 'the second phase of its adjustment programme' with the IMF. Only with a lender named.
UNNAMED_PROGRAMMES = {
    "structural adjustment programme": "Structural Adjustment Programme",
    "structural adjustment program": "Structural Adjustment Programme",
    "adjustment programme": "Structural Adjustment Programme",
    "adjustment program": "Structural Adjustment Programme",
    "economic recovery programme": "Economic Recovery Programme",
    "economic recovery program": "Economic Recovery Programme",
    "economic reform programme": "Economic Reform Programme",
    "economic reform program": "Economic Reform Programme",
    "stabilisation programme": "Stabilisation Programme",
    "stabilization program": "Stabilisation Programme",
    "stabilization programme": "Stabilisation Programme",
    "extended credit facility": "Extended Credit Facility",
    "extended fund facility": "Extended Fund Facility",
}
LENDERS = ("IMF", "International Monetary Fund", "World Bank", "the Fund")
