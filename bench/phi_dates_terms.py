"""Templates and must-survive terms of the dates and postal-codes set
(``bench/phi_dates.py``).

Written for this set alone, after dates of birth and ZIP codes said aloud stayed the
weakest never-tuned types: a patient or relative answering an intake question, or a
clinician reading a chart aloud, with "um", "eh", restarts and corrections ("no wait,
the sixteenth"). Every date of a person counts as an identifier (HIPAA Safe Harbor:
birth, admission, discharge, visit, surgery); durations, times of day, doses,
frequencies, readings and ages below 90 must survive.

Slots: {dob} a date of birth said any way; {date} another date of the person (recent
years); {yfirst} a year then the day ("'62, on the fifteenth of March", only after
"born in" / "nací en"); {monthyear} a month and year; {zip} a US ZIP or a Spanish /
Mexican postal code; {city} a town; {state} a US state; {name} {first} {last} people.
Must-survive: {dur} {ago} how long, {time} a time of day, {dose}, {freq} how often,
{age} an age below 90, {reading} a blood pressure or a pain score.
"""

from __future__ import annotations

EN_HESITATIONS = ["um", "uh", "um", "like", "uh"]
ES_HESITATIONS = ["eh", "este", "mmm", "eh", "o sea"]
EN_CORRECTIONS = ["no wait", "no, sorry", "sorry, I mean", "no, actually", "I mean"]
ES_CORRECTIONS = ["no, perdón", "no, espere", "digo", "no, no", "perdón, digo"]
EN_STATES = ["Ohio", "Texas", "Georgia", "Michigan", "Oregon", "Arizona", "Kentucky",
             "Iowa", "Maryland", "Nevada", "Illinois", "New Jersey", "South Carolina",
             "Louisiana", "Oklahoma", "Arkansas", "Vermont", "Maine", "Idaho", "Montana"]
ES_CITIES = ["Guadalajara", "Zapopan", "Toluca", "Puebla", "Querétaro", "Morelia",
             "Sevilla", "Valladolid", "Zaragoza", "Alicante", "Murcia", "Córdoba",
             "Tlaquepaque", "Saltillo", "Mérida", "Oaxaca", "Getafe", "Badajoz"]
EN_DURATIONS = ["for {n} days", "{n} weeks ago", "for about {n} months", "{n} days ago",
                "over the last {n} weeks", "for the past {n} years", "the last {n} days"]
EN_TIMES = ["at {h} pm", "around {h} in the morning", "at {h} thirty", "at {h} o'clock",
            "about {h} at night"]
EN_FREQUENCIES = ["{k} times a day", "every {n} hours", "twice a day", "once a week"]
EN_READINGS = ["{hi} over {lo}", "a {p} out of ten"]
ES_DURATIONS = ["hace {n} semanas", "desde hace {n} días", "por {n} días", "hace {n} meses",
                "durante {n} semanas", "hace {n} años"]
ES_TIMES = ["a las {h} de la tarde", "a las {h} de la mañana", "a eso de las {h}",
            "a las {h} y media", "como a las {h} de la noche"]
ES_FREQUENCIES = ["cada {n} horas", "{k} veces al día", "una vez al día", "cada {n} días"]
ES_READINGS = ["{hi} sobre {lo}", "un {p} de diez"]
DOSES_MG = [5, 10, 20, 25, 40, 50, 81, 100, 250, 500, 750, 1000]

EN_DOB_TEMPLATES = [
    "Date of birth? Um, {dob}.",
    "I was born {dob}.",
    "She was born on {dob}, in {city}.",
    "My birthday is {dob}, uh, if you need it.",
    "DOB {dob}, and she's allergic to nothing.",
    "Okay, so his date of birth is {dob}.",
    "It's {dob}, that's my birthday.",
    "Born in {yfirst}, so I'm not a kid anymore.",
    "Uh, {dob}. Yeah, that's right.",
    "Can you confirm your date of birth? {dob}.",
    "Her DOB is {dob} and she takes {dose} {freq}.",
    "I think it's {dob}? My mom always said {dob2}, but the license says the first one.",
    "Mm-hm, I was born {dob}, um, in the afternoon.",
    "The patient's birthdate, {dob}, matches the chart.",
    "Birth date is {dob}; last seen {ago}.",
    "He's {age}, born {dob}, and he's had the cough {dur}.",
    "My son, he was born {dob}, he's the one with the rash.",
    "Could I get your birthday? Sure, {dob}.",
    "Date of birth, {dob}, and the pain started {ago}.",
    "I'm a {dob} baby, so, yeah.",
    "Born on the {dobday}, I always forget the year they put down.",
    "My date of birth should be {dob}, not what's on the form.",
    "She was born in {yfirst} and moved here as a teenager.",
    "Birthday: {dob}. Blood pressure was {reading}.",
    "Uh huh, {dob}, and I'm {age} now.",
    "DOB, let me think, {dob}.",
    "He'd have been born {dob}, I'm pretty sure.",
    "So you were born {dob}? Correct.",
    "My wife's date of birth is {dob}, she's in the waiting room.",
    "I came into this world on {dob}, as my dad likes to say.",
    "The baby was born {dob} at {time}.",
    "Date of birth is {dob}, the appointment is {time}.",
    "Yeah so, born {dob}, raised in {city}.",
    "I'm not sure of the year, but my birthday's {dobday}.",
    "It says here {dob}, is that your date of birth?",
    "Date of birth {dob}, {age} years old, history of reflux.",
    "I was born, um, I was born {dob}.",
    "The DOB we have is {dob}, can you verify?",
    "Her birthday, {dob}, she'll want a card.",
    "Born {dob}, weight {weight}.",
]
EN_DATE_TEMPLATES = [
    "I was admitted on {date} and went home {ago}.",
    "The surgery was {date}, um, at the county hospital.",
    "My last visit was {date}, I think.",
    "She was discharged {date} and has been on {dose} {freq} since.",
    "The MRI is scheduled for {date} at {time}.",
    "We did the colonoscopy on {date}, everything was fine.",
    "He fell on {date}, at like {time}.",
    "The last time I saw Dr. {last} was {date}.",
    "I got my flu shot {date}.",
    "Her last period started {date}, and it lasted {dur}.",
    "They removed the stitches on {date}, uh, maybe.",
    "Admission date {date}, discharge date {date2}.",
    "The biopsy came back {date}, so about {ago}.",
    "Um, the accident was {monthyear}, I remember because it was snowing.",
    "My knee replacement was in {monthyear}.",
    "I had the stroke {date}, no, {date2}.",
    "His follow-up is on {date}, at {time}.",
    "Last tetanus shot was {monthyear}, I believe.",
    "The ER visit was {date}, and they gave me {dose}.",
    "Labs were drawn {date}, fasting.",
    "She started chemo on {date} and does it {freq}.",
    "We were in the hospital from {date} to {date2}.",
    "The echo was done {date}; ejection fraction normal.",
    "I stopped the pills on {date} because of the nausea.",
    "So, um, {date}, that's when the headaches started.",
    "The C-section was {date}, at {time}.",
    "I was last in the clinic {monthyear}, for about {dur}.",
    "The X-ray from {date} shows the fracture healing.",
]
EN_ZIP_TEMPLATES = [
    "Zip code? {zip}.",
    "It's {city}, {state}, {zip}.",
    "My zip is {zip}.",
    "Um, the zip code is {zip}, I think.",
    "We live in {city}, zip {zip}.",
    "{zip}. Yeah, that's the zip.",
    "I moved to {city}, the zip code there is {zip}.",
    "The zip code, uh, {zip}, in {state}.",
    "Postal code is {zip}.",
    "Mail it to {city}, {state} {zip}, please.",
    "What's your ZIP? Oh, {zip}.",
    "It's the {zip} zip code, over by the river.",
    "We're in {zip}, it's a small town.",
    "The pharmacy's zip code is {zip}, the one on the corner.",
    "I'm in {city} {zip}.",
    "Zip, {zip}, and it's {state}.",
    "My ZIP code changed, it's {zip} now.",
    "So that's {city}, {zip}, right?",
    "I think the zip is {zip}, or, um, my daughter would know.",
    "Zip code {zip}; she's {age} and lives alone.",
    "Billing zip is {zip}.",
    "The old zip was {zip}, the new one's {zip2}.",
    "Uh, {city}, {state}, and the zip is {zip}.",
    "We're out in {state}, zip code {zip}.",
    "They said my zip code, {zip}, isn't covered.",
    "Zip code is, uh, {zip}, and I've been there {dur}.",
    "Send the records to {city}, {zip}.",
    "The zip for my mom's place is {zip}.",
    "Right, {zip}, {city}.",
    "Zip code, {zip}. The phone's the same.",
    "Home zip code: {zip}.",
    "Is {zip} in your service area?",
]
EN_PLAIN_TEMPLATES = [
    "I've had the cough {dur}, and it's worse at night.",
    "Take {dose} {freq}, with food.",
    "She's {age} and her pressure was {reading} this morning.",
    "The pain started {ago}, around {time}.",
    "I take it {freq}, usually {time}.",
    "He's {age}, so the dose is {dose}.",
    "It hurts, like, {reading}, and it's been {dur}.",
    "Come back in {n} weeks and we'll recheck the labs.",
    "I wake up {time} every day with the headache.",
    "My blood pressure at home was {reading}.",
    "So {dose} {freq} for {dur}, then stop.",
    "I'm {age}, and I've been smoking {dur}.",
    "The fever broke {ago}, at about {time}.",
    "She's been on {dose} {freq} {dur}.",
    "We'll try {dose} and see you in {n} weeks, no, {n2} weeks.",
    "The nausea comes {time}, mostly.",
    "I'm {age} years old, and I walk {freq}.",
    "Um, {reading}, that's what the machine said.",
    "He goes to bed {time}, and he's been up at night {dur}.",
    "It was {reading} yesterday, {ago}.",
    "My mother is {age}, she takes {dose} {freq}.",
]

ES_DOB_TEMPLATES = [
    "¿Fecha de nacimiento? {dob}.",
    "Nací el {dob}.",
    "Ella nació el {dob}, en {city}.",
    "Mi cumpleaños es el {dob}, eh, por si lo necesita.",
    "La fecha de nacimiento es {dob}.",
    "Este, nací en {yfirst}, en un pueblito.",
    "Sí, {dob}, esa es mi fecha de nacimiento.",
    "Mi hijo nació el {dob}, es el que tiene la tos.",
    "¿Me confirma su fecha de nacimiento? Sí, {dob}.",
    "Fecha de nacimiento: {dob}; tiene {age} años.",
    "Eh, {dob}. Sí, así es.",
    "Nació el {dob} y toma {dose} {freq}.",
    "Mi fecha de nacimiento es el {dob}, pero en el papel dice otra.",
    "La paciente nació el {dob}, a las {hour} de la mañana, dice su mamá.",
    "Yo soy del {dob}.",
    "Nací, eh, nací el {dob}, en {city}.",
    "Mi esposa nació el {dob}, está afuera.",
    "Su fecha de nacimiento, {dob}, coincide con el expediente.",
    "Pues nací en {yfirst}, ya no soy joven.",
    "El cumpleaños de mi papá es el {dobday}, no sé el año.",
    "¿Cuándo nació? El {dob}.",
    "Nacido el {dob}; la presión hoy, {reading}.",
    "Naci el {dob}, tengo {age} años.",
    "El bebé nació el {dob}, {time}.",
]
ES_DATE_TEMPLATES = [
    "Me internaron el {date} y salí {ago}.",
    "La operación fue el {date}, en el hospital general.",
    "Mi última consulta fue el {date}, creo.",
    "Le dieron de alta el {date} y toma {dose} {freq}.",
    "La resonancia es el {date}, {time}.",
    "Me caí el {date}, {time}.",
    "La última vez que vi al doctor {last} fue el {date}.",
    "Me vacunaron en {monthyear}.",
    "Ingresó el {date} y egresó el {date2}.",
    "Los análisis son del {date}, en ayunas.",
    "Empezó la quimio el {date} y va {freq}.",
    "Este, el {date}, ahí empezaron los dolores.",
    "La cesárea fue el {date}, {time}.",
    "El accidente fue en {monthyear}, me acuerdo porque llovía.",
    "Dejé las pastillas el {date} por las náuseas.",
    "Estuve hospitalizada del {date} al {date2}.",
]
ES_ZIP_TEMPLATES = [
    "¿Código postal? {zip}.",
    "El código postal es {zip}.",
    "Vivo en {city}, código postal {zip}.",
    "Mi código postal, eh, {zip}.",
    "C.P. {zip}, {city}.",
    "{zip}. Sí, ese es el código postal.",
    "El código postal de mi casa es {zip}, el de antes era {zip2}.",
    "Es en {city}, CP {zip}.",
    "Me mudé a {city}, el código postal allá es {zip}.",
    "Código postal {zip}; tiene {age} años y vive sola.",
    "El postal es {zip}, creo.",
    "Colonia Centro, {city}, código postal {zip}.",
    "Mande los papeles a {city}, C.P. {zip}, por favor.",
    "Pues el código postal es, este, {zip}.",
    "Mi código postal cambió, ahora es {zip}.",
    "El código postal, {zip}, y el teléfono es el mismo.",
    "¿El código postal {zip} les corresponde a ustedes?",
    "Código postal: {zip}.",
    "Ahí en {city}, con código postal {zip}, vive mi hija.",
    "El código postal es el {zip} y vivo ahí {dur}.",
]
ES_PLAIN_TEMPLATES = [
    "Tengo la tos {dur} y empeora en la noche.",
    "Tome {dose} {freq}, con comida.",
    "Tiene {age} años y la presión estaba en {reading} esta mañana.",
    "El dolor empezó {ago}, {time}.",
    "Me lo tomo {freq}, normalmente {time}.",
    "Tengo {age} años y fumo {dur}.",
    "La fiebre se quitó {ago}, {time}.",
    "El dolor es como {reading}, y lleva {dur}.",
    "Mi mamá tiene {age} años, toma {dose} {freq}.",
    "Vuelva en {n} semanas y repetimos los análisis.",
    "Me despierto {time} con el dolor de cabeza.",
    "La presión en la casa estaba en {reading}.",
]
