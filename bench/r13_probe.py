"""Score the redactor on R13's own English probe: ``python bench/r13_probe.py [--aside] [--show]``.

Why: the English tuning sets are near 1.0 while the never-tuned public set is lower; the
gap is fitting. These probes are R13's own templates (narrative sentences, letters, chat
turns, clinic talk, appositives, compound given names), filled with Faker identities of
many countries (none from the public generator's pool), in a written form and a spoken
form (lower case, numbers as words, punctuation dropped, the way an ASR writes them).
Every third template goes aside and is scored in aggregate only (``--show`` refuses
it), so that it stays untuned. A part of the templates carries no identifier but
medicines, conditions and capitalised ordinary words (``{{term}}`` must survive).
Generated once with one seed (``--write``) into ``fixtures/phi/r13``, then read from
there: Faker's draws move with the process's hash seed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.phi_speech import en_number, en_ordinal, en_pairs, en_year  # noqa: E402
from bench.r12_probe import show_errors  # noqa: E402

LOCALES = ["de_DE", "pl_PL", "fr_FR", "nl_NL", "cs_CZ", "fi_FI", "pt_BR", "it_IT", "sv_SE",
           "da_DK", "en_GB", "en_IN", "en_AU", "ro_RO", "id_ID", "es_ES", "no_NO", "en_US",
           "en_NZ", "en_IE", "hr_HR", "sk_SK", "pt_PT", "de_AT", "en_CA", "es_MX"]
INSTANCES = 4
SEED = 1313
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# {P} full name, {F} and {F2} given names, {L} surname, {FF} compound given name, {FFL}
# with a surname, {C} and {C2} towns, {S} street address, {Z} postal code, {PH} phone,
# {D} date of birth.
TEMPLATES = [
    "{P} was admitted with {{pneumonia}} and started on {{amoxicillin}}.",
    "I spoke to {F} the nurse this morning about the {{wound dressing}}.",
    "My neighbour, {F} the plumber, drove me to the clinic.",
    "{FFL} is my emergency contact.",
    "The patient, {P}, reports {{chest pain}} for {{three days}}.",
    "Please send the letter to {S}, {C}, {Z}.",
    "We moved to {C} last year and my {{asthma}} got worse.",
    "Her daughter {FF} picks up the {{metformin}} every month.",
    "Dr. {L} wants to see you again after the {{MRI}}.",
    "Can you call {F} back on {PH}? She has questions about the {{insulin}}.",
    "Referral from {P}, {C}, regarding {{atrial fibrillation}}.",
    "My date of birth is {D} and I live at {S}.",
    "{F} {L} from {C} called about her {{blood pressure}} readings.",
    "The home visit is at {S} in {C}.",
    "Mr {L} has had {{type 2 diabetes}} since his forties.",
    "I am {P}, born {D}, and I take {{lisinopril}} every morning.",
    "Yesterday {F} told me the {{rash}} was spreading.",
    "Hi, this is {FF} calling for my husband {F}.",
    "Send the prescription to the pharmacy on {S}.",
    "Patient name: {P}. Address: {S}, {C} {Z}. Phone: {PH}.",
    "Our GP, Dr {P}, retired, so we see someone in {C} now.",
    "My brother-in-law {F} works nights and forgets his {{atorvastatin}}.",
    "The ambulance took her from {S} to the hospital in {C}.",
    "{L} and his wife came in for the {{flu shot}}.",
    "Thanks, {F}, I'll take the {{ibuprofen}} with food.",
    "I was staying with my cousin {P} in {C} when the {{seizure}} happened.",
    "Contact person: {FFL}, {PH}.",
    "Her postcode is {Z} and the town is {C}.",
    "I asked {F} to bring my {{inhaler}} from the car.",
    "The caregiver, a lady called {P}, gives her the {{eye drops}}.",
    "He lives alone at {S} since his wife passed.",
    "{P}, the social worker, will phone you about transport.",
    "Born on {D} in {C}.",
    "I think {F} said the {{antibiotics}} finished on Friday.",
    "Please update the address to {S}, {Z} {C}.",
    "My son {F} {L} is twelve and has {{eczema}}.",
    "A documentary about {P} won the award last spring.",
    "The song was written by {L} and sung by {P}.",
    "{F} shouted at {F2} across the waiting room.",
    "Have you ever been to a {L} concert?",
    "According to {P}, the {{tetanus shot}} was last year.",
    "Leave it with {F}, she sorts the {{refills}}.",
    "I met {F} and {F2} at the support group.",
    "That was {F}'s idea, not mine.",
    "Stop worrying, {F}!",
    "Flights from {C} to {C2} were cancelled, so I missed the {{dialysis}}.",
    "The parcel goes to {P}\n{S}\n{C} {Z}",
    "The north side of {C} has a new urgent care.",
    "No, sorry, {FF} is her name.",
    "we were at {L}'s house when the {{angina}} came on",
    "my auntie {F} from {C} sends her love",
    "A warm thank you to {P} for the {{physical therapy}} sessions.",
    "Ask for {L} at the front desk.",
    "He said {F} would bring the {{walker}}.",
    "Address on file: {S}, {C}, {Z}.",
    "Noted: {P} declined the {{statin}}.",
    "{P} of Northwind Logistics is the new director.",
    "I just got back from {C}, it was freezing.",
    "One ticket from {C} to {C2}, please.",
    "{F}: I'm not feeling well today.",
    "Bot: Who is the policyholder? User: {P}",
    "My best friend {F} lives in {C}.",
    "Call me {F}, everyone does.",
    "{L}, {F} - DOB {D}",
    "{P} ({C}) left a review about the {{physiotherapy}}.",
    "She was raised in {C} by her grandmother.",
    "{C} is where I grew up.",
    "The concert by {P} in {C} was sold out.",
    "{F} and I went to {C} for the weekend.",
    "Is this {F}? It's {F2} from the clinic.",
    "Tell {F} I said hello.",
    "The fundraiser for {P} raised a lot of money.",
    "I work with {F2} {L} at the warehouse.",
    "Did {F} get the {{blood results}} yet?",
    "{F} won the race last year.",
    "{F} laughed when I told her about the {{stitches}}.",
    "Everyone at work loves {F}.",
    "I told {F} the truth about the {{biopsy}}.",
    "We visited {F} in the hospital on the weekend.",
    "{F} is allergic to {{penicillin}}.",
    "Without {F}, I'd be lost.",
    "Give this envelope to {F}.",
    "Happy birthday, {F}!",
    "Dear {F}, thank you for the flowers.",
    "Kind regards, {P}",
    "cc: {P}, {C}",
    "{F} and {F2} are twins.",
    "Our landlord, {P}, raised the rent.",
    "I'm {F}, the patient's daughter.",
    "Is {L} the surname? Yes, {L}.",
    "Take {{one tablet}} of {{Tylenol}} twice a day for {{five days}}.",
    "The {{Parkinson's disease}} clinic moved to the second floor.",
    "Blood test shows low {{vitamin D}} and high {{cholesterol}}.",
    "Monday is fine for the {{colonoscopy}} prep.",
    "She has {{Crohn's disease}} and uses {{Humira}} every other week.",
    "The Emergency Department was busy, we waited four hours.",
    "Use the {{Epsom salt}} soak for the {{ingrown toenail}}.",
    "My {{migraine}} gets worse with bright lights.",
    "He is on {{warfarin}} so watch for {{bruising}}.",
    "Christmas was hard with the {{back pain}}.",
    "The nurse practitioner increased my {{sertraline}}.",
    "Apply {{hydrocortisone cream}} to the {{left elbow}}.",
]


def _locale_person(fake: Faker) -> dict[str, str]:
    first, last = fake.first_name(), fake.last_name()
    other = fake.first_name()
    friend = fake.first_name()
    joiner = random.choice(["-", " "])  # noqa: S311 - reproducible test data
    given = f"{first}{joiner}{other}"
    return {"F": first, "L": last, "P": f"{first} {last}", "FF": given, "FFL": f"{given} {last}",
            "F2": friend}


def fill(template: str, fake: Faker, rng: random.Random) -> tuple[str, str]:
    """The template filled, as a written and a spoken fixture line."""
    person = _locale_person(fake)
    day = fake.date_of_birth(minimum_age=20, maximum_age=88)
    street = " ".join(fake.street_address().replace("\n", " ").split())
    values = {
        "PERSON": person, "C": fake.city(), "C2": fake.city(), "S": street, "Z": fake.postcode(),
        "PH": fake.numerify("(###) ###-####"),
        "D": (f"{day.day} {MONTHS[day.month - 1]} {day.year}",
              f"the {en_ordinal(day.day)} of {MONTHS[day.month - 1].lower()} "
              f"{en_year(day.year)}"),
    }
    types = {"P": "PERSON", "F": "PERSON", "L": "PERSON", "FF": "PERSON", "FFL": "PERSON",
             "F2": "PERSON", "C2": "LOCATION", "C": "LOCATION",
             "S": "STREET_ADDRESS", "Z": "ZIP_CODE", "PH": "PHONE_NUMBER", "D": "DATE_TIME"}
    written, spoken = [], []
    for piece in re.split(r"(\{\{.+?\}\}|\{[A-Z0-9]+\})", template):
        slot = re.fullmatch(r"\{([A-Z0-9]+)\}", piece)
        if not slot:
            written.append(piece)
            spoken.append(_said_plain(piece))
            continue
        key = slot.group(1)
        kind = types[key]
        if key in person:
            value = person[key]
            said = value.lower().replace("-", random.choice(["-", " "]))  # noqa: S311
        elif key == "D":
            value, said = values["D"]
        else:
            value = str(values[key])
            said = _said_value(value, kind, rng)
        written.append(f"[[{kind}|{value}]]")
        spoken.append(f"[[{kind}|{said}]]")
    return "".join(written), " ".join("".join(spoken).split())


def _said_plain(text: str) -> str:
    """Template text as an ASR writes it: lower case, no punctuation but apostrophes."""
    text = re.sub(r"\{\{(.+?)\}\}", lambda m: "{{" + m.group(1).lower() + "}}", text)
    text = re.sub(r"(?<![{}])[.,;:!?()\"](?![{}])", " ", text)
    return text.lower().replace("dr ", "doctor ").replace("mr ", "mister ")


def _said_value(value: str, kind: str, rng: random.Random) -> str:
    value = re.sub(r"[.,/()]", " ", value).lower()
    if kind in ("ZIP_CODE", "PHONE_NUMBER"):
        return " ".join(en_number(int(c)) if c.isdigit() else c
                        for c in value if not c.isspace() and c != "-")
    def number(m: re.Match[str]) -> str:
        n = int(m.group())
        return en_pairs(n) if 1000 <= n <= 9999 and rng.random() < 0.5 else (
            en_number(n) if n <= 9999 else " ".join(en_number(int(c)) for c in m.group()))
    return " ".join(re.sub(r"\d+", number, value).replace("-", " ").split())


def lines(aside: bool) -> list[str]:
    rng = random.Random(SEED)  # noqa: S311 - reproducible test data
    random.seed(SEED)
    out = []
    for n, template in enumerate(TEMPLATES):
        for k in range(INSTANCES if "{" in template.replace("{{", "") else 1):
            fake = Faker(LOCALES[(n * INSTANCES + k) % len(LOCALES)])
            fake.seed_instance(SEED + n * 10 + k)
            written, spoken = fill(template, fake, rng)
            if (n % 3 == 2) == aside:
                out += [written, spoken]
    return out


FIXTURES = ROOT / "fixtures" / "phi" / "r13"


def stored_lines(aside: bool) -> list[str]:
    """The lines as ``--write`` stored them: Faker's output moves with the process's
    hash seed, so the scored probe is read from the files, not generated again."""
    path = FIXTURES / ("en-probe-aside.txt" if aside else "en-probe.txt")
    if not path.exists():
        return lines(aside)
    return [line.replace("\\n", "\n") for line in path.read_text(encoding="utf-8").splitlines()]


def write() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for aside in (False, True):
        path = FIXTURES / ("en-probe-aside.txt" if aside else "en-probe.txt")
        path.write_text("\n".join(line.replace("\n", "\\n") for line in lines(aside)) + "\n",
                        encoding="utf-8")


def main() -> None:
    from bench.redaction import build_redactor, parse_fixture_line, score
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aside", action="store_true")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--lines", action="store_true", help="print the tuning lines")
    parser.add_argument("--write", action="store_true", help="store both parts' lines")
    options = parser.parse_args()
    if options.aside and (options.show or options.lines):
        parser.error("the aside part is scored in aggregate only")
    if options.write:
        write()
        return
    if options.lines:
        print("\n".join(stored_lines(False)))
        return
    redactor = build_redactor()
    redactor.redact("warm up", "en")
    rows = [parse_fixture_line(line, "en", n)
            for n, line in enumerate(stored_lines(options.aside))]
    tally = score(redactor, rows)["fixture"]
    summary = tally.summary()
    print(len(rows), {k: v for k, v in summary.items() if k != "per_type"})
    print(summary.get("per_type"))
    if options.show:
        show_errors(redactor, rows, tally)

if __name__ == "__main__":
    main()
