"""Templates, name parts, places and id shapes of the Spanish identity set
(``bench/phi_wild_es_ids.py``).

Written apart from every other generator, after the Spanish sets turned out to hold
mostly street addresses and medicines: here a patient, a relative or a clinician of
many countries says who someone is, in long loose turns ("pues", "este", "o sea",
"eh", restarts): names with two surnames, compound given names, "de la", nicknames;
national ids of several countries, phones with their country code, e-mails said
aloud, dates of birth said many ways, ages of 90 and over, towns and provinces.

Slots: {name} {first} {last} {nick} {name2} people; {city} a town; {region} a state,
province or department; {dni} {nie} {curp} {rfc} {rut} {cedula} national ids; {nss}
a social-security number; {afil} an insurance or affiliation number; {hc} a clinical
record (expediente, historia clínica); {phone}; {email}; {dob} a date of birth;
{date} another date; {old} an age of 90 or over. Must-survive: {med} {med2} a
medicine, {dose}, {freq} how often, {dur} how long, {cond} a condition, {age} an age
below 90.
"""

from __future__ import annotations

NAME_LOCALES = ("es_AR", "es_CL", "es_CO", "es_ES", "es_MX")
# Given names that go in pairs, and nicknames people answer to.
SECOND_GIVEN = ["José", "María", "Guadalupe", "Luis", "Antonio", "Fernanda", "Alejandro",
                "Isabel", "Ángel", "Carmen", "Manuel", "Elena", "Javier", "Andrea"]
NICKNAMES = ["Pepe", "Lupita", "Chucho", "Paco", "Nacho", "Toño", "Memo", "Chela",
             "Conchita", "Kike", "Lalo", "Beto", "Charo", "Maribel", "Quique", "Chabela",
             "Pancho", "Moncho", "Rosi", "Marisol", "Chayo", "Tere", "Nena", "Güera"]
PARTICLE_SURNAMES = ["de la Cruz", "de la Rosa", "de la Torre", "de la Fuente", "del Río",
                     "de León", "de los Santos", "de la Garza", "del Castillo", "de Jesús"]
REGIONS = """
Aguascalientes|Chihuahua|Coahuila|Durango|Guerrero|Hidalgo|Jalisco|Michoacán|Morelos|
Nayarit|Oaxaca|Puebla|Querétaro|Sinaloa|Sonora|Tabasco|Tamaulipas|Tlaxcala|Veracruz|
Zacatecas|Yucatán|Campeche|Antioquia|Cundinamarca|Santander|Boyacá|Nariño|Risaralda|
Tolima|Huila|Córdoba|Mendoza|Tucumán|Neuquén|Chubut|Misiones|Corrientes|Entre Ríos|
Salta|Jujuy|Valparaíso|Biobío|La Araucanía|Los Lagos|Coquimbo|Arequipa|Cusco|Piura|
Lambayeque|Junín|Cajamarca|Asturias|Galicia|Extremadura|Murcia|Cantabria|Navarra|
Badajoz|Almería|Zaragoza|Pichincha|Guayas|Manabí|Azuay|Chuquisaca|Cochabamba|Santa Cruz
""".replace("\n", "").split("|")
CITIES = """
Celaya|Irapuato|Tepic|Culiacán|Hermosillo|Mazatlán|Uruapan|Zamora|Tehuacán|Orizaba|
Xalapa|Coatzacoalcos|Tuxtla Gutiérrez|Tapachula|Ciudad Obregón|Matamoros|Reynosa|
Pereira|Manizales|Armenia|Ibagué|Neiva|Pasto|Popayán|Montería|Sincelejo|Valledupar|
Bucaramanga|Cúcuta|Rosario|Mar del Plata|Bahía Blanca|Paraná|Posadas|Resistencia|
Rancagua|Talca|Chillán|Temuco|Osorno|Puerto Montt|Antofagasta|Iquique|Trujillo|
Chiclayo|Huancayo|Ayacucho|Tacna|Cuenca|Ambato|Riobamba|Loja|Portoviejo|Tarija|
Oruro|Sucre|Salamanca|Cáceres|Albacete|Logroño|Lleida|Huesca|Jaén|Ponferrada|
San Pedro Sula|Santa Ana|Quetzaltenango|Escuintla|Chinandega|León|Mayagüez|Ponce|
Santiago de los Caballeros|San Cristóbal|Maracaibo|Barquisimeto|Valencia
""".replace("\n", "").split("|")
EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.es", "hotmail.es",
                 "gmail.com", "yahoo.es", "live.com.mx", "icloud.com", "prodigy.net.mx"]

# Phone numbers per country: (code as written, code as said, digit groups).
PHONES = [("+52", "cincuenta y dos", (2, 4, 4)), ("+52", "cincuenta y dos", (3, 3, 4)),
          ("+34", "treinta y cuatro", (3, 2, 2, 2)), ("+34", "treinta y cuatro", (3, 3, 3)),
          ("+57", "cincuenta y siete", (3, 3, 4)), ("+54", "cincuenta y cuatro", (1, 2, 4, 4)),
          ("+56", "cincuenta y seis", (1, 4, 4)), ("+51", "cincuenta y uno", (3, 3, 3)),
          ("+593", "quinientos noventa y tres", (2, 3, 4)),
          ("+502", "quinientos dos", (4, 4)), ("+503", "quinientos tres", (4, 4)),
          ("+1", "uno", (3, 3, 4))]
# Clinical record shapes: L a letter, # a digit, anything else as is.
RECORD_SHAPES = ["HC-######", "######", "EXP-####-#####", "L-#######", "########",
                 "HC######", "###-###-##", "LL-######"]
MEMBER_SHAPES = ["## ######## ##", "###########", "L########", "####-####-##",
                 "############", "LLL########"]
MEDICINES = """
Losartán Metformina Omeprazol Atorvastatina Enalapril Levotiroxina Amlodipino Sertralina
Clonazepam Tramadol Gabapentina Pregabalina Insulina Glibenclamida Carvedilol Furosemida
Espironolactona Salbutamol Budesonida Montelukast Loratadina Cetirizina Diclofenaco
Naproxeno Ketorolaco Paracetamol Ibuprofeno Amoxicilina Ciprofloxacino Azitromicina
Nitrofurantoína Ranitidina Pantoprazol Metoclopramida Warfarina Apixabán Alopurinol
Colchicina Prednisona Dexametasona Fluoxetina Escitalopram Quetiapina Risperidona
Levetiracetam Valproato Tamsulosina Finasterida Sitagliptina Empagliflozina Simvastatina
Bisoprolol Hidroclorotiazida Clopidogrel Aspirina Propranolol Telmisartán Irbesartán
Verapamilo Diltiazem Digoxina Amiodarona Enoxaparina Heparina Rosuvastatina Glimepirida
Semaglutida Glargina Tiamazol Alendronato Citalopram Trazodona Bupropión Amitriptilina
Haloperidol Olanzapina Litio Carbamazepina Fenitoína Lorazepam Bromazepam Zolpidem
Melatonina Donepezilo Memantina Levodopa Oxibutinina Tadalafilo Doxiciclina Cefalexina
Metronidazol Ivermectina Albendazol Metotrexato Ondansetrón Esomeprazol Hidroxizina
Fluticasona Tiotropio Codeína Morfina Celecoxib Meloxicam Baclofeno Ciclobenzaprina
""".split()
CONDITIONS = ["diabetes tipo dos", "hipertensión", "la presión alta", "el colesterol alto",
              "hipotiroidismo", "asma", "EPOC", "insuficiencia cardiaca", "gota",
              "artritis reumatoide", "depresión", "ansiedad", "epilepsia", "migraña",
              "insuficiencia renal", "cirrosis", "anemia", "osteoporosis", "fibromialgia",
              "una infección urinaria", "neumonía", "hernia discal", "cataratas", "lupus",
              "vitíligo", "hipertiroidismo", "colitis", "hígado graso", "alzhéimer",
              "demencia", "esquizofrenia", "trombosis", "arritmia", "vértigo", "tendinitis",
              "túnel carpiano", "ciática", "tuberculosis", "hepatitis", "VIH", "herpes",
              "neuropatía", "pie diabético", "úlcera gástrica", "estreñimiento",
              "incontinencia", "obesidad", "escoliosis", "artrosis", "endometriosis",
              "preeclampsia", "bocio", "rinitis", "conjuntivitis", "otitis", "faringitis",
              "varicela", "chikungunya"]
DOSE_MG = [5, 10, 20, 25, 40, 50, 100, 250, 500, 850, 1000]
FREQUENCIES = ["cada {n} horas", "{k} veces al día", "una vez al día", "en ayunas",
               "antes de dormir", "cada {n} horas"]
DURATIONS = ["por {n} días", "desde hace {n} años", "durante {n} semanas", "hace {n} meses",
             "por {n} meses"]
HESITATIONS = ["eh", "este", "o sea", "eh", "mmm"]

PERSON_TEMPLATES = [
    "Pues, eh, me llamo {name}, pero todos me dicen {nick}, o sea, así me conocen.",
    "Mi nombre completo es {name}, con los dos apellidos, porque luego se confunden.",
    "Este, la paciente es mi mamá, se llama {name}, y yo soy su hija {first}.",
    "A ver, ¿me confirma su nombre? Sí, {name}, y la cita es con la doctora {last}.",
    "Yo soy {first}, la nuera, y el señor es {name2}, él casi no oye bien.",
    "O sea, mi esposo {name2} es el que viene conmigo, yo soy {name}.",
    "Bueno, pregunte por {nick}, que así me dicen en el barrio, o por {name}.",
    "Pues, la que me atendió la otra vez fue la enfermera {first} {last}, muy amable.",
    "Mire, el responsable es mi hermano {name2}, yo no firmo nada sin él.",
    "Eh, {name}, ese es mi nombre, el {last} es por parte de mi papá.",
    "Mi hijo se llama {first}, pero le decimos {nick}, tiene {age} años y tiene {cond}.",
    "Le habla {name}, la cuidadora de la señora {name2}, ella toma {med} {freq}.",
    "Soy el doctor {name} y voy a revisar a la paciente, este, junto con el residente {first}.",
    "La que llenó los papeles fue mi comadre {name2}, pues yo no sé leer muy bien.",
    "Ponga de contacto de emergencia a {name}, es mi sobrina, vive conmigo.",
    "Pues mi apellido es {last}, así, con los dos, y el nombre es {first}.",
    "Oiga, ¿está el doctor {last}? Es que el señor {name2} lo está buscando.",
    "Yo soy {nick}, bueno, {name}, la esposa del paciente.",
]
ID_TEMPLATES = [
    "Pues, eh, mi DNI es {dni}, y la tarjeta sanitaria la traigo aquí.",
    "A ver, este, mi CURP es {curp}, ¿se la repito?",
    "El RFC es {rfc}, o sea, es el de la factura, para que me la hagan.",
    "Mi RUT, eh, es {rut}, soy de Fonasa.",
    "Sí, la cédula es {cedula}, la expidieron en {city}.",
    "Mi número de seguro social es {nss}, del IMSS, y tengo {cond}.",
    "El número de afiliación es {afil}, ahí está la póliza.",
    "El expediente de mi papá es el {hc}, lo atienden por {cond} {dur}.",
    "Su historia clínica, eh, es la {hc}, y el NIE es {nie}.",
    "Pues yo tengo NIE, es {nie}, todavía no me dan el DNI.",
    "Este, ¿me da su número de cédula? Sí, {cedula}, y el apellido es {last}.",
    "Anótele el número de afiliación {afil} y el de la historia {hc}, por favor.",
    "Mi mamá {name} tiene la CURP {curp} y el seguro {nss}.",
    "O sea, el documento de identidad es {dni}, a nombre de {name}.",
    "Mi número de expediente, este, creo que es {hc}, o sea, eso dice la hoja.",
    "La cédula de mi esposo es {cedula}, él toma {med} de {dose}.",
    "Para la receta necesito el RUT, es {rut}, y el teléfono que ya le di.",
    "Es el {afil}, el número de la aseguradora, eh, lo tengo en la tarjeta.",
]
CONTACT_TEMPLATES = [
    "Pues mi celular es {phone}, ahí me puede marcar en la tarde.",
    "Eh, el teléfono de mi hija, este, es {phone}, ella me ayuda con todo.",
    "Me manda los resultados al correo {email}, por favor.",
    "El correo es {email}, todo junto, eh, sin espacios.",
    "Márqueme al {phone} o mándeme un mensaje, o sea, por WhatsApp.",
    "Mi número de allá, de mi país, es {phone}, pero casi no lo uso.",
    "Le dejo el correo de mi sobrino {first}, es {email}.",
    "Para confirmar la cita llámeme al {phone}, ya no tengo el otro.",
    "Pues, este, mi correo electrónico es {email}, ahí me llegan las recetas.",
    "Si no contesto, el número de mi esposo {name2} es {phone}.",
    "El fijo es {phone}, y el correo, eh, {email}.",
    "Apúntelo, {phone}, es de la farmacia donde compro la {med}.",
    "Sí, mándelo a {email}, lo reviso en la noche.",
    "O sea, el WhatsApp es {phone}, con la lada y todo.",
    "Mi correo nuevo es {email}, el otro ya lo cerré.",
    "Llame al {phone}, es la casa de mi mamá, ella tiene {age} años.",
    "A ver, el teléfono que tenemos es {phone}, ¿sigue siendo ese?",
    "Pues el correo de la oficina es {email}, pero mejor al celular {phone}.",
]
DATE_TEMPLATES = [
    "Pues nací el {dob}, allá en {city}.",
    "Mi fecha de nacimiento, eh, es {dob}, bueno, así dice el acta.",
    "Mi abuelita tiene {old}, y todavía camina sola.",
    "Mi papá ya tiene {old}, o sea, está muy grande, y toma {med}.",
    "La fecha de nacimiento de mi hijo es {dob}, tiene {age} años.",
    "Este, ¿fecha de nacimiento? {dob}.",
    "La última vez que vine fue el {date}, y me dieron {med}.",
    "El señor tiene {old} y vive solo, eso me preocupa.",
    "Nació el {dob}, o sea, ya va a cumplir años.",
    "Me operaron el {date} de la vesícula, y desde entonces {cond}.",
    "Mi tía, la que tiene {old}, se cayó ayer.",
    "Pues yo nací el {dob}, y mi esposo es mayor.",
    "La cita es el {date}, a las diez, con el doctor {last}.",
    "Mi suegra cumplió {old} el mes pasado, está muy lúcida.",
    "Le pusieron la vacuna el {date}, y la siguiente en tres meses.",
    "Su fecha de nacimiento es {dob} y tiene {cond} {dur}.",
    "Ella tiene, eh, {old}, y se le olvidan las cosas.",
    "Eh, nací el {dob}, en el hospital de {city}.",
]
PLACE_TEMPLATES = [
    "Pues yo soy de {city}, en {region}, pero vivo aquí desde hace años.",
    "Mi familia está en {city}, o sea, allá en {region}.",
    "Este, venimos de {region}, de un pueblo cerca de {city}.",
    "Me atendieron primero en {city} y luego me mandaron para acá.",
    "Mi mamá vive en {city} y yo le mando la {med}.",
    "Eh, nací en {city}, {region}, y me vine de chiquita.",
    "La clínica donde me diagnosticaron {cond} está en {city}.",
    "Pues trabajé en {region} en el campo, por eso tengo {cond}.",
    "Mis hijos están en {city}, y yo estoy sola aquí.",
    "Fuimos a {city} a ver a un especialista, pero no sirvió.",
    "Soy de {region}, de la capital no, de {city}.",
    "Allá en {city} no hay quien me dé la {med}.",
    "Me regresé a {region} un tiempo y ahí me dieron {med}.",
    "Viajo a {city} la semana que viene, ¿puedo llevar la {med}?",
    "Pues, este, el que me operó está en {city}, {region}.",
    "Mi esposo es de {city} y yo de {region}.",
    "Vivimos en {city} {dur} y luego nos cambiamos.",
    "En {region} hace mucho calor y se me hinchan los pies.",
]
PLAIN_TEMPLATES = [
    "Pues, eh, tengo {cond} {dur} y tomo {med} de {dose} {freq}.",
    "Este, o sea, el {med} lo tomo {freq}, y el {med2} nomás en la noche.",
    "Tengo {age} años y me dijeron que tengo {cond}.",
    "Me subieron la {med} a {dose}, {freq}, {dur}.",
    "Pues, mire, la {med} me da sueño, pero la tomo {freq}.",
    "O sea, me duele {dur}, y ni con la {med} se me quita.",
    "Mi papá tiene {age} años y toma {med} {freq}.",
    "Eh, ¿puedo tomar {med} con {med2}? Tengo {cond}.",
    "Me suspendieron la {med} {dur} por el riñón.",
    "Pues, este, me hicieron estudios por {cond} y salió todo bien.",
    "La dosis es {dose} {freq}, ¿verdad?",
    "Ya tengo {age} años, y desde hace poco {cond}.",
    "Me tomo la {med} en ayunas y la {med2} con la comida.",
    "Con {med} de {dose} {freq} {dur}, y luego vemos.",
    "Es que la {med} se me olvida {freq}, o sea, no siempre.",
    "Me dijo la doctora que {dur} sin {med}.",
    "Tengo {cond}, eh, y la {med} me la dan en el centro de salud.",
    "A los {age} años me empezó {cond}.",
]
