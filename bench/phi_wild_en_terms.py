"""Templates, name parts and clinical terms of the wild English set
(``bench/phi_wild_en.py``).

Written apart from ``phi_data``'s templates, after every broad "wild" set turned out
Spanish: the turns here are long and loose, a clinician and a patient (or a relative)
talking through an interpreter, with "um", "uh", "like", "you know", restarts ("it's
on, no wait, we moved") and "so yeah". Identities come from many origins; the
must-survive terms are real medicines (brands and generics), conditions, doses,
durations, frequencies and ages below 90 said the clinical way.

Slots: {name} {first} {last} {name2} people; {city} a town; {place} a town with or
without its state; {addr} a street address (with apartment, unit or suite at times);
{pobox} a PO box; {zip} a ZIP code (ZIP+4 at times); {phone} a phone number (an
extension at times); {ssn}; {mrn} a medical record number; {member} an insurance
member id; {email}; {dob} a date of birth; {date} another date; {old} an age of 90
or over. Must-survive: {med} {med2} a medicine, {dose}, {freq} how often, {dur} how
long, {cond} a condition, {age} an age below 90.
"""

from __future__ import annotations

# Romanised given names and surnames of origins Faker writes in other scripts, or not
# at all: synthetic combinations, no real person meant.
ORIGINS: dict[str, tuple[list[str], list[str]]] = {
    "vietnamese": (["Thanh", "Huong", "Minh", "Lan", "Tuan", "Phuong", "Quang", "Ngoc",
                    "Bao", "Duc", "Hanh", "Khanh", "Linh", "Trung", "Vy", "Thuy"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui",
                    "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh"]),
    "korean": (["Jisoo", "Minho", "Seojun", "Yuna", "Hyejin", "Dongwook", "Sunhee",
                "Kyungmin", "Jaehyun", "Eunbi", "Sangwoo", "Hana"],
               ["Kim", "Park", "Choi", "Jeong", "Yoon", "Kang", "Baek", "Nam", "Moon",
                "Ryu", "Hong", "Jeon"]),
    "arabic": (["Omar", "Layla", "Yousef", "Fatima", "Khalid", "Noor", "Tariq", "Amira",
                "Hamza", "Salma", "Ibrahim", "Rania", "Bilal", "Huda"],
               ["Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Aziz", "Farouk",
                "Hamdan", "Qasim", "Rahman", "Suleiman", "Zayed", "Abboud", "Darwish"]),
    "somali": (["Abdi", "Hodan", "Farah", "Ayaan", "Mohamed", "Sahra", "Hassan", "Ifrah"],
               ["Warsame", "Abdullahi", "Osman", "Jama", "Egal", "Hirsi", "Dualeh", "Nur"]),
    "ethiopian": (["Tigist", "Dawit", "Selam", "Bereket", "Meron", "Yonas", "Hirut"],
                  ["Tesfaye", "Bekele", "Haile", "Girma", "Alemu", "Wolde", "Kebede"]),
    "haitian": (["Jean-Baptiste", "Marie-Claire", "Wesner", "Guerline", "Fritznel",
                 "Nadège"],
                ["Pierre-Louis", "Joseph", "Dorvil", "Celestin", "Toussaint", "Valcourt"]),
    "chinese": (["Wei", "Xiaoling", "Jun", "Mei", "Haoran", "Yiming", "Lihua", "Zhen"],
                ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Wu", "Xu", "Sun", "Gao", "Lin"]),
    "russian": (["Dmitri", "Svetlana", "Oksana", "Yuri", "Natalya", "Igor", "Galina"],
                ["Volkov", "Petrova", "Smirnov", "Kuznetsova", "Orlov", "Sokolova"]),
}
# Faker locales whose names are Latin-script (held-out English draws from others).
NAME_LOCALES = {"en_US": 40, "yo_NG": 5, "en_IN": 6, "pl_PL": 5, "fil_PH": 3,
                "pt_BR": 4, "tr_TR": 3, "it_IT": 3, "fr_FR": 3, "es_MX": 6, "zu_ZA": 2,
                "sw": 2, "de_DE": 2, "id_ID": 2}
STATES = ["Ohio", "Texas", "Georgia", "Michigan", "Minnesota", "Oregon", "Arizona",
          "Kentucky", "Iowa", "Maryland", "North Carolina", "Massachusetts", "Virginia",
          "Wisconsin", "Tennessee", "Colorado", "Missouri", "Indiana", "Nebraska",
          "Pennsylvania", "Florida", "Utah", "Kansas", "Alabama", "Connecticut"]
STATE_ABBREVIATIONS = {"Ohio": "OH", "Texas": "TX", "Georgia": "GA", "Michigan": "MI",
                       "Minnesota": "MN", "Oregon": "OR", "Arizona": "AZ", "Kentucky": "KY",
                       "Iowa": "IA", "Maryland": "MD", "Virginia": "VA", "Florida": "FL",
                       "Pennsylvania": "PA", "Tennessee": "TN", "Colorado": "CO"}
# Real towns, many of them small (under 5,000 people) or words of their own.
TOWNS = """
Chillicothe|Kalamazoo|Ypsilanti|Muncie|Terre Haute|Bemidji|Hibbing|Keokuk|Ottumwa|
Paducah|Bowling Green|Hagerstown|Frederick|Roanoke|Lynchburg|Greenville|Spartanburg|
Boone|Asheboro|Hickory|Kannapolis|Gastonia|Waco|Abilene|Odessa|Midland|Beaumont|
Tyler|Temple|Victoria|Amarillo|Flagstaff|Prescott|Yuma|Kingman|Bend|Medford|Eugene|
Corvallis|Pocatello|Twin Falls|Casper|Cheyenne|Laramie|Billings|Missoula|Bozeman|
Kearney|Grand Island|Hastings|Salina|Hays|Emporia|Joplin|Sedalia|Rolla|Carbondale|
Decatur|Peoria|Kankakee|Dubuque|Ames|Mankato|Winona|Eau Claire|Oshkosh|Wausau|
Sheboygan|Marquette|Saginaw|Midland|Lima|Findlay|Zanesville|Marietta|Athens|
Wheeling|Morgantown|Altoona|Scranton|Wilkes-Barre|Hazleton|Bangor|Lewiston|Rutland|
Keene|Nashua|Pittsfield|Holyoke|Fall River|Dothan|Tuscaloosa|Hattiesburg|Tupelo|
Natchez|Monroe|Lafayette|Houma|Valdosta|Albany|Macon|Rome|Dalton|Ocala|Sebring|
Palatka|Marathon|Kissimmee|Apopka|Yakima|Wenatchee|Walla Walla|Port Angeles|Hilo|
Fairbanks|Juneau|Elko|Ely|Moab|Logan|St. George|Las Cruces|Gallup|Roswell|Taos|
Pueblo|Durango|Grand Junction|Greeley|Loveland|Lawrence|Manhattan|Stillwater|
Muskogee|Enid|Lawton|Jonesboro|Conway|Texarkana|Hot Springs|Cleveland|Johnson City|
Kingsport|Jackson|Clarksville|Cookeville|Elizabethtown|Frankfort|Florence|Sumter|
Aiken|Beaufort|Conroe|Harlingen|McAllen|Edinburg|Weslaco|Del Rio|Eagle Pass|Plano
""".replace("\n", "").split("|")
# Street names and kinds for addresses apart from Faker's: (written, said) kinds.
STREET_KINDS = [("Street", "street"), ("St.", "street"), ("Avenue", "avenue"),
                ("Ave", "avenue"), ("Road", "road"), ("Rd.", "road"), ("Drive", "drive"),
                ("Dr", "drive"), ("Lane", "lane"), ("Court", "court"), ("Ct", "court"),
                ("Boulevard", "boulevard"), ("Blvd", "boulevard"), ("Way", "way"),
                ("Place", "place"), ("Circle", "circle"), ("Terrace", "terrace"),
                ("Highway", "highway"), ("Pike", "pike"), ("Trail", "trail"),
                ("Parkway", "parkway"), ("Loop", "loop")]
STREET_NAMES = ["Cottonwood", "Sycamore", "Hawthorne", "Juniper", "Magnolia", "Willow Creek",
                "Pleasant Valley", "Old Mill", "Quarry", "Ridgeview", "Sunset", "Harbor",
                "Meadowlark", "Chestnut", "Dogwood", "Blue Heron", "Fox Run", "Stonegate",
                "Orchard", "Prospect", "Union", "Liberty", "Depot", "Railroad", "Church",
                "Mill Pond", "Tamarack", "Briarwood", "Bluebonnet", "Mesquite", "Kingsley",
                "Wabash", "Susquehanna", "Chickasaw", "Cherokee", "Piedmont", "Lakeview",
                "Indian Hill", "Country Club", "Martin Luther King Jr", "Cesar Chavez"]
UNITS = [("Apt", "apartment"), ("Apt.", "apartment"), ("Apartment", "apartment"),
         ("Unit", "unit"), ("Suite", "suite"), ("Ste", "suite"), ("#", "number"),
         ("Lot", "lot"), ("Trlr", "trailer")]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
                 "aol.com", "comcast.net", "att.net", "protonmail.com", "live.com"]
MRN_SHAPES = ["########", "LL######", "L#######", "###-###-##", "MR######", "LLL-#####",
              "#######L"]
MEMBER_SHAPES = ["LLL#########", "L########", "LL#######L", "###L####L", "LLL##L#####",
                 "#LL#L##LL##"]

MEDICINES = """
Eliquis|Xarelto|warfarin|Jardiance|Farxiga|Januvia|Trulicity|Ozempic|Mounjaro|metformin|
glipizide|insulin glargine|Lantus|Humalog|Novolog|atorvastatin|rosuvastatin|simvastatin|
lisinopril|losartan|amlodipine|hydrochlorothiazide|metoprolol|carvedilol|furosemide|
spironolactone|Entresto|clopidogrel|Plavix|aspirin|levothyroxine|Synthroid|omeprazole|
pantoprazole|famotidine|Pepcid|ondansetron|Zofran|gabapentin|Neurontin|pregabalin|
Lyrica|duloxetine|sertraline|Zoloft|escitalopram|Lexapro|fluoxetine|Prozac|bupropion|
trazodone|mirtazapine|quetiapine|Seroquel|aripiprazole|lamotrigine|levetiracetam|
Keppra|topiramate|sumatriptan|Imitrex|prednisone|methylprednisolone|Medrol|albuterol|
Ventolin|Symbicort|Advair|Breo|Spiriva|montelukast|Singulair|cetirizine|Zyrtec|
loratadine|Claritin|fluticasone|Flonase|amoxicillin|Augmentin|azithromycin|Z-Pak|
doxycycline|cephalexin|Keflex|ciprofloxacin|nitrofurantoin|Macrobid|Bactrim|
acyclovir|Valtrex|Paxlovid|Tamiflu|ibuprofen|Motrin|naproxen|Aleve|acetaminophen|
Tylenol|tramadol|oxycodone|Percocet|hydrocodone|Norco|meloxicam|Mobic|celecoxib|
Celebrex|cyclobenzaprine|Flexeril|tamsulosin|Flomax|finasteride|sildenafil|Viagra|
allopurinol|colchicine|alendronate|Fosamax|vitamin D|folic acid|ferrous sulfate|
potassium chloride|Humira|Enbrel|methotrexate|hydroxychloroquine|Plaquenil|Eliquis|
donepezil|Aricept|memantine|Namenda|Xanax|alprazolam|lorazepam|Ativan|clonazepam|
Klonopin|zolpidem|Ambien|melatonin|Narcan|buprenorphine|Suboxone|Dexcom|Jantoven|
Benadryl|Mucinex|Dulcolax|Miralax|Imodium|Pepto-Bismol|Tums|Prilosec|Nexium
""".replace("\n", "").split("|")
CONDITIONS = ["atrial fibrillation", "type two diabetes", "high blood pressure",
              "congestive heart failure", "COPD", "asthma", "sleep apnea", "gout",
              "rheumatoid arthritis", "osteoarthritis", "hypothyroidism", "GERD",
              "acid reflux", "migraines", "epilepsy", "seizures", "depression",
              "anxiety", "PTSD", "bipolar disorder", "dementia", "Parkinson's",
              "chronic kidney disease", "kidney stones", "a UTI", "pneumonia",
              "shingles", "psoriasis", "eczema", "lupus", "anemia", "high cholesterol",
              "neuropathy", "sciatica", "plantar fasciitis", "vertigo", "a DVT",
              "a pulmonary embolism", "diverticulitis", "IBS", "Crohn's disease",
              "celiac disease", "hepatitis C", "HIV", "glaucoma", "cataracts",
              "macular degeneration", "an enlarged prostate", "endometriosis", "PCOS",
              "preeclampsia", "a hernia", "gallstones", "pancreatitis", "a stroke",
              "a heart attack", "angina", "COVID", "bronchitis", "strep throat"]
DOSES_MG = [2, 5, 10, 12, 20, 25, 40, 50, 75, 81, 100, 150, 200, 250, 300, 325, 400, 500,
            600, 750, 800, 1000]
# {n}: a number of units, written as digits, said as words.
FREQUENCIES = ["twice a day", "once a day", "every {n} hours", "three times a day",
               "at bedtime", "every morning", "once a week", "as needed", "every other day",
               "with meals", "{n} times a day", "every night before bed"]
DURATIONS = ["for {n} days", "for {n} weeks", "for about {n} months", "for {n} years",
             "for the last {n} weeks", "since about {n} months ago", "for a couple of weeks",
             "for almost {n} years", "for {n} or so days"]
AGO = ["{n} weeks ago", "{n} days ago", "about {n} months ago", "a few months ago",
       "{n} years ago"]

ADDRESS_TEMPLATES = [
    "Um, so yeah, I'm at {addr}, that's in {place}, zip code {zip}.",
    "Okay so the, uh, the address, it's {addr}, {place} {zip}, and that's a new one.",
    "We moved, like, two months ago, so now it's {addr} in {city}.",
    "It's on, no wait, that's the old one, it's {addr}, {place}.",
    "My mail goes to {pobox}, {place} {zip}, because stuff gets stolen off the porch.",
    "Uh, she lives with me at {addr}, so same address, you know.",
    "The home address is {addr}, and um, the zip is {zip}.",
    "So I'm staying with my cousin {first} at {addr} for now, over in {city}.",
    "Can you send the, uh, the paperwork to {addr}? That's {place}.",
    "I'm out past {city}, like forty minutes, {addr}, it's a gravel road.",
    "Yeah it's {addr}, {zip}, and the buzzer doesn't work so just knock.",
    "Before that we were at {addr} in {place} but, um, that was years ago.",
    "Is it okay if the pharmacy delivers to {addr}? I can't really drive.",
    "His address, uh, {addr}, {place}, and his zip, hold on, {zip}.",
    "Um, PO box, it's {pobox}, in {city}, I don't get mail at the house.",
    "So the shelter is at {addr} and they take messages for me.",
    "I'm in {place} now, on {addr}, near the, uh, the Walmart.",
    "My daughter {name} is at {addr}, you can send it there, {zip}.",
    "It should say {addr}, {place}, {zip} on the chart, uh, is that what you have?",
    "We're at the assisted living, {addr}, um, in {city}, the one by the river.",
    "Uh, the zip code there is {zip}, and the city is {city}.",
]
CONTACT_TEMPLATES = [
    "The best number is, um, {phone}, that's my cell.",
    "You can call my son {first} at {phone}, he speaks English.",
    "So my email, it's {email}, and uh, I check it like every day.",
    "Work number is {phone}, but like, don't leave a message there.",
    "Uh, home phone, {phone}, and my email is {email}.",
    "Call {name} at {phone} if you can't reach me, that's my sister.",
    "It's {email}, all lower case, I think.",
    "My daughter set up the portal with {email}, so yeah, use that one.",
    "Um, text me at {phone}, I don't really pick up unknown numbers.",
    "The clinic called me at {phone} but that's my old number, so.",
    "You can reach my caseworker {name} at {phone}.",
    "For the results just, uh, email me, {email}, or call {phone}.",
    "Oh, and my husband's email, it's {email}, he handles the bills.",
    "So if it's after five call {phone}, that goes to my, uh, my landline.",
    "Her number changed, it's now {phone}, she's {first} {last}.",
]
ID_TEMPLATES = [
    "Social, um, {ssn}, do you need the whole thing?",
    "My medical record number is, uh, {mrn}, it's on the bracelet.",
    "The member ID on the card is {member}, and, uh, the group is on the back.",
    "So the hospital gave me {mrn} as my number, I wrote it down.",
    "Okay, the insurance ID, {member}, that's for Medicaid.",
    "His social is {ssn}, and his date of birth is {dob}.",
    "I have the card here, member number {member}, under my husband {name}.",
    "Uh, record number, {mrn}, and it's under {last}, like, my married name.",
    "Last four of my social, no, you want all of it, okay, {ssn}.",
    "The ID they gave me at the front is {mrn}, I think, or maybe that's the visit.",
    "My subscriber ID is {member}, and I'm the subscriber, {name}.",
    "Yeah, um, social security number {ssn}.",
    "The chart number is {mrn}, for {first}, my daughter.",
    "Insurance, uh, it's Blue Cross, ID {member}.",
    "Okay so it's {ssn}, and can you not put that on the paper she takes home?",
]
PERSON_TEMPLATES = [
    "Hi, um, I'm {name}, I'm here for my mom, she's, uh, she's in the back.",
    "My name is {name}, like, {first}, and the last name is {last}.",
    "So my PCP is Dr. {last}, um, over at the clinic in {city}.",
    "My wife {first} usually comes with me but she's working today.",
    "This is {name}, I'm, uh, I'm calling about my dad's results.",
    "Can you put my neighbor {name} as my emergency contact?",
    "The nurse, {first}, she said I should ask you about it.",
    "Uh, my kids are {first} and {first2}, they're both in school.",
    "I'm his niece, {name}, he doesn't speak English at all.",
    "So yeah, Dr. {last} referred me, uh, the cardiologist.",
    "It's {first}, {first}, with, uh, like, the way it's spelled on the card.",
    "My husband {name} passed last year, so it's just me now.",
    "Is Dr. {last} still at {city} Memorial? I liked her.",
    "They said ask for {name} in billing.",
    "Um, the patient is {name}, I'm the interpreter for the family.",
    "So I saw Dr. {name2} at {city} Regional Medical Center, um, in the spring.",
]
DATE_TEMPLATES = [
    "Date of birth, um, {dob}.",
    "I was born {dob}, so, uh, I'm getting up there.",
    "Her birthday is {dob}, she's {old} now.",
    "My father is {old} and he still lives by himself, can you believe it?",
    "So she turned {old} in, uh, in the summer.",
    "He's {old}, so, you know, we don't want anything too aggressive.",
    "DOB is {dob}, and the surgery was {date}.",
    "I got the shot on {date}, I think, or right around there.",
    "My grandmother, she's {old}, she had the fall on {date}.",
    "Um, born on {dob}, in {city}, but we moved here when I was little.",
    "The last time I was admitted was {date}, at {city} General.",
    "Uh, let me see, {dob}, that's what's on my license.",
    "She'll be {old} next month, um, and she's sharp as a tack.",
]
MEDICINE_TEMPLATES = [
    "So I take {med}, um, {dose}, {freq}, and I've been on it {dur}.",
    "Uh, the {med}, I stopped that one, it made me dizzy.",
    "I'm on {med} and {med2} for my {cond}.",
    "Dr. {last} switched me from {med} to {med2}, like, {ago}? No, {ago2}.",
    "Is it okay to take {med} with {med2}? Because I already take it {freq}.",
    "My mom takes {med} {dose} {freq} for {cond}, and, um, that's it.",
    "So the pharmacy in {city} said the {med} is on back order.",
    "I ran out of {med}, um, like {ago}, and I feel it.",
    "They gave me {med} at the ER, {dose}, and it didn't really help.",
    "Uh, for {cond} I'm on {med}, and for sleep, just {med2}.",
    "So yeah, {med} {freq}, I never miss it.",
    "The {med}, is that the one for {cond}? I get them mixed up.",
    "He's been taking {med} {dur} and the swelling is worse.",
    "I use the {med} inhaler {freq}, um, and {med2} as needed.",
    "I think it's {med}, {dose}? Or maybe it's the other one, {med2}.",
    "My sister {first} gave me some of her {med}, is that bad?",
    "Um, no, the {med} is, like, {dose}, not {dose2}.",
    "I'm allergic to {med}, I get hives, so not that one.",
]
PLAIN_TEMPLATES = [
    "I've had {cond} {dur}, and it's, um, it's getting worse.",
    "So the pain is, like, a seven, and it's been going on {dur}.",
    "He's a {age}-year-old with {cond}, uh, and no other history.",
    "I'm {age}, is that too old for the knee surgery?",
    "My mom had {cond} and my dad had {cond2}, so, yeah.",
    "Uh, I check my sugar {freq}, it's usually around one forty.",
    "She's {age} and she's had {cond} since she was a kid.",
    "I was in the hospital {ago} for {cond}, um, no, {cond2}.",
    "The swelling comes and goes, like, {dur}, mostly at night.",
    "Um, I'm {age}, no smoking, maybe a beer on the weekend.",
    "We think it's {cond}, but they want to rule out {cond2}.",
    "I've been dizzy {dur}, and, uh, throwing up {freq}.",
]
