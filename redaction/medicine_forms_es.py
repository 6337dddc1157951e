"""Spanish frames that say a word no list holds is a medicine, by what the speaker does
with it rather than by how the word looks.

Fixed ways of saying a product in Spanish (a person said in them has a cue the frames
check for: "con", the personal "a", a verb of attending, a verb after the word):

- its dosage form right before it, with no "de": "la pomada X", "el jarabe X", "unas
  gotas X" ("la pomada de X" is ``medicine_context``'s);
- a product-line word right after it, as the box prints it: "X Forte", "X Plus", "X
  Duo", "X Compuesto", "X Retard", "X Infantil" ("Juan Forte" is a person: Forte is a
  surname, so a given name before those words stays a name);
- a clause after it that says it is what is taken: "X y Y, es todo lo que tomo", "X, es
  lo único que me pongo"; used up or counted after an article: "los X se me acabaron";
- a verb whose object is a thing before it, with a thing's tail after it: "¿me puede
  recetar X?", "me inyecté X";
- what it is taken for after it, or said first: "X para la presión", "Para la
  gastritis, X." (``data/conditions_es.txt``).

A word any name list holds keeps its chance to be a name in the first two frames (a
vocative "le di las pastillas Gómez" is rare but possible); a given name never becomes
a medicine here. Place names are left alone (a town before "Infantil" is a hospital's
name). A title, a relative or "me llamo" before the word is checked by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping
from functools import cache
from pathlib import Path

_FORMS = (r"pomadas?|cremas?|jarabes?|gotas|gotitas|pastillas?|pastillitas?|tabletas?|"
          r"c[aá]psulas?|comprimidos?|grageas?|inyecci[oó]n|inyecciones|ampolletas?|"
          r"ampollas?|ung[üu]entos?|parches?|inhalador|spray|sobres?|supositorios?|"
          r"[oó]vulos?|antibi[oó]ticos?|anticonceptivos?|suplementos?|vitaminas?|"
          r"analg[eé]sicos?|antiinflamatorios?|antidepresivos?|antial[eé]rgicos?|"
          r"antiácidos?|antiacidos?|calmantes?|laxantes?|colirios?|nebulizadores?")
# "la pomada X", "unas gotitas X", "el antibiótico X": an article or a count first, so
# "crema" as a colour or a surname ("Ana Crema") does not open the frame.
_FORM_BEFORE = re.compile(rf"\b(?:el|la|los|las|un|una|unos|unas|mi|mis|su|sus|otr[oa]s?|"
                          rf"dos|tres|esa|ese|esas|esos|esta|este|estas|estos)\s+"
                          rf"(?:{_FORMS})\s+$", re.I)
# Verbs whose object is a thing, said of a medicine: it is in stock ("¿hay X?",
# "¿tienen X?"), prescribed or recommended in any form ("¿me puede recetar X?", "me
# recomendaron X"), injected ("me inyecté X"), given to me ("me da X") or left over
# ("todavía me queda X"). A person after "recetó" or "recomendaron" is its subject
# ("me lo recetó Ramírez"), so a word any name list holds never counts here.
_THING_VERB_BEFORE = re.compile(
    r"\b(?:hay|habr[aá]|hab[ií]a|tienen|tendr[aá]n|venden|vende|recet\w*|recomend\w*|"
    r"recomiend\w*|inyect\w*|(?:me|le|te|nos)\s+(?:da|das|dan|daba|daban)|"
    r"(?:me|le|nos)\s+quedan?|(?:me|le|nos)\s+quedaba)\s+(?:(?:me|le|se|nos|la|lo)\s+)?"
    r"(?:(?:el|la|los|las|un|una|unos|unas|mi|mis|su|sus|otr[oa]s?|m[aá]s|dos|tres|"
    r"poc[oa]s?|algo\s+de|del)\s+)?$", re.I)
# Words a box prints after a brand's name for one of its lines.
_LINE_AFTER = re.compile(r"[\s-]+(?:forte|plus|duo|dúo|compuesto|retard|infantil|"
                         r"pedi[aá]trico|pediatric|xr|lp|ap|ultra|suspensi[oó]n|"
                         r"jarabe|gel|ung[üu]ento|ofteno|oft[aá]lmico|nasal|"
                         # how it is given: "X sublingual", "X efervescente", "X inyectado"
                         r"sublingual|efervescente|masticable|intramuscular|intravenos[oa]|"
                         r"inyectad[oa]|t[oó]pic[oa]|vaginal|rectal|"
                         r"\d+(?:[.,]\d+)?\s*(?:mg|mcg|ml))\b", re.I)
# "..., es todo lo que tomo", "son lo único que me pongo", "eso es lo que me recetaron".
_TAKEN = (r"tomo|toma|tomaba|uso|usa|usaba|pongo|pone|aplico|aplica|unto|"
          r"estoy\s+tomando|est[aá]\s+tomando|sigo\s+tomando")
# "lo que me dieron" is a thing; "la que me dio" may be a woman ("Ana es la que me dio
# las pastillas"), so after "el"/"la" only verbs of taking count.
_WHAT_I_TAKE = re.compile(
    r"\s*,?\s*(?:(?:y|o)\s+)?(?:eso\s+)?(?:es|son|fue|fueron)\s+(?:(?:todo\s+)?lo\s+"
    r"(?:[uú]nico\s+)?que\s+(?:me\s+|le\s+|nos\s+)?(?:" + _TAKEN + r"|recetaron|recet[oó]|"
    r"dieron|dio|da|dan|mandaron|mand[oó]|pusieron|cubre)|(?:el|la|los|las)\s+(?:[uú]nic[oa]s?"
    r"\s+)?que\s+(?:me\s+|le\s+)?(?:" + _TAKEN + r"))\b"
    # a count and how often, right after: "X, una diaria", "X, dos al día"
    r"|[\s,]+(?:una|uno|dos|tres|cuatro|media|medio)\s+(?:diari[oa]s?|al\s+d[ií]a|por\s+"
    r"d[ií]a|a\s+la\s+semana|cada\s+\w+)\b"
    # used up or out of date: "los X se me acabaron", "el X ya se venció"
    r"|\s+(?:ya\s+)?se\s+(?:me\s+|le\s+|nos\s+)?(?:acab|termin|venc)\w*", re.I)


_A_CLAUSE_OF_TAKING = re.compile(r"\s*,?\s*(?:(?:y|o)\s+)?(?:eso\s+)?(?:es|son|fue|fueron)\s",
                                 re.I)
_IN_ACCOUNT = re.compile(r"\s+en\s+cuenta\b", re.I)  # "es el que tomo en cuenta"
_ARTICLE_BEFORE = re.compile(r"\b(?:el|la|los|las|un|una|unos|unas|mi|mis|su|sus)\s+$", re.I)


def named_by_form_es(text: str, start: int, end: int, key: str,
                     names: Mapping[str, str], places: Container[str]) -> bool:
    """Is the word ``key`` (folded) at ``text[start:end]`` framed as a product: its form
    before it, a product-line word after it, "es todo lo que tomo" or what it is taken
    for after it?"""
    flags = names.get(key, "")
    if "F" in flags or key in places:
        return False
    taken = _WHAT_I_TAKE.match(text, end)
    if taken is not None and not _IN_ACCOUNT.match(text, taken.end()) and (
            _A_CLAUSE_OF_TAKING.match(taken.group()) is not None
            or (not flags and _ARTICLE_BEFORE.search(text, max(0, start - 12), start))):
        # "X, es todo lo que tomo"; counted or used up only after an article: "los X se
        # me acabaron", not "La póliza de Quispe ya se venció", "Con Quispe se me acabó"
        return True
    if flags:
        return False  # a surname keeps its chance to be one in the other frames
    return _FORM_BEFORE.search(text, max(0, start - 40), start) is not None \
        or ((verb := _THING_VERB_BEFORE.search(text, max(0, start - 60), start)) is not None
            and (_A_THINGS_TAIL.match(text, end) is not None
                 or verb.group().lower().startswith("inyect"))) \
        or _LINE_AFTER.match(text, end) is not None \
        or _taken_for(text, start, end, names, places) \
        or _purpose_first(text, start, end)


# "X para la presión", "X, doctora, para los hongos", "X es para la tos": what it is
# taken for. Someone is seen or sent for a condition too ("con Ramírez para la
# presión", "vaya a ver a Ruiz para la tos"): a word after "con", "a" or "de" is left
# to the name finders.
_FOR = re.compile(r"[\s,]+(?:(?:doctor|doctora|dr|dra)\.?[\s,]+)?(?:(?:es|son|sirve|sirven)"
                  r"\s+)?para\s+((?:el|la|los|las|mi|mis|su|sus)\s+)?([^\W\d_]+)", re.I)
# ... and by verbs of attending ("me atiende X para la presión", "mi doctora es X para la
# tiroides": a review).
_SEEN_BY = re.compile(r"\b(?:a|al|con|de|del|por|ver|vi|veo|llam[eéoó]|habl[eéoó]|atiend\w*|"
                      r"atendi\w*|revis\w*|ve|vio|chec\w*|trat\w*|oper\w*|mand[aoó]|mandaba|"
                      r"cuid\w*|(?:doctor|doctora|m[eé]dico|m[eé]dica)\s+es)\s+$", re.I)
# After a verb whose object may be a thing or a person ("¿hay X?", "me recomendaron X"),
# only what ends the clause or says how it is taken makes X a thing: "Me recomendaron
# Cutzal, es muy buena doctora", "¿Hay Cutzal en la oficina?" name a person (a review).
_A_THINGS_TAIL = re.compile(r"\s*(?:$|[.?!;]|,?\s*(?:para|cada|por\s+d[ií]a|al\s+d[ií]a|"
                            r"de\s+\d|\d|una|dos|tres|media|medio|en\s+(?:la\s+)?farmacia|"
                            r"en\s+(?:gotas|pastillas|"
                            r"tabletas|c[aá]psulas|jarabe|crema|pomada|ampolletas?))\b)", re.I)


# What it is for, or when it is taken, said first, the word then closing the clause:
# "Para la gastritis, X.", "En la noche X y ya". A person said there has a verb after
# it ("para la presión, Ramírez me atiende"), so only the end of what is said, a list
# going on or "nada más" may follow.
_PURPOSE_BEFORE = re.compile(r"\b(?:para\s+(?:el|la|los|las|mi|mis)\s+([^\W\d_]+)|"
                             r"(?:en|por)\s+la\s+(?:mañana|manana|noche|tarde)|"
                             r"en\s+ayunas|antes\s+de\s+(?:comer|dormir|desayunar))"
                             r"[\s,]+$", re.I)
# A time of day said first names who comes then as well ("En la mañana Cutzal y en la
# tarde mi hija": a review): only after a verb of taking earlier in the sentence.
_TAKING_EARLIER = re.compile(r"\b(?:tomo|toma|tomaba|me\s+tomo|me\s+pongo|me\s+aplico|le\s+doy|"
                             r"uso|usa)\b[^.?!]*$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:$|[.;:!?]|,?\s*(?:y\s+ya|nada\s+m[aá]s|nom[aá]s|y|o)\b)",
                          re.I)


def _purpose_first(text: str, start: int, end: int) -> bool:
    from redaction.gazetteer import fold

    found = _PURPOSE_BEFORE.search(text, max(0, start - 50), start)
    if found is None or not _CLAUSE_ENDS.match(text, end):
        return False
    if found.group(1) is None:  # a time of day, not a purpose
        return _TAKING_EARLIER.search(text, max(0, found.start() - 80), found.start()) \
            is not None
    return fold(found.group(1)) in conditions_es()


@cache
def conditions_es() -> frozenset[str]:
    """What a medicine is taken for, folded (``data/conditions_es.txt``)."""
    lines = (Path(__file__).resolve().parent / "data" / "conditions_es.txt").read_text(
        encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def seen_by_before(text: str, start: int) -> bool:
    """Does a verb of seeing, attending or sending someone stand right before ``start``
    ("me atiende X", "con X", "mi doctora es X")?"""
    return _SEEN_BY.search(text, max(0, start - 30), start) is not None


def _taken_for(text: str, start: int, end: int, names: Mapping[str, str],
               places: Container[str]) -> bool:
    from redaction.gazetteer import fold

    found = _FOR.match(text, end)
    if found is None or seen_by_before(text, start):
        return False
    purpose = fold(found.group(2))
    ambiguous = purpose in names or purpose in places  # "para Dolores" is for a woman
    return purpose in conditions_es() and (found.group(1) is not None or not ambiguous)


def singular_in(key: str, words: frozenset[str]) -> bool:
    """Is ``key`` a plural ("caderas", "párpados", "ganglios") of a word of ``words``?"""
    if len(key) < 5 or not key.endswith("s"):
        return False
    return key[:-1] in words or (key.endswith("es") and key[:-2] in words)


_LINE_WORD = re.compile(r"forte|plus|duo|dúo|compuesto|retard|infantil|pedi[aá]trico|xr|lp|ap|"
                        r"ultra", re.I)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)[\s-]+$")


def line_word_of(text: str, start: int, end: int,
                 medical: Callable[[str, int, int], bool]) -> bool:
    """Is the word at ``text[start:end]`` a product-line word ("forte", "plus") after a
    medicine (``medical`` says of a span whether it is one): "Dolotandax forte"? Forte
    is a surname too ("Ana Forte"): after a name it stays one."""
    if not _LINE_WORD.fullmatch(text, start, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and medical(text, before.start(1), before.end(1))
