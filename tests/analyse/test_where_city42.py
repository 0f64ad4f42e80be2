"""analyse/where: invented US local-news reports under a metro dateline ("CINCINNATI -",
"BALTIMORE -") with bare police, set in a suburb that must be its own town or in a
neighbourhood that must stay the big city's part (h-city42).

A dateline's big city makes no part of a town beside it (`city_parts._town_beside_dateline`):
a place the USPS files in another county than the city's (Towson, Catonsville and Lansdowne
in Baltimore County; Wheat Ridge in Jefferson County beside Denver), or that the USPS
addresses by its own name only, at any size (Garner beside Raleigh); a neighbourhood with a
post office of its own whose ZIP codes also take the city's name (Hyde Park, Mattapan,
Jamaica Plain, Boston's) stays the city's part. And the text's own words: "the city of
Norwood", "the Memphis suburb of Bartlett", "Brooklyn Center, a northern suburb"
(`city_parts._said_municipality`); "in the borough of Wilkinsburg", "in the small city of
Jacinto City" set the event in the town as "in" does (`scanner._us_municipality_prep`).
Sentences written here; the places and outlets are real, the events invented. On main
(1de003b): 44 of 66 right; here 60.
"""

from __future__ import annotations

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state): s* suburbs, n* neighbourhoods
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "s1",
        "Shooting",
        "https://www.wlwt.com/article/man-shot-s1/",
        (
            "CINCINNATI - A man was shot late Friday in the city of Norwood, police said. He was "
            "taken to a hospital."
        ),
        ("Norwood",),
        "Ohio",
    ),
    (
        "s2",
        "Shooting",
        "https://www.wlky.com/article/woman-hurt-s2/",
        (
            "LOUISVILLE, Ky. - A woman was wounded by gunfire Sunday in suburban Shively, police "
            "said."
        ),
        ("Shively",),
        "Kentucky",
    ),
    (
        "s3",
        "Shooting",
        "https://www.wral.com/story/teen-shot-s3/",
        ("RALEIGH, N.C. - A teenager was shot Saturday night in nearby Garner, police said."),
        ("Garner",),
        "North Carolina",
    ),
    (
        "s4",
        "Shooting",
        "https://www.kmbc.com/article/man-killed-s4/",
        (
            "KANSAS CITY, Mo. - A man was killed Sunday in Raytown, a suburb of Kansas City, "
            "police said."
        ),
        ("Raytown",),
        "Missouri",
    ),
    (
        "s5",
        "Shooting",
        "https://www.wbaltv.com/article/man-shot-s5/",
        (
            "BALTIMORE - A man was shot Monday afternoon in Essex, police said. His injuries were"
            " not life-threatening."
        ),
        ("Essex",),
        "Maryland",
    ),
    (
        "s6",
        "Shooting",
        "https://www.wbaltv.com/article/man-shot-s6/",
        ("BALTIMORE - A man was shot outside a store Tuesday in Catonsville, police said."),
        ("Catonsville",),
        "Maryland",
    ),
    (
        "s7",
        "Shooting",
        "https://www.wbaltv.com/article/teen-shot-s7/",
        ("BALTIMORE - A teenager was shot Wednesday evening in Towson, police said."),
        ("Towson",),
        "Maryland",
    ),
    (
        "s8",
        "Shooting",
        "https://www.ksdk.com/article/news/crime/man-shot-s8/",
        ("ST. LOUIS - A man was shot early Thursday in Ferguson, police said."),
        ("Ferguson",),
        "Missouri",
    ),
    (
        "s9",
        "Shooting",
        "https://www.ksdk.com/article/news/crime/woman-shot-s9/",
        ("ST. LOUIS - A woman was shot Friday in University City, police said."),
        ("University City",),
        "Missouri",
    ),
    (
        "s10",
        "Shooting",
        "https://www.denver7.com/news/crime/man-shot-s10",
        ("DENVER - A man was shot Saturday in Wheat Ridge, police said."),
        ("Wheat Ridge",),
        "Colorado",
    ),
    (
        "s11",
        "Shooting",
        "https://www.denver7.com/news/crime/man-shot-s11",
        ("DENVER - Two men were shot Sunday in Commerce City, police said."),
        ("Commerce City",),
        "Colorado",
    ),
    (
        "s12",
        "Shooting",
        "https://www.nbcphiladelphia.com/news/local/man-shot-s12/",
        ("PHILADELPHIA - A man was shot Monday night in Upper Darby, police said."),
        ("Upper Darby",),
        "Pennsylvania",
    ),
    (
        "s13",
        "Shooting",
        "https://www.nbcphiladelphia.com/news/local/teen-shot-s13/",
        ("PHILADELPHIA - A teen was shot Tuesday in the borough of Darby, police said."),
        ("Darby",),
        "Pennsylvania",
    ),
    (
        "s14",
        "Shooting",
        "https://www.wtae.com/article/man-shot-s14/",
        ("PITTSBURGH - A man was shot Wednesday in the borough of Wilkinsburg, police said."),
        ("Wilkinsburg",),
        "Pennsylvania",
    ),
    (
        "s15",
        "Shooting",
        "https://www.wsbtv.com/news/local/man-shot-s15/",
        ("ATLANTA - A man was shot Thursday in the city of College Park, police said."),
        ("College Park",),
        "Georgia",
    ),
    (
        "s16",
        "Shooting",
        "https://www.local10.com/news/local/man-shot-s16/",
        ("MIAMI - A man was shot Friday in the city of Miami Gardens, police said."),
        ("Miami Gardens",),
        "Florida",
    ),
    (
        "s17",
        "Shooting",
        "https://www.local10.com/news/local/woman-shot-s17/",
        ("MIAMI - A woman was shot Saturday in North Miami, police said."),
        ("North Miami",),
        "Florida",
    ),
    (
        "s18",
        "Shooting",
        "https://www.khou.com/article/news/crime/man-shot-s18/",
        ("HOUSTON - A man was shot Sunday in Pasadena, police said."),
        ("Pasadena",),
        "Texas",
    ),
    (
        "s19",
        "Shooting",
        "https://www.khou.com/article/news/crime/man-shot-s19/",
        ("HOUSTON - A man was shot Monday in the small city of Jacinto City, police said."),
        ("Jacinto City",),
        "Texas",
    ),
    (
        "s20",
        "Shooting",
        "https://www.wcbs880.com/news/man-shot-s20",
        ("NEW YORK - A man was shot Tuesday in Mount Vernon, police said."),
        ("Mount Vernon",),
        "New York",
    ),
    (
        "s21",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-s21/",
        ("BOSTON - A man was shot Wednesday in Somerville, police said."),
        ("Somerville",),
        "Massachusetts",
    ),
    (
        "s22",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-s22/",
        ("BOSTON - A man was shot Thursday night in Revere, police said."),
        ("Revere",),
        "Massachusetts",
    ),
    (
        "s23",
        "Shooting",
        "https://www.ktla.com/news/local-news/man-shot-s23/",
        ("LOS ANGELES - A man was shot Friday in Inglewood, police said."),
        ("Inglewood",),
        "California",
    ),
    (
        "s24",
        "Shooting",
        "https://www.ktla.com/news/local-news/man-shot-s24/",
        ("LOS ANGELES - A man was shot Saturday in Huntington Park, police said."),
        ("Huntington Park",),
        "California",
    ),
    (
        "s25",
        "Shooting",
        "https://www.wdsu.com/article/man-shot-s25/",
        ("NEW ORLEANS - A man was shot Sunday in Harvey, police said."),
        ("Harvey",),
        "Louisiana",
    ),
    (
        "s26",
        "Shooting",
        "https://www.wmcactionnews5.com/2024/05/05/man-shot-s26/",
        ("MEMPHIS, Tenn. - A man was shot Monday in the suburb of Bartlett, police said."),
        ("Bartlett",),
        "Tennessee",
    ),
    (
        "s27",
        "Shooting",
        "https://www.fox2detroit.com/news/man-shot-s27",
        ("DETROIT - A man was shot Tuesday in Hamtramck, police said."),
        ("Hamtramck",),
        "Michigan",
    ),
    (
        "s28",
        "Shooting",
        "https://www.fox6now.com/news/man-shot-s28",
        ("MILWAUKEE - A man was shot Wednesday in the village of Shorewood, police said."),
        ("Shorewood",),
        "Wisconsin",
    ),
    (
        "s29",
        "Shooting",
        "https://www.nbcchicago.com/news/local/man-shot-s29/",
        ("CHICAGO - A man was shot Thursday in the town of Cicero, police said."),
        ("Cicero",),
        "Illinois",
    ),
    (
        "s30",
        "Shooting",
        "https://www.koco.com/article/man-shot-s30/",
        ("OKLAHOMA CITY - A man was shot Friday in the suburb of Del City, police said."),
        ("Del City",),
        "Oklahoma",
    ),
    (
        "s31",
        "Shooting",
        "https://www.kare11.com/article/news/crime/man-shot-s31/",
        (
            "MINNEAPOLIS - A man was shot Saturday in Brooklyn Center, a northern suburb, police "
            "said."
        ),
        ("Brooklyn Center",),
        "Minnesota",
    ),
    (
        "s32",
        "Shooting",
        "https://www.wkyc.com/article/news/crime/man-shot-s32/",
        ("CLEVELAND - A man was shot Sunday in the city of Garfield Heights, police said."),
        ("Garfield Heights",),
        "Ohio",
    ),
    (
        "n1",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-n1/",
        ("BOSTON - A man was shot Monday in Dorchester, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "n2",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-n2/",
        ("BOSTON - A man was shot Tuesday night in Hyde Park, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "n3",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-n3/",
        ("BOSTON - A man was shot Wednesday in Roxbury, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "n4",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-n4/",
        ("BOSTON - A woman was shot Thursday in Mattapan, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "n5",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-n5/",
        ("BOSTON - A man was shot Friday in Jamaica Plain, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "n6",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-n6/",
        ("BOSTON - A teen was shot Saturday in Roslindale, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "n7",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-n7/",
        ("BOSTON - A man was shot Sunday in Boston's Brighton section, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "n8",
        "Shooting",
        "https://www.wbaltv.com/article/man-shot-n8/",
        ("BALTIMORE - A man was shot Monday in Hamilton, police said."),
        ("Baltimore",),
        "Maryland",
    ),
    (
        "n9",
        "Shooting",
        "https://www.wbaltv.com/article/man-shot-n9/",
        ("BALTIMORE - A man was shot Tuesday in Highlandtown, police said."),
        ("Baltimore",),
        "Maryland",
    ),
    (
        "n10",
        "Shooting",
        "https://www.wbaltv.com/article/man-shot-n10/",
        ("BALTIMORE - A man was shot Wednesday in Roland Park, police said."),
        ("Baltimore",),
        "Maryland",
    ),
    (
        "n11",
        "Shooting",
        "https://www.wbaltv.com/article/man-shot-n11/",
        (
            "BALTIMORE - A man was shot Thursday in the city's Park Heights neighborhood, police "
            "said."
        ),
        ("Baltimore",),
        "Maryland",
    ),
    (
        "n12",
        "Shooting",
        "https://www.ktla.com/news/local-news/man-shot-n12/",
        ("LOS ANGELES - A man was shot Friday in Van Nuys, police said."),
        ("Los Angeles",),
        "California",
    ),
    (
        "n13",
        "Shooting",
        "https://www.ktla.com/news/local-news/man-shot-n13/",
        ("LOS ANGELES - A man was shot Saturday in Northridge, police said."),
        ("Los Angeles",),
        "California",
    ),
    (
        "n14",
        "Shooting",
        "https://www.ktla.com/news/local-news/man-shot-n14/",
        ("LOS ANGELES - A man was shot Sunday in Hollywood, police said."),
        ("Los Angeles",),
        "California",
    ),
    (
        "n15",
        "Shooting",
        "https://www.ktla.com/news/local-news/man-shot-n15/",
        ("LOS ANGELES - A man was shot Monday in Boyle Heights, police said."),
        ("Los Angeles",),
        "California",
    ),
    (
        "n16",
        "Shooting",
        "https://www.ktla.com/news/local-news/man-shot-n16/",
        ("LOS ANGELES - A man was shot Tuesday in Watts, police said."),
        ("Los Angeles",),
        "California",
    ),
    (
        "n17",
        "Shooting",
        "https://www.nbcphiladelphia.com/news/local/man-shot-n17/",
        ("PHILADELPHIA - A man was shot Wednesday in Kensington, police said."),
        ("Philadelphia",),
        "Pennsylvania",
    ),
    (
        "n18",
        "Shooting",
        "https://www.nbcphiladelphia.com/news/local/man-shot-n18/",
        ("PHILADELPHIA - A man was shot Thursday in Manayunk, police said."),
        ("Philadelphia",),
        "Pennsylvania",
    ),
    (
        "n19",
        "Shooting",
        "https://www.nbcphiladelphia.com/news/local/man-shot-n19/",
        ("PHILADELPHIA - A man was shot Friday in Germantown, police said."),
        ("Philadelphia",),
        "Pennsylvania",
    ),
    (
        "n20",
        "Shooting",
        "https://www.wtae.com/article/man-shot-n20/",
        ("PITTSBURGH - A man was shot Saturday in Homewood, police said."),
        ("Pittsburgh",),
        "Pennsylvania",
    ),
    (
        "n21",
        "Shooting",
        "https://www.wtae.com/article/man-shot-n21/",
        ("PITTSBURGH - A man was shot Sunday in Bloomfield, police said."),
        ("Pittsburgh",),
        "Pennsylvania",
    ),
    (
        "n22",
        "Shooting",
        "https://www.ksdk.com/article/news/crime/man-shot-n22/",
        ("ST. LOUIS - A man was shot Monday in Baden, police said."),
        ("St. Louis",),
        "Missouri",
    ),
    (
        "n23",
        "Shooting",
        "https://www.wsbtv.com/news/local/man-shot-n23/",
        ("ATLANTA - A man was shot Tuesday in Buckhead, police said."),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "n24",
        "Shooting",
        "https://www.wsbtv.com/news/local/man-shot-n24/",
        ("ATLANTA - A man was shot Wednesday in Kirkwood, police said."),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "n25",
        "Shooting",
        "https://www.wlwt.com/article/man-shot-n25/",
        ("CINCINNATI - A man was shot Thursday in Walnut Hills, police said."),
        ("Cincinnati",),
        "Ohio",
    ),
    (
        "n26",
        "Shooting",
        "https://www.wlwt.com/article/man-shot-n26/",
        ("CINCINNATI - A man was shot Friday in Avondale, police said."),
        ("Cincinnati",),
        "Ohio",
    ),
    (
        "n27",
        "Shooting",
        "https://www.wlky.com/article/man-shot-n27/",
        ("LOUISVILLE, Ky. - A man was shot Saturday in the Portland neighborhood, police said."),
        ("Louisville",),
        "Kentucky",
    ),
    (
        "n28",
        "Shooting",
        "https://www.kmbc.com/article/man-shot-n28/",
        ("KANSAS CITY, Mo. - A man was shot Sunday in Westport, police said."),
        ("Kansas City",),
        "Missouri",
    ),
    (
        "n29",
        "Shooting",
        "https://www.khou.com/article/news/crime/man-shot-n29/",
        ("HOUSTON - A man was shot Monday in Sharpstown, police said."),
        ("Houston",),
        "Texas",
    ),
    (
        "n30",
        "Shooting",
        "https://www.local10.com/news/local/man-shot-n30/",
        ("MIAMI - A man was shot Tuesday in Coconut Grove, police said."),
        ("Miami",),
        "Florida",
    ),
    (
        "n31",
        "Shooting",
        "https://www.local10.com/news/local/man-shot-n31/",
        ("MIAMI - A man was shot Wednesday in Little Haiti, police said."),
        ("Miami",),
        "Florida",
    ),
    (
        "n32",
        "Shooting",
        "https://www.nbcchicago.com/news/local/man-shot-n32/",
        ("CHICAGO - A man was shot Thursday in Englewood, police said."),
        ("Chicago",),
        "Illinois",
    ),
    (
        "n33",
        "Shooting",
        "https://www.khou.com/article/news/crime/man-shot-n33/",
        ("HOUSTON - A man was shot Friday in the Third Ward, police said."),
        ("Houston",),
        "Texas",
    ),
    (
        "n34",
        "Shooting",
        "https://www.wcvb.com/article/man-shot-n34/",
        ("BOSTON - A man was shot Saturday in the Dorchester section of the city, police said."),
        ("Boston",),
        "Massachusetts",
    ),
]

MISSED = {
    **{
        pid: "Dorchester (98,000 people, a seventh of Boston) under a Boston dateline with bare "
        "police: too big for the dateline's reach of a place ten times smaller (its ZIP codes "
        "take 'Boston', but so do most suburbs' of that size: Coral Gables, Dundalk, Urbandale)"
        for pid in ("n1", "n34")
    },
    **{
        pid: "a Los Angeles neighbourhood 25 km or more from the city's point, under its "
        "dateline with bare police: past the dateline's 15 km reach"
        for pid in ("n12", "n13")
    },
}


events, test_probe_is_placed = probe_table(PROBES, MISSED)
