"""NUM15's value drawers: dates, phones, ids and must-survive numbers said every way.

Why: kept apart from ``bench/num15_probe.py`` (frames, rendering, scoring) so each stays
short. Each drawer returns the three forms of one value: as written, as spoken (words,
lower case) and as spoken with digits (``numerals``).
"""

from __future__ import annotations

import random
import re
from typing import Any

from bench.phi_speech import EN_DIGITS, ES_DIGITS, en_number, en_ordinal, en_year
from bench.phi_speech import es_number as _es_small

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_SHORT = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
ES_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
ES_SPELL = {"a": "a de árbol", "b": "be de burro", "c": "ce de casa", "d": "de de dedo",
            "e": "e de elefante", "f": "efe de foca", "g": "ge de gato", "h": "hache de hotel",
            "j": "jota de jamón", "k": "ka de kilo", "l": "ele de luna", "m": "eme de mamá",
            "n": "ene de nariz", "p": "pe de papá", "r": "erre de ratón", "s": "ese de sapo",
            "t": "te de tomate", "v": "uve de vaca", "x": "equis", "z": "zeta de zapato"}
EN_SPELL = {"a": "a as in apple", "b": "b as in boy", "c": "c as in charlie",
            "d": "d as in dog", "e": "e as in echo", "f": "f as in frank", "g": "g as in golf",
            "h": "h as in hotel", "j": "j as in john", "k": "k as in kilo", "l": "l as in lima",
            "m": "m as in mike", "n": "n as in nancy", "p": "p as in peter",
            "r": "r as in robert", "s": "s as in sam", "t": "t as in tom",
            "v": "v as in victor", "x": "x as in x-ray", "z": "z as in zebra"}
Said = tuple[str, str, str]  # written, spoken, numerals


def es_number(n: int) -> str:
    """Spanish words for 0 to 999 999 999 ("doce millones trescientos mil")."""
    if n < 1000:
        return _es_small(n)
    if n < 1_000_000:
        high, rest = divmod(n, 1000)
        head = "mil" if high == 1 else re.sub(r"uno$", "ún", es_number(high)) + " mil"
        return head + ("" if rest == 0 else " " + es_number(rest))
    high, rest = divmod(n, 1_000_000)
    head = "un millón" if high == 1 else re.sub(r"uno$", "ún", es_number(high)) + " millones"
    return head + ("" if rest == 0 else " " + es_number(rest))


def es_ordinal_day(day: int) -> str:
    return "primero" if day == 1 else es_number(day)


def es_year(year: int) -> str:
    return es_number(year)


class Speaker:
    """Draws identifier values and says them in one language."""

    def __init__(self, language: str, rng: random.Random) -> None:
        self.lang, self.rng = language, rng

    def pick(self, *options: Any) -> Any:
        return self.rng.choice(options)

    def digit_words(self, value: str, oh: bool = True) -> str:
        words = []
        for char in value:
            if char.isdigit():
                if self.lang == "en":
                    zero = "oh" if oh and self.rng.random() < 0.4 else "zero"
                    words.append(zero if char == "0" else EN_DIGITS[int(char)])
                else:
                    words.append(ES_DIGITS[int(char)])
            elif char.isalpha():
                words.append(self.letter(char))
        return " ".join(words)

    def letter(self, char: str) -> str:
        char = char.lower()
        spell = EN_SPELL if self.lang == "en" else ES_SPELL
        return spell.get(char, char) if self.rng.random() < 0.25 else char

    def repeats(self, value: str) -> str:
        """English digits with runs said "double five", "triple seven"."""
        out, i = [], 0
        while i < len(value):
            run = len(value[i:]) - len(value[i:].lstrip(value[i]))
            word = "oh" if value[i] == "0" else EN_DIGITS[int(value[i])]
            if run >= 3:
                out.append("triple " + word)
                i += 3
            elif run == 2:
                out.append("double " + word)
                i += 2
            else:
                out.append(word)
                i += 1
        return " ".join(out)

    def pairs(self, value: str) -> str:
        """Digits said in pairs (Spanish "treinta y uno ochenta y siete")."""
        number = en_number if self.lang == "en" else es_number
        out = []
        for i in range(0, len(value), 2):
            chunk = value[i:i + 2]
            out.append(self.digit_words(chunk) if chunk[0] == "0" or len(chunk) == 1
                       else number(int(chunk)))
        return " ".join(out)

    def code(self, code: str) -> Said:
        """A code read out: letters one by one, digits one by one or in pairs."""
        spoken, numerals = [], []
        pairs = self.rng.random() < (0.5 if self.lang == "es" else 0.2)
        for token in re.findall(r"[^\W\d_]+|\d+", code):
            if token.isdigit():
                spoken.append(self.pairs(token) if pairs and len(token) % 2 == 0
                              else self.digit_words(token))
                numerals.append(token)
            else:
                letters = " ".join(self.letter(c) for c in token)
                spoken.append(letters)
                numerals.append(letters)
        return code, " ".join(spoken), " ".join(numerals)

    def num(self, n: int) -> str:
        return en_number(n) if self.lang == "en" else es_number(n)

    def dig(self, count: int, first: str = "123456789") -> str:
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789")
                                                for _ in range(count - 1))


def suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def en_small(speaker: Speaker, n: int) -> str:
    """A month or day number as said in a numeric date: "oh three" or "three"."""
    return f"oh {EN_DIGITS[n]}" if n < 10 and speaker.rng.random() < 0.4 else en_number(n)


def en_dates(sp: Speaker, kind: str) -> Said:
    rng = sp.rng
    y, m, d = rng.randint(1931, 2024), rng.randint(1, 12), rng.randint(1, 28)
    mon, yy = EN_MONTHS[m - 1], y % 100
    low, o, ys = mon.lower(), en_ordinal(d), en_year(y)
    yyw = f"oh {EN_DIGITS[yy]}" if yy < 10 else en_number(yy)
    if kind == "day":
        return f"the {d}{suffix(d)}", f"the {o}", f"the {d}{suffix(d)}"
    if kind == "month":
        return mon, low, low
    if kind == "range":
        e = d + rng.randint(2, 9)
        return sp.pick(
            (f"{mon} {d}{suffix(d)} to the {e}{suffix(e)}", f"{low} {o} to the {en_ordinal(e)}",
             f"{low} {d}{suffix(d)} to the {e}{suffix(e)}"),
            (f"the {d}{suffix(d)} through the {e}{suffix(e)} of {mon}",
             f"the {o} through the {en_ordinal(e)} of {low}",
             f"the {d}{suffix(d)} through the {e}{suffix(e)} of {low}"),
            (f"{mon} {d}-{e}", f"{low} {en_number(d)} to {en_number(e)}", f"{low} {d} to {e}"))
    if kind == "part":
        return sp.pick(
            (f"{mon} {d}{suffix(d)}", f"{low} {o}", f"{low} {d}{suffix(d)}"),
            (f"{mon} {d}", f"{low} {en_number(d)}", f"{low} {d}"),
            (f"the {d}{suffix(d)} of {mon}", f"the {o} of {low}", f"the {d}{suffix(d)} of {low}"),
            (f"{mon} the {d}{suffix(d)}", f"{low} the {o}", f"{low} the {d}{suffix(d)}"),
            (f"{m}/{d}", f"{en_number(m)} slash {en_number(d)}", f"{m}/{d}"),
            (f"{d}{suffix(d)} {mon}", f"{o} {low}", f"{d}{suffix(d)} {low}"),
            (f"{mon[:3]}. {d}", f"{low} {o}", f"{low} {d}"))
    return sp.pick(
        (f"{mon} {d}, {y}", f"{low} {o} {ys}", f"{low} {d}{suffix(d)} {y}"),
        (f"{m:02}/{d:02}/{y}", f"{en_small(sp, m)} {en_small(sp, d)} {ys}", f"{m}/{d}/{y}"),
        (f"{d} {mon} {y}", f"the {o} of {low} {ys}", f"the {d}{suffix(d)} of {low} {y}"),
        (f"{y}-{m:02}-{d:02}", f"{low} {o} {ys}", f"{low} {d}{suffix(d)} {y}"),
        (f"{m}-{d}-{yy:02}", f"{en_number(m)} {en_number(d)} {yyw}", f"{m} {d} {yy:02}"),
        (f"{mon} the {d}{suffix(d)}, {y}", f"{low} the {o} {ys}", f"{low} the {d}{suffix(d)} {y}"),
        (f"{d:02}.{m:02}.{y}", f"the {o} of the {en_ordinal(m)} {ys}",
         f"the {d}{suffix(d)} of the {m}{suffix(m)} {y}"),
        (f"{mon} {d} '{yy:02}", f"{low} {o} {yyw}", f"{low} {d}{suffix(d)} {yy:02}"),
        (f"{m}/{d}/{yy:02}", f"{en_number(m)} {en_number(d)} {yyw}", f"{m}/{d}/{yy:02}"))


def en_phone(sp: Speaker) -> Said:
    area = sp.pick("415", "312", "206", "713", "617", "303", "929", "212", "510", "646", "404")
    ex, line = sp.dig(3, "23456789"), sp.dig(4, "0123456789")
    say = sp.digit_words
    four = sp.pick(say(line), sp.pairs(line) if line[0] != "0" else say(line))
    base = (f"({area}) {ex}-{line}", f"{say(area)} {say(ex)} {four}", f"{area} {ex} {line}")
    a, b = sp.dig(1), sp.dig(1, "0123456789")
    rep_ex, rep_line = a * 3, f"{b}{b}{sp.dig(2, '0123456789')}"
    kind = sp.rng.randrange(10)
    if kind == 0:
        return base
    if kind == 1:
        return (f"{area}-{ex}-{line}", f"{en_number(int(area[0]))} {en_number(int(area[1:]))} "
                f"{say(ex)} {four}", f"{area}-{ex}-{line}")
    if kind == 2:
        return (f"{area}-{rep_ex}-{rep_line}", f"{say(area)} {sp.repeats(rep_ex)} "
                f"{sp.repeats(rep_line)}", f"{area} {rep_ex} {rep_line}")
    if kind == 3:
        num = f"20 7946 {line}"
        return f"+44 {num}", f"plus four four {say(num.replace(' ', ''))}", f"+44 {num}"
    if kind == 4:
        return (f"+1 {area} {ex} {line}", f"plus one {say(area)} {say(ex)} {four}",
                f"+1 {area} {ex} {line}")
    if kind == 5:
        ext = sp.dig(3)
        return (f"{base[0]} ext. {ext}", f"{base[1]} extension {say(ext)}",
                f"{base[2]} ext {ext}")
    if kind == 6:
        num = f"07{sp.dig(3, '0123456789')} {sp.dig(6)}"
        return num, sp.repeats(num.replace(" ", "")), num
    if kind == 7:
        cc, num = sp.pick(("52", f"55 {sp.dig(4)} {line}"), ("234", f"803 {ex} {line}"),
                          ("91", f"98{sp.dig(3, '0123456789')} {sp.dig(5)}"),
                          ("57", f"310 {ex} {line}"))
        return (f"+{cc} {num}", f"plus {say(cc)} {say(num.replace(' ', ''))}",
                f"+{cc} {num}")
    if kind == 8:
        return f"{ex}-{line}", f"{say(ex)} {four}", f"{ex} {line}"
    return f"{area}.{ex}.{line}", f"{say(area)} {say(ex)} {four}", f"{area}.{ex}.{line}"


def en_id(sp: Speaker, kind: str) -> tuple[str, Said]:
    rng, up = sp.rng, "ABCDEFGHJKLMNPRSTVWXYZ"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))
    if kind == "mrn":
        value = sp.pick(sp.dig(8), sp.dig(7), f"{sp.dig(4)}-{sp.dig(4)}", f"MR{sp.dig(7)}")
        return "MEDICAL_RECORD_NUMBER", sp.code(value)
    if kind in ("member", "policy", "group"):
        value = {"member": sp.pick(f"{letters(3)}{sp.dig(9)}", f"W{sp.dig(9)}",
                                   f"{letters(3)} {sp.dig(4)} {sp.dig(4)}"),
                 "policy": sp.pick(f"PL-{sp.dig(4)}-{sp.dig(4)}", sp.dig(10),
                                   f"{letters(2)}{sp.dig(8)}"),
                 "group": sp.pick(sp.dig(5), f"G{sp.dig(6)}", sp.dig(6))}[kind]
        return "MEMBER_ID", sp.code(value)
    if kind == "ssn":
        a, b, c = sp.dig(3, "1234567"), sp.dig(2), sp.dig(4)
        return "ID_NUMBER", (f"{a}-{b}-{c}", sp.digit_words(a + b + c), f"{a} {b} {c}")
    if kind == "last4":
        c = sp.dig(4, "0123456789")
        return "ID_NUMBER", (c, sp.pick(sp.digit_words(c), sp.pairs(c)), c)
    value = {"licence": sp.pick(f"{letters(1)}{sp.dig(7)}",
                                f"S{sp.dig(3)}-{sp.dig(4)}-{sp.dig(4)}"),
             "plate": sp.pick(f"{sp.dig(1)}{letters(3)}{sp.dig(3)}", f"{letters(3)} {sp.dig(4)}"),
             "account": sp.dig(10),
             "passport": sp.pick(sp.dig(9), f"{letters(1)}{sp.dig(8)}")}[kind]
    return "ID_NUMBER", sp.code(value)


def es_dates(sp: Speaker, kind: str) -> Said:
    rng = sp.rng
    y, m, d = rng.randint(1931, 2024), rng.randint(1, 12), rng.randint(1, 28)
    mes, yy, n = ES_MONTHS[m - 1], y % 100, es_number
    ds, dw = es_ordinal_day(d), ("1.º" if d == 1 else str(d))
    if kind == "day":
        return str(d), n(d), str(d)
    if kind == "month":
        return mes, mes, mes
    if kind == "range":
        e = d + rng.randint(2, 9)
        return sp.pick((f"{d} al {e} de {mes}", f"{n(d)} al {n(e)} de {mes}",
                        f"{d} al {e} de {mes}"),
                       (f"{d} y el {e} de {mes}", f"{n(d)} y el {n(e)} de {mes}",
                        f"{d} y el {e} de {mes}"))
    if kind == "part":
        return sp.pick((f"{dw} de {mes}", f"{ds} de {mes}", f"{d} de {mes}"),
                       (f"{d}/{m}", f"{n(d)} del {n(m)}", f"{d} del {m}"),
                       (f"{d} de {mes}", f"{n(d)} de {mes}", f"{d} de {mes}"),
                       (f"{d}-{ES_SHORT[m - 1]}", f"{ds} de {mes}", f"{d} de {mes}"),
                       (f"{mes} {d}", f"{mes} {n(d)}", f"{mes} {d}"))
    de = "del" if y >= 2000 else "de"
    return sp.pick(
        (f"{d} de {mes} de {y}", f"{ds} de {mes} {de} {es_year(y)}", f"{d} de {mes} {de} {y}"),
        (f"{d:02}/{m:02}/{y}", f"{n(d)} del {n(m)} del {n(yy)}", f"{d} del {m} del {yy:02}"),
        (f"{dw} de {mes} de {y}", f"{ds} de {mes} de {es_year(y)}", f"{d} de {mes} de {y}"),
        (f"{d}-{ES_SHORT[m - 1]}-{y}", f"{n(d)} de {mes} del {n(yy)}", f"{d} de {mes} del {yy:02}"),
        (f"{d}/{m}/{yy:02}", f"{n(d)} {n(m)} {n(yy)}", f"{d} {m} {yy:02}"),
        (f"{d:02}-{m:02}-{y}", f"{sp.digit_words(f'{d:02}{m:02}')} {es_year(y)}",
         f"{d:02} {m:02} {y}"),
        (f"{mes} {d} de {y}", f"{mes} {n(d)} de {es_year(y)}", f"{mes} {d} de {y}"),
        (f"{d} de {mes} del {yy:02}", f"{ds} de {mes} del {n(yy)}", f"{d} de {mes} del {yy:02}"))


def es_phone(sp: Speaker) -> Said:
    say, pairs, dig = sp.digit_words, sp.pairs, sp.dig
    a, b = dig(4), dig(4)
    kind = sp.rng.randrange(11)
    if kind == 0:
        return (f"55 {a} {b}", f"cincuenta y cinco {pairs(a + b)}",
                f"55 {a[:2]} {a[2:]} {b[:2]} {b[2:]}")
    if kind == 1:
        return (f"+52 1 55 {a} {b}", f"más cincuenta y dos uno cincuenta y cinco {pairs(a + b)}",
                f"+52 1 55 {a} {b}")
    if kind == 2:
        p, q, r = dig(2), dig(2), dig(2)
        lead = sp.pick("6", "7")
        head = lead + dig(2, "0123456789")
        return (f"{head} {p} {q} {r}", f"{es_number(int(head))} {pairs(p + q + r)}",
                f"{head} {p} {q} {r}")
    if kind == 3:
        num = f"6{dig(2, '0123456789')} {dig(3)} {dig(3)}"
        return f"+34 {num}", f"más treinta y cuatro {say(num.replace(' ', ''))}", f"+34 {num}"
    if kind == 4:
        return (f"+54 9 11 {a}-{b}", f"más cincuenta y cuatro nueve once {pairs(a + b)}",
                f"+54 9 11 {a} {b}")
    if kind == 5:
        return f"11 {a}-{b}", f"once {pairs(a)} {pairs(b)}", f"11 {a} {b}"
    if kind == 6:
        mid = dig(3)
        return (f"+57 310 {mid} {b}", f"más cincuenta y siete tres diez {say(mid)} {pairs(b)}",
                f"+57 310 {mid} {b}")
    if kind == 7:
        head, p, q = dig(3), dig(2), dig(2)
        return (f"{head[0]}{head[1:]} {p} {q}", f"{say(head[0])} {es_number(int(head[1:]))} "
                f"{pairs(p + q)}" if head[1] != "0" else f"{say(head)} {pairs(p + q)}",
                f"{head} {p} {q}")
    if kind == 8:
        ext = dig(3)
        return (f"(55) {a}-{b} ext. {ext}", f"cincuenta y cinco {pairs(a + b)} extensión "
                f"{es_number(int(ext))}", f"55 {a} {b} extensión {ext}")
    if kind == 9:
        area = sp.pick("33", "81", "55", "664")
        return f"{area}{a}{b}", say(area + a + b), f"{area} {a} {b}"
    area = sp.pick("787", "305", "915")
    return f"({area}) {a[:3]}-{b}", say(area + a[:3] + b), f"{area} {a[:3]} {b}"


def es_id(sp: Speaker, kind: str) -> tuple[str, Said]:
    rng, dig = sp.rng, sp.dig
    up = "ABCDEFGHJKLMNPRSTVXZ"

    def letters(k: int) -> str:
        return "".join(rng.choice(up) for _ in range(k))
    if kind in ("dni", "rut", "cedula"):
        body = dig(8) if kind != "cedula" else sp.pick(dig(10), dig(8))
        tail = {"dni": rng.choice("TRWAGMYFPDXBNJZSQVHLCKE"), "rut": rng.choice("0123456789K"),
                "cedula": ""}[kind]
        big = es_number(int(body))
        dotted = f"{int(body):,}".replace(",", ".")
        written = {"dni": f"{body}{tail}", "rut": f"{dotted}-{tail}", "cedula": dotted}[kind]
        said_tail = {"dni": " " + sp.letter(tail), "rut": " guion " + sp.digit_words(tail),
                     "cedula": ""}[kind]
        spoken = sp.pick(big, sp.pairs(body), sp.digit_words(body)) + said_tail
        numerals = f"{body}{'-' if kind == 'rut' else ' '}{tail.lower()}".strip()
        return "ID_NUMBER", (written, spoken, numerals)
    gold = {"exp": "MEDICAL_RECORD_NUMBER", "poliza": "MEMBER_ID",
            "afiliado": "MEMBER_ID", "nss": "ID_NUMBER"}.get(kind, "ID_NUMBER")
    value = {"exp": sp.pick(dig(7), dig(6), f"HC-{dig(6)}", f"{dig(2)}-{dig(5)}"),
             "nss": sp.pick(f"{dig(2)}-{dig(2)}-{dig(2)}-{dig(4)}-{dig(1)}", dig(11)),
             "curp": f"{letters(4)}{dig(6, '0123456789')}{rng.choice('HM')}{letters(5)}"
                     f"{rng.choice('0A')}{dig(1)}",
             "rfc": f"{letters(4)}{dig(6, '0123456789')}{letters(2)}{dig(1)}",
             "nie": f"{rng.choice('XYZ')}{dig(7)}{rng.choice(up)}",
             "poliza": sp.pick(f"POL {dig(4)}-{dig(4)}", dig(9)),
             "afiliado": sp.pick(f"{dig(2)}-{dig(8)}-{dig(1)}", f"{letters(2)} {dig(4)} {dig(4)}"),
             "pasaporte": f"{rng.choice(up)}{dig(8)}",
             "matricula": sp.pick(f"{dig(4)} {letters(3)}", f"{letters(3)}-{dig(3)}-{letters(1)}"),
             "cuenta": dig(10)}[kind]
    return gold, sp.code(value)


def keep_value(sp: Speaker, kind: str) -> Said:
    """A number that names no one: it must survive redaction."""
    rng, en = sp.rng, sp.lang == "en"
    n = sp.num
    if kind == "dose":
        v = rng.choice([5, 10, 20, 25, 40, 50, 81, 100, 250, 500, 850, 1000])
        unit = "milligrams" if en else "miligramos"
        return f"{v} mg", f"{n(v)} {unit}", f"{v} {unit}"
    if kind == "bp":
        hi, lo = rng.choice([118, 124, 132, 140, 150, 165]), rng.choice([70, 78, 82, 90, 95])
        over = "over" if en else "sobre"
        high = (f"{en_number(hi // 100)} {en_number(hi % 100)}" if en else n(hi))
        return f"{hi}/{lo}", f"{high} {over} {n(lo)}", f"{hi} {over} {lo}"
    if kind == "lab":
        a, b = rng.randint(4, 12), rng.randint(1, 9)
        point = "point" if en else "punto"
        return f"{a}.{b}", f"{n(a)} {point} {n(b)}", f"{a}.{b}"
    if kind == "time":
        h, mm = rng.randint(1, 11), rng.choice([0, 15, 30, 45])
        if en:
            said = en_number(h) + ("" if mm == 0 else " " + en_number(mm))
        else:
            said = es_number(h) + {0: "", 15: " y cuarto", 30: " y media",
                                   45: " cuarenta y cinco"}[mm]
        return f"{h}:{mm:02}", said, f"{h}:{mm:02}"
    if kind in ("age", "count", "page", "room"):
        v = {"age": rng.randint(2, 88), "count": rng.randint(2, 12), "page": rng.randint(2, 40),
             "room": rng.choice([204, 311, 412, 508, 115, 7, 12])}[kind]
        return str(v), n(v), str(v)
    if kind == "year":
        y = rng.randint(1995, 2025)
        return str(y), (en_year(y) if en else es_year(y)), str(y)
    if kind == "dur":
        v = rng.randint(2, 10)
        unit = rng.choice(["days", "weeks", "months"] if en else ["días", "semanas", "meses"])
        return f"{v} {unit}", f"{n(v)} {unit}", f"{v} {unit}"
    v = rng.choice([36, 37, 38, 98, 99, 101] if en else [36, 37, 38, 39, 40])
    return str(v), n(v), str(v)
