"""Word lists the recognizers share. Lower case; accents kept as spoken text writes them."""

from __future__ import annotations

EN_UNITS = {"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
            "six": 6, "seven": 7, "eight": 8, "nine": 9}
EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90}
EN_REPEATERS = {"double": 2, "triple": 3}

ES_UNITS = {"cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4,
            "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9}
ES_TEENS = {"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
            "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
            "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintidós": 22,
            "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
            "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27,
            "veintiocho": 28, "veintinueve": 29}
ES_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
           "ochenta": 80, "noventa": 90}
ES_HUNDREDS = {"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
               "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
               "setecientos": 700, "ochocientos": 800, "novecientos": 900,
               "doscientas": 200, "trescientas": 300, "cuatrocientas": 400,
               "quinientas": 500, "seiscientas": 600, "setecientas": 700,
               "ochocientas": 800, "novecientas": 900}

EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "jan", "feb", "mar", "apr",
             "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "setiembre", "octubre", "noviembre", "diciembre"]

EN_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
               "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
               "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
               "twentieth", "thirtieth"]
# An English ordinal said or written: "fifth", "twenty third", "fortieth", "42nd" (streets
# in ``corners``, units in ``military``).
_TENS_PATTERN = rf"(?:{'|'.join(EN_TENS)})"
EN_ORDINAL_PATTERN = (rf"(?:(?:{_TENS_PATTERN}[\s-])?(?:{'|'.join(EN_ORDINALS)})|"
                      rf"{_TENS_PATTERN.replace('y', 'ieth')}|\d{{1,3}}(?:st|nd|rd|th))")

# Words that end a name after "my name is": fillers, function words, common verbs.
NOT_NAMES = set("""
a an and the or but so um uh er ah like just really very not no yes yeah okay ok well
i im i'm me my mine you your he she his her we our they their it its is am are was were be been
have has had do does did will would can could should may might must shall
here there this that these those what which who whom whose when where why how
and also too then now today yesterday tomorrow please thanks thank sorry hello hi
doctor nurse patient mister miss missus sir madam
y e o u pero que de del la las los el un una unos unas es soy está estoy era fue
mi mis su sus tu tus yo usted ustedes él ella nosotros ellos por para con sin muy
sí si no bueno pues este esta eso esto ahora hoy ayer mañana gracias hola señor señora
said says told asked wants wanted thinks thought recommended prescribed gave gives
will would says says told me him her us them about with from into over after before
zip code street avenue road apartment number phone email address insurance member record
date birth pain blood pressure heart chest head stomach back leg arm medicine medication
dijo dice pidió receta recetó código postal calle avenida número teléfono correo seguro
dolor sangre presión corazón pecho cabeza estómago espalda pierna brazo medicina
it's that's i've i'd i'll don't can't won't he's she's we're they're you're there's what's
at on in to by of for as back later anytime whenever tonight again soon
en a al con por para hasta desde
hospital clinic county center centre emergency room pharmacy office department unit ward
buenos buenas días tardes noches doctora dni nie clínica centro urgencias farmacia
consultorio planta hace durante cuando porque desde tras
eh ehh ehm em mmm mm hmm ajá aja osea
tomara tomaras tomase tomarla tomarlo tomarme tomarse recetara recetaron
toma toman tomaba tomaban llama llaman llamaba usa usan usaba usaban
curp rfc rut run nss cédula cedula carnet carné ine dui dpi guion guión
""".split())

# Medicines and conditions must survive redaction: a redacted drug name would wreck the
# translation. Cased drug names are tagged as organisations or places by spaCy.
MEDICAL_TERMS = set("""
tylenol acetaminophen paracetamol ibuprofen advil motrin aleve naproxen aspirin
metformin insulin lantus humalog ozempic wegovy mounjaro jardiance januvia glipizide
lisinopril losartan amlodipine metoprolol atenolol carvedilol hydrochlorothiazide
furosemide lasix spironolactone atorvastatin lipitor simvastatin rosuvastatin crestor
warfarin coumadin eliquis apixaban xarelto rivaroxaban plavix clopidogrel
levothyroxine synthroid omeprazole prilosec pantoprazole nexium famotidine pepcid
amoxicillin augmentin azithromycin zithromax doxycycline ciprofloxacin cipro keflex
cephalexin bactrim penicillin prednisone medrol albuterol ventolin symbicort advair
flovent singulair montelukast zyrtec claritin benadryl allegra
sertraline zoloft fluoxetine prozac escitalopram lexapro citalopram celexa bupropion
wellbutrin trazodone venlafaxine effexor duloxetine cymbalta alprazolam xanax
lorazepam ativan clonazepam klonopin diazepam valium gabapentin neurontin lyrica
pregabalin tramadol oxycodone hydrocodone vicodin percocet morphine codeine
humira enbrel remicade methotrexate hydroxychloroquine plaquenil adderall ritalin
viagra cialis sildenafil tamsulosin flomax finasteride estradiol progesterone
nitroglycerin digoxin amiodarone diltiazem verapamil heparin lovenox
diabetes hypertension asthma copd pneumonia bronchitis covid sars sars-cov influenza flu migraine
arthritis osteoarthritis lupus crohn's crohn colitis cancer leukemia lymphoma
alzheimer's alzheimer parkinson's parkinson hepatitis cirrhosis anemia hiv aids
epilepsy depression anxiety bipolar schizophrenia adhd autism dementia gout psoriasis
eczema shingles herpes tuberculosis sepsis stroke angina fibromyalgia
diabetes hipertensión asma neumonía bronquitis gripe migraña artritis cáncer
anemia epilepsia depresión ansiedad demencia ictus infarto insulina paracetamol
ibuprofeno metformina omeprazol amoxicilina epoc erc vih sida tdah
a1c hba1c c-section c-sections cesárea cesáreas
""".split())

# Words that introduce a name and are never one ("mi esposo eligio", "doctora córdova").
KIN_AND_TITLES = set("""
son daughter husband wife mother father mom dad brother sister partner grandson
granddaughter grandmother grandfather aunt uncle niece nephew cousin friend neighbor
neighbour caregiver boyfriend girlfriend doctor dr nurse patient mr mrs ms miss mister
hijo hija esposo esposa marido mujer madre padre mama papa hermano hermana pareja nieto
nieta abuela abuelo tia tio sobrino sobrina primo prima amigo amiga vecino vecina
cuidador cuidadora novio novia doctora dra enfermera enfermero paciente senor senora
señor señora senorita señorita sr sra don doña dona suegra suegro cuñada cuñado
cunada cunado nuera yerno madrina padrino ahijada ahijado comadre compadre bisabuela
bisabuelo madrastra padrastro hijastra hijastro licenciada licenciado
""".split())
