"""Stop 35's rules: street addresses written with abbreviations and their periods, a
business named before the street it is on, a highway's exit, Spanish places named after
"de" and by frequent nouns, towns said after a condition and "en", and Spanish
nicknames said with their article. Sentences written for these tests, not taken from
any benchmark set."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from tests.redaction_helpers import hidden, touched


@pytest.mark.parametrize("text, address", [
    ("Please mail it to 455 W. Fairview Dr., Apt. 12, Boise", "455 W. Fairview Dr., Apt. 12"),
    ("send it to 12 N. Oak St. please", "12 N. Oak St."),
    ("We moved to 1200 E. Maple Ave. Apt. 3 last spring", "1200 E. Maple Ave. Apt. 3"),
    ("he stays at 9 Mt. Vernon Ave. with his aunt", "9 Mt. Vernon Ave."),
    ("the office is at 300 Martin Luther King Jr. Blvd. downstairs",
     "300 Martin Luther King Jr. Blvd."),
])
def test_an_address_written_with_abbreviations_is_hidden_whole(redactor: Redactor, text: str,
                                                               address: str) -> None:
    assert hidden(redactor, text, address, "en")


@pytest.mark.parametrize("text, words", [
    ("I take 2 pills. Oak Street is where I walk the dog", "pills"),
    ("we are at 9 Vernon Ave now, come by", "now"),
])
def test_a_period_or_a_word_after_the_street_stays(redactor: Redactor, text: str,
                                                   words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize("text, place", [
    ("she was with me at club tropicana on ocean drive that night", "club tropicana"),
    ("the coach at ironside boxing on kedzie saw my eye swell", "ironside boxing"),
    ("we met at Gus's Tavern on Fulton Street after work", "Gus's Tavern"),
    ("the pharmacy on halsted has my refill", "halsted"),
])
def test_a_business_before_its_street_is_hidden(redactor: Redactor, text: str,
                                                place: str) -> None:
    assert hidden(redactor, text, place, "en")


@pytest.mark.parametrize("text, words", [
    ("he goes to dialysis on mondays and thursdays", "dialysis"),
    ("I was at the gym on Tuesday when my knee gave out", "gym"),
    ("she was at work on her feet all day", "work"),
    ("he was at home on oxygen all week", "oxygen"),
    ("she goes to physical therapy off route nine", "physical therapy"),
])
def test_care_time_and_home_before_on_stay(redactor: Redactor, text: str,
                                           words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize("text, exit_", [
    ("i pulled over at exit two oh four on i forty to take the call", "exit two oh four"),
    ("We got off at exit 7 off Route 30 and found the urgent care", "exit 7"),
])
def test_a_highway_exit_is_hidden_with_its_road(redactor: Redactor, text: str,
                                                exit_: str) -> None:
    assert hidden(redactor, text, exit_, "en")


def test_a_pronoun_before_a_number_is_no_interstate(redactor: Redactor) -> None:
    assert not touched(redactor, "and then i twenty more minutes of pain", "twenty", "en")


@pytest.mark.parametrize("text, place", [
    ("me hicieron la cirugía de la vesícula en toluca y desde entonces no tolero la grasa",
     "toluca"),
    ("tengo diabetes en monterrey y allá me controlan", "monterrey"),
    ("nos quedamos en el albergue casa del peregrino en juárez", "casa del peregrino"),
    ("fue en el salón las gardenias donde me dio el dolor", "las gardenias"),
    ("estábamos en la playa de la barceloneta y me cortó un vidrio", "barceloneta"),
    ("trabaja en el bar casa lucio de la plaza", "casa lucio"),
])
def test_spanish_places_after_a_condition_and_after_de_are_hidden(
        redactor: Redactor, text: str, place: str) -> None:
    assert hidden(redactor, text, place, "es")


@pytest.mark.parametrize("text, words", [
    ("vuelva a la farmacia del hospital por la insulina", "farmacia del hospital"),
    ("la escuela de enfermería queda lejos", "escuela de enfermería"),
    ("en la clínica de fertilidad me hicieron el ultrasonido", "clínica de fertilidad"),
    ("el salón de clases estaba muy frío", "salón de clases"),
    ("tiene fiebre amarilla desde hace dos días", "fiebre amarilla"),
])
def test_spanish_kinds_of_place_and_conditions_stay(redactor: Redactor, text: str,
                                                    words: str) -> None:
    assert not touched(redactor, text, words, "es")


@pytest.mark.parametrize("text, nickname", [
    ("y el chato, mi vecino, me llevó a urgencias", "chato"),
    ("el flaco y la güera me llevaron en la camioneta", "flaco"),
    ("el flaco y la güera me llevaron en la camioneta", "güera"),
    ("me fui con el pelón al hospital", "pelón"),
    ("Y el Chino me amarró la pierna con un trapo", "Chino"),
])
def test_a_spanish_nickname_said_with_its_article_is_hidden(redactor: Redactor, text: str,
                                                            nickname: str) -> None:
    assert hidden(redactor, text, nickname, "es")


@pytest.mark.parametrize("text, words", [
    ("tengo el dedo gordo muy hinchado", "gordo"),
    ("tomo la blanca y la negra en la mañana", "negra"),
    ("se le puso negro el dedo del pie", "negro"),
])
def test_the_same_words_as_adjectives_stay(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "es")


@pytest.mark.parametrize("text, part, language", [
    ("Vivimos en Av. Sarmiento N° 412, Bahía Blanca 8000, Buenos Aires.", "8000", "es"),
    ("Mándelo a Calle 3ª # 14-20, Local 5, Pasto, Nariño.", "Local 5", "es"),
    ("Mándelo a Calle 3ª # 14-20, Local 5, Pasto, Nariño.", "3ª # 14-20", "es"),
    ("Vivo en Los Aromos 220, Temuco, Región de La Araucanía, 4780000.", "4780000", "es"),
    ("Ship it to 77 Birch Lane, Suite 4, Dayton, 45402.", "Suite 4", "en"),
])
def test_the_parts_after_a_written_street_are_hidden(redactor: Redactor, text: str,
                                                     part: str, language: str) -> None:
    assert hidden(redactor, text, part, language)


def test_a_dose_after_an_address_stays(redactor: Redactor) -> None:
    text = "Vivo en Calle Hidalgo 45, Puebla, 1000 mg de metformina al día."
    assert not touched(redactor, text, "1000 mg", "es")


@pytest.mark.parametrize("text, day, language", [
    ("Last Tuesday the 3rd my son drove me to the ER.", "the 3rd", "en"),
    ("last tuesday the third my son drove me to the e r", "the third", "en"),
    ("we went down there the weekend of the sixth for a funeral", "the sixth", "en"),
    ("on or around the second she started coughing", "the second", "en"),
    ("we stayed until the eighth and then flew home", "the eighth", "en"),
    ("el martes pasado el seis mi nuera me llevó al doctor", "seis", "es"),
    ("El domingo pasado, el 7 empezó la fiebre.", "domingo pasado, el 7", "es"),
])
def test_a_day_of_the_month_after_its_weekday_or_a_time_cue_is_hidden(
        redactor: Redactor, text: str, day: str, language: str) -> None:
    assert hidden(redactor, text, day, language)


@pytest.mark.parametrize("text, words", [
    ("on sunday the first thing i did was call my sister", "first thing"),
    ("after the first dose i felt sick all day", "first dose"),
    ("until the second week it was fine", "second week"),
    ("the morning of the second surgery she was calm", "second surgery"),
])
def test_an_ordinal_that_counts_stays(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")


@pytest.mark.parametrize("text, name, language", [
    ("i was staying with oluwaseyi at the time", "oluwaseyi", "en"),
    ("we went with kulwinder to the fair", "kulwinder", "en"),
    ("old man jenkins let us borrow his truck", "jenkins", "en"),
    ("baker the landlord never fixed the stairs", "baker", "en"),
    ("fuimos a la casa de gloria a comer", "gloria", "es"),
    ("estuve en casa de marco dos días", "marco", "es"),
])
def test_a_name_in_a_person_slot_of_a_story_is_hidden(redactor: Redactor, text: str,
                                                      name: str, language: str) -> None:
    assert hidden(redactor, text, name, language)


@pytest.mark.parametrize("text, words, language", [
    ("she was treated with zolbetuximab for a year", "zolbetuximab", "en"),
    ("the old man was short of breath", "short of breath", "en"),
    ("la casa de salud queda lejos", "salud", "es"),
    ("me quedé en la casa de reposo dos meses", "reposo", "es"),
])
def test_a_medicine_or_a_kind_of_house_stays(redactor: Redactor, text: str, words: str,
                                             language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize("text, words, language", [
    ("he had tommy john surgery on that elbow years ago", "tommy john surgery", "en"),
    ("Soak it in Epsom salts twice a day.", "Epsom salts", "en"),
    ("me pusieron sales de epsom en el agua", "sales de epsom", "es"),
])
def test_named_remedies_and_operations_stay(redactor: Redactor, text: str, words: str,
                                           language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize("text, place", [
    ("we got takeout from Rosa's Kitchen on Elm before I got sick", "Rosa's Kitchen"),
    ("i pulled over at exit two oh four on i forty to take the call",
     "exit two oh four on i forty"),
])
def test_a_business_named_by_its_owner_and_an_exit_with_its_road(redactor: Redactor,
                                                                 text: str,
                                                                 place: str) -> None:
    assert hidden(redactor, text, place, "en")


@pytest.mark.parametrize("text, town", [
    ("Le hablamos desde La Cumbre, en Córdoba.", "La Cumbre"),
    ("mi hermana vive en los mochis", "los mochis"),
])
def test_a_spanish_town_keeps_its_article(redactor: Redactor, text: str, town: str) -> None:
    assert hidden(redactor, text, town, "es")


@pytest.mark.parametrize("text, words, language", [
    ("i was at the gym on creatine and got cramps", "creatine", "en"),
    ("They kept me at the hospital on telemetry overnight.", "telemetry", "en"),
    ("he is at the halfway house on probation", "probation", "en"),
    ("i got a text from my sister on whatsapp", "whatsapp", "en"),
    ("45 Oak St., 1200 a month is what I pay.", "1200", "en"),
    ("six rounds of chemo, and around the third my hair fell out", "the third", "en"),
    ("i had two babies and since the second my back hurts", "the second", "en"),
    ("My old man smokes a pack a day.", "smokes", "en"),
    ("I smoked weed the owner sold me.", "weed", "en"),
    ("Calle Luna 8, Morelia, 2019 fue cuando llegué.", "2019", "es"),
    ("Calle Hidalgo 5, Puebla, 1500 pesos de renta.", "1500", "es"),
    ("¿Quiere la pastilla blanca o la negra?", "negra", "es"),
    ("Con el mono me duele todo el cuerpo.", "mono", "es"),
    ("Me duele el gordo del pie derecho.", "gordo", "es"),
    ("En la casa de caridad nos dieron comida.", "caridad", "es"),
    ("estuve dos horas en la playa de estacionamiento", "estacionamiento", "es"),
])
def test_what_the_review_found_over_redacted_stays(redactor: Redactor, text: str, words: str,
                                                   language: str) -> None:
    assert not touched(redactor, text, words, language)


@pytest.mark.parametrize("text, part, language", [
    ("we live at 1200 N.E. 45th St. in Portland", "1200 N.E. 45th St.", "en"),
    ("al güero le dio un infarto anoche", "güero", "es"),
])
def test_what_the_review_found_missed_is_hidden(redactor: Redactor, text: str, part: str,
                                                language: str) -> None:
    assert hidden(redactor, text, part, language)


@pytest.mark.parametrize("text, family", [
    ("the baby is with the Adeyemis now, out in Boise.", "Adeyemis"),
    ("we were at the garcias house for dinner", "garcias"),
    ("we stayed with the johnsons over the holidays", "johnsons"),
])
def test_a_family_said_by_its_surname_is_hidden(redactor: Redactor, text: str,
                                                family: str) -> None:
    assert hidden(redactor, text, family, "en")


@pytest.mark.parametrize("text, words", [
    ("we went camping out in the woods", "woods"),
    ("he was with the browns at the game", "browns"),
    ("she gets along with the nurses and the aides", "aides"),
])
def test_words_in_the_plural_stay(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "en")


def test_an_iban_is_hidden_with_its_country(redactor: Redactor) -> None:
    text = "La cuenta es ES91 2100 0418 4502 0005 1332, a nombre de mi hermano."
    assert hidden(redactor, text, "ES91 2100 0418 4502 0005 1332", "es")


@pytest.mark.parametrize("text, name", [
    ("la que me cuida es mercedes", "mercedes"),
    ("el que me lleva a diálisis es franco", "franco"),
])
def test_who_does_it_said_last_is_hidden(redactor: Redactor, text: str, name: str) -> None:
    assert hidden(redactor, text, name, "es")


@pytest.mark.parametrize("text, words", [
    ("la que me dieron es rosa", "rosa"),
    ("lo que me duele es la rodilla", "rodilla"),
    ("la que me cuida es mi hija", "hija"),
])
def test_a_thing_or_kin_said_last_stays(redactor: Redactor, text: str, words: str) -> None:
    assert not touched(redactor, text, words, "es")


def test_a_postal_code_said_after_the_town_of_an_address_is_hidden(redactor: Redactor) -> None:
    text = "vivimos en avenida sarmiento cuatrocientos doce bahía blanca ocho mil buenos aires"
    assert hidden(redactor, text, "ocho mil", "es")


def test_a_year_after_the_town_of_an_address_stays(redactor: Redactor) -> None:
    text = "vivo en calle hidalgo cinco puebla dos mil diecinueve llegué"
    assert not touched(redactor, text, "dos mil diecinueve", "es")


@pytest.mark.parametrize("text, place", [
    ("le llamo de la farmacia licenciado ortega ruiz por la receta", "licenciado ortega ruiz"),
    ("lo llevaron al hospital doctor rafael ángel calderón guardia", "rafael ángel calderón"),
    ("mi esposa es gringa de omaha y no habla español", "omaha"),
])
def test_a_place_named_for_someone_and_a_town_someone_is_from(
        redactor: Redactor, text: str, place: str) -> None:
    assert hidden(redactor, text, place, "es")


def test_a_doctor_at_a_place_stays(redactor: Redactor) -> None:
    assert not touched(redactor, "en la farmacia el doctor me recetó la insulina", "doctor",
                       "es")
