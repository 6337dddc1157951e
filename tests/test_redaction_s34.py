"""Stop 34's rules: numbers put right after an identifier, names and e-mails spelled with
example words, a place named by one word after a bare preposition, names coordinated
before a plural kin word, "Apdo." and Spanish "doble ve" addresses. Sentences written for
these tests, not taken from any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize(("text", "repair", "language"), [
    ("the zip is 33012, no, 33021", "33021", "en"),
    ("she's in apartment 7C, no wait, 7E", "7E", "en"),
    ("my cell is 312 555 0198, sorry, 0189", "0189", "en"),
    ("unit nine f no nine h", "nine h", "en"),
    ("my member number is w four four two one nine i mean four four one two nine",
     "four four one two nine", "en"),
    ("el código postal es 44100, no, perdón, 44110", "44110", "es"),
    ("mi número es cinco cinco dos ocho uno siete cuatro cero digo cuatro cero uno siete",
     "cuatro cero uno siete", "es"),
])
def test_a_number_put_right_after_an_identifier_is_hidden(redactor: Redactor, text: str,
                                                          repair: str, language: str) -> None:
    assert hidden(redactor, text, repair, language)


@pytest.mark.parametrize(("text", "words"), [
    ("my phone is 312 555 0198, no one picks up though", "one picks"),
    ("the zip is 33012, no, I moved last year", "moved"),
])
def test_words_after_a_no_are_no_repair(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize(("text", "spelled", "language"), [
    ("last name is h as in henry o l t z", "h as in henry o l t z", "en"),
    ("that's q like queen u i n t e r o", "q like queen u i n t e r o", "en"),
    ("Surname: P as in Paul, A, S, Z, T, O, R.", "P as in Paul, A, S, Z, T, O, R", "en"),
    ("su apellido es jota de jamón i eme e ene e zeta", "jota de jamón i eme e ene e zeta",
     "es"),
    ("se escribe ce de casa a ese te erre o", "ce de casa a ese te erre o", "es"),
])
def test_a_name_spelled_with_example_words_is_hidden(redactor: Redactor, text: str,
                                                     spelled: str, language: str) -> None:
    assert hidden(redactor, text, spelled, language)


@pytest.mark.parametrize(("text", "words", "language"), [
    ("i like it a lot better now", "like it a", "en"),
    ("she takes one for pain at night", "one for pain", "en"),
    ("tomo té de manzanilla en la noche", "té de manzanilla", "es"),
    ("a de la casa le duele la rodilla", "a de la casa", "es"),
])
def test_words_that_look_like_spelling_are_left(redactor: Redactor, text: str, words: str,
                                                language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize(("text", "email", "language"), [
    ("the email is t b as in boy o n e eight at yahoo dot com", "t b as in boy o n e eight "
     "at yahoo dot com", "en"),
    ("el correo es ele de luna u pe e zeta cuatro arroba hotmail punto com",
     "ele de luna u pe e zeta cuatro arroba hotmail punto com", "es"),
])
def test_an_email_spelled_with_example_words_is_hidden(redactor: Redactor, text: str,
                                                       email: str, language: str) -> None:
    assert hidden(redactor, text, email, language)


@pytest.mark.parametrize(("text", "place"), [
    ("he goes to harmony behavioral health on thursdays", "harmony behavioral health"),
    ("we get our shots at lakeside community health", "lakeside community health"),
    ("i was referred to the tsaile health care facility", "tsaile health care facility"),
    ("they sent her to the esperanza resource center", "esperanza resource center"),
])
def test_a_place_of_care_named_before_its_kind_is_hidden(redactor: Redactor, text: str,
                                                         place: str) -> None:
    assert hidden(redactor, text, place)


@pytest.mark.parametrize(("text", "words"), [
    ("we took him to adult day care on monday", "adult day care"),
    ("she went to urgent care last night", "urgent care"),
    ("i go to the food bank on tuesdays", "food bank"),
    ("he needs physical therapy twice a week", "physical therapy"),
])
def test_a_kind_of_place_is_no_name(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")


def test_names_coordinated_before_a_plural_kin_word(redactor: Redactor) -> None:
    text = "chase and river are my grandsons, they visit on sundays"
    assert hidden(redactor, text, "chase")
    assert hidden(redactor, text, "river")
    assert not touched(redactor, text, "grandsons", "en")


@pytest.mark.parametrize(("text", "address"), [
    ("Envíe los papeles al Apdo. 2290, Heredia.", "Apdo. 2290"),
    ("mándelo al apdo cuatrocientos doce", "apdo cuatrocientos doce"),
])
def test_a_spanish_post_box_abbreviated(redactor: Redactor, text: str, address: str) -> None:
    assert hidden(redactor, text, address, "es")


def test_a_spanish_web_address_said_with_doble_ve(redactor: Redactor) -> None:
    text = "entre a doble ve doble ve doble ve punto saludnorte punto org para la cita"
    assert hidden(redactor, text, "doble ve doble ve doble ve punto saludnorte punto org",
                  "es")


@pytest.mark.parametrize(("text", "date", "language"), [
    ("it started last wednesday the eighth", "last wednesday the eighth", "en"),
    ("she fell on the night of the nineteenth", "the night of the nineteenth", "en"),
    ("the cultures were drawn on seven twenty two", "seven twenty two", "en"),
    ("discharge eleven four, then home health", "eleven four", "en"),
    ("llegó el jueves pasado el veintiuno", "jueves pasado el veintiuno", "es"),
    ("se puso mal el sábado tres por la madrugada", "sábado tres por la madrugada", "es"),
])
def test_a_date_said_with_its_week_or_its_event(redactor: Redactor, text: str, date: str,
                                                language: str) -> None:
    assert hidden(redactor, text, date, language)


@pytest.mark.parametrize(("text", "words"), [
    ("any discharge from the wound since monday", "discharge from"),
    ("we talked about discharge three times", "three times"),
    ("she gets her shot at ten fifteen", "ten fifteen"),
])
def test_event_words_without_a_date_stay(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize(("text", "name", "language"), [
    ("estábamos con joaquín cuando se cayó", "joaquín", "es"),
    ("fue paula quien la llevó a urgencias", "paula", "es"),
    ("camilo me dijo que ya no le duele", "camilo", "es"),
    ("we were with mary when she fainted", "mary", "en"),
    ("tammy is the one who found him", "tammy", "en"),
])
def test_a_given_name_that_is_no_word_is_hidden_alone(redactor: Redactor, text: str,
                                                      name: str, language: str) -> None:
    assert hidden(redactor, text, name, language)


@pytest.mark.parametrize(("text", "words", "language"), [
    ("estoy con diego vomitando toda la noche", "vomitando", "es"),
    ("le traje una rosa a la virgen", "rosa", "es"),
    ("we were with hope that it would pass", "hope", "en"),
])
def test_words_beside_such_names_stay(redactor: Redactor, text: str, words: str,
                                     language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize(("text", "words", "language"), [
    ("she takes vitamin d for depression i think", "d for depression", "en"),
    ("they sent him to the e d for dizziness a while ago", "e d for dizziness", "en"),
    ("he goes to p t for the shoulder", "p t for the", "en"),
    ("hablamos de como comer y dormir", "de como comer", "es"),
    ("la vitamina d de diario y el calcio", "d de diario", "es"),
    ("my mrn is 4471902, no, 110 over 70 today", "110 over", "en"),
    ("call 555 0172, sorry, 20 units at night", "20 units", "en"),
    ("mi teléfono es 55 1234 5678, perdón, 37 y medio de fiebre", "37 y medio", "es"),
    ("i'll admit one thing, i skip doses", "one thing", "en"),
    ("yellow discharge three or four days", "three or four", "en"),
    ("positive test two out of three times", "two out", "en"),
    ("honey and lemon are my mom's remedy", "honey", "en"),
    ("chips and candy are my grandkids favorite snack", "candy", "en"),
    ("from online pharmacy they shipped it", "online pharmacy", "en"),
    ("le doy galletas maría con leche", "galletas maría", "es"),
    ("un té de hierba luisa para los nervios", "hierba luisa", "es"),
    ("she drinks a bloody mary on sundays", "bloody mary", "en"),
])
def test_what_the_review_of_these_rules_found_stays(redactor: Redactor, text: str,
                                                    words: str, language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize(("text", "names", "language"), [
    ("luz y amparo eran mis cuñadas", ("luz", "amparo"), "es"),
    ("we live with jade and river, my grandkids", ("jade", "river"), "en"),
])
def test_names_that_are_words_before_whose_kin_they_are(redactor: Redactor, text: str,
                                                        names: tuple[str, str],
                                                        language: str) -> None:
    assert all(hidden(redactor, text, name, language) for name in names)


def test_the_same_words_as_things_stay(redactor: Redactor) -> None:
    assert not touched(redactor, "la luz y el agua son mis gastos", "luz", "es")


@pytest.mark.parametrize(("text", "place"), [
    ("lo operaron en el hospital de la raza el año pasado", "hospital de la raza"),
    ("trabaja en la empacadora del sol en watsonville", "empacadora del sol"),
])
def test_a_spanish_place_named_by_ordinary_words_after_de(redactor: Redactor, text: str,
                                                          place: str) -> None:
    assert hidden(redactor, text, place, "es")


@pytest.mark.parametrize(("text", "words"), [
    ("la iglesia del pueblo está cerrada", "iglesia del pueblo"),
    ("estudió en la escuela de enfermería", "escuela de enfermería"),
    ("la llevé a la clínica del dolor", "clínica del dolor"),
])
def test_a_spanish_place_said_by_what_it_is_stays(redactor: Redactor, text: str,
                                                 words: str) -> None:
    assert not touched(redactor, text, words, "es")
