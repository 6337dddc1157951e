"""The words around a name or a place that say it is one, in English and Spanish: what
comes before a place ("I live in", "vivo en", "the city is", "past"), the head words of
English town names ("new", "east", "port"), what follows a town in a hospital's name
("regional", "memorial"), and what comes before or after a person's name ("my husband",
"la doctora", ", my daughter"). Kept apart from the gazetteer recognizer that reads
them, so each list can grow without the recognizer's logic around it.
"""

from __future__ import annotations

import re

from redaction.specialists_es import SPECIALISTS_ES

# A place cue: a verb of living, coming or going and its preposition ("I live in",
# "drove up from", "vengo de"), or a bare preposition ("in", "from", "desde").
# "came" and "back" only with their preposition: "the MRI came back normal" (Normal, IL).
# Travel is told with its own verbs ("we flew into cancun", "we visited tulum", "a
# layover in bogotá"), and speech puts a hesitation between a verb's preposition and the
# place ("i went to um cancún", "fuimos a eh jalpan"). Only after a preposition of a verb
# of living or going, and only a hesitation ("like", "you know" are said before ordinary
# words as often: "working like normal hours"); the directions of travel ("into",
# "through", "up to") only after verbs of travel: "went into labor", "went through hell".
_FILLERS = {"en": r"(?:\s+(?:um+|uh+|uhm|erm?|ah))*",
            "es": r"(?:\s+(?:eh+|em+|mm+))*"}
_EN_DIRECTIONS = (r"in|to|from|at|near|up from|down from|over from|out of|back from|up in|"
                  r"down in|out in|over in")
_EN_TRAVEL_DIRECTIONS = (_EN_DIRECTIONS + r"|into|through|back to|back in|up to|down to|"
                         r"over to|out to")
_EN_PLACE_VERBS = (r"\b(?:(?:live|lives|living|lived|moved|move|moving|from|visiting|born|"
                   r"grew up|raised|resides?|located|based|travell?ed|trip|relocated|"
                   # where a relative died or lies, or a soldier served: "died in sioux
                   # falls", "buried in cheyenne", "stationed at fort hood"
                   r"died|passed\s+away|buried|stationed|deployed|retired)"
                   rf"(?:\s+(?:{_EN_DIRECTIONS}){_FILLERS['en']})?|"
                   # verbs of travel, the direction said or not: "visited oaxaca"
                   r"(?:drove|drive|driving|flew|fly|flying|headed|heading|visited)"
                   rf"(?:\s+(?:{_EN_TRAVEL_DIRECTIONS}){_FILLERS['en']})?|"
                   # and those that need one: "landed in", "a layover in", "camping near"
                   r"(?:landed|layover|stopover|vacationed|vacationing|camped|camping|"
                   r"hiked|hiking|passed|cruise|flight|flights)"
                   rf"\s+(?:{_EN_TRAVEL_DIRECTIONS}){_FILLERS['en']}|"
                   # and, said bare, they say how it went: "it went fine", "works great",
                   # "stayed calm" ("went through hell": no direction of theirs)
                   r"(?:went|work|works|working|worked|stay|stays|staying|stayed|returned)"
                   rf"\s+(?:{_EN_DIRECTIONS}){_FILLERS['en']}|"
                   r"(?:came|come|comes|back)\s+(?:in|to|from|at|near|up from|down from|"
                   r"over from|out of|back from|back to|up in|down in|out in|over in))\s+$")
_ES_PLACE_VERBS = (r"\b(?:vivo|vive|viven|vivimos|vivía|vivíamos|resido|reside|soy|es|somos|"
                   r"era|eran|éramos|eres|"
                   r"son|vengo|viene|venimos|vino|vinieron|vine|llegó|llegué|llegamos|"
                   r"regresé|regresó|regresamos|volví|volvió|nací|nació|nacimos|crecí|"
                   r"creció|me crié|se crió|mudé|mudamos|mudó|estoy|está|estamos|están|"
                   r"trabajo|trabaja|quedo|queda|fui|fue|fuimos|viajé|viajó|manejando|"
                   # a call from a place, a death or a grave there: "llamó de omaha",
                   # "murió en cananea", "está enterrado en jerez"
                   r"llamó|llamaba|habló|hablaba|murió|falleció|enterrad[oa]|sepultad[oa]|"
                   r"originario|originaria|oriundo|oriunda|"
                   # where someone is from, said with what they are: "es gringa de omaha",
                   # "mi nuera es americana de denver", "un paisano de zamora"
                   r"gringa|gringo|gringas|gringos|paisano|paisana|paisanos|americana|"
                   r"americano|nativa|nativo|natural)\s+"
                   r"(?:en|de|desde|a|para|cerca de)" + _FILLERS["es"] + r"\s+$")
# Where someone is treated or works in care, said in English speech with "at" or "to":
# "the dialysis nurse at riverside", "his mrn at northwestern", "the ambulance took him to
# providence", "they sent us to grady". A place-list word there that is no frequent word
# ("took me to lunch", "appointment at noon") is a place (``gazetteer_places``): after a
# clinical cue (``CARE_AT_EN``) sooner than after a verb of taking someone somewhere
# (``TAKEN_TO_EN``), which takes people to practices and festivals as well.
CARE_AT_EN = re.compile(
    r"\b(?:nurse|doctor|dr|pharmacist|surgeon|therapist|desk|er|e\s+r|icu|i\s+c\s+u|ward|"
    r"clinic|dialysis|rehab|infusion|admitted|treated|seen|delivered|surgery|operated|"
    r"appointment|mrn|m\s+r\s+n|chart|records)"
    r"\s+(?:at|over\s+at|out\s+at|down\s+at|up\s+at)\s+$", re.I)
TAKEN_TO_EN = re.compile(
    r"\b(?:took|taken|take|takes|sent|send|transferred|transfer|airlifted|flown|brought|"
    r"bring|rushed)\s+(?:him|her|them|us|me)\s+(?:to|over\s+to)\s+$", re.I)
LOCATION_TRIGGER = {
    "en": re.compile(_EN_PLACE_VERBS + r"|\b(?:in|near|outside|outside of|from|past|"
                     r"(?:city|town|county)(?: is| of)?|(?:north|south|east|west)(?:east|west)?"
                     r" of)\s+$", re.I),
    # "mi sobrino brayan, el de olancho": who someone is by where they are from; "en el
    # este de los ángeles": the side of a town
    "es": re.compile(_ES_PLACE_VERBS + r"|\b(?:desde|en|cerca de|rumbo a|el de|la de|"
                     r"(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste) de)\s+$",
                     re.I),
}
# The verbs of living, coming and being born alone: a town abroad that is also an
# ordinary word ("rehab", "placas", "lice") needs one. Going, working, being and a bare
# "from" are not enough: "I went to rehab", "came back from rehab", "the itching is
# from lice", "la psoriasis es en placas", "está en placas".
_EN_LIVING_VERBS = (r"\b(?:live|lives|living|lived|moved|move|moving|born|grew up|raised|"
                    r"resides?|relocated|(?:i|we|he|she|they|family|parents|folks|mom|mother|dad|"
                    r"father|wife|husband|son|daughter|brother|sister|grandmother|grandfather|"
                    r"aunt|uncle|cousin|partner|friend)(?:'m|'s|'re| am| is| are| was| were)"
                    r" (?:originally )?from|"
                    r"(?:came|come|comes|flew|drove|emigrated|immigrated)"
                    r"(?:\s+(?:up|down|over|here|out))?\s+from)"
                    r"(?:\s+(?:in|to|near|up in|down in|out in|over in|outside))?\s+$")
_ES_LIVING_VERBS = (r"\b(?:vivo|vive|viven|vivimos|vivía|vivíamos|resido|reside|"
                    r"soy|somos|eres|éramos|vengo|viene|vienen|venimos|vino|vinieron|vine|"
                    r"nací|nació|nacimos|crecí|creció|me crié|se crió|mudé|mudamos|mudó|"
                    r"originario|originaria|oriundo|oriunda)\s+"
                    r"(?:en|de|desde|a|para|cerca de)\s+$")
LOCATION_VERB_TRIGGER = {"en": re.compile(_EN_LIVING_VERBS, re.I),
                         "es": re.compile(_ES_LIVING_VERBS, re.I)}
# Rooms of a building and spans of time: after an article they are never a town, even
# where a town shares the phrase ("La Sala", "El Área") and a place cue stands before
# it: "me dejaron en la sala de espera", "estuve en el área de curaciones", "desde el
# mes pasado". Folded, Spanish.
INDOOR_AND_TIME_NOUNS = frozenset("""
sala salas area areas planta piso pisos cuarto cuartos habitacion habitaciones consultorio
consulta pasillo pasillos unidad servicio modulo cama camas recepcion ventanilla oficina
quirofano laboratorio farmacia guardia urgencia urgencias emergencia emergencias azotea
uci ucin uti
mes meses semana semanas dia dias año años ano anos tarde tardes noche noches mañana
madrugada rato ratito momento
zona zonas parte partes lado
lunes martes miercoles jueves viernes sabado domingo
campo centro pueblo rancho mercado trabajo casa escuela iglesia parque playa rio mar
""".split())  # the last lines: a part of a place or of the body ("en la zona afectada"),
# weekdays ("desde el martes"), and places of everyone's life ("trabajo en el campo": El
# Campo, Texas; "en el centro": El Centro, California)
# Words that head a town's name before another place's ("Nueva Esperanza", "Vieja
# Guatemala", "Puerto Viejo" aside): the place found after one takes it in.
PLACE_PREFIXES = {"north", "south", "east", "west", "new", "port", "lake", "mount", "fort",
                   "saint", "st", "san", "santa", "santo", "los", "las", "la", "el", "del",
                   "ciudad", "villa", "puerto", "nueva", "nuevo", "vieja", "viejo", "valle",
                   "colonia"}
# Words after a name-word that make it a name: "for louis, my daughter", "jill is my wife",
# "mason and hunter are my grandsons".
NAME_AFTER = {
    # and names coordinated before a plural: "mason and hunter are my grandsons"
    "en": re.compile(r"[\s,]+(?:and\s+[^\W\d_]+[\s,]+)?(?:(?:is|was|will be|are|were)\s+)?"
                     r"(?:my|our|his|her|their)\s+"
                     r"(?:son|daughter|husband|wife|mother|father|mom|dad|brother|sister|partner|grandson|granddaughter|"
                     r"grandmother|grandfather|grandma|grandpa|aunt|uncle|niece|nephew|cousin|"
                     r"friend|neighbou?r|caregiver|boyfriend|girlfriend|fianc[ée]e?|stepson|"
                     r"stepdaughter|kid|child|children|grandkid|grandchild|grandchildren|"
                     r"stepkid|twin|baby|sister-in-law|brother-in-law|son-in-law|"
                     r"daughter-in-law|mother-in-law|father-in-law)"
                     # a plural said as a possessive without its apostrophe, as speech is
                     # written, is no kin: "candy and cookies are my grandkids favorite"
                     r"(?:s(?=\s*(?:$|[,.;:!?]|(?:and|but|or|they|both|who|too|now|so|he|she|"
                     r"we|i|you|here|there|at|in|from|with|live|living|lives|are|were)\b)))?"
                     r"\b(?!['\u2019])"
                     # who someone is by their job, said after the name: "beard the
                     # landlord never fixed it", "sal, the bartender, called"
                     r"|[\s,]+the\s+(?:landlord|landlady|foreman|forewoman|super|"
                     r"superintendent|bartender|mailman|mail\s+carrier|crew\s+chief|"
                     r"shift\s+lead|site\s+manager|property\s+manager)\b", re.I),
    "es": re.compile(r"[\s,]+(?:y\s+[^\W\d_]+[\s,]+)?(?:(?:es|era|será|son|eran)\s+)?"
                     r"(?:mi|mis|su|sus|nuestra|nuestro|nuestras|nuestros)\s+"
                     r"(?:hij[oa]|espos[oa]|marido|mujer|madre|padre|mamá|mama|papá|papa|herman[oa]|niet[oa]|abuel[oa]|"
                     r"tí[oa]|ti[oa]|sobrin[oa]|prim[oa]|amig[oa]|vecin[oa]|suegr[oa]|"
                     r"cuñad[oa]|nuera|yerno)s?\b(?!['\u2019])", re.I),
}
# English place-name heads: a name-like word after one is a town ("new jackborough",
# "east colleen", "port tyler"), a place-list word or not.
EN_PLACE_HEADS = {"north", "south", "east", "west", "new", "port", "lake", "mount", "fort"}
# What follows a town in a hospital's or clinic's name: "edinburg regional medical center",
# "Dayton General", "Ames Memorial".
FACILITY_AFTER = re.compile(
    r"[\s,]+(?:regional|memorial|general|community|county|university|medical center|"
    r"hospital|clinic|health(?: center| system)?|urgent care|children's|baptist|"
    r"methodist|presbyterian|valley medical)\b", re.I)
# Words after which a lone name-word is a name: "my husband amy", "tell maria", "la
# doctora plana".
NAME_CONTEXT = {
    "en": re.compile(r"\b(?:son|daughter|husband|wife|mother|father|mom|dad|brother|sister|"
                     r"partner|grandson|granddaughter|grandmother|grandfather|aunt|uncle|"
                     r"niece|nephew|cousin|friend|neighbou?r|caregiver|boyfriend|girlfriend|"
                     r"fianc[ée]e?|tell|ask|ask(?:ed|ing)? for|call|called|named|name|name's|names|"
                     r"saw|see|seen|doctor|dr|nurse|patient|mr|mrs|ms|miss|mister|i'm|i am|"
                     r"this is|it's|it is|under|attention|attn|care of|c/o|"
                     # who works with someone: "the foreman will says", "my boss gene"
                     r"foreman|forewoman|supervisor|boss|manager|coworker|co-worker|"
                     r"teacher|coach|pastor|sponsor|roommate|landlord|landlady|"
                     r"caseworker|case\s+worker|counselor|counsellor|therapist|"
                     # "old man hunt let us borrow his truck"; not "my old man smokes",
                     # "the old lady next door"
                     r"(?<!\bmy\s)(?<!\bthe\s)(?<!\ban\s)(?<!\bher\s)(?<!\bhis\s)"
                     r"(?<!\byour\s)(?<!\bour\s)old\s+(?:man|lady|woman))[\s.,]+$",
                     re.I),
    "es": re.compile(r"\b(?:hijo|hija|esposo|esposa|marido|mujer|madre|padre|mamá|mama|"
                     r"papá|papa|hermano|hermana|pareja|nieto|nieta|abuela|abuelo|tía|tia|"
                     r"tío|tio|sobrino|sobrina|primo|prima|amigo|amiga|vecino|vecina|"
                     r"cuidador|cuidadora|novio|novia|dígale|digale|dile|pregunte|"
                     r"suegra|suegro|cuñada|cuñado|nuera|yerno|madrina|padrino|comadre|"
                     r"compadre|licenciada|licenciado|lic|"
                     # "mi compañero de cuarto yunieski", "mi compañera de trabajo yamilé"
                     r"compañer[oa]s?(?:\s+de\s+(?:cuarto|trabajo|casa|piso|clase|"
                     r"escuela|equipo|celda|habitaci[oó]n|departamento|apartamento|"
                     r"cuadrilla|turno|la\s+obra|chamba))?|"
                     + SPECIALISTS_ES + r"|"  # "el cardiólogo serrano"
                     r"(?:pregunte|pregunta|preguntar|preguntó|busco|busque|buscar|llame|"
                     r"llamar|hable|habló|hablar)\s+(?:por|a|con)|"
                     r"llamo|llama|llamada|nombre|apellido|apellidos|doctor|doctora|dr|dra|"
                     r"enfermera|enfermero|paciente|señor|señora|señorita|sr|sra|don|doña|"
                     # English courtesy titles, said in Spanish in the US ("misses kowalski")
                     r"mr|mrs|mister|missus|misses|"
                     r"soy|habla|a nombre de|de parte de|atención|atencion|"
                     r"mayordomo|mayordoma|capataz|patrón|patron|patrona|jefe|jefa|"
                     r"maestro|maestra|profesor|profesora|profe|entrenador|entrenadora|"
                     r"pastor|pastora|padrastro|madrastra|"
                     # what someone is called: "le decimos quique", "me dicen la güera"
                     r"(?:me|le|les|nos|te|lo|la)\s+(?:dicen|decimos|llaman|llamamos|"
                     r"apodan|apodamos)|apodo|apodado|apodada|conocido como|conocida como)"
                     r"[\s.,]+$", re.I),
}
