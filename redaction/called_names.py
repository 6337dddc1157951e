"""A place, a group or a business given its name with "called": "the group is called new
beginnings", "a bar called the silver spur", "el grupo se llama fe y esperanza", "la
finca donde trabajo se llama la esperanza", "un albergue que se llama casa del migrante".

Why: naming a place is the speaker's own cue that what follows is a name, and the names
people give their groups, farms, shelters and bars are ordinary words ("hope", "serenity",
"la esperanza") that no list holds and no capital marks in speech. The name-cue
recognizers read "se llama" and "called" as a person's cue and keep only name-like words;
here a kind of place said shortly before it ("the ranch", "el grupo") makes the whole
phrase after it a LOCATION, up to where the clause goes on ("... en la calle ocho", "...
and we meet on tuesdays"). A person said nearer ("mi hijo se llama", "my sponsor is
called") leaves it to the name recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult

from redaction.medical import is_medical
from redaction.recognizers import SpeechRecognizer, result
from redaction.wordlists import common, fold, names

_CALLED = {
    "en": re.compile(r"\b(?:(?:is|was|'s|are|were)\s+(?:called|named)|(?<=\s)(called|named)|"
                     r"by\s+the\s+name\s+of)\s+", re.I),
    "es": re.compile(r"\b(?:(?:que\s+)?se\s+llama(?:ba|n)?|llamad[oa]s?|de\s+nombre|"
                     r"con\s+el\s+nombre\s+de)\s+", re.I),
}
# Kinds of place (and of group) whose name may follow.
_PLACE = {
    "en": frozenset("""group ranch farm dairy orchard shelter church chapel temple mosque bar
pub restaurant diner cafe place house home center centre clinic school academy college
company business store shop market motel hotel inn facility camp team
club league agency daycare pharmacy street road town village neighborhood neighbourhood
city county area park plant factory warehouse ministry mission charity nonprofit
organization organisation foundation trailer community apartments complex
program programme stand booth truck salon gym studio service services union
pantry kitchen""".split()),
    "es": frozenset("""grupo rancho finca granja hacienda huerta albergue refugio iglesia
capilla templo bar cantina restaurante fonda lugar casa hogar centro clínica clinica
escuela colegio academia empresa compañía compania negocio tienda mercado motel hotel
hostal campo equipo club liga agencia guardería guarderia farmacia calle pueblo
aldea colonia barrio ciudad municipio vereda comunidad caserío caserio cantón canton
parroquia ejido fábrica fabrica planta bodega ministerio misión mision
fundación fundacion organización organizacion asociación asociacion cooperativa
conjunto edificio residencial
puesto local changarro taller salón estética estetica gimnasio consultorio laboratorio
sindicato programa proyecto comedor despensa emisora radio brigada mutualista aseguradora
prepaga servicio""".split()),
}
# What else is given its name with "called": a condition, a medicine, a class, a
# meeting. Nearer than a place, it wins: "at the school the condition is called ...". (A
# programme is a place's kind: "el programa se llama mesa llena" names who runs it.)
_THING = {
    "en": frozenset("""condition disease illness disorder diagnosis syndrome problem shot
injection medicine medication med meds drug pill pills tablet cream treatment therapy test
exam scan procedure surgery operation infection virus bug vaccine class
course meeting thing stuff app""".split()),
    "es": frozenset("""condición condicion enfermedad padecimiento trastorno diagnóstico
diagnostico síndrome sindrome problema inyección inyeccion vacuna medicina medicamento
pastilla pastillas crema tratamiento terapia prueba examen estudio análisis analisis
cirugía cirugia operación operacion infección infeccion virus clase curso reunión
reunion cosa aplicación aplicacion""".split()),
}
# People (and pets) whose name "called" may give instead: nearer than a place, they win.
_PERSON = {
    "en": frozenset("""son daughter husband wife boy girl baby kid child brother sister
mother father mom dad friend sponsor counselor counsellor doctor nurse worker officer
guy man woman lady dog cat boss foreman pastor priest teacher coach partner boyfriend
girlfriend he she who""".split()),
    "es": frozenset("""hijo hija esposo esposa marido mujer niño niña nene nena bebé bebe
hermano hermana mamá mama papá papa madre padre amigo amiga padrino madrina doctor
doctora enfermera enfermero trabajadora trabajador oficial señor señora señorita muchacho
muchacha chavo chava perro perrito gato jefe patrón patron mayordomo pastor padrecito
maestra maestro novio novia pareja él ella quien""".split()),
}
# "called" alone names only right after an indefinite kind of place: "a bar called"; "the
# pharmacy called", "this school called CPS" are what the place did.
_A_KIND_OF_PLACE = re.compile(r"\b(?:a|an|some|one|another)\s+(?:[\w'-]+\s+){0,2}"
                              rf"(?:{'|'.join(sorted(_PLACE['en']))})\s+$", re.I)
_LOOK_BACK_WORDS = 6
_MAX_WORDS = 5
# Where the clause goes on after the name.
_STOP = {
    "en": frozenset("""that which where who in on at by near for with but because so is was
are were it's and or if when then i we he she they you my his her our their now there
here um uh me us him them it off out to after back up down about yesterday today tomorrow
something like same whatever what a an""".split()),
    "es": frozenset("""que donde quien en a al por para con pero porque pues entonces es
era son está esta y o si cuando yo él ella nosotros ellos usted mi su sus nuestro ahí
allí aquí eh este me te se le les lo nos no como así asi nada algo otro otra un una uno
igual mismo misma""".split()),
}
_JOINS = {"en": "and", "es": "y"}  # inside a name when a name's word follows it
_NOT_FIRST = frozenset("de del after for by".split())
_ALONE_RANK = 3000  # one word alone names a place only when rarer than this,
_ALONE_NAME_RANK = 1000  # or a name-word rarer than this ("serenity"; not "home")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


class CalledNameRecognizer(SpeechRecognizer):
    """LOCATION for the name given to a place or a group with "called" / "se llama"."""

    ENTITIES = ["LOCATION"]

    def find(self, text: str) -> Iterator[RecognizerResult]:
        language = self.supported_language
        for cue in _CALLED[language].finditer(text):
            if not self._named_thing_is_a_place(text[:cue.start()], language):
                continue
            if language == "en" and cue.group(1) and not _A_KIND_OF_PLACE.search(
                    text, max(0, cue.start() - 40), cue.start()):
                continue  # "the pharmacy called me": a verb, not "a bar called ..."
            end = self._name_end(text, cue.end(), language)
            if end is not None:
                yield result("LOCATION", cue.end(), end, self.recognizer_name)

    @staticmethod
    def _named_thing_is_a_place(before: str, language: str) -> bool:
        """Is the nearest kind of thing said before the cue a place, not a person?"""
        for word in reversed(_WORD.findall(before)[-_LOOK_BACK_WORDS:]):
            key = word.lower().removesuffix("'s")  # "my sponsor's home group"
            if key in _PERSON[language] or key in _THING[language]:
                return False
            if key in _PLACE[language]:
                return True
        return False

    @staticmethod
    def _name_end(text: str, start: int, language: str) -> int | None:
        """The end of the name said from ``start``: up to a clause's word, punctuation or
        ``_MAX_WORDS``; "and"/"y" inside only before another name word."""
        words = list(_WORD.finditer(text, start, min(len(text), start + 80)))
        if words and fold(words[0].group()) in _NOT_FIRST:
            return None  # "se llama de otra forma", "called after his grandma"
        end, last, count = None, start, 0
        for n, word in enumerate(words[:_MAX_WORDS]):
            if text[last:word.start()].strip():
                break  # punctuation between
            key = fold(word.group())
            if key == _JOINS[language]:  # "fe y esperanza"; not "... y nos reunimos"
                following = words[n + 1] if n + 1 < len(words) else None
                if end is None or following is None \
                        or fold(following.group()) in _STOP[language]:
                    break
            elif key in _STOP[language]:
                break
            elif is_medical(text, word.start(), word.end(), key, language):
                break
            end = last = word.end()
            count += 1
        if end is not None and count == 1 and not _a_name_alone(words[0].group(), language):
            return None  # "a place called home", "se llama urgencias"
        return end


def _a_name_alone(word: str, language: str) -> bool:
    """May this one word be a place's whole name: rare, or a given name or surname
    ("hope", "pathways", "serenity"), not a common word ("home", "rehab")?"""
    key = fold(word)
    rank = common(language).get(key, _ALONE_RANK)
    return word[0].isupper() or rank >= _ALONE_RANK \
        or (key in names() and rank >= _ALONE_NAME_RANK)
