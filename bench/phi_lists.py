"""Word lists for the redaction development set that Faker does not carry.

Real place names (Faker's en_US and es_MX cities are invented: "Lake Jennifer"),
common real street names, countries, Mexican colonias, and the must-survive
clinical vocabulary: generic and brand medicines, conditions named after people,
departments, body parts. ``bench/phi_data.py`` splits every list by a stable hash
of each entry, so held-out sentences also carry medicines and places that the
dev part never shows.
"""

from __future__ import annotations

US_CITIES = [
    "Fresno", "San Antonio", "Houston", "El Paso", "Phoenix", "Tucson", "Albuquerque",
    "Denver", "Chicago", "Los Angeles", "San Diego", "Sacramento", "Oakland", "San Jose",
    "Bakersfield", "Stockton", "Modesto", "Salinas", "Santa Ana", "Anaheim", "Riverside",
    "Miami", "Hialeah", "Orlando", "Tampa", "Jacksonville", "Atlanta", "Charlotte",
    "Raleigh", "Nashville", "Memphis", "Dallas", "Fort Worth", "Austin", "Laredo",
    "Brownsville", "McAllen", "Corpus Christi", "Lubbock", "Las Vegas", "Reno", "Seattle",
    "Spokane", "Yakima", "Portland", "Boise", "Salt Lake City", "Omaha", "Kansas City",
    "St. Louis", "Minneapolis", "Milwaukee", "Detroit", "Cleveland", "Columbus",
    "Cincinnati", "Indianapolis", "Louisville", "Pittsburgh", "Philadelphia", "Newark",
    "Paterson", "Elizabeth", "Boston", "Worcester", "Providence", "Hartford", "New Haven",
    "Bridgeport", "New York", "Brooklyn", "the Bronx", "Queens", "Yonkers", "Buffalo",
    "Rochester", "Baltimore", "Richmond", "Norfolk", "Washington", "Birmingham",
    "New Orleans", "Baton Rouge", "Little Rock", "Oklahoma City", "Tulsa", "Wichita",
    "Des Moines", "Madison", "Anchorage", "Honolulu", "Durham", "Greensboro", "Savannah",
    "Lawrence", "Lowell", "Dearborn", "Santa Fe", "Las Cruces", "Yuma", "Chula Vista",
    "Oxnard", "Pomona", "Ontario", "Fontana", "Visalia", "Merced", "Watsonville",
    "Homestead", "Kissimmee", "Immokalee", "Dalton", "Gainesville", "Garden City",
    "Dodge City", "Storm Lake", "Springdale", "Rogers", "Grand Island", "Pasco",
    "Wenatchee", "Woodburn", "Hillsboro", "Twin Falls", "Greeley", "Pueblo",
]
LATAM_CITIES = [
    "Guadalajara", "Monterrey", "Puebla", "Tijuana", "León", "Ciudad Juárez", "Zapopan",
    "Mérida", "San Luis Potosí", "Aguascalientes", "Hermosillo", "Saltillo", "Mexicali",
    "Culiacán", "Querétaro", "Morelia", "Chihuahua", "Oaxaca", "Acapulco", "Veracruz",
    "Toluca", "Cuernavaca", "Tlaquepaque", "Durango", "Zacatecas", "Irapuato", "Celaya",
    "Tepic", "Villahermosa", "Tuxtla Gutiérrez", "Ecatepec", "Nezahualcóyotl",
    "Guatemala", "Quetzaltenango", "San Salvador", "Santa Ana", "San Miguel",
    "Tegucigalpa", "San Pedro Sula", "Managua", "León", "San José", "Panamá",
    "Bogotá", "Medellín", "Cali", "Barranquilla", "Lima", "Arequipa", "Quito",
    "Guayaquil", "Cuenca", "Caracas", "Maracaibo", "Santo Domingo", "Santiago",
    "La Habana", "Camagüey", "San Juan", "Ponce", "Mayagüez", "La Paz", "Cochabamba",
]
COUNTRIES_EN = [
    "Mexico", "Guatemala", "El Salvador", "Honduras", "Nicaragua", "Costa Rica", "Panama",
    "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Chile", "Argentina", "Brazil",
    "Cuba", "the Dominican Republic", "Haiti", "Jamaica", "Puerto Rico", "Vietnam",
    "the Philippines", "China", "India", "Pakistan", "Bangladesh", "Korea", "Nigeria",
    "Ghana", "Ethiopia", "Somalia", "Kenya", "Eritrea", "Ukraine", "Poland", "Russia",
    "Afghanistan", "Iraq", "Syria", "Nepal", "Burma", "Laos", "Cambodia", "Thailand",
]
COUNTRIES_ES = [
    "México", "Guatemala", "El Salvador", "Honduras", "Nicaragua", "Costa Rica", "Panamá",
    "Colombia", "Venezuela", "Ecuador", "Perú", "Bolivia", "Chile", "Argentina", "Brasil",
    "Cuba", "República Dominicana", "Haití", "Puerto Rico", "Uruguay", "Paraguay",
    "España", "Estados Unidos", "Canadá", "Francia", "Italia", "Alemania", "Marruecos",
    "Rumanía", "Filipinas", "China", "Ucrania", "Portugal", "Inglaterra",
]
COLONIAS = [
    "Roma Norte", "Doctores", "Del Valle", "Condesa", "Narvarte", "Santa María la Ribera",
    "Guerrero", "Polanco", "San Rafael", "Escandón", "Agrícola Oriental", "Moctezuma",
    "Industrial", "Jardines del Bosque", "Chapultepec", "Centro", "Obrera", "Juárez",
    "Tlatelolco", "Morelos", "Pensil", "Lindavista", "Portales", "Santa Cruz Meyehualco",
    "Providencia", "Las Águilas", "Mitras Centro", "Independencia", "Libertad",
    "El Mirador", "Lomas de Chapultepec", "San Ángel", "Tacubaya", "Anáhuac",
    "Bellavista", "Buenos Aires", "Las Flores", "La Joya", "Valle Dorado", "Villa de Cortés",
]
STREETS_EN = [
    "Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Martin Luther King Jr Boulevard",
    "Cesar Chavez Avenue", "Broadway", "Park Avenue", "Washington Street", "Lincoln Avenue",
    "Cedar Lane", "Pine Street", "Sunset Boulevard", "Mission Street", "Valencia Street",
    "Lakeshore Drive", "Highland Avenue", "Church Street", "Mill Road", "Second Avenue",
    "Third Street", "Fifth Avenue", "West Fourteenth Street", "North Central Avenue",
    "South Halsted Street", "Independence Boulevard", "Magnolia Court", "Willow Way",
    "Cherry Hill Road", "River Road", "Spring Street", "Jefferson Avenue", "Franklin Street",
    "Pleasant Street", "Hillcrest Drive", "Meadow Lane", "Sycamore Street", "Chestnut Street",
    "Walnut Avenue", "Alvarado Street", "Olympic Boulevard", "Figueroa Street", "Fulton Street",
]
# Must-survive clinical vocabulary.
DRUGS_EN = [
    "metformin", "lisinopril", "atorvastatin", "amlodipine", "omeprazole", "albuterol",
    "gabapentin", "sertraline", "levothyroxine", "losartan", "insulin", "warfarin",
    "apixaban", "prednisone", "amoxicillin", "ibuprofen", "acetaminophen",
    "hydrochlorothiazide", "furosemide", "tramadol", "oxycodone", "montelukast",
    "fluoxetine", "trazodone", "clopidogrel", "pantoprazole", "simvastatin", "carvedilol",
    "metoprolol", "spironolactone", "duloxetine", "escitalopram", "bupropion", "naproxen",
    "cephalexin", "azithromycin", "doxycycline", "methotrexate", "allopurinol", "tamsulosin",
    "glipizide", "rosuvastatin", "meloxicam", "cyclobenzaprine", "hydroxychloroquine",
]
BRANDS = [
    "Xanax", "Lyrica", "Humira", "Tylenol", "Advil", "Zoloft", "Lipitor", "Eliquis",
    "Xarelto", "Ozempic", "Lasix", "Synthroid", "Plavix", "Keppra", "Januvia", "Jardiance",
    "Norco", "Flomax", "Ambien", "Adderall", "Wellbutrin", "Lexapro", "Prozac", "Coumadin",
    "Motrin", "Aleve", "Benadryl", "Claritin", "Zyrtec", "Trulicity", "Mounjaro",
    "Seroquel", "Abilify", "Celebrex", "Cymbalta", "Neurontin", "Valium", "Klonopin",
    "Ativan", "Percocet", "Vicodin", "Entresto", "Farxiga", "Victoza", "Lantus", "Humalog",
    "Spiriva", "Symbicort", "Advair", "Singulair", "Nexium", "Prilosec", "Protonix",
    "Zofran", "Keflex", "Cipro", "Bactrim", "Valtrex", "Medrol", "Lovenox", "Imitrex",
    "Topamax", "Depakote", "Lamictal", "Aricept", "Sinemet", "Enbrel", "Stelara",
    "Dupixent", "Otezla", "Tradjenta", "Brilinta",
]
BRANDS_ES = [
    "Nolotil", "Ventolin", "Eutirox", "Sintrom", "Adiro", "Augmentin", "Enantyum",
    "Orfidal", "Lexatin", "Voltaren", "Buscapina", "Almax", "Dalsy", "Frenadol",
    "Primperan", "Tranxilium", "Aspirina", "Gelocatil", "Efferalgan", "Neobrufen",
]
DRUGS_ES = [
    "metformina", "losartán", "omeprazol", "paracetamol", "ibuprofeno", "insulina",
    "atorvastatina", "enalapril", "amoxicilina", "salbutamol", "levotiroxina", "sertralina",
    "gabapentina", "pregabalina", "clonazepam", "diclofenaco", "naproxeno", "metamizol",
    "furosemida", "prednisona", "warfarina", "tramadol", "fluoxetina", "alprazolam",
    "amlodipino", "simvastatina", "clopidogrel", "azitromicina", "ciprofloxacino",
    "glibenclamida", "captopril", "ranitidina", "loratadina", "ketorolaco", "ácido fólico",
]
CONDITIONS_EN = [
    "Parkinson's", "Crohn's disease", "Alzheimer's disease", "Hodgkin lymphoma",
    "non-Hodgkin lymphoma", "Hashimoto's thyroiditis", "Graves' disease", "Bell's palsy",
    "Addison's disease", "Cushing's syndrome", "Down syndrome", "Tourette syndrome",
    "Raynaud's", "Sjögren's syndrome", "Guillain-Barré syndrome", "Huntington's disease",
    "Lou Gehrig's disease", "Meniere's disease", "Kawasaki disease", "Marfan syndrome",
    "Lyme disease", "Paget's disease", "Barrett's esophagus", "Wilson's disease",
    "Epstein-Barr", "Dupuytren's contracture", "diabetes", "high blood pressure", "asthma",
    "COPD", "atrial fibrillation", "heart failure", "kidney disease", "lupus",
    "rheumatoid arthritis", "gout", "hepatitis C", "HIV", "depression", "migraines",
    "sleep apnea", "psoriasis", "multiple sclerosis", "epilepsy",
]
CONDITIONS_ES = [
    "Parkinson", "Alzheimer", "enfermedad de Crohn", "linfoma de Hodgkin",
    "síndrome de Down", "tiroiditis de Hashimoto", "enfermedad de Graves",
    "parálisis de Bell", "síndrome de Guillain-Barré", "enfermedad de Chagas",
    "síndrome de Sjögren", "enfermedad de Addison", "síndrome de Cushing",
    "enfermedad de Lyme", "fenómeno de Raynaud", "mal de Parkinson", "diabetes",
    "presión alta", "asma", "EPOC", "fibrilación auricular", "insuficiencia cardíaca",
    "insuficiencia renal", "lupus", "artritis reumatoide", "gota", "hepatitis C",
    "depresión", "migraña", "apnea del sueño", "psoriasis", "esclerosis múltiple",
    "epilepsia", "colesterol alto", "hipotiroidismo",
]
DEPTS_EN = [
    "cardiology clinic", "emergency room", "radiology department", "ICU", "oncology clinic",
    "physical therapy clinic", "urgent care", "dermatology clinic", "endocrinology clinic",
    "pediatrics ward", "maternity ward", "dialysis center", "neurology clinic",
    "wound clinic", "orthopedics clinic", "GI lab", "sleep lab", "infusion center",
]
DEPTS_ES = [
    "cardiología", "urgencias", "radiología", "oncología", "fisioterapia", "pediatría",
    "dermatología", "endocrinología", "neurología", "medicina interna", "terapia intensiva",
    "ginecología", "nefrología", "traumatología", "gastroenterología", "psiquiatría",
]
BODY_EN = [
    "left knee", "lower back", "right shoulder", "chest", "stomach", "left hip", "neck",
    "right wrist", "feet", "throat", "left ear", "ankle", "right eye", "jaw", "elbow",
    "upper back", "hands", "left leg",
]
BODY_ES = [
    "rodilla", "espalda", "cabeza", "pecho", "estómago", "cadera", "cuello", "garganta",
    "oído", "tobillo", "muñeca", "hombro", "muelas", "pies", "piernas", "riñones",
]
EMAIL_DOMAINS = [
    "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
    "comcast.net", "att.net", "live.com", "proton.me", "msn.com", "sbcglobal.net",
    "verizon.net", "yahoo.com.mx", "hotmail.es", "telefonica.net", "prodigy.net.mx",
    "gmx.com", "me.com", "charter.net",
]
# Dev-only clinical vocabulary of many Spanish-speaking countries, as patients say it:
# brand names sold in Mexico, Colombia, Argentina, Chile, Peru, Spain and the Caribbean,
# generic names, conditions and everyday body words. Used by the dev part only (whole,
# not split by hash), so the held-out part's terms stay the ones it always had.
DEV_BRANDS_ES = [
    "Tempra", "Flanax", "Dolex", "Tafirol", "Ibupirac", "Actron", "Kitadol", "Panadol",
    "Novalgina", "Sertal", "Reliveran", "Bayaspirina", "Alplax", "Rivotril", "Ravotril",
    "Clonagin", "Losacor", "Lotrial", "Glucophage", "Dianben", "Levothroid", "Tirodril",
    "Seguril", "Emconcor", "Cardyl", "Zarator", "Tromalyt", "Trankimazin", "Dormidina",
    "Stilnox", "Espidifen", "Termalgin", "Apiretal", "Dalsy", "Mucosan", "Fluimucil",
    "Bisolvon", "Motilium", "Fortasec", "Duphalac", "Movicol", "Hemoal", "Clamoxyl",
    "Ciproxina", "Monurol", "Diflucan", "Canesten", "Fucidine", "Pantecta", "Hidroferol",
    "Natecal", "Ideos", "Mastical", "Aldocumar", "Pradaxa", "Lixiana", "Clexane", "Hibor",
    "Brilique", "Iscover", "Disgren", "Atacand", "Cozaar", "Diovan", "Micardis", "Aprovel",
    "Olmetec", "Renitecén", "Acovil", "Norvas", "Zanidip", "Adalat", "Omnic", "Avodart",
    "Aldactone", "Trangorex", "Zomig", "Maxalt", "Sibelium", "Depakine", "Tegretol",
    "Madopar", "Azilect", "Mirapexin", "Ebixa", "Exelon", "Risperdal", "Zyprexa",
    "Seroxat", "Cipralex", "Besitran", "Dumirox", "Vandral", "Deprax", "Anafranil",
    "Tryptizol", "Noctamid", "Sumial", "Neurobión", "Bedoyecta", "Redoxon", "Treda",
    "Desenfriol", "Tabcin", "Graneodin", "Dorixina", "Lonol", "Pharmaton", "Flagyl",
    "Vermox", "Pantelmin", "Daflon", "Riopan", "Gaviscon", "Lomotil", "Imodium",
    "Dramamine", "Clarityne", "Histiacil", "Mucosolvan", "Tapsin", "Migranol", "Zolben",
    "Doloflam", "Antalgina", "Apronax", "Noxpirin", "Winadeine", "Mareol", "Geniol",
    "Migral", "Uvasal", "Dioxaflex", "Oxa", "Mejoral", "Next", "Melox", "Sedalmerck",
    "Alka-Seltzer", "Pepto-Bismol", "Buscapina Compositum", "Ketorolaco", "Dolo-Neurobión",
]
DEV_DRUGS_ES = [
    "enalapril", "valsartán", "candesartán", "irbesartán", "telmisartán", "bisoprolol",
    "nebivolol", "propranolol", "hidroclorotiazida", "clortalidona", "espironolactona",
    "torasemida", "digoxina", "amiodarona", "acenocumarol", "rivaroxabán", "apixabán",
    "dabigatrán", "enoxaparina", "ácido acetilsalicílico", "rosuvastatina", "pravastatina",
    "ezetimiba", "glimepirida", "sitagliptina", "empagliflozina", "dapagliflozina",
    "liraglutida", "semaglutida", "insulina glargina", "levodopa", "carbidopa",
    "donepezilo", "memantina", "quetiapina", "risperidona", "olanzapina", "haloperidol",
    "escitalopram", "paroxetina", "venlafaxina", "duloxetina", "mirtazapina", "trazodona",
    "lorazepam", "diazepam", "lormetazepam", "zolpidem", "carbamazepina", "ácido valproico",
    "levetiracetam", "lamotrigina", "topiramato", "sumatriptán", "metoclopramida",
    "domperidona", "ondansetrón", "loperamida", "lactulosa", "butilescopolamina",
    "pantoprazol", "esomeprazol", "famotidina", "sucralfato", "mesalazina", "budesonida",
    "beclometasona", "fluticasona", "montelukast", "tiotropio", "cetirizina",
    "desloratadina", "clorfenamina", "dexametasona", "hidrocortisona", "metilprednisolona",
    "cefalexina", "ceftriaxona", "claritromicina", "doxiciclina", "nitrofurantoína",
    "fosfomicina", "metronidazol", "fluconazol", "aciclovir", "valaciclovir", "oseltamivir",
    "albendazol", "mebendazol", "ivermectina", "hidroxicloroquina", "colchicina",
    "alopurinol", "febuxostat", "calcitriol", "colecalciferol", "carbonato de calcio",
    "sulfato ferroso", "ácido fólico", "complejo B", "tamsulosina", "finasterida",
    "sildenafil", "tadalafilo", "anastrozol", "tamoxifeno", "letrozol", "morfina",
    "oxicodona", "codeína", "buprenorfina", "fentanilo", "ketorolaco", "meloxicam",
    "celecoxib", "etoricoxib", "dexketoprofeno", "nimesulida", "metamizol sódico",
]
DEV_CONDITIONS_ES = [
    "hipertensión", "diabetes tipo dos", "azúcar alta", "tiroides", "hipertiroidismo",
    "colesterol", "triglicéridos altos", "gastritis", "reflujo", "colitis", "úlcera",
    "hernia", "cálculos en la vesícula", "piedras en el riñón", "infección de orina",
    "cistitis", "próstata", "anemia", "artrosis", "osteoporosis", "ciática", "lumbalgia",
    "tendinitis", "juanetes", "várices", "trombosis", "embolia", "infarto", "angina de pecho",
    "arritmia", "soplo en el corazón", "insuficiencia renal crónica", "cirrosis",
    "hígado graso", "hepatitis B", "VIH", "tuberculosis", "dengue", "zika", "chikungunya",
    "covid", "neumonía", "bronquitis", "sinusitis", "rinitis alérgica", "otitis",
    "faringitis", "amigdalitis", "conjuntivitis", "cataratas", "glaucoma", "vértigo",
    "jaqueca", "epilepsia", "convulsiones", "demencia", "ansiedad", "depresión",
    "insomnio", "trastorno bipolar", "esquizofrenia", "autismo", "déficit de atención",
    "dermatitis", "urticaria", "acné", "herpes zóster", "culebrilla", "hongos en las uñas",
    "sarna", "piojos", "gota", "lupus", "fibromialgia", "endometriosis", "ovarios poliquísticos",
    "miomas", "menopausia", "preeclampsia", "diabetes gestacional", "cáncer de mama",
    "cáncer de colon", "leucemia", "linfoma", "mal de Chagas", "síndrome de Tourette",
    "enfermedad de Wilson", "síndrome de Asperger", "esclerosis lateral amiotrófica",
]
DEV_BODY_ES = [
    "la rodilla derecha", "la espalda baja", "el hombro izquierdo", "la nuca", "el cuello",
    "la panza", "la barriga", "la boca del estómago", "el vientre", "los riñones",
    "la vejiga", "el hígado", "la vesícula", "los pulmones", "el corazón", "la garganta",
    "las anginas", "los oídos", "la vista", "los ojos", "la mandíbula", "las muelas",
    "las encías", "la lengua", "la frente", "la sien", "el pecho", "las costillas",
    "la cintura", "la cadera", "las nalgas", "la ingle", "los testículos", "el útero",
    "los senos", "la columna", "el coxis", "los tobillos", "los talones", "la planta del pie",
    "los dedos de los pies", "las uñas", "las manos", "la muñeca", "el codo", "el antebrazo",
    "los huesos", "las articulaciones", "los músculos", "la piel", "el cuero cabelludo",
    "las pantorrillas", "los muslos", "el empeine", "la clavícula", "el omóplato",
]
