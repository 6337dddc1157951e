"""The words English place names end with, and the words before them that say which kind
of place it is, not which one (``place_heads``): "the Lakeview Diner", "Hennepin County",
"Sunny Days Daycare"; "the nearest pharmacy", "the Italian restaurant".

Why apart: the lists are long and grow with every set of outside sentences; the reading
that uses them stays in ``place_heads``.
"""

from __future__ import annotations

# Businesses and services a patient lives above, works at, or is driven to, named by
# ordinary words as often as by names ("the Lakeview Diner", "Sunny Days Daycare",
# "Cedar Ridge Imaging", "Bloom and Root Nursery"): see ``place_heads._LOOSE``.
SHOPS = (r"diner|daycare|day\s+care|child\s+care|preschool|imaging|radiology|nursery|"
         r"caf[eé]|coffee\s+shop|restaurant|grill|tavern|saloon|pub|bakery|market|"
         r"grocery|laundromat|gym|fitness|library|cemetery|funeral\s+home|mortuary|"
         r"community\s+center|rec(?:reation)?\s+center|senior\s+center|youth\s+center|"
         r"food\s+bank|food\s+pantry|soup\s+kitchen|legal\s+services|legal\s+aid|"
         r"community\s+health|health\s+center|family\s+practice|family\s+medicine|"
         r"medical\s+group|physical\s+therapy|dental|pharmacy|drugstore|car\s+wash|"
         r"salon|barbershop|trailer\s+court|rv\s+park|mobile\s+homes|campground|"
         r"packing|cannery|feedlot|vineyards?|greenhouses?|quarry|mill|foundry|"
         r"sawmill|shipyard|refinery|landfill|motor\s+lodge|suites|lofts|commons|"
         r"terrace|gardens|villas|courts|behavioral\s+health|health\s+care\s+facility|"
         r"healthcare\s+facility|resource\s+center|counseling\s+center|wellness\s+center|"
         r"learning\s+center|care\s+center|nursing\s+center|home\s+care|"
         r"national\s+cemetery|memorial\s+gardens|hospice|funeral\s+chapel|"
         r"(?:federal\s+)?credit\s+union|savings\s+bank|bank|elder\s+law|"
         r"law\s+(?:office|offices|group|center)|forge|ironworks|machine\s+shop|"
         # where people bowl, drink, swim and skate: "starlight bowl lanes", "outside hop
         # valley brewing company", "the dolphin aquatic center", "rooster's tap house"
         # (not "lanes", "brewing", "lounge" alone: "the express toll lanes", "craft
         # brewing", "the pre op lounge": review RV33)
         r"bowl(?:ing)?\s+lanes|bowling\s+alley|brewing\s+company|brewery|taproom|"
         r"tap\s+house|aquatic\s+center|sports\s+bar|skate\s+park|skatepark|ice\s+rink|"
         r"roller\s+rink|dojo|"
         # services named by the work they do ("safe steps recovery", "big lift movers",
         # "northside youth mentors"; a clinical word before them says which kind:
         # "addiction recovery")
         r"movers|mentors|recovery|outreach|ministries|staffing|cleaners|karate|"
         r"martial\s+arts|dialysis|"
         # trades and firms a patient works for or is served by, named by ordinary words:
         # "lotus nail spa", "paws and claws grooming", "fresh start plumbing", "dos amigos
         # auto body", "tidewater birth collective"
         r"spa|grooming|plumbing|roofing|landscaping|towing|auto\s+body|body\s+shop|"
         # (not "solutions": "saline solutions", "contact lens solutions")
         r"collective|co\s?op")
# Schools, clubs and payers a form is for, named only by a name's word or a capital before
# them ("Sierra Vista Prep", "at riverside boxing club", "from greystone disability
# insurance"): ordinary words before them say which kind ("the clear liquid prep", "the
# weight loss club", "renters insurance").
FORMS_FOR = (r"(?:disability|life|health|dental|vision|auto)\s+insurance|insurance|prep|"
             r"(?:boxing|fitness|swim|soccer|football|baseball|softball|tennis|golf|rowing|"
             r"running|sports?|athletic)\s+club")  # not "club" alone: "the chess club"
# Before them only a listed place or name, or a capital, names one: "cedar creek", "Barton
# Springs"; "the muddy river", "a kitchen island", "sodium falls" name none (review RV27).
NATURE = (r"lake|river|creek|springs|island|beach|canyon|bayou|caverns|national\s+park|"
          r"state\s+park|national\s+forest|wildlife\s+refuge")
HEADS = (FORMS_FOR + r"|county|parish|borough|township|neighbou?rhood|district|heights|"
         r"apartments|"
         r"assisted\s+living|senior\s+living|memory\s+care|home\s+health|"
         r"apts|towers|estates|village|projects|manor|trailer\s+park|mobile\s+home\s+park|"
         r"elementary(?:\s+school)?|middle\s+school|high\s+school|high|junior\s+high|academy|"
         r"hospital|medical\s+center|clinic|nursing\s+home|rehab|shelter|mission|inn|hotel|"
         r"motel|plant|factory|jail|prison|correctional\s+facility|detention\s+center|church|"
         r"cathedral|temple|mosque|synagogue|farms?|ranch|orchards?|dairy|warehouse|"
         r"stadium|arena|speedway|raceway|ballpark|"
         r"distribution\s+center|fulfillment\s+center|casino|mall|plaza|college|university|"
         + SHOPS + r"|middle|school\s+district|school|station|hall|lodge|park|isd|"
         # where people swim, camp, hike and hunt, told in exposure and travel histories:
         # "barton springs", "cedar creek", "the guadalupe river", "padre island"
         + NATURE)
# Words that say which kind of business, or which one of the speaker's, not its name.
KIND_WORDS = frozenset("""
summer sunday bible trade charter homeless wound foster juvenile vocational
nearest closest local usual same other good best bad cheap cheaper favorite favourite
regular nice little big small whole only nearby corner kids kid children's women's men's
veterans veteran family pediatric peds walk-in walk urgent primary outpatient inpatient
hospital hospital's clinic medical dental eye vision health healthcare care day night
school city county state public private community new old main first second third next
last mail order specialty retail chain franchise hometown downtown uptown 24 hour
twenty four all-night late early morning evening weekend grocery food coffee pizza
taco burger chicken steak seafood donut breakfast sports strip truck car auto tire
farmers flea stock super mini meat fish black job housing hotel motel work office
church apartment building prison jail base army navy campus company employee staff
student students patient patients visitor visitors free discount dollar bus train
subway metro gas fire police nurses nurse's charging weigh transfer service rest
adult adults teen teens youth grief crisis online virtual recovery addiction
medicare medicaid tricare marketplace supplemental secondary primary term golf country
cobra obamacare renters renter's homeowners homeowner's act travel pet flood umbrella
dose doses split meal test exam surgery procedure workers comp
""".split())
# Words a name opens with, said of a kind too ("the first bank", "a new hotel"): before a
# name's word they are the name's ("first prairie bank", "great lakes forge", "new hope
# apartments": review RV30).
NAMING_LEAD = frozenset("first great new north south east west upper lower central grand".split())
