"""Spanish nouns of the places and things of a day, never a town after an article.

"vi a maría en la tienda", "la dejé en la mesa", "estuve en la fila dos horas", "me
quedé en el carro": each is "en" and an article and a noun, the shape of "vivo en La
Mesa" (California) or "El Carro" (a village), and the place rule took them for towns.
In lower case after an article they are the shop, the table, the queue and the car.
Read by the gazetteer's place rule alone (folded): many are surnames too (Mesa, Tienda,
Carro), which the name rules must still find ("la doctora mesa").
"""

from __future__ import annotations

EVERYDAY_PLACES_ES = frozenset("""
tienda tiendita mesa fila cola carro coche auto camion camioneta taxi autobus combi metro
cocina baño bano regadera ducha patio sillon silla sofa cocineta comedor sala recamara
banco caja cajon bolsa mochila nevera refrigerador refri heladera estufa lavadero
supermercado super tianguis feria gimnasio fabrica maquila obra construccion bodega
parada esquina banqueta acera puerta ventana escalera escaleras elevador techo piso
cancha alberca piscina guarderia kinder colegio universidad clinica hospital sanatorio
sol sombra lluvia calor frio campo monte cerro arroyo mar playa parque jardin huerta
milpa potrero corral
""".split())
