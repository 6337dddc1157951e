"""One template of the public generator filled in three forms (``bench/phi_public.py``).

Why apart: which evaluator field is which Safe Harbor type, and how the evaluator's
nested address formats draw their parts, is the part of the generator most likely to
be questioned; here it reads in one place. Quirks of the evaluator kept on purpose,
since they are what its users score on: an address's own fields come from a second
identity (the evaluator's record generator draws a new one for each nested format),
so "{{building_number}} {{street_name}}" can read "4411 Avenida Noruega 42".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from bench import phi_public_said as said
from bench import phi_speech as speech
from bench.phi_common import FORMS, FormsSentence, Piece
from bench.phi_public import Source

PERSON = {"person", "name", "first_name", "last_name", "name_female", "name_male",
          "first_name_male", "first_name_female", "last_name_male", "last_name_female",
          "first_name_nonbinary"}
STREET = {"street_name", "building_number", "secondary_address", "street_address",
          "military_apo", "military_ship", "military_dpo"}
CODES = {"zipcode": "ZIP_CODE", "postcode": "ZIP_CODE", "phone_number": "PHONE_NUMBER",
         "ssn": "US_SSN"}
SAFE_HARBOR_AGE = 90  # ages below this are no identifier: must-survive terms
LOWER_CASE_RATIO = 0.05  # the evaluator writes this share of sentences in lower case
_SLOT = re.compile(r"\{\{(\w+)\}\}")
_NUMBER = re.compile(r"\d+")
# Faker en_US's name prefixes and suffixes (faker.providers.person.en_US).
_TITLED = re.compile(r"(?:(Mrs?\.|Ms\.|Miss|Dr\.) )?(.+?)"
                     r"(?: (Jr\.|Sr\.|I{2,3}|IV|V|MD|DDS|PhD|DVM))?")


class Sentence(FormsSentence):
    SLOT = _SLOT
    s: Source

    def said(self, written: str, spoken: str | None = None) -> None:
        """Line breaks stay in ``written``; spoken, they are a pause (a comma). Numbers
        in the template's own words are said in ``spoken`` and kept in ``numerals``."""
        if spoken is None:
            spoken = re.sub(r"[>|\\*%]", " ", written)
            spoken = re.sub(r"\s*\n\s*", ", ", spoken)
            spoken = re.sub(r"(?:\s*,)+", ",", re.sub(r"[ \t]+", " ", spoken))
            if not self.forms["spoken"]["text"].strip():
                spoken = spoken.lstrip(" ,")
        self.forms["written"]["text"] += written
        for form in ("spoken", "numerals"):
            text = spoken.lower()
            if form == "spoken":
                text = _NUMBER.sub(self.number_said, text)
            if not self.punctuation:
                text = re.sub(r"[,.;:!?¿¡]", "", text)
            self.forms[form]["text"] += text if self.accents else speech.strip_accents(text)

    def number_said(self, match: re.Match[str]) -> str:
        number = match.group()
        return speech.en_number(int(number)) if len(number) < 5 and number[0] != "0" \
            else speech.digits(number, "en", self.s.rng)

    def plain(self, piece: Piece) -> None:
        """Words that are neither identifier nor must-survive term."""
        for form, value in zip(FORMS, piece, strict=True):
            if form != "written":
                value = value if self.accents else speech.strip_accents(value)
                value = value if self.punctuation else re.sub(r"[,.;:!?]", "", value)
            self.forms[form]["text"] += value

    def street_piece(self, fields: list[str], glue: list[str]) -> None:
        """Street-level fields said together (number, street, unit): one span."""
        written = "".join(part for pair in zip(glue, fields, strict=True) for part in pair)
        self.piece(said.street(written.strip(), self.s.rng), "STREET_ADDRESS")

    def address(self) -> None:
        """An evaluator address format, its parts drawn from a second identity."""
        s = self.s
        own = s.record
        s.person()
        second, s.record = s.record, own
        fmt = s.weighted(s.data.address_formats)
        fields: list[str] = []
        glue: list[str] = []
        position = 0
        for match in _SLOT.finditer(fmt):
            between, field = fmt[position:match.start()], match.group(1)
            position = match.end()
            streetish = field in STREET or (field == "last_name" and fields) or \
                field == "first_name"
            if streetish and (not fields or re.fullmatch(r"[ \t]*", between)):
                glue.append(between if fields else "")
                if not fields:
                    self.said(between)
                fields.append(self.address_value(field, second))
                continue
            if fields:
                self.street_piece(fields, glue)
                fields, glue = [], []
            self.said(between)
            if streetish:
                glue, fields = [""], [self.address_value(field, second)]
            else:
                self.field(field, second)
        if fields:
            self.street_piece(fields, glue)
        self.said(fmt[position:])

    def address_value(self, field: str, record: dict[str, str]) -> str:
        value = record.pop(field, "")
        if field == "street_address":  # Faker's "{{building_number}} {{street_name}}"
            street = record.get("street_name") or self.s.fake.street_name()
            return f"{self.s.fake.building_number()} {street}"
        return value or self.s.fallback(field)

    def field(self, field: str, record: dict[str, str] | None = None) -> None:
        """One evaluator field; ``record`` the identity it is drawn from."""
        s = self.s
        own = s.record
        if record is not None:
            s.record = record
        try:
            self.typed(field)
        finally:
            s.record = own

    def typed(self, field: str) -> None:
        s, rng = self.s, self.s.rng
        if field in PERSON:
            self.person(s.value(field, checked=True))
        elif field == "city":
            self.piece(said.words(s.value(field, checked=True), rng), "LOCATION")
        elif field in STREET:
            self.piece(said.street(s.value(field, checked=True), rng), "STREET_ADDRESS")
        elif field in CODES:
            self.piece(said.digit_groups(s.value(field), rng), CODES[field])
        elif field == "credit_card_number":
            self.piece(said.card_number(s.value(field), rng), "CREDIT_CARD")
        elif field in ("iban", "us_driver_license"):
            self.piece(said.code(s.value(field), rng),
                       "IBAN_CODE" if field == "iban" else "US_DRIVER_LICENSE")
        elif field in ("email", "url"):
            self.piece(said.email(s.value(field), rng),
                       "EMAIL_ADDRESS" if field == "email" else "URL")
        elif field == "ip_address":
            self.piece(said.ip_address(s.value(field), rng), "IP_ADDRESS")
        elif field == "date_of_birth":
            value = s.value(field)
            month, day, year = (int(x) for x in value.split("/"))
            self.piece(said.a_date(date(year, month, day), value, rng), "DATE_TIME")
        elif field == "date_time":
            moment = datetime.fromisoformat(s.value(field))
            self.piece(said.a_date(moment.date(), f"{moment:%Y-%m-%d}", rng), "DATE_TIME")
            spoken_time = said.time_of_day(moment.hour, moment.minute)
            self.plain((f" {moment:%H:%M:%S}", f" at {spoken_time}", f" at {moment:%H:%M}"))
        elif field == "age":
            value = s.value(field)
            old = float(value) >= SAFE_HARBOR_AGE
            self.piece(said.age(value, rng), "AGE" if old else None)
        elif field == "year":
            value = s.value(field)
            self.plain((value, speech.en_year(int(value)), value))
        elif field == "address":
            self.address()
        elif field.startswith("prefix"):
            self.plain(said.name(s.value(field)))
        else:  # states, countries, organisations, nationalities, jobs, weekdays
            self.plain(said.words(s.value(field), rng))

    def person(self, value: str) -> None:
        """A name; Faker's titles and degrees around it ("Dr.", "MD") are no identifier."""
        match = _TITLED.fullmatch(value)
        title, name, degree = match.groups() if match else ("", value, "")
        if title:
            self.plain(said.name(title))
            self.plain((" ", " ", " "))
        self.piece(said.name(name), "PERSON")
        if degree:
            self.plain((" ", " ", " "))
            self.plain(said.name(degree))

    def fill(self, match: re.Match[str]) -> None:
        self.field(match.group(1))

    def render(self, template: str) -> dict[str, dict[str, Any]]:
        forms = super().render(template)
        joins = street_joins(forms["written"]["text"], forms["written"]["spans"])
        for out in forms.values():
            out["spans"] = joined(out["spans"], joins)
        written = forms["written"]
        if self.s.rng.random() < LOWER_CASE_RATIO and \
                len(written["text"].lower()) == len(written["text"]):
            written["text"] = written["text"].lower()
        return forms


def merged(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Street-level spans with only spaces between them ("{{building_number}}
    {{street_name}}") as one street address, the way a reader takes them."""
    joins = street_joins(text, spans)
    return joined(spans, joins)


def street_joins(text: str, spans: list[dict[str, Any]]) -> list[bool]:
    """For each span after the first (in order): whether it continues the street
    address before it. Decided on the written form and applied to every form, so a
    comma the spoken form dropped joins nothing there that stays apart in writing."""
    ordered = sorted(spans, key=lambda x: x["start"])
    return [a["type"] == b["type"] == "STREET_ADDRESS"
            and re.fullmatch(r"[ \t]*", text[a["end"]:b["start"]]) is not None
            for a, b in pairwise(ordered)]


def joined(spans: list[dict[str, Any]], joins: list[bool]) -> list[dict[str, Any]]:
    ordered = sorted(spans, key=lambda x: x["start"])
    out = [dict(x) for x in ordered[:1]]
    for span, join in zip(ordered[1:], joins, strict=True):
        if join:
            out[-1]["end"] = span["end"]
        else:
            out.append(dict(span))
    return out
