"""analyse: places across state lines and in stations' coverage areas (h-city37).

A table of short reports written for this test (the places are real, the events invented) of
shootings in metros that straddle a state line (Kansas City, Memphis, Cincinnati, St. Louis,
Philadelphia, New York, Chicago, Omaha, Portland, Washington, Texarkana, Bristol, Augusta,
Columbus, El Paso, Charlotte and smaller ones), told by an outlet on the other side or by a
station whose dateline is its home city, and of town names that exist in several states
with no state written. The classes, each with a rule and controls in the table:

- A market town across the state line from a local outlet's city is weighed as if it lay in
  the outlet's state (`candidates._across_the_line_in_market`): Leawood, Kansas, on a Kansas
  City station, not Leawood, Missouri, 250 km south; Covington, Kentucky, on a Cincinnati
  one ("CINCINNATI (WLWT) - A man was shot in Covington"), not Covington, Ohio.
- The outlet's own city said bare is its own (`candidates._outlet_city_said_bare`): "Kansas
  City" in the Kansas City paper, even when a resident's suburb is in Kansas.
- A station's dateline gives way to the police of a market town across the line
  (`event_place._across_the_line_nearby`), and so does the dateline's state
  (`event_place._dateline_state_across`): "DAVENPORT, Iowa (WQAD) - Rock Island police
  said".
- A state written inside a force's name qualifies its town (`qualifiers._state_in_force_name`):
  "the Texarkana Arkansas Police Department".
- A town's name with a possessive in capitals ("LEE'S SUMMIT, Mo. -") is read whole
  (`scanner._Scanner._shouted_possessive_name`).

The rows the system still misses are marked, each with its reason.
"""

from __future__ import annotations

from newsfold.analyse.gazetteer import CITY, Gazetteer, get_gazetteer
from newsfold.analyse.where.candidates import _across_the_line_in_market
from newsfold.analyse.where.evidence import _Evidence

from .where_helpers import event, probe_table

# (id, headline, address, text, the town (or its other accepted names), the state)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "k1",
        "Man killed in Kansas City, Kansas",
        "https://www.kmbc.com/article/kck-man-killed/1",
        "KANSAS CITY, Kan. (KMBC) - A man died after he was shot near North 7th Street "
        "Trafficway on Sunday evening, police said. No arrest has been made.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "k2",
        "Woman wounded on the Kansas side",
        "https://www.kansascity.com/news/local/crime/article1.html",
        "A woman was hurt in a shooting on the Kansas side late Friday. Kansas City, Kansas, "
        "police said she was found near State Avenue with a wound to her leg.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "k3",
        "Police investigate shooting near Wyandotte High",
        "https://www.kshb.com/news/crime/shooting-near-wyandotte-high",
        "Police in Kansas City, Kansas, are investigating after a teenager was shot Tuesday "
        "afternoon a few blocks from Wyandotte High School. He is expected to survive.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "k4",
        "Woman shot dead near Prospect Avenue",
        "https://www.kansascity.com/news/local/crime/article2.html",
        "A woman was shot and killed early Saturday near East 35th Street and Prospect Avenue, "
        "Kansas City police said. Detectives were canvassing the block.",
        ("Kansas City",),
        "Missouri",
    ),
    (
        "k5",
        "Overland Park shooting leaves one hurt",
        "https://www.kctv5.com/2024/05/05/overland-park-shooting/",
        "OVERLAND PARK, Kan. (KCTV) - One person was wounded in a shooting outside an "
        "apartment complex on Metcalf Avenue on Sunday, Overland Park police said.",
        ("Overland Park",),
        "Kansas",
    ),
    (
        "k6",
        "Independence man shot",
        "https://fox4kc.com/news/independence-man-shot/",
        "INDEPENDENCE, Mo. - A man was taken to a hospital after he was shot on Noland Road on "
        "Saturday night, Independence police said.",
        ("Independence",),
        "Missouri",
    ),
    (
        "k7",
        "Shooting in KCK leaves one dead",
        "https://www.kmbc.com/article/shooting-kck-one-dead/2",
        "One person is dead after a shooting in KCK on Monday night. Officers found the victim "
        "inside a car near Quindaro Boulevard, the police department said.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "k8",
        "Olathe police investigate shooting",
        "https://www.kansascity.com/news/local/crime/article3.html",
        "Olathe police are investigating a shooting that left a man wounded on Sunday. "
        "Officers were called to a home near Santa Fe Street shortly after 9 p.m.",
        ("Olathe",),
        "Kansas",
    ),
    (
        "k9",
        "Raytown teen shot",
        "https://www.kshb.com/news/crime/raytown-teen-shot",
        "A 16-year-old was shot in Raytown on Friday, police said. The teen was taken to "
        "Children's Mercy with injuries that were not life-threatening.",
        ("Raytown",),
        "Missouri",
    ),
    (
        "k10",
        "Man shot in Leawood",
        "https://www.kmbc.com/article/leawood-man-shot/3",
        "A man was shot in Leawood, just across the state line, on Thursday night. Leawood "
        "police said the shooting happened in a parking lot off State Line Road.",
        ("Leawood",),
        "Kansas",
    ),
    (
        "k11",
        "Kansas City, Kansas, man killed",
        "https://www.example.com/news/k11",
        "Gunfire killed a man of 30 on Sunday, police said. Officers found him in the "
        "1800 block of Central Avenue. Police have asked anyone with information to call the "
        "TIPS hotline.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "k12",
        "Lee's Summit shooting",
        "https://fox4kc.com/news/lees-summit-shooting/",
        "LEE'S SUMMIT, Mo. - Gunfire outside a bar wounded two people on Saturday, Lee's "
        "Summit police said.",
        ("Lee's Summit", "Lees Summit"),
        "Missouri",
    ),
    (
        "m1",
        "Man shot at West Memphis gas station",
        "https://wreg.com/news/west-memphis-gas-station-shooting/",
        "WEST MEMPHIS, Ark. (WREG) - A man was shot at a gas station on Broadway on Sunday "
        "night, West Memphis police said. He was taken to Regional One in Memphis.",
        ("West Memphis",),
        "Arkansas",
    ),
    (
        "m2",
        "Southaven shooting",
        "https://wreg.com/news/southaven-shooting/",
        "SOUTHAVEN, Miss. (WREG) - Police in Southaven are searching for a gunman after a "
        "woman was shot outside a store on Stateline Road on Friday.",
        ("Southaven",),
        "Mississippi",
    ),
    (
        "m3",
        "Man shot across the river",
        "https://www.actionnews5.com/2024/05/05/man-shot-across-river/",
        "Police across the river in West Memphis are looking for the person who shot a man at "
        "a motel off Interstate 40 on Saturday. The victim is in critical condition.",
        ("West Memphis",),
        "Arkansas",
    ),
    (
        "m4",
        "Southaven police investigate shooting",
        "https://www.commercialappeal.com/story/news/crime/2024/05/05/southaven-shooting/1/",
        "A man was shot in Southaven on Friday night, according to Southaven police. He was "
        "taken to a Memphis hospital in stable condition.",
        ("Southaven",),
        "Mississippi",
    ),
    (
        "m5",
        "Horn Lake shooting leaves one dead",
        "https://www.fox13memphis.com/news/horn-lake-shooting/",
        "One man is dead after a shooting in Horn Lake on Sunday, Horn Lake police said. "
        "Officers found him in a driveway on Goodman Road.",
        ("Horn Lake",),
        "Mississippi",
    ),
    (
        "m6",
        "Olive Branch shooting",
        "https://www.localmemphis.com/article/news/crime/olive-branch-shooting/",
        "OLIVE BRANCH, Miss. - A teenager was wounded in a shooting at a park on Saturday "
        "evening, Olive Branch police said.",
        ("Olive Branch",),
        "Mississippi",
    ),
    (
        "m7",
        "Man killed in Whitehaven",
        "https://wreg.com/news/whitehaven-man-killed/",
        "MEMPHIS, Tenn. (WREG) - A man was killed in a shooting in Whitehaven on Monday, "
        "Memphis police said. Officers found him on Elvis Presley Boulevard.",
        ("Memphis",),
        "Tennessee",
    ),
    (
        "m8",
        "Woman shot in Marion, Arkansas",
        "https://wreg.com/news/marion-arkansas-woman-shot/",
        "A woman was shot in Marion, Arkansas, on Sunday, according to the Crittenden County "
        "Sheriff's Office. Deputies said she is expected to recover.",
        ("Marion",),
        "Arkansas",
    ),
    (
        "m9",
        "Shooting at motel",
        "https://www.actionnews5.com/2024/05/06/shooting-motel/",
        "Officers with the West Memphis Police Department responded to a shooting at a motel "
        "off Interstate 55 early Tuesday. One man was wounded.",
        ("West Memphis",),
        "Arkansas",
    ),
    (
        "m10",
        "Germantown police investigate shooting",
        "https://wreg.com/news/germantown-shooting/",
        "Germantown police said a man was shot in a shopping center parking lot on Poplar "
        "Avenue on Saturday afternoon. He is in stable condition.",
        ("Germantown",),
        "Tennessee",
    ),
    (
        "m11",
        "Hernando man shot",
        "https://www.fox13memphis.com/news/hernando-man-shot/",
        "A Hernando man was shot at his home on Friday night, the DeSoto County Sheriff's "
        "Department said. Deputies arrested a neighbor.",
        ("Hernando",),
        "Mississippi",
    ),
    (
        "m12",
        "Shooting just over the state line",
        "https://wreg.com/news/state-line-shooting/",
        "A man was shot just across the state line in Southaven on Wednesday night. Southaven "
        "police said the shooting followed an argument at an apartment complex.",
        ("Southaven",),
        "Mississippi",
    ),
    (
        "c1",
        "Covington shooting",
        "https://www.wlwt.com/article/covington-shooting/1",
        "COVINGTON, Ky. (WLWT) - A man was shot on Madison Avenue on Sunday night, Covington "
        "police said. He was taken to UC Medical Center.",
        ("Covington",),
        "Kentucky",
    ),
    (
        "c2",
        "Newport man wounded",
        "https://www.wcpo.com/news/crime/newport-man-wounded",
        "NEWPORT, Ky. - A man was wounded in a shooting near Monmouth Street on Saturday, "
        "Newport police said.",
        ("Newport",),
        "Kentucky",
    ),
    (
        "c3",
        "Covington police investigate",
        "https://www.cincinnati.com/story/news/crime/2024/05/05/covington-police-investigate/1/",
        "Covington police said a man was shot in the Latonia neighborhood on Friday. Officers "
        "found him outside a convenience store.",
        ("Covington",),
        "Kentucky",
    ),
    (
        "c4",
        "Shooting across the river",
        "https://www.wkrc.com/news/local/shooting-across-the-river",
        "Police across the Ohio River in Newport are investigating a shooting that injured two "
        "people outside a bar early Sunday.",
        ("Newport",),
        "Kentucky",
    ),
    (
        "c5",
        "Norwood shooting",
        "https://local12.com/news/local/norwood-shooting",
        "A man was shot in Norwood on Friday night, Norwood police said. He is expected to "
        "survive.",
        ("Norwood",),
        "Ohio",
    ),
    (
        "c6",
        "Florence shooting",
        "https://www.fox19.com/2024/05/05/florence-shooting/",
        "FLORENCE, Ky. (FOX19) - A woman was shot in a parking lot near the Florence Mall on "
        "Saturday, police said.",
        ("Florence",),
        "Kentucky",
    ),
    (
        "c7",
        "Hamilton police investigate shooting",
        "https://www.wcpo.com/news/crime/hamilton-shooting",
        "Hamilton police are investigating a shooting that killed a man on the city's east "
        "side on Sunday night.",
        ("Hamilton",),
        "Ohio",
    ),
    (
        "c8",
        "Erlanger shooting",
        "https://www.wlwt.com/article/erlanger-shooting/2",
        "A man was shot in Erlanger on Tuesday, Erlanger police said. He was flown to a "
        "Cincinnati hospital.",
        ("Erlanger",),
        "Kentucky",
    ),
    (
        "c9",
        "Lawrenceburg shooting",
        "https://www.wcpo.com/news/crime/lawrenceburg-shooting",
        "LAWRENCEBURG, Ind. - One person was hurt in a shooting on Saturday, Lawrenceburg "
        "police said.",
        ("Lawrenceburg",),
        "Indiana",
    ),
    (
        "c10",
        "Middletown man shot",
        "https://www.cincinnati.com/story/news/crime/2024/05/05/middletown-man-shot/2/",
        "A Middletown man was shot on Central Avenue on Sunday, Middletown police said. "
        "Officers detained a suspect at the scene.",
        ("Middletown",),
        "Ohio",
    ),
    (
        "c11",
        "Shooting in Covington across the river",
        "https://www.fox19.com/2024/05/06/covington-across-the-river/",
        "A teenager was wounded across the Ohio River in Covington on Monday night, police said.",
        ("Covington",),
        "Kentucky",
    ),
    (
        "s1",
        "East St. Louis shooting",
        "https://www.ksdk.com/article/news/crime/east-st-louis-shooting/1",
        "EAST ST. LOUIS, Ill. (KSDK) - A man was killed in a shooting on State Street on "
        "Sunday, East St. Louis police said.",
        ("East St. Louis", "East Saint Louis"),
        "Illinois",
    ),
    (
        "s2",
        "Belleville police investigate shooting",
        "https://www.stltoday.com/news/local/crime/belleville-shooting/article_1.html",
        "Belleville police said a man was shot near Main Street on Saturday night. He was "
        "taken to a hospital in St. Louis.",
        ("Belleville",),
        "Illinois",
    ),
    (
        "s3",
        "Man shot across the river",
        "https://fox2now.com/news/man-shot-across-the-river/",
        "A man was shot across the river in East St. Louis on Friday, police said. He died at "
        "a hospital.",
        ("East St. Louis", "East Saint Louis"),
        "Illinois",
    ),
    (
        "s4",
        "Woman shot in Belleville",
        "https://www.bnd.com/news/local/crime/article4.html",
        "A woman was shot in Belleville on Sunday, police said. Officers found her in a home "
        "on West Main Street.",
        ("Belleville",),
        "Illinois",
    ),
    (
        "s5",
        "Granite City shooting",
        "https://www.ksdk.com/article/news/crime/granite-city-shooting/2",
        "GRANITE CITY, Ill. - A teenager was wounded in a shooting on Saturday, Granite City "
        "police said.",
        ("Granite City",),
        "Illinois",
    ),
    (
        "s6",
        "Ferguson shooting",
        "https://www.kmov.com/2024/05/05/ferguson-shooting/",
        "FERGUSON, Mo. - A man was shot and killed on West Florissant Avenue on Sunday, St. "
        "Louis County police said.",
        ("Ferguson",),
        "Missouri",
    ),
    (
        "s7",
        "Florissant police investigate shooting",
        "https://www.stltoday.com/news/local/crime/florissant-shooting/article_2.html",
        "Florissant police are investigating a shooting that wounded a man at an apartment "
        "complex on Saturday.",
        ("Florissant",),
        "Missouri",
    ),
    (
        "s8",
        "O'Fallon, Illinois, shooting",
        "https://www.ksdk.com/article/news/crime/ofallon-illinois-shooting/3",
        "O'Fallon, Illinois, police said a man was shot outside a restaurant on Sunday night. "
        "He is in stable condition.",
        ("O'Fallon", "O Fallon"),
        "Illinois",
    ),
    (
        "s9",
        "Alton shooting",
        "https://fox2now.com/news/alton-shooting/",
        "A man was shot in Alton on Friday night, Alton police said. He was taken to a "
        "hospital in St. Louis.",
        ("Alton",),
        "Illinois",
    ),
    (
        "s10",
        "Man shot in Metro East",
        "https://www.kmov.com/2024/05/06/metro-east-shooting/",
        "A man was shot in the Metro East on Tuesday. Police in Cahokia Heights said they "
        "found him in the 1500 block of Jerome Lane.",
        ("Cahokia Heights", "Cahokia"),
        "Illinois",
    ),
    (
        "p1",
        "Camden shooting",
        "https://6abc.com/camden-shooting/1/",
        "CAMDEN, N.J. (WPVI) - A man was shot and killed in the city's Parkside section on "
        "Sunday, the Camden County Prosecutor's Office said.",
        ("Camden",),
        "New Jersey",
    ),
    (
        "p2",
        "Man killed across the river",
        "https://www.inquirer.com/news/camden-man-killed-20240505.html",
        "A man was killed across the river in Camden on Saturday night, authorities said. "
        "Camden County police found him on Federal Street.",
        ("Camden",),
        "New Jersey",
    ),
    (
        "p3",
        "Pennsauken shooting",
        "https://www.nbcphiladelphia.com/news/local/pennsauken-shooting/1/",
        "A teenager was shot in Pennsauken on Friday, police said. He was taken to Cooper "
        "University Hospital.",
        ("Pennsauken",),
        "New Jersey",
    ),
    (
        "p4",
        "Chester shooting",
        "https://www.fox29.com/news/chester-shooting",
        "CHESTER, Pa. - A man was shot on Ninth Street on Saturday, Chester police said.",
        ("Chester",),
        "Pennsylvania",
    ),
    (
        "p5",
        "Upper Darby shooting",
        "https://www.inquirer.com/news/upper-darby-shooting-20240505.html",
        "A woman was wounded in a shooting in Upper Darby on Sunday, police said. Officers "
        "found her near 69th Street.",
        ("Upper Darby",),
        "Pennsylvania",
    ),
    (
        "p6",
        "Wilmington shooting",
        "https://6abc.com/wilmington-shooting/2/",
        "WILMINGTON, Del. (WPVI) - Two men were shot on the city's east side on Friday night, "
        "Wilmington police said.",
        ("Wilmington",),
        "Delaware",
    ),
    (
        "p7",
        "Willingboro shooting",
        "https://www.phillyvoice.com/willingboro-shooting/",
        "A man was shot in Willingboro on Saturday, Willingboro police said. He is expected to "
        "survive.",
        ("Willingboro",),
        "New Jersey",
    ),
    (
        "p8",
        "Camden County police investigate",
        "https://www.courierpostonline.com/story/news/crime/2024/05/05/camden-shooting/3/",
        "Camden County police said a man was shot in the city's Whitman Park neighborhood on "
        "Sunday. No arrest has been made.",
        ("Camden",),
        "New Jersey",
    ),
    (
        "n1",
        "Jersey City shooting",
        "https://pix11.com/news/local-news/new-jersey/jersey-city-shooting/",
        "JERSEY CITY, N.J. (PIX11) - A man was shot on Martin Luther King Drive on Sunday, "
        "Jersey City police said.",
        ("Jersey City",),
        "New Jersey",
    ),
    (
        "n2",
        "Man shot across the Hudson",
        "https://www.nydailynews.com/2024/05/05/man-shot-across-the-hudson/",
        "A man was shot across the Hudson in Jersey City on Saturday night, officials said. He "
        "was taken to Jersey City Medical Center.",
        ("Jersey City",),
        "New Jersey",
    ),
    (
        "n3",
        "Newark police investigate shooting",
        "https://abc7ny.com/newark-shooting/3/",
        "Newark police said two men were shot in the city's South Ward on Friday. Both are in "
        "stable condition.",
        ("Newark",),
        "New Jersey",
    ),
    (
        "n4",
        "Man shot in the Bronx",
        "https://www.nj.com/news/2024/05/man-shot-in-the-bronx.html",
        "A man was shot in the Bronx on Sunday, the NYPD said. Officers found him on Grand "
        "Concourse.",
        ("Bronx", "The Bronx", "New York"),
        "New York",
    ),
    (
        "n5",
        "Yonkers shooting",
        "https://www.nbcnewyork.com/news/local/yonkers-shooting/1/",
        "YONKERS, N.Y. - A teenager was shot on Saturday, Yonkers police said.",
        ("Yonkers",),
        "New York",
    ),
    (
        "n6",
        "Paterson police investigate",
        "https://www.nj.com/passaic/2024/05/paterson-shooting.html",
        "Paterson police are investigating a shooting that wounded a man on Sunday.",
        ("Paterson",),
        "New Jersey",
    ),
    (
        "n7",
        "Elizabeth shooting",
        "https://www.silive.com/news/2024/05/elizabeth-shooting.html",
        "A man was shot in Elizabeth on Sunday, the Union County Prosecutor's Office said.",
        ("Elizabeth",),
        "New Jersey",
    ),
    (
        "n8",
        "Irvington shooting",
        "https://www.fox5ny.com/news/irvington-shooting",
        "A woman was shot in Irvington on Saturday, the Essex County Prosecutor's Office said. "
        "Irvington police are searching for a suspect.",
        ("Irvington",),
        "New Jersey",
    ),
    (
        "g1",
        "Gary shooting",
        "https://wgntv.com/news/gary-shooting/",
        "GARY, Ind. (WGN) - A man was killed in a shooting on Broadway on Sunday, Gary police "
        "said.",
        ("Gary",),
        "Indiana",
    ),
    (
        "g2",
        "Hammond police investigate",
        "https://www.chicagotribune.com/2024/05/05/hammond-shooting/",
        "Hammond police said a man was shot near Calumet Avenue on Saturday. He was taken to a "
        "hospital in Chicago.",
        ("Hammond",),
        "Indiana",
    ),
    (
        "g3",
        "East Chicago shooting",
        "https://www.nwitimes.com/news/local/crime-and-courts/east-chicago-shooting/article_1.html",
        "A man was shot in East Chicago on Friday, East Chicago police said.",
        ("East Chicago",),
        "Indiana",
    ),
    (
        "g4",
        "Merrillville shooting",
        "https://abc7chicago.com/merrillville-shooting/4/",
        "A man was shot in Merrillville, Indiana, on Sunday, police said. He is in critical "
        "condition.",
        ("Merrillville",),
        "Indiana",
    ),
    (
        "g5",
        "Calumet City shooting",
        "https://chicago.suntimes.com/crime/2024/5/5/calumet-city-shooting",
        "A woman was wounded in a shooting in Calumet City on Saturday, police said.",
        ("Calumet City",),
        "Illinois",
    ),
    (
        "g6",
        "Michigan City shooting",
        "https://www.nbcchicago.com/news/local/michigan-city-shooting/1/",
        "A teenager was shot in Michigan City on Friday, Michigan City police said.",
        ("Michigan City",),
        "Indiana",
    ),
    (
        "g7",
        "Evanston shooting",
        "https://www.fox32chicago.com/news/evanston-shooting",
        "A man was shot in Evanston on Sunday, Evanston police said.",
        ("Evanston",),
        "Illinois",
    ),
    (
        "o1",
        "Council Bluffs shooting",
        "https://www.ketv.com/article/council-bluffs-shooting/1",
        "COUNCIL BLUFFS, Iowa (KETV) - A man was shot on Broadway on Saturday night, Council "
        "Bluffs police said.",
        ("Council Bluffs",),
        "Iowa",
    ),
    (
        "o2",
        "Man shot across the river",
        "https://omaha.com/news/local/crime/man-shot-across-the-river/article_1.html",
        "A man was shot across the river in Council Bluffs on Sunday, police said.",
        ("Council Bluffs",),
        "Iowa",
    ),
    (
        "o3",
        "Bellevue police investigate",
        "https://www.wowt.com/2024/05/05/bellevue-shooting/",
        "Bellevue police said a man was wounded in a shooting near Fort Crook Road on Saturday.",
        ("Bellevue",),
        "Nebraska",
    ),
    (
        "o4",
        "Papillion shooting",
        "https://www.3newsnow.com/news/local-news/papillion-shooting",
        "A teenager was shot in Papillion on Friday, Papillion police said.",
        ("Papillion",),
        "Nebraska",
    ),
    (
        "o5",
        "Man shot on Broadway",
        "https://nonpareilonline.com/news/local/crime/man-shot-on-broadway/article_1.html",
        "A man was shot on Broadway on Saturday, Council Bluffs police said. He was taken to "
        "an Omaha hospital.",
        ("Council Bluffs",),
        "Iowa",
    ),
    (
        "o6",
        "La Vista shooting",
        "https://www.ketv.com/article/la-vista-shooting/2",
        "A man was shot in La Vista on Sunday, La Vista police said.",
        ("La Vista",),
        "Nebraska",
    ),
    (
        "v1",
        "Vancouver shooting",
        "https://www.koin.com/news/crime/vancouver-shooting/",
        "VANCOUVER, Wash. (KOIN) - A man was shot in the Hazel Dell area on Sunday, Vancouver "
        "police said.",
        ("Vancouver",),
        "Washington",
    ),
    (
        "v2",
        "Vancouver police investigate",
        "https://www.kgw.com/article/news/crime/vancouver-shooting/1",
        "Vancouver police said a man was shot in an apartment parking lot on Saturday night.",
        ("Vancouver",),
        "Washington",
    ),
    (
        "v3",
        "Gresham shooting",
        "https://katu.com/news/local/gresham-shooting",
        "A man was shot in Gresham on Friday, Gresham police said.",
        ("Gresham",),
        "Oregon",
    ),
    (
        "v4",
        "Man shot in east Vancouver",
        "https://www.columbian.com/news/2024/may/05/man-shot-in-east-vancouver/",
        "A man was shot in east Vancouver on Sunday, police said.",
        ("Vancouver",),
        "Washington",
    ),
    (
        "v5",
        "Beaverton shooting",
        "https://www.kptv.com/2024/05/05/beaverton-shooting/",
        "A teenager was shot in Beaverton on Saturday, Beaverton police said.",
        ("Beaverton",),
        "Oregon",
    ),
    (
        "v6",
        "Camas shooting",
        "https://www.koin.com/news/crime/camas-shooting/",
        "A man was shot in Camas on Friday, Camas police said.",
        ("Camas",),
        "Washington",
    ),
    (
        "v7",
        "Longview shooting",
        "https://www.kgw.com/article/news/crime/longview-shooting/2",
        "A woman was shot in Longview on Sunday, Longview police said. Cowlitz County deputies "
        "assisted.",
        ("Longview",),
        "Washington",
    ),
    (
        "d1",
        "Man shot in Southeast",
        "https://www.wusa9.com/article/news/crime/man-shot-southeast/1",
        "A man was shot in Southeast on Sunday, D.C. police said. He was taken to a hospital.",
        ("Washington",),
        "Washington, D.C.",
    ),
    (
        "d2",
        "Shooting in the District",
        "https://wjla.com/news/local/shooting-in-the-district",
        "A man was shot in the District on Saturday night, the Metropolitan Police Department "
        "said.",
        ("Washington",),
        "Washington, D.C.",
    ),
    (
        "d3",
        "Hyattsville shooting",
        "https://www.fox5dc.com/news/hyattsville-shooting",
        "Prince George's County police said a man was shot in Hyattsville on Sunday.",
        ("Hyattsville",),
        "Maryland",
    ),
    (
        "d4",
        "Arlington shooting",
        "https://www.nbcwashington.com/news/local/arlington-shooting/1/",
        "ARLINGTON, Va. - A man was shot on Columbia Pike on Saturday, Arlington County police "
        "said.",
        ("Arlington",),
        "Virginia",
    ),
    (
        "d5",
        "Alexandria police investigate",
        "https://wtop.com/alexandria/2024/05/alexandria-shooting/",
        "Alexandria police said a man was shot on Sunday near the Braddock Road Metro station.",
        ("Alexandria",),
        "Virginia",
    ),
    (
        "d6",
        "Capitol Heights shooting",
        "https://www.washingtonpost.com/dc-md-va/2024/05/05/capitol-heights-shooting/",
        "A man was shot and killed in Capitol Heights on Saturday, Prince George's County "
        "police said.",
        ("Capitol Heights",),
        "Maryland",
    ),
    (
        "d7",
        "Silver Spring shooting",
        "https://www.wusa9.com/article/news/crime/silver-spring-shooting/2",
        "A man was shot in Silver Spring on Friday, Montgomery County police said.",
        ("Silver Spring",),
        "Maryland",
    ),
    (
        "d8",
        "Suitland shooting",
        "https://wjla.com/news/local/suitland-shooting",
        "A teenager was shot in Suitland on Sunday, Prince George's County police said.",
        ("Suitland",),
        "Maryland",
    ),
    (
        "t1",
        "Texarkana shooting",
        "https://www.ktalnews.com/news/texarkana-shooting/",
        "TEXARKANA, Ark. (KTAL) - A man was shot on East Street on Sunday, Texarkana, "
        "Arkansas, police said.",
        ("Texarkana",),
        "Arkansas",
    ),
    (
        "t2",
        "Texarkana, Texas, police investigate",
        "https://www.texarkanagazette.com/news/2024/may/05/texarkana-shooting/",
        "Texarkana, Texas, police said a man was shot near New Boston Road on Saturday.",
        ("Texarkana",),
        "Texas",
    ),
    (
        "t3",
        "Shooting on the Arkansas side",
        "https://www.ktalnews.com/news/arkansas-side-shooting/",
        "A man was shot on the Arkansas side of Texarkana on Friday night, police said.",
        ("Texarkana",),
        "Arkansas",
    ),
    (
        "t4",
        "Texarkana shooting",
        "https://www.texarkanagazette.com/news/2024/may/06/shooting/",
        "The Texarkana Arkansas Police Department is investigating a shooting that wounded a "
        "woman on Sunday.",
        ("Texarkana",),
        "Arkansas",
    ),
    (
        "b1",
        "Bristol shooting",
        "https://www.wjhl.com/news/local/bristol-shooting/",
        "BRISTOL, Va. (WJHL) - A man was shot on Saturday, Bristol Virginia police said.",
        ("Bristol",),
        "Virginia",
    ),
    (
        "b2",
        "Bristol, Tennessee, police investigate",
        "https://www.wjhl.com/news/local/bristol-tennessee-shooting/",
        "Bristol, Tennessee, police said a man was shot near Volunteer Parkway on Sunday.",
        ("Bristol",),
        "Tennessee",
    ),
    (
        "b3",
        "Man shot in Bristol",
        "https://heraldcourier.com/news/local/crime/man-shot/article_1.html",
        "The Bristol Virginia Police Department said a man was shot on Sunday.",
        ("Bristol",),
        "Virginia",
    ),
    (
        "a1",
        "North Augusta shooting",
        "https://www.wrdw.com/2024/05/05/north-augusta-shooting/",
        "NORTH AUGUSTA, S.C. (WRDW) - A man was shot on Saturday, North Augusta police said.",
        ("North Augusta",),
        "South Carolina",
    ),
    (
        "a2",
        "Aiken County deputies investigate",
        "https://www.augustachronicle.com/story/news/crime/2024/05/05/aiken-county-shooting/1/",
        "Aiken County deputies said a man was shot in North Augusta on Sunday.",
        ("North Augusta",),
        "South Carolina",
    ),
    (
        "a3",
        "Augusta shooting",
        "https://www.wjbf.com/news/augusta-shooting/",
        "Richmond County deputies said a man was shot in Augusta on Saturday.",
        ("Augusta",),
        "Georgia",
    ),
    (
        "a4",
        "Grovetown shooting",
        "https://www.wfxg.com/2024/05/05/grovetown-shooting/",
        "A man was shot in Grovetown on Friday, Columbia County deputies said.",
        ("Grovetown",),
        "Georgia",
    ),
    (
        "h1",
        "Phenix City shooting",
        "https://www.wtvm.com/2024/05/05/phenix-city-shooting/",
        "PHENIX CITY, Ala. (WTVM) - A man was shot on Sunday, Phenix City police said.",
        ("Phenix City",),
        "Alabama",
    ),
    (
        "h2",
        "Man shot across the river",
        "https://www.ledger-enquirer.com/news/local/crime/article5.html",
        "A man was shot across the river in Phenix City on Saturday, police said.",
        ("Phenix City",),
        "Alabama",
    ),
    (
        "h3",
        "Columbus police investigate",
        "https://www.wrbl.com/news/local-news/columbus-shooting/",
        "Columbus police said a man was shot on Victory Drive on Sunday.",
        ("Columbus",),
        "Georgia",
    ),
    (
        "h4",
        "Smiths Station shooting",
        "https://www.wtvm.com/2024/05/06/smiths-station-shooting/",
        "A man was shot in Smiths Station on Friday, the Lee County Sheriff's Office said.",
        ("Smiths Station",),
        "Alabama",
    ),
    (
        "e1",
        "Las Cruces shooting",
        "https://www.ktsm.com/news/las-cruces-shooting/",
        "LAS CRUCES, N.M. (KTSM) - A man was shot on Sunday, Las Cruces police said.",
        ("Las Cruces",),
        "New Mexico",
    ),
    (
        "e2",
        "Sunland Park shooting",
        "https://kvia.com/news/2024/05/05/sunland-park-shooting/",
        "Sunland Park police said a man was shot on Saturday.",
        ("Sunland Park",),
        "New Mexico",
    ),
    (
        "e3",
        "Las Cruces police investigate",
        "https://www.elpasotimes.com/story/news/crime/2024/05/05/las-cruces-shooting/1/",
        "Las Cruces police said a man was shot near Solano Drive on Sunday.",
        ("Las Cruces",),
        "New Mexico",
    ),
    (
        "e4",
        "Socorro shooting",
        "https://kfox14.com/news/local/socorro-shooting",
        "A man was shot in Socorro on Sunday, Socorro police said. El Paso County deputies "
        "assisted.",
        ("Socorro",),
        "Texas",
    ),
    (
        "e5",
        "Horizon City shooting",
        "https://kvia.com/news/2024/05/06/horizon-city-shooting/",
        "A man was shot in Horizon City on Friday, police said.",
        ("Horizon City",),
        "Texas",
    ),
    (
        "r1",
        "Rock Hill shooting",
        "https://www.wbtv.com/2024/05/05/rock-hill-shooting/",
        "ROCK HILL, S.C. (WBTV) - A man was shot on Saturday, Rock Hill police said.",
        ("Rock Hill",),
        "South Carolina",
    ),
    (
        "r2",
        "Rock Hill police investigate",
        "https://www.charlotteobserver.com/news/local/crime/article6.html",
        "Rock Hill police said a man was shot near Cherry Road on Sunday.",
        ("Rock Hill",),
        "South Carolina",
    ),
    (
        "r3",
        "Fort Mill shooting",
        "https://www.wsoctv.com/news/local/fort-mill-shooting/",
        "A man was shot in Fort Mill on Friday, police said.",
        ("Fort Mill",),
        "South Carolina",
    ),
    (
        "r4",
        "Concord police investigate",
        "https://www.wcnc.com/article/news/crime/concord-shooting/1",
        "Concord police said a man was shot on Saturday.",
        ("Concord",),
        "North Carolina",
    ),
    (
        "r5",
        "Gastonia shooting",
        "https://www.wbtv.com/2024/05/06/gastonia-shooting/",
        "A man was shot in Gastonia on Sunday, Gastonia police said.",
        ("Gastonia",),
        "North Carolina",
    ),
    (
        "r6",
        "Clover shooting",
        "https://www.heraldonline.com/news/local/crime/article7.html",
        "A man was shot in Clover on Saturday, York County deputies said.",
        ("Clover",),
        "South Carolina",
    ),
    (
        "x1",
        "Columbia police investigate",
        "https://www.columbiamissourian.com/news/local/columbia-shooting/article_1.html",
        "Columbia police said a man was shot on Saturday night. He is expected to survive.",
        ("Columbia",),
        "Missouri",
    ),
    (
        "x2",
        "Columbia police investigate",
        "https://www.thestate.com/news/local/crime/article8.html",
        "Columbia police said a man was shot on Saturday night. He is expected to survive.",
        ("Columbia",),
        "South Carolina",
    ),
    (
        "x3",
        "Columbia shooting",
        "https://www.komu.com/news/columbia-shooting/",
        "A man was shot in Columbia on Sunday, police said.",
        ("Columbia",),
        "Missouri",
    ),
    (
        "x4",
        "Columbia shooting",
        "https://www.wistv.com/2024/05/05/columbia-shooting/",
        "A man was shot in Columbia on Sunday, police said.",
        ("Columbia",),
        "South Carolina",
    ),
    (
        "x5",
        "Springfield police investigate",
        "https://www.sj-r.com/story/news/crime/2024/05/05/springfield-shooting/1/",
        "Springfield police said a man was shot on the city's east side on Sunday.",
        ("Springfield",),
        "Illinois",
    ),
    (
        "x6",
        "Springfield police investigate",
        "https://www.masslive.com/police-fire/2024/05/springfield-shooting.html",
        "Springfield police said a man was shot in the Mason Square area on Sunday.",
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "x7",
        "Springfield police investigate",
        "https://www.news-leader.com/story/news/crime/2024/05/05/springfield-shooting/1/",
        "Springfield police said a man was shot on Sunday.",
        ("Springfield",),
        "Missouri",
    ),
    (
        "x8",
        "Springfield police investigate",
        "https://www.springfieldnewssun.com/crime/springfield-shooting/",
        "Springfield police said a man was shot on Sunday.",
        ("Springfield",),
        "Ohio",
    ),
    (
        "x9",
        "Springfield shooting",
        "https://www.ky3.com/2024/05/05/springfield-shooting/",
        "A man was shot in Springfield on Sunday, police said.",
        ("Springfield",),
        "Missouri",
    ),
    (
        "x10",
        "Springfield shooting",
        "https://www.wwlp.com/news/local-news/hampden-county/springfield-shooting/",
        "A man was shot in Springfield on Sunday, police said.",
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "x11",
        "Kansas City police investigate",
        "https://www.example.com/news/x11",
        "Kansas City police said a man was shot near Troost Avenue on Sunday.",
        ("Kansas City",),
        "Missouri",
    ),
    (
        "x12",
        "Vancouver shooting",
        "https://katu.com/news/local/vancouver-shooting",
        "A man was shot in Vancouver on Sunday, police said.",
        ("Vancouver",),
        "Washington",
    ),
    (
        "h01",
        "Man shot in Kansas City, Kansas",
        "https://www.kctv5.com/2024/05/05/man-shot-kck/",
        "KANSAS CITY, Mo. (KCTV) - A man was shot in Kansas City, Kansas, on Sunday afternoon. "
        "Police said he is in critical condition.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "h02",
        "Man shot in Covington",
        "https://www.wlwt.com/article/man-shot-covington/3",
        "CINCINNATI (WLWT) - A man was shot in Covington on Saturday, police said. He was "
        "taken to a hospital in Cincinnati.",
        ("Covington",),
        "Kentucky",
    ),
    (
        "h03",
        "Woman killed in East St. Louis",
        "https://www.ksdk.com/article/news/crime/woman-killed/4",
        "ST. LOUIS (KSDK) - A woman was killed in East St. Louis on Friday, Illinois State "
        "Police said.",
        ("East St. Louis", "East Saint Louis"),
        "Illinois",
    ),
    (
        "h04",
        "Man shot in Camden",
        "https://6abc.com/man-shot-camden/5/",
        "PHILADELPHIA (WPVI) - A man was shot in Camden on Sunday, authorities said. He was "
        "taken to Cooper University Hospital.",
        ("Camden",),
        "New Jersey",
    ),
    (
        "h05",
        "Man shot in Hammond",
        "https://abc7chicago.com/man-shot-hammond/6/",
        "CHICAGO (WLS) - A man was shot in Hammond on Sunday, police said. He was taken to a "
        "hospital in Munster.",
        ("Hammond",),
        "Indiana",
    ),
    (
        "h06",
        "Man shot in Council Bluffs",
        "https://www.wowt.com/2024/05/06/man-shot-council-bluffs/",
        "OMAHA, Neb. (WOWT) - A man was shot in Council Bluffs on Sunday, police said.",
        ("Council Bluffs",),
        "Iowa",
    ),
    (
        "h07",
        "Man shot in Vancouver",
        "https://www.koin.com/news/crime/man-shot-vancouver/",
        "PORTLAND, Ore. (KOIN) - A man was shot in Vancouver on Sunday, police said. He was "
        "taken to PeaceHealth Southwest Medical Center.",
        ("Vancouver",),
        "Washington",
    ),
    (
        "h08",
        "Man shot in Arlington",
        "https://wjla.com/news/local/man-shot-arlington",
        "WASHINGTON (WJLA) - A man was shot in Arlington on Saturday, police said.",
        ("Arlington",),
        "Virginia",
    ),
    (
        "h09",
        "Woman shot in Southaven",
        "https://wreg.com/news/woman-shot-southaven/",
        "MEMPHIS, Tenn. (WREG) - A woman was shot in Southaven on Sunday, police said.",
        ("Southaven",),
        "Mississippi",
    ),
    (
        "h10",
        "Man shot in Rock Hill",
        "https://www.wbtv.com/2024/05/07/man-shot-rock-hill/",
        "CHARLOTTE, N.C. (WBTV) - A man was shot in Rock Hill on Sunday, police said.",
        ("Rock Hill",),
        "South Carolina",
    ),
    (
        "h11",
        "Man shot in Sunland Park",
        "https://www.ktsm.com/news/man-shot-sunland-park/",
        "EL PASO, Texas (KTSM) - A man was shot in Sunland Park on Sunday, police said.",
        ("Sunland Park",),
        "New Mexico",
    ),
    (
        "h12",
        "Man shot in North Augusta",
        "https://www.wrdw.com/2024/05/07/man-shot-north-augusta/",
        "AUGUSTA, Ga. (WRDW) - A man was shot in North Augusta on Sunday, police said.",
        ("North Augusta",),
        "South Carolina",
    ),
    (
        "h13",
        "Man shot in Phenix City",
        "https://www.wtvm.com/2024/05/07/man-shot-phenix-city/",
        "COLUMBUS, Ga. (WTVM) - A man was shot in Phenix City on Sunday, police said.",
        ("Phenix City",),
        "Alabama",
    ),
    (
        "h14",
        "Man shot in Jeffersonville",
        "https://www.wlky.com/article/man-shot-jeffersonville/1",
        "LOUISVILLE, Ky. (WLKY) - A man was shot in Jeffersonville on Sunday, police said.",
        ("Jeffersonville",),
        "Indiana",
    ),
    (
        "h15",
        "Clarksville police investigate",
        "https://www.whas11.com/article/news/crime/clarksville-shooting/1",
        "LOUISVILLE, Ky. (WHAS11) - Clarksville police said a man was shot near Lewis and "
        "Clark Parkway on Sunday.",
        ("Clarksville",),
        "Indiana",
    ),
    (
        "h16",
        "Henderson police investigate",
        "https://www.14news.com/2024/05/05/henderson-shooting/",
        "EVANSVILLE, Ind. (WFIE) - Henderson police said a man was shot on Sunday.",
        ("Henderson",),
        "Kentucky",
    ),
    (
        "h17",
        "Ashland police investigate",
        "https://www.wsaz.com/2024/05/05/ashland-shooting/",
        "HUNTINGTON, W.Va. (WSAZ) - Ashland police said a man was shot on Winchester Avenue on "
        "Sunday.",
        ("Ashland",),
        "Kentucky",
    ),
    (
        "h18",
        "Superior police investigate",
        "https://www.kbjr6.com/2024/05/05/superior-shooting/",
        "DULUTH, Minn. (KBJR) - Superior police said a man was shot on Tower Avenue on Sunday.",
        ("Superior",),
        "Wisconsin",
    ),
    (
        "h19",
        "Moorhead police investigate",
        "https://www.wday.com/news/moorhead-shooting",
        "FARGO, N.D. (WDAY) - Moorhead police said a man was shot on Sunday.",
        ("Moorhead",),
        "Minnesota",
    ),
    (
        "h20",
        "South Sioux City shooting",
        "https://www.ktiv.com/2024/05/05/south-sioux-city-shooting/",
        "SIOUX CITY, Iowa (KTIV) - South Sioux City police said a man was shot on Sunday.",
        ("South Sioux City",),
        "Nebraska",
    ),
    (
        "h21",
        "Rock Island police investigate",
        "https://www.wqad.com/article/news/crime/rock-island-shooting/1",
        "DAVENPORT, Iowa (WQAD) - Rock Island police said a man was shot on Sunday.",
        ("Rock Island",),
        "Illinois",
    ),
    (
        "h22",
        "Bellaire police investigate",
        "https://www.wtrf.com/news/bellaire-shooting/",
        "WHEELING, W.Va. (WTRF) - Bellaire police said a man was shot on Sunday.",
        ("Bellaire",),
        "Ohio",
    ),
    (
        "h23",
        "Weirton police investigate",
        "https://www.wtov9.com/news/local/weirton-shooting",
        "STEUBENVILLE, Ohio (WTOV) - Weirton police said a man was shot on Sunday.",
        ("Weirton",),
        "West Virginia",
    ),
    (
        "h24",
        "Phillipsburg police investigate",
        "https://www.wfmz.com/news/area/phillipsburg-shooting/article_1.html",
        "EASTON, Pa. (WFMZ) - Phillipsburg police said a man was shot on Sunday.",
        ("Phillipsburg",),
        "New Jersey",
    ),
    (
        "h25",
        "Attleboro police investigate",
        "https://www.wpri.com/news/local-news/attleboro-shooting/",
        "PROVIDENCE, R.I. (WPRI) - Attleboro police said a man was shot on Sunday.",
        ("Attleboro",),
        "Massachusetts",
    ),
    (
        "h26",
        "Rossville police investigate",
        "https://www.wrcbtv.com/news/rossville-shooting",
        "CHATTANOOGA, Tenn. (WRCB) - Rossville police said a man was shot on Sunday.",
        ("Rossville",),
        "Georgia",
    ),
    (
        "h27",
        "Ironton police investigate",
        "https://www.wsaz.com/2024/05/06/ironton-shooting/",
        "HUNTINGTON, W.Va. (WSAZ) - Ironton police said a man was shot on Sunday.",
        ("Ironton",),
        "Ohio",
    ),
    (
        "h28",
        "Edwardsville police investigate",
        "https://www.ksdk.com/article/news/crime/edwardsville-shooting/5",
        "ST. LOUIS (KSDK) - Edwardsville police said a man was shot on Sunday.",
        ("Edwardsville",),
        "Illinois",
    ),
    (
        "h29",
        "Edwardsville police investigate",
        "https://www.kmbc.com/article/edwardsville-shooting/4",
        "KANSAS CITY, Mo. (KMBC) - Edwardsville police said a man was shot on Sunday.",
        ("Edwardsville",),
        "Kansas",
    ),
    (
        "h30",
        "Martinsburg police investigate",
        "https://www.your4state.com/news/martinsburg-shooting/",
        "HAGERSTOWN, Md. - Martinsburg police said a man was shot on Sunday.",
        ("Martinsburg",),
        "West Virginia",
    ),
    (
        "b01",
        "Arlington police investigate",
        "https://www.wusa9.com/article/news/crime/arlington-shooting/3",
        "Arlington police said a man was shot near Columbia Pike on Sunday.",
        ("Arlington",),
        "Virginia",
    ),
    (
        "b02",
        "Lawrence police investigate",
        "https://www.kmbc.com/article/lawrence-shooting/5",
        "Lawrence police said a man was shot near Massachusetts Street on Sunday.",
        ("Lawrence",),
        "Kansas",
    ),
    (
        "b03",
        "Columbia police investigate",
        "https://www.ksdk.com/article/news/crime/columbia-shooting/6",
        "Columbia police said a man was shot near the University of Missouri campus on Sunday.",
        ("Columbia",),
        "Missouri",
    ),
    (
        "b04",
        "Dayton police investigate",
        "https://www.wlwt.com/article/dayton-shooting/4",
        "Dayton police said a man was shot on the city's west side on Sunday.",
        ("Dayton",),
        "Ohio",
    ),
    (
        "b05",
        "Florence police investigate",
        "https://www.wlwt.com/article/florence-shooting/5",
        "Florence police said a man was shot near Mall Road on Sunday.",
        ("Florence",),
        "Kentucky",
    ),
    (
        "b06",
        "Independence police investigate",
        "https://www.wcpo.com/news/crime/independence-shooting",
        "Independence police said a man was shot in Kenton County on Sunday.",
        ("Independence",),
        "Kentucky",
    ),
    (
        "b07",
        "Mission police investigate",
        "https://www.kshb.com/news/crime/mission-shooting",
        "Mission police said a man was shot near Johnson Drive on Sunday.",
        ("Mission",),
        "Kansas",
    ),
    (
        "b08",
        "New Albany police investigate",
        "https://www.wlky.com/article/new-albany-shooting/2",
        "New Albany police said a man was shot on Sunday.",
        ("New Albany",),
        "Indiana",
    ),
    (
        "b09",
        "Bellevue police investigate",
        "https://www.wcpo.com/news/crime/bellevue-shooting",
        "Bellevue police said a man was shot near Fairfield Avenue on Sunday.",
        ("Bellevue",),
        "Kentucky",
    ),
    (
        "b10",
        "Collinsville police investigate",
        "https://fox2now.com/news/collinsville-shooting/",
        "Collinsville police said a man was shot on Sunday.",
        ("Collinsville",),
        "Illinois",
    ),
    (
        "b11",
        "Marion shooting",
        "https://wreg.com/news/marion-shooting/",
        "A man was shot in Marion on Sunday, police said. Crittenden County deputies assisted.",
        ("Marion",),
        "Arkansas",
    ),
    (
        "b12",
        "Springfield police investigate",
        "https://www.ksdk.com/article/news/crime/springfield-shooting/7",
        "Springfield police said a man was shot on Sunday. The Greene County prosecutor has "
        "charged a suspect.",
        ("Springfield",),
        "Missouri",
    ),
    (
        "b13",
        "Jackson police investigate",
        "https://wreg.com/news/jackson-shooting/",
        "Jackson police said a man was shot on Sunday. Madison County deputies assisted.",
        ("Jackson",),
        "Tennessee",
    ),
    (
        "b14",
        "Clarkston police investigate",
        "https://lmtribune.com/crime/clarkston-shooting/article_1.html",
        "Clarkston police said a man was shot on Sunday.",
        ("Clarkston",),
        "Washington",
    ),
    (
        "b15",
        "Morrisville police investigate",
        "https://www.trentonian.com/2024/05/05/morrisville-shooting/",
        "Morrisville police said a man was shot near the Calhoun Street Bridge on Sunday.",
        ("Morrisville",),
        "Pennsylvania",
    ),
    (
        "b16",
        "Columbia police investigate",
        "https://www.wbaltv.com/article/columbia-shooting/1",
        "Howard County police said a man was shot in Columbia on Sunday.",
        ("Columbia",),
        "Maryland",
    ),
    (
        "b17",
        "Kansas City man shot",
        "https://www.ketv.com/article/kansas-city-man-shot/3",
        "A Kansas City man was shot in Omaha on Sunday, police said.",
        ("Omaha",),
        "Nebraska",
    ),
    (
        "b18",
        "Man shot on Kansas side",
        "https://www.example.com/news/b18",
        "A man was shot in Kansas City, Kan., on Sunday, police said. He died at the "
        "University of Kansas Health System.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "q01",
        "Man shot in Kansas City, Kansas",
        "https://www.kmbc.com/article/man-shot-18th-street/6",
        "A man was shot Sunday near 18th Street and Central Avenue, police said. Medics rushed "
        "him away; his condition is critical.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "q02",
        "Man killed near Parallel Parkway",
        "https://www.kshb.com/news/crime/man-killed-parallel",
        "Kansas City, Kan., police said a man was killed in a shooting near Parallel Parkway "
        "on Monday.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "q03",
        "Woman shot across the state line",
        "https://www.kansascity.com/news/local/crime/article9.html",
        "A woman was shot across the state line in Kansas City, Kansas, on Saturday night, "
        "police said.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "q04",
        "Council Bluffs man shot in Omaha",
        "https://www.ketv.com/article/council-bluffs-man-shot/4",
        "A Council Bluffs man was shot in Omaha on Sunday, Omaha police said. He is expected "
        "to survive.",
        ("Omaha",),
        "Nebraska",
    ),
    (
        "q05",
        "Omaha man shot in Council Bluffs",
        "https://omaha.com/news/local/crime/omaha-man-shot/article_2.html",
        "An Omaha man was shot in Council Bluffs on Sunday, Council Bluffs police said.",
        ("Council Bluffs",),
        "Iowa",
    ),
    (
        "q06",
        "Vancouver man shot in Portland",
        "https://www.columbian.com/news/2024/may/06/vancouver-man-shot-in-portland/",
        "A Vancouver man was shot in Portland on Saturday, Portland police said. He was taken "
        "to Legacy Emanuel Medical Center.",
        ("Portland",),
        "Oregon",
    ),
    (
        "q07",
        "Camden man shot in Kensington",
        "https://www.courierpostonline.com/story/news/crime/2024/05/06/camden-man-shot/4/",
        "A Camden man was shot in Philadelphia's Kensington section on Sunday, Philadelphia "
        "police said.",
        ("Philadelphia",),
        "Pennsylvania",
    ),
    (
        "q08",
        "Gary man killed in Chicago",
        "https://www.nwitimes.com/news/local/crime-and-courts/gary-man-killed/article_2.html",
        "A Gary man was killed in Chicago's West Pullman neighborhood on Sunday, Chicago "
        "police said.",
        ("Chicago",),
        "Illinois",
    ),
    (
        "q09",
        "Jersey City man shot in Manhattan",
        "https://www.nj.com/hudson/2024/05/jersey-city-man-shot.html",
        "A Jersey City man was shot in Manhattan on Sunday, the NYPD said.",
        ("New York", "Manhattan", "New York City"),
        "New York",
    ),
    (
        "q10",
        "Belleville man shot in St. Louis",
        "https://www.bnd.com/news/local/crime/article10.html",
        "A Belleville man was shot in north St. Louis on Sunday, St. Louis police said.",
        ("St. Louis", "Saint Louis"),
        "Missouri",
    ),
    (
        "q11",
        "Memphis man shot in Southaven",
        "https://wreg.com/news/memphis-man-shot-southaven/",
        "Police in Southaven said a Memphis man was shot at a gas station on Sunday.",
        ("Southaven",),
        "Mississippi",
    ),
    (
        "q12",
        "Overland Park man shot",
        "https://www.kansascity.com/news/local/crime/article11.html",
        "An Overland Park man was shot in Kansas City on Sunday, Kansas City police said.",
        ("Kansas City",),
        "Missouri",
    ),
    (
        "q13",
        "Columbia police investigate",
        "https://www.example.com/news/q13",
        "Columbia police said a man was shot on Sunday. The Richland County coroner identified "
        "him on Monday.",
        ("Columbia",),
        "South Carolina",
    ),
    (
        "q14",
        "Columbia police investigate",
        "https://www.example.com/news/q14",
        "Columbia police said a man was shot on Sunday. The Boone County medical examiner will "
        "perform an autopsy.",
        ("Columbia",),
        "Missouri",
    ),
    (
        "q15",
        "Springfield police investigate",
        "https://www.example.com/news/q15",
        "Springfield police said a man was shot on Sunday. The Hampden County district "
        "attorney's office is investigating.",
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "q16",
        "Springfield police investigate",
        "https://www.example.com/news/q16",
        "Springfield police said a man was shot on Sunday. The Sangamon County coroner "
        "identified him.",
        ("Springfield",),
        "Illinois",
    ),
    (
        "q17",
        "Texarkana police investigate",
        "https://www.ksla.com/2024/05/05/texarkana-shooting/",
        "Texarkana police said a man was shot on Sunday. Bowie County deputies assisted.",
        ("Texarkana",),
        "Texas",
    ),
    (
        "q18",
        "Texarkana police investigate",
        "https://www.ksla.com/2024/05/06/texarkana-shooting/",
        "Texarkana police said a man was shot on Sunday. Miller County deputies assisted.",
        ("Texarkana",),
        "Arkansas",
    ),
    (
        "q19",
        "Bristol police investigate",
        "https://www.wjhl.com/news/local/bristol-police-investigate/",
        "Bristol police said a man was shot on Sunday. The Sullivan County district attorney "
        "will review the case.",
        ("Bristol",),
        "Tennessee",
    ),
    (
        "q20",
        "Augusta shooting",
        "https://www.example.com/news/q20",
        "A man was shot in Augusta on Sunday, Richmond County deputies said.",
        ("Augusta",),
        "Georgia",
    ),
    (
        "q21",
        "Columbus shooting",
        "https://www.example.com/news/q21",
        "A man was shot in Columbus on Sunday, the Muscogee County coroner said.",
        ("Columbus",),
        "Georgia",
    ),
    (
        "q22",
        "Kansas City shooting",
        "https://www.example.com/news/q22",
        "A man was shot in Kansas City on Sunday, the Wyandotte County district attorney said.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "q23",
        "Man shot in Northeast",
        "https://www.wusa9.com/article/news/crime/man-shot-northeast/4",
        "A man was shot in Northeast D.C. on Sunday, police said.",
        ("Washington",),
        "Washington, D.C.",
    ),
    (
        "q24",
        "Man shot in Landover",
        "https://wjla.com/news/local/man-shot-landover",
        "A man was shot in Landover on Sunday, Prince George's County police said.",
        ("Landover",),
        "Maryland",
    ),
    (
        "q25",
        "Man shot in Alexandria",
        "https://www.fox5dc.com/news/man-shot-alexandria",
        "WASHINGTON (FOX 5) - A man was shot in Alexandria on Sunday, police said.",
        ("Alexandria",),
        "Virginia",
    ),
    (
        "q26",
        "Man shot in West Memphis",
        "https://www.commercialappeal.com/story/news/crime/2024/05/06/west-memphis-shooting/5/",
        "MEMPHIS - A man was shot in West Memphis on Sunday, police said.",
        ("West Memphis",),
        "Arkansas",
    ),
    (
        "q27",
        "Man shot in Newport",
        "https://www.cincinnati.com/story/news/crime/2024/05/06/newport-shooting/6/",
        "A man was shot in Newport on Sunday, police said. He was taken to UC Medical Center.",
        ("Newport",),
        "Kentucky",
    ),
    (
        "q28",
        "Man shot in Bettendorf",
        "https://www.wqad.com/article/news/crime/bettendorf-shooting/2",
        "MOLINE, Ill. (WQAD) - Bettendorf police said a man was shot on Sunday.",
        ("Bettendorf",),
        "Iowa",
    ),
    (
        "q29",
        "Man shot in Jeffersonville",
        "https://www.courier-journal.com/story/news/crime/2024/05/06/jeffersonville-shooting/7/",
        "Jeffersonville police said a man was shot on Sunday.",
        ("Jeffersonville",),
        "Indiana",
    ),
    (
        "q30",
        "Woman shot in Hazel Park",
        "https://www.kgw.com/article/news/crime/woman-shot/3",
        "PORTLAND, Ore. (KGW) - A woman was shot in Vancouver's Hazel Dell neighborhood on "
        "Sunday, the Clark County Sheriff's Office said.",
        ("Vancouver", "Hazel Dell"),
        "Washington",
    ),
]

MISSED = {
    "k7": "'KCK' is in no gazetteer the system has (Kansas City, Kansas, by its initials)",
    "s10": "Cahokia Heights (2021) is in no gazetteer the system has",
    "p8": "the Camden County police work the city of Camden alone; the system reads the "
    "county and its biggest town",
}


events, test_probe_is_placed = probe_table(PROBES, MISSED)


def test_market_town_across_the_line() -> None:
    g = get_gazetteer()
    ev = _Evidence()
    ev.host_row = _town(g, "Kansas City", "Missouri")
    assert _across_the_line_in_market(g, _town(g, "Leawood", "Kansas"), ev)
    assert not _across_the_line_in_market(g, _town(g, "Leawood", "Missouri"), ev)  # far
    assert not _across_the_line_in_market(g, _town(g, "Independence", "Missouri"), ev)
    # the outlet's own city's twin is named by its state, not weighed as the outlet's
    assert not _across_the_line_in_market(g, _town(g, "Kansas City", "Kansas"), ev)


def test_market_town_on_a_home_dateline() -> None:
    text = (
        "CINCINNATI (WLWT) - A teenager was hurt in a shooting in Covington on Friday, police "
        "said. Officers found him near a bus stop."
    )
    ev = event(text, url="https://www.wlwt.com/article/teen-hurt/9")
    assert (ev.location, ev.admin1) == ("Covington", "Kentucky")


def test_station_dateline_gives_way_across_the_line() -> None:
    text = "STEUBENVILLE, Ohio (WTOV) - A woman was shot in the arm on Sunday, Weirton police said."
    ev = event(text, url="https://www.wtov9.com/news/local/woman-shot")
    assert (ev.location, ev.admin1) == ("Weirton", "West Virginia")


def test_outlet_city_said_bare() -> None:
    text = (
        "A Lenexa woman was wounded by gunfire in Kansas City on Friday night, and Kansas "
        "City police are looking for a gray sedan."
    )
    ev = event(text, url="https://www.kansascity.com/news/local/crime/article12.html")
    assert (ev.location, ev.admin1) == ("Kansas City", "Missouri")


def test_state_in_force_name() -> None:
    text = (
        "A man was hurt in a shooting on Friday, a Kansas City Kansas Police Department "
        "spokesman said. Missouri officials were not involved."
    )
    ev = event(text, url="https://www.kansascity.com/news/local/crime/article13.html")
    assert (ev.location, ev.admin1) == ("Kansas City", "Kansas")
    # the same words in the Bristol, Virginia, paper: Tennessee's Bristol, its own city's twin
    text = "The Bristol Tennessee Police Department said a man was hurt in a shooting on Friday."
    ev = event(text, url="https://heraldcourier.com/news/local/crime/man-hurt/article_2.html")
    assert (ev.location, ev.admin1) == ("Bristol", "Tennessee")


def test_shouted_possessive_name() -> None:
    text = "LEE'S SUMMIT, Mo. - A man was hurt in a shooting outside a bar on Friday, police said."
    ev = event(text, url="https://fox4kc.com/news/man-hurt/")
    assert (ev.location, ev.admin1) == ("Lee's Summit", "Missouri")
    # a possessive in capitals that names no town stays apart
    text = "MAYOR'S OFFICE - A man was hurt in a shooting in Olathe on Friday, police said."
    assert event(text, url="https://fox4kc.com/news/man-hurt/").location == "Olathe"


def _town(g: Gazetteer, name: str, state: str) -> int:
    return max(
        (r for r in g.lookup(name) if g.kind[r] == CITY and g.admin1[r] == state),
        key=lambda r: g.population[r],
    )
