"""Synthetic identities and clinical terms for the redaction development set.

Each value comes in a written and a spoken rendering (see ``phi_speech``). Names,
streets, cities, provinces and postcodes come from Faker's locales, mixed so that
the set carries Anglo, Hispanic (with compound Spanish surnames), South and East
Asian, West and East African names; the held-out part draws from a different seed
and a different locale mix, and from the held-out third of every hand list, so
that its figures say how a redactor does on identities it was not tuned on.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker
from faker.providers.date_time import change_year

from bench import phi_lists as lists
from bench import phi_speech as speech

SEEDS = {"dev": 20261129, "heldout": 77003}
NAME_LOCALES = {
    ("en", "dev"): {"en_US": 48, "es_MX": 14, "en_IN": 9, "ja_JP": 5, "yo_NG": 8,
                    "vi_VN": 6, "en_IE": 6, "ko_KR": 4},
    ("en", "heldout"): {"en_GB": 22, "en_NZ": 14, "es_CO": 12, "es_AR": 6, "zh_CN": 8,
                        "ig_NG": 8, "en_KE": 6, "en_PK": 8, "tw_GH": 6, "ha_NG": 4,
                        "en_TH": 6},
    ("es", "dev"): {"es_ES": 44, "es_MX": 46, "en_US": 10},
    ("es", "heldout"): {"es_CO": 30, "es_AR": 22, "es_CL": 22, "es_CA": 14, "en_GB": 12},
}
_ROMANIZED = {"ja_JP", "zh_CN"}
_KOREAN_SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
                    "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song"]
_KOREAN_GIVEN = ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Eun-ji",
                 "Hyun-woo", "Soo-jin", "Jae-sung", "Young-ho", "Mi-kyung"]
US_STATES_ES = ["Texas", "California", "Florida", "Illinois", "Arizona", "Nuevo México",
                "Carolina del Norte", "Nueva York", "Georgia", "Colorado", "Nevada",
                "Washington", "Oregón", "Nueva Jersey", "Pensilvania", "Luisiana"]


@dataclass(frozen=True)
class Value:
    """One filled slot. ``type`` is the PHI label, or None for a must-survive term;
    ``prefix`` comes before the value but is not part of it ("the" Philippines), and
    ``spoken_prefix`` likewise in the spoken form only ("area code")."""

    written: str
    spoken: str
    type: str | None
    prefix: str = ""
    spoken_prefix: str = ""


def held_out(entry: str) -> bool:
    """A stable third of every hand list belongs to the held-out part."""
    return int(hashlib.sha256(entry.encode()).hexdigest(), 16) % 3 == 0


# Faker's date_of_birth (inside a CURP) counts back from today: with the calendar as its
# clock the same seed gave other files the next day, and the committed ones went stale.
# Its clock is this day, the day they were made.
GENERATED_ON = date(2026, 11, 29)


def born_before(fake: Any, today: date) -> None:
    """Faker's own ``date_of_birth``, counted back from ``today`` instead of the clock: the
    same random draws, so the files it made on that day are unchanged."""
    generator = fake._factories[0]  # one locale: its only generator, which providers call

    def date_of_birth(tzinfo: Any = None, minimum_age: int = 0, maximum_age: int = 115) -> date:
        start = change_year(today, -(maximum_age + 1))
        end = change_year(today, -minimum_age)
        born = generator.date_time_ad(tzinfo=tzinfo, start_datetime=start,
                                      end_datetime=end).date()
        return born if born != start else born + timedelta(days=1)

    generator.date_of_birth = date_of_birth


class Source:
    """All random draws for one language and split, from one seed."""

    def __init__(self, language: str, split: str) -> None:
        self.language, self.split = language, split
        # Synthetic data from a fixed seed: reproducible on purpose, not a secret.
        self.rng = random.Random(SEEDS[split] * 2 + (language == "es"))  # noqa: S311
        self._fakers: dict[str, Faker] = {}
        self._mix = NAME_LOCALES[(language, split)]

    def faker(self, locale: str) -> Any:
        if locale not in self._fakers:
            fake = Faker(locale)
            fake.seed_instance(self.rng.randrange(2**31))
            born_before(fake, GENERATED_ON)
            self._fakers[locale] = fake
        return self._fakers[locale]

    def pick(self, entries: list[str]) -> str:
        return self.rng.choice([e for e in entries if held_out(e) == (self.split == "heldout")])

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def number(self, n: int) -> str:
        return speech.en_number(n) if self.language == "en" else speech.es_number(n)

    # People.
    def person(self) -> tuple[str, str]:
        locale = self.rng.choices(list(self._mix), weights=list(self._mix.values()))[0]
        fake = self.faker(locale)
        if locale in _ROMANIZED:
            first, last = fake.first_romanized_name(), fake.last_romanized_name()
        elif locale == "ko_KR":
            first, last = self.rng.choice(_KOREAN_GIVEN), self.rng.choice(_KOREAN_SURNAMES)
        else:
            first, last = fake.first_name(), fake.last_name()
        if locale == "vi_VN":  # its first_name() answers John or Jane; name() does not
            first = speech.strip_accents(fake.name().split()[0])
            last = speech.strip_accents(last)
        if locale.startswith("es") and self.chance(0.6 if self.language == "es" else 0.2):
            last = f"{last} {fake.last_name()}"
        elif self.chance(0.04):
            last = f"{last}-{fake.last_name()}"
        return first, last

    def name_value(self, text: str, middle: bool = False) -> Value:
        spoken = text
        if middle and self.language == "en" and self.chance(0.12):
            first, rest = text.split(" ", 1)
            initial = self.rng.choice("ABCDEFGHJKLMNPRSTW")
            text, spoken = f"{first} {initial}. {rest}", f"{first} {initial} {rest}"
        written = text.lower() if self.chance(0.08) else text
        return Value(written, spoken.lower(), "PERSON")

    # Numbers people say.
    def phone(self) -> Value:
        rng = self.rng
        kind = "us"
        if self.language == "es":
            kinds = ["es", "mx", "us"] if self.split == "dev" else ["co", "ar", "us"]
            kind = rng.choice(kinds)
        if kind == "us":
            groups = [str(rng.randint(201, 989)), str(rng.randint(200, 999)),
                      f"{rng.randint(0, 9999):04d}"]
            written = rng.choice(["({}) {}-{}", "{}-{}-{}", "{}.{}.{}", "{}{}{}",
                                  "+1 {} {} {}"]).format(*groups)
        elif kind == "es":
            groups = [rng.choice("679") + f"{rng.randint(0, 99):02d}",
                      f"{rng.randint(10, 99)}", f"{rng.randint(10, 99)}", f"{rng.randint(10, 99)}"]
            written = rng.choice(["{} {} {} {}", "{}{}{}{}", "+34 {} {} {} {}"]).format(*groups)
        elif kind == "mx":
            groups = [rng.choice(["55", "33", "81"]), f"{rng.randint(1000, 9999)}",
                      f"{rng.randint(1000, 9999)}"]
            written = rng.choice(["{} {} {}", "{}{}{}", "+52 {} {} {}"]).format(*groups)
        elif kind == "co":
            groups = [f"3{rng.randint(0, 2)}{rng.randint(0, 9)}", f"{rng.randint(100, 999)}",
                      f"{rng.randint(1000, 9999)}"]
            written = rng.choice(["{} {} {}", "{}{}{}", "+57 {} {} {}"]).format(*groups)
        else:
            groups = ["11", f"{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}"]
            written = rng.choice(["{} {}-{}", "{}{}{}", "+54 9 {} {}-{}"]).format(*groups)
        spoken = speech.grouped(groups, self.language, rng)
        said_before = "area code " if kind == "us" and self.language == "en" and \
            self.chance(0.2) else ""
        return Value(written, spoken, "PHONE_NUMBER", spoken_prefix=said_before)

    def ssn(self, last_four: bool = False) -> Value:
        parts = self.faker("en_US").ssn().split("-")
        if last_four:
            return Value(parts[2], speech.grouped([parts[2]], self.language, self.rng),
                         "US_SSN")
        written = self.rng.choice(["{}-{}-{}", "{} {} {}", "{}{}{}"]).format(*parts)
        return Value(written, speech.grouped(parts, self.language, self.rng), "US_SSN")

    def code(self, written: str, entity_type: str) -> Value:
        return Value(written, speech.speak_code(written, self.language, self.rng), entity_type)

    def mrn(self) -> Value:
        rng = self.rng
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 10)))
        written = rng.choice([digits, "A" + digits[:7], "MR" + digits[:6],
                              f"{digits[:2]}-{digits[2:4]}-{digits[4:]}",
                              f"{digits[:3]}-{digits[3:6]}-{digits[6:]}".rstrip("-")])
        return self.code(written, "MEDICAL_RECORD_NUMBER")

    def member(self) -> Value:
        rng = self.rng
        letters = "ABCDEFGHJKMNPQRTUVWXY"

        def digits(n: int) -> str:
            return "".join(rng.choice("0123456789") for _ in range(n))
        mbi = (f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}{digits(1)}-"
               f"{rng.choice(letters)}{rng.choice(letters)}{digits(1)}-"
               f"{rng.choice(letters)}{rng.choice(letters)}{digits(2)}")
        written = rng.choice([
            "".join(rng.choice(letters) for _ in range(3)) + digits(9),
            rng.choice(letters) + digits(8), mbi, digits(9) + rng.choice(letters),
            f"{digits(3)} {digits(3)} {digits(3)}", "".join(rng.choice(letters) for _ in range(2))
            + digits(7) + "-0" + digits(1)])
        return self.code(written, "MEMBER_ID")

    def licence(self) -> Value:
        rng = self.rng
        n = "".join(rng.choice("0123456789") for _ in range(12))
        written = rng.choice([rng.choice("ABDFGMSTW") + n[:7], f"{n[:3]} {n[3:6]} {n[6:9]}",
                              n[:8], f"{rng.choice('SWM')}{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:11]}-0",
                              f"{rng.choice('ABCDEFG')}{n[:2]}-{n[2:4]}-{n[4:8]}"])
        return self.code(written, "ID_NUMBER")

    def passport(self) -> Value:
        rng = self.rng
        n = "".join(rng.choice("0123456789") for _ in range(9))
        written = rng.choice([n, rng.choice("ACEGKN") + n[:8], "PA" + rng.choice("ABC") + n[:6],
                              rng.choice("GN") + n[:8]])
        return self.code(written, "ID_NUMBER")

    def spanish_id(self, kind: str) -> Value:
        fake = self.faker("es_ES" if kind != "curp" else "es_MX")
        value = str(getattr(fake, {"dni": "nif"}.get(kind, kind))())
        if kind == "dni" and self.chance(0.4):
            value = self.rng.choice([f"{value[:-1]}-{value[-1]}",
                                     f"{value[:2]}.{value[2:5]}.{value[5:8]}-{value[-1]}"])
        spoken = speech.speak_code(value, "es", self.rng)
        if kind != "curp" and self.chance(0.3):
            head, _, tail = spoken.rpartition(" ")
            spoken = f"{head} letra {tail}"
        return Value(value, spoken, "ID_NUMBER")

    # Written-down identifiers.
    def email(self, first: str, last: str) -> Value:
        rng = self.rng
        if self.chance(0.25):
            written = self.faker(self.rng.choice(list(self._mix))).free_email()
        else:
            given = "".join(c for c in speech.strip_accents(first).lower() if c.isalpha())
            family = "".join(c for c in speech.strip_accents(last.split()[0]).lower()
                             if c.isalpha())
            user = rng.choice([f"{given}.{family}", f"{given}{family}", f"{given[0]}{family}",
                               f"{given}_{family}", f"{family}.{given}", f"{given}{family[0]}"])
            if self.chance(0.5):
                user += rng.choice([str(rng.randint(1, 99)), str(rng.randint(1940, 2010))])
            written = f"{user}@{rng.choice(lists.EMAIL_DOMAINS)}"
        return Value(written, speech.spoken_symbols(written, self.language, rng),
                     "EMAIL_ADDRESS")

    def url(self, first: str, last: str) -> Value:
        given = "".join(c for c in speech.strip_accents(first).lower() if c.isalpha())
        family = "".join(c for c in speech.strip_accents(last.split()[0]).lower()
                         if c.isalpha())
        path = self.rng.choice([
            f"www.{given}{family}.com", f"facebook.com/{given}.{family}",
            f"instagram.com/{given}_{family}{self.rng.randint(1, 99)}",
            f"gofundme.com/f/help-{given}-{family}", f"{given}{family}.blogspot.com",
            f"tiktok.com/@{given}{family}", f"youtube.com/@{family}{given}"])
        written = ("https://" + path) if self.chance(0.2) else path
        spoken = speech.spoken_symbols(path, self.language, self.rng).replace("www", "w w w")
        return Value(written, spoken, "URL")
