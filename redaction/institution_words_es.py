"""The words ``institutions_es`` reads a Spanish place's name by: the head words that say a
place is named ("albergue", "hospital", "la empacadora"), the words between a head and its
name ("general", "de especialidades"), and the words that are never a name's there (time,
goods, staff, who or where a place is "de").

Why apart: these lists grow with every set the redactor meets, the reading of them does
not; kept here they can be read and extended without reading the recognizer.
"""

from __future__ import annotations

import re

# Public payers and agencies every patient may have: no firm's name.
PUBLIC_PAYERS = frozenset("""medicare medicaid medi-cal tricare chip cobra obamacare imss
issste insabi fonasa essalud sis ccss""".split())
# Firms a patient works for or is insured by: "Transportes del Bajío", "la aseguradora
# Pacífico Sur", "el bufete Ortega". Their words are ordinary nouns too ("la logística del
# viaje", "el despacho de la doctora", "la agencia de empleo"), so only a name's word after
# them is a name, never an ordinary word after "de".
FIRMS = (r"transportes|transportadora|log[ií]stica|aseguradora|seguros|distribuidora|"
          r"comercializadora|inmobiliaria|industrias|consultora|bufete|despacho|agencia|"
          r"editorial|ferreter[ií]a|papeler[ií]a|muebler[ií]a|zapater[ií]a|refaccionaria|"
          r"purificadora|recicladora|mudanzas|construcciones|materiales|maderas|aceros|"
          r"textiles|procesadora|exportadora|importadora|embotelladora|traslados|remesas|"
          r"env[ií]os|funerales|financiera")
# Any shop named for what it sells: "la carnicería el güero", "la florería las rosas",
# "pupusería"; not what ends so and is no shop ("batería", "enfermería").
SHOP_BY_WHAT_IT_SELLS = (r"(?!(?:bat|gal|lot|porqu|tont|ingeni|enferm|artill|cristal)er[ií]a)"
                         r"[a-zñ]{3,}er[ií]a")
# Where people swim, camp and get bitten, told in exposure and travel histories: "las
# grutas de Cacahuamilpa", "el río Usumacinta", "el cerro El Agustino". Their words are
# ordinary nouns too ("la laguna de la memoria", "la sierra de cadena"), so, as after a
# firm's word, only a name's word after them is a name (review RV27).
NATURE = (r"r[ií]o|lago|laguna|cerro|volc[aá]n|isla|bah[ií]a|sierra|ca[ñn][oó]n|barranca|"
          r"grutas?|cuevas?|cascadas?|cenote|nevado|arroyo")
HEADS = (r"hospital|clínica|clinica|sanatorio|policlínic[oa]|policlinic[oa]|albergue|hogar|"
          r"refugio|casa\s+hogar|iglesia|parroquia|capilla|templo|mina|hotel|hostal|motel|"
          r"funeraria|tanatorio|residencia|asilo|escuela|colegio|liceo|instituto|universidad|"
          r"fábrica|fabrica|maquiladora|maquila|empresa|almacén|almacen|bodega|rancho|"
          r"hacienda|finca|granja|ingenio|cárcel|carcel|penal|reclusorio|cereso|"
          r"centro\s+penitenciario|centro\s+de\s+detención|estación|mercado|supermercado|"
          r"restaurante|taller|cooperativa|club|gimnasio|guardería|guarderia|kínder|kinder|"
          r"jardín\s+de\s+niños|jardin\s+de\s+ninos|umf|hgz|cesfam|consultorio|ambulatorio|"
          # rural places below a town: "la vereda El Carmen", "el caserío Pampa Grande"
          r"vereda|corregimiento|caserío|caserio|aldea|ejido|cantón|canton|paraje|reparto|"
          # Ecuador's and Nicaragua's estates: "ciudadela la alborada", "residencial los robles"
          r"ciudadela|"
          # where people work, shop, study or stay, named like any other place
          r"empacadora|empaque|florícola|floricola|invernadero|vivero|huerta|aserradero|"
          r"rastro|cantera|constructora|planta|bar|cantina|cafetería|cafeteria|fonda|"
          r"lonchería|loncheria|taquería|taqueria|panadería|panaderia|tortillería|"
          r"tortilleria|carnicería|carniceria|lavandería|lavanderia|gasolinera|tienda|"
          r"abarrotes|comedor|peluquería|peluqueria|secundaria|primaria|preparatoria|prepa|"
          r"parque\s+de\s+(?:trailas|tráileres|traileres|trailers|casas\s+móviles)|"
          r"posta|dispensario|ebais|centro\s+de\s+salud|centro\s+comunitario|"
          r"puesto\s+de\s+salud|farmacia|botica|droguería|drogueria|"
          r"centro\s+gerontológico|centro\s+gerontologico|centro\s+de\s+día|"
          r"centro\s+de\s+dia|banco\s+de\s+alimentos|"
          # where the dead are cared for and buried, and who holds a family's money: "el
          # hospicio Buen Pastor", "el panteón municipal de Jerez", "la caja popular Cristo Rey"
          r"hospicio|pante[oó]n|cementerio|camposanto|parque\s+memorial|"
          r"uni[oó]n\s+de\s+cr[eé]dito|caja\s+popular|caja\s+de\s+ahorros?|banco|"
          # where children play and teams meet: "el Parque Rodó", "la cancha los pinos" (not
          # "estadio": a disease's stage too)
          r"parque|plaza|cancha|polideportivo|coliseo|unidad\s+deportiva|"
          # where people dance, marry and bathe: "el salón Los Candiles", "la playa de la
          # Malvarrosa", "el antro La Noria"
          r"salón|salon|playa|balneario|discoteca|antro|" + NATURE + "|"
          r"telesecundaria|conalep|cbtis|cetis|cecyt|"
          # who holds a record or a sample: "el Centro Médico Yaque", "Laboratorio Clínico
          # Pasteur Andino", "la Unidad de Medicina Familiar 48"
          r"laboratorios?(?:\s+cl[ií]nicos?)?|centro\s+m[eé]dico|"
          r"unidad\s+de\s+medicina\s+familiar|"
          # who lends a machine or pays a bill: "la fundación Respira Libre"
          r"fundaci[oó]n|asociaci[oó]n|patronato|"
          # who judges, defends or charges someone: "la Defensoría Pública de Oaxaca", "la
          # fiscalía de Soacha", "el juzgado de Ixtapaluca"
          r"juzgado|fiscal[ií]a|defensor[ií]a|procuradur[ií]a|comisar[ií]a|" + FIRMS)
INNER = (r"general|regional|universitario|universitaria|materno\s+infantil|infantil|"
          r"pediátrico|pediatrico|de\s+niños|de\s+ninos|del\s+niño|del\s+nino|de\s+la\s+mujer|"
          r"de\s+especialidades|de\s+zona|de\s+la\s+zona|rural|municipal|provincial|"
          r"nacional|militar|naval|central|pentecostal|evangélica|evangelica|católica|"
          r"catolica|bautista|adventista|cristiana|metodista|privado|privada|público|"
          r"pública|publico|publica|técnica|tecnica|número|numero|no\.?|n[°º]|"
          # what is done there, said before the name: "la clínica de medicina familiar
          # Moctezuma", "la clínica comunitaria Boyle Heights", "la maquiladora textil
          # Santa Clara"
          r"comunitari[oa]|de\s+medicina\s+familiar|textil|"
          # a club's kind: "el club atlético Estrella Roja", "el club deportivo Los Pinos"
          r"atl[eé]tico|deportivo|social|de\s+f[uú]tbol|"
          r"de\s+diagn[oó]stico|de\s+an[aá]lisis\s+cl[ií]nicos")
# Heads and inner words after which a number is a place's name: Mexico's "clínica 27",
# "UMF 33", "hospital general de zona 46", "escuela número 5". Not "el hospital dos semanas".
NUMBERED = re.compile(r"\b(?:clínica|clinica|umf|hgz|cesfam|consultorio|de\s+zona|"
                       r"medicina\s+familiar|"
                       r"número|numero|no\.?|n[°º]|"
                       # Mexico's public schools: "la secundaria técnica 42", "la prepa 5"
                       r"primaria|secundaria|técnica|tecnica|telesecundaria|prepa|"
                       r"preparatoria|conalep|cbtis|cetis|cecyt|kínder|kinder)$", re.I)
# A hospital named by whom or how it serves is a name in itself: Latin America's "Hospital
# de la Mujer", "Hospital del Niño", "Hospital Militar", "Hospital Universitario",
# "Hospital Infantil"; not "el hospital general", "el hospital privado", "la clínica
# rural", which every town has and says no more than "the hospital".
NAMED_BY_KIND = re.compile(
    r"(?:hospital|clínica|clinica|sanatorio|policlínic[oa]|policlinic[oa])\s+(?:"
    r"universitari[oa]|materno\s+infantil|infantil|de\s+niños|de\s+ninos|del\s+niño|"
    r"del\s+nino|de\s+la\s+mujer|de\s+especialidades|militar|naval|"
    # by its church: "el hospital metodista", "la clínica adventista"
    r"metodista|bautista|adventista|presbiterian[oa]|luteran[oa]|episcopal|menonita)"
    r"(?:\s+(?:" + INNER + r"))*", re.I)
UNIT = re.compile(r"\s+(?:semanas?|días?|dias?|meses|mes|años?|anos?|horas?|veces|minutos?|"
                   r"noches?|pastillas?|tabletas?|cápsulas?|capsulas?|gotas?|dosis|"
                   # what a school counts: "en la secundaria 30 alumnos", "3 materias"
                   r"alumn[oa]s|estudiantes|materias|semestres|grupos|salones|clases|"
                   r"maestr[oa]s|niñ[oa]s|ninos|ninas|cuadras|kil[oó]metros)\b", re.I)
# When, not which: "voy a la iglesia los domingos", "al hospital en marzo".
TIME_WORDS = frozenset(f"{day}{plural}" for day in (
    "lunes martes miercoles jueves viernes sabado domingo manana mañana tarde noche madrugada "
    "semana mes enero febrero marzo abril mayo junio julio agosto septiembre setiembre "
    "octubre noviembre diciembre").split() for plural in ("", "s"))
GOODS = frozenset("""
diversiones acuatico acuatica infantil juegos
fresa fresas abarrotes ropa muebles comida flores frutas fruta verduras carne pan pollo
leche queso pescado mariscos zapatos calzado tela telas papel madera cemento ladrillo
vidrio plastico textil dulces tortillas refrescos cerveza vino cafe tabaco uva uvas
tomate tomates chile lechuga manzana naranja platano aguacate algodon
""".split())
# Heads whose name often comes with its article: "la escuela la milagrosa", "el rancho el
# potrero", "la farmacia el amal", "la guardería los pitufos".
ARTICLE_NAMED = re.compile(r"escuela|colegio|liceo|instituto|finca|hacienda|rancho|granja|"
                            r"salón|salon|"
                            r"farmacia|botica|motel|hotel|hostal|albergue|hogar|restaurante|"
                            r"cantina|bar|fonda|taquería|taqueria|panadería|panaderia|"
                            r"tienda|empresa|fábrica|fabrica|maquiladora|taller|hospital|"
                            r"clínica|clinica|sanatorio|centro\s+de\s+salud|residencia|"
                            r"asilo|iglesia|parroquia|guardería|guarderia|club|gimnasio|"
                            r"cafetería|cafeteria|seguros|aseguradora|agencia|abarrotes|"
                            r"purificadora", re.I)
# Who works at a place, or what it holds, said after its head with an article.
STAFF_AND_STOCK = frozenset("""recepcionista farmaceutico farmaceutica trabajadora trabajador
quimico quimica generico cooperativa dueno duena cajera cajero encargado encargada gerente
vigilante guardia cocinero cocinera mesero mesera capataz mayordomo portero arbitro director
directora maestro maestra profe profesor profesora alumno alumna conserje intendente
velador chofer patron patrona""".split())
# Who is at a place, said after it with a plural article: "en la escuela los niños".
GENERIC_PEOPLE = frozenset("""niños niñas ninos ninas alumnos alumnas maestros maestras
papas mamas muchachos muchachas chavos chicos chicas señores señoras senores senoras
doctores doctoras enfermeros
enfermeras pacientes viejitos viejitas abuelitos abuelitas demas otros otras dos tres
trabajadores empleados vecinos amigos hijos hijas nietos""".split())
# Titles a place is named with, before the person it is named for.
NAMED_FOR_TITLES = frozenset("""doctor doctora dr dra licenciado licenciada lic profesor
profesora prof maestro maestra padre sor fray general presidente ingeniero ing""".split())
# Nouns as frequent as grammar that places are named by: "el bar Casa Paco", "el albergue
# Casa del Migrante", "la escuela Esperanza de Vida", "la guardería Mundo Feliz".
FREQUENT_NAMING_NOUNS = frozenset("""casa vida mundo sol luz paz amor tierra cielo fe nuevo
nueva""".split())  # "Nueva Vida", "Aire Nuevo"
# What a place "de" something is, or whose or where, not its name: "el asilo de ancianos",
# "la iglesia del pueblo", "la clínica de la colonia", "el hospital de allá".
GENERIC_OF = frozenset("""ciudad pueblo esquina colonia barrio zona centro norte sur este
oeste ancianos ancianas animales dia noche ninos ninas nino nina mujer mujeres hombres seguro
gobierno estado alla aqui enfrente lado trabajo escuela rancho frente atras arriba abajo
lejos cerca ahi aca municipio region lugar area distrito condado comunidad familia casa
gente personas trabajadores paciente pacientes mama papa hijo hija esposo esposa
abuela abuelo tio tia ejido rancheria vereda aldea caserio campo sierra costa valle
mar playa capital provincia departamento parroquia salud emergencia emergencias urgencias
turno guardia planta piso belleza fiestas eventos clases baile estacionamiento arena moda
reino juegos""".split())
# A verb or its pronoun after an article's noun: the noun is a subject, not a name ("en la
# tienda la luz se fue").
VERB_AFTER = re.compile(r"\s+(?:se|me|te|le|les|nos|lo|no|ya|es|era|fue|está|esta|estaba|"
                        r"son|eran|estaban|tiene|tenía|tenia|hay)\b", re.I)
# A verb of the third person plural after a plural noun: "las máquinas hacen ruido".
PLURAL_VERB_AFTER = re.compile(r"\s+[^\W\d_]{2,}(?:an|en)\b(?<!\ben)", re.I)
