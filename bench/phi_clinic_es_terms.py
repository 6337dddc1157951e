"""Vocabulary and templates of the Spanish clinic set (``bench/phi_clinic_es.py``).

Written for this set, apart from the benchmark's term lists: what a patient and a
clinician say in a visit, dense in words that must survive redaction (generic and
brand medicines of Spain and Latin America, many of them brands that look like given
names or ordinary words, conditions, symptoms, body parts, doses, how often, how
long, ages below 90, laboratory tests, places in the hospital), mixed with who
someone is (names with and without a cue, towns, phones, ids, clinical records).

Slots, must-survive: {gen} a generic medicine, {brand} a brand, {lookalike} a brand
that is also a given name or a plain word, {med} any of these, {cond} a condition,
{sym} a symptom, {body} a body part, {lab} a laboratory test, {ward} a place in the
hospital, {dose}, {freq}, {dur}, {age} an age below 90. Identifiers: {name} {first}
{last} {name2} {nick} {city} {region} {phone} {hc} {afil} {dni} {cedula} {email}
{nss} (as in ``bench/phi_wild_es_ids.py``).
"""

from __future__ import annotations

GENERICS = """
Acenocumarol|Ácido fólico|Ácido valproico|Alprazolam|Ambroxol|Amoxicilina con clavulánico|
Bromhexina|Calcitriol|Candesartán|Cefuroxima|Claritromicina|Clindamicina|Clortalidona|
Dapagliflozina|Desloratadina|Dexketoprofeno|Diazepam|Domperidona|Dulaglutida|Duloxetina|
Ebastina|Eplerenona|Ezetimiba|Fenofibrato|Fexofenadina|Fluconazol|Fosfomicina|Gliclazida|
Hierro|Ipratropio|Ivabradina|Ketoprofeno|Lactulosa|Lansoprazol|Levocetirizina|
Levofloxacino|Linagliptina|Lisinopril|Lormetazepam|Magnesio|Mebeverina|Metamizol|
Metildopa|Metoprolol|Mirtazapina|Mometasona|Nebivolol|Nifedipino|Nistatina|Olmesartán|
Paroxetina|Piroxicam|Pravastatina|Ramipril|Rivaroxabán|Sacubitrilo|Salmeterol|Sucralfato|
Sulfato ferroso|Tiamina|Tolterodina|Topiramato|Torasemida|Valsartán|Venlafaxina|
Vildagliptina|Vitamina D|Vitamina B12|Complejo B|Zopiclona|Butilescopolamina|
Dimenhidrinato|Loperamida
""".replace("\n", "").split("|")
BRANDS = """
Nolotil Enantyum Almax Primperan Fortasec Orfidal Sintrom Adiro Eutirox Seguril
Hidroferol Ventolin Pulmicort Symbicort Spiriva Atrovent Bisolvon Flumil Frenadol
Gelocatil Efferalgan Termalgin Apiretal Junifen Espidifen Neobrufen Dianben Janumet
Galvus Trayenta Forxiga Jardiance Victoza Ozempic Trulicity Lantus Levemir Tresiba
Toujeo Abasaglar Xarelto Eliquis Pradaxa Plavix Coumadin Synthroid Tapazol Prozac
Zoloft Lexapro Cymbalta Wellbutrin Rivotril Tafil Lexatin Tranxilium Trankimazin
Stilnox Dormicum Seroquel Risperdal Zyprexa Abilify Depakine Tegretol Lamictal Keppra
Neurontin Lyrica Aricept Ebixa Sinemet Flomax Omnic Avodart Vesicare Detrusitol
Buscapina Dolex Tafirol Ibupirac Sertal Flanax Tempra Mejoral Tabcin Desenfriolito
Neurobion Redoxon Supradyn Bactrim Augmentin Clamoxyl Flagyl Daktarin Canesten Lamisil
Fucidin Bactroban Nizoral Lasix Aldactone Cozaar Diovan Norvasc Lipitor Crestor Zocor
Glucophage Januvia Nexium Motilium Dulcolax Duphalac Plantaben Daflon Hirudoid
Voltaren Feldene Arcoxia Celebrex Dormidina Mucosan Cardyl Emconcor Tenormin Adalat
Zyrtec Aerius Clarityne Ebastel Polaramine Urbason Dacortín Celestone Fosamax
Prolia Mastical Natecal Ideos Rinialer Pantecta Inexium Zantac Losec Ulcotenal
""".split()
# Brands that are also given names or plain words: a name cue beside them is no proof.
LOOKALIKES = ["Dalsy", "Allegra", "Yasmin", "Diane", "Next", "Actron", "Alivio", "Valeriana",
              "Aurorix", "Celeste", "Amaryl", "Tavor", "Belara", "Dafne", "Clara", "Olivia",
              "Serena", "Ariel", "Milo", "Flor", "Fénix", "Mirena", "Lucía", "Elvira",
              "Reliveran", "Norma", "Alma", "Gloria", "Cielo", "Nora", "Sandra", "Adela",
              "Leonor", "Dorian", "Pepsa", "Mentol", "Venus", "Paz", "Alba", "Vida"]
CONDITIONS = ["hipertensión arterial", "diabetes tipo uno", "prediabetes", "la tiroides",
              "hipotiroidismo subclínico", "fibrilación auricular", "angina de pecho",
              "un infarto", "un ictus", "la próstata agrandada", "cálculos en el riñón",
              "gastritis", "reflujo", "colon irritable", "diverticulitis", "hemorroides",
              "apnea del sueño", "bronquitis crónica", "enfisema", "alergia al polen",
              "dermatitis", "psoriasis", "rosácea", "herpes zóster", "parkinson",
              "esclerosis múltiple", "insomnio", "trastorno bipolar", "crisis de pánico",
              "anemia ferropénica", "gota", "artritis", "osteopenia", "glaucoma",
              "retinopatía", "la presión baja", "el azúcar alto", "los triglicéridos altos",
              "ácido úrico alto", "cistitis", "candidiasis", "una úlcera", "sinusitis",
              "una hernia inguinal", "varices", "celiaquía", "dengue", "zika",
              "covid", "la gripe", "una bronquiolitis", "insuficiencia venosa"]
SYMPTOMS = ["mareos", "náuseas", "vómito", "falta de aire", "dolor de cabeza",
            "hormigueo en las manos", "visión borrosa", "palpitaciones", "tos seca",
            "fiebre", "escalofríos", "ardor al orinar", "diarrea", "estreñimiento",
            "dolor en el pecho", "cansancio", "sudores por la noche", "zumbido de oídos",
            "calambres", "hinchazón de tobillos", "acidez", "comezón", "ronchas",
            "sangrado de encías", "pérdida de apetito", "agruras", "flemas", "ahogo",
            "dolor de espalda", "rigidez en las mañanas", "temblor", "desmayos"]
BODY = ["la rodilla derecha", "el tobillo", "la espalda baja", "el hombro izquierdo",
        "la cadera", "el cuello", "la muñeca", "el talón", "la columna", "el abdomen",
        "la garganta", "el oído", "la vesícula", "el riñón izquierdo", "el hígado",
        "la pierna", "los pies", "el codo", "la mandíbula", "la nuca", "las rodillas",
        "el estómago", "la vejiga", "los pulmones", "la mama derecha", "el páncreas"]
LABS = ["la hemoglobina glicosilada", "la creatinina", "el potasio", "la TSH",
        "el hemograma", "el perfil lipídico", "el examen general de orina",
        "el urocultivo", "la glucosa en ayunas", "las transaminasas", "el INR",
        "la ferritina", "el PSA", "la vitamina D", "la prueba de esfuerzo",
        "el electrocardiograma", "la ecografía", "la resonancia", "la tomografía",
        "la placa de tórax", "la biometría hemática", "el cultivo de exudado",
        "la espirometría", "la densitometría", "el holter", "la colonoscopia"]
WARDS = ["urgencias", "la planta tres", "la UCI", "consulta externa", "el quirófano",
         "rayos X", "radiología", "el laboratorio", "la farmacia del hospital",
         "la planta de medicina interna", "hospital de día", "la sala de espera",
         "admisión", "la unidad coronaria", "pediatría", "el área de curaciones",
         "trabajo social", "la segunda planta", "hemodiálisis", "la sala de partos"]
DOSE_UNITS = [("{n} mg", "{n} miligramos", [5, 10, 20, 25, 40, 50, 75, 100, 150, 200, 400,
                                               500, 575, 600, 850, 1000]),
              ("{n} mcg", "{n} microgramos", [25, 50, 75, 88, 100, 112, 125, 150]),
              ("{n} unidades", "{n} unidades", [8, 10, 12, 14, 16, 18, 20, 22, 24, 30]),
              ("{n} gotas", "{n} gotas", [5, 10, 15, 20]),
              ("{n} ml", "{n} mililitros", [5, 10, 15]),
              ("{n} comprimidos", "{n} comprimidos", [2, 3]),
              ("{n} sobres", "{n} sobres", [2, 3])]
FREQUENCIES = ["cada {n} horas", "{k} veces al día", "una vez al día", "en ayunas",
               "antes de dormir", "cada {n} horas", "con el desayuno", "después de comer",
               "una vez por semana", "cada tercer día", "en la mañana y en la noche",
               "si hay dolor", "cada {n} horas si hay fiebre", "a media mañana"]
DURATIONS = ["por {n} días", "desde hace {n} años", "durante {n} semanas", "hace {n} meses",
             "por {n} meses", "desde hace {n} semanas", "hace como {n} años", "{n} días",
             "toda la vida", "desde el mes pasado", "desde que era joven", "hace {n} días"]
HESITATIONS = ["eh", "este", "o sea", "mmm", "pues"]

MEDICINE_TEMPLATES = [
    "Pues, eh, doctor, yo tomo {med} de {dose} {freq}, y el {brand} nada más si me duele {body}.",
    "Mire, la {lookalike} me la recetaron {dur}, pero me da {sym}, o sea, no sé si dejarla.",
    "Este, ¿el {gen} va con la comida o {freq}? Porque con el {brand} me dio {sym}.",
    "Me mandaron {lookalike} y {gen}, el primero {freq} y el otro {dur}.",
    "{brand} de {dose}, un comprimido {freq}, y si sigue la {sym} me vuelve a llamar.",
    "Le voy a cambiar el {gen} por {brand}, {dose} {freq}, y lo vemos en {dur}.",
    "O sea, yo dejé la {lookalike} porque se me acabó, y me quedé con el {gen} nomás.",
    "La {lookalike} de {dose} me la da mi hija, pero se me olvida {freq}, la verdad.",
    "Tómese el {brand} {freq} y el {gen} {freq2}, y nada de {lookalike} por ahora.",
    "Pues, eh, con el {gen} se me quitó el {sym}, pero el {brand} me cae pesado.",
    "Mi mamá tiene {age} años y toma {lookalike}, {gen} y {brand}, todo {freq}.",
    "¿Me puede dar otra receta de {lookalike}? La de {dose}, la que tomo {freq}.",
    "Ya le bajé al {brand}, ahora es {dose} {freq}, pero sigo con {sym}.",
    "El {gen} lo compro en la farmacia de abajo, y la {lookalike} me la traen de fuera.",
    "Es que {lookalike} y {brand} juntos, eh, me dijeron que no, por {cond}.",
    "Vamos a empezar con {gen} {dose} {freq} {dur}, y si no mejora, {brand}.",
    "Me inyecto {dose} de {brand} {freq} y la {lookalike} la tomo aparte.",
    "A mi hijo de {age} años le dieron {lookalike} para {sym}, {dose}, {freq}.",
]
PEOPLE_TEMPLATES = [
    "La doctora {last} me quitó el {brand} y me dejó la {lookalike}, dice que por {cond}.",
    "Pues, este, soy {name} y vengo por lo de {body}, que me duele {dur}.",
    "Le habla {first}, la hija de {name2}, ella toma {lookalike} {freq} y ya no se le quita {sym}.",
    "Mi esposo {name2} tiene {cond} y toma {gen} de {dose}, eh, {freq}.",
    "El que me recetó la {lookalike} fue el doctor {last}, allá en {ward}.",
    "Ah, {first}, pásele, ¿cómo sigue de {body}? ¿Le sirvió el {brand}?",
    "{name} tiene {age} años, {cond}, y toma {brand} {freq}.",
    "Pregunte por {nick} en {ward}, ella le explica lo de la {lookalike}.",
    "Me atendió {name}, la enfermera de {ward}, y me puso {gen} en la vena.",
    "Pues {first} {last}, así me llamo, y tomo {lookalike} desde hace años.",
    "Mi vecina {name2} me prestó su {brand}, pero yo tomo {gen}, eh, {freq}.",
    "El residente {first} dijo que {lab} salió alta, y que siga con la {lookalike}.",
    "Ya le dije a {first} que no me dé la {lookalike} con el {gen}.",
    "Soy la doctora {last}, de {ward}; su papá tiene {sym} y le vamos a dar {brand}.",
    "O sea, {name} es mi suegra, tiene {cond} y le dan {lookalike} y {gen}.",
    "Eh, me llamo {first}, bueno, {name}, y tengo {cond} {dur}.",
    "Llamé a {nick} para que me trajera el {brand} de la casa.",
    "El doctor {name2} me cambió la {lookalike} por {gen}, {dose}, {freq}.",
]
HOSPITAL_TEMPLATES = [
    "Pase a {ward} con esta orden para {lab} y {lab2}, y luego vuelva a {ward2}.",
    "Su expediente es el {hc}, eh, y {lab} la tiene que hacer en ayunas.",
    "Me dejaron en {ward} con {gen} por la vena, y luego me subieron a {ward2}.",
    "Pues, el número de afiliación es {afil}, y vengo a {ward} por {sym}.",
    "Le marcamos al {phone} cuando esté {lab}, ¿le parece?",
    "La cita para {lab} es en {ward}, y traiga el {brand} que toma.",
    "Mi teléfono es {phone}, para lo de {lab}, que me dijeron que salió mal.",
    "Este, en {ward} me dieron {lookalike} de {dose}, y me dio {sym}.",
    "Con la cédula {cedula} le sacan {lab} en {ward}, no necesita cita.",
    "Me operaron de {body} y estuve en {ward} {dur}, con {gen} cada rato.",
    "La historia clínica es la {hc}; trae {cond} y {sym} {dur}.",
    "Se va a quedar en {ward} {dur}; le vamos a pedir {lab} y le damos {brand}.",
    "Mire, el DNI es {dni}, y lo de {body} me lo vieron en {ward}.",
    "Dígale a la de {ward} que el {lab} está pendiente, y que siga con {lookalike}.",
    "Le dejo el correo {email} para que me manden {lab}, eh, por favor.",
    "El seguro es {nss}, y me cubre {lab}, pero el {brand} no.",
    "Pues me trajeron a {ward} por {sym}, y me hicieron {lab}.",
    "En {ward} le van a poner {dose} de {gen}, y en la noche {lookalike}.",
]
HISTORY_TEMPLATES = [
    "Pues yo soy de {city}, y allá me dijeron que tenía {cond}, hace como {age} años no, {dur}.",
    "Tengo {age} años, {cond} {dur}, y me duele {body} cuando camino.",
    "Mi papá murió de {cond} en {city}, y mi mamá tiene {age} y toma {lookalike}.",
    "Eh, vivía en {city}, {region}, y ahí me daban {brand}, acá no lo encuentro.",
    "Desde que llegué de {city} tengo {sym} y {sym2}, o sea, {dur}.",
    "Me vio un especialista en {city} por {body}, y me dio {gen} {freq}.",
    "A los {age} años me diagnosticaron {cond}, y desde entonces {lookalike}.",
    "Mi hermana en {region} también tiene {cond}, y le va bien con el {brand}.",
    "Pues, de niña tuve {cond}, y ahora, ya con {age} años, {sym}.",
    "En {city} el {gen} es más barato, por eso me lo traigo de allá.",
    "Fumé {dur}, eh, y ahora tengo {cond} y {sym} en las mañanas.",
    "Tengo {age} años y peso lo mismo, pero {lab} salió alterada.",
    "Mi abuela era de {region}, tenía {cond} y la trataban con {lookalike}.",
    "Trabajé en {city} {dur} en una fábrica, y de ahí me quedó {sym}.",
    "Mi hijo de {age} años tiene {cond}, y el pediatra le dio {brand} {freq}.",
    "Cuando estuve en {city} me internaron en {ward} por {cond}.",
    "Tiene {age} años, viene de {city}, con {sym} {dur} y {cond} de base.",
    "Tomé {lookalike} {dur} cuando vivía en {region}, y me fue bien.",
]
PLAIN_TEMPLATES = [
    "Pues, eh, me duele {body} {dur}, y con el {brand} no se me quita, o sea, nada.",
    "Tengo {sym}, {sym2} y {sym3}, y la {lookalike} me la tomo {freq}.",
    "{lookalike}, {dose}, {freq}; {gen}, {dose2}, {freq2}; y {brand} si hay dolor.",
    "Este, ¿cuánto tiempo sigo con la {lookalike}? Ya van {dur}.",
    "Me hice {lab} y {lab2}, y me dijeron que por {cond} tengo que tomar {gen}.",
    "La {lookalike} me da {sym}, y el {gen} me da {sym2}, ¿cuál dejo?",
    "Con {age} años ya no aguanto {body}, doctora, y el {brand} no hace nada.",
    "Me dijeron en {ward} que tomara {lookalike} {freq} {dur}.",
    "Eh, {sym} desde el lunes, y me tomé un {brand}, pero sigo igual.",
    "¿La {lookalike} engorda? Porque desde que la tomo tengo {sym}.",
    "{gen} de {dose} {freq}, {lookalike} {freq2}, y {lab} de control.",
    "O sea, yo tengo {cond}, y la {lookalike} me la recetó el cardiólogo.",
    "Vengo por la receta de {lookalike} y de {brand}, nada más.",
    "Mi niño de {age} años tiene {sym}; ¿le doy {lookalike} o {brand}?",
    "Me sale {sym} en {body} cuando tomo {gen}, eh, como ronchas.",
    "Sigo con {brand} {freq} y con {lookalike} {freq2}, y ya no me duele {body}.",
    "Ya me tomé la {lookalike}, la de {dose}, pero no me bajó {sym}.",
    "Tenía {cond} y me mandaron {lookalike} {dur}; ahora estoy bien.",
]
KINDS = (("meds", MEDICINE_TEMPLATES), ("people", PEOPLE_TEMPLATES),
         ("hospital", HOSPITAL_TEMPLATES), ("history", HISTORY_TEMPLATES),
         ("plain", PLAIN_TEMPLATES))
INSTANCES = {"meds": 4, "people": 5, "hospital": 4, "history": 4, "plain": 4}
