"""Units of a Spanish hospital or clinic, said by their names: "me mandaron a Banco de
Sangre", "estoy en Sala de Partos", "la cita es en Salud Mental".

Written with capitals, as signs and letters write them, they read as a person or a place
("Banco" and "Sala" are surnames, "Sangre" and "Partos" look like a town's tail), and a
redacted unit wrecks the sentence it is in, which says where the patient goes. They are
no identifier: every hospital has them. A word inside one of these names, said whole, is
clinical; a surname alone ("la doctora Banco") is not touched.
"""

from __future__ import annotations

import re
from functools import cache

# Written accent-free and lower case; matched against the folded text.
UNITS_OF_CARE_ES = (
    "banco de sangre", "sala de partos", "sala de parto", "hospital de dia", "clinica del dolor",
    "salud mental", "otorrino", "otorrinolaringologia", "inmunizaciones", "vacunatorio",
    "consulta externa", "trabajo social", "terapia intensiva", "cuidados intensivos",
    "terapia intermedia", "cuidados intermedios", "medicina familiar", "medicina interna",
    "medicina nuclear", "medicina preventiva", "medicina del trabajo", "salud ocupacional",
    "planificacion familiar", "control prenatal", "toma de muestras", "rayos x",
    "sala de espera", "sala de urgencias", "cirugia ambulatoria", "cirugia general",
    "clinica de heridas", "clinica de displasias", "clinica de lactancia",
    "banco de leche", "unidad coronaria", "unidad de quemados", "hemodialisis",
    "dialisis peritoneal", "consulta de enfermeria", "atencion primaria", "epidemiologia",
)


@cache
def _units() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(u) for u in UNITS_OF_CARE_ES) + r")\b")


def in_a_unit_of_care(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` inside the name of a hospital unit said whole?"""
    from redaction.wordlists import fold

    lo, hi = max(0, start - 30), min(len(text), end + 30)
    window = text[lo:hi]
    folded = "".join(fold(c) or c for c in window).lower()
    if len(folded) != len(window):  # a letter folded into two: offsets no longer line up
        return False
    return any(m.start() <= start - lo and end - lo <= m.end()
               for m in _units().finditer(folded))
