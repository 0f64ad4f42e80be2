"""analyse/where: invented US local-news reports whose scene town is told by position words
("north of Smithfield", "a few miles south of Rocky Mount", "just outside of Zachary"), by a
small place, by the headline or a caption, under a TV station's dateline city, beside a state
police post's town ("State police from the Kirkwood barracks") or a vigil's town (h-city43);
and controls whose other town is a home, a hospital, a court, a jail, a vigil's or the
dateline's own outskirts ("on Interstate 81 just north of Harrisburg").

Sentences written here; the places and outlets are real, the events invented. On main
(1de003b): 80 of the first 102 right, here 93; of ten more written after the rules as a
check of them, 3 on main, 10 here.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.where.event_place import _gathering_town, _police_post_town
from newsfold.analyse.where.local_names import _force_unit_name
from newsfold.analyse.where.mentions import _Mention

from .where_helpers import probe_table

# (id, headline, address, text, the towns, the state)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "n1",
        "Man shot near Ames",
        "https://www.kcci.com/article/man-shot-near-ames/",
        (
            "DES MOINES, Iowa - A man was shot Saturday night at a farmhouse just outside "
            "Nevada, the Story County Sheriff's Office said. Deputies found the 41-year-old in "
            "the driveway. He was flown to a Des Moines hospital."
        ),
        ("Nevada",),
        "Iowa",
    ),
    (
        "n2",
        "Deputies investigate shooting",
        "https://www.wral.com/story/deputies-investigate-shooting/",
        (
            "RALEIGH, N.C. - One man is dead after gunfire Sunday on a rural road north of "
            "Smithfield, Johnston County deputies said. The victim was found in a ditch along "
            "Buffalo Road, deputies said."
        ),
        ("Smithfield",),
        "North Carolina",
    ),
    (
        "n3",
        "Woman killed in shooting",
        "https://www.kwch.com/2024/05/04/woman-killed-shooting/",
        (
            "WICHITA, Kan. - A woman was shot and killed early Saturday at a home near Andale, "
            "the Sedgwick County Sheriff's Office said. Deputies arrested her husband at the "
            "scene."
        ),
        ("Andale",),
        "Kansas",
    ),
    (
        "n4",
        "Shooting between towns",
        "https://www.wowt.com/2024/05/02/shooting-highway/",
        (
            "OMAHA, Neb. - A driver was wounded Thursday when someone fired at his pickup on "
            "Highway 75 between Plattsmouth and Murray, the Cass County Sheriff said. The man "
            "drove himself to a hospital in Omaha."
        ),
        ("Plattsmouth", "Murray"),
        "Nebraska",
    ),
    (
        "n5",
        "Man shot on county line",
        "https://www.wkyt.com/2024/05/01/man-shot/",
        (
            "LEXINGTON, Ky. - Kentucky State Police are investigating after a man was shot "
            "Wednesday at a home in Nicholasville. Troopers from the Richmond post responded. "
            "The man was taken to UK Hospital in Lexington."
        ),
        ("Nicholasville",),
        "Kentucky",
    ),
    (
        "n6",
        "Two wounded in shooting",
        "https://www.kcrg.com/2024/05/03/two-wounded/",
        (
            "CEDAR RAPIDS, Iowa - Two people were hurt Friday night when gunfire broke out in "
            "the Marion area, according to the Linn County Sheriff's Office. Deputies said the "
            "shooting happened at a house on Alburnett Road."
        ),
        ("Marion",),
        "Iowa",
    ),
    (
        "n7",
        "Area man killed",
        "https://www.wsaz.com/2024/05/05/area-man-killed/",
        (
            "HUNTINGTON, W.Va. - A Barboursville man was shot and killed Sunday in Milton, "
            "police said. Officers found him outside a store on Main Street. Officers arrested "
            "a suspect within the hour."
        ),
        ("Milton",),
        "West Virginia",
    ),
    (
        "n8",
        "Teen shot on east side",
        "https://www.kcci.com/article/teen-shot-east-side/",
        (
            "A 17-year-old was shot Tuesday on Des Moines' east side, police said. Officers "
            "found him on East 14th Street. His wounds were not life-threatening."
        ),
        ("Des Moines",),
        "Iowa",
    ),
    (
        "n9",
        "Man shot at interstate exit",
        "https://www.wkyc.com/article/news/man-shot-exit/",
        (
            "CLEVELAND - A man was shot at a gas station at the Medina exit of Interstate 71 "
            "late Friday, the Medina County Sheriff's Office said. Deputies said he was shot "
            "during an argument at the pumps."
        ),
        ("Medina",),
        "Ohio",
    ),
    (
        "n10",
        "Shooting on Highway 12",
        "https://www.fox9.com/news/shooting-highway-12/",
        (
            "MINNEAPOLIS - One person was hurt in a shooting on Highway 12 in Maple Plain on "
            "Sunday afternoon, according to the Hennepin County Sheriff's Office. The shots "
            "came from another car."
        ),
        ("Maple Plain",),
        "Minnesota",
    ),
    (
        "n11",
        "Man shot in unincorporated community",
        "https://www.wjhl.com/news/local/man-shot/",
        (
            "JOHNSON CITY, Tenn. - A man was shot Saturday in the unincorporated community of "
            "Limestone, the Washington County Sheriff's Office said. Deputies responded to a "
            "home on Old State Route 34."
        ),
        ("Limestone",),
        "Tennessee",
    ),
    (
        "n12",
        "Woman shot in township",
        "https://www.wnep.com/article/news/woman-shot-township/",
        (
            "SCRANTON, Pa. - A woman was shot Monday in Dickson City, police said. She was "
            "taken to a hospital in Scranton. Officers arrested a 30-year-old man."
        ),
        ("Dickson City",),
        "Pennsylvania",
    ),
    (
        "n13",
        "Man shot in rural county",
        "https://www.wbtv.com/2024/05/06/man-shot/",
        (
            "CHARLOTTE, N.C. - A man was shot and killed Monday in rural Union County near "
            "Marshville, deputies said. The shooting happened at a house on Sikes Mill Road."
        ),
        ("Marshville",),
        "North Carolina",
    ),
    (
        "n14",
        "State police investigate shooting",
        "https://www.wgal.com/article/state-police-shooting/",
        (
            "LANCASTER, Pa. - State police from the Ephrata barracks are investigating a "
            "shooting in Clay Township on Saturday. Troopers said a man was shot in the arm "
            "outside a home on Hopeland Road."
        ),
        ("Clay Township", "Clay"),
        "Pennsylvania",
    ),
    (
        "n15",
        "Trooper-involved shooting",
        "https://www.wnep.com/article/news/trooper-shooting/",
        (
            "WILKES-BARRE, Pa. - Troopers from the Shickshinny barracks say a man was shot and "
            "killed in Huntington Township early Sunday. The man had fired at a neighbor, "
            "police said."
        ),
        ("Huntington Township", "Huntington"),
        "Pennsylvania",
    ),
    (
        "n16",
        "Man shot in Kansas City, Kansas",
        "https://www.kshb.com/news/crime/man-shot/",
        (
            "KANSAS CITY, Mo. - A man was shot Saturday near 18th Street and Quindaro "
            "Boulevard in Kansas City, Kansas, police said. He was listed in critical "
            "condition."
        ),
        ("Kansas City",),
        "Kansas",
    ),
    (
        "n17",
        "Shooting in Texarkana",
        "https://www.ksla.com/2024/05/04/shooting-texarkana/",
        (
            "TEXARKANA, Ark. - One man was killed in a shooting Friday on the Texas side of "
            "the city, Texarkana, Texas, police said. Officers were called to a house on Olive "
            "Street."
        ),
        ("Texarkana",),
        "Texas",
    ),
    (
        "n18",
        "Bristol shooting",
        "https://www.wcyb.com/news/local/bristol-shooting/",
        (
            "BRISTOL, Tenn. - Bristol, Virginia police are investigating a shooting that "
            "wounded a woman Sunday night on Euclid Avenue. The woman was taken to Bristol "
            "Regional Medical Center in Tennessee."
        ),
        ("Bristol",),
        "Virginia",
    ),
    (
        "n19",
        "Man shot",
        "https://www.wtol.com/article/news/crime/man-shot/",
        (
            "A man was shot Saturday near the Maumee-Toledo line, police said. Maumee officers "
            "found him outside an apartment on Key Street in Maumee."
        ),
        ("Maumee",),
        "Ohio",
    ),
    (
        "n20",
        "Woman shot",
        "https://www.wlwt.com/article/woman-shot-colerain/",
        (
            "CINCINNATI - A woman was shot Thursday in Colerain Township, police said. She was "
            "taken to UC Medical Center. Township police are looking for a gray sedan."
        ),
        ("Colerain Township", "Colerain"),
        "Ohio",
    ),
    (
        "h1",
        "Man shot and killed in Cicero",
        "https://www.nbcchicago.com/news/local/man-shot/",
        (
            "A man was shot and killed early Sunday, police said. Officers found him in an "
            "alley near 14th Street. No arrests have been made."
        ),
        ("Cicero",),
        "Illinois",
    ),
    (
        "h2",
        "Teen wounded in Hamtramck shooting",
        "https://www.clickondetroit.com/news/local/teen-wounded/",
        (
            "DETROIT - A 15-year-old boy was shot Friday night, police said. He was walking on "
            "Joseph Campau Avenue when a car pulled up. He is expected to survive."
        ),
        ("Hamtramck",),
        "Michigan",
    ),
    (
        "h3",
        "Man shot",
        "https://www.wbrc.com/2024/05/01/man-shot/",
        (
            "BIRMINGHAM, Ala. - A man was shot Wednesday afternoon in Bessemer, police "
            "said.\nPhoto: Police tape outside the home in Bessemer. (WBRC)\nThe man was taken "
            "to UAB Hospital in Birmingham."
        ),
        ("Bessemer",),
        "Alabama",
    ),
    (
        "h4",
        "Woman shot",
        "https://www.wtvr.com/news/local-news/woman-shot/",
        (
            "RICHMOND, Va. - A woman was shot Sunday in Petersburg, police said. She is "
            "expected to survive.\nRelated: Man killed in Richmond shooting\nOfficers asked "
            "anyone with information to call Crime Solvers."
        ),
        ("Petersburg",),
        "Virginia",
    ),
    (
        "h5",
        "Man killed",
        "https://www.wxyz.com/news/man-killed/",
        (
            "DETROIT - A man was killed in a shooting Saturday in Inkster, police "
            "said.\nRelated: Detroit police investigate weekend shootings\nRelated: Two hurt "
            "in Dearborn crash\nInkster police have not named the man."
        ),
        ("Inkster",),
        "Michigan",
    ),
    (
        "h6",
        "Shooting in Harvey",
        "https://abc7chicago.com/harvey-shooting/",
        (
            "CHICAGO - Two people were shot Sunday evening, police said.\nVIDEO: Police at the "
            "scene in Harvey\nBoth went to Advocate Christ Medical Center in Oak Lawn by "
            "ambulance."
        ),
        ("Harvey",),
        "Illinois",
    ),
    (
        "t1",
        "Man shot in Hickory",
        "https://www.wsoctv.com/news/local/man-shot-hickory/",
        (
            "CHARLOTTE, N.C. - A man was shot Saturday night in Hickory, police said. Hickory "
            "officers found him outside a bar on 1st Avenue."
        ),
        ("Hickory",),
        "North Carolina",
    ),
    (
        "t2",
        "Shooting leaves one hurt",
        "https://www.wbir.com/article/news/shooting/",
        (
            "KNOXVILLE, Tenn. - One person was hurt in a shooting Saturday in Maryville, "
            "according to Maryville police. The shooting happened outside a restaurant on "
            "Lamar Alexander Parkway."
        ),
        ("Maryville",),
        "Tennessee",
    ),
    (
        "t3",
        "Man shot",
        "https://www.wjxt.com/news/local/man-shot/",
        (
            "JACKSONVILLE, Fla. - A man was shot Tuesday in Orange Park, according to the Clay "
            "County Sheriff's Office. Deputies said the shooting followed a fight."
        ),
        ("Orange Park",),
        "Florida",
    ),
    (
        "t4",
        "Teen shot",
        "https://www.kfor.com/news/local/teen-shot/",
        (
            "OKLAHOMA CITY - A teenager was shot Friday at a park in Midwest City, police "
            "said. He was taken to OU Medical Center in Oklahoma City."
        ),
        ("Midwest City",),
        "Oklahoma",
    ),
    (
        "t5",
        "Man wounded",
        "https://www.ktvb.com/article/news/crime/man-wounded/",
        (
            "BOISE, Idaho - A man was wounded in a shooting Thursday in Nampa, police said. "
            "Officers found him near 12th Avenue Road."
        ),
        ("Nampa",),
        "Idaho",
    ),
    (
        "s1",
        "Man shot",
        "https://www.wbng.com/2024/05/03/man-shot/",
        (
            "BINGHAMTON, N.Y. - A man was shot Friday in the hamlet of Chenango Bridge, the "
            "Broome County Sheriff's Office said. He was taken to Wilson Medical Center in "
            "Johnson City."
        ),
        ("Chenango Bridge",),
        "New York",
    ),
    (
        "s2",
        "Woman killed",
        "https://www.wtoc.com/2024/05/05/woman-killed/",
        (
            "SAVANNAH, Ga. - A woman was shot and killed Sunday in Bloomingdale, the Chatham "
            "County Police Department said. Officers found her inside a home on Pine Barren "
            "Road."
        ),
        ("Bloomingdale",),
        "Georgia",
    ),
    (
        "s3",
        "Man shot",
        "https://www.wnyt.com/news/man-shot/",
        (
            "ALBANY, N.Y. - A man was shot Sunday in Wynantskill, the Rensselaer County "
            "Sheriff's Office said. Deputies found him outside a house on Main Avenue."
        ),
        ("Wynantskill",),
        "New York",
    ),
    (
        "s4",
        "Deputies: man shot",
        "https://www.fox13news.com/news/man-shot/",
        (
            "TAMPA, Fla. - A man was shot and killed Saturday in Thonotosassa, the "
            "Hillsborough County Sheriff's Office said. Deputies found him in a yard off "
            "Fowler Avenue."
        ),
        ("Thonotosassa",),
        "Florida",
    ),
    (
        "s5",
        "Man shot",
        "https://www.wect.com/2024/05/04/man-shot/",
        (
            "WILMINGTON, N.C. - A man was shot Saturday in Winnabow, the Brunswick County "
            "Sheriff's Office said. He was taken to Novant Health New Hanover Regional Medical "
            "Center in Wilmington."
        ),
        ("Winnabow",),
        "North Carolina",
    ),
    (
        "s6",
        "Shooting in Mechanicsville",
        "https://www.wric.com/news/local-news/shooting/",
        (
            "RICHMOND, Va. - A man was shot Sunday in Mechanicsville, the Hanover County "
            "Sheriff's Office said. Deputies were called to a home on Pole Green Road."
        ),
        ("Mechanicsville",),
        "Virginia",
    ),
    (
        "s7",
        "Man shot",
        "https://www.wgme.com/news/local/man-shot/",
        (
            "PORTLAND, Maine - A man was shot Friday night in the village of Cumberland "
            "Center, police said. He was taken to Maine Medical Center in Portland."
        ),
        ("Cumberland Center", "Cumberland"),
        "Maine",
    ),
    (
        "s8",
        "Woman shot",
        "https://www.wxii12.com/article/woman-shot/",
        (
            "WINSTON-SALEM, N.C. - A woman was shot Saturday in Pfafftown, the Forsyth County "
            "Sheriff's Office said. She was taken to a hospital in Winston-Salem."
        ),
        ("Pfafftown",),
        "North Carolina",
    ),
    (
        "s9",
        "Man killed in shooting",
        "https://www.wpxi.com/news/local/man-killed/",
        (
            "PITTSBURGH - A man was shot and killed Sunday in Aliquippa, police said. Beaver "
            "County detectives are investigating."
        ),
        ("Aliquippa",),
        "Pennsylvania",
    ),
    (
        "s10",
        "Man shot",
        "https://www.kcentv.com/article/news/crime/man-shot/",
        (
            "TEMPLE, Texas - A man was shot Friday in Salado, the Bell County Sheriff's Office "
            "said. Deputies said the man was hit in the leg outside a home on Royal Street."
        ),
        ("Salado",),
        "Texas",
    ),
    (
        "c1",
        "Cedar Rapids man shot",
        "https://www.kcrg.com/2024/05/06/cr-man-shot/",
        (
            "IOWA CITY, Iowa - A Cedar Rapids man was shot Saturday in Coralville, police "
            "said. Coralville officers found him near a hotel on 1st Avenue. He was taken to "
            "the University of Iowa Hospitals in Iowa City."
        ),
        ("Coralville",),
        "Iowa",
    ),
    (
        "c2",
        "Gary man killed",
        "https://www.nwitimes.com/news/local/crime/gary-man-killed/",
        (
            "A Gary man was shot and killed Sunday in Hammond, police said. Officers found him "
            "in a car on Calumet Avenue."
        ),
        ("Hammond",),
        "Indiana",
    ),
    (
        "c3",
        "Woman shot",
        "https://www.wral.com/story/woman-shot/",
        (
            "RALEIGH, N.C. - A Durham woman was shot Saturday in Garner, police said. She was "
            "taken to WakeMed in Raleigh. Garner police are investigating."
        ),
        ("Garner",),
        "North Carolina",
    ),
    (
        "c4",
        "Man shot",
        "https://www.wbaltv.com/article/man-shot/",
        (
            "BALTIMORE - A man from Glen Burnie was shot Friday in Dundalk, Baltimore County "
            "police said. He was taken to Shock Trauma."
        ),
        ("Dundalk",),
        "Maryland",
    ),
    (
        "c5",
        "Teen shot",
        "https://www.wsbtv.com/news/local/teen-shot/",
        (
            "ATLANTA - A Marietta teen was shot and wounded Saturday in Smyrna, police said. "
            "He was taken to Kennestone Hospital in Marietta."
        ),
        ("Smyrna",),
        "Georgia",
    ),
    (
        "c6",
        "Man dies",
        "https://www.wtae.com/article/man-dies/",
        (
            "PITTSBURGH - A man shot Saturday in McKeesport died Sunday at a hospital in "
            "Pittsburgh, the Allegheny County medical examiner said. He lived in Duquesne."
        ),
        ("McKeesport",),
        "Pennsylvania",
    ),
    (
        "c7",
        "Vigil held",
        "https://www.wfmynews2.com/article/news/vigil/",
        (
            "GREENSBORO, N.C. - Friends gathered in Greensboro on Monday for a vigil for a man "
            "killed in a shooting Saturday in High Point. High Point police said he was shot "
            "outside a store."
        ),
        ("High Point",),
        "North Carolina",
    ),
    (
        "c8",
        "Man charged",
        "https://www.wane.com/news/man-charged/",
        (
            "FORT WAYNE, Ind. - A man appeared in court in Fort Wayne on Tuesday, charged with "
            "shooting a woman Saturday in New Haven. New Haven police said the woman survived."
        ),
        ("New Haven",),
        "Indiana",
    ),
    (
        "c9",
        "Man jailed",
        "https://www.kctv5.com/2024/05/06/man-jailed/",
        (
            "KANSAS CITY, Mo. - A man is held in the Jackson County jail in Kansas City after "
            "a shooting Saturday in Raytown that wounded his cousin, Raytown police said."
        ),
        ("Raytown",),
        "Missouri",
    ),
    (
        "c10",
        "Man shot",
        "https://www.khou.com/article/news/crime/man-shot/",
        (
            "HOUSTON - A man was shot Sunday in Pasadena, police said. He was flown to "
            "Memorial Hermann in Houston. Pasadena police arrested a suspect."
        ),
        ("Pasadena",),
        "Texas",
    ),
    (
        "d1",
        "Man shot in Springfield",
        "https://www.ky3.com/2024/05/05/man-shot/",
        (
            "SPRINGFIELD, Mo. - A Nixa man was shot Sunday in Springfield, police said. "
            "Officers found him near Glenstone Avenue. He was taken to Cox South."
        ),
        ("Springfield",),
        "Missouri",
    ),
    (
        "d2",
        "Woman shot",
        "https://www.wmtw.com/article/woman-shot/",
        (
            "LEWISTON, Maine - A woman from Auburn was shot Saturday, Lewiston police said. "
            "She was found on Bartlett Street."
        ),
        ("Lewiston",),
        "Maine",
    ),
    (
        "d3",
        "Man killed",
        "https://www.wtol.com/article/news/man-killed/",
        (
            "TOLEDO, Ohio - A Perrysburg man was shot and killed Friday night, Toledo police "
            "said. Officers found him in the 1200 block of Dorr Street."
        ),
        ("Toledo",),
        "Ohio",
    ),
    (
        "d4",
        "Teen shot",
        "https://www.kare11.com/article/news/teen-shot/",
        (
            "ST. PAUL, Minn. - A 16-year-old from Maplewood was shot Saturday on St. Paul's "
            "East Side, police said. He was taken to Regions Hospital."
        ),
        ("St. Paul", "Saint Paul"),
        "Minnesota",
    ),
    (
        "d5",
        "Man shot",
        "https://www.wral.com/story/man-shot-2/",
        (
            "DURHAM, N.C. - A man was shot Sunday on Fayetteville Street, Durham police said. "
            "He was taken to Duke University Hospital. Police said the man lives in Chapel "
            "Hill."
        ),
        ("Durham",),
        "North Carolina",
    ),
    (
        "d6",
        "Shooting near Tulsa",
        "https://www.newson6.com/story/shooting/",
        (
            "TULSA, Okla. - A man was shot near 21st Street and Memorial Drive on Sunday, "
            "Tulsa police said. The suspect fled toward Broken Arrow."
        ),
        ("Tulsa",),
        "Oklahoma",
    ),
    (
        "p1",
        "Man shot outside town",
        "https://www.wsls.com/news/local/man-shot/",
        (
            "ROANOKE, Va. - A man was shot Saturday a few miles south of Rocky Mount, the "
            "Franklin County Sheriff's Office said. He was found on Virgil H. Goode Highway."
        ),
        ("Rocky Mount",),
        "Virginia",
    ),
    (
        "p2",
        "Shooting near Lake",
        "https://www.wlbt.com/2024/05/05/shooting/",
        (
            "JACKSON, Miss. - One man was killed in a shooting Sunday near Raymond, Hinds "
            "County deputies said. The shooting happened at a house on Old Port Gibson Road."
        ),
        ("Raymond",),
        "Mississippi",
    ),
    (
        "p3",
        "Woman shot",
        "https://www.wafb.com/2024/05/04/woman-shot/",
        (
            "BATON ROUGE, La. - A woman was shot Saturday outside of Zachary, the East Baton "
            "Rouge Sheriff's Office said. Deputies found her on Plank Road."
        ),
        ("Zachary",),
        "Louisiana",
    ),
    (
        "p4",
        "Two shot",
        "https://www.kark.com/news/local-news/two-shot/",
        (
            "LITTLE ROCK, Ark. - Two people were shot Friday in the Sherwood area, police "
            "said. The shooting happened at an apartment complex on Kiehl Avenue."
        ),
        ("Sherwood",),
        "Arkansas",
    ),
    (
        "p5",
        "Man shot west of town",
        "https://www.kmbc.com/article/man-shot/",
        (
            "KANSAS CITY, Mo. - A man was shot Saturday on a farm west of Lawson, the Ray "
            "County Sheriff said. He was flown to a Kansas City hospital."
        ),
        ("Lawson",),
        "Missouri",
    ),
    (
        "p6",
        "Man found shot",
        "https://www.wdrb.com/news/man-found-shot/",
        (
            "LOUISVILLE, Ky. - A man was found shot to death Sunday just east of Shelbyville, "
            "Kentucky State Police said. Troopers from the Frankfort post are investigating."
        ),
        ("Shelbyville",),
        "Kentucky",
    ),
    (
        "p7",
        "Shooting in city's north end",
        "https://www.wfsb.com/2024/05/05/shooting/",
        (
            "HARTFORD, Conn. - A man was shot Sunday in New Britain's North End, police said. "
            "He was taken to Hartford Hospital."
        ),
        ("New Britain",),
        "Connecticut",
    ),
    (
        "p8",
        "Man shot",
        "https://www.wkbw.com/news/local-news/man-shot/",
        (
            "BUFFALO, N.Y. - A man was shot Saturday on Niagara Falls Boulevard in the Town of "
            "Tonawanda, police said. He was taken to ECMC in Buffalo."
        ),
        ("Tonawanda",),
        "New York",
    ),
    (
        "p9",
        "Man shot at exit",
        "https://www.wtvm.com/2024/05/05/man-shot/",
        (
            "COLUMBUS, Ga. - A man was shot Sunday at a gas station off the Phenix City exit "
            "of U.S. 280, Phenix City police said."
        ),
        ("Phenix City",),
        "Alabama",
    ),
    (
        "p10",
        "Woman shot",
        "https://www.kait8.com/2024/05/05/woman-shot/",
        (
            "JONESBORO, Ark. - A woman was shot Sunday near the Brookland city limits, the "
            "Craighead County Sheriff's Office said. Deputies found her at a home on Highway "
            "49."
        ),
        ("Brookland",),
        "Arkansas",
    ),
    (
        "p11",
        "Man killed",
        "https://www.wdam.com/2024/05/05/man-killed/",
        (
            "HATTIESBURG, Miss. - A man was killed in a shooting Sunday in the Petal "
            "community, Forrest County deputies said."
        ),
        ("Petal",),
        "Mississippi",
    ),
    (
        "p12",
        "Shooting outside city",
        "https://www.kxan.com/news/crime/shooting/",
        (
            "AUSTIN, Texas - A man was shot Saturday on a ranch outside Dripping Springs, the "
            "Hays County Sheriff's Office said."
        ),
        ("Dripping Springs",),
        "Texas",
    ),
    (
        "p13",
        "Man shot",
        "https://www.wvtm13.com/article/man-shot/",
        (
            "BIRMINGHAM, Ala. - A man was shot Sunday in the Center Point community, the "
            "Jefferson County Sheriff's Office said. Deputies found him on Polly Reed Road."
        ),
        ("Center Point",),
        "Alabama",
    ),
    (
        "p14",
        "Man shot",
        "https://www.wmc.com/2024/05/05/man-shot/",
        (
            "MEMPHIS, Tenn. - A man was shot Sunday in the Millington area, the Shelby County "
            "Sheriff's Office said. He was taken to Regional One in Memphis."
        ),
        ("Millington",),
        "Tennessee",
    ),
    (
        "p15",
        "Woman shot",
        "https://www.wthr.com/article/news/crime/woman-shot/",
        (
            "INDIANAPOLIS - A woman was shot Saturday on the far east side of Indianapolis "
            "near Cumberland, police said."
        ),
        ("Indianapolis",),
        "Indiana",
    ),
    (
        "p16",
        "Man shot",
        "https://www.abc15.com/news/man-shot/",
        (
            "PHOENIX - A man was shot Sunday near the Mesa-Gilbert border, Mesa police said. "
            "Officers found him at a park in Mesa."
        ),
        ("Mesa",),
        "Arizona",
    ),
    (
        "p17",
        "Teen shot",
        "https://www.ksdk.com/article/news/crime/teen-shot/",
        (
            "ST. LOUIS - A teenager was shot Saturday in East St. Louis, police said. The teen "
            "was taken to a hospital in St. Louis."
        ),
        ("East St. Louis", "East Saint Louis"),
        "Illinois",
    ),
    (
        "p18",
        "Man shot",
        "https://www.wbtv.com/2024/05/05/man-shot-2/",
        (
            "CHARLOTTE, N.C. - A man was shot Sunday across the state line in Fort Mill, S.C., "
            "police said."
        ),
        ("Fort Mill",),
        "South Carolina",
    ),
    (
        "p19",
        "Two shot",
        "https://www.kwtx.com/2024/05/05/two-shot/",
        (
            "WACO, Texas - Two men were shot Saturday in Bellmead, police said. One was taken "
            "to a hospital in Waco."
        ),
        ("Bellmead",),
        "Texas",
    ),
    (
        "p20",
        "Man shot",
        "https://www.wnem.com/2024/05/05/man-shot/",
        (
            "SAGINAW, Mich. - A man was shot Sunday in Buena Vista Township, police said. He "
            "was taken to a hospital in Saginaw."
        ),
        ("Buena Vista Township", "Buena Vista"),
        "Michigan",
    ),
    (
        "b1",
        "Troopers investigate",
        "https://www.wbng.com/2024/05/05/troopers/",
        (
            "BINGHAMTON, N.Y. - State police from the Kirkwood barracks are investigating a "
            "shooting in the town of Windsor on Sunday. A man was shot in the leg outside his "
            "home."
        ),
        ("Windsor",),
        "New York",
    ),
    (
        "b2",
        "Man shot",
        "https://www.wtaj.com/news/local-news/man-shot/",
        (
            "ALTOONA, Pa. - State police at Hollidaysburg said a man was shot Saturday in "
            "Tyrone. He was taken to UPMC Altoona."
        ),
        ("Tyrone",),
        "Pennsylvania",
    ),
    (
        "b3",
        "Shooting investigated",
        "https://www.wgrz.com/article/news/shooting/",
        (
            "BUFFALO, N.Y. - Troop A state police out of Batavia are investigating a shooting "
            "Sunday in Le Roy that wounded a woman."
        ),
        ("Le Roy", "LeRoy"),
        "New York",
    ),
    (
        "b4",
        "Man killed",
        "https://www.wvva.com/2024/05/05/man-killed/",
        (
            "BLUEFIELD, W.Va. - West Virginia State Police from the Princeton detachment said "
            "a man was shot and killed Sunday in Athens."
        ),
        ("Athens",),
        "West Virginia",
    ),
    (
        "b5",
        "Shooting",
        "https://www.wkyt.com/2024/05/05/shooting/",
        (
            "LEXINGTON, Ky. - KSP Post 7 in Richmond is investigating a shooting that killed a "
            "man Sunday in Berea."
        ),
        ("Berea",),
        "Kentucky",
    ),
    (
        "m1",
        "Man shot",
        "https://www.kjrh.com/news/man-shot/",
        (
            "TULSA, Okla. - A man was shot Sunday in Sand Springs, police said. He drove "
            "himself to a hospital in Tulsa."
        ),
        ("Sand Springs",),
        "Oklahoma",
    ),
    (
        "m2",
        "Woman shot",
        "https://www.wtvd.com/woman-shot/",
        (
            "DURHAM, N.C. - A woman was shot Saturday in Hillsborough, police said. She was "
            "taken to UNC Hospitals in Chapel Hill."
        ),
        ("Hillsborough",),
        "North Carolina",
    ),
    (
        "m3",
        "Man shot",
        "https://www.wsmv.com/2024/05/05/man-shot/",
        (
            "NASHVILLE, Tenn. - A man was shot Sunday in Antioch, Metro police said. He was "
            "taken to Vanderbilt University Medical Center."
        ),
        ("Antioch", "Nashville"),
        "Tennessee",
    ),
    (
        "m4",
        "Man shot",
        "https://www.click2houston.com/news/local/man-shot/",
        (
            "HOUSTON - A man was shot Sunday in the Aldine area, the Harris County Sheriff's "
            "Office said. Deputies found him on Aldine Mail Route."
        ),
        ("Aldine", "Houston"),
        "Texas",
    ),
    (
        "m5",
        "Teen shot",
        "https://www.fox8.com/news/teen-shot/",
        (
            "CLEVELAND - A teenager was shot Saturday in East Cleveland, police said. He was "
            "taken to University Hospitals in Cleveland."
        ),
        ("East Cleveland",),
        "Ohio",
    ),
    (
        "m6",
        "Man shot",
        "https://www.wcnc.com/article/news/crime/man-shot/",
        (
            "CHARLOTTE, N.C. - A man was shot Sunday on the Gastonia side of the Catawba "
            "River, in Belmont, police said."
        ),
        ("Belmont",),
        "North Carolina",
    ),
    (
        "m7",
        "Man killed",
        "https://www.wlky.com/article/man-killed/",
        (
            "LOUISVILLE, Ky. - A man was shot and killed Saturday across the river in "
            "Jeffersonville, Ind., police said."
        ),
        ("Jeffersonville",),
        "Indiana",
    ),
    (
        "m8",
        "Shooting",
        "https://www.wbrz.com/news/shooting/",
        (
            "BATON ROUGE - A man was shot Sunday in Port Allen, police said. Port Allen is "
            "just across the Mississippi River from Baton Rouge."
        ),
        ("Port Allen",),
        "Louisiana",
    ),
    (
        "x1",
        "Man shot on interstate",
        "https://www.abc27.com/news/local/man-shot/",
        (
            "HARRISBURG, Pa. - A man was shot Sunday while driving on Interstate 81 just north "
            "of Harrisburg, police said. He was taken to a hospital."
        ),
        ("Harrisburg",),
        "Pennsylvania",
    ),
    (
        "x2",
        "Woman shot",
        "https://www.wral.com/story/woman-shot-3/",
        (
            "RALEIGH, N.C. - A woman was shot Saturday at a home in Garner, a few miles south "
            "of Raleigh, police said."
        ),
        ("Garner",),
        "North Carolina",
    ),
    (
        "x3",
        "Man shot",
        "https://www.kcci.com/article/man-shot-4/",
        (
            "DES MOINES, Iowa - A man was shot Sunday in Ankeny, police said. The suspect was "
            "arrested later north of Ames."
        ),
        ("Ankeny",),
        "Iowa",
    ),
    (
        "x4",
        "Vigil held",
        "https://www.wcnc.com/article/news/vigil-2/",
        (
            "CHARLOTTE, N.C. - Dozens gathered Monday for a vigil in Charlotte, where a "
            "teenager was shot and killed Saturday outside an apartment complex on Beatties "
            "Ford Road."
        ),
        ("Charlotte",),
        "North Carolina",
    ),
    (
        "x5",
        "Man shot",
        "https://www.wnep.com/article/news/man-shot-5/",
        (
            "SCRANTON, Pa. - A man was shot Sunday in Carbondale, Carbondale police said. "
            "State police assisted at the scene."
        ),
        ("Carbondale",),
        "Pennsylvania",
    ),
    (
        "x6",
        "Troopers: man shot",
        "https://www.wtaj.com/news/local-news/troopers/",
        (
            "ALTOONA, Pa. - Troopers from the Hollidaysburg barracks said a man was shot and "
            "wounded Saturday in Williamsburg. He was flown to UPMC Altoona."
        ),
        ("Williamsburg",),
        "Pennsylvania",
    ),
    (
        "x7",
        "Shooting",
        "https://www.wkyt.com/2024/05/05/shooting-2/",
        (
            "LEXINGTON, Ky. - A man was shot and killed Sunday about five miles west of "
            "Winchester, Kentucky State Police said. Troopers from the Richmond post are "
            "investigating."
        ),
        ("Winchester",),
        "Kentucky",
    ),
    (
        "x8",
        "Funeral held",
        "https://www.wlwt.com/article/funeral/",
        (
            "CINCINNATI - A funeral was held Friday in Hamilton for a woman shot and killed "
            "last week in Middletown. Middletown police have charged her former boyfriend."
        ),
        ("Middletown",),
        "Ohio",
    ),
    (
        "x9",
        "Man killed",
        "https://www.wowt.com/2024/05/05/man-killed/",
        (
            "OMAHA, Neb. - A man was shot and killed Saturday at a home northwest of Blair, "
            "the Washington County Sheriff's Office said. Family members held a vigil Sunday "
            "in Omaha."
        ),
        ("Blair",),
        "Nebraska",
    ),
    (
        "x10",
        "Man shot",
        "https://www.wbtv.com/2024/05/05/man-shot-3/",
        (
            "CHARLOTTE, N.C. - A man was shot Sunday just south of the state line in Rock "
            "Hill, S.C., police said."
        ),
        ("Rock Hill",),
        "South Carolina",
    ),
    (
        "x11",
        "Deputies: teen shot",
        "https://www.kwch.com/2024/05/05/teen-shot/",
        (
            "WICHITA, Kan. - A teenager was shot Saturday at a party outside of Derby, the "
            "Sedgwick County Sheriff's Office said."
        ),
        ("Derby",),
        "Kansas",
    ),
    (
        "x12",
        "Man shot",
        "https://www.wsaz.com/2024/05/05/man-shot/",
        (
            "HUNTINGTON, W.Va. - A man was shot Sunday in Huntington, police said. The man was "
            "later taken to a hospital south of Charleston."
        ),
        ("Huntington",),
        "West Virginia",
    ),
    # written after the rules, as a check of them (main: 3 of 10 right)
    (
        "y1",
        "Man killed",
        "https://www.wymt.com/2024/05/05/man-killed/",
        (
            "HAZARD, Ky. - A man was shot and killed Saturday about 10 miles northeast of "
            "Hindman, Kentucky State Police said. Troopers from the Hazard post responded."
        ),
        ("Hindman",),
        "Kentucky",
    ),
    (
        "y2",
        "Woman shot",
        "https://www.wtaj.com/news/woman-shot/",
        (
            "ALTOONA, Pa. - A woman was shot Sunday at a cabin southwest of Bedford, state "
            "police said."
        ),
        ("Bedford",),
        "Pennsylvania",
    ),
    (
        "y3",
        "Man shot",
        "https://www.wnep.com/article/news/man-shot-9/",
        ("WILKES-BARRE, Pa. - State police at Wyoming said a man was shot Sunday in Exeter."),
        ("Exeter",),
        "Pennsylvania",
    ),
    (
        "y4",
        "Vigil",
        "https://www.wsoctv.com/news/vigil/",
        (
            "CHARLOTTE, N.C. - Mourners held a vigil in Charlotte on Sunday for a woman shot "
            "and killed Friday in Monroe. Monroe police arrested her neighbor."
        ),
        ("Monroe",),
        "North Carolina",
    ),
    (
        "y5",
        "Man shot",
        "https://www.wfmj.com/story/man-shot/",
        (
            "YOUNGSTOWN, Ohio - A man was shot Saturday on a road just east of Canfield, the "
            "Mahoning County Sheriff's Office said."
        ),
        ("Canfield",),
        "Ohio",
    ),
    (
        "y6",
        "Man shot",
        "https://www.ktul.com/news/local/man-shot/",
        (
            "TULSA, Okla. - A man was shot Sunday at a home outside of Skiatook, Osage County "
            "deputies said."
        ),
        ("Skiatook",),
        "Oklahoma",
    ),
    (
        "y7",
        "Shooting",
        "https://www.wtrf.com/news/shooting/",
        (
            "WHEELING, W.Va. - A man was killed Sunday in a shooting in Wheeling, police said. "
            "The suspect was arrested north of Moundsville."
        ),
        ("Wheeling",),
        "West Virginia",
    ),
    (
        "y8",
        "Funeral",
        "https://www.wdtn.com/news/funeral/",
        (
            "DAYTON, Ohio - A funeral Saturday in Dayton drew hundreds for the teen who was "
            "shot last week in Trotwood. Trotwood police are investigating."
        ),
        ("Trotwood",),
        "Ohio",
    ),
    (
        "y9",
        "Man shot",
        "https://www.wgal.com/article/man-shot-2/",
        (
            "YORK, Pa. - Troopers from the York barracks said a man was shot Sunday in Hellam "
            "Township."
        ),
        ("Hellam Township", "Hellam"),
        "Pennsylvania",
    ),
    (
        "y10",
        "Man shot",
        "https://www.kcci.com/article/man-shot-9/",
        (
            "DES MOINES, Iowa - A man was shot and killed Sunday in Des Moines, police said. "
            "His family gathered in Ankeny on Monday for a vigil."
        ),
        ("Des Moines",),
        "Iowa",
    ),
]

_SUBURB = (
    "a suburb of more than 25,000 people (or a census place known only from the USPS list) "
    "within 15 km of the dateline's big city, named bare with bare police: read as a part of "
    "the city (`city_parts._us_city_around`); nothing in the gazetteer tells an incorporated "
    "suburb from a city's neighbourhood GeoNames lists with a population"
)
MISSED: dict[str, str] = {
    "t4": _SUBURB,
    "s8": _SUBURB,
    "n11": "an English word as a town's name ('the unincorporated community of Limestone') is "
    "not read as a place",
    "n18": "'Bristol, Virginia police' under a 'BRISTOL, Tenn.' dateline: the twin city's "
    "state written only beside its police stays the dateline's",
    "h6": "a video caption's town ('VIDEO: Police at the scene in Harvey') weighs less than "
    "the dateline's city, as photo captions do",
    "p9": "'off the Phenix City exit of U.S. 280' under a Columbus, Ga. dateline: the exit's "
    "town across the state line is not read as the scene",
    "p15": "'on the far east side of Indianapolis near Cumberland': the small town beside the "
    "city's side wins over the city's part",
    "m6": "'on the Gastonia side of the Catawba River, in Belmont': a town said as a side of a "
    "river wins over the comma's town",
}


events, test_probe_is_placed = probe_table(PROBES, MISSED)


def _mention_of(text: str, name: str) -> _Mention:
    start = text.index(name)
    return _Mention(0, 1, start, start + len(name), name, name.lower(), (), 0)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("State police from the Kirkwood barracks are investigating.", "Kirkwood", True),
        ("Troopers from the Richmond post said a man was shot.", "Richmond", True),
        ("State police at Hollidaysburg said a man was shot.", "Hollidaysburg", True),
        ("Troop A state police out of Batavia are investigating.", "Batavia", True),
        ("KSP Post 7 in Richmond is investigating.", "Richmond", True),
        ("State police in Tyrone said a man was shot.", "Tyrone", False),
        ("A man was shot in Tyrone, state police said.", "Tyrone", False),
        ("Police from Tyrone assisted at the scene.", "Tyrone", False),
    ],
)
def test_police_post_town(text: str, name: str, post: bool) -> None:
    assert _police_post_town(text, _mention_of(text, name)) is post


@pytest.mark.parametrize(
    ("text", "name", "gathering"),
    [
        ("Friends gathered in Greensboro on Monday for a vigil.", "Greensboro", True),
        ("A vigil was held Sunday at a church in Durham.", "Durham", True),
        ("A funeral was held Friday in Hamilton for the woman.", "Hamilton", True),
        ("A vigil for a man killed in High Point drew dozens.", "High Point", False),
        ("Mourners said the man was shot in Garner.", "Garner", False),
        ("A man was shot Sunday in Garner, police said.", "Garner", False),
        ("Neighbours gathered on the quiet street in Queens, near a park.", "Queens", False),
        ("On 3 March 2021, a mine exploded in Bati area.", "Bati", False),
        ("A man was shot on Memorial Day in Gary.", "Gary", False),
    ],
)
def test_gathering_town(text: str, name: str, gathering: bool) -> None:
    assert _gathering_town(text, _mention_of(text, name)) is gathering


@pytest.mark.parametrize(
    ("name", "unit"),
    [("Troop A", True), ("Post 7", True), ("Zone 3", True), ("Troy", False), ("Post Falls", False)],
)
def test_force_unit_name(name: str, unit: bool) -> None:
    assert _force_unit_name(name) is unit
