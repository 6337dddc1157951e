"""Helper S14's Spanish probe: the templates and the lists they draw from.

Written by one writer for this probe alone, as patients, relatives and clinicians of
Mexico, Peru, Colombia, Argentina, Chile, Spain, the Caribbean and the US talk on a
video visit: loose turns with fillers, names with and without a cue word, nicknames,
towns, colonias and barrios, streets said aloud, ids and phones said digit by digit or
in groups, spoken e-mails, ages of 90 and over, dates. About a third carry no
identifier at all but words a naive redactor takes for one: eponyms, Spanish and Latin
American brands, medicines named like people or places, conditions, doses, durations,
hospital places (``{{...}}``: must survive).

Slots: ``{name}`` ``{first}`` ``{last}`` ``{nick}`` ``{name2}`` people; ``{city}``
``{region}`` ``{colonia}`` places; ``{street}`` a street said aloud; ``{dni}`` ``{nie}``
``{curp}`` ``{rfc}`` ``{rut}`` ``{cedula}`` ``{nss}`` ``{afil}`` ``{hc}`` ids;
``{phone}`` ``{email}`` ``{dob}`` ``{date}`` ``{old}`` (an age of 90 or more).
"""

from __future__ import annotations

NAME_LOCALES = ("es_AR", "es_CL", "es_CO", "es_ES", "es_MX")
CITY_LOCALES = ("es", "es_AR", "es_CL", "es_CO")

NICKNAMES = ["Pancho", "Chayo", "Tere", "Beto", "Chente", "Lalo", "Chabela", "Goyo",
             "Quique", "Fito", "Moncho", "Pili", "Juancho", "Maruja", "Nando", "Cuca",
             "Yoli", "Rulo", "Kike", "Chelo", "Tito", "Mili", "Licha", "Poncho"]

TOWNS = """Tlaquepaque|Chimbote|Zipaquirá|Rancagua|Tandil|Ponferrada|Mayagüez|Huancayo
|San Pedro de Macorís|Ciudad Obregón|Temuco|Lorca|Bayamón|Santiago de los Caballeros
|Quetzaltenango|Comayagua|Tarija|Sogamoso|Piura|Ica|Chillán|Osorno|Rafaela|Olavarría
|Linares|Jerez de la Frontera|Manzanillo|Uruapan|Tehuacán|Girardot|Duitama|Caguas
|Higüey|Pergamino|Villa María|Talavera de la Reina|Écija|Ocaña|Tumbes|Juliaca|Salamanca
|Ciudad Valles|Matehuala|Coquimbo|Ovalle|Arecibo|La Romana|Chiclayo|Pasto|Yopal""".replace(
    "\n", "").split("|")
REGIONS = ["Jalisco", "Oaxaca", "Michoacán", "Antioquia", "Santander", "Cusco", "Arequipa",
           "Mendoza", "Córdoba", "Valparaíso", "Biobío", "Asturias", "Andalucía", "Galicia",
           "Zulia", "Chiriquí", "Boyacá", "Guerrero", "Sinaloa", "Cajamarca", "Tucumán",
           "Extremadura", "Nariño", "Zacatecas", "Coahuila", "La Rioja", "Maule"]
COLONIAS = ["Las Águilas", "San Rafael", "El Mirador", "Lomas del Sol", "Santa Rita",
            "La Esperanza", "Los Olivos", "Villa de las Flores", "El Carmen", "San Telmo",
            "Buenos Aires", "La Floresta", "Jardines del Valle", "El Recreo", "Las Palmas",
            "Independencia", "Alta Vista", "Santa Lucía", "Nueva Granada", "La Victoria"]
STREET_TYPES = [("Calle", "calle"), ("Av.", "avenida"), ("Avenida", "avenida"),
                ("Jr.", "jirón"), ("Carrera", "carrera"), ("Pasaje", "pasaje"),
                ("Callejón", "callejón"), ("Calzada", "calzada"), ("Privada", "privada"),
                ("Camino", "camino"), ("Cra.", "carrera"), ("Pje.", "pasaje")]
STREET_NAMES = ["Los Cedros", "Benito Juárez", "San Martín", "Hidalgo", "Las Acacias",
                "Sucre", "Bolívar", "Morelos", "de los Andes", "Vicente Guerrero",
                "Colón", "Los Jazmines", "Ramón Castilla", "del Río", "Pedro de Valdivia",
                "Cinco de Mayo", "Zaragoza", "Alameda", "Miraflores", "Las Rosas"]

PERSON = [
    "Buenas, eh, le habla {name}, la hija de la señora que tiene {{la diabetes}}, o sea, "
    "yo soy la que la cuida.",
    "Mire doctor, mi esposo se llama {first}, pero en el barrio todos le dicen {nick}.",
    "Este, ¿me comunica con la licenciada {last}? Es por lo de la {{resonancia}}.",
    "Soy el enfermero {name}, le voy a tomar la {{presión}} antes de que pase con la doctora.",
    "Pues vino mi compadre {name2} a dejarme las {{pastillas de la tiroides}} porque yo "
    "no puedo manejar.",
    "Ya le dije, señorita, la que firma es mi nuera, {name}, porque yo no veo bien por la "
    "{{catarata}}.",
    "Che, doctora, el que me trajo fue mi primo {first}, el que vive con nosotros.",
    "La paciente {name}, de {old}, llega con {{fractura de cadera}} tras una caída en casa.",
    "Oiga, y si no contesto yo, pregunte por {nick} o por mi hermana {name2}.",
    "El apellido es {last}, ¿sí?, y de nombre {first}, como mi abuela.",
    "Vale, pues quedamos así: el lunes le llama la doctora {last} para ver cómo va con el "
    "{{Sintrom}}.",
    "Ajá, mi mamá es {name} y ella toma {{Eutirox}} de {{50 microgramos}} en ayunas.",
    "Qué tal, aquí andamos con {first}, que ya le bajó la {{calentura}}.",
    "Doctor, le paso a mi suegro, don {first}, que él le explica lo de la {{próstata}}.",
    "Este, de parte de {name}, que dice que no va a poder venir a la {{quimio}} del jueves.",
    'Ayer vino {first} y me dijo que ya no le diera el {{jarabe}}.',
    'No, la que me cuida es la señora {last}, la de enfrente.',
    'Oye, {first}, pásale el teléfono a tu papá, porfa.',
    'Bueno, mi hija {first} es la que sabe de las {{citas}}, yo no.',
    'Ahí le encargo, que mi vecino {name2} me trajo en su carro.',
    'Mire, yo soy {first}, bueno, {nick} de cariño, la nieta.',
]

CONTACT = [
    "Mi cédula es la {cedula}, la tengo aquí en la cartera.",
    "A ver, el DNI es {dni}, eh, y el teléfono de casa, {phone}.",
    "Apúnteme el correo, es {email}, ahí me manda la receta del {{Glucophage}}.",
    "Mi número de afiliación al seguro es {afil}, por si lo necesita.",
    "Llámeme al {phone}, pero después de las seis porque trabajo.",
    "El RUT de mi papá es {rut}, y él es el que tiene el {{marcapasos}}.",
    "Su CURP es {curp}, la de mi hijo, el que tiene {{asma}}.",
    "¿El número de expediente? Sí, es el {hc}, de {{medicina interna}}.",
    "Tengo NIE, es el {nie}, porque soy de fuera.",
    "Mándeme un correo a {email}, o si no, un mensajito al {phone}.",
    "Mi número del seguro social es {nss}, lo tengo en la tarjeta.",
    "Pues el RFC mío es {rfc}, para la factura de las {{terapias}}.",
    'El correo es {email}, todo junto, en minúsculas.',
    'Mi celular es el {phone}, tiene WhatsApp.',
    'Le doy el número de mi hijo, que es el {phone}, por cualquier cosa.',
    '¿Expediente? El {hc}. Y la afiliación, {afil}.',
]

DATES = [
    "Nací el {dob}, o sea que ya voy para los {{setenta}}.",
    "Mi abuelita tiene {old} y sigue caminando sola, fíjese.",
    "La cita quedó para el {date}, en la mañana, con el {{cardiólogo}}.",
    "Fecha de nacimiento, {dob}, y la operación fue el {date}.",
    "Don {first} ya cumplió {old}, y todavía se toma su {{Aspirina Protect}} diario.",
    "Me internaron el {date} por la {{neumonía}} y salí a los {{diez días}}.",
    "Él es del {dob}, pero en el papel del hospital pusieron otra fecha.",
    "Mi tía abuela tiene {old}, ¿eso importa para la {{vacuna}}?",
    "El último {{papanicolaou}} fue el {date}, creo, o por ahí.",
    'Mi papá nació el {dob} y ahora tiene {old}, imagínese.',
    'La biopsia se la hicieron el {date} y todavía no nos dan resultados.',
    'Tiene {old}, pero está lúcida, nomás no oye bien.',
]

PLACES = [
    "Vivimos en la colonia {colonia}, en {city}, cerquita del mercado.",
    "Eh, la dirección es {street}, en {city}, ¿sí me escucha bien?",
    "Nosotros somos de {city}, pero ahorita estamos en casa de mi hermana en {region}.",
    "Mande la ambulancia a {street}, barrio {colonia}, por favor, que mi papá no respira bien.",
    "Yo estoy en {city}, o sea, a dos horas del hospital, por eso no voy seguido.",
    "Mire, la farmacia que me queda es la de {street}, la que está frente al parque.",
    "Me mudé a {city} el año pasado y allá no hay {{endocrinólogo}}.",
    "Mi casa está en {street}, en el fraccionamiento {colonia}.",
    "Mi mamá se quedó sola en {city}, en {region}, y ya no quiere venirse.",
    "Trabajo en una panadería de {city} y ahí me dio el {{infarto}}.",
    "La clínica de {city} me mandó con ustedes por lo de la {{hernia}}.",
    "Mándelo a {street}, {city}, que ahí lo recibe mi hija.",
    'Vivo a una cuadra de {street}, por la panadería.',
    'Somos de un pueblito que se llama {city}, allá en {region}.',
    'Estamos en {street}, colonia {colonia}, {city}.',
    'Me atendieron en el centro de salud de {city}, pero no había {{insulina}}.',
    'Mi hermano vive por el rumbo de {city}, como a una hora.',
]

PLAIN = [
    "Mi papá tiene {{Parkinson}} desde hace {{cinco años}} y ya le tiembla mucho la mano.",
    "Le diagnosticaron {{Alzheimer}} y ahora toma {{Memantina}} en la noche.",
    "Es que con el {{Crohn}} no puedo comer casi nada, doctora.",
    "Le dieron {{Tafirol}} para la fiebre y {{Buscapina}} para el dolor de panza.",
    "Tomo {{Adiro}} de {{100 mg}} y {{Lipitor}} en la noche.",
    "El niño tiene {{síndrome de Down}} y lo ve el {{cardiólogo}} cada {{seis meses}}.",
    "Gracias a Dios me descartaron un {{linfoma de Hodgkin}}, era una infección nomás.",
    "Estuvo en {{terapia intensiva}} por un {{Guillain-Barré}} después de la gripe.",
    "Pues me pusieron {{Benzetacil}} y me dolió toda la nalga.",
    "Para la presión me dieron {{Losartán}} de {{50 mg}}, una en la mañana.",
    "Tiene la enfermedad de {{Addison}} y anda muy cansada, sin ganas de nada.",
    "Con el {{Cushing}} se le hinchó mucho la cara, me dijo el {{endocrinólogo}}.",
    "Ando con el {{Dolo-Neurobión}} pero la espalda sigue igual.",
    "Le recetaron {{Diclofenaco}} y {{Omeprazol}} por {{una semana}}.",
    "En {{urgencias}} le pusieron {{suero}} y {{Plasil}} para el vómito.",
    "Vengo por mi {{Levotiroxina}} y por la {{Insulina Lantus}}, que ya se me acabó.",
    "Mi hija tiene {{Asperger}} y le dan {{Risperidona}} en gotas.",
    "Toma {{Clonazepam}} de {{2 mg}} para dormir, desde hace {{tres meses}}.",
    "La {{cirugía de Whipple}} fue larga, pero ya pasó a {{piso}}.",
    "Tiene {{parálisis de Bell}} del lado derecho, se le cae la cara.",
    "Le hicieron la {{maniobra de Heimlich}} en el restaurante y escupió el pedazo.",
    "El {{Ventolín}} y el {{Seretide}} los uso {{dos veces al día}}.",
    "Dice el {{neumólogo}} que es {{EPOC}} por tantos años de fumar.",
    "Tiene {{Chagas}} desde chico y ahora el {{corazón}} le falla.",
    "Me dieron {{Sulfato Ferroso}} por la {{anemia}} y {{Ácido Fólico}} también.",
    "Al bebé le ponemos {{Hipoglós}} por la rozadura del pañal.",
    "¿El {{Apronax}} lo tomo con comida o en ayunas?",
    "Uso {{Plaquenil}} por el {{lupus}} y me revisan la vista cada {{año}}.",
    "Para el dolor de cabeza me tomo un {{Kitadol}} o un {{Nolotil}}, lo que haya.",
    "La pastilla se llama {{Rivotril}}, la blanquita, y me la da mi hermana.",
    "Con {{Enantyum}} se me quita, pero me cae pesado al estómago.",
    "Vengo de {{Cardiología}} y ahora me mandan a {{Neurología}}, ¿dónde queda?",
    "Me lo cambiaron por {{Valsartán}} porque el otro me daba mucha tos.",
    "Tiene {{Tourette}}, por eso hace esos ruiditos, no es grosería.",
    "Le detectaron {{Hashimoto}} hace {{dos años}} y sube de peso.",
    "Es {{Raynaud}}, se le ponen los dedos blancos con el frío.",
    "Lo están estudiando por {{Wilson}}, por lo del cobre en el hígado.",
    "Dice el otorrino que es {{Ménière}}, por los mareos y el zumbido.",
    "Ahora me inyecto {{Victoza}} y en la mañana tomo {{Januvia}}.",
    "A {{Keppra}} no le tengo confianza, con {{Tegretol}} estaba mejor.",
    "Mi mamá toma {{Lyrica}} para los nervios de los pies y {{Concor}} para el corazón.",
    "De chica me inyectaban {{Bedoyecta}} y {{Complejo B}} cada {{mes}}.",
    "El {{Xarelto}} me lo dio la de {{Hematología}}, la doctora del tercer piso.",
    "Me mandaron {{Bactrim}} {{forte}} por {{siete días}} por la infección de orina.",
    "Tomo {{Lotrial}} de {{10 mg}} y {{Atlansil}} por la arritmia.",
    "Dice que tiene {{Sjögren}}, por eso se le seca tanto la boca.",
    "Le están dando {{Ozempic}} y ya bajó {{ocho kilos}} en {{cuatro meses}}.",
    "Tengo {{enfermedad de Graves}} y tomo {{Tapazol}}, {{15 mg}} al día.",
    'Sigo con la {{Yasmin}} pero me da mucho dolor de cabeza.',
    'La {{Diane}} me la quitaron porque me subió la {{presión}}.',
    '¿Le doy {{Tempra}} o {{Motrin}} al niño para la fiebre?',
    'Me dieron {{Norflex}} y {{Dolo-Tiaminal}} para la espalda.',
    'Traigo la receta del {{Concor}} y la del {{Lasix}}.',
    'Dice mi mamá que el {{Mejoral}} le quita todo.',
    'Me recetaron {{Ebastel}} para la alergia y {{Nasonex}} para la nariz.',
    'Me cambiaron la {{Lyrica}} por {{Neurontin}} porque me mareaba.',
]
