"""Street words of many languages, for ``streets_intl``: the words written before a
street's name, after it, or glued onto it, and the words inside names and unit lines.

Kept apart from the rules so that a language's words can be added without reading
them. Folded (lower case, accents removed, as ``gazetteer.fold`` does).
"""

from __future__ import annotations

import re

# Street words written before the name, folded: French, Italian, Portuguese, Polish,
# Czech and Slovak, Hungarian, Turkish, Greek (transliterated and not), Romanian,
# Russian and other Slavic transliterations, Catalan, Dutch and German as separate words.
BEFORE_NAME = frozenset("""
rue avenue av ave boulevard bd bld blvd chemin ch allee impasse imp quai cours passage
square sentier ruelle faubourg fbg
via viale piazza piazzale corso vicolo largo lungomare contrada borgo strada
rua r travessa tv praca pc estrada alameda rodovia avenida av
ul ulica al aleja os osiedle pl plac
ulice namesti nam trida nabrezi
utca korut ter
sokak sok cadde caddesi cad bulvar bulvari mahallesi mah
odos odou leoforos plateia οδος οδου λεωφορος πλατεια λεωφ
strada str bulevardul calea aleea piata soseaua sos
ulitsa prospekt pr pereulok naberezhnaya shosse ploshchad bulevar
carrer passeig placa
""".split())
# Spanish street words: in Spanish speech ``streets_es`` reads them.
IBERIAN_BEFORE = frozenset("calle c avenida avda paseo camino carretera ctra plaza pza ronda "
                            "travesia glorieta pasaje prolongacion privada cerrada calzada "
                            "andador circuito diagonal".split())
# Street words written after the name as their own word.
AFTER_NAME = frozenset("""
allee strasse straße str weg gasse platz ring damm ufer chaussee
straat laan weg plein gracht kade singel dijk
gata gatan gaten vagen vag gade vej vei veien veg vegen gate katu tie kuja
ulica utca ut u ter korut caddesi cad sokak sokagi sok bulvari
iela gatve cesta trg ulitsa
""".split())
# Street words glued onto the name: "Alpenstrasse", "Kerkstraat", "Storgatan".
GLUED = re.compile(
    r"(?:strasse|straße|str|weg|allee|gasse|platz|ring|damm|ufer|chaussee|"
    r"straat|laan|plein|gracht|kade|singel|dijk|steeg|"
    r"gatan|gata|gaten|vagen|gade|vej|veien|vei|vegen|veg|gate|katu|tie|kuja|polku|"
    r"utca|iela|gatve|ulica|cesta|straede|stræde|plads|torv|vaenget|stien|sti|bakken|"
    r"hof|markt|baan|dreef)$")
MIN_STEM = 3  # "Byvej": a glued street word needs a name of three letters before it
# Street words that are also English words: the name beside them must look like one
# ("boarding gate 8", "sent via text 2" are no addresses).
HOMOGRAPHS = frozenset({"gate", "ring", "tie", "via", "place", "route", "passage",
                         "square", "court", "str", "cad", "pr", "r", "c", "u", "al",
                         "pl", "os", "av", "ave", "bd", "ch", "imp", "tv", "pc", "mah",
                         "sok", "ter", "ut", "largo", "plac", "calle"})
# Words inside street names that are no name by themselves.
PARTICLES = frozenset("""
de da do das dos du des la le les l d del della delle dei di van von der den het ten
ter am an im zum zur auf bei v ve na nad pod u e y i
""".split())
# Unit designators: a unit line alone ("Suite 544") or after a street.
# "studio" (a UK flat's), "ap"/"apartament" (Romania's, after the block "bl." and stair
# "sc." which stay unnamed here: "sc" is also subcutaneous).
UNITS = frozenset("suite ste apt apartment appartement app flat unit lgh wohnung whg studio "
                  "ap apartament".split())
# What follows a street and its number in blocks of flats, read only there (alone "sc
# 10" is a dose given under the skin): block, stair, entrance, floor (Romania's "Bl. 25
# Sc. 49 Et. 3", and the words of other countries).
CHAINED_UNITS = frozenset("bl bloc block sc scara et etaj floor fl stair entrance "
                          "staircase stiege stg tür top".split())
# A hospital's own units are no one's address: "the ICU, unit 3", "unit 4 east".
HOSPITAL_UNIT = re.compile(r"\b(?:icu|nicu|picu|ccu|hospital|ward|floor|bed|room|"
                           r"telemetry|rehab|dialysis|oncology|cardiac|surgical|psych\w*|"
                           r"step-?down|nursing)\b", re.I)
WING = re.compile(r"[ \t]*(?:east|west|north|south)\b", re.I)
# Post boxes as other countries name them, and South Asia's house and plot numbers
# ("H.No. 63", "house no 12", "plot no. 7"): a label no dose or count carries.
POST_BOX = re.compile(r"\b(?:post\s?box|postfach|postboks|postbus|boite postale|"
                      r"caixa postal|skrytka pocztowa|(?:h\.?\s?|house\s+|plot\s+)(?=no\b))"
                      r"\s*(?:no\.?|nr\.?|#)?\s*", re.I)
