"""Web and IP addresses as a transcript writes them: the scheme and "www" spelled or said,
"dot" and "slash" as words, IP addresses as number groups joined by "dot" or "point", an
IPv6 address as groups joined by "colon". Decimals, versions, times, ratios and the
colon of the bowel must stay. Every address here is invented for these tests."""

from __future__ import annotations

import pytest

from redaction.web_spoken import SpokenWebRecognizer


def found(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start:r.end]) for r in SpokenWebRecognizer(language).find(text)]


@pytest.mark.parametrize(("text", "url"), [
    ("my blog is h t t p s colon slash slash w w w dot lotsofcats dot net slash",
     "h t t p s colon slash slash w w w dot lotsofcats dot net slash"),
    # the last word after a slash is path unless it is grammar ("slash and then")
    ("see http colon slash slash maple dash grove dot clinic slash forms and tell me",
     "http colon slash slash maple dash grove dot clinic slash forms"),
    ("see http colon slash slash maple dash grove dot clinic slash and tell me",
     "http colon slash slash maple dash grove dot clinic slash"),
    ("the form is at https colon slash slash portal dot northfield dot io slash intake.",
     "https colon slash slash portal dot northfield dot io slash intake"),
    ("go to www dot brightwaterfamily dot org to sign up", "www dot brightwaterfamily dot org"),
    ("triple w dot joeyspages dot com slash", "triple w dot joeyspages dot com slash"),
    ("it's double u double u double u dot oakhillpeds dot com",
     "double u double u double u dot oakhillpeds dot com"),
    ("dub dub dub dot renalfriends dot org", "dub dub dub dot renalfriends dot org"),
])
def test_web_addresses_said_aloud_are_found(text: str, url: str) -> None:
    assert ("URL", url) in found(text)


def test_a_web_address_in_spanish_speech() -> None:
    text = "entre a h t t p s dos puntos barra barra www punto clinicasol punto mx"
    assert ("URL", text[8:]) in found(text, "es")


@pytest.mark.parametrize(("text", "ip"), [
    ("my router says one ninety two dot one sixty eight dot zero dot fourteen",
     "one ninety two dot one sixty eight dot zero dot fourteen"),
    ("it's ten point twenty point thirty point two fifty, i think",
     "ten point twenty point thirty point two fifty"),
    ("the log shows 172 dot 16 dot 4 dot 9 then a timeout", "172 dot 16 dot 4 dot 9"),
    ("address two thousand one colon d b eight colon eighty five a three colon zero colon "
     "zero colon eight a two e colon three seven oh colon seven three three four blocked",
     "two thousand one colon d b eight colon eighty five a three colon zero colon zero colon "
     "eight a two e colon three seven oh colon seven three three four"),
])
def test_ip_addresses_said_aloud_are_found(text: str, ip: str) -> None:
    assert ("IP_ADDRESS", ip) in found(text)


@pytest.mark.parametrize("text", [
    "the version is one point two point three",
    "take 2.5 mg, then one point five tablets",
    "colon cancer screening at 3:30, a colon polyp two colon three",
    "e.g. www is down and the dot com era",
    "the ratio was two to one, point taken",
    "she had a colon resection, a colon biopsy and a colon polyp",
])
def test_numbers_and_words_that_look_close_are_no_address(text: str) -> None:
    assert found(text) == []
