"""A second development set: Spanish medicine names that no list carries, and Spanish
identities the way other people write them: ``python -m bench.phi_novel``.

Why: the main set (``bench/phi_data.py``) draws its medicines from hand lists, and the
redactor's own lists were written beside them, so a medicine said in a visit that no
list knows was untested on the development side. Here every medicine is made up with
a fixed seed: brand names from syllables, generic names from WHO INN stems in their
Spanish form ("-sartán", "-prazol", "-gliflozina"). Words that are in any benchmark
list or in the redactor's medicine lists are dropped, so that the figures say how the
redactor does on names it has never seen, and nothing from the held-out third of the
benchmark lists ever enters this set.

Names carry two surnames, compound given names and surnames that look like
medicines or ordinary words (Molina, Medina, Espina, Salinas): in a name context they
must still be redacted. Faker's locales here are ``es``, ``es_ES`` and ``es_MX``:
``es_CO``, ``es_AR``, ``es_CL`` and ``es_CA`` feed the held-out part of the main set
and stay out. The output, ``fixtures/phi/novel/es-dev.jsonl``, has the main set's
record format (text, spans, keep, written and spoken form) and is development data
only: tune on it freely.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from faker import Faker

from bench import phi_lists as lists
from bench import phi_speech as speech
from bench.phi_data import dumps

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "phi" / "novel" / "es-dev.jsonl"
SEED = 90210
SENTENCES = 420
LOCALES = ("es", "es_ES", "es_MX")

# WHO INN stems, Spanish spelling, with the accent where Spanish writes one.
INN_STEMS_ES = [
    "olol", "pril", "sartán", "statina", "prazol", "azol", "cilina", "micina", "floxacino",
    "dipino", "tidina", "triptán", "mab", "nib", "vir", "azepam", "oxetina", "gliptina",
    "gliflozina", "profeno", "metasona", "cortisona", "tiazida", "semida", "ciclina",
    "parina", "lukast", "afilo", "zolam", "caína", "setrón", "tinib", "ciclovir", "conazol",
    "dronato", "terol", "xabán", "gatrán", "glutida", "plasmina", "lamida",
]
_ONSETS = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
           "cl", "cr", "dr", "fl", "gl", "pr", "tr", "x", "qu", "ch", "v", "k"]
_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o"]
_BRAND_ENDS = ["rex", "tal", "vol", "dax", "lin", "ron", "mix", "dina", "fil", "tan", "rium",
               "tor", "zol", "zene", "pid", "nyl", "tek", "zón", "gar", "tas", "lit", "vel",
               "togen", "vant", "lex", "nol", "max", "sil", "dol", "pran", "ctil", "flam"]
# Surnames that are also words or look like medicine names: a name context keeps
# them names.
TRICKY_SURNAMES = ["Molina", "Medina", "Espina", "Salinas", "Colina", "Carolina", "Paloma",
                   "Salas", "Rosales", "Lima", "Pinto", "Cabello", "Ortiga", "Hierro",
                   "Serrano", "Romero", "Manzano", "Olivares", "Cardona", "Quintana",
                   "Cordero", "Moreno", "Peña", "Bravo", "Toledo", "Lozano", "Vidal"]

# Medicine sentences. {med} is an invented medicine; {med2} another; {name}, {first},
# {last} are identities; ((text)) is a must-survive term given as is.
MEDICINE_TEMPLATES = [
    "Tomo {med} cada ocho horas.",
    "Me recetaron {med} de quinientos miligramos.",
    "Me dieron {med} para la presión.",
    "Estoy tomando {med} dos veces al día.",
    "Las pastillas de {med} me dan sueño.",
    "El jarabe de {med} no me quitó la tos.",
    "Me pongo gotas de {med} en los ojos.",
    "Me pusieron una inyección de {med} en urgencias.",
    "La crema de {med} me irrita la piel.",
    "Dejé de tomar {med} hace dos semanas.",
    "¿Puedo tomar {med} con {med2}?",
    "El doctor me cambió el {med} por {med2}.",
    "Tomé {med} anoche y amanecí mareada.",
    "Me tomo {med} en ayunas.",
    "Uso el inhalador de {med} cuando me falta el aire.",
    "Me recetaron {med} y {med2} para el azúcar.",
    "El {med} me cae mal al estómago.",
    "Se me acabó el {med}, necesito otra receta.",
    "Tomo media tableta de {med} en la noche.",
    "Me inyecto {med} una vez por semana.",
    "Le estoy dando {med} al niño cada seis horas.",
    "Con {med} se me bajó la hinchazón.",
    "Estoy con {med} desde enero.",
    "Me tomo una cápsula de {med} con la comida.",
    "¿Cuántos miligramos de {med} le dieron?",
    "Soy alérgica a {med}.",
    "Tomo {med} diez miligramos y {med2} veinte miligramos.",
    "La farmacia no tenía {med}, me dieron {med2}.",
    "El {med} me lo manda la doctora {last}.",
    "La doctora {last} me recetó {med}.",
    "Me llamo {name} y tomo {med} para el colesterol.",
    "Mi esposo {first} toma {med} para la próstata.",
    "Soy {name}, la paciente, y me dieron {med}.",
    "{med} me da dolor de cabeza.",
    "Me dijeron que {med} es para la tiroides.",
    "Me duele el estómago desde que empecé con el {med}.",
    "El sobre de {med} lo disuelvo en agua.",
    "Tomo un comprimido de {med} cada doce horas.",
    "Me aplicaron {med} en la vena.",
    "Necesito la receta del {med} y del {med2}.",
]
# Identity sentences: names with two surnames, spoken numbers, streets and cities.
IDENTITY_TEMPLATES = [
    "Soy {name}, la paciente.",
    "Hola, soy {name}, el paciente de las diez.",
    "Buenas tardes, habla {name}.",
    "Mi nombre completo es {name}.",
    "Me llamo {first} {tricky}.",
    "La cita está a nombre de {first} {tricky} {last}.",
    "Soy hija de {name}, vengo por sus resultados.",
    "Le habla la licenciada {first} {last}, trabajadora social.",
    "Mi suegra {first} {last} me ayuda con los niños.",
    "El paciente {name} tiene cita el lunes.",
    "Busco al doctor {tricky}, me atendió la semana pasada.",
    "Me atendió el doctor {first} {tricky}.",
    "Vivo en {street}, {city}.",
    "Mi dirección es {street}.",
    "Vivimos en {city}, cerca del hospital.",
    "Pregunte por {first}, es mi cuñada.",
    "{first} {last} es mi contacto de emergencia.",
    "Apúntelo a nombre de {name}, por favor.",
    "Vengo de parte de {name}.",
    "Mi nieta {first} me trajo hoy.",
    "Vine con {first} {last}, mi vecina de toda la vida.",
    "Hablé con {first} por teléfono y me dijo que viniera.",
    "Me acompaña mi compadre {first} {last}.",
    "Mis hijos son {first}, {first2} y {first3}.",
    "El ingeniero {first} {last} es mi jefe, él firmó el permiso.",
    "La profesora {last} me mandó al niño a la enfermería.",
    "El padre {first} de la parroquia me visita los domingos.",
    "Anote el nombre de mi esposa: {name}.",
    "Se lo mando a {first} por WhatsApp.",
    "Me cuida {first}, la muchacha que viene en las tardes.",
    "{first} {last}, para servirle.",
    "Con {first} {last}, del seguro, ya hablé.",
    "Dígale a la señorita {first} que ya llegué.",
    "El expediente está a nombre de mi papá, {name}.",
    "Nos vemos con el doctor {last} y con la doctora {last2}.",
    "Vivo en {street_said}, {city}.",
    "Mi domicilio es {street}, en {city}.",
    "Trabajo en {city} pero vivo en {city2}.",
]
# No identifier: ordinary clinic words a naive redactor takes for names and places.
PLAIN_SENTENCES = [
    "Respiro hondo y me duele el pecho.",
    "Me duele la espalda cuando respiro hondo.",
    "Tengo la vista cansada y me lloran los ojos.",
    "Siento un piquete en el costado.",
    "Me arde la boca del estómago después de comer.",
    "Camino media hora todos los días.",
    "Me da comezón en las piernas en la noche.",
    "Tengo la presión alta desde hace años.",
    "Me mareo cuando me levanto rápido.",
    "Tengo flemas verdes y calentura.",
    "Se me duermen las manos en la mañana.",
    "Me salió una bolita en el cuello.",
]


class NovelSource:
    """Every draw from one seed, so the file is the same on every run."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data, not a secret
        self.fakers = {locale: Faker(locale) for locale in LOCALES}
        for fake in self.fakers.values():
            fake.seed_instance(self.rng.randrange(2**31))
        self._listed = _listed_words()

    def _unlisted(self, make: Any) -> str:
        while True:
            word = make()
            if _fold(word) not in self._listed:
                return str(word)

    def brand(self) -> str:
        def make() -> str:
            syllables = "".join(self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS)
                                for _ in range(self.rng.randint(1, 2)))
            return (syllables + self.rng.choice(_BRAND_ENDS)).capitalize()
        return self._unlisted(make)

    def generic(self) -> str:
        def make() -> str:
            syllables = "".join(self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS)
                                for _ in range(self.rng.randint(1, 3)))
            return syllables + self.rng.choice(INN_STEMS_ES)
        return self._unlisted(make)

    def medicine(self) -> str:
        return self.brand() if self.rng.random() < 0.5 else self.generic()

    def person(self) -> tuple[str, str]:
        fake = self.fakers[self.rng.choice(LOCALES)]
        first = fake.first_name()
        if self.rng.random() < 0.2:
            first = f"{first} {fake.first_name()}"
        last = fake.last_name()
        if self.rng.random() < 0.7:
            last = f"{last} {fake.last_name()}"
        return first, last

    def street(self) -> tuple[str, str]:
        fake = self.fakers[self.rng.choice(("es_ES", "es_MX"))]
        written = fake.street_address()
        return written, _spoken(written)

    def street_said(self) -> tuple[str, str]:
        """A street name and "número" with the house number: "Paseo Ana Gil número 12"."""
        name = str(self.fakers[self.rng.choice(("es_ES", "es_MX"))].street_name())
        number = self.rng.randint(2, 2999)
        return f"{name} número {number}", f"{name.lower()} número {speech.es_number(number)}"

    def city(self) -> str:
        return str(self.fakers[self.rng.choice(("es_ES", "es_MX"))].city())


def _fold(word: str) -> str:
    return speech.strip_accents(word.lower())


def _listed_words() -> frozenset[str]:
    """Every word of the benchmark's hand lists (both parts) and of the redactor's
    medicine lists: an invented medicine is none of them."""
    from redaction.lexicon import MEDICAL_TERMS
    from redaction.medical_lists import clinical_words, extra_medicines, medicines

    words: set[str] = set()
    for name in dir(lists):
        value = getattr(lists, name)
        if isinstance(value, list):
            for entry in value:
                words.update(_fold(w) for w in re.findall(r"[^\W\d_]+", str(entry)))
    words |= {_fold(w) for w in MEDICAL_TERMS | extra_medicines() | clinical_words()}
    words |= {_fold(w) for w in medicines()}
    return frozenset(words)


def _spoken(text: str) -> str:
    """Lower case, digits as Spanish words, no punctuation: as Whisper writes speech."""
    said = re.sub(r"\d+", lambda m: " ".join(speech.es_number(int(d)) for d in
                                             _groups(m.group())), text.lower())
    said = re.sub(r"[,.;:!?¿¡#º°]", "", said)
    return re.sub(r"\s+", " ", said).strip()


def _spoken_literal(text: str) -> str:
    """A template's words as spoken, keeping the spaces at either end."""
    said = _spoken(text)
    bare = re.sub(r"[,.;:!?¿¡]", "", text)
    lead = " " if bare[:1].isspace() and said else ""
    trail = " " if bare[-1:].isspace() else ""
    return lead + said + trail if said else trail


def _groups(digits: str) -> list[str]:
    """Short numbers whole ("quinientos doce"), long ones in pairs, as people read them."""
    if len(digits) <= 4:
        return [digits]
    return [digits[i:i + 2] for i in range(0, len(digits), 2)]


_SLOT = re.compile(r"\{(\w+)\}")


def render(source: NovelSource, template: str) -> dict[str, dict[str, Any]]:
    """One sentence in written and spoken form, with its identifier and keep spans."""
    first, last = source.person()
    forms: dict[str, dict[str, Any]] = {f: {"text": "", "spans": [], "keep": []}
                                        for f in ("written", "spoken")}
    position = 0
    for match in _SLOT.finditer(template):
        literal = template[position:match.start()]
        forms["written"]["text"] += literal
        forms["spoken"]["text"] += _spoken_literal(literal)
        slot = match.group(1)
        kind: str | None = "PERSON"
        spoken = ""
        if slot in ("med", "med2"):
            written = source.medicine()
            spoken, kind = written.lower(), None
        elif slot == "name":
            written = f"{first} {last}"
        elif slot == "first":
            written = first
        elif slot == "last":
            written = last
        elif slot == "tricky":
            written = source.rng.choice(TRICKY_SURNAMES)
        elif slot in ("first2", "first3"):
            written = source.person()[0]
        elif slot == "last2":
            written = source.person()[1]
        elif slot == "street":
            written, spoken = source.street()
            kind = "STREET_ADDRESS"
        elif slot == "street_said":
            written, spoken = source.street_said()
            kind = "STREET_ADDRESS"
        else:
            written, kind = source.city(), "LOCATION"
        if not spoken:
            spoken = written.lower()
        for form, out in forms.items():
            value = written if form == "written" else spoken
            start = len(out["text"])
            out["text"] += value
            if kind:
                out["spans"].append({"type": kind, "start": start, "end": len(out["text"])})
            else:
                out["keep"].append({"start": start, "end": len(out["text"])})
        position = match.end()
    tail = template[position:]
    forms["written"]["text"] += tail
    forms["spoken"]["text"] += _spoken_literal(tail)
    for out in forms.values():
        out["text"] = re.sub(r"\s+$", "", out["text"])
    return forms


def generate() -> list[dict[str, Any]]:
    source = NovelSource()
    templates = [("med", t) for t in MEDICINE_TEMPLATES] \
        + [("id", t) for t in IDENTITY_TEMPLATES] + [("plain", t) for t in PLAIN_SENTENCES]
    weights = [6 if kind == "med" else 4 if kind == "id" else 1 for kind, _ in templates]
    records: list[dict[str, Any]] = []
    for number in range(SENTENCES):
        index = source.rng.choices(range(len(templates)), weights=weights)[0]
        forms = render(source, templates[index][1])
        for form, out in forms.items():
            records.append({"id": f"es-novel-{index:03d}.{number}.{form}",
                            "template": f"es-novel-{index:03d}", "language": "es",
                            "form": form, **out})
    return records


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    records = generate()
    OUT.write_text(dumps(records), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(records) // 2} sentences")


if __name__ == "__main__":
    main()
