"""An English PHI set from a public generator's templates: ``python -m bench.phi_public``.

Why: every other set was written by this project, so its figures say how the
redactor does on our own way of writing PHI. Issue 10 measured it on sentences from a
public PHI-evaluation generator (Microsoft's presidio-evaluator, MIT): 209 templates
("My card {{credit_card_number}} has been lost", "{{person}}\\n{{organization}}\\n
{{address}}") filled from 3,000 invented identities of many countries
(FakeNameGenerator.com: Czech names in Greenland, Portuguese streets, Estonian phones)
and Faker en_US for the fields those lack. This module fills the same templates the
way the evaluator's ``PresidioSentenceFaker`` does (one identity per sentence, each of
its fields used once, then Faker), and writes them in the three forms of the other sets
(``written``; ``spoken``: lower case, numbers as words, e-mails said "at" and "dot",
punctuation mostly dropped; ``numerals``: spoken with digits) to
``fixtures/phi/public/en-dev.jsonl`` and ``en-aside.jsonl``, the ``public`` and
``public_aside`` splits of ``bench/redaction.py``.

Gold follows HIPAA Safe Harbor, not the evaluator's own types: people, towns and
cities (LOCATION), street addresses (house number, street, unit, PO box: one span),
ZIP and postal codes, phones, e-mails, SSNs, full dates (the time of day and bare
years are plain text), card numbers, IBANs, driver licences, IP addresses and URLs,
ages of 90 and over. Ages below 90 are must-survive terms; states, countries,
organisations, nationalities, titles and jobs are plain text.

The data is the evaluator's wheel, fetched with ``pip download`` into a cache outside
the repository on first use and read with ``zipfile``; nothing of it is committed
except the generated sentences. Every third template of each kind (its first field
in ``KIND_ORDER``) and every third identity go aside, so no aside template or identity
is tuned on; names, towns and streets that an English held-out identifier holds are
skipped (searched, never printed). Deterministic: one seed per part.
"""

from __future__ import annotations

import ast
import csv
import io
import os
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from bench import phi_common as common
from bench.phi_common import ROOT, SeededSource

VERSION = "0.3.2"
CACHE_DIR = Path(os.environ.get("PHI_PUBLIC_CACHE",
                                Path.home() / ".cache" / "telehealth-bench" / "presidio-evaluator"))
_DATA = "presidio_evaluator/data_generator/"
OUT_DIR = ROOT / "fixtures" / "phi" / "public"
UNSEEN_SETS = [ROOT / "fixtures" / "phi" / "dev" / "en-heldout.jsonl"]
SEEDS = {"dev": 2718, "aside": 3141}
INSTANCES = 3  # fills of each template: about 600 sentences in all
FAKER_END = datetime(2025, 1, 1)  # dates and years are drawn before this
ASIDE = 1  # templates and identities whose index is this modulo three go aside
# The CSV's columns under the names the evaluator's templates use
# (presidio_evaluator.data_generator.faker_extensions.datasets.load_fake_person_df).
COLUMNS = {"NameSet": "nationality", "Title": "prefix", "GivenName": "first_name",
           "MiddleInitial": "middle_initial", "Surname": "last_name",
           "StreetAddress": "street_name", "City": "city", "State": "state_abbr",
           "StateFull": "state", "ZipCode": "zipcode", "CountryFull": "country",
           "EmailAddress": "email", "TelephoneNumber": "phone_number",
           "Birthday": "date_of_birth", "Age": "age", "Occupation": "job",
           "Company": "company", "Gender": "gender"}


@dataclass(frozen=True)
class PublicData:
    """What the generator reads from the wheel."""

    templates: list[str]
    people: list[dict[str, str]]
    organizations: list[str]
    nationalities: list[dict[str, str]]
    licence_formats: list[str]
    address_formats: dict[str, float]
    phone_formats: list[str]
    age_formats: dict[str, float]


def wheel_path(cache_dir: Path = CACHE_DIR) -> Path:
    """The cached wheel, downloaded (without its heavy dependencies) when missing."""
    pattern = f"presidio_evaluator-{VERSION}-*.whl"
    found = sorted(cache_dir.glob(pattern))
    if not found:
        cache_dir.mkdir(parents=True, exist_ok=True)
        # S603: a fixed command line; only the cache folder comes from the environment
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",  # noqa: S603
                        "--quiet", f"presidio-evaluator=={VERSION}", "-d", str(cache_dir)],
                       check=True)
        found = sorted(cache_dir.glob(pattern))
    if not found:
        raise FileNotFoundError(f"pip download left no {pattern} in {cache_dir}")
    return found[0]


def _class_constant(source: str, class_name: str, name: str) -> Any:
    """A literal class attribute of the evaluator's providers, read without importing
    them (they import pandas and requests): an ``OrderedDict((...))`` or a tuple."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            for statement in node.body:
                if isinstance(statement, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == name for t in statement.targets):
                    value = statement.value
                    if isinstance(value, ast.Call):  # OrderedDict([...]) or OrderedDict((...))
                        return dict(ast.literal_eval(value.args[0]))
                    return ast.literal_eval(value)
    raise LookupError(f"{class_name}.{name} not found in the evaluator's providers")


def load_data(wheel: Path) -> PublicData:
    with zipfile.ZipFile(wheel) as archive:
        def read(name: str) -> str:
            return archive.read(_DATA + name).decode("utf-8-sig", errors="replace")

        providers = read("faker_extensions/providers.py")
        people = [{COLUMNS.get(k, k): v for k, v in row.items()}
                  for row in csv.DictReader(io.StringIO(read("raw_data/FakeNameGenerator"
                                                              ".com_3000.csv")))]
        licences = yaml.safe_load(read("raw_data/us_driver_license_format.yaml"))
        return PublicData(
            templates=[line.strip() for line in read("raw_data/templates.txt").splitlines()
                       if line.strip()],
            people=people,
            organizations=read("raw_data/companies_and_organizations.csv").splitlines()[1:],
            nationalities=list(csv.DictReader(io.StringIO(read("raw_data/nationalities.csv")))),
            licence_formats=sorted({f for formats in
                                    licences["en"]["faker"]["driving_license"]["usa"].values()
                                    for f in formats}),
            address_formats=_class_constant(providers, "AddressProviderNew", "address_formats"),
            phone_formats=list(_class_constant(providers, "PhoneNumberProviderNew", "formats")),
            age_formats=_class_constant(providers, "AgeProvider", "formats"))


_UNSEEN = common.UnseenSets(UNSEEN_SETS)


class Source(SeededSource):
    """The identities of one part and every draw from its seed; ``record`` is the
    identity of the sentence being filled."""

    def __init__(self, split: str, data: PublicData) -> None:
        super().__init__(SEEDS[split], ["en_US"], _UNSEEN.unseen)
        self.data = data
        self.people = [row for index, row in enumerate(data.people)
                       if (index % 3 == ASIDE) == (split == "aside")
                       and all(_UNSEEN.unseen(row[k]) for k in ("first_name", "last_name",
                                                                "city", "street_name"))]
        self.fake = self.fakers["en_US"]
        self.record: dict[str, str] = {}

    def person(self) -> tuple[str, str]:
        """A new identity, with the evaluator's derived fields (a full name with a
        middle initial one time in five, names by gender)."""
        row = dict(self.rng.choice(self.people))
        first, last = row["first_name"], row["last_name"]
        full = f"{first} {last}" if self.rng.random() > 0.2 else \
            f"{first} {row['middle_initial']}{self.rng.choice([' ', '. '])}{last}"
        row["person"] = row["name"] = full
        for gender in ("female", "male"):
            own = row["gender"] == gender
            for field in ("first_name", "last_name", "prefix"):
                row[f"{field}_{gender}"] = row[field] if own else ""
        self.record = row
        return first, last

    def weighted(self, choices: dict[str, float]) -> str:
        keys = list(choices)
        return self.rng.choices(keys, [choices[k] for k in keys])[0]

    def fallback(self, field: str) -> str:
        """A field the identity lacks (or has used), as the evaluator's providers make it."""
        fake, rng, data = self.fake, self.rng, self.data
        if field == "person":
            field = "name"
        if field == "organization":
            return rng.choice(data.organizations)
        if field in ("nationality", "nation_man", "nation_woman", "nation_plural"):
            row = rng.choice(data.nationalities)
            return row[{"nation_man": "man", "nation_woman": "woman",
                        "nation_plural": "plural"}.get(field, "nationality")].title()
        if field == "us_driver_license":
            return str(fake.bothify(rng.choice(data.licence_formats)))
        if field == "phone_number":
            return str(fake.numerify(rng.choice(data.phone_formats)))
        if field == "age":
            return str(fake.numerify(self.weighted(data.age_formats)))
        if field == "ip_address":
            return str(fake.ipv4() if rng.random() < 0.8 else fake.ipv6())
        if field in ("date_time", "year", "day_of_week", "month_name", "month",
                     "day_of_month"):  # Faker's default ends now: not reproducible
            moment = fake.date_time(end_datetime=FAKER_END).replace(microsecond=0)
            return {"year": str(moment.year), "day_of_week": moment.strftime("%A"),
                    "month_name": moment.strftime("%B"), "month": moment.strftime("%m"),
                    "day_of_month": moment.strftime("%d")}.get(field, str(moment))
        return str(getattr(fake, field)())

    def value(self, field: str, checked: bool = False) -> str:
        """The identity's value for ``field`` the first time, Faker's after; where
        ``checked`` (names, towns, streets), none that a held-out identifier holds."""
        value = self.record.pop(field, "")
        while not value or (checked and not _UNSEEN.unseen(value)):
            value = self.fallback(field)
        return value


# A template's kind is its first field in this order: every third template of each kind
# goes aside, so both parts hold each kind of identifier (split by line alone, every
# date template fell aside).
KIND_ORDER = ("date_of_birth", "date_time", "ssn", "ip_address", "iban", "us_driver_license",
              "url", "email", "age", "phone_number", "zipcode", "postcode",
              "credit_card_number", "address", "secondary_address", "building_number",
              "street_name", "city", "person", "name", "first_name", "last_name")


def template_kind(template: str) -> str:
    fields = set(re.findall(r"\{\{(\w+)\}\}", template))
    return next((f for f in KIND_ORDER if f in fields),
                "other_person" if any("name" in f for f in fields) else "other")


def template_parts(templates: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """(id, kind, template) per part: every third template of each kind aside."""
    parts: dict[str, list[tuple[str, str, str]]] = {"dev": [], "aside": []}
    seen: dict[str, int] = {}
    for index, template in enumerate(templates):
        text = re.sub(r"\{\{(.*?)\}\}", lambda m: "{{" + m.group(1).strip().lower() + "}}",
                      template).replace("\\,", ", ").replace("\\n", "\n")
        kind = template_kind(text)
        split = "aside" if seen.get(kind, 0) % 3 == ASIDE else "dev"
        seen[kind] = seen.get(kind, 0) + 1
        parts[split].append((f"en-public-{index:03d}", "public", text))
    return parts


def generate(split: str, data: PublicData | None = None) -> list[dict[str, Any]]:
    from bench.phi_public_fill import Sentence  # the filler imports this module's Source

    data = data or load_data(wheel_path())
    source = Source(split, data)
    return common.generate(template_parts(data.templates)[split], {"public": INSTANCES},
                           lambda: Sentence(source), "en")


def output_path(split: str) -> Path:
    return OUT_DIR / f"en-{split}.jsonl"


def main() -> None:
    data = load_data(wheel_path())
    common.write_splits(OUT_DIR, "en", lambda split: generate(split, data))


if __name__ == "__main__":
    main()
