"""The Spanish names of medical specialists, said as a title before a surname.

"me mandó el cardiólogo serrano", "la ginecóloga ramos me dijo", "con el pediatra
orozco": patients name the specialist by specialty and surname, as they say "la doctora
plana". In lower-case speech the surname is often a frequent word (serrano, ramos,
blanco) that the name rule reads as an ordinary one unless a title stands before it; the
specialty is that title. Read by ``contexts.NAME_CONTEXT``.
"""

from __future__ import annotations

# Specialties as a regular-expression alternation, masculine and feminine, accents
# optional.
SPECIALISTS_ES = (
    r"(?:cardi|ginec|neur|dermat|psic|oftalm|traumat|ur|endocrin|nutri|odont|onc|nefr|"
    r"gastroenter|reumat|neum|otorrinolaring|anestesi|radi|hemat|infect|proct|angi)"
    r"[oó]log[oa]|pediatra|internista|psiquiatra|geriatra|dentista|nutricionista|"
    r"ortopedista|optometrista|fisioterapeuta|terapeuta|otorrino|cirujan[oa]|partera|"
    r"trabajador[a]?\s+social"
)
