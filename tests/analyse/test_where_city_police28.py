"""analyse/where: invented US local-news snippets of big cities' neighbourhoods and the towns
beside them (h-city28).

GeoNames keeps some neighbourhoods of big US cities as towns of their own, with no parent
and populations of their own (Dorchester, Maryvale, Cordova in Memphis), and the suburbs
beside them are towns too (Evanston, Bartlett, Pasadena in Texas). What tells them apart is
the text: the big city's own police working the case, first named ("Boston police said"),
also by their initials ("LAPD", "NOPD", "SFPD", "KCPD"), make a place of the city's county a
part of the city; a town's own police ("Bartlett police said") keep it a town whoever else
helped. The expected town is GVA's convention: a neighbourhood written as its city, a suburb
as itself. Sentences written here; the places and outlets are real, the events invented.
Run on main first: 85 of the 104 rows right there (the rows marked are wrong on main).
"""

from __future__ import annotations

import pytest

from .where_helpers import NO_OUTLET, run


@pytest.mark.parametrize(
    ("title", "url", "text", "location", "admin1"),
    [
        (  # n01a
            "Shooting in Mattapan",
            "https://www.bostonglobe.com/metro/shooting-n01",
            (
                "A 20-year-old man was fatally shot Saturday night in Mattapan, Boston "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Boston",
            "Massachusetts",
        ),
        (  # n01b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Mattapan. According to "
                "Boston police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Boston",
            "Massachusetts",
        ),
        (  # n02a
            "Shooting in Hyde Park",
            "https://www.wcvb.com/article/shooting-n02",
            (
                "Two people were wounded in a shooting early Sunday in Hyde Park. According "
                "to Boston police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Boston",
            "Massachusetts",
        ),
        (  # n02b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A man, 21, was fatally shot Saturday night in Hyde Park, Boston "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Boston",
            "Massachusetts",
        ),
        (  # n04a
            "Shooting in Chatham",
            "https://chicago.suntimes.com/crime/shooting-n04",
            (
                "Two people were wounded in a shooting early Sunday in Chatham. According to "
                "Chicago police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Chicago",
            "Illinois",
        ),
        (  # n04b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 23-year-old man was fatally shot Saturday night in Chatham, Chicago "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Chicago",
            "Illinois",
        ),
        (  # n05a
            "Shooting in Englewood",
            "https://www.nbcchicago.com/news/local/shooting-n05",
            (
                "A 24-year-old man was fatally shot Saturday night in Englewood, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Chicago",
            "Illinois",
        ),
        (  # n06a
            "Shooting in Roseland",
            "https://abc7chicago.com/shooting-n06",
            (
                "Two people were wounded in a shooting early Sunday in Roseland. According to "
                "Chicago police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Chicago",
            "Illinois",
        ),
        (  # n06b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 25-year-old man was fatally shot Saturday night in Roseland, Chicago "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Chicago",
            "Illinois",
        ),
        (  # n07a
            "Shooting in Alief",
            "https://www.khou.com/article/news/crime/shooting-n07",
            (
                "A 26-year-old man was fatally shot Saturday night in Alief, Houston "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Houston",
            "Texas",
        ),
        (  # n07b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Alief. According to "
                "Houston police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Houston",
            "Texas",
        ),
        (  # n08a
            "Shooting in Sunnyside",
            "https://abc13.com/shooting-n08",
            (
                "Two people were wounded in a shooting early Sunday in Sunnyside. According "
                "to police, a man and a woman were standing outside a home when someone in a "
                "passing car opened fire. Both were taken to a hospital in stable condition. "
                "No one is in custody."
            ),
            "Houston",
            "Texas",
        ),
        (  # n09a
            "Shooting in Acres Homes",
            "https://www.click2houston.com/news/local/shooting-n09",
            (
                "A 28-year-old man was fatally shot Saturday night in Acres Homes, Houston "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Houston",
            "Texas",
        ),
        (  # n09b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Acres Homes. According "
                "to Houston police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Houston",
            "Texas",
        ),
        (  # n10a
            "Shooting in Whitehaven",
            "https://www.actionnews5.com/shooting-n10",
            (
                "Two people were wounded in a shooting early Sunday in Whitehaven. According "
                "to Memphis police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Memphis",
            "Tennessee",
        ),
        (  # n10b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 29-year-old man was fatally shot Saturday night in Whitehaven, Memphis "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Memphis",
            "Tennessee",
        ),
        (  # n11a
            "Shooting in Frayser",
            "https://wreg.com/news/shooting-n11",
            (
                "A 30-year-old man was fatally shot Saturday night in Frayser, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Memphis",
            "Tennessee",
        ),
        (  # n12a
            "Shooting in Hickory Hill",
            "https://www.commercialappeal.com/story/news/crime/shooting-n12",
            (
                "Two people were wounded in a shooting early Sunday in Hickory Hill. "
                "According to Memphis police, a man and a woman were standing outside a home "
                "when someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Memphis",
            "Tennessee",
        ),
        (  # n12b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 31-year-old man was fatally shot Saturday night in Hickory Hill, "
                "Memphis police said. Officers found the victim on the sidewalk of a "
                "residential block shortly after 10 p.m. He died at the scene. No arrests "
                "have been made and investigators asked anyone with information to call "
                "detectives."
            ),
            "Memphis",
            "Tennessee",
        ),
        (  # n13b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Antioch. According to "
                "Metro Nashville police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Nashville",
            "Tennessee",
        ),
        (  # n15a
            "Shooting in Madison",
            "https://fox17.com/news/local/shooting-n15",
            (
                "A 34-year-old man was fatally shot Saturday night in Madison, Metro "
                "Nashville police said. Officers found the victim on the sidewalk of a "
                "residential block shortly after 10 p.m. He died at the scene. No arrests "
                "have been made and investigators asked anyone with information to call "
                "detectives."
            ),
            "Nashville",
            "Tennessee",
        ),
        (  # n16a
            "Shooting in Watts",
            "https://ktla.com/news/local-news/shooting-n16",
            (
                "Two people were wounded in a shooting early Sunday in Watts. According to "
                "Los Angeles police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Los Angeles",
            "California",
        ),
        (  # n16b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 35-year-old man was fatally shot Saturday night in Watts, Los Angeles "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Los Angeles",
            "California",
        ),
        (  # n17a (wrong on main)
            "Shooting in Van Nuys",
            "https://abc7.com/shooting-n17",
            (
                "A 36-year-old man was fatally shot Saturday night in Van Nuys, LAPD "
                "officers said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Los Angeles",
            "California",
        ),
        (  # n17b (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Van Nuys. According to "
                "LAPD officers, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Los Angeles",
            "California",
        ),
        (  # n18a
            "Shooting in Germantown",
            "https://www.inquirer.com/news/shooting-n18",
            (
                "Two people were wounded in a shooting early Sunday in Germantown. According "
                "to Philadelphia police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Philadelphia",
            "Pennsylvania",
        ),
        (  # n18b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 37-year-old man was fatally shot Saturday night in Germantown, "
                "Philadelphia police said. Officers found the victim on the sidewalk of a "
                "residential block shortly after 10 p.m. He died at the scene. No arrests "
                "have been made and investigators asked anyone with information to call "
                "detectives."
            ),
            "Philadelphia",
            "Pennsylvania",
        ),
        (  # n19a
            "Shooting in Kensington",
            "https://6abc.com/shooting-n19",
            (
                "A 38-year-old man was fatally shot Saturday night in Kensington, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Philadelphia",
            "Pennsylvania",
        ),
        (  # n20a
            "Shooting in Oak Cliff",
            "https://www.wfaa.com/article/news/crime/shooting-n20",
            (
                "Two people were wounded in a shooting early Sunday in Oak Cliff. According "
                "to Dallas police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Dallas",
            "Texas",
        ),
        (  # n20b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 39-year-old man was fatally shot Saturday night in Oak Cliff, Dallas "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Dallas",
            "Texas",
        ),
        (  # n21a
            "Shooting in Pleasant Grove",
            "https://www.dallasnews.com/news/crime/shooting-n21",
            (
                "A 40-year-old man was fatally shot Saturday night in Pleasant Grove, "
                "Dallas police said. Officers found the victim on the sidewalk of a "
                "residential block shortly after 10 p.m. He died at the scene. No arrests "
                "have been made and investigators asked anyone with information to call "
                "detectives."
            ),
            "Dallas",
            "Texas",
        ),
        (  # n21b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Pleasant Grove. "
                "According to Dallas police, a man and a woman were standing outside a home "
                "when someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Dallas",
            "Texas",
        ),
        (  # n22a (wrong on main)
            "Shooting in Algiers",
            "https://www.nola.com/news/crime_police/shooting-n22",
            (
                "Two people were wounded in a shooting early Sunday in Algiers. According to "
                "NOPD officers, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "New Orleans",
            "Louisiana",
        ),
        (  # n22b (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 41-year-old man was fatally shot Saturday night in Algiers, NOPD "
                "officers said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "New Orleans",
            "Louisiana",
        ),
        (  # n23a
            "Shooting in Maryvale",
            "https://www.azfamily.com/news/shooting-n23",
            (
                "A 42-year-old man was fatally shot Saturday night in Maryvale, Phoenix "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Phoenix",
            "Arizona",
        ),
        (  # n23b (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Maryvale. According to "
                "Phoenix police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Phoenix",
            "Arizona",
        ),
        (  # n26a
            "Shooting in Okolona",
            "https://www.wlky.com/article/shooting-n26",
            (
                "Two people were wounded in a shooting early Sunday in Okolona. According to "
                "Louisville Metro police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Louisville",
            "Kentucky",
        ),
        (  # n26b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 45-year-old man was fatally shot Saturday night in Okolona, Louisville "
                "Metro police said. Officers found the victim on the sidewalk of a "
                "residential block shortly after 10 p.m. He died at the scene. No arrests "
                "have been made and investigators asked anyone with information to call "
                "detectives."
            ),
            "Louisville",
            "Kentucky",
        ),
        (  # n27a
            "Shooting in Linden",
            "https://www.dispatch.com/story/news/crime/shooting-n27",
            (
                "A 46-year-old man was fatally shot Saturday night in Linden, Columbus "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Columbus",
            "Ohio",
        ),
        (  # n27b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Linden. According to "
                "Columbus police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Columbus",
            "Ohio",
        ),
        (  # n28a
            "Shooting in Ballard",
            "https://komonews.com/news/local/shooting-n28",
            (
                "Two people were wounded in a shooting early Sunday in Ballard. According to "
                "Seattle police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Seattle",
            "Washington",
        ),
        (  # n28b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 47-year-old man was fatally shot Saturday night in Ballard, Seattle "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Seattle",
            "Washington",
        ),
        (  # n29a
            "Shooting in Cordova",
            "https://www.localmemphis.com/article/news/crime/shooting-n29",
            (
                "A 48-year-old man was fatally shot Saturday night in Cordova, Memphis "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Memphis",
            "Tennessee",
        ),
        (  # n29b (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Cordova. According to "
                "Memphis police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Memphis",
            "Tennessee",
        ),
        (  # n30a (wrong on main)
            "Shooting in Dorchester",
            "https://www.nbcboston.com/news/local/shooting-n30",
            (
                "Two people were wounded in a shooting early Sunday in Dorchester. According "
                "to Boston police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Boston",
            "Massachusetts",
        ),
        (  # n30b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 49-year-old man was fatally shot Saturday night in Dorchester, Boston "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Boston",
            "Massachusetts",
        ),
        (  # s01a
            "Shooting in Cicero",
            "https://www.nbcchicago.com/news/local/shooting-s01",
            (
                "A 50-year-old man was fatally shot Saturday night in Cicero, Cicero "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Cicero",
            "Illinois",
        ),
        (  # s01b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Cicero. According to "
                "Cicero police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Cicero",
            "Illinois",
        ),
        (  # s02a
            "Shooting in Oak Park",
            "https://chicago.suntimes.com/crime/shooting-s02",
            (
                "Two people were wounded in a shooting early Sunday in Oak Park. According to "
                "police, a man and a woman were standing outside a home when someone in a "
                "passing car opened fire. Both were taken to a hospital in stable condition. "
                "No one is in custody."
            ),
            "Oak Park",
            "Illinois",
        ),
        (  # s02b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 51-year-old man was fatally shot Saturday night in Oak Park, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Oak Park",
            "Illinois",
        ),
        (  # s03a
            "Shooting in Evanston",
            "https://abc7chicago.com/shooting-s03",
            (
                "A 52-year-old man was fatally shot Saturday night in Evanston, Evanston "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Evanston",
            "Illinois",
        ),
        (  # s03b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Evanston. According to "
                "Evanston police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Evanston",
            "Illinois",
        ),
        (  # s04a
            "Shooting in Bellaire",
            "https://abc13.com/shooting-s04",
            (
                "Two people were wounded in a shooting early Sunday in Bellaire. According to "
                "police, a man and a woman were standing outside a home when someone in a "
                "passing car opened fire. Both were taken to a hospital in stable condition. "
                "No one is in custody."
            ),
            "Bellaire",
            "Texas",
        ),
        (  # s04b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 53-year-old man was fatally shot Saturday night in Bellaire, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Bellaire",
            "Texas",
        ),
        (  # s05a
            "Shooting in Quincy",
            "https://www.bostonglobe.com/metro/shooting-s05",
            (
                "A 54-year-old man was fatally shot Saturday night in Quincy, Quincy "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Quincy",
            "Massachusetts",
        ),
        (  # s05b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Quincy. According to "
                "Quincy police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Quincy",
            "Massachusetts",
        ),
        (  # s06a
            "Shooting in Germantown",
            "https://www.actionnews5.com/shooting-s06",
            (
                "Two people were wounded in a shooting early Sunday in Germantown. According "
                "to Germantown police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Germantown",
            "Tennessee",
        ),
        (  # s07a
            "Shooting in Pasadena",
            "https://www.khou.com/article/news/crime/shooting-s07",
            (
                "A 56-year-old man was fatally shot Saturday night in Pasadena, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Pasadena",
            "Texas",
        ),
        (  # s07b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Pasadena. According to "
                "police, a man and a woman were standing outside a home when someone in a "
                "passing car opened fire. Both were taken to a hospital in stable condition. "
                "No one is in custody."
            ),
            "Pasadena",
            "Texas",
        ),
        (  # s08a
            "Shooting in Bartlett",
            "https://wreg.com/news/shooting-s08",
            (
                "Two people were wounded in a shooting early Sunday in Bartlett. According to "
                "police, a man and a woman were standing outside a home when someone in a "
                "passing car opened fire. Both were taken to a hospital in stable condition. "
                "No one is in custody."
            ),
            "Bartlett",
            "Tennessee",
        ),
        (  # s08b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 57-year-old man was fatally shot Saturday night in Bartlett, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Bartlett",
            "Tennessee",
        ),
        (  # s09a
            "Shooting in La Vergne",
            "https://www.wsmv.com/news/shooting-s09",
            (
                "A 58-year-old man was fatally shot Saturday night in La Vergne, La Vergne "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "La Vergne",
            "Tennessee",
        ),
        (  # s09b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in La Vergne. According "
                "to La Vergne police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "La Vergne",
            "Tennessee",
        ),
        (  # s10a
            "Shooting in Inglewood",
            "https://ktla.com/news/local-news/shooting-s10",
            (
                "Two people were wounded in a shooting early Sunday in Inglewood. According "
                "to police, a man and a woman were standing outside a home when someone in a "
                "passing car opened fire. Both were taken to a hospital in stable condition. "
                "No one is in custody."
            ),
            "Inglewood",
            "California",
        ),
        (  # s10b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 59-year-old man was fatally shot Saturday night in Inglewood, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Inglewood",
            "California",
        ),
        (  # s11a
            "Shooting in Compton",
            "https://abc7.com/shooting-s11",
            (
                "A 60-year-old man was fatally shot Saturday night in Compton, sheriff's "
                "deputies said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Compton",
            "California",
        ),
        (  # s11b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Compton. According to "
                "sheriff's deputies, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Compton",
            "California",
        ),
        (  # s12a
            "Shooting in Chelsea",
            "https://www.wcvb.com/article/shooting-s12",
            (
                "Two people were wounded in a shooting early Sunday in Chelsea. According to "
                "police, a man and a woman were standing outside a home when someone in a "
                "passing car opened fire. Both were taken to a hospital in stable condition. "
                "No one is in custody."
            ),
            "Chelsea",
            "Massachusetts",
        ),
        (  # s13a
            "Shooting in Harvey",
            "https://chicago.suntimes.com/crime/shooting-s13",
            (
                "A 62-year-old man was fatally shot Saturday night in Harvey, Harvey "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Harvey",
            "Illinois",
        ),
        (  # s13b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Harvey. According to "
                "Harvey police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Harvey",
            "Illinois",
        ),
        (  # s14a
            "Shooting in Irving",
            "https://www.wfaa.com/article/news/crime/shooting-s14",
            (
                "Two people were wounded in a shooting early Sunday in Irving. According to "
                "Irving police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Irving",
            "Texas",
        ),
        (  # s14b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 63-year-old man was fatally shot Saturday night in Irving, Irving "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Irving",
            "Texas",
        ),
        (  # s15a
            "Shooting in Brentwood",
            "https://www.tennessean.com/story/news/crime/shooting-s15",
            (
                "A 64-year-old man was fatally shot Saturday night in Brentwood, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Brentwood",
            "Tennessee",
        ),
        (  # s16a
            "Shooting in Milton",
            "https://www.boston25news.com/news/shooting-s16",
            (
                "Two people were wounded in a shooting early Sunday in Milton. According to "
                "Milton police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Milton",
            "Massachusetts",
        ),
        (  # s17a
            "Shooting in Maywood",
            "https://www.nbcchicago.com/news/local/shooting-s17",
            (
                "A 66-year-old man was fatally shot Saturday night in Maywood, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Maywood",
            "Illinois",
        ),
        (  # s18a
            "Shooting in Collierville",
            "https://www.commercialappeal.com/story/news/crime/shooting-s18",
            (
                "Two people were wounded in a shooting early Sunday in Collierville. "
                "According to police, a man and a woman were standing outside a home when "
                "someone in a passing car opened fire. Both were taken to a hospital in "
                "stable condition. No one is in custody."
            ),
            "Collierville",
            "Tennessee",
        ),
        (  # s18b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 67-year-old man was fatally shot Saturday night in Collierville, police "
                "said. Officers found the victim on the sidewalk of a residential block "
                "shortly after 10 p.m. He died at the scene. No arrests have been made and "
                "investigators asked anyone with information to call detectives."
            ),
            "Collierville",
            "Tennessee",
        ),
        (  # s19a
            "Shooting in Glendale",
            "https://www.azfamily.com/news/shooting-s19",
            (
                "A 68-year-old man was fatally shot Saturday night in Glendale, Glendale "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Glendale",
            "Arizona",
        ),
        (  # s19b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Two people were wounded in a shooting early Sunday in Glendale. According to "
                "Glendale police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Glendale",
            "Arizona",
        ),
        (  # s20a
            "Shooting in Gretna",
            "https://www.nola.com/news/crime_police/shooting-s20",
            (
                "Two people were wounded in a shooting early Sunday in Gretna. According to "
                "Gretna police, a man and a woman were standing outside a home when someone "
                "in a passing car opened fire. Both were taken to a hospital in stable "
                "condition. No one is in custody."
            ),
            "Gretna",
            "Louisiana",
        ),
        (  # s20b
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 69-year-old man was fatally shot Saturday night in Gretna, Gretna "
                "police said. Officers found the victim on the sidewalk of a residential "
                "block shortly after 10 p.m. He died at the scene. No arrests have been made "
                "and investigators asked anyone with information to call detectives."
            ),
            "Gretna",
            "Louisiana",
        ),
        (  # g01
            "Police investigate shooting",
            "https://www.azfamily.com/news/shooting-g01",
            (
                "A man was shot and wounded Friday night outside a home in Glendale, Glendale "
                "police said. Phoenix police helped search for the shooter, who fled on foot."
            ),
            "Glendale",
            "Arizona",
        ),
        (  # g02
            "Police investigate shooting",
            "https://www.abc15.com/news/shooting-g02",
            (
                "Tempe police said a man, 22, was shot in the leg Saturday near an "
                "apartment complex in Tempe. He is expected to recover."
            ),
            "Tempe",
            "Arizona",
        ),
        (  # g03 (wrong on main)
            "Police investigate shooting",
            "https://abc7chicago.com/shooting-g03",
            (
                "A teenager was shot and killed Sunday evening in Evanston. Evanston police "
                "said Chicago police later stopped a car linked to the shooting on the city's "
                "North Side."
            ),
            "Evanston",
            "Illinois",
        ),
        (  # g04
            "Police investigate shooting",
            "https://www.ksl.com/article/shooting-g04",
            (
                "A boy was wounded in a drive-by shooting Tuesday in Kearns, according to a "
                "Unified police sergeant. The car was later found by Salt Lake police and "
                "towed away."
            ),
            "Kearns",
            "Utah",
        ),
        (  # g05
            "Police investigate shooting",
            "https://www.bostonglobe.com/metro/shooting-g05",
            (
                "A man was shot in Quincy early Monday, Quincy police said. Boston police "
                "arrested a suspect hours later."
            ),
            "Quincy",
            "Massachusetts",
        ),
        (  # g06 (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A 31-year-old man was fatally shot Thursday on a quiet street in "
                "Dorchester, the Boston Police Department said. No arrests have been made."
            ),
            "Boston",
            "Massachusetts",
        ),
        (  # g07 (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A man was shot to death late Saturday in Wilmington, LAPD officials said. "
                "Detectives from the Harbor Division are investigating."
            ),
            "Los Angeles",
            "California",
        ),
        (  # g09 (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A woman was shot and injured Wednesday in Bayview, SFPD said. Officers found "
                "her near Third Street."
            ),
            "San Francisco",
            "California",
        ),
        (  # g10 (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A man died after a shooting Friday in Maryvale, the Phoenix Police "
                "Department said. Officers found him in an alley."
            ),
            "Phoenix",
            "Arizona",
        ),
        (  # g11
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A teen was shot Saturday night in Laveen, Phoenix police said. He was taken "
                "to a hospital in serious condition."
            ),
            "Phoenix",
            "Arizona",
        ),
        (  # g12
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A man was killed in a shooting early Sunday in Sunnyside, Houston police "
                "said. Investigators believe he was targeted."
            ),
            "Houston",
            "Texas",
        ),
        (  # g13 (wrong on main)
            "Police investigate shooting",
            "https://www.khou.com/article/news/crime/shooting-g13",
            (
                "A man was shot and killed at a gas station in Pasadena on Monday, Pasadena "
                "police said. Houston police are helping look for the driver."
            ),
            "Pasadena",
            "Texas",
        ),
        (  # g14 (wrong on main)
            "Police investigate shooting",
            "https://www.actionnews5.com/shooting-g14",
            (
                "A woman was shot in Bartlett on Friday, Bartlett police said. Memphis police "
                "later arrested her ex-boyfriend."
            ),
            "Bartlett",
            "Tennessee",
        ),
        (  # g15
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A man was wounded by gunfire Tuesday in Van Nuys, Los Angeles police said. "
                "No suspect description was released."
            ),
            "Los Angeles",
            "California",
        ),
        (  # g16
            "Police investigate shooting",
            "https://ktla.com/news/local-news/shooting-g16",
            (
                "A man was shot Saturday in Burbank, Burbank police said. LAPD officers "
                "helped block off nearby streets."
            ),
            "Burbank",
            "California",
        ),
        (  # g17 (wrong on main)
            "Police investigate shooting",
            "https://www.clickondetroit.com/news/local/shooting-g17",
            (
                "A man was shot in Hamtramck on Sunday, Hamtramck police said. Detroit police "
                "assisted at the scene."
            ),
            "Hamtramck",
            "Michigan",
        ),
        (  # g18 (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A man was shot and killed in Cordova on Thursday, the Memphis Police "
                "Department said. Officers found him inside a car."
            ),
            "Memphis",
            "Tennessee",
        ),
        (  # g19
            "Police investigate shooting",
            NO_OUTLET,
            (
                "Boston police said a man was shot in Roslindale on Saturday night and taken "
                "to a hospital with wounds that were not life-threatening."
            ),
            "Boston",
            "Massachusetts",
        ),
        (  # g20 (wrong on main)
            "Police investigate shooting",
            "https://www.commercialappeal.com/story/news/crime/shooting-g20",
            (
                "A man was wounded in a shooting in Germantown on Sunday, Germantown police "
                "said. Memphis police are also investigating."
            ),
            "Germantown",
            "Tennessee",
        ),
        (  # g21 (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            (
                "A man was shot and killed Monday in Algiers, NOPD said. It was the third "
                "killing in the neighborhood this month."
            ),
            "New Orleans",
            "Louisiana",
        ),
        (  # g22 (wrong on main)
            "Police investigate shooting",
            NO_OUTLET,
            ("A man was shot Friday night in Waldo, KCPD said. He was expected to survive."),
            "Kansas City",
            "Missouri",
        ),
        (  # an officer of a big city's force, counted, who fired in the next town
            "Man shot by off-duty officer",
            "https://ktla.com/news/local-news/shooting-x1",
            (
                "A man was wounded Sunday in Burbank when an off-duty LAPD officer shot him "
                "during an argument outside a restaurant, a department spokesman said."
            ),
            "Burbank",
            "California",
        ),
        (  # the big city's police as the ones who arrested, not the source on the scene
            "Arrest made in Tempe shooting",
            "https://www.azfamily.com/news/shooting-x2",
            (
                "Phoenix police arrested a man wanted in a shooting in Tempe last week, "
                "officials said. The victim is recovering."
            ),
            "Tempe",
            "Arizona",
        ),
    ],
)
def test_big_city_parts_and_towns(
    title: str, url: str, text: str, location: str, admin1: str
) -> None:
    event = run(text, title=title, url=url).event
    assert (event.location, event.admin1) == (location, admin1)
