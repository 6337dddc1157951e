"""Real medicine names that no word list of the project knows, in everyday Spanish
frames: ``python -m bench.phi_real``.

Held-out Spanish asks the redactor to keep real medicine names in spoken form (lower
case, numbers as words, little punctuation) that its lexicons may lack. The ``novel``
set's invented names ("Velmorax") look unlike real ones, which resemble surnames,
places and plain words ("Diane", "Centrum", "Contac", "Espasmo"). ``CANDIDATES`` are
real generic and brand names sold in Spanish-speaking countries, written for this set;
at run time every one is dropped whose words any benchmark term list (dev or
held-out), any redactor lexicon or any held-out must-survive term holds (checked
programmatically, never printed), so what is left is unknown to both sides.

Sentences come in the fresh set's three forms (written, spoken, numerals) from its
medicine frames plus plain everyday ones ("sigo con la X", "se me acabó la X", "la X,
doctor"). Every third template goes to ``es-aside.jsonl``, never tuned on; the
medicines are split the same way, so aside sentences carry names dev never shows.
"""

from __future__ import annotations

import hashlib
import random
import re
from functools import cache
from pathlib import Path
from typing import Any

from bench import phi_fresh, phi_fresh_terms, phi_lists, phi_novel
from bench.phi_data import dumps, rendered
from bench.phi_fresh import Sentence, Source, fold, unkept
from bench.phi_fresh_terms import MEDICINE_TEMPLATES, Terms

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "fixtures" / "phi" / "real"
SEEDS = {"dev": 4471, "aside": 9127}
INSTANCES = 6
FORMS = ("written", "spoken", "numerals")

CANDIDATES = """
Alerfin Neobol Ciprobac Terramicina Vick Bonadoce Tylex Bengué Vaporub Quadriderm
Clorotrimetón Seretide Aerius Deltasona Galvus Trayenta Lopresor Tapazol Ulcotenal Espasmo
Enterogermina Secnidazol Macrodantina Tramal Calcort Caltrate Osteocare Centrum Ferranina
Hemobion Evra Yasmin Diane Microgynon Harnal Dolac Cataflam Migralivia Cafiaspirina Sevedol
Dolofin Genfibrozilo Venoruton Hirudoid Supradyn Aflamax Mesulid Lertus Artrosil
Dolocordralan Mucovibrol Sinutab Contac Vitafusin Aspirineta Bellaspón Neo-Melubrina
Cardioaspirina Almogran Ibuflam Benerva Euglucon Janumet Blopress Higrotona Corasan
Tensiotrat Tempra Flanax Bactrim Tamiflu Ventolín Lantus Ozempic Xarelto Sintrom Eutirox
Nexium Augmentin Rivotril Lyrica Tegretol Keppra Cialis Arcoxia Dolex Lasix Plavix
""".split()

# Plain everyday frames a patient uses for a medicine; {med} alone or with an article.
EVERYDAY_TEMPLATES = [
    "Y la {med} me la tomo con el desayuno.",
    "Sigo con la {med}.",
    "La {med} no me hizo nada.",
    "Ya no tengo {med}.",
    "Se me acabó la {med}.",
    "¿Qué tal la {med}?",
    "{med}.",
    "La {med}, doctor.",
    "El {med}, doctora.",
    "Nada más el {med}.",
    "Bueno, el {med} y ya.",
    "Ah sí, el {med}.",
    "Me tomo un {med} cuando me duele.",
    "Mi hija me compra el {med}.",
    "¿Me puede dar otra receta del {med}?",
    "Yo uso {med} desde hace años.",
    "Le pongo {med} en el pecho al niño.",
    "Con el {med} duermo mejor.",
    "Creo que era {med} o algo así.",
    "El {med} me lo mandó el de la farmacia.",
    "Ando tomando {med} y {med2}.",
    "Es que el {med} me da sueño.",
    "Tomaba {med} pero lo dejé.",
    "Pues el {med}, ¿verdad?",
    "Ahorita nomás {med}.",
    "El {med} de {dose}.",
    "Una de {med} en la mañana.",
    "Todavía me quedan del {med}.",
    "¿El {med} lo puedo partir?",
    "Mi esposa también usa {med}.",
]


def _stable_third(entry: str) -> bool:
    return int(hashlib.sha256(entry.encode()).hexdigest(), 16) % 3 == 0


@cache
def _known_words() -> frozenset[str]:
    """Every word of every benchmark term list and of every redactor lexicon."""
    from redaction import medical_lists as medical
    from redaction.lexicon import MEDICAL_TERMS

    known: set[str] = set(MEDICAL_TERMS) | medical.medicines() | medical.extra_medicines() \
        | medical.clinical_words()
    for module in (phi_lists, phi_fresh_terms, phi_novel, phi_fresh):
        for name, value in vars(module).items():
            if not name.isupper():
                continue
            entries = value.split() if isinstance(value, str) else value \
                if isinstance(value, list | tuple) else []
            for entry in entries:
                if isinstance(entry, str):
                    known.update(re.findall(r"[^\W\d_]+", fold(entry)))
    return frozenset(known)


def unknown_medicines() -> list[str]:
    """The candidates that no list knows and no held-out term holds."""
    return [m for m in CANDIDATES
            if not set(re.findall(r"[^\W\d_]+", fold(m))) & _known_words() and unkept(m)]


class RealTerms(Terms):
    """The fresh set's terms, with medicines drawn from one part of the unknown names."""

    def __init__(self, rng: random.Random, split: str) -> None:
        super().__init__(rng, unkept)
        self.medicines = [m for m in unknown_medicines()
                          if _stable_third(m) == (split == "aside")]

    def medicine(self) -> str:
        return self.rng.choice(self.medicines)


def split_templates() -> dict[str, list[tuple[str, str]]]:
    parts: dict[str, list[tuple[str, str]]] = {"dev": [], "aside": []}
    for kind, templates in (("fre", MEDICINE_TEMPLATES), ("day", EVERYDAY_TEMPLATES)):
        for index, template in enumerate(templates):
            parts["aside" if index % 3 == 1 else "dev"].append(
                (f"es-real-{kind}-{index:02d}", template))
    return parts


def generate(split: str) -> list[dict[str, Any]]:
    source = Source("dev")  # the fresh set's people, streets and cities ...
    source.rng = random.Random(SEEDS[split])  # noqa: S311 - reproducible test data
    source.terms = RealTerms(source.rng, split)  # ... with unknown real medicines
    return rendered(((template_id, template, INSTANCES)
                     for template_id, template in split_templates()[split]),
                    lambda template: Sentence(source).render(template), "es", 20)


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for split in ("dev", "aside"):
        records = generate(split)
        path = OUT_DIR / f"es-{split}.jsonl"
        path.write_text(dumps(records), encoding="utf-8")
        medicines = len(RealTerms(random.Random(0), split).medicines)  # noqa: S311
        print(f"{path.relative_to(ROOT)}: {len(records) // 3} sentences, "
              f"{medicines} medicine names")


if __name__ == "__main__":
    main()
