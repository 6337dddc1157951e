"""Templates, street parts and medicines of the wild Spanish set (``bench/phi_wild.py``).

Written apart from every other generator, after held-out spoken street addresses and
spoken medicine words kept failing: the turns here are longer and looser, the way a
patient talks to an interpreter ("pues mire, eh, yo vivo en ..."), and the medicines
are said casually, often brands that are also Spanish words or given names.

Slots: {addr} a street address said with its own hesitations, {first} {last} {name}
people, {city} a town; {med} {med2} a medicine, {dose} a dose ("quinientos
miligramos"), {freq} how often, {dur} how long, {cond} a condition: must-survive
terms.
"""

from __future__ import annotations

# Street words: (written forms, said forms). Said forms are what an ASR writes: mostly
# the full word, sometimes the abbreviation as letters it heard ("av", "cra").
STREET_TYPES: list[tuple[list[str], list[str]]] = [
    (["Calle", "C."], ["calle"]),
    (["Avenida", "Av.", "Avda."], ["avenida", "avenida", "av"]),
    (["Carrera", "Cra.", "Kr."], ["carrera", "carrera", "cra"]),
    (["Pasaje", "Pje."], ["pasaje"]),
    (["Jirón", "Jr."], ["jirón", "jiron"]),
    (["Calzada", "Calz."], ["calzada"]),
    (["Privada", "Priv."], ["privada"]),
    (["Boulevard", "Blvd."], ["boulevard", "bulevar"]),
    (["Camino"], ["camino"]),
    (["Callejón"], ["callejón"]),
    (["Prolongación", "Prol."], ["prolongación"]),
    (["Diagonal", "Dg."], ["diagonal"]),
]
# Words of street names that no person list carries; names of people come from Faker.
NAME_PARTS = [
    "Los Cedros", "Las Camelias", "El Roble", "Los Almendros", "Las Orquídeas",
    "Los Alamos", "Las Magnolias", "El Pinar", "Los Laureles", "Las Acacias",
    "Independencia", "Reforma", "Libertad", "Revolución", "Constitución", "Progreso",
    "Insurgentes", "Ferrocarril", "Del Trabajo", "La Paz", "Los Héroes", "Buenavista",
    "Vista Hermosa", "Lomas Verdes", "El Mirador", "La Cañada", "Las Palomas",
    "Los Pinos Altos", "Agua Azul", "Piedra Blanca", "Monte Alto", "Cerro Gordo",
    "La Estrella", "El Sauce", "Los Tulipanes", "Las Gardenias", "El Manantial",
]
SAINTS = ["San Ignacio", "Santa Rosa", "San Andrés", "Santa Lucía", "San Felipe",
          "Santo Tomás", "San Judas", "Santa Cecilia", "San Cristóbal", "San Isidro"]
# Invented name parts, so some streets are words no list holds.
ONSETS = ["c", "ch", "g", "m", "n", "p", "t", "tl", "x", "z", "h", "y", "qu", "b"]
VOWELS = ["a", "e", "i", "o", "u", "a"]
ENDS = ["huacán", "talpa", "coyan", "mixco", "napa", "quilpa", "tongo", "meca", "yuca",
        "pango", "ruyo", "lumbe"]

# Brands and generics said in clinics; many are also Spanish words or given names, so
# a name-like word beside "la" or "mi" must still survive.
MEDICINES = """
Allegra Dalsy Aleve Adiro Reflex Valium Tafil Diane Yasmin Yaz Flagyl Motrin Advil
Tylenol Losec Lipitor Crestor Coumadin Aldactone Diovan Concor Zyrtec Celebrex
Cymbalta Efexor Paxil Lexapro Wellbutrin Abilify Risperdal Zyprexa Lamictal Topamax
Synthroid Flixotide Spiriva Atrovent Flomax Proscar Victoza Trulicity Humalog Levemir
Tresiba Dormicum Lexatin Trankimazin Primperan Fortasec Apiretal Termalgin Espidifen
Ebastel Polaramine Urbason Fortecortin Zaldiar Efferalgan Iniston Mucosan Romilar
Strepsils Betadine Cristalmina Thrombocid Fastum Calmatel Voltadol Daflon Primolut
Mercilon Marvelon Belara Dorixina Neurobión Bedoyecta Desenfriol Teragrip Melox
Eskaflam Sedalmerck Andantol Graten Pharmaton Redoxon Amaryl Diamicron Daonil Glucovance
Invokana Adalat Norvasc Micardis Lotensin Ativan Xanax Dilantin Imodium Dramamine
Dormidina Tranxilium Sumial Dogmatil Motilium Benadryl Claritin Dulcolax Gaviscon Mylanta
manzanilla valeriana árnica ruda tila boldo
amoxicilina ibuprofeno metformina losartán omeprazol paracetamol naproxeno enalapril
insulina clonazepam sertralina prednisona salbutamol loratadina diclofenaco tramadol
""".split()
CONDITIONS = ["diabetes", "la presión", "presión alta", "el azúcar", "colesterol",
              "la tiroides", "asma", "gastritis", "reumas", "artritis", "la depre",
              "nervios", "insomnio", "migraña", "dolor de espalda", "la próstata",
              "el corazón", "epilepsia", "alergia", "sinusitis", "la gripa",
              "una infección en la garganta", "cistitis", "ácido úrico", "anemia"]
# (written, said) frequencies; "{n}" takes a number of hours.
FREQUENCIES = ["cada {n} horas", "cada {n} horas", "{k} veces al día", "diario",
               "en la mañana y en la noche", "antes de cada comida", "por las noches"]
DURATIONS = ["por {n} días", "por {n} semanas", "desde hace {n} meses", "hace {n} años",
             "como {n} semanas", "durante {n} días"]
DOSE_MG = [5, 10, 20, 25, 40, 50, 75, 100, 150, 200, 400, 500, 600, 750, 850, 1000]

ADDRESS_TEMPLATES = [
    "Pues mire, yo vivo en {addr} y de ahí me vengo en camión.",
    "Eh, la dirección, este, es {addr}, ahí me puede mandar todo.",
    "Bueno, ahorita estoy viviendo en {addr} con mis hijos.",
    "Ah, ¿mi domicilio? Es {addr}, ya está actualizado.",
    "Sí, la que tiene registrada, {addr}, esa sigue igual.",
    "Mi mamá está en {addr}, ella es la que me cuida.",
    "Nos cambiamos el mes pasado a {addr}, le aviso para que lo anote.",
    "Anótele por favor {addr}, es la casa de mi hija {first}.",
    "Yo estoy por {addr}, cerquita de la clínica.",
    "La receta mándela a {addr} porque allá recibo el correo.",
    "Oiga, ¿puede venir la enfermera a {addr}? Yo no puedo caminar.",
    "Mi hijo {first} me llevó a vivir a {addr}.",
    "Es {addr}, la casa verde de dos pisos.",
    "Y ahí en {addr} es donde me caí la semana pasada.",
    "Usted me encuentra en {addr} todas las tardes.",
    "Le doy la dirección de mi trabajo: {addr}.",
    "Mire, ponga {addr}, ahí vive mi suegra {name}.",
    "Pues la verdad ya no vivo en {city}, ahora es {addr}.",
    "El taxi me dejó en {addr} y de ahí caminé.",
    "Ahí donde vivo, {addr}, no hay farmacia cerca.",
    "Mi dirección, a ver, {addr}, sí, esa es.",
    "Que me lleven los pañales a {addr}, por favor.",
    "Yo rento un cuarto en {addr}.",
    "Es que me equivoqué, la buena es {addr}.",
    "Llegando a {addr} me sentí mal otra vez.",
    "La cita de mi esposo {first} la mandaron a {addr}.",
    "Tengo dos direcciones, pero use la de {addr}.",
    "Si me manda la carta, es {addr}, en {city}.",
    "Ah sí, antes estaba en {addr}, pero me corrieron.",
    "Allá en {addr} vive mi hermano, él me trae.",
    "Pues, eh, {addr}.",
    "Nomás ponga {addr} y el código que le di.",
    "Vivimos todos juntos en {addr}, somos seis.",
    "Mi casa es la de {addr}, la del portón negro.",
    "Le repito la dirección: {addr}.",
    "Desde {addr} hasta la clínica hago una hora.",
    "Para las muestras de sangre vengan a {addr}.",
    "La trabajadora social tiene mi dirección, que es {addr}.",
    "Pues ahora me quedo en {addr}, con una amiga.",
    "Le cuento que en {addr} hay mucha humedad y me da tos.",
    "La ambulancia tiene que entrar por {addr}.",
    "El domicilio fiscal es {addr}, pero yo vivo en otro lado.",
    "Mi papá {name} sigue viviendo en {addr}.",
    "Pues vivo en {addr}, ¿me lo repite para ver si lo anotó bien?",
    "Estoy en {addr} desde que llegué de {city}.",
]
MEDICINE_TEMPLATES = [
    "Pues me estoy tomando la {med} de {dose} {freq} {dur}.",
    "El doctor {last} me dijo que la {med} {freq} y ya.",
    "Eh, la {med}, esa la dejé porque me daba sueño.",
    "Ando tomando {med} y también {med2} para {cond}.",
    "Me recetaron {med}, {dose}, {freq}, {dur}.",
    "Mi hija {first} me compró {med} en la farmacia de {city}.",
    "Yo para {cond} tomo {med}, nada más.",
    "Este, ¿la {med} la puedo tomar con {med2}?",
    "Me tomé dos de {med} y no se me quitó.",
    "Sí, {med}, {dose}, en la mañana.",
    "La {med} me la cambiaron por {med2} {dur}.",
    "Le pusieron {med} a mi mamá por {cond}.",
    "Con la {med} me dio mucha comezón.",
    "Yo tomo {med} {freq}, bueno, cuando me acuerdo.",
    "Me dieron {med} de {dose} pero me cae mal al estómago.",
    "Para el dolor nomás {med} o {med2}.",
    "Mi esposo {first} toma {med} para {cond} {dur}.",
    "No, la {med} ya se me acabó {dur}.",
    "Un tecito de {med} y una {med2} para dormir.",
    "Le digo que el {med} de {dose} no me hace nada.",
    "Tengo {cond} y me mandaron {med} {freq}.",
    "La doctora {last} dice que siga con la {med}.",
    "Me inyecto {med} {freq}, {dose}.",
    "Es {med}, de {dose}, una en la noche.",
    "Dejé de tomar {med} porque tenía {cond}.",
    "¿Usted cree que {med} me sube la presión?",
    "A mi hijo le dan {med} en jarabe {freq} {dur}.",
    "Yo nomás uso {med} cuando tengo {cond}.",
    "Eh, {med}, y este, {med2}, esas dos.",
    "Me mandaron {med} {dur} para {cond}.",
    "Compré {med} genérica de {dose}, ¿está bien?",
    "Ya le dije al doctor {last} que la {med} no me sirve.",
    "La {med}, la {med}, esa es la que tomo.",
    "Antes tomaba {med}, ahora {med2} de {dose}.",
    "Me dio {cond} y el de la farmacia me dio {med}.",
]
PLAIN_TEMPLATES = [
    "Tengo {cond} {dur} y no mejoro.",
    "Eh, pues, este, {cond}, eso es lo que tengo.",
    "Me duele mucho {dur}, sobre todo en la noche.",
    "Mi mamá tenía {cond} y mi papá también.",
    "Me checo el azúcar {freq} {dur}.",
    "Los mareos se me quitaron, pero el dolor sigue {dur}.",
]
