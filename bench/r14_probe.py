"""Score the redactor on R14's English probe: ``python bench/r14_probe.py [--aside] [--show]``.

Why: the weakest English sets are the never-tuned ones, and the lead saw leaks of a few
kinds there (given names that are ordinary words next to a role, lower-case surnames
after cue words, spoken dates). These are R14's own templates of telehealth speech from
the US, UK, India, Nigeria, the Philippines and Australia: word-names (Hope, Will, Grace),
nicknames, relatives, towns, streets and postcodes said aloud, ids and phones digit by
digit or in groups, spoken e-mails and web addresses, ages of 90 and over, dates said
many ways; and, in about a third, no identifier but eponyms, brands and name-like verbs
a naive system would redact (``{{term}}`` must survive). Each is filled with Faker
identities and written in a written and a spoken form (lower case, numbers as words,
punctuation dropped, the way Whisper writes them) with the mechanics of
``bench/r13_probe.py``. Every third template (rotating) goes aside (``en-aside.jsonl``) and is
scored in aggregate only; ``--show`` refuses it. ``--write`` stores both parts once into
``fixtures/phi/r14`` (Faker's draws move with the process's hash seed).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.phi_speech import (  # noqa: E402
    digits,
    en_number,
    en_ordinal,
    en_year,
    grouped,
    speak_code,
    speak_text,
    spoken_symbols,
    strip_accents,
)
from bench.r12_probe import show_errors  # noqa: E402
from bench.r13_probe import MONTHS, _said_plain  # noqa: E402

LOCALES = ["en_US", "en_GB", "en_IN", "en_NG", "yo_NG", "ig_NG", "en_PH", "en_AU", "en_NZ",
           "en_IE", "en_CA", "en_US", "en_GB", "en_IN"]
INSTANCES = 4
SEED = 1414
FIXTURES = ROOT / "fixtures" / "phi" / "r14"
# Towns where Faker's locale has none of its own (it invents "Ikennafort").
TOWNS = {"NG": ["Ibadan", "Enugu", "Abeokuta", "Owerri", "Kaduna", "Port Harcourt", "Onitsha",
                "Ilorin", "Benin City", "Jos"],
         "PH": ["Quezon City", "Cebu City", "Davao", "Iloilo", "Bacolod", "Baguio",
                "Cagayan de Oro", "Batangas", "Dumaguete", "Tacloban"]}
PH_NAMES = (["Maricel", "Rodel", "Jocelyn", "Arnel", "Lorna", "Jericho", "Divina", "Ronaldo"],
            ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Soriano",
             "Manalo"])
WORD_NAMES = ["Hope", "Grace", "Will", "Bill", "Rose", "Faith", "Joy", "June", "April", "May",
              "Mark", "Art", "Dawn", "Sky", "Summer", "Hunter", "Chase", "Lane", "Brook"]
NICKNAMES = ["Bobby", "Liz", "Jimmy", "Tony", "Chidi", "Bunmi", "Tolu", "Raju", "Pinky",
             "Jun-Jun", "Nonoy", "Dolly", "Gaz", "Shazza", "Davo", "Sunny"]

# {P} full name, {F} given name, {L} surname, {W} and {W2} given names that are ordinary
# words, {N} nickname, {C} town, {S} street address, {Z} postcode, {PH} phone, {E} e-mail,
# {U} web address, {ID} national id (NHS, Aadhaar, PhilHealth), {MRN} record number,
# {A} age of 90 and over, {D} a date said one of several ways.
TEMPLATES = [
    "hi, this is {W} the nurse from the {{cardiology}} clinic, calling for {P}.",
    "Could you ask for {W} at reception? She has the {{discharge summary}}.",
    "Will the doctor see me today about the {{Bell's palsy}}?",
    "I'll hand you over to {W}, she's the pharmacist on today.",
    "{W} from billing rang about the {{physio}} invoice.",
    "Page the doctor, his {{oxygen}} is dropping.",
    "My wife {W} usually gives me the {{insulin}} injections.",
    "Is {W} there? Tell her it's her brother {F} calling.",
    "I will take the {{Tylenol}} and the {{Advil}} on alternate hours.",
    "Thank you {W}, the {{dressing}} feels much better now.",
    "My mum is {A} and still lives on her own in {C}.",
    "May I have a refill of my {{Zoloft}}, {{fifty milligrams}}?",
    "He turned {A} last month and still drives to {C} every week.",
    "The patient is a {A}-year-old lady from {C} with {{heart failure}}.",
    "Mark the spot where the {{rash}} started, we'll check it in {{two weeks}}.",
    "Her NHS number is {ID}.",
    "My medical record number is {MRN}, under {L}.",
    "She was diagnosed with {{Graves' disease}} last summer.",
    "You can reach me on {PH}, that's my mobile.",
    "Email me the results at {E} please.",
    "Her {{Hashimoto's}} is controlled on {{levothyroxine}}, {{seventy five micrograms}}.",
    "The booking link is {U}, you log in with your date of birth.",
    "I live at {S}, {C}, and the postcode is {Z}.",
    "My son has {{Down syndrome}} and {{Tourette's}}.",
    "My address is {S}, {Z}.",
    "My date of birth is {D}.",
    "He started {{Lasix}} {{forty milligrams}} twice a day for the {{swelling}}.",
    "The appointment was on {D}, but {W} had to cancel it.",
    "I was born {D} in {C}.",
    "I have hope the {{chemo}} works this time.",
    "My surname is {L}, first name {F}.",
    "The name's {L}, {F} {L}.",
    "By the grace of God the {{biopsy}} came back clear.",
    "I'm calling for my grandmother, {P}, she's {A}.",
    "Doctor {L} said to stop the {{Xarelto}} before the procedure.",
    "The ward sees 300-400 admissions a winter with {{pneumonia}}.",
    "We're staying with my aunty {F} in {C} until the {{surgery}}.",
    "Please send it to my son {N}, his email is {E}.",
    "Bill me later for the {{physiotherapy}}, is that okay?",
    "Sister {W} on ward six said my {{bloods}} were fine.",
    "This is {P} from {C}, my Aadhaar number is {ID}.",
    "It's been a joy to see your {{blood sugar}} come down.",
    "Ma'am, my husband {F} {L} has {{malaria}} again, we are in {C}.",
    "Good morning po, I am {P}, from {C}.",
    "Chase up the {{MRI}} report for me please.",
    "She goes by {N}, but her legal name is {P}.",
    "Our neighbour {W} {L} found him on the floor on {D}.",
    "The {{Crohn's}} flare lasted {{three weeks}}.",
    "My carer is {W}, she comes every morning to {S}.",
    "Is that {L} with an e at the end? Yes, {L}.",
    "Is the {{Ozempic}} pen kept in the fridge?",
    "I need a letter for {P}, date of birth {D}, for the {{Lyme disease}} follow up.",
    "Call my daughter {W} on {PH} if I don't answer.",
    "Take {{two puffs}} of {{Ventolin}} every {{four hours}}.",
    "Text me on {PH}, or email {E}.",
    "Our old address was {S} in {C}, we moved on {D}.",
    "Art classes help with my {{anxiety}}, honestly.",
    "{P}, {A} years old, {{Parkinson's disease}}, lives with his son in {C}.",
    "I spoke to {W} and {W2} at the front desk.",
    "Summer is always worse for my {{hay fever}}.",
    "Say hi to {W} for me, she was lovely during the {{colonoscopy}}.",
    "my nephew {N} lives in {C} and he can drive me",
    "Do you take {{Eliquis}} or {{Xarelto}} for the {{clots}}?",
    "I'm {W} {L}, I'm ringing about my dad's {{dementia}} assessment.",
    "the doctor said {W} could collect the {{Advair}} for me",
    "Dawn is when the {{cough}} is worst.",
    "His PhilHealth number is {ID} and he is {A}.",
    "Is a {{tetanus booster}} due after {{ten years}}?",
    "Good afternoon, {W}, how is the {{knee}} today?",
]


def _person(fake: Faker, locale: str, rng: random.Random) -> dict[str, str]:
    if locale == "en_PH":
        first, last = rng.choice(PH_NAMES[0]), rng.choice(PH_NAMES[1])
    else:
        first, last = fake.first_name(), fake.last_name()
    word, word2 = rng.sample(WORD_NAMES, 2)
    return {"F": first, "L": last, "P": f"{first} {last}", "W": word, "W2": word2,
            "N": rng.choice(NICKNAMES)}


def _date(fake: Faker, rng: random.Random) -> tuple[str, str]:
    """A date as written and as said, in one of the ways people say dates."""
    day = fake.date_between(start_date="-90y", end_date="+1y")
    month, d, year = MONTHS[day.month - 1], day.day, day.year
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")
    ways = [
        (f"{d} {month} {year}", f"the {en_ordinal(d)} of {month.lower()} {en_year(year)}"),
        (f"{month} {d}, {year}", f"{month.lower()} {en_ordinal(d)} {en_year(year)}"),
        (f"{d}/{day.month}/{year}", f"{en_number(d)} slash {en_number(day.month)} slash "
                                    f"{en_year(year)}"),
        (f"{month} {d}{suffix}", f"{month.lower()} the {en_ordinal(d)}"),
        (f"the {d}{suffix} of {month}", f"the {en_ordinal(d)} of {month.lower()}"),
        (f"{d}/{day.month}", f"{en_number(d)} slash {en_number(day.month)}"),
    ]
    return rng.choice(ways)


def _phone(fake: Faker, rng: random.Random) -> tuple[str, str]:
    try:
        value = fake.phone_number()
    except AttributeError:  # a locale without a phone provider (en_PH)
        value = fake.numerify("09## ### ####")
    value = value.split("x")[0].strip()
    groups = re.findall(r"\d+", value)
    said = ("plus " if value.startswith("+") else "") + grouped(groups, "en", rng)
    return value, said


def _ident(rng: random.Random, template: str) -> tuple[str, str, str]:
    """A national id of the kind the template names, written in groups."""
    sizes = ([4, 4, 4] if "Aadhaar" in template else [2, 9, 1] if "PhilHealth" in template
             else [3, 3, 4])
    groups = ["".join(str(rng.randrange(10)) for _ in range(n)) for n in sizes]
    joiner = "-" if "PhilHealth" in template else " "
    return joiner.join(groups), grouped(groups, "en", rng), "ID_NUMBER"


def values(fake: Faker, locale: str, rng: random.Random, template: str) -> dict:
    """Each slot's written and spoken value and its type."""
    country = locale[-2:]
    town = rng.choice(TOWNS[country]) if country in TOWNS else fake.city()
    street = " ".join(fake.street_address().replace("\n", " ").split())
    postcode = fake.postcode()
    age = rng.randrange(90, 104)
    first, last = (strip_accents(x).lower().replace(" ", "") for x in
                   (fake.first_name(), fake.last_name()))
    email = f"{first}{rng.choice(['.', '_', ''])}{last}{rng.choice(['', '7', '82'])}@" \
            f"{fake.free_email_domain()}"
    url = rng.choice([f"www.{last}health.com", f"mychart.{last}clinic.org/login",
                      f"{last}-family.net"])
    mrn = rng.choice(["", "MRN ", "A"]) + "".join(str(rng.randrange(10)) for _ in range(8))
    return {
        "C": (town, speak_text(town, "en", rng), "LOCATION"),
        "S": (street, speak_text(street, "en", rng), "STREET_ADDRESS"),
        "Z": (postcode, speak_code(postcode, "en", rng), "ZIP_CODE"),
        "PH": (*_phone(fake, rng), "PHONE_NUMBER"),
        "E": (email, spoken_symbols(email, "en", rng), "EMAIL_ADDRESS"),
        "U": (url, spoken_symbols(url, "en", rng), "URL"),
        "ID": _ident(rng, template),
        "MRN": (mrn, speak_code(mrn, "en", rng) if rng.random() < 0.5
                else digits(mrn, "en", rng), "MEDICAL_RECORD_NUMBER"),
        "A": (rng.choice([str(age), en_number(age).replace(" ", "-")]), en_number(age), "AGE"),
        "D": (*_date(fake, rng), "DATE_TIME"),
    }


def fill(template: str, locale: str, fake: Faker, rng: random.Random) -> tuple[str, str]:
    """The template filled, as a written and a spoken fixture line."""
    person = _person(fake, locale, rng)
    slots = values(fake, locale, rng, template)
    written, spoken = [], []
    for piece in re.split(r"(\{\{.+?\}\}|\{[A-Z0-9]+\})", template):
        slot = re.fullmatch(r"\{([A-Z0-9]+)\}", piece)
        if not slot:
            written.append(piece)
            spoken.append(_said_plain(piece))
            continue
        key = slot.group(1)
        if key in person:
            value, said, kind = person[key], person[key].lower(), "PERSON"
            if key == "N":
                said = said.replace("-", rng.choice(["-", " "]))
        else:
            value, said, kind = slots[key]
        written.append(f"[[{kind}|{value}]]")
        spoken.append(f"[[{kind}|{said}]]")
    return "".join(written), " ".join("".join(spoken).split())


def samples(aside: bool) -> list[dict]:
    from bench.redaction import parse_fixture_line
    rng = random.Random(SEED)  # noqa: S311 - reproducible test data
    out = []
    for n, template in enumerate(TEMPLATES):
        for k in range(INSTANCES if "{" in template.replace("{{", "") else 1):
            locale = LOCALES[(n * INSTANCES + k) % len(LOCALES)]
            fake = Faker(locale)
            fake.seed_instance(SEED + n * 10 + k)
            lines = fill(template, locale, fake, rng)
            if ((n + n // 3) % 3 == 2) != aside:  # every third, rotating in each triple
                continue
            for form, line in zip(("written", "spoken"), lines, strict=True):
                sample = parse_fixture_line(line, "en", n)
                sample.update(id=f"r14-{n:03d}.{k}.{form}", form=form)
                out.append(sample)
    return out


def path(aside: bool) -> Path:
    return FIXTURES / ("en-aside.jsonl" if aside else "en-dev.jsonl")


def stored(aside: bool) -> list[dict]:
    """The samples as ``--write`` stored them."""
    return [json.loads(line) for line in path(aside).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aside", action="store_true")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--write", action="store_true", help="store both parts' samples")
    options = parser.parse_args()
    if options.aside and options.show:
        parser.error("the aside part is scored in aggregate only")
    if options.write:
        FIXTURES.mkdir(parents=True, exist_ok=True)
        for aside in (False, True):
            path(aside).write_text("".join(json.dumps(s, ensure_ascii=False) + "\n"
                                           for s in samples(aside)), encoding="utf-8")
        return
    from bench.redaction import build_redactor, score
    redactor = build_redactor()
    redactor.redact("warm up", "en")
    rows = stored(options.aside)
    for form, tally in sorted(score(redactor, rows).items()):
        summary = tally.summary()
        print(form, len([r for r in rows if r["form"] == form]),
              {k: v for k, v in summary.items() if k not in ("per_type", "ms", "cpu_ms")})
        print("   ", summary.get("per_type"))
        if options.show:
            show_errors(redactor, [r for r in rows if r["form"] == form], tally)


if __name__ == "__main__":
    main()
