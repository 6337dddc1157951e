"""Conditions named after people: when a name-word is a condition and when a person.

``EPONYMS`` are conditions first of all ("parkinson", "crohn"); ``RARE_EPONYMS`` unless a
name cue or a given name comes before ("dr. charcot"); ``EPONYMS_AFTER_A_HEAD`` only after
a condition's head word and "de" ("síndrome de Down", ``medical._BEFORE``) or as what a
diagnosis found ("le diagnosticaron Wilson", ``diagnosed_eponym``); and a lesion's head
("fractura", "tumor", "tendón") takes only its own eponyms (``lesion_eponym``).
"""

from __future__ import annotations

import re

# Name-words that are first of all conditions, tests or germs in clinic speech.
EPONYMS = frozenset("""
parkinson parkinsons alzheimer alzheimers alzhéimer crohn crohns hodgkin hodgkins
hashimoto hashimotos graves barrett barretts huntington huntingtons meniere menieres
ménière gehrig gehrigs raynaud raynauds addison addisons chagas epstein barr
guillain barré barre asperger aspergers tourette tourettes cushing cushings sjogren
sjögren sjogrens kawasaki lyme marfan paget pagets
hirschsprung kaposi kaposis ebola zika dengue chikungunya papanicolau papanicolaou pap
holter doppler apgar heimlich whipple fallot osgood schlatter
dupuytren dupuytrens peyronie
""".split())
# Rarer eponyms, surnames first of all: a condition unless a name cue ("dr. charcot", "mi
# vecino charcot") or a given name ("john waldenstrom") comes before (a review found
# those let through when they were all in EPONYMS).
RARE_EPONYMS = frozenset("""
duchenne wilms willebrand danlos behcet behçet quervain valsalva mantoux friedreich
fanconi creutzfeldt korsakoff waldenstrom waldenström alport bartter perthes charcot
""".split())  # Bell, Wilson, Graves, Down, Baker: names too, medical only in context; and
# Lewy, Gaucher, Fabry, Burkitt: surnames too, conditions after a head word (_BEFORE)
# Eponyms that are given names or surnames too, medical after a head word ("síndrome
# de Down", "parálisis de Bell", "tendón de Aquiles", "sarcoma de Ewing"); any other
# name-word there is a person's ("el quiste de Ana").
EPONYMS_AFTER_A_HEAD = frozenset("""
down bell wilson graves still gilbert lou gehrig morton ewing curling colles baker
barrett burkitt lewy gaucher fabry pott bright coombs babinski heberden reiter turner
klinefelter rett dravet lennox west horner ramsay hunt quervain scheuermann meckel
chiari arnold conn basedow takayasu wegener goodpasture berger castleman pancoast
bowen gleason glasgow trendelenburg epley romberg phalen tinel murphy mcburney sever
tietze sudeck volkmann smith monteggia galeazzi bennett rolando jones maisonneuve
kienbock freiberg kohler haglund aquiles achilles babinsky wernicke korsakoff broca
hartmann bartholin skene cowper douglas fallopio eustaquio von van der den
carrion carrión noonan pompe henoch schonlein schönlein digeorge krabbe mcardle ormond
plummer reye sheehan stargardt zenker patau angelman kallmann kartagener refsum
moyamoya williams edwards schilling
""".split())
# Heads that name a lesion or an organ as often as a condition ("la fractura de Rolando
# Pérez", "el tumor de Douglas, mi esposo", a review): after them only that head's own
# eponyms, with no name-word after them ("neuroma de Morton", "tendón de Aquiles").
_LESION_EPONYMS = {
    "fractura": "colles jones bennett rolando smith monteggia galeazzi maisonneuve barton",
    "tendon": "aquiles achilles", "neuroma": "morton", "sarcoma": "ewing kaposi",
    "ulcera": "curling cushing marjolin", "tumor": "wilms warthin krukenberg pancoast",
    "anemia": "fanconi addison cooley", "esofago": "barrett",
    "nodulo": "heberden bouchard osler schmorl", "nodulos": "heberden bouchard osler schmorl",
    "ganglio": "virchow", "glandula": "bartholin skene cowper",
    "glandulas": "bartholin skene cowper", "trompa": "eustaquio falopio fallopio",
    "trompas": "eustaquio falopio fallopio"}
_LESION_BEFORE = re.compile(r"\b(neuroma|sarcoma|[uú]lcera|tumor|fractura|anemia|tend[oó]n|"
                            r"es[oó]fago|n[oó]dulos?|ganglio|gl[aá]ndulas?|trompas?)"
                            r"\s+(?:de\s+(?:la\s+)?)?$", re.I)
_NAME_WORD_AFTER = re.compile(r"[\s-]+([^\W\d_]+)")


def lesion_eponym(text: str, start: int, end: int, key: str) -> bool:
    """Is ``key`` (folded) at ``text[start:end]`` the eponym of the lesion head said before
    it, with no name-word after it (a surname would make it a person's name)?"""
    from redaction.gazetteer import fold, names

    lesion = _LESION_BEFORE.search(text, max(0, start - 30), start)
    if lesion is None or key not in _LESION_EPONYMS.get(fold(lesion.group(1)), "").split():
        return False
    after = _NAME_WORD_AFTER.match(text, end)
    return after is None or fold(after.group(1)) not in names()


# What a diagnosis names, said right before an eponym that is a name-word too: "le
# diagnosticaron Wilson", "lo están estudiando por Wilson", "descartaron Down", "padece de
# Bell". No person is diagnosed, ruled out, studied for or suffered from; a person after
# these verbs takes the personal "a" ("tiene a Wilson de médico"), which keeps the frame
# from matching. A verb of finding only in the plural or as a participle: in the
# singular the name after it is who found ("Me lo confirmó Wilson ayer", "Me diagnosticó
# Bell en la clínica", a review), and "confirmar con" is whom one checks with.
_DIAGNOSED_BEFORE = re.compile(
    r"\b(?:(?:(?:me|le|te|se|nos|les|lo|la)\s+)?(?:diagnostic|detect|descart|confirm)"
    r"(?:aron|an|aban|ado|ada|ados|adas)(?:\s+de)?|"
    r"(?:estudi\w*|en\s+estudio|sospech\w*|descartar|descartando|evaluando|"
    r"tratamiento|tratando\w*)\s+(?:por|de|para)|"
    r"(?:padec\w*|sufr\w*|enferm[oa]s?)\s+de)\s+$", re.I)
# Having, suffering or a check-up take a person as readily ("Ya tiene Wilson la receta",
# "Sufrió Wilson una caída", "El control de Wilson es el lunes", a review): there the
# eponym must end its clause ("tiene gilbert y por eso...", "sufre Graves desde niña").
_HAD_BEFORE = re.compile(
    r"\b(?:(?:padec\w*|sufr\w*)|control\s+(?:por|de|para)|"
    # "la tiene Gilbert": who has it, after the thing's pronoun
    r"(?<!\bla\s)(?<!\blo\s)(?<!\blas\s)(?<!\blos\s)"
    r"(?:tiene|tengo|ten[ií]a|tienen|tenemos|tenga))\s+$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:$|[.,;:!?)]|(?:y|e|o|ni|pero|porque|pues|desde|hace)\b)",
                          re.I)
# Eponyms that are names too and are said bare after those verbs; the particles and
# words of other meanings ("still", "west", "smith") of ``EPONYMS_AFTER_A_HEAD`` left out.
_DIAGNOSED_EPONYMS = frozenset("""
down bell wilson graves gilbert gehrig ewing barrett burkitt lewy gaucher fabry pott
bright turner klinefelter rett dravet lennox horner ramsay quervain scheuermann meckel
chiari conn basedow takayasu wegener goodpasture berger castleman tietze sudeck
""".split()) | RARE_EPONYMS


def diagnosed_eponym(text: str, start: int, end: int, key: str) -> bool:
    """Is ``key`` (folded) at ``text[start:end]`` a name-word eponym named as what a
    diagnosis found, with no name-word after it (a surname makes it a person's name)?"""
    from redaction.gazetteer import fold, names
    from redaction.wordlists import common

    if key not in _DIAGNOSED_EPONYMS:
        return False
    if _DIAGNOSED_BEFORE.search(text, max(0, start - 40), start) is None \
            and (_HAD_BEFORE.search(text, max(0, start - 40), start) is None
                 or not _CLAUSE_ENDS.match(text, end)):
        return False
    after = _NAME_WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = fold(after.group(1))
    return word not in names() or word in common("es")
