"""Street addresses of many Spanish-speaking countries for the dev part of the set.

Spain's and Mexico's streets alone taught the redactor one habit: a street word, a
name, a number. Others write and say addresses differently (a plate after the number
in Colombia, a zone in Guatemala, a block and lot in Peru, no street word at all in
Argentina and Chile, a date inside the name in Uruguay), so the dev part carries
hand-made addresses in the formats of a dozen countries, written and as a transcript
writes them said aloud. The held-out part keeps its own generator (``phi_places``),
untouched, so these formats never meet its identities.
"""

from __future__ import annotations

from collections.abc import Callable

from bench import phi_speech as speech
from bench.phi_values import Source

# Street names as several countries name them: heroes, trees, saints, dates, places.
NAMES = [
    "San Martín", "Bolívar", "Sucre", "Los Aromos", "Las Acacias", "Los Alerces", "Belgrano",
    "Rivadavia", "Sarmiento", "Mitre", "Urquiza", "Independencia", "Libertad", "Hidalgo",
    "Morelos", "Madero", "Zaragoza", "Allende", "Reforma", "O'Higgins", "Arturo Prat",
    "Balmaceda", "Santa Rosa", "Las Camelias", "Los Cerezos", "Nariño", "Santander",
    "Caldas", "Boyacá", "Amazonas", "Colón", "Pichincha", "Grau", "Bolognesi", "Larco",
    "Duarte", "Mella", "Ponce de León", "Fernández Juncos", "Artigas", "Los Olivos",
    "El Roble", "Los Sauces", "Las Magnolias", "Los Jazmines", "El Carmen", "La Merced",
    "Los Robles", "Las Palmas", "Los Laureles", "Simón Bolívar", "José Martí",
    "Benito Juárez", "Eloy Alfaro", "Francisco de Miranda", "Andrés Bello",
    "Gabriela Mistral", "Pedro de Valdivia", "Manuel Montt", "Vicuña Mackenna", "Alberdi",
    "Corrientes", "Callao", "Pueyrredón", "Las Heras", "Cabildo", "Tucumán", "Lavalle",
    "Los Libertadores", "El Sol", "La Paz", "Junín", "Ayacucho", "Túpac Amaru",
    "Los Próceres", "Las Américas", "Winston Churchill", "Abraham Lincoln", "El Conde",
    "Isabel la Católica", "Máximo Gómez", "Gregorio Luperón", "Juan Pablo Duarte",
    "Los Almendros", "Las Gardenias", "El Bosque", "Los Cipreses", "Sor Juana",
    "Miguel Hidalgo", "Emiliano Zapata", "Venustiano Carranza", "Lázaro Cárdenas",
    "Francisco I. Madero", "Manuel Acuña", "Ignacio Zaragoza", "Los Tulipanes",
    "Tomás Frías", "Mariscal Santa Cruz", "Mariscal López", "España", "Italia", "Brasil",
]
DATES = ["9 de Julio", "25 de Mayo", "18 de Julio", "5 de Mayo", "16 de Septiembre",
         "20 de Noviembre", "10 de Agosto", "12 de Octubre", "27 de Febrero", "1 de Mayo",
         "6 de Diciembre", "24 de Junio", "3 de Febrero", "15 de Agosto"]
BUILDINGS = ["Torre Europa", "Residencias Caracas", "Los Andes", "Miramar", "Don Pedro",
             "Bella Vista", "El Parque", "Las Torres", "Santa Fe", "Altamira"]
_ORDINAL_FEM = ["", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta",
                "séptima", "octava", "novena", "décima", "once", "doce", "trece", "catorce",
                "quince", "dieciséis", "diecisiete", "dieciocho"]
_FLOORS = ["", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo",
           "octavo", "noveno"]
Piece = tuple[str, str]


class _Address:
    """An address built piece by piece, written and spoken at once."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.written: list[str] = []
        self.spoken: list[str] = []

    def word(self, written: str, spoken: str | None = None) -> _Address:
        self.written.append(written)
        self.spoken.append((spoken if spoken is not None else written).lower())
        return self

    def number(self, n: int) -> _Address:
        """Digits as written; said as a number or digit by digit."""
        rng = self.source.rng
        said = speech.es_number(n) if n < 10000 and (n < 1000 or rng.random() < 0.6) \
            else speech.digits(str(n), "es", rng)
        return self.word(str(n), said)

    def name(self, value: str) -> _Address:
        said = speech.speak_text(value, "es", self.source.rng)
        return self.word(value, said)

    def label(self, choices: list[Piece]) -> _Address:
        written, spoken = self.source.rng.choice(choices)
        return self.word(written, spoken)

    def plate(self, a: int, b: int) -> _Address:
        """ "# 12-34": said "número doce treinta y cuatro" or "... doce guion treinta"."""
        self.label([("#", "número"), ("No.", "número"), ("N°", "número"), ("#", "numeral")])
        dash = self.source.rng.choice(["", " guion"])
        self.written.append(f"{a}-{b}")
        self.spoken.append(f"{speech.es_number(a)}{dash} {speech.es_number(b)}")
        return self

    def comma(self) -> _Address:
        if self.written:
            self.written[-1] += ","
        return self

    def render(self) -> tuple[str, str]:
        return " ".join(self.written), " ".join(self.spoken)


def _colombia(s: Source) -> _Address:
    rng = s.rng
    a = _Address(s).label([("Calle", "calle"), ("Carrera", "carrera"), ("Cra.", "carrera"),
                           ("Cl.", "calle"), ("Diagonal", "diagonal"),
                           ("Transversal", "transversal"), ("Avenida Calle", "avenida calle")])
    a.number(rng.randint(1, 140))
    if s.chance(0.25):
        letter = rng.choice("ABC")
        a.written[-1] += letter
        a.spoken[-1] += f" {letter.lower()}"
    if s.chance(0.15):
        a.word("Bis", "bis")
    if s.chance(0.2):
        a.word("Sur", "sur")
    a.plate(rng.randint(1, 120), rng.randint(1, 99))
    if s.chance(0.3):
        a.comma().label([("apto", "apartamento"), ("apto.", "apartamento"),
                         ("interior", "interior"), ("casa", "casa")]).number(rng.randint(1, 999))
    return a


def _argentina(s: Source) -> _Address:
    rng = s.rng
    a = _Address(s)
    if s.chance(0.6):
        a.label([("Av.", "avenida"), ("Avenida", "avenida"), ("Calle", "calle")])
    a.name(s.pick(NAMES) if s.chance(0.8) else s.pick(DATES)).number(rng.randint(100, 6000))
    if s.chance(0.5):
        floor = rng.randint(1, 9)
        a.comma().word("piso", "piso").number(floor)
        a.comma().label([("depto.", "departamento"), ("dpto.", "departamento"),
                         ("depto", "depto")]).word(rng.choice("ABCDE"))
    return a


def _chile(s: Source) -> _Address:
    rng = s.rng
    a = _Address(s)
    if s.chance(0.7):
        a.label([("Pasaje", "pasaje"), ("Avenida", "avenida"), ("Av.", "avenida"),
                 ("Calle", "calle"), ("Psje.", "pasaje")])
    a.name(s.pick(NAMES)).number(rng.randint(10, 9000))
    if s.chance(0.4):
        a.comma().label([("depto", "departamento"), ("depto.", "depto"), ("casa", "casa"),
                         ("block", "block")]).number(rng.randint(1, 1200))
    return a


def _peru(s: Source) -> _Address:
    rng = s.rng
    a = _Address(s)
    if s.chance(0.3):
        a.label([("Mz.", "manzana"), ("Manzana", "manzana")]).word(rng.choice("ABCDEFGH"))
        return a.label([("Lt.", "lote"), ("Lote", "lote")]).number(rng.randint(1, 40))
    a.label([("Jr.", "jirón"), ("Jirón", "jirón"), ("Av.", "avenida"), ("Calle", "calle")])
    a.name(s.pick(NAMES)).number(rng.randint(100, 3000))
    if s.chance(0.4):
        a.comma().label([("Dpto.", "departamento"), ("dpto", "departamento"),
                         ("oficina", "oficina")]).number(rng.randint(101, 1204))
    return a


def _venezuela(s: Source) -> _Address:
    rng = s.rng
    a = _Address(s).label([("Av.", "avenida"), ("Avenida", "avenida"), ("Calle", "calle")])
    a.name(s.pick(NAMES)).comma()
    a.label([("Edif.", "edificio"), ("Edificio", "edificio"), ("Quinta", "quinta")])
    a.name(s.pick(BUILDINGS)).comma().word("piso", "piso").number(rng.randint(1, 15))
    return a


def _guatemala(s: Source) -> _Address:
    rng = s.rng
    n = rng.randint(1, 18)
    a = _Address(s)
    written = f"{n}a" if s.chance(0.5) else str(n)
    a.word(written, _ORDINAL_FEM[n] if s.chance(0.6) else speech.es_number(n))
    a.label([("Avenida", "avenida"), ("Calle", "calle"), ("Av.", "avenida")])
    first, second = rng.randint(1, 90), rng.randint(1, 99)
    a.word(f"{first}-{second:02d}", f"{speech.es_number(first)} {speech.es_number(second)}")
    return a.comma().label([("zona", "zona"), ("Zona", "zona")]).number(rng.randint(1, 21))


def _ecuador(s: Source) -> _Address:
    rng = s.rng
    a = _Address(s).label([("Av.", "avenida"), ("Calle", "calle"), ("Avenida", "avenida")])
    a.name(s.pick(NAMES))
    side, first, second = rng.choice("NSE"), rng.randint(1, 80), rng.randint(1, 300)
    said_side = {"N": "ene", "S": "ese", "E": "e"}[side]
    a.word(f"{side}{first}-{second}",
           f"{said_side} {speech.es_number(first)} {speech.es_number(second)}")
    return a


def _caribbean(s: Source) -> _Address:
    """Puerto Rico and the Dominican Republic."""
    rng = s.rng
    a = _Address(s)
    if s.chance(0.3):
        a.label([("Urb.", "urbanización"), ("Urbanización", "urbanización")])
        a.name(s.pick(NAMES)).comma().word("Calle", "calle").number(rng.randint(1, 60))
        return a.label([("Bloque", "bloque"), ("Blq.", "bloque")]).number(rng.randint(1, 40))
    a.label([("Calle", "calle"), ("Av.", "avenida"), ("Avenida", "avenida"), ("C/", "calle")])
    a.name(s.pick(NAMES))
    if s.chance(0.5):
        a.label([("#", "número"), ("No.", "número"), ("núm.", "número")])
    return a.number(rng.randint(1, 2500))


def _uruguay_mexico(s: Source) -> _Address:
    """A date in the street's name ("Avenida 18 de Julio 1234", "Calle 5 de Mayo #45")."""
    rng = s.rng
    a = _Address(s).label([("Avenida", "avenida"), ("Av.", "avenida"), ("Calle", "calle")])
    a.name(s.pick(DATES))
    if s.chance(0.4):
        a.label([("#", "número"), ("No.", "número")])
    a.number(rng.randint(1, 3000))
    if s.chance(0.4):
        a.comma().label([("apto", "apartamento"), ("apto.", "apartamento"),
                         ("interior", "interior"), ("int.", "interior")]).number(
                             rng.randint(1, 20))
    return a


def _spain_floor(s: Source) -> _Address:
    rng = s.rng
    a = _Address(s).label([("C/", "calle"), ("Calle", "calle"), ("Avda.", "avenida"),
                           ("Paseo de", "paseo de"), ("Plaza de", "plaza de")])
    a.name(s.pick(NAMES)).comma().number(rng.randint(1, 200))
    floor, door = rng.randint(1, 9), rng.choice("ABCD")
    return a.comma().word(f"{floor}º {door}", f"{_FLOORS[floor]} {door.lower()}")


FORMATS: list[Callable[[Source], _Address]] = [
    _colombia, _argentina, _chile, _peru, _venezuela, _guatemala, _ecuador, _caribbean,
    _uruguay_mexico, _spain_floor,
]


def latin_american_street(source: Source) -> tuple[str, str]:
    """One address in one country's format: (written, spoken)."""
    return source.rng.choice(FORMATS)(source).render()
