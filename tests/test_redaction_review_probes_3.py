"""A third review's probes (stop 26): identifiers that this stop's new rules let through
where the old code hid them, each a sentence the reviewer wrote, old code beside new.
Fixed in the rules named beside each group; the rules' own cases stay in their tests."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor


@pytest.mark.parametrize(("text", "language", "hidden"), [
    # any name before a thing noun (english_spans.named_thing: only names of things)
    ("I gave Sarah water and she threw up right after.", "en", "Sarah"),
    ("can you give jake juice with the antibiotic", "en", "jake"),
    ("Did you give Liam food today?", "en", "Liam"),
    ("my surgeon was doctor daniel silver", "en", "silver"),
    ("The Flint water crisis gave my kids lead poisoning.", "en", "Flint"),
    # English name-verbs in Spanish, and before "the" (gazetteer_tokens.verb_with_its_object)
    ("Carol me trae las pastillas cada semana.", "es", "Carol"),
    ("Mark me operó de la rodilla.", "es", "Mark"),
    ("Grant me recetó la metformina.", "es", "Grant"),
    ("Jimmy the neighbor drives me to dialysis.", "en", "Jimmy"),
    ("Sally the receptionist lost my file.", "en", "Sally"),
    # numbers after a vital sign with an identifier's cue between (numbers.said_as_readings)
    ("my oxygen supplier number is eight hundred five five five one two one two", "en",
     "five five five one two"),
    ("weighed myself today my member id is seven seven one two three four", "en",
     "seven seven one two"),
    # surnames shaped like adjectives, first (adjectives_es: everyday words, "se me" + becoming)
    ("Castillo se me acercó y me dijo que era grave.", "es", "Castillo"),
    ("Delgado se le olvidó mandarme la receta.", "es", "Delgado"),
    ("Trujillo, tengo una duda sobre la receta.", "es", "Trujillo"),
    # given names that are foods, as subjects (name_frames._NOT_SUBJECTS)
    ("Basil called the office yesterday.", "en", "Basil"),
    ("Ginger drove me to the ER.", "en", "Ginger"),
    # a woman's name after a verb of giving (frames_es: no longer a medicine)
    ("me mandaron Karina para la presión", "es", "Karina"),
    ("le doy Paloma para la tos", "es", "Paloma"),
    ("la Valentina se despierta llorando y la tomo en la noche para calmarla", "es",
     "Valentina"),
    # a lower-case name in a capitalised text (gazetteer: only names of things)
    ("My daughter is rose walker.", "en", "rose walker"),
    ("Dr. Lopez referred me to mark rich.", "en", "mark rich"),
])
def test_the_review_found_these_let_through(redactor: Redactor, text: str, language: str,
                                            hidden: str) -> None:
    assert hidden not in redactor.redact(text, language).text


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Rose water helps the rash.", "en", "Rose water"),
    ("Ginger tea settles my stomach.", "en", "Ginger tea"),
    ("Pat it dry after the shower.", "en", "Pat"),
    ("Hope the swelling goes down.", "en", "Hope"),
    ("my pressure today was one hundred twenty one hundred forty", "en", "one hundred"),
    ("Morada se me puso la uña.", "es", "Morada"),
])
def test_what_the_narrowed_rules_still_keep(redactor: Redactor, text: str, language: str,
                                           kept: str) -> None:
    assert kept in redactor.redact(text, language).text
