"""A word in a medicine's place is a medicine, even one that no list carries.

New brand names reach a clinic every month and many of them are also rare surnames
or look like one ("Golin", "Petek"); a list can never hold them all. Patients say
them in a few fixed frames: after a verb of taking or prescribing ("tomo", "me
recetaron", "me pusieron"), after a dosage form ("pastillas de", "jarabe de", "gotas
de"), or before a dose or a frequency ("cada ocho horas", "dos veces al día", "de
quinientos miligramos"). A word in such a frame is taken for a medicine, unless a
name cue says otherwise: a title or "me llamo" before it, or a given name beside it
("me dio Carlos Pérez la receta"). The frames are general, not tied to any sentence
of the benchmark.
"""

from __future__ import annotations

import re

from redaction.articles_es import masculine_article_before_woman
from redaction.frames_es import (
    after_another_medicine,
    instead_of_a_medicine,
    named_a_medicine_after,
    named_before_its_noun,
    taken_again_later,
    wanted,
)
from redaction.lexicon import (
    ES_HUNDREDS,
    ES_TEENS,
    ES_TENS,
    ES_UNITS,
    KIN_AND_TITLES,
    NOT_NAMES,
)
from redaction.medical_lists import clinical_words, folded_medical_terms
from redaction.medicine_forms_es import named_by_form_es, seen_by_before
from redaction.numbers import number_runs
from redaction.personal_a_es import after_personal_a

# Dosage forms in the diminutive, as patients say them: "mi pastillita de", "unas gotitas".
DIMINUTIVE_FORMS_ES = (r"(?:pastill|tablet|c[aá]psul|got|caj|frasqu|sobrec|jarab|crem|pomad|"
                       r"ampollet|inyeccionc|parchec)it[oa]s?")
# An article, a count or a dosage form may stand between the frame and the medicine.
_FILLER = (r"(?:(?:el|la|los|las|un|una|unos|unas|mi|mis|su|sus|del|al|the|a|an|my|"
           r"some|his|her|media|medio|half|dos|tres|cuatro|otra|otro|otras|otros|two|"
           r"three|another)(?:\s*:)?\s+)?")  # a list after a colon: "tomo tres: X, Y y Z"
_FORMS_ES = (r"pastillas?|tabletas?|comprimidos?|cápsulas?|capsulas?|grageas?|jarabe|gotas|"
             r"inyecci[oó]n|inyecciones|ampollas?|ampolletas?|crema|pomada|ung[üu]ento|gel|"
             r"parches?|inhalador|spray|sobres?|supositorios?|óvulos?|ovulos?|dosis|"
             r"miligramos|microgramos|mililitros|mg|ml|receta|recetas|caja|frasco|"
             r"tratamiento|vacuna|" + DIMINUTIVE_FORMS_ES)
_FORMS_EN = (r"pills?|tablets?|capsules?|caps|syrup|drops|injections?|shots?|cream|"
             r"ointment|gel|patch(?:es)?|inhaler|spray|suppositor(?:y|ies)|dose|doses|"
             r"milligrams|micrograms|mg|mcg|prescription|refill|bottle|box|course")
# Verbs of taking: what follows them is a medicine.
_TAKING_ES = (r"tomo|toma|tomas|tomé|tome|tomó|tomaba|tomando|tomar|tomarme|tomarse|"
              r"tomara|tomaras|tomase|tomen|tomes|tomarla|tomarlo|tomármela|tomarmela|"
              r"me inyecto|me pongo|me unto|uso|usa|usando|usaba|usar|dejé de tomar|dejó de tomar|"
              r"deje de tomar|empecé a tomar|empecé con|empezó con|empece con|"
              r"sigo tomando|alérgic[oa] a|alergic[oa] a|se me acabó|se me acabaron|"
              r"se me terminó|receta del|dosis del|dosis de|"
              # putting it on, being allergic to it, treating with it, its brand
              r"me aplico|me aplicaba|se aplica|me echo|me echaba|alérgic[oa] al|"
              r"alergic[oa] al|g[aá]rgaras con|nebulizaci[oó]n con|nebulizaciones con|"
              r"enjuagues con|lavados con|la marca|de marca|efectos secundarios del?|"
              r"prospecto del?|contraindicaciones del?|gen[eé]rico del?")
_TAKING_EN = (r"take|takes|taking|took|taken|put me on|started|start|stopped|using|"
              r"use|uses|inject|injecting|ran out of|refill of|refill on|"
              r"allergic to|switched to|switched me to|changed to")
# Verbs of giving can also have a person after them ("me dio Carlos la receta"): a
# given name there stays a name.
_GIVING_ES = (r"me recetaron|me recetó|me receto|le recetaron|le recetó|recetaron|recetó|"
              r"me dieron|me dio|le dieron|le dio|le doy|le estoy dando|le di|me mandaron|"
              r"me mandó|me pusieron|me puso|le pusieron|me aplicaron|me aplicó|me inyectan|"
              r"me cambiaron|me cambió|le subieron|me subieron|me bajaron|receta de|"
              r"compré|compre|compro|compramos|me vendieron|me vendió|me vendio|me venden|"
              r"conseguí|consegui|consigo|me surten|me surtieron|me dan|me daban|me recetan|"
              r"me inyectaron|me inyectó|me inyecto|le inyectaron|"
              # putting it on someone else: "le pongo X en las piernas", "le unto X"
              r"le\s+(?:pongo|pone|ponemos|ponía|puse|pusimos|unto|unta|untamos|unt[eé]|aplico|"
              r"aplica|aplicamos|echo|echa|echamos)|me\s+(?:unt[eé]|apliqu[eé]|ech[eé])|"
              r"(?:me|le)\s+(?:la|lo|las|los)\s+(?:cambiaron|cambió|cambio)\s+(?:por|a)|"
              r"(?:cambiaron|cambió)\s+(?:por|a)|me pasaron a|me subieron a|"
              # keeping on with it, running short of it, paying for it: "que siga con la
              # X", "ya no tengo X", "me quedan dos del X", "el seguro no me cubre el X"
              r"sig[oauea]\w*\s+con|seguir\s+con|continu\w+\s+con|me\s+tomé|me\s+tome|"
              # taking it away, leaving it, lending it, bringing it: "me quitó el X", "me
              # dejó la X", "no me dé la X", "le vamos a dar X"
              r"le\s+(?:baj[eé]|sub[ií]|bajamos|subimos)|"
              r"(?:me|le|se)\s+(?:quit[oóé]|quitaron|dej[oóé]|dejaron|suspendi[oó]|"
              r"suspendieron|prest[oó]|prestaron|traj[oe]|trajeron|trajera|traen|trae|"
              r"d[eé]|den)|(?:vamos|voy|va|van)\s+a\s+(?:dar|poner|dejar|empezar\s+con|"
              r"cambiar\s+por)")
_GIVING_EN = r"prescribed|prescribes|gave me|gives me|give him|give her"
# Verbs whose object is a thing, never a person (a person would take the personal "a"):
# running short of it, paying for it, using it. A given name after them is a medicine
# named like one ("ya no tengo Evra", "me quedan dos del Aerius", "el seguro no me
# cubre la Yasmin"), so no "a" may stand between.
_THING_ES = re.compile(r"\b(?:me\s+(?:funcion[oó]|funciona|funcionaba|hizo\s+efecto)|"
                       r"ya\s+no\s+tengo|no\s+me\s+queda|me\s+quedan?(?:\s+\w+)?\s+"
                       r"(?:de|del)|me\s+falta|(?:me|le|nos)\s+cubren?|cubre|usar|compré|"
                       r"compre|se\s+me\s+acab[oó]|se\s+me\s+termin[oó]|no\s+ten[ií]an?|"
                       r"no\s+hab[ií]a|no\s+hay|"
                       # selling and dispensing it; changing it for another
                       r"(?:me|le|nos)\s+(?:vendieron|vendió|vendio|venden|surten|surtieron)|"
                       r"(?:me|le|se)\s+(?:la|lo|las|los)\s+(?:cambiaron|cambió|cambio|"
                       r"cambian)\s+(?:por|a)|"
                       # treated with it: "la trataban con X", "me trataron con X"
                       r"(?:me|la|lo|le|los|las|nos)\s+trat(?:aron|aban|aba|an|ó|o|a|"
                       r"ando)\s+con|"
                       # "ando tomando", "estoy tomando": what follows is taken
                       r"(?:ando|estoy|está|esta|anda)\s+tomando)\s+(?:(?:el|la|los|"
                       r"las|un|una|mi|mis|su|sus|otr[oa]s?|dos|tres|media|medio)\s+)?$", re.I)
# A verb of giving may have its subject after it, with an article in much colloquial
# speech ("me dio la Ana", "me lo trajo el Pepe"); a verb of prescribing, stopping or
# keeping on with a treatment seldom does, so after it an article and a given name
# name a medicine: "me recetó la Yasmin", "sigo con la Diane", "me quitó el Aerius".
_ARTICLE_AFTER = r"\s+(?:el|la|los|las)\s+$"
# Verbs whose subject is the prescriber, never the name after them.
_PRESCRIBING = (r"\b(?:(?:me|le|se)\s+(?:recet[oó]|recetaron|suspendi[oó]|suspendieron)|"
                rf"dej[eé]\s+de\s+tomar){_ARTICLE_AFTER}|"
                r"\b(?:le|les)\s+(?:vamos|voy)\s+a\s+(?:dar|poner|recetar|dejar)\s+"
                r"(?:(?:el|la|los|las|un|una)\s+)?$")
# Verbs of changing, keeping on or buying: a person may follow them too.
_CHANGING = (r"\b(?:(?:me|le|se)\s+(?:quit[oó]|quitaron|cambi[oó]|cambiaron|subi[oó]|"
             r"subieron|baj[oó]|bajaron)|"
             r"sig[oauea]\w*\s+con|seguir\s+con|continu\w+\s+con|"
             # a verb in the first person or a command has its subject before it, never
             # after: "dejé la X", "compré el X", "no me dé la X"
             r"dej[eé]|compr[eé]|ped[ií]|prob[eé]|olvid[eé]|no\s+me\s+d[eé]|no\s+me\s+den)"
             rf"{_ARTICLE_AFTER}")
_PRESCRIBED_THING_ES = re.compile(rf"{_PRESCRIBING}|{_CHANGING}", re.I)
_PRESCRIBING_ES = re.compile(_PRESCRIBING, re.I)
# After a given name in the other verbs of that frame (changing, keeping on, buying),
# what shows it was the treatment: the sentence ends,
# a list goes on, or a dose or a frequency follows. "me cambió la Gabriela de turno" and
# "sigo con la Valeria en la casa" are people.
_ENDS_A_TREATMENT_ES = re.compile(r"\s*(?:[,.;:?!]|$|(?:y|o|pero|porque)\b|de\s+\d|\d|"
                                  r"cada\b|en\s+(?:ayunas|la\s+(?:mañana|noche|tarde)))",
                                  re.I)
# "... y con el X", "... con la X": the treatment goes on with another medicine.
_WITH_ANOTHER_ES = re.compile(r"\s+(?:con|y|o)\s+(?:(?:el|la|los|las)\s+)?([^\W\d_]+)", re.I)
def _treatment_goes_on(text: str, end: int) -> bool:
    """A known medicine joined after it: "que no me dé la X con el omeprazol"."""
    from redaction.gazetteer import fold
    from redaction.medical import _plainly_medical

    found = _WITH_ANOTHER_ES.match(text, end)
    return found is not None and _plainly_medical(fold(found.group(1)))


_TAKING = {"es": re.compile(rf"\b(?:{_TAKING_ES})\s+{_FILLER}$", re.I),
           "en": re.compile(rf"\b(?:{_TAKING_EN})\s+{_FILLER}$", re.I)}
_GIVING = {"es": re.compile(rf"\b(?:{_GIVING_ES})\s+{_FILLER}$", re.I),
           "en": re.compile(rf"\b(?:{_GIVING_EN})\s+{_FILLER}$", re.I)}
# A herbal remedy is taken as a tea ("un tecito de X"), and a count names a dose of
# the medicine after it ("una de X en la mañana", "dos del X").
_INFUSIONS_ES = r"t[eé]|tecitos?|infusi[oó]n|infusiones|ag[uü]ita|cocimiento|una|dos|tres|media"
_FORM_FRAME = {
    "es": re.compile(rf"\b(?:{_FORMS_ES}|{_INFUSIONS_ES})\s+(?:de|del)\s+{_FILLER}$", re.I),
    "en": re.compile(rf"\b(?:{_FORMS_EN})\s+(?:of\s+)?{_FILLER}$", re.I),
}
# A count that ends a longer number is no dose's: "el número es cuatro cinco uno dos de
# tegucigalpa", "treinta y dos de rosario" ("dos de X" alone counts one: "dos de ibuprofeno";
# so do "cuatro y dos de X", "como cinco dos de X").
_NUMBER_WORD_ES = "|".join(sorted({*ES_UNITS, *ES_TEENS, *ES_TENS, *ES_HUNDREDS, "mil"}
                                  - {"una", "un"}, key=len, reverse=True))
_NUMBER_BEFORE_COUNT = re.compile(rf"\b(?:(?:{_NUMBER_WORD_ES}|\d+)\s+){{2,}}$|"
                                  rf"\b(?:{'|'.join(ES_TENS)})\s+y\s+$", re.I)
_COUNT = re.compile(r"(?:una|dos|tres|media)\s", re.I)


def _in_a_form_frame(before: str, lang: str) -> bool:
    frame = _FORM_FRAME[lang].search(before)
    return frame is not None and not (
        lang == "es" and _COUNT.match(frame.group())
        and _NUMBER_BEFORE_COUNT.search(before, 0, frame.start()) is not None)


# After the medicine: a frequency, a time of taking it, or a side effect.
_AFTER = {
    "es": re.compile(r"^[\s,]+(?:gen[eé]ric[oa]s?|se\s+(?:toma|toman|tomaba|aplica|unta|"
                     r"inyecta|disuelve|debe\s+tomar|puede\s+tomar)|"
                     # the thing named again by a pronoun, as Spanish does with a topic
                     # said first: "la X me la cambiaron", "el X lo tomo en ayunas"
                     r"(?:me\s+|se\s+|le\s+)?(?:la|lo|las|los)\s+(?:tomo|tomé|tome|tomaba|"
                     r"puedo\s+tomar|debo\s+tomar|sigo\s+tomando|dejé|deje|uso|compro|"
                     r"compré|cambiaron|recetaron|dieron|mandaron|subieron|bajaron|quitaron|"
                     # a plural verb after the topic: its subject is not that one thing
                     r"traen|trajeron|dan|daban|venden|vendieron|ponen|consiguen|mandan|"
                     r"recetan|cambian|quitan|suben|bajan|"
                     r"suspendieron|surten)|en\s+(?:gotas|jarabe|crema|pomada|pastillas|tabletas|"
                     r"cápsulas|capsulas|inyecci[oó]n|spray|suspensi[oó]n|ampolletas|parches|"
                     r"sobres|supositorios|gel)|cada\s+\S+(?:\s+\S+)?\s+(?:horas|hora|días|dias|semanas|"
                     r"meses)|cada\s+(?:día|dia|mañana|noche|semana|mes)|\S+\s+veces?\s+"
                     r"(?:al|por|a\s+la)\s+(?:día|dia|semana|mes)|en\s+ayunas|"
                     r"me\s+(?:da|dio|daba|provoca|causa|cae|cayó|hace|hizo)\s+(?:(?:mucha|mucho|muchas|"
                     r"muchos|harta|harto|tanta|tanto|un\s+poco\s+de|algo\s+de)\s+)?"
                     r"(?:mal|pesad[oa]|fatal|"
                     r"sueño|náuseas|nauseas|mareo|mareos|dolor|diarrea|comezón|alergia|"
                     r"ardor|daño|tos|gastritis|agruras|reflujo|estreñimiento|bien)|"
                     r"(?:me\s+)?(?:quita|quitó|baja|bajó|sube|subió|controla)\s+(?:el|la|"
                     r"los|las)\s+(?:dolor|presión|presion|azúcar|azucar|colesterol|"
                     r"fiebre|tos|hinchazón|ansiedad)|(?:es|son|sirve|sirven)\s+para\s+"
                     r"(?:el|la|los|las)\s+(?:dolor|presión|presion|azúcar|azucar|tiroides|"
                     r"colesterol|fiebre|tos|alergia|ansiedad|corazón|corazon|estómago|"
                     r"estomago|próstata|prostata|infección|infeccion|diabetes|"
                     r"inflamación|inflamacion|gastritis|migraña|depresión|depresion))\b",
                     re.I),
    "en": re.compile(r"^[\s,]+(?:every\s+\S+\s+(?:hours|hour|days|weeks)|(?:once|twice|"
                     r"\S+\s+times)\s+(?:a|per)\s+(?:day|week|month)|on\s+an\s+empty\s+"
                     r"stomach|at\s+bedtime|makes\s+me\s+(?:sleepy|dizzy|nauseous|sick)|"
                     r"gives\s+me\s+(?:a\s+)?(?:headaches?|nausea|diarrhea|rash))\b", re.I),
}
# Its strength as a count of dosage forms, after "de": "la X de media pastilla", "X de
# dos tabletas". Nobody is "Ana de media pastilla", so a given name there is a medicine.
_COUNTED_STRENGTH_ES = re.compile(
    r"^\s+de\s+(?:una|un|media|medio|dos|tres|cuatro|\d+(?:[.,]\d+)?)\s+"
    r"(?:pastillas?|tabletas?|c[aá]psulas?|comprimidos?|grageas?|gotas|sobres?|ampolletas?|"
    r"cucharadas?|cucharaditas?|inyecci[oó]n|" + DIMINUTIVE_FORMS_ES + r")\b", re.I)
# The same with a verb of one person ("la X me la recetó"): a name before it may be
# whoever did it ("la María me la dio"), so it frames only a word that is no name.
_RESUMED_BY_ONE_ES = re.compile(r"^[\s,]+(?:me|se|le)\s+(?:la|lo|las|los)\s+(?:recetó|receto|"
                                r"dio|mandó|mando|quitó|quito|cambió|cambio|subió|bajó)\b", re.I)
# What it did, right after it: "X ya no me duele", "con X duermo mejor", "X no me hizo
# nada". Said of a person too ("Pérez no me hizo nada"), so it frames only a word that
# no name list holds.
_EFFECT_AFTER_ES = re.compile(r"^[\s,]+(?:ya\s+no\s+me\s+(?:duele|arde|pica|molesta)|"
                              r"(?:ya\s+)?(?:duermo|me\s+siento|ando)\s+mejor|"
                              r"se\s+me\s+(?:quit[aó]|pas[aó]|baj[aó])|"
                              r"no\s+me\s+(?:hizo|hace|ha\s+hecho)\s+(?:nada|efecto))\b", re.I)
# When a medicine is taken, after its name; a given name there stays a name ("viene
# Pedro en la noche").
_AFTER_TIME = {
    "es": re.compile(r"^[\s,]+(?:(?:en|por)\s+la\s+(?:mañana|manana|noche|tarde)|"
                     r"(?:antes|después|despues)\s+de\s+(?:dormir|comer|desayunar|cenar|"
                     r"cada\s+comida|acostarme|acostarse)|a\s+media\s+(?:mañana|manana|tarde)|"
                     r"al\s+(?:acostarme|acostarse|levantarme|levantarse|despertar|dormir)|"
                     r"con\s+(?:(?:el|la|las|los)\s+)?(?:comidas?|jugo|agua|leche|desayuno|"
                     r"almuerzo|cena|alimentos))\b", re.I),
    "en": re.compile(r"^[\s,]+(?:in\s+the\s+(?:morning|evening)|at\s+night|before\s+bed|"
                     r"with\s+(?:food|meals|water|breakfast|lunch|dinner))\b", re.I),
}
# Someone is met, called or seen at those times too: "veo a Wojcik a media mañana",
# "I see Okafor with breakfast".
_PERSON_BEFORE = re.compile(r"\b(?:a|al|con|to|with|see|saw|seeing|call|called|ask|asked|"
                            r"visit|visited|meet|met)\s+$", re.I)
# A unit after a number: "X diez miligramos", "X de quinientos".
_UNIT = re.compile(r"^\s*(?:mg|mcg|ml|ui|miligramos?|milligrams?|microgramos?|micrograms?|"
                   r"mililitros?|milliliters?|unidades|units|gramos?|grams?)\b", re.I)
_BEFORE_NUMBER = re.compile(r"[\s,]+(?:de\s+|of\s+)?")  # "X de 500", "Sí, X, 5 mg"
# A person between the medicine noun and the name: "la pastilla de mi hermana, que se
# llama Ana" names her, not the pill.
_ACCENTED = str.maketrans({"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uú]"})
KIN_AND_TITLES_WORD = r"(?:" + "|".join(
    word.translate(_ACCENTED) for word in sorted(KIN_AND_TITLES, key=len, reverse=True)) + r")\b"
# Nouns for a medicine, Spanish, as a regular expression.
MEDICINE_NOUNS_ES = (r"pastillas?|medicinas?|medicamentos?|remedios?|jarabes?|cremas?|gotas|"
                     r"inyecci[oó]n|inyecciones|tabletas?|c[aá]psulas?|antibi[oó]ticos?|"
                     r"vitaminas?|f[aá]rmacos?|tratamiento|anticonceptivos?|pomadas?|"
                     r"ung[üu]entos?|inhaladore?s?|parches?|supositorios?|[oó]vulos?|"
                     r"suplementos?|analg[eé]sicos?|antiinflamatorios?|antidepresivos?|"
                     r"calmantes?|vacunas?|ampolletas?|grageas?|comprimidos?|gel|spray")
_MEDICINE_NOUNS_EN = r"(?:pill|medicine|medication|drug|tablet|cream|drops|inhaler)s?"
# A medicine noun that names what follows: "una pastilla que se llama X", "la medicina
# para la presión, X", "el nombre de la medicina es X".
MEDICINE_NAMED = {
    "es": re.compile(r"\b(?:" + MEDICINE_NOUNS_ES + r")\b(?:\s+(?:que|para|de|del|el|la|los|las|me|"
                     r"le|se|nuev[oa]|otr[oa]|(?!" + KIN_AND_TITLES_WORD + r")[^\W\d_]+)){0,4}?"
                     r"(?:\s+(?:que\s+)?se\s+llaman?|"
                     r"\s+(?:es|era)(?:\s+(?:el|la))?|\s*,)\s+$|"
                     # a pill taken, then named: "tomaba una que se llama X"
                     r"\b(?:tomo|tomaba|tom[eé]|uso|usaba|us[eé]|me\s+(?:dieron|dio|"
                     r"recetaron|recet[oó]|mandaron|pusieron)|le\s+(?:doy|daba|di))\s+"
                     r"(?:una|uno|otra|otro|unas|unos)\s+que\s+se\s+llaman?\s+$|\bnombre\s+de\s+(?:la|el)\s+(?:medicina|"
                     r"medicamento|pastilla|remedio)\s+es\s+$|"
                     # a cleft: "lo único que tomo es X", "lo que me recetaron fue X"
                     r"\blo\s+(?:[uú]nico\s+)?que\s+(?:me\s+)?(?:tomo|tomaba|uso|usaba|pongo|"
                     r"recetaron|dieron|mandaron)\s+(?:es|era|fue|son|eran)\s+$", re.I),
    "en": re.compile(r"\b" + _MEDICINE_NOUNS_EN +
                     r"\b(?:\s+\w+){0,3}?\s+(?:(?:that\s+|which\s+)?is\s+called|called|named)"
                     r"\s+$", re.I),
}
_TAKEN_ONE_NAMED = re.compile(r"\b(?:tom|us)\w*\s+(?:una|uno|otra|otro|unas|unos)\s+que\b",
                              re.I)  # "tomaba una que se llama Selene": taken, a medicine
_MEDICINE_NOUN = {"es": re.compile(r"\b(?:" + MEDICINE_NOUNS_ES + r")\b", re.I),
                  "en": re.compile(r"\b" + _MEDICINE_NOUNS_EN + r"\b", re.I)}
# Words that announce a person: a medicine in a frame after them is a name after all.
_NAME_CUE = {
    "es": re.compile(r"\b(?:me llamo|se llama|mi nombre es|nombre|apellido|soy|habla|"
                     r"doctor|doctora|dr|dra|señor|señora|señorita|sr|sra|don|doña|"
                     r"enfermera|enfermero|licenciad[oa]|hij[oa]|espos[oa]|herman[oa]|"
                     r"mamá|papá|abuel[oa]|nieto|nieta|ti[oa]|prim[oa]|vecin[oa]|amig[oa]|"
                     r"cuñad[oa]|suegr[oa]|paciente)[\s.,]+$", re.I),
    "en": re.compile(r"\b(?:my name is|name is|named|called|i'm|i am|this is|doctor|dr|"
                     r"mr|mrs|ms|miss|nurse|son|daughter|wife|husband|mother|father|"
                     r"brother|sister|friend|patient)[\s.,]+$", re.I),
}


def in_medicine_frame(text: str, start: int, end: int, language: str,
                      names: dict[str, str]) -> bool:
    """Does the word at ``text[start:end]`` stand where a medicine's name stands?
    ``names`` maps folded name-words to their flags ("F" for a given name)."""
    from redaction.gazetteer import fold, places

    lang = "es" if language == "es" else "en"
    key = fold(text[start:end])
    before = text[max(0, start - 60):start]
    named = MEDICINE_NAMED[lang].search(before)
    if named and ("F" not in names.get(key, "") or (
            not named.group().rstrip().endswith(",")
            and _MEDICINE_NOUN[lang].search(named.group()) is not None)
            or _TAKEN_ONE_NAMED.search(named.group()) is not None):
        # a given name only after the medicine's noun and a naming verb: "el parche, mario
        # me ayudó" and "me mandaron una que se llama lucía" are people (a review)
        return True
    if lang == "es" and named_before_its_noun(text, end, before):
        return True  # "se llama X la crema que me pongo"
    if _NAME_CUE[lang].search(before) or (
            lang == "es" and key in names and after_personal_a(text, start)):
        return False  # a listed name after a personal "a" is a person: "me recomendaron a
        # cárdenas para la rodilla" (a medicine takes none: "me cambiaron a losartán")
    given = "F" in names.get(key, "")
    # English verbs of taking take people too ("take Maria to her appointment").
    framed = (_TAKING[lang].search(before) is not None and not (given and lang == "en")) \
        or (lang == "es" and (_THING_ES.search(before) is not None
                              or _COUNTED_STRENGTH_ES.match(text[end:end + 60]) is not None)) \
        or (not given and _GIVING[lang].search(before) is not None) \
        or (lang == "es" and _PRESCRIBED_THING_ES.search(before) is not None
            and (not given or _PRESCRIBING_ES.search(before) is not None
                 or _ENDS_A_TREATMENT_ES.match(text[end:end + 40]) is not None
                 or _treatment_goes_on(text, end))) \
        or (not given and _AFTER_TIME[lang].match(text[end:end + 40]) is not None
            and _PERSON_BEFORE.search(before) is None) \
        or (lang == "es" and key not in names
            and (_RESUMED_BY_ONE_ES.match(text[end:end + 40]) is not None
                 or _EFFECT_AFTER_ES.match(text[end:end + 60]) is not None
                 or wanted(text, start, end))) \
        or _in_a_form_frame(before, lang) \
        or _AFTER[lang].match(text[end:end + 80]) is not None \
        or dose_after(text, end, language) \
        or (not given and _for_a_condition(text, end, lang)
            and not (lang == "es" and seen_by_before(text, start))) \
        or (lang == "es" and given and (masculine_article_before_woman(text, start, end)
                                        or after_another_medicine(text, start, end, before))) \
        or (lang == "es" and not given and taken_again_later(text, start, end)) \
        or (lang == "es" and (named_a_medicine_after(text, end, given)
                              or instead_of_a_medicine(text, start, end)
                              or named_by_form_es(text, start, end, key,
                                                  names, places())))
    return framed and not _beside_given_name(text, start, end, language, names)


# What it is for, after it: "X, doctora, para la tiroides", "X para el azúcar".
_FOR = {"es": re.compile(r"[\s,]+(?:(?:doctor|doctora|dr|dra)\.?[\s,]+)?(?:(?:es|son)\s+)?"
                         r"para\s+(?:(?:el|la|los|las|mi|mis|su|sus)\s+)?([^\W\d_]+)", re.I),
        "en": re.compile(r"[\s,]+(?:(?:doctor|dr)\.?[\s,]+)?(?:(?:is|are)\s+)?for\s+(?:(?:the|"
                         r"my|his|her)\s+)?([^\W\d_]+)", re.I)}


# What a remedy is taken for when no condition is named: "una X para dormir".
_PURPOSES = frozenset({"dormir", "descansar", "adelgazar", "nervios", "dolor", "orinar",
                       "sleep", "sleeping"})


def _for_a_condition(text: str, end: int, lang: str) -> bool:
    """Is a condition or a body part named right after "para" / "for" behind the word?"""
    from redaction.gazetteer import fold
    from redaction.medical import _plainly_medical

    found = _FOR[lang].match(text, end)
    if found is None:
        return False
    key = fold(found.group(1))
    return key in folded_medical_terms() or key in clinical_words() or _plainly_medical(key) \
        or key in _PURPOSES


# "una", "un" and "media" count a dose but are no number words: "X una tableta", "X
# media pastilla", "Sí, X, un sobre".
_ONE_OR_HALF = re.compile(r"[\s,]+(?:de\s+)?(?:una|un|uno|media|medio|one|a|half a|half)\s+",
                          re.I)


def dose_after(text: str, end: int, language: str, units: re.Pattern[str] = _UNIT) -> bool:
    """Is ``text[end:]`` a dose: a number (digits or words, or "una", "media") and one
    of ``units``?"""
    one = _ONE_OR_HALF.match(text, end)
    if one is not None and units.match(text[one.end():]) is not None:
        return True
    runs = number_runs(text[end:end + 60], language)
    return bool(runs) and _BEFORE_NUMBER.fullmatch(text, end, end + runs[0].start) is not None \
        and units.match(text[end + runs[0].end:]) is not None


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_WORD_AFTER = re.compile(r"^\s+([^\W\d_]+)")


def _beside_given_name(text: str, start: int, end: int, language: str,
                       names: dict[str, str]) -> bool:
    """A given name just before or after it makes a full name of it: "me dio Carlos
    Pérez la receta", "Ana Vovitek cada ocho horas" is not how a medicine is said."""
    from redaction.gazetteer import COMMON_RANK, common, fold

    ordinary = common("es" if language == "es" else "en")
    lang = "es" if language == "es" else "en"
    before = text[max(0, start - 60):start]
    # the frame's own verb is no given name, whatever name list holds it ("me unto X":
    # Unto is a Finnish name; "tomo X")
    verb_before = _TAKING[lang].search(before) or _GIVING[lang].search(before)
    for found in (None if verb_before else _WORD_BEFORE.search(text[:start]),
                  _WORD_AFTER.match(text[end:])):
        key = fold(found.group(1)) if found is not None else ""
        rank = ordinary.get(key)
        if "F" in names.get(key, "") and key not in NOT_NAMES \
                and (rank is None or rank >= COMMON_RANK[language]):
            return True  # a given name, not also a frequent word ("tomo", "al")
    return False


def name_cue_before(before: str, language: str) -> bool:
    """Does a word announcing a person ("me llamo", "doctora", "mi hermana") end
    ``before``?"""
    return _NAME_CUE["es" if language == "es" else "en"].search(before) is not None
