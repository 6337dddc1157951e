"""A wild Spanish identity set: ``python -m bench.phi_wild_es_ids``.

Why: the Spanish never-tuned sets stayed below 0.95 while every Spanish generator
centred on street addresses and medicine names, so what people other than us will
say most (who someone is, how to reach them, when they were born) was thin in the
sets we tune on. This generator was written apart from the others
(``bench/phi_wild_es_ids_terms.py``): long loose turns of a patient, a relative or a
clinician of many Spanish-speaking countries, with "eh", "este", "o sea", "pues" and
restarts, carrying names with two surnames, compound given names, "de la" and
nicknames; DNI and NIE, CURP, RFC, RUT, cédulas, social-security and affiliation
numbers, clinical records said with letters; phones with and without their country
code, said digit by digit or in pairs ("treinta y dos"); e-mails said aloud
("arroba", "punto", "guion bajo"); dates of birth said many ways ("tres de marzo del
ochenta y cinco", "3/03/85"); ages of 90 and over ("noventa y tantos"); towns,
states, provinces and departments; and must-survive medicines, conditions, doses,
durations and ages below 90.

Each sentence comes in three forms: ``written`` (as typed), ``spoken`` (lower case,
numbers as words, hesitations inside numbers at times) and ``numerals`` (spoken,
numbers as digits, as Whisper writes Spanish). The files are
``fixtures/phi/ids/es-dev.jsonl`` and ``es-aside.jsonl``: the ``ids`` and
``ids_aside`` splits of ``bench/redaction.py``. Every third template of each kind is
aside, never tuned on. Any name, town, province or medicine that a never-tuned
identifier or must-survive term holds is skipped (searched, never printed).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench import phi_common as common
from bench import phi_speech as speech
from bench import phi_wild_es_ids_terms as terms
from bench.phi_common import ROOT, FormsSentence, Piece, SeededSource, fold

OUT_DIR = ROOT / "fixtures" / "phi" / "ids"
UNSEEN_SETS = [ROOT / "fixtures" / "phi" / p for p in
               ("dev/es-heldout.jsonl", "fresh/es-aside.jsonl", "real/es-aside.jsonl",
                "wild/es-aside.jsonl")]
SEEDS = {"dev": 5772, "aside": 6931}
KINDS = (("person", terms.PERSON_TEMPLATES), ("ids", terms.ID_TEMPLATES),
         ("contact", terms.CONTACT_TEMPLATES), ("dates", terms.DATE_TEMPLATES),
         ("towns", terms.PLACE_TEMPLATES), ("plain", terms.PLAIN_TEMPLATES))
INSTANCES = {"person": 5, "ids": 6, "contact": 5, "dates": 5, "towns": 4, "plain": 3}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_DIGIT_WORD = "|".join(speech.ES_DIGITS)
_UNSEEN = common.UnseenSets(UNSEEN_SETS)
unseen = _UNSEEN.unseen
unkept = _UNSEEN.unkept


class Source(SeededSource):
    """Every draw from one seed, so each file is the same on every run."""

    def __init__(self, split: str) -> None:
        super().__init__(SEEDS[split], terms.NAME_LOCALES, unseen)
        self.medicines = [m for m in terms.MEDICINES if unkept(m)]
        self.conditions = [c for c in terms.CONDITIONS if unkept(c)]
        self.regions = [r for r in terms.REGIONS if unseen(r)]
        self.cities = [c for c in terms.CITIES if unseen(c)]

    def pick(self, draw: Any) -> str:
        while True:
            value = str(draw())
            if unseen(value) and re.fullmatch(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*", value):
                return value

    def person(self) -> tuple[str, str]:
        fake = self.faker()
        first = self.pick(fake.first_name)
        second = self.pick(lambda: self.rng.choice(terms.SECOND_GIVEN))
        if self.chance(0.25) and " " not in first and second != first:
            first = f"{first} {second}"
        last = self.pick(fake.last_name)
        if self.chance(0.15):
            last = self.pick(lambda: self.rng.choice(terms.PARTICLE_SURNAMES))
        if self.chance(0.65):
            last = f"{last} {self.pick(fake.last_name)}"
        return first, last

    def city(self) -> str:
        if self.chance(0.6):
            return self.rng.choice(self.cities)
        return self.pick(self.faker().city)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))


def _numerals(said: str) -> str:
    """Spoken digit words back to digits (for the numerals form of a code)."""
    return re.sub(rf"\b(?:{_DIGIT_WORD})(?: (?:{_DIGIT_WORD}))*\b",
                  lambda m: "".join(str(speech.ES_DIGITS.index(w)) for w in m.group().split()),
                  said)


class Sentence(FormsSentence):
    """One template filled in three forms, with identifier and must-survive spans."""

    s: Source

    def hesitate(self, said: str, p: float = 0.15) -> str:
        """An "eh" or "este" inside a said number, at times, never inside "treinta y
        dos" (a pause falls between the numbers said, not within one)."""
        words = said.split(" ")
        cuts = [i for i in range(1, len(words)) if "y" not in (words[i - 1], words[i])]
        if len(words) < 3 or not cuts or not self.s.chance(p):
            return said
        cut = self.s.rng.choice(cuts)
        filler = self.s.rng.choice(terms.HESITATIONS)
        filler = f", {filler}," if self.punctuation else filler
        return re.sub(r"\s+,", ",", " ".join([*words[:cut], filler, *words[cut:]]))

    def number_said(self, digits: str) -> str:
        """A digit string said digit by digit, in pairs, or by its written groups."""
        return speech.grouped([digits], "es", self.s.rng)

    def groups_said(self, groups: list[str]) -> str:
        return speech.grouped(groups, "es", self.s.rng)

    def code(self, shape: str) -> Piece:
        """A code of ``shape`` (L a letter, # a digit), letters one by one; a dash said
        "guion" at times."""
        s = self.s
        value = "".join(s.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "L" else
                        str(s.rng.randint(0, 9)) if c == "#" else c for c in shape)
        dash = " guion " if s.chance(0.3) else " "
        said = dash.join(speech.speak_code(part, "es", s.rng)
                         for part in re.split(r"[- ]", value) if part)
        return value, self.hesitate(said), _numerals(said) if s.chance(0.5) else value.lower()

    def dni(self, foreign: bool) -> Piece:
        s = self.s
        head = s.rng.choice("XYZ") if foreign else ""
        body = s.digits(7 if foreign else 8)
        number = int(str("XYZ".index(head)) + body if head else body)
        value = f"{head}{body}{DNI_LETTERS[number % 23]}"
        written = value if s.chance(0.7) else f"{head}{body}-{value[-1]}"
        said_letters = " ".join(speech.letter(c, "es", s.rng) for c in head)
        said = f"{said_letters} {self.number_said(body)} " \
               f"{speech.letter(value[-1], 'es', s.rng)}".strip()
        return written, self.hesitate(said), f"{head.lower()}{body} {value[-1].lower()}".strip()

    def rut(self) -> Piece:
        s = self.s
        body = s.rng.randint(5_000_000, 26_999_999)
        check = s.rng.choice("0123456789K")
        millions, thousands, units = body // 1_000_000, body // 1000 % 1000, body % 1000
        written = f"{millions}.{thousands:03d}.{units:03d}-{check}"
        check_said = "ka" if check == "K" else speech.es_number(int(check))
        if s.chance(0.5):
            said = " ".join(speech.es_number(g) for g in (millions, thousands, units))
        else:
            said = self.number_said(str(body))
        said += f"{s.rng.choice([' guion ', ' ', ', guion '])}{check_said}"
        numerals = written if s.chance(0.5) else f"{body}-{check.lower()}"
        return written, self.hesitate(said), numerals

    def cedula(self) -> Piece:
        s = self.s
        body = s.digits(s.rng.choice([8, 10, 10]))
        body = str(s.rng.randint(1, 9)) + body[1:]
        grouped = f"{int(body):,}".replace(",", ".")
        written = grouped if s.chance(0.5) else body
        prefix = s.rng.choice(["V-", ""]) if len(body) == 8 else ""
        said = self.number_said(body)
        return prefix + written, self.hesitate(("ve " if prefix else "") + said), \
            prefix.lower() + (body if s.chance(0.5) else grouped)

    def nss(self) -> Piece:
        s = self.s
        groups = [s.digits(2), s.digits(2), s.digits(2), s.digits(4), s.digits(1)]
        written = "".join(groups) if s.chance(0.6) else "-".join(groups)
        said = self.groups_said(groups)
        return written, self.hesitate(said), "".join(groups) if s.chance(0.5) \
            else " ".join(groups)

    def phone(self) -> Piece:
        s = self.s
        code, code_said, sizes = s.rng.choice(terms.PHONES)
        groups = [str(s.rng.randint(1, 9)) + s.digits(sizes[0] - 1),
                  *(s.digits(n) for n in sizes[1:])]
        said = self.groups_said(groups)
        numerals = " ".join(groups) if s.chance(0.5) else "".join(groups)
        written = s.rng.choice([" ".join(groups), "-".join(groups), "".join(groups)])
        if s.chance(0.5):
            plus = s.rng.choice(["más ", "mas ", "el "])
            written = f"{code} {written}"
            said = f"{plus}{code_said}, {said}" if self.punctuation else f"{plus}{code_said} {said}"
            numerals = f"{code} {numerals}"
        return written, self.hesitate(said), numerals

    def email(self) -> Piece:
        s = self.s
        first = re.sub(r"[^a-z]", "", fold(self.first.split(" ")[0]))
        last = re.sub(r"[^a-z]", "", fold(self.last.split(" ")[0]))
        local = s.rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                              f"{first}_{last}", f"{last}.{first}", f"{first}-{last}"])
        if s.chance(0.5):
            local += str(s.rng.choice([s.rng.randint(1, 99), s.rng.randint(1950, 2005)]))
        value = f"{local}@{s.rng.choice(terms.EMAIL_DOMAINS)}"
        said = speech.spoken_symbols(value, "es", s.rng)
        numerals = value if s.chance(0.4) else _numerals(said)
        return value, said, numerals

    def a_date(self, born: bool) -> Piece:
        s = self.s
        day = date(1925, 1, 1) + timedelta(days=s.rng.randint(0, 31000)) if born \
            else date(2019, 1, 1) + timedelta(days=s.rng.randint(0, 2500))
        month = speech.ES_MONTHS[day.month - 1]
        d_said = "primero" if day.day == 1 and s.chance(0.5) else speech.es_number(day.day)
        yy = day.year % 100
        short = speech.es_number(yy) if day.year < 2000 else speech.es_number(day.year)
        roll = s.rng.randrange(6)
        written = [f"{day.day}/{day.month:02d}/{yy:02d}",
                   f"{day.day:02d}/{day.month:02d}/{day.year}",
                   f"{day.day} de {month} de {day.year}",
                   f"{day.day}-{day.month:02d}-{day.year}",
                   f"{day.day} de {month} del {yy:02d}" if day.year < 2000
                   else f"{day.day} de {month} de {day.year}",
                   f"{day.day}/{day.month}/{day.year}"][roll]
        said = [f"{d_said} del {speech.es_number(day.month)} del {short}",
                f"{d_said} de {month} de {speech.es_number(day.year)}",
                f"{d_said} de {month} de {speech.es_number(day.year)}",
                f"{d_said} {speech.es_number(day.month)} {short}",
                f"{d_said} de {month} del {short}",
                f"{d_said} de {month} de {speech.es_number(day.year)}"][roll]
        numerals = [f"{day.day}/{day.month:02d}/{yy:02d}", f"{day.day}/{day.month}/{day.year}",
                    f"{day.day} de {month} de {day.year}", f"{day.day} {day.month} {yy:02d}",
                    f"{day.day} de {month} del {yy:02d}" if day.year < 2000
                    else f"{day.day} de {month} del {day.year}",
                    f"{day.day} de {month} de {day.year}"][roll]
        return written, said, numerals

    def old(self) -> None:
        """An age of 90 or over; "años" after it is not part of the identifier."""
        s = self.s
        if s.chance(0.1):
            self.piece(("noventa y tantos", "noventa y tantos", "noventa y tantos"), "AGE")
        else:
            n = s.rng.randint(90, 104)
            said = speech.es_number(n).replace("ciento uno", "ciento un")
            self.piece((str(n), said, str(n)), "AGE")
        self.said(" años")

    def term(self, slot: str, capital: bool) -> Piece:
        s = self.s
        base = slot.rstrip("2")
        if base in ("med", "cond"):
            word = s.rng.choice(s.medicines if base == "med" else s.conditions)
            said = word.lower() if s.chance(0.7) else fold(word)
            written = word[0].upper() + word[1:] if capital or base == "med" else word
            return written, said, said
        if base == "dose":
            mg = s.rng.choice(terms.DOSE_MG)
            return f"{mg} mg", f"{speech.es_number(mg)} miligramos", f"{mg} miligramos"
        if base == "age":
            n = s.rng.randint(18, 89)
            return str(n), speech.es_number(n), str(n)
        pattern = s.rng.choice(terms.FREQUENCIES if base == "freq" else terms.DURATIONS)
        n = s.rng.choice([6, 8, 12]) if base == "freq" else s.rng.randint(2, 10)
        k = s.rng.choice([2, 3])
        written = pattern.format(n=n, k=k)
        return written, pattern.format(n=speech.es_number(n), k=speech.es_number(k)), written

    def fill(self, match: re.Match[str]) -> None:
        slot, s = match.group(1), self.s
        makers = {"dni": lambda: self.dni(False), "nie": lambda: self.dni(True),
                  "curp": lambda: self.code_value(s.fakers["es_MX"].curp()),
                  "rfc": lambda: self.code_value(s.fakers["es_MX"].rfc()),
                  "rut": self.rut, "cedula": self.cedula, "nss": self.nss,
                  "afil": lambda: self.code(s.rng.choice(terms.MEMBER_SHAPES)),
                  "hc": lambda: self.code(s.rng.choice(terms.RECORD_SHAPES)),
                  "phone": self.phone, "email": self.email,
                  "dob": lambda: self.a_date(True), "date": lambda: self.a_date(False)}
        kinds = {"dni": "ID_NUMBER", "nie": "ID_NUMBER", "curp": "ID_NUMBER",
                 "rfc": "ID_NUMBER", "rut": "ID_NUMBER", "cedula": "ID_NUMBER",
                 "nss": "ID_NUMBER", "afil": "MEMBER_ID", "hc": "MEDICAL_RECORD_NUMBER",
                 "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS",
                 "dob": "DATE_TIME", "date": "DATE_TIME"}
        if slot in makers:
            self.piece(makers[slot](), kinds[slot])
        elif slot == "old":
            self.old()
        elif slot == "region":
            region = s.rng.choice(s.regions)
            self.piece((region, region.lower(), region.lower()), "LOCATION")
        elif slot in ("nick", "name2"):
            first, last = s.person()
            value = s.pick(lambda: s.rng.choice(terms.NICKNAMES)) if slot == "nick" \
                else f"{first} {last}"
            self.piece((value, value.lower(), value.lower()), "PERSON")
        else:
            super().fill(match)

    def code_value(self, value: str) -> Piece:
        """A code that Faker made (CURP, RFC), said letter by letter."""
        said = speech.speak_code(value, "es", self.s.rng)
        return value, self.hesitate(said), _numerals(said) if self.s.chance(0.4) \
            else value.lower()


def split_templates() -> dict[str, list[tuple[str, str, str]]]:
    """(id, kind, template) for each part: every third template of each kind aside."""
    return common.split_templates("es-ids", KINDS, aside=0)


def generate(split: str) -> list[dict[str, Any]]:
    source = Source(split)
    return common.generate(split_templates()[split], INSTANCES, lambda: Sentence(source), "es")


def output_path(split: str) -> Path:
    return OUT_DIR / f"es-{split}.jsonl"


def main() -> None:
    common.write_splits(OUT_DIR, "es", generate)


if __name__ == "__main__":
    main()
