"""A dates and postal-codes set, English and Spanish: ``python -m bench.phi_dates``.

Why: dates of birth and ZIP codes said aloud were the weakest never-tuned types
(English ``wild_aside`` spoken dates 12/15 and ZIP codes 22/24; Spanish ``ids_aside``
dates of birth 23/25 spoken and 19/25 as numerals), and the sets we tune on said them
only a few ways. This generator says them every way people and Whisper do: "oh three
fifteen sixty two", "march the fifteenth, sixty-two", "the 15th of March '62",
"nineteen hundred and", a year before the day ("born in '62, on the fifteenth of
March"), hesitations, restarts and corrections ("no wait, the sixteenth"); "quince del
tres del ochenta y dos", "15 del 3 del 82", "marzo 15 de 1962", "mil novecientos...";
ZIP, ZIP+4 and Spanish and Mexican postal codes digit by digit, in pairs, with "oh" and
"double", as a whole number ("cuarenta y seis mil cuatrocientos"), after a town or
alone as an answer. Around them, must-survive durations, times of day, doses,
frequencies, readings and ages below 90 (templates in ``bench/phi_dates_terms.py``).

Each sentence comes in three forms (``written``, ``spoken``: lower case, numbers as
words; ``numerals``: spoken, numbers as digits). The files are
``fixtures/phi/dates/{en,es}-dev.jsonl`` and ``{en,es}-aside.jsonl``: the ``dates``
and ``dates_aside`` splits of ``bench/redaction.py``. Every third template of each
kind is aside, never tuned on; a date, code, name or town that a never-tuned
identifier holds is skipped (searched, never printed).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from bench import phi_common as common
from bench import phi_dates_said as said
from bench import phi_dates_terms as terms
from bench import phi_speech as speech
from bench.phi_common import ROOT, FormsSentence, Piece, SeededSource

OUT_DIR = ROOT / "fixtures" / "phi" / "dates"
_PHI = ROOT / "fixtures" / "phi"
UNSEEN_SETS = {
    "en": [_PHI / p for p in ("dev/en-heldout.jsonl", "wild/en-aside.jsonl",
                              "dates/en-aside.jsonl")],
    "es": [_PHI / p for p in ("dev/es-heldout.jsonl", "fresh/es-aside.jsonl",
                              "real/es-aside.jsonl", "wild/es-aside.jsonl",
                              "ids/es-aside.jsonl", "dates/es-aside.jsonl")],
}
SEEDS = {("en", "dev"): 3301, ("en", "aside"): 3313, ("es", "dev"): 4409,
         ("es", "aside"): 4421}
KINDS = {"en": (("dob", terms.EN_DOB_TEMPLATES), ("date", terms.EN_DATE_TEMPLATES),
                ("zip", terms.EN_ZIP_TEMPLATES), ("plain", terms.EN_PLAIN_TEMPLATES)),
         "es": (("dob", terms.ES_DOB_TEMPLATES), ("date", terms.ES_DATE_TEMPLATES),
                ("zip", terms.ES_ZIP_TEMPLATES), ("plain", terms.ES_PLAIN_TEMPLATES))}
INSTANCES = {"dob": 5, "date": 5, "zip": 5, "plain": 4}
LOCALES = {"en": ["en_US", "en_GB", "es_MX", "en_IN"], "es": ["es_MX", "es_ES", "es_CO"]}


class Source(SeededSource):
    """Every draw from one seed, so each file is the same on every run. The aside
    files themselves are among the unseen sets: the dev part never repeats a value
    of its own aside part (written first)."""

    def __init__(self, language: str, split: str) -> None:
        paths = [p for p in UNSEEN_SETS[language] if split == "dev" or "dates/" not in str(p)]
        self.unseen_sets = common.UnseenSets(paths)
        super().__init__(SEEDS[language, split], LOCALES[language], self.unseen_sets.unseen)
        self.language = language

    def name_part(self, draw: Any) -> str:
        while True:
            value = str(draw())
            if self.unseen(value) and re.fullmatch(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*", value):
                return value

    def person(self) -> tuple[str, str]:
        fake = self.faker()
        return self.name_part(fake.first_name), self.name_part(fake.last_name)

    def city(self) -> str:
        if self.language == "es" and self.chance(0.5):
            return self.name_part(lambda: self.rng.choice(terms.ES_CITIES))
        return self.name_part(self.faker().city)

    def day(self, born: bool) -> date:
        if born:
            return date(1926, 1, 1) + timedelta(days=self.rng.randint(0, 35000))
        return date(2018, 1, 1) + timedelta(days=self.rng.randint(0, 3100))


class Sentence(FormsSentence):
    """One template filled in three forms, with identifier and must-survive spans."""

    s: Source

    def fresh(self, make: Any) -> Piece:
        """A value no never-tuned identifier holds (its written form is searched)."""
        for _ in range(20):
            piece: Piece = make()
            if all(self.s.unseen(value) for value in piece):
                return piece
        return piece

    def clean(self, piece: Piece) -> Piece:
        """Without punctuation in the spoken forms where the sentence has none."""
        if self.punctuation:
            return piece
        return piece[0], *(re.sub(r"[,;]", "", p) for p in piece[1:])  # type: ignore[return-value]

    def term(self, slot: str, capital: bool) -> Piece:
        s, en = self.s, self.s.language == "en"
        base = slot.rstrip("2")
        number = speech.en_number if en else speech.es_number
        n, k = s.rng.randint(2, 10), s.rng.choice([2, 3])
        if base in ("n", "hour"):
            n = s.rng.randint(2, 11)
            return str(n), number(n), str(n)
        if base == "age":
            n = s.rng.randint(18, 89)
            return str(n), number(n), str(n)
        if base == "dose":
            mg = s.rng.choice(terms.DOSES_MG)
            unit = "milligrams" if en else "miligramos"
            return f"{mg} mg", f"{number(mg)} {unit}", f"{mg} {s.rng.choice(['mg', unit])}"
        if base == "weight":
            lb = s.rng.randint(110, 260)
            return f"{lb} pounds", f"{speech.en_pairs(lb) if lb >= 110 else number(lb)} pounds", \
                f"{lb} pounds"
        if base == "reading":
            return said.reading(s.rng, s.language)
        if base == "time":
            return said.time_of_day(s.rng, s.language)
        if base == "ago":
            unit = s.rng.choice(["days", "weeks", "months"] if en else
                                ["días", "semanas", "meses"])
            words = "{n} " + unit + " ago" if en else "hace {n} " + unit
            return words.format(n=n), words.format(n=number(n)), words.format(n=n)
        patterns = {"dur": terms.EN_DURATIONS if en else terms.ES_DURATIONS,
                    "freq": terms.EN_FREQUENCIES if en else terms.ES_FREQUENCIES}[base]
        pattern = s.rng.choice(patterns)
        return pattern.format(n=n, k=k), pattern.format(n=number(n), k=number(k)), \
            pattern.format(n=n, k=k)

    def fill(self, match: re.Match[str]) -> None:
        slot, s = match.group(1), self.s
        rng, language = s.rng, s.language
        base = slot.rstrip("2")
        hesitations = terms.EN_HESITATIONS if language == "en" else terms.ES_HESITATIONS
        makers = {
            "dob": lambda: said.a_date(s.day(True), rng, language, hesitations),
            "date": lambda: said.a_date(s.day(False), rng, language, hesitations),
            "dobday": lambda: said.day_and_month(s.day(True), rng, language),
            "yfirst": lambda: said.year_first(s.day(True), rng, language),
            "monthyear": lambda: said.month_and_year(s.day(rng.random() < 0.4), rng, language),
            "zip": lambda: said.postal_code(rng, language, hesitations),
        }
        if base in makers:
            self.piece(self.clean(self.fresh(makers[base])),
                       "ZIP_CODE" if base == "zip" else "DATE_TIME")
        elif slot == "state":
            state = s.name_part(lambda: rng.choice(terms.EN_STATES))
            self.piece((state, state.lower(), state.lower()), "LOCATION")
        else:
            super().fill(match)


def split_templates(language: str) -> dict[str, list[tuple[str, str, str]]]:
    """(id, kind, template) for each part: every third template of each kind aside."""
    return common.split_templates(f"{language}-dates", KINDS[language], aside=2)


def generate(language: str, split: str) -> list[dict[str, Any]]:
    source = Source(language, split)
    return common.generate(split_templates(language)[split], INSTANCES,
                           lambda: Sentence(source), language)


def main() -> None:
    for language in ("en", "es"):
        # aside first: the dev part then skips every value the aside part holds
        for split in ("aside", "dev"):
            OUT_DIR.mkdir(parents=True, exist_ok=True)
            records = generate(language, split)
            path = OUT_DIR / f"{language}-{split}.jsonl"
            path.write_text(common.dumps(records), encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: {len(records) // 3} sentences")


if __name__ == "__main__":
    main()
