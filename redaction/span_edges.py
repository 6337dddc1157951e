"""Where a found name or place ends: with its title, and with the institution it names.

Why: the recognizers find the name inside "Mrs. Delgado", "doña Rosario", "Fairview
Middle School" or "Hospital Escuela Óscar Danilo Rosales" and leave the words around
it. People who mark identifiers by hand mark the whole ("[[Mrs. Delgado]]", "[[Residencia
San José]]"), and a reader of the stored text learns from "Fairview Middle School" with
only "Fairview" hidden where the child goes to school once a second sentence names the
town. So a person's span takes the title said just before it, and a name or a place
takes the institution it names: the head ("school", "hospital", "residencia", "liceo")
and the words between. Nothing new is found here, only edges moved: a span that covers
the title hides no less than one that does not, and the title comes back in the live
output with the name (the placeholder restores both).

A person's name that becomes part of an institution's ("liceo Pedro Henríquez Ureña")
is then a LOCATION: it names a place, not someone in the conversation. A street's own
edges (its quarter, building and corner, a place on it) are ``street_edges``'.
"""

from __future__ import annotations

import re

from redaction.date_number_edges import NUMBER_TYPES, date_widened, number_widened
from redaction.entity import Entity
from redaction.heads_apart_es import head_before_name_words, name_after_head
from redaction.lexicon import EN_TEENS, EN_TENS, EN_UNITS
from redaction.place_kinds_before import place_kind_before
from redaction.street_edges import (
    ARTICLE_BEFORE,
    business_before,
    english_house_before,
    joined_places,
    street_widened,
    us_street_in_spanish,
    with_road_number,
)
from redaction.streets_es import us_house_before
from redaction.wordlists import fold, places

# Titles said before a name: courtesy, academic, clerical, and their spoken forms
# ("Miss" only written with its capital: "i miss john" is a verb).
_TITLES = {
    # ("miss" in lower case only where no subject says it is the verb: "i miss john")
    "en": r"mr|mrs|ms|(?-i:Miss)|(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)(?<!\bhe\s)"
          r"(?<!\bshe\s)(?<!\bdon't\s)(?<!\bwill\s)(?<!\bstill\s)(?<!\breally\s)"
          r"(?<!\bto\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\bdidn't\s)(?<!\bwon't\s)"
          r"(?<!\bcan't\s)(?<!\bwould\s)(?<!\bdid\s)(?<!\bdo\s)"
          r"(?-i:miss)|mx|missus|mister|dr|doctor|prof|professor|rev|reverend|sir|"
          r"dame|aunt|auntie|aunty|uncle|grandma|grandpa|granny|nana|cousin|"
          # a priest, a pastor, a brother or sister of a church: "call father ignatius";
          # and "thank you miss ortega", a thanks, not the verb
          r"father|fr|pastor|deacon|(?<=\bthank\syou\s)(?-i:miss)",
    "es": r"sr|sra|srta|señor|señora|señorita|don|doña|dr|dra|doctor|doctora|lic|licenciado|"
          r"licenciada|ing|ingeniero|ingeniera|prof|profesor|profesora|sor|fray|seño|ña|ño|"
          # kin said as a title: "la tía Chela", "mamá Chayo", "el compadre Beto"
          r"tía|tia|tío|tio|abuela|abuelo|abuelita|abuelito|mamá|papá|madrina|padrino|"
          r"comadre|compadre|tata|nana|"
          # English courtesy titles, as Spanish speakers in the US say them ("pregunte por
          # Mr. Okafor", "misses kowalski es mi casera")
          r"(?-i:Mr|Mrs|Ms|Miss)|mister|missus|misses",
}
# Words an institution's name may hold between its head and the found name, or between
# the found name and its head: "Fairview [Middle] School", "Hospital [Escuela] X",
# "Hospital [General] de X", "Colegio [Nacional] X".
_INNER = {
    "en": r"elementary|middle|high|junior|senior|primary|secondary|community|memorial|"
          r"general|regional|medical|health|surgery|surgical|urgent|care|nursing|rehab|"
          r"rehabilitation|assisted|living|children'?s|women'?s|university|state|county|"
          r"city|district|baptist|methodist|catholic|lutheran|presbyterian|christian|"
          r"veterans|family|dental|eye|cancer|heart|mental|behavioral|outpatient|day|"
          r"charter|public|private|adult|children|men'?s|senior|youth|immigrant|legal|"
          r"social|human|protective",
    "es": r"general|regional|universitario|universitaria|escuela|materno|infantil|"
          r"municipal|provincial|departamental|nacional|central|militar|naval|"
          r"privada|privado|pública|público|particular|técnico|técnica|politécnico|"
          r"superior|secundaria|primaria|bilingüe|católico|católica|evangélico|"
          r"evangélica|san|santa|santo|santísima|república|especialidades|salud|"
          r"familiar|médico|médica|clínico|clínica|clinico|comunitario|comunitaria|textil|"
          # what it treats: "Instituto [de Oftalmología] X", "Hospital [Oncológico] del X"
          r"[a-zñ]+log[íi]a|[a-zñ]+l[óo]gic[oa]|[a-zñ]+i[áa]tric[oa]|pediatr[íi]a|ortopedia|"
          r"integral|"
          r"de|del|de\s+la|de\s+los|de\s+las",
}
# The head of an institution's name: what it is.
_HEADS_AFTER = {  # said after its name: "Fairview Middle School"
    # (the longer heads first: "the harlow county school district", "the dorsey county
    # department of social services", "grayson power and light", "the linwood health
    # outreach program")
    "en": r"(?:unified\s+|independent\s+|public\s+)?school\s+(?:district|board)|"
          r"department\s+of\s+(?:[a-z]+\s+){0,2}?(?:services|health|aging|corrections|"
          r"education|transportation|revenue|labor)|housing\s+authority|water\s+district|"
          r"power\s+(?:and|&)\s+light|electric\s+co-?op(?:erative)?|utilities|"
          r"(?:outreach\s+)?program|"
          # a building named by its name's word: "the granger federal building", "the
          # whitcomb office building" (not "maria building a fence")
          r"(?:federal|office|medical|professional|municipal|county|state)\s+building|"
          r"building(?=\s*(?:[,.;:!?]|$|\s+(?:downtown|on|in|at|off|by|near|across|next)\b))|"
          r"school|academy|college|university|hospital|clinic|center|centre|hospice|"
          r"(?:nursing|group|care|funeral|retirement)\s+home|"
          r"pharmacy|church|library|elementary|infirmary|sanitarium|sanatorium|institute|"
          r"daycare|preschool|kindergarten|nursery|ymca|plant|factory|mill|warehouse|"
          r"hotel|motel|shelter|prison|jail|apartments|apts|condominiums|condos|"
          # an organisation named by its town or county: "the Bexley women's club",
          # "Franklin County children services", "the Licking County council on aging"
          r"services|club|council(?:\s+on\s+aging)?|society|association|foundation|"
          r"ministries|agency|"
          # a county or its like, named by the word before it: "loving county", "st.
          # tammany parish" (the finding took the name alone)
          r"county|parish|borough|township|"
          # a county's or town's offices: "brown county road department", "the harris
          # county sheriff's office"
          r"(?:road|fire|police|sheriff'?s?|health|parks|water|transportation|public\s+works|"
          r"probation|tax|clerk'?s?)\s+(?:department|dept|office)|jail|courthouse",
    # English heads of a US firm named in Spanish speech: "Amanecer Home Care",
    # "Lakeshore Family Health"
    "es": r"home\s+care|home\s+health|health(?:\s+plan)?|health\s+center|medical\s+center|"
          r"family\s+clinic",
}
# A practice named by its field alone: "Lakeview Pediatrics", "Eastside Allergy and
# Asthma", "Harbor Ear Nose and Throat"; a firm by its trade: "Brightline Logistics" (the
# trade of a family's firm is ``firms``'s). After a name only: "physical therapy off route
# nine" is where care is, not a place's name.
_FIELDS_AFTER = {
    "en": r"pediatrics|orthopa?edics|dermatology|cardiology|urology|neurology|oncology|"
          r"gastroenterology|endocrinology|rheumatology|podiatry|dentistry|"
          r"allergy(?:\s+(?:and|&)\s+asthma)?|ear,?\s+nose,?\s+(?:and|&)\s+throat|"
          r"ob-?gyn|(?:family|internal)\s+medicine|(?:home|eye|urgent|primary)\s+care|"
          r"home\s+health|physical\s+therapy|logistics|staffing|trucking|freight",
}
# The rest of a firm's name after its first words were found: "[iron temple] fitness",
# "[canyon motion physical] therapy", "[riverside skin] and laser", "[kerman] unified",
# "[lakeview] cancer pavilion" (stop 54). Not after a possessive: "rosa's insurance",
# "kevin's gym" are theirs ("tony's market" is ``_POSSESSIVE_BUSINESS``'s).
_GRAMMAR_EN = (r"(?:is|was|are|were|be|been|and|or|but|so|the|a|an|my|his|her|their|our|"
               r"your|to|of|for|with|in|on|at|from|by|that|this|it|he|she|they|we|i|you|"
               r"has|had|have|said|says|told|not|no|called|calls|joined|joins|asked|"
               r"asks|went|goes|got|gets|sent|sends|runs|ran|helps|pays|paid)")
# A union local's number said as words: the lexicon's, less the letter "o" (a local is
# never "local o"), and "hundred".
_NUMBER_WORD_EN = "|".join([r"\d+", "hundred", *sorted(
    {*EN_UNITS, *EN_TEENS, *EN_TENS} - {"o"}, key=len, reverse=True)])
_FIRM_TAIL_AFTER = {
    "en": re.compile(r"\s+(?:fitness|gym|therapy|rehabilitation|(?:cancer\s+)?pavilion|"
                     r"(?:animal\s+)?rescue|accounting|insurance|realty|roofing|landscaping|"
                     r"plumbing|construction|bakery|grill|diner|restaurant|market|foods|nails|"
                     r"(?:nail\s+|day\s+|med\s+)?spa|nail\s+salon|"
                     r"salon|skin(?:\s+(?:and|&)\s+laser|\s+care)?|(?:and|&)\s+laser|unified|"
                     r"audiology|optometry|chiropractic|facilities|nursing\s+(?:and|&)\s+rehab|"
                     r"transport|transit|"
                     # a practice named by its place and specialty: "lakeshore cardiology"
                     r"cardiology|dermatology|orthopa?edics|pediatrics|neurology|oncology|"
                     r"urology|gastroenterology|pulmonology|rheumatology|endocrinology|"
                     r"nephrology|ophthalmology|podiatry|dentistry|dental|imaging|"
                     r"radiology|home\s+health|hospice|home\s+care|"
                     # who helps or speaks for someone: "[lone star] legal aid", "[second
                     # chance reentry] alliance", "[peak] wellness", "[hope] counseling"
                     r"legal\s+(?:aid|services)|alliance|coalition|commission|partners|"
                     r"counseling|wellness|recovery|outreach|cooperative|co-?op|"
                     # a system or practice named by its place: "[seacliff] health",
                     # "[riverside] regional", "[northside] united", "[oakline] residential"
                     r"health(?:care)?|regional|united|residential|apothecary)\b|"
                     # a body named for its place, person or cause, what it serves said
                     # between: "[texas] workforce commission", "the [okafor] sickle cell
                     # foundation", "[prairie gold] cooperative"
                     rf"(?:\s+(?!{_GRAMMAR_EN}\b)(?![^\W\d_]+ed\b)[^\W\d_]+){{1,2}}\s+"
                     r"(?:foundation|association|"
                     r"society|commission|cooperative|co-?op)\b|"
                     # a union's local by its number: "[i b e w] local forty eight"
                     rf"\s+local(?:\s+(?:{_NUMBER_WORD_EN})){{1,4}}\b|"
                     # a state's university said short: "a sophomore at [penn] state"
                     r"\s+state\b(?!\s+(?:line|lines|police|troopers?|highway|route|road|senator|"
                     r"senate|representative|rep|legislature|capitol|"
                     r"park|forest|prison|law|laws|of|id|benefits|insurance|plan|taxes|tax|"
                     r"disability|pension|job|worker|employees?|license|farm|fair)\b)", re.I),
    "es": re.compile(r"(?!x)x"),
}
_POSSESSIVE_END = re.compile(r"['\u2019]s$", re.I)
_HEADS_BEFORE = {  # said before it: "Hospital de Cruces", "Residencia San José"
    "en": r"(?:st\.?|saint)",
    "es": r"hospital|clínica|clinica|sanatorio|policlínico|policlínica|policlinico|"
          r"policlinica|consultorio|ambulatorio|dispensario|maternidad|residencia|asilo|"
          r"hogar|geriátrico|geriatrico|escuela|colegio|liceo|instituto|universidad|"
          r"jardín|jardin|kínder|kinder|guardería|guarderia|farmacia|parroquia|iglesia|"
          r"cesfam|cesac|eb[aá]is|cesamo|centro\s+de\s+salud|casa\s+de\s+reposo|"
          r"casa\s+de\s+retiro|casa\s+hogar|hogar\s+de\s+ancianos|centro\s+médico|centro\s+medico|"
          r"unidad\s+de\s+medicina\s+familiar|umf|reparto|urbanización|urbanizacion|"
          r"maquiladora|maquila|aseguradora|transportes|transportadora|distribuidora|"
          r"comercializadora|inmobiliaria|constructora|empresa|"
          # who carries, treats or helps, named after its kind: "ambulancias Montserrat",
          # "transportes médicos Guadalupe", "la unidad de paliativos San Camilo", "el
          # ayuntamiento de Getafe"
          r"ambulancias?|transportes\s+m[eé]dicos|ayuntamiento|alcald[ií]a|"
          r"municipalidad|cardiolog[ií]a|(?:centro|unidad)\s+de\s+(?:hemo)?di[aá]lisis|"
          r"(?:unidad|centro)\s+de\s+(?:cuidados\s+)?paliativos|"
          r"(?:unidad|centro)\s+de\s+rehabilitaci[oó]n|"
          # a shop known by its owner: "el colmado de Papo", "la fonda de doña Chela"
          r"colmado|tienda|tiendita|pulpería|pulperia|abarrotes|fonda|cafetería|cafeteria|"
          r"comedor|lonchería|loncheria|taquería|taqueria|panadería|panaderia|"
          r"carnicería|carniceria|tortillería|tortilleria|peluquería|peluqueria|"
          r"barbería|barberia|ferretería|ferreteria|cantina|"
          r"club(?:\s+(?:atl[eé]tico|deportivo|social))?|"
          # a ward said with its hospital: "la uci del hospital de Cruces"
          r"uci|u\s+c\s+i|urgencias|"
          # who helps, insures, tests or sells, named after its kind: "la fundación Arcoíris
          # de Vida", "laboratorio Gota Fiel", "estancia infantil Semillitas", "farmacias
          # Doctor Ahorrín"
          r"fundación|fundacion|asociación|asociacion|agencia|programa|proyecto|"
          r"laboratorios?|farmacias|boticas?|droguerías?|droguerias?|estancia|mutualista|"
          r"hospicio|albergue|gimnasio|supermercados?|restaurante|sindicato|mutua|eps|isapre|"
          r"[a-zñ]{3,}ería|[a-zñ]{3,}eria",
}
_SPAN_TYPES = ("PERSON", "LOCATION", "STREET_ADDRESS")
# A courtesy title that another finder may have taken alone, before its full stop: "[Mr].
# [Okafor]" (not a kin word or a name: "I saw [Nana]. [Miami] was hot").
_COURTESY = re.compile(r"mr|mrs|ms|mx|dr|sr|sra|srta|mister|missus|misses", re.I)
# A business named by its owner: "[Sal]'s Place", "[Lupita]'s Taqueria", "[Mike]'s Auto".
_POSSESSIVE_BUSINESS = re.compile(
    r"['\u2019]s\s+(?:place|bar|diner|grill|kitchen|tavern|pub|saloon|lounge|garage|"
    r"shop|store|market|pizza|pizzeria|tacos|taqueria|cafe|café|bakery|deli|auto|"
    r"body\s+shop|salon|barbershop|bbq|barbecue|restaurant|landscaping|roofing|plumbing|"
    r"towing|trucking|nursery|feed\s+store|hardware|nails?(?:\s+(?:spa|salon|bar))?|spa|"
    r"laundromat|daycare)\b", re.I)


def _compiled(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    inner = _INNER.get(language, "")
    title = re.compile(rf"\b(?:{_TITLES.get(language, 'dr')})\.?\s+$", re.I)
    heads_after = _HEADS_AFTER.get(language) or r"(?!x)x"
    # "Hospital de X", "Residencia X"; in English, an institution on the street found
    # after it: "the Outpatient Surgery Center on Kirby Road".
    # (not "la historia clínica de EsSalud": the record, not the clinic)
    before = re.compile(rf"(?<!historia\s)\b(?:(?:{_HEADS_BEFORE.get(language, '')})"
                        rf"(?:\s+(?:{inner})\b)*"
                        rf"|(?:(?:{inner})\s+)*(?:{heads_after})\s+(?:on|at|off))\s+$", re.I)
    fields = _FIELDS_AFTER.get(language, r"(?!x)x")
    after = re.compile(rf"(?:\s+(?:{inner})\b)*\s+(?:{heads_after}|{fields})\b", re.I)
    return title, before, after


_PATTERNS = {language: _compiled(language) for language in ("en", "es")}
_ENDS_IN_HEAD = {language: re.compile(rf"\s(?:{_HEADS_AFTER[language] or '(?!x)x'})$", re.I)
                 for language in ("en", "es")}
_LOOK_BACK = 60  # characters before a span searched for its title or head


def widened(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` (sorted, not overlapping) with each person's title and each named
    institution's head and inner words taken in; never over another finding."""
    if language not in _PATTERNS:
        return entities
    title, before, after = _PATTERNS[language]
    out: list[Entity] = []
    for index, entity in enumerate(entities):
        floor = out[-1].end if out else 0
        ceiling = entities[index + 1].start if index + 1 < len(entities) else len(text)
        start, end, kind = entity.start, entity.end, entity.type
        if kind in NUMBER_TYPES:  # "RX 7720 1184 55", "veintiocho barra cuarenta y uno"
            out.append(number_widened(text, entity, floor, ceiling))
            continue
        if kind == "DATE_TIME":  # "el martes 5", "the 9th of last month"; a count is none
            date = date_widened(text, entity, floor, ceiling, language)
            if date is not None:
                out.append(date)
            continue
        if language == "es" and kind in ("PERSON", "LOCATION", "STREET_ADDRESS") and (
                house := us_house_before(text, start, end, kind == "STREET_ADDRESS")) < start \
                and house >= floor:
            out.append(Entity("STREET_ADDRESS", house, end))  # "2718 east césar chávez"
            continue
        if kind not in _SPAN_TYPES:
            out.append(entity)
            continue
        street = us_street_in_spanish(text, start, end, floor, ceiling) \
            if language == "es" and kind in ("PERSON", "LOCATION") else None
        if language == "en" and kind in ("PERSON", "LOCATION") \
                and (house := english_house_before(text, start, floor)) < start:
            street = Entity("STREET_ADDRESS", house, with_road_number(  # "at 3862
                text, start, end, ceiling, language))  # [broadway]", "220 [route] 9"
        if street is not None:  # "el 1310 de la [Sunset Drive]"
            out.append(street)
            continue
        window_start = max(floor, start - _LOOK_BACK)
        head = before.search(text, window_start, start)
        if head is not None and head.end() == start:
            start, kind = head.start(), "LOCATION"
        elif language == "es" and kind in ("PERSON", "LOCATION") and (
                apart := head_before_name_words(text, window_start, start, before)) is not None:
            start, kind = apart, "LOCATION"  # "el hospicio buen [pastor]"
        elif kind != "STREET_ADDRESS" and (around := _head_around(text, start, language)) \
                and around.start() >= window_start and text[around.end():end].strip():
            start, kind = around.start(), "LOCATION"  # "centro de [salud mariposa]"
        elif kind in ("PERSON", "LOCATION") and (
                kind_start := place_kind_before(text, window_start, start, end, language, kind)
        ) is not None:
            start, kind = kind_start, "LOCATION"  # "la despensa san ...", "in little saigon"
        elif kind in ("PERSON", "LOCATION"):  # "missus delgado": a title says who
            said = title.search(text, window_start, start)
            if said is None and out and out[-1].type == "PERSON" \
                    and _COURTESY.fullmatch(text, out[-1].start, out[-1].end) \
                    and (said := title.match(text, out[-1].start, start)) is not None \
                    and said.end() == start:
                out.pop()  # "[Mr]. [Okafor]": the title found alone, its full stop left out
            if said is not None and said.end() == start:
                start, kind = said.start(), "PERSON"
        if kind == "STREET_ADDRESS" and language == "en" and start == entity.start:
            start = business_before(text, window_start, start)
        if kind in ("PERSON", "LOCATION") and language == "es" and start == entity.start:
            start = _with_article(text, window_start, start, end)
        tail = after.match(text, end, ceiling) or (
            _POSSESSIVE_BUSINESS.match(text, end, ceiling) if language == "en" else None) or (
            _FIRM_TAIL_AFTER[language].match(text, end, ceiling)
            if not _POSSESSIVE_END.search(text, start, end) else None)
        if tail is not None:
            end, kind = tail.end(), "LOCATION"
        elif kind == "PERSON" and _ENDS_IN_HEAD[language].search(text, start, end):
            kind = "LOCATION"  # "the [Tyson plant]": a name found with its place's head
        if kind == "STREET_ADDRESS":
            start, end = street_widened(text, start, end, window_start, ceiling, language)
        elif kind == "LOCATION" and language == "es":  # "[policlínico mártires] del cerro"
            end = name_after_head(text, start, end, ceiling, _HEAD_WORDS_BEFORE["es"])
        out.append(Entity(kind, start, end))
    return joined_places(text, out)




def with_head_after(text: str, start: int, end: int, ceiling: int, language: str) -> int:
    """Where a name found by the learned tagger ends once the head of its kind said after
    it is taken in ("[iron temple] fitness", "[riverside skin] and laser"); only the head
    after, never a title or an article before (those cost Spanish recall under
    cross-validation, stop 53)."""
    if language not in _PATTERNS:
        return end
    tail = _PATTERNS[language][2].match(text, end, ceiling) or (
        _FIRM_TAIL_AFTER[language].match(text, end, ceiling)
        if not _POSSESSIVE_END.search(text, start, end) else None)
    return tail.end() if tail is not None else end


_HEAD_WORDS_BEFORE = {language: re.compile(rf"\b(?:{heads})\b", re.I)
                      for language, heads in _HEADS_BEFORE.items()}


def _head_around(text: str, start: int, language: str) -> re.Match[str] | None:
    """The head of a kind a finding begins inside ("centro de [salud mariposa]"), if any."""
    heads = _HEAD_WORDS_BEFORE.get(language)
    if heads is None:
        return None
    for head in heads.finditer(text, max(0, start - _LOOK_BACK), start + _LOOK_BACK):
        if head.start() < start < head.end():
            return head
    return None


def with_head_begun(text: str, start: int, language: str) -> int:
    """Where a name found by the learned tagger begins when it begins inside the head of its
    kind ("centro de [salud delicias sur]"): at the head's start; a head wholly before it is
    left out, as ``with_head_after`` leaves it."""
    head = _head_around(text, start, language)
    return head.start() if head is not None else start


def _with_article(text: str, floor: int, start: int, end: int) -> int:
    """Where a Spanish place begins when its article is part of its name: written with a
    capital mid-sentence ("vive en La Higuera", "desde Lo Espejo"), or listed with it
    ("en la coruña", "los mochis")."""
    article = ARTICLE_BEFORE.search(text, floor, start)
    if article is None:
        return start
    said = article.group(1)
    mid_sentence = not re.search(r"(?:^|[.!?¿¡]\s*)$", text[:article.start(1)])
    if (said[0].isupper() and mid_sentence) \
            or fold(f"{said} {text[start:end]}") in places():
        return article.start(1)
    return start
