"""Templates and must-survive terms of the fresh Spanish set (``bench/phi_fresh.py``).

Medicines are generic names in their Spanish spelling, brand names sold in Spanish-
speaking markets and invented brand-like names; any whose words a held-out
must-survive term holds is skipped, so the held-out part stays unseen. Doses are
said as words ("quinientos miligramos", "media pastilla") or written in digits;
conditions and durations sit beside them ("diabetes tipo dos", "hace tres semanas").
Slots: {addr} a street address (perhaps with its colonia or barrio and postal code),
{barrio} a neighbourhood alone, {first} {last} {name} people, {city} a town; {med},
{med2}, {med3}, {dose}, {cond}, {cond2}, {dur}, {freq} must-survive terms.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench import phi_speech as speech

Piece = tuple[str, str, str]  # written, spoken, numerals

GENERICS = """
metformina glibenclamida glimepirida sitagliptina linagliptina dapagliflozina
empagliflozina pioglitazona losartán valsartán telmisartán enalapril captopril
amlodipino nifedipino hidroclorotiazida clortalidona furosemida espironolactona
bisoprolol metoprolol propranolol carvedilol atorvastatina simvastatina rosuvastatina
pravastatina ezetimiba clopidogrel acenocumarol warfarina apixabán rivaroxabán
levotiroxina metimazol omeprazol esomeprazol pantoprazol lansoprazol ranitidina
famotidina domperidona metoclopramida butilhioscina loperamida lactulosa mesalazina
paracetamol ibuprofeno naproxeno diclofenaco ketorolaco metamizol meloxicam celecoxib
tramadol tapentadol pregabalina gabapentina carbamazepina levetiracetam lamotrigina
topiramato ácido_valproico fenitoína clonazepam alprazolam lorazepam diazepam sertralina
fluoxetina paroxetina escitalopram venlafaxina duloxetina mirtazapina trazodona
quetiapina risperidona olanzapina aripiprazol haloperidol amoxicilina ampicilina
cefalexina cefuroxima ceftriaxona azitromicina claritromicina doxiciclina ciprofloxacino
levofloxacino nitrofurantoína metronidazol clindamicina fluconazol nistatina
clotrimazol aciclovir valaciclovir ivermectina albendazol mebendazol salbutamol
budesonida fluticasona beclometasona montelukast loratadina cetirizina desloratadina
clorfenamina prednisona dexametasona hidrocortisona betametasona alopurinol colchicina
tamsulosina finasterida sildenafil insulina_glargina insulina_lispro ácido_fólico
sulfato_ferroso calcitriol alendronato
""".split()
BRANDS = ["Aspirina", "Voltarén", "Buscapina", "Nolotil", "Gelocatil", "Frenadol",
          "Enantyum", "Adiro", "Sintrom", "Orfidal", "Almax", "Flumil", "Bisolvon",
          "Tempra", "Neomelubrina", "Tabcin", "Mejoralito", "Sal de Uvas", "Lomotil",
          "Glucophage", "Cozaar", "Norvas", "Tafil", "Rivotril", "Lexotan", "Augmentin",
          "Clamoxyl", "Ciprobay", "Ventolín", "Pulmicort", "Singulair", "Clarityne",
          "Eutirox", "Zyloprim", "Xarelto", "Eliquis", "Januvia", "Jardiance", "Forxiga",
          "Lyrica", "Neurontin", "Tegretol", "Depakene", "Seroquel", "Zoloft", "Prozac"]
_ONSETS = ["b", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "cl", "pr",
           "tr", "gl", "fl", "br", "qu"]
_VOWELS = ["a", "e", "i", "o", "u", "a", "e"]
_BRAND_ENDS = ["xol", "dín", "flex", "med", "vit", "pral", "cor", "gen", "fort", "sán",
               "lox", "quil", "trex", "rin", "tiv", "plus", "zal", "dex", "mil", "fan"]

CONDITIONS: list[Piece] = [
    ("diabetes tipo 2", "diabetes tipo dos", "diabetes tipo 2"),
    ("diabetes tipo 1", "diabetes tipo uno", "diabetes tipo 1"),
    *[(w, w.lower(), w.lower()) for w in [
        "presión alta", "hipertensión", "colesterol alto", "triglicéridos altos",
        "hipotiroidismo", "artritis reumatoide", "gastritis", "asma", "EPOC",
        "insuficiencia renal", "hígado graso", "migraña", "depresión", "ansiedad",
        "epilepsia", "Parkinson", "Alzheimer", "lupus", "fibromialgia", "gota",
        "osteoporosis", "anemia", "cálculos en la vesícula", "apnea del sueño",
        "insuficiencia cardiaca", "arritmia", "vértigo", "colitis", "hernia de disco",
        "infección de orina", "bronquitis", "neumonía", "psoriasis", "hepatitis C",
        "cáncer de mama", "enfermedad de Crohn", "reflujo", "prediabetes", "glaucoma",
        "cataratas", "dengue", "tiroides", "azúcar alta", "várices", "próstata crecida",
        "síndrome de Down", "Guillain-Barré", "mal de Parkinson", "enfermedad de Addison",
        "Chagas", "tiroiditis de Hashimoto", "piedras en el riñón", "un derrame cerebral",
        "un infarto", "la tiroides baja", "vih", "covid largo"]],
]
_UNITS = [("día", "días"), ("semana", "semanas"), ("mes", "meses"), ("año", "años")]
_DOSES_MG = [5, 10, 20, 25, 40, 50, 100, 250, 500, 850, 1000]
_COUNTED = [("media pastilla", "media pastilla"), ("una tableta", "una tableta"),
            ("dos pastillas", "dos pastillas"), ("una cápsula", "una cápsula"),
            ("media tableta", "media tableta"), ("un sobre", "un sobre"),
            ("20 gotas", "veinte gotas"), ("10 unidades", "diez unidades"),
            ("2 disparos", "dos disparos"), ("una cucharada", "una cucharada")]

ADDRESS_TEMPLATES = [
    "Vivo en {addr}.",
    "Mi dirección es {addr}.",
    "La casa queda en {addr}.",
    "Estamos en {addr}, mi esposo y yo.",
    "Mándeme la receta a {addr}, por favor.",
    "Me mudé a {addr} hace poco.",
    "La ambulancia me recogió en {addr}.",
    "{addr}, ahí vivo con mi hija.",
    "La dirección de mi mamá es {addr}.",
    "El domicilio que tienen es {addr}, pero ya no vivo ahí.",
    "Es en {addr}.",
    "Nos quedamos con mi suegra en {addr}.",
    "La farmacia me lo lleva a {addr}.",
    "Apunte la dirección: {addr}.",
    "Ahorita estoy en casa de mi hermana, en {addr}.",
    "Para la visita a domicilio es {addr}.",
    "Sí, sigue siendo {addr}.",
    "Cambié de casa, ahora es {addr}.",
    "Me pueden mandar las medicinas a {addr}.",
    "El paquete llegó a {addr} y no a mi casa.",
    "Soy de {barrio}, cerca del mercado.",
    "Vivo en {barrio} desde que me casé.",
    "Mi hijo {first} vive en {addr}.",
    "Trabajo en {addr} y vivo en {city}.",
    "Queda por {addr}, frente a la iglesia.",
    "Mi dirección es {addr}, en {city}.",
    "La dirección correcta es {addr}.",
    "Por favor anote {addr}.",
    "{addr}",
    "¿A qué dirección? A {addr}.",
    "Antes vivía en {addr} pero me cambié a {city}.",
    "Mi hermana {name} vive en {addr}.",
    "Pasen por mí a {addr}.",
]
MEDICINE_TEMPLATES = [
    "La doctora {last} me dio {med} para {cond}.",
    "El doctor {last} me recetó {med} {dose}.",
    "En la farmacia de {city} compré {med}.",
    "En la farmacia de la esquina me vendieron {med} sin receta.",
    "Tomo {med}, {med2} y {med3}.",
    "Tomo {med} {dose} en la mañana y {med2} en la noche.",
    "{med} {dose} {freq}.",
    "{med} no me sirvió de mucho.",
    "{med}.",
    "La {med} me da diarrea.",
    "El {med} lo tomo {dur}.",
    "Mi pastillita de {med} se me olvidó ayer.",
    "Unas gotitas de {med} para los ojos.",
    "Tengo {cond} {dur} y tomo {med}.",
    "Me diagnosticaron {cond} {dur}.",
    "Con {med} y {med2} ya no me duele.",
    "Le doy {med} a mi hijo {first} cuando tiene fiebre.",
    "Mi mamá {first} toma {med} para {cond}.",
    "¿El {med} se toma antes o después de comer?",
    "Ya no tomo {med}, ahora tomo {med2}.",
    "Sí, {med}, {dose}.",
    "{med} y {med2}, nada más.",
    "Me inyecto {med} {dose} antes de dormir.",
    "Me pusieron suero con {med} en el hospital.",
    "La enfermera {first} me explicó cómo usar el {med}.",
    "Compré {med} genérico porque el de marca es caro.",
    "El seguro no me cubre el {med}.",
    "Desde que tomo {med} me siento mejor.",
    "Me dio alergia el {med}, me salieron ronchas.",
    "Para {cond} me mandaron {med}.",
    "{cond}, {dur}, y tomo {med} {dose}.",
    "Tengo {cond} y {cond2}.",
    "Le bajé a media pastilla de {med}.",
    "Me tomo el {med} con jugo.",
    "Mi doctora de {city}, la doctora {last}, me cambió a {med}.",
    "El {med} me lo da el centro de salud.",
    "Estoy con {med} por {cond}, {dur}.",
    "Nomás tomo {med} {freq}.",
    "Traigo la cajita de {med} aquí conmigo.",
    "Se me olvida tomar el {med} {freq}.",
    "El {med} y el {med2} me los surten en el seguro.",
    "Mi esposo {first} también toma {med}.",
    "Dígale al doctor {last} que el {med} me cae pesado.",
    "Me dijo la doctora {last} que siguiera con {med} {dur}.",
    "Ayer me tomé dos {med} para el dolor.",
    "Es una pastilla que se llama {med}.",
    "La medicina que me dieron se llama {med}, creo.",
    "Me estoy tomando la {med} {freq}.",
    "La {med} de {dose} ya no me hace efecto.",
    "El genérico de {med} es más barato.",
    "{med} en gotas para el niño.",
    "¿Puedo seguir con la {med} y la {med2}?",
    "La {med} me la recetó el doctor {last}.",
    "Se me acabó mi {med} {dur}.",
    "{med}, doctora, para {cond}.",
    "No me acuerdo cómo se llama, creo que {med}.",
    "La medicina para la presión, {med}, me hincha los pies.",
    "Me la cambiaron por {med} porque tengo {cond}.",
    "Una {med} cada {freq_hours} horas, eso me dijeron.",
    "Me inyectaron {med} en la cadera.",
    "Con la {med} se me sube el azúcar.",
]
PLAIN_TEMPLATES = [
    "Tengo {cond} {dur}.",
    "Me duele la cabeza {dur}.",
    "Mi papá tenía {cond} y mi mamá {cond2}.",
    "Me hicieron análisis {dur} y salió {cond}.",
    "Los mareos empezaron {dur}.",
    "Me operaron de la vesícula {dur}.",
    "Tengo tos con flemas {dur}.",
    "Me controlo el azúcar {freq}.",
    "No he tomado nada, ni siquiera un té.",
]


class Terms:
    """Must-survive terms drawn from one RNG; ``unkept`` says a medicine is usable."""

    def __init__(self, rng: random.Random, unkept: Callable[[str], bool]) -> None:
        self.rng = rng
        self.medicines = [m for m in [g.replace("_", " ") for g in GENERICS] + BRANDS
                          if unkept(m)]
        self.unkept = unkept

    def medicine(self) -> str:
        if self.rng.random() < 0.25:
            while True:
                syllables = "".join(self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS)
                                    for _ in range(self.rng.randint(1, 2)))
                word = (syllables + self.rng.choice(_BRAND_ENDS)).capitalize()
                if self.unkept(word):
                    return word
        return self.rng.choice(self.medicines)

    def number(self, n: int) -> tuple[str, str]:
        """Written digits or (small numbers, half the time) words; and as said."""
        said = speech.es_number(n)
        return (said if n < 13 and self.rng.random() < 0.5 else str(n)), said

    def make(self, slot: str, capital: bool = False) -> Piece:
        base = slot if slot == "freq_hours" else slot.rstrip("23")
        if base == "med":
            word = self.medicine()
            written = word[0].upper() + word[1:] if capital else word
            return written, word.lower(), word.lower()
        if base == "cond":
            written, said, numerals = self.rng.choice(CONDITIONS)
            return (written[0].upper() + written[1:] if capital else written), said, numerals
        if base == "dose":
            if self.rng.random() < 0.6:
                mg = self.rng.choice(_DOSES_MG)
                unit = self.rng.choice(["mg", "miligramos"])
                return f"{mg} {unit}", f"{speech.es_number(mg)} miligramos", f"{mg} {unit}"
            written, said = self.rng.choice(_COUNTED)
            return written, said, written
        if base == "dur":
            n = self.rng.randint(2, 12)
            _one, many = self.rng.choice(_UNITS)
            written, said = self.number(n)
            head = self.rng.choice(["hace", "desde hace", "hace como", "por", "durante"])
            return f"{head} {written} {many}", f"{head} {said} {many}", f"{head} {n} {many}"
        if base == "freq_hours":
            n = self.rng.choice([4, 6, 8, 12])
            written, said = self.number(n)
            return written, said, str(n)
        if base == "freq":
            n = self.rng.choice([4, 6, 8, 12, 24])
            roll = self.rng.random()
            if roll < 0.5:
                written, said = self.number(n)
                return f"cada {written} horas", f"cada {said} horas", f"cada {n} horas"
            if roll < 0.8:
                k = self.rng.choice([2, 3])
                return f"{k} veces al día", f"{speech.es_number(k)} veces al día", \
                    f"{k} veces al día"
            said = self.rng.choice(["en ayunas", "antes de dormir", "una vez a la semana"])
            return said, said, said
        raise KeyError(slot)
