"""Helper MK15's Spanish must-keep fixes (issue 10): brands of Spain and Latin America
that no list held, an unknown brand after "le puse" / "le pusimos", after a first-person
verb of wanting or needing ("ya no quiero X") or named by a cleft ("lo único que tomo es
X"), asked for ("que me recete X"), listed after a colon, compared with a known medicine
("¿es lo mismo X que omeprazol?"), named as the pill for an ailment ("se llama X, la de
la presión") or taken now instead of another ("antes tomaba X, ahora Y"); skin lesions
that are surnames ("callos", "llagas"); parts of the body and lesions that name lists
hold, after their article ("manchas en la cara", "árnica en el golpe"); and a verb first
in its sentence with a medicine as its object ("Tomé Desenfriol"). Beside each, the same
frame with a person or a town, who stays hidden. Every sentence, person and town is
invented for these tests, in written and in spoken (lower-case, unpunctuated) form."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched
from tests.redaction_helpers import spoken_es as _spoken

KEPT = [
    # brands no list held, said alone or in frames that no rule reads
    ("Dolocatil, nada más.", "Dolocatil"),
    ("Creo que era Algidol o algo así.", "Algidol"),
    ("Ahorita nomás Nastizol.", "Nastizol"),
    ("Glanique y Femibion, esas dos.", "Glanique"),
    ("Glanique y Femibion, esas dos.", "Femibion"),
    ("¿Le doy Alba o Mentisan?", "Alba"),
    ("Le dieron Secnidal para los parásitos.", "Secnidal"),
    ("Desde entonces Valcote y Uxbal.", "Uxbal"),
    ("Uso Dolorub en el pecho del niño.", "Dolorub"),
    # an unknown word after a verb of putting it on someone
    ("Le puse Zentrovax en el moretón.", "Zentrovax"),
    ("Mi hijo tiene piojos y le pusimos Quelorin.", "Quelorin"),
    # a skin lesion that a surname list holds
    ("Tengo callos en los pies de tanto caminar.", "callos"),
    ("Me salieron llagas en la boca.", "llagas"),
    # a verb first in its sentence, a listed medicine its object
    ("Tomé Desenfriol y me sentí mejor.", "Tomé"),
    # a part of the body that a name or place list holds, with its article, is no place
    ("Me salieron manchas en la cara.", "cara"),
    ("Tengo un lunar en la coronilla.", "coronilla"),
    ("Tengo una bolita en el seno izquierdo.", "seno"),
    ("Me duele la espina desde la caída.", "espina"),
    # an unknown word after a first-person verb of wanting or needing, or named by a cleft
    ("Ya no quiero Vortalin, me cae mal.", "Vortalin"),
    ("Busco Pulmodex para mi mamá.", "Pulmodex"),
    ("Necesito más Gastrimel, ya se me acabó.", "Gastrimel"),
    ("Lo único que tomo es Fibrolina.", "Fibrolina"),
    ("Lo que me recetaron fue Cardizal.", "Cardizal"),
    # a skin lesion that a surname list holds, after its article
    ("Me pongo árnica en el golpe.", "golpe"),
    ("Me salió un grano en la espalda y me pongo pomada en el grano.", "grano"),
    # asked to be prescribed; a list after a colon; compared with a known medicine
    ("Quiero que me recete Cardizal otra vez.", "Cardizal"),
    ("Tomo tres: Fibrolina, Somnarel y Cardizal.", "Somnarel"),
    ("Tomo tres: Fibrolina, Somnarel y Cardizal.", "Cardizal"),
    ("¿Es lo mismo Ardovil que omeprazol?", "Ardovil"),
    ("¿Es lo mismo omeprazol que Ardovil?", "Ardovil"),
    # named, then the pill for an ailment with its noun left out
    ("Se llama Cardizal, la de la presión.", "Cardizal"),
    # taken now in place of another, the verb said once
    ("Antes tomaba Cardizal, ahora Tensimax.", "Tensimax"),
    ("Del omeprazol me cambiaron al Ardovil.", "Ardovil"),
    # asked for, preferred, rubbed on, its generic, better than a known one
    ("¿Me puede dar Ardovil, por favor?", "Ardovil"),
    ("Prefiero Ardovil, el otro me cae mal.", "Ardovil"),
    ("Le unté Dermaflox al niño.", "Dermaflox"),
    ("¿Tiene Ardovil genérico?", "Ardovil"),
    ("Me cae mejor Ardovil que omeprazol.", "Ardovil"),
    # a qualifier after a condition still makes it one (not after an article or a town's
    # head: "El Alto", "Villa Alta")
    ("Tengo la presión alta y el azúcar alta.", "azúcar"),
    ("Tengo el pie diabético.", "pie"),
    # eponyms after a condition's head word
    ("A mi hijo le diagnosticaron síndrome de Noonan.", "Noonan"),
    ("Le diagnosticaron enfermedad de Carrión en Huaraz.", "Carrión"),
    ("El bebé tiene síndrome de Williams.", "Williams"),
    ("Le hicieron la prueba de Schilling.", "Schilling"),
    # a hospital unit said by its name, with capitals
    ("Me mandaron a Banco de Sangre el martes.", "Banco de Sangre"),
    ("Estoy esperando en Sala de Partos desde las ocho.", "Sala de Partos"),
    ("La cita es en Salud Mental, con la psicóloga.", "Salud Mental"),
    ("Me mandaron a Clínica del Dolor por la espalda.", "Clínica del Dolor"),
]

HIDDEN = [
    # the same frames with a person or a town
    ("A mi hija le pusimos Ximena.", "Ximena"),
    ("La doctora Sarna me atendió ayer.", "Sarna"),
    ("Me llamo Rubén Callos y vivo en Temuco.", "Rubén Callos"),
    ("Me llamo Rubén Callos y vivo en Temuco.", "Temuco"),
    ("Vivo en Tomé y tomo Dolocatil.", "Tomé"),
    ("Mi hija Valentina toma Algidol cuando le duele la cabeza.", "Valentina"),
    ("El doctor Etxeberria me quitó el Dolocatil.", "Etxeberria"),
    ("Le di a Alba el Mentisan.", "Alba"),
    ("Me inyectaron Marisol en el brazo.", "Marisol"),
    # the body words as names and towns
    ("La señora Cara vive en la esquina.", "Cara"),
    ("Me atendió la doctora Seno.", "Seno"),
    ("Vivo en Caras con mi hija.", "Caras"),
    # a person wanted or needed takes the personal "a"; a surname keeps its chance
    ("Busco a Quispe, el de rayos.", "Quispe"),
    ("Ya no quiero a Mamani de doctor.", "Mamani"),
    ("Necesito Quispe que me atienda.", "Quispe"),
    ("Lo que quiero es Quispe de doctor.", "Quispe"),
    # the same frames said of people and towns
    ("Quiero que me recete el doctor Quispe la pastilla.", "Quispe"),
    ("Se llama Ana, la de la presión.", "Ana"),
    ("Se llama Quispe, el de la tienda.", "Quispe"),
    ("Antes iba con Ana, ahora Rosa me trae.", "Rosa"),
    ("De Temuco me pasé a Talca.", "Talca"),
    ("Antes tomaba losartán, ahora Quispe me da otra.", "Quispe"),
    ("¿Me puede dar Quispe la cita?", "Quispe"),
    ("Me puse Quispe de apellido al casarme.", "Quispe"),
    ("Prefiero a Mamani de doctor.", "Mamani"),
    ("Me cae mejor Ana que Rosa.", "Ana"),
    ("Le unté a Rosa la crema.", "Rosa"),
    # a surname shaped like a drug is no drug by its shape alone
    ("Le dieron Paracetamol Ticona.", "Ticona"),
    # the same surnames as people, and the town beside the eponym
    ("Le diagnosticaron enfermedad de Carrión en Huaraz.", "Huaraz"),
    ("El doctor Williams me atendió.", "Williams"),
    ("Mi vecino Edwards tiene diabetes.", "Edwards"),
    ("Me atendió la enfermera Noonan.", "Noonan"),
    # the unit's words as names, alone
    ("La doctora Banco me atendió.", "Banco"),
    ("Me mandó el doctor Partos a Banco de Sangre.", "Partos"),
]


# Written only: said in lower case, these leak at this commit and did before it (a given
# name after "le puse" with "de nombre", a census given name before a medicine, "rosa"
# after "que", "el alto" and "villa alta" in lower case).
HIDDEN_WRITTEN = [
    ("Le puse Valentina de nombre a mi hija.", "Valentina"),
    ("Mercedes Paracetamol no vino hoy.", "Mercedes"),
    ("Soy Gloria Ticona, de El Alto, y tengo gastritis.", "Gloria Ticona"),
    ("Soy Gloria Ticona, de El Alto, y tengo gastritis.", "El Alto"),
    ("Vivo en Villa Alta con mi hija.", "Villa Alta"),
    ("¿Es lo mismo Ana que Rosa?", "Rosa"),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN_WRITTEN)
def test_written_person_in_the_same_frame_stays_hidden(redactor: Redactor, text: str,
                                                       value: str) -> None:
    assert hidden(redactor, text, value, "es")


@pytest.mark.parametrize(("text", "term"), KEPT)
@pytest.mark.parametrize("spoken", [False, True])
def test_clinical_word_survives(redactor: Redactor, text: str, term: str,
                                spoken: bool) -> None:
    if spoken:
        text, term = _spoken(text), term.lower()
    assert not touched(redactor, text, term)


@pytest.mark.parametrize(("text", "value"), HIDDEN)
@pytest.mark.parametrize("spoken", [False, True])
def test_person_or_town_in_the_same_frame_stays_hidden(redactor: Redactor, text: str,
                                                       value: str, spoken: bool) -> None:
    if spoken:
        text, value = _spoken(text), value.lower()
    assert hidden(redactor, text, value, "es")
