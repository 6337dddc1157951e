"""What a number said in speech identifies, by the words just before it: "my phone is …",
"member id …", "el expediente …"; and the readings after which a long run of numbers is
more readings, not an id ("la presión me dio ciento treinta y cinco ochenta y cinco").

Why here: the digits alone rarely say what they are, so every finder of id numbers
(``recognizers``, ``spoken_ids``, ``alphanumeric_ids``) asks this one table.
"""

from __future__ import annotations

import re

CONTEXT_CHARS = 48

# Words that name a phone or what is sent to one, for numbers as short as six digits.
PHONE_WORDS = {
    "en": r"phone|\bcell\b|mobile|\bfax\b|messages?|\btexts?\b|\bsms\b|whatsapp|"
          r"voicemail|landline|\btel\b|\bcall\b",
    "es": r"teléfono|telefono|móvil|movil|celular|mensajes?|\bsms\b|whatsapp|\bfijo\b|"
          r"\bfax\b|\bllam",
}
# What a six-digit count is when it is no phone: a lab value or an amount ("platelets
# 450000", "150000 plaquetas", "120000 calories"). Never a phone when one of these
# stands between the phone word and the number, or right after the number.
_COUNT_WORDS = (r"platelets?|plaquetas?|plt|wbc|rbc|white|red|cells?|células?|celulas?|"
                r"leu[ck]ocytes?|leucocitos?|neutr[oó]filos?|neutrophils?|lymphocytes?|"
                r"linfocitos?|gl[oó]bulos?|counts?|recuento|conteo|cuenta|viral|carga|load|"
                r"cop(?:y|ies)|copias?|calor[ií]as?|calories|steps|pasos|units?|unidades|"
                r"ufc|cfu|iu|ui|per|por|mcl|µl|ul|mm3|labs?|level|nivel|niveles|levels|"
                r"results?|resultados?|hemoglobin|hemoglobina|sodium|sodio|glucose|glucosa")
_COUNT_AFTER = re.compile(rf"[\s,:/]*(?:{_COUNT_WORDS})\b", re.I)


def _six_digit_phone(language: str) -> str:
    """The phone word right before six digits, with at most two words between ("call
    41 28 57", "mi móvil es 412857", "my cell is 412857"), none of them a count's word:
    a phone word further back ("call me if platelets are below 150,000") is about
    something else."""
    word = r"(?!(?:" + _COUNT_WORDS + r")\b)[^\W\d_]['\w]*"
    return rf"(?:{PHONE_WORDS[language]})\w*(?:[\s,:.-]+{word}){{0,2}}[\s,:.-]*$"

# A cue with only the words that name its number between it and the number.
_RIGHT_AFTER = (r"(?:[\s,:#.-]+(?:id|number|no|num|badge|card|is|my|the|es|el|mi|n[uú]mero|"
                r"de|del|int[eé]rprete|empleado|gafete|caso))*[\s,:#.-]*$")
# (entity type, context words before the number, minimum digits), first match wins.
_NUMBER_CONTEXT = {
    "en": [
        ("US_SSN", r"last four|\bssn\b|\bsocial\b", 4),  # "the last four of my social"
        ("US_SSN", r"social security", 7),
        (
            "MEDICAL_RECORD_NUMBER",
            r"medical record|\brecords?\b|\bmrn\b|\bchart\b|"
            r"patient (?:id|number)|hospital number|case number",
            4,
        ),
        # "passport number", "license number": an id, not the phone "number" says
        ("ID_NUMBER", r"passport|licen[cs]e|driver'?s|\bplates?\b|account|\bacct\b", 5),
        # who someone is at work, and the numbers of their paperwork: "interpreter id
        # 2207", "my badge is 3391", "claim 2025-0447", "confirmation number 7734"
        # (four digits only for a person's, said right after the cue: "claim denied in
        # 2023", "i got my badge in 2019" are years)
        ("ID_NUMBER", r"(?:badge|employee|interpreter|staff|group)" + _RIGHT_AFTER, 4),
        # the code that opens a home: "the lockbox code is two five eight zero"
        ("ID_NUMBER", r"(?:lock\s?box|key\s?box|gate|door|key|alarm|entry|keypad|buzzer)\s+code"
                      + _RIGHT_AFTER, 4),
        # a paper's own number said right after its name, however short: "my rx number is
        # four two two one", "the order number is eight eight three" (review RV31)
        ("ID_NUMBER", r"(?:order|rx|r x|prescription|refill|authori[sz]ation|confirmation|"
                      r"claim|case|file|account|reference|tracking|beneficiary|"
                      r"certificate|permit|store|pharmacy|branch|location)\s+(?:number|no|num|#)"
                      + _RIGHT_AFTER, 3),
        # a drug plan's card: "the bin is 610014", "rx pcn s r x oh one" (not "pcn" alone:
        # penicillin, "pcn allergy since 1998")
        ("ID_NUMBER", r"\b(?:rx\s*)?(?:bin|grp)\b|\brx\s*pcn\b|\bpcn\s+(?:is|number|#)", 4),
        ("ID_NUMBER", r"reference|\bref\b|confirmation|authori[sz]ation|\bauth\b|claim|"
                      r"ticket|tracking|order number|serial|\bvin\b|\bnpi\b|\bdea\b|permit|"
                      r"registration|certificate|\brx\b|\br x\b|prescription number", 5),
        (
            "MEMBER_ID",
            r"member|insurance|policy|medicare|medicaid|subscriber|group number|"
            r"plan (?:id|number)|beneficiary|\bid\b|identification",
            4,
        ),
        ("ZIP_CODE", r"\bzip\b|zip code|postal code", 5),
        (
            "PHONE_NUMBER",
            r"phone|number|call|\bcell\b|mobile|reach|text me|\bfax\b|contact|"
            r"extension|\bext\b|messages?|\btexts?\b|\bsms\b|whatsapp|voicemail|"
            r"landline|\btel\b",
            7,
        ),
        # Six digits are a whole phone number in small countries (Greenland, the Faroes,
        # many islands): only after a word that names a phone or its messages.
        ("PHONE_NUMBER", _six_digit_phone("en"), 6),
        ("CREDIT_CARD", r"card|visa|mastercard|amex", 12),
    ],
    "es": [
        # five digits, as for the other countries' ids: a DNI said in pairs ("veintidós
        # diecisiete dos nueve") has lost its zeros
        ("ES_NIF", r"\bdni\b|\bnie\b|\bnif\b|documento|identidad|pasaporte", 5),
        # Ids of other Spanish-speaking countries: Mexico's CURP, RFC and NSS, Chile's
        # RUT/RUN, the cédula of Colombia, Ecuador and Venezuela, DUI, DPI, carnet.
        ("ID_NUMBER", r"c[eé]dula|\bcurp\b|\brfc\b|\bru[tn]\b|\bnss\b|\bdui\b|\bdpi\b|"
                      r"\bcarn[eé]t?\b|\bine\b", 5),
        # a group's number right after it ("el grupo 4471"), not "un grupo de 1500"
        ("ID_NUMBER", r"\bgrupo[\s,:#.-]+(?:(?:n[uú]mero|no|es|el|mi)[\s,:#.-]+)*$", 4),
        ("ID_NUMBER", r"\b(?:rx\s*)?bin\b|\brx\s*pcn\b|\bpcn\s+es\b", 4),  # "el bin es 610014"
        ("ID_NUMBER", r"(?:int[eé]rprete|empleado|gafete|credencial|n[uú]mero de caso)"
                      + _RIGHT_AFTER, 4),
        # "el código del portón es tres tres siete uno"
        ("ID_NUMBER", r"(?:c[oó]digo|clave)\s+(?:del|de\s+la)\s+(?:port[oó]n|portero|puerta|"
                      r"reja|entrada|alarma|caja|candado|edificio)" + _RIGHT_AFTER, 4),
        # "el número de orden es ocho ocho tres", "mi número de beneficiario es cero cero
        # cuatro" (review RV31)
        ("ID_NUMBER", r"n[uú]mero\s+de\s+(?:orden|receta|siniestro|ficha|beneficiario|"
                      r"autorizaci[oó]n|socio|caso|cuenta|reclamo|referencia|confirmaci[oó]n|"
                      r"certificado|tr[aá]mite|solicitud)" + _RIGHT_AFTER, 3),
        ("ID_NUMBER", r"referencia|autorizaci[oó]n|confirmaci[oó]n|reclamo|n[uú]mero de "
                      r"receta|n[uú]mero de orden|n[uú]mero de serie|matr[ií]cula|"
                      r"certificado|permiso", 5),
        ("US_SSN", r"últimos cuatro|ultimos cuatro", 4),
        ("US_SSN", r"seguro social|seguridad social", 7),
        (
            "MEDICAL_RECORD_NUMBER",
            r"historia clínica|historia clinica|expediente|\bhistoria\b|\bfolio\b|"
            r"número de paciente|numero de paciente|historial",
            4,
        ),
        (
            "MEMBER_ID",
            r"afiliado|afiliación|afiliacion|póliza|poliza|seguro|tarjeta sanitaria|"
            r"tarjeta|asegurado|\bcip\b|identificación|identificacion",
            4,
        ),
        ("ZIP_CODE", r"código postal|codigo postal|\bcp\b", 5),
        (
            "PHONE_NUMBER",
            r"teléfono|telefono|móvil|movil|celular|número|numero|llam|"
            r"contacto|whatsapp|\bfijo\b|mensajes?|\bsms\b",
            7,
        ),
        ("PHONE_NUMBER", _six_digit_phone("es"), 6),
        ("CREDIT_CARD", r"tarjeta de crédito|tarjeta de credito|visa|mastercard", 12),
    ],
}
# Compiled once: they are searched before every number said, and re's own cache, shared
# with spaCy's Spanish lemmatizer and phonenumbers, overflows and compiles them again.
_CONTEXT_PATTERNS = {
    language: [(entity, re.compile(pattern), minimum) for entity, pattern, minimum in rows]
    for language, rows in _NUMBER_CONTEXT.items()
}
_DEFAULT_ID_DIGITS = 7
# A reading said just before a long run of numbers: the run is readings, not an id, when
# no id's word says otherwise (review RV31).
MEASURED_BEFORE = re.compile(r"\b(?:presi[oó]n|pressure|bp|az[uú]car|sugars?|glucosa|glucose|"
                              r"ox[ií]geno|oxygen|saturaci[oó]n|sats?|temperatura|temp|"
                              r"pulso|pulse|peso|weight|readings?|lecturas?|"
                              # lab values: "las transaminasas en ochenta y ocho y noventa"
                              r"transaminasas|transaminases|enzimas|enzymes|plaquetas|"
                              r"platelets|leucocitos|hemoglobina|hemoglobin|creatinina|"
                              r"creatinine|colesterol|cholesterol|triglic[eé]ridos|"
                              r"triglycerides)\b", re.I)
MEASURED_CHARS = 30


def type_by_context(lowered: str, start: int, digits: int, language: str) -> str:
    """What a number at ``start`` identifies, by the words just before it ("" if nothing)."""
    before = lowered[max(0, start - CONTEXT_CHARS) : start]
    for entity, pattern, minimum in _CONTEXT_PATTERNS[language]:
        if digits >= minimum and pattern.search(before):
            return entity
    if MEASURED_BEFORE.search(lowered, max(0, start - MEASURED_CHARS), start):
        return ""  # "la presión me dio ciento treinta y cinco ochenta y cinco": two readings
    return "ID_NUMBER" if digits >= _DEFAULT_ID_DIGITS else ""
