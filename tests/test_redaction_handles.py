"""Social-media handles, user names and gamer tags (``handles.HandleRecognizer``): written
with their marks ("@mercy.dances", "SkyfallZ#0421"), said after a platform or handle cue
("her account's at mercy dot dances", "my gamer tag x x noodle king x x", "su cuenta de
instagram es arroba ..."). "at", "dot", "punto" and "hashtag" in ordinary speech, and
what people say about their accounts, must stay. Every handle here is invented."""

from __future__ import annotations

import pytest

from redaction.engine import Redactor
from redaction.handles import HandleRecognizer
from tests.redaction_helpers import hidden, touched


def found(text: str, language: str = "en") -> list[str]:
    return [text[r.start:r.end] for r in HandleRecognizer(language).find(text)]


@pytest.mark.parametrize(("text", "handle"), [
    ("we met on discord her username is sky fall z hashtag zero four two one",
     "sky fall z hashtag zero four two one"),
    ("her account's at mercy dot dances", "mercy dot dances"),
    ("my gamer tag x x noodle king x x", "x x noodle king x x"),
    ("my insta is luna underscore bakes ninety nine", "luna underscore bakes ninety nine"),
    ("her snap is kayla b two two", "kayla b two two"),
    ("his tiktok is at dancing dad forty and he posts a lot", "dancing dad forty"),
    ("on twitter he's at grumpy toaster", "grumpy toaster"),
    ("add me on roblox, I'm blox master nine nine nine", "blox master nine nine nine"),
    ("my xbox gamertag is shadow wolf seven seven", "shadow wolf seven seven"),
    ("my psn id is frosty pine underscore twelve", "frosty pine underscore twelve"),
    ("his handle is at tombray eighty eight", "tombray eighty eight"),
    ("i'm on twitch as pixel pirate nine", "pixel pirate nine"),
    ("my discord is moonbeam hashtag one one two three", "moonbeam hashtag one one two three"),
    ("his gamertag is x x sniper elite x x", "x x sniper elite x x"),
    ("my snap is at k a t e dot m", "k a t e dot m"),
    ("he goes by lazer beam nine on roblox", "lazer beam nine"),
    ("her youtube channel is crafty carla", "crafty carla"),
    ("Her IG is @mercy.dances", "@mercy.dances"),
    ("Add me: SkyfallZ#0421 on Discord", "SkyfallZ#0421"),
    ("My gamertag is xX_NoodleKing_Xx", "xX_NoodleKing_Xx"),
    ("Snap me at kayla.b22 tonight", "kayla.b22"),
    ("my roblox username is BloxMaster999", "BloxMaster999"),
    ("Reddit user u/throwaway_acct7 asked about it", "u/throwaway_acct7"),
    ("My username is jdoe2000.", "jdoe2000"),
])
def test_english_handles_are_found_whole(text: str, handle: str) -> None:
    assert handle in found(text)


@pytest.mark.parametrize(("text", "handle"), [
    ("nos conocimos en discord ella es cielito punto azul numeral tres tres uno ocho",
     "cielito punto azul numeral tres tres uno ocho"),
    ("mi usuario es pedro guion bajo gomez ochenta", "pedro guion bajo gomez ochenta"),
    ("su cuenta de instagram es arroba florecita punto rosa", "florecita punto rosa"),
    ("me sigue como gato loco noventa y nueve", "gato loco noventa y nueve"),
    ("en tiktok sale como arroba reina taco mx", "reina taco mx"),
    ("su face es rosita flores veinte", "rosita flores veinte"),
    ("mi gamertag es equis equis lobo feroz equis equis", "equis equis lobo feroz equis equis"),
    ("búscame en instagram como arroba cocina con ana", "cocina con ana"),
    ("agrégame en snapchat soy yeyo punto dos mil", "yeyo punto dos mil"),
    ("Mi IG es @cielito.azul", "@cielito.azul"),
    ("su discord es Cielito#3318", "Cielito#3318"),
])
def test_spanish_handles_are_found_whole(text: str, handle: str) -> None:
    assert handle in found(text, "es")


@pytest.mark.parametrize(("text", "language"), [
    ("look at me when I talk to you", "en"),
    ("I stayed at home all week", "en"),
    ("the x ray showed nothing broken", "en"),
    ("I wrote hashtag blessed because I felt so grateful after the surgery", "en"),
    ("on instagram I saw a post about diabetes", "en"),
    ("my insta is full of food pictures", "en"),
    ("her instagram is private", "en"),
    ("on twitter he's always angry", "en"),
    ("my gamer tag is something silly, I don't remember", "en"),
    ("he plays xbox at night", "en"),
    ("my account is at wells fargo", "en"),
    ("my insta is 2 years old", "en"),
    ("I'm on instagram as well but I never post", "en"),
    ("she goes by her middle name on facebook", "en"),
    ("estaba a punto de llamar a la clínica", "es"),
    ("la tos me sigue como antes", "es"),
    ("me sale como un granito en la espalda", "es"),
    ("en tiktok sale como bailando con su abuela", "es"),
    ("en twitter es muy activo", "es"),
    ("mi cuenta de instagram es para vender pasteles", "es"),
    ("su usuario es el mismo que su correo", "es"),
    ("le sale como pus verde", "es"),
])
def test_ordinary_speech_near_a_cue_names_no_handle(text: str, language: str) -> None:
    assert found(text, language) == []


def test_a_clinical_word_ends_a_handle() -> None:
    assert found("my snap is lily pad forty two metformin") == ["lily pad forty two"]


@pytest.mark.parametrize(("text", "language", "handle"), [
    ("her account's at mercy dot dances", "en", "mercy dot dances"),
    ("my gamer tag x x noodle king x x", "en", "x x noodle king x x"),
    ("nos conocimos en discord ella es cielito punto azul numeral tres tres uno ocho", "es",
     "cielito punto azul numeral tres tres uno ocho"),
])
def test_the_redactor_hides_handles(redactor: Redactor, text: str, language: str,
                                    handle: str) -> None:
    assert hidden(redactor, text, handle, language)


@pytest.mark.parametrize(("text", "language", "term"), [
    ("I wrote hashtag blessed because I felt so grateful", "en", "hashtag blessed"),
    ("on instagram I saw a post about diabetes", "en", "diabetes"),
    ("he plays xbox at night and gets headaches", "en", "headaches"),
])
def test_the_redactor_keeps_ordinary_words(redactor: Redactor, text: str, language: str,
                                           term: str) -> None:
    assert not touched(redactor, text, term, language)
