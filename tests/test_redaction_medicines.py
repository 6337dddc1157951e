"""Medicine names that no list carries survive redaction when they stand where a
medicine stands (after "tomo", "pastillas de", before "cada ocho horas"), and names
that look like medicines or words (Molina, Medina) are still redacted in a name
context. Every medicine and person here is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.gazetteer import fold
from redaction.medical_lists import extra_medicines, medicines
from tests.test_redaction_speech import hidden, untouched

INVENTED = ["Velmorax", "Quendril", "Trobazil", "zoplexin", "Dravitek", "Lumosfen",
            "Gortanil"]


def test_the_invented_medicines_are_in_no_list() -> None:
    for word in INVENTED:
        assert fold(word) not in medicines() and fold(word) not in extra_medicines()


@pytest.mark.parametrize(("text", "term"), [
    ("Tomo Velmorax cada ocho horas.", "Velmorax"),
    ("me recetaron quendril de quinientos miligramos", "quendril"),
    ("Las pastillas de Trobazil me dan sueño.", "Trobazil"),
    ("el jarabe de zoplexin no me quitó la tos", "zoplexin"),
    ("Me pusieron una inyección de Dravitek en urgencias.", "Dravitek"),
    ("dravitek dos veces al día y lumosfen en ayunas", "dravitek"),
    ("dravitek dos veces al día y lumosfen en ayunas", "lumosfen"),
    ("Soy alérgica a Gortanil.", "Gortanil"),
    ("me recetaron velmorax y quendril para el azúcar", "quendril"),
    ("El doctor me cambió el Trobazil por Gortanil.", "Gortanil"),
    ("Me dijeron que Lumosfen es para la tiroides.", "Lumosfen"),
    ("I take Velmorax twice a day.", "Velmorax"),
])
def test_a_medicine_no_list_carries_survives_in_a_medicine_frame(
        redactor: Redactor, text: str, term: str) -> None:
    language = "en" if text.startswith("I ") else "es"
    assert untouched(redactor, text, language, term)


@pytest.mark.parametrize(("text", "name"), [
    ("me llamo ana molina", "molina"),
    ("La doctora Medina me recetó Velmorax cada ocho horas.", "Medina"),
    ("Me atendió el doctor Espina, me dio Trobazil.", "Espina"),
    ("mi suegra rosario salinas toma quendril", "rosario salinas"),
    ("me dio Carlos Peñaranda la receta", "Carlos Peñaranda"),
    ("can you take Maria to her appointment tomorrow", "Maria"),
    ("soy hugo acuña rueda la paciente", "hugo acuña rueda"),
])
def test_a_name_in_a_name_context_is_still_redacted(
        redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, "en" if text.startswith("can you") else "es", name)


@pytest.mark.parametrize(("text", "term"), [
    ("En la farmacia de la esquina me vendieron Quendril sin receta.", "Quendril"),
    ("En la farmacia compré Trobazil.", "Trobazil"),
    ("Ayer me tomé dos Gortanil para el dolor.", "Gortanil"),
    ("traigo la cajita de dravitek aquí conmigo", "dravitek"),
    ("unas gotitas de lumosfen para los ojos", "gotitas de lumosfen"),
    ("Tomo Velmorax en la mañana y Quendril en la noche.", "Quendril"),
    ("Sí, Trobazil, 5 miligramos.", "Trobazil"),
    ("Tomo Velmorax, Trobazil y Quendril.", "Trobazil"),
    ("Tomo Velmorax, Trobazil y Quendril.", "Quendril"),
    ("es una pastilla que se llama quendril", "quendril"),
    ("La medicina para la presión, Trobazil, me hincha los pies.", "Trobazil"),
    ("Dravitek en gotas para el niño.", "Dravitek"),
    ("me la cambiaron por gortanil porque me caía mal", "gortanil"),
    ("Me inyectaron Lumosfen en la cadera.", "Lumosfen"),
    ("mi papá tenía azúcar alta y mi mamá triglicéridos altos", "triglicéridos altos"),
    ("tengo migrana desde hace dos meses", "migrana"),
    ("apnea del sueno desde hace doce anos", "apnea del sueno"),
])
def test_a_medicine_said_in_everyday_frames_survives(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "name"), [
    ("viene Pedro en la noche a cuidarme", "Pedro"),
    ("compré el regalo con Ana Villoria", "Ana Villoria"),
    ("la pastilla de mi hermana que se llama Rosario", "Rosario"),
    ("mi hija se llama Trobazil", "Trobazil"),
])
def test_a_given_name_in_a_medicine_frame_stays_a_name(
        redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, "es", name)


@pytest.mark.parametrize(("text", "term"), [
    ("quendril media pastilla cada seis horas", "quendril"),
    ("Sí, Trobazil, un sobre.", "Trobazil"),
    ("velmorax una tableta en la mañana", "velmorax"),
    ("dravitek una cucharada antes de dormir", "dravitek"),
])
def test_a_medicine_followed_by_one_or_half_a_dose_survives(
        redactor: Redactor, text: str, term: str) -> None:
    """ "una", "un" and "media" count a dose though they are no number words."""
    assert untouched(redactor, text, "es", term)


def test_a_name_before_a_counted_dose_is_still_redacted(redactor: Redactor) -> None:
    assert hidden(redactor, "le di a rosario salinas una pastilla", "es", "rosario salinas")


@pytest.mark.parametrize(("text", "term"), [
    ("calcort, doctora, para cálculos en la vesícula.", "calcort"),
    ("ahorita nomás tarpolen", "tarpolen"),
    ("con tylex y tensiotrat ya no me duele.", "tensiotrat"),
])
def test_a_lone_lower_case_word_no_list_knows_is_no_guess_of_the_model(
        redactor: Redactor, text: str, term: str) -> None:
    """spaCy's small Spanish model calls such words people or places; in speech they are
    mostly medicines (these are real brands that no list of the project carries)."""
    assert fold(term) not in medicines() and fold(term) not in extra_medicines()
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "name"), [
    ("vivo en tlacoyunga desde hace dos años", "tlacoyunga"),
    ("mi vecina xochiquetzal me trajo", "xochiquetzal"),
    ("la doctora cuevillas me dijo que siguiera igual", "cuevillas"),
    ("Tarpolen me dijo que viniera.", "Tarpolen"),
    ("le dije a limachi que no viniera", "limachi"),
    ("maquin", "maquin"),
])
def test_an_unknown_word_after_a_cue_with_a_capital_or_alone_is_still_redacted(
        redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, "es", name)


@pytest.mark.parametrize(("text", "term"), [
    # verbs whose object is a thing: running short of it, paying for it, using it
    ("ya no tengo quendril desde el lunes", "quendril"),
    ("todavía me quedan tres del dravitek", "dravitek"),
    ("el seguro no le cubre la velmorax a mi mamá", "velmorax"),
    ("no sé cómo usar el lumosfen", "lumosfen"),
    # a herbal tea, and a count of the medicine ("una de X")
    ("me hago un tecito de gortanil en la noche", "gortanil"),
    ("una de trobazil en la mañana y ya", "trobazil"),
    # its strength as a count of dosage forms
    ("la quendril de media pastilla ya no me hace nada", "quendril"),
    # what one does with it, after its name
    ("¿el dravitek se toma en ayunas?", "dravitek"),
    ("la doctora dice que siga con la velmorax", "velmorax"),
    # hesitations between medicines of a list are no part of a name
    ("eh, trobazil, y este, lumosfen", "trobazil"),
])
def test_a_medicine_survives_in_everyday_frames_of_supply_and_use(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "term"), [
    ("ya no tengo Diane, se me acabó", "Diane"),
    ("me quedan dos de la diane", "diane"),
    ("me la cambiaron por diane porque la otra me hinchaba", "diane"),
    ("en la farmacia me vendieron diane sin receta", "diane"),
    ("la farmacia del centro no tenía diane", "diane"),
    ("ando tomando diane desde marzo", "diane"),
])
def test_a_medicine_named_like_a_person_survives_where_no_person_can_stand(
        redactor: Redactor, text: str, term: str) -> None:
    """Diane (a contraceptive) is a given name too; nobody says "ya no tengo Diana" of a
    person (that takes the personal "a")."""
    assert untouched(redactor, text, "es", term)


@pytest.mark.parametrize(("text", "name"), [
    ("ya no tengo a rosario pantoja conmigo", "rosario pantoja"),
    ("le di a ana villoria dos pastillas", "ana villoria"),
    ("sigo con Rosario Pantoja en la casa", "Rosario Pantoja"),
])
def test_a_person_after_a_supply_verb_is_still_redacted(
        redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, "es", name)


@pytest.mark.parametrize(("text", "term"), [
    ("la trobazil me la cambiaron por otra más barata", "trobazil"),
    ("el lumosfen lo tomo con el desayuno", "lumosfen"),
    ("la quendril me la recetó el doctor del seguro", "quendril"),
    ("la Diane me la suspendieron en el hospital", "Diane"),
    ("dejé la pastilla porque tenía la depre muy fuerte", "la depre"),
])
def test_a_medicine_named_again_by_a_pronoun_survives(
        redactor: Redactor, text: str, term: str) -> None:
    """Spanish names a topic first and picks it up with "la"/"lo": what is taken,
    prescribed or changed is a medicine."""
    assert untouched(redactor, text, "es", term)


def test_a_given_name_before_a_verb_of_one_person_is_still_a_name(redactor: Redactor) -> None:
    """"la María me la dio": she may be whoever gave it."""
    assert hidden(redactor, "La Rosario Pantoja me la dio ayer.", "es", "Rosario Pantoja")


@pytest.mark.parametrize(("text", "term"), [
    ("Petrosil, doctora, para la tiroides baja.", "Petrosil"),
    ("quendril para la presión y nada más", "quendril"),
])
def test_a_medicine_followed_by_what_it_is_for_survives(
        redactor: Redactor, text: str, term: str) -> None:
    assert untouched(redactor, text, "es", term)


def test_a_given_name_before_what_it_is_for_is_still_a_name(redactor: Redactor) -> None:
    assert hidden(redactor, "Ana, doctora, para la tos me dieron jarabe", "es", "Ana")
