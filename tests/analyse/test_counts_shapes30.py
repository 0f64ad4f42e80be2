"""Tolls in shapes the earlier tables lack (`counts30`): 102 invented US local reports,
written before any rule, truth by GVA's rules (the people shot, the shooter included; people
hurt fleeing and animals are no one): murder-suicides (ms), officer-involved shootings (oi),
"a man and a woman were shot; one died" (mw), victims listed by name with ages and conditions
(nl), "N others suffered non-life-threatening injuries" (nt), graze wounds (gz), people hurt
fleeing (fl), the shooter among the dead (sh), the city's homicide count (hc), numbers in
figures and words (nf), follow-ups (fu), bystanders (by), dogs (dg), shots that hit no one
(zz) and others (mx).

e48ff80 read 89 of 102. The rules of this session: `verbs._fatal_of_a_subset` ("3 men were
shot, 1 fatally": nf02), `harm_cause._generic_harm` ("suffered minor injuries while fleeing":
fl01) and a broken ankle as a cause that is no gunfire (mx11), "trio" among the pairs (nf08),
`people._the_other_alone` ("One was dead ... the other was taken to a hospital": mx03),
`combine._survivor_besides_the_dead` ("Their son ... was shot in the hand and is recovering"
after the two dead were named: nl02); 95 of 102. `counts31` (`verbs._body_part_owner`,
`verbs._identified_the_killed`, `total._the_wounded_who_died`, `combine._killed_himself`,
`verbs._each_of_a_name_list`, `verbs._harmed_then_died_subject`): 101 of 102.
The misses left are in `MISSES`."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import Case, case_params, read_case, tolls

CASES: list[Case] = [
    (
        "ms01",
        "Police: murder-suicide in Mesa home",
        "MESA, Ariz. (KPNX) - A man shot his wife and then himself inside their home on Elm "
        "Street on Sunday morning, Mesa police said. Both were pronounced dead at the scene. "
        "Officers were called by a neighbor who heard gunfire.",
        2,
        0,
    ),
    (
        "ms02",
        "Father kills daughter, self",
        "TULSA, Okla. - Investigators say a 52-year-old father fatally shot his 19-year-old "
        "daughter before turning the gun on himself late Friday. A second daughter, 16, was "
        "shot in the shoulder and is expected to survive.",
        2,
        1,
    ),
    (
        "ms03",
        "Deaths ruled murder-suicide",
        "The Pima County Sheriff's Department has ruled the deaths of a couple found Tuesday in"
        " their Tucson home a murder-suicide. Deputies said Mark Lyle, 67, shot Ellen Lyle, 64,"
        " and then shot himself.",
        2,
        0,
    ),
    (
        "ms04",
        "Three dead in apparent murder-suicide",
        "KNOXVILLE, Tenn. (WBIR) - Three people are dead after what police describe as a "
        "murder-suicide at an apartment complex on Chapman Highway. Police said the gunman "
        "killed his ex-girlfriend and her mother before killing himself.",
        3,
        0,
    ),
    (
        "ms05",
        "Woman survives shooting; husband dead",
        "A woman is in critical condition after her husband shot her in the head and then took "
        "his own life Thursday night, Fresno police said. The woman called 911 herself.",
        1,
        1,
    ),
    (
        "ms06",
        "Man kills wife, wounds son, then himself",
        "OMAHA, Neb. - A man killed his wife and wounded their adult son before fatally "
        "shooting himself on Wednesday, police said. The son, 24, was taken to Nebraska "
        "Medicine with wounds police called non-life-threatening.",
        2,
        1,
    ),
    (
        "ms07",
        "Murder-suicide suspected",
        "Police in Lansing are investigating a possible murder-suicide after two bodies were "
        "found inside a house on Maple Street on Monday. Both had gunshot wounds, and a handgun"
        " was recovered near the man, police said.",
        2,
        0,
    ),
    (
        "ms08",
        "Grandmother and grandson dead",
        "AKRON, Ohio - An 80-year-old woman was shot and killed by her grandson, who then shot "
        "and killed himself, Akron police said Saturday. No one else was in the home.",
        2,
        0,
    ),
    (
        "oi01",
        "Suspect killed in shootout with deputies",
        "A suspect was killed and a deputy was wounded during a shootout in rural Polk County "
        "on Tuesday night, the sheriff said. The deputy was shot in the leg and is in stable "
        "condition.",
        1,
        1,
    ),
    (
        "oi02",
        "Officer shot, suspect dead",
        "MEMPHIS, Tenn. (WREG) - A Memphis police officer was shot and the man who shot him was"
        " killed when other officers returned fire early Sunday, the TBI said. The officer is "
        "expected to recover.",
        1,
        1,
    ),
    (
        "oi03",
        "Police shoot armed man",
        "SPOKANE, Wash. - Officers shot and killed a man who pointed a rifle at them outside a "
        "motel on Division Street on Friday, Spokane police said. No officers were hurt.",
        1,
        0,
    ),
    (
        "oi04",
        "Man wounded by police",
        "A 27-year-old man was shot by a Columbus police officer Tuesday after he refused to "
        "drop a handgun, police said. He was taken to Grant Medical Center in stable condition."
        " The officer was not injured.",
        0,
        1,
    ),
    (
        "oi05",
        "Two officers wounded",
        "Two Baltimore police officers were wounded Thursday night when a man opened fire on "
        "them during a traffic stop, police said. The gunman was shot and killed by a third "
        "officer. Both officers are expected to survive.",
        1,
        2,
    ),
    (
        "oi06",
        "Trooper fires at driver",
        "A state trooper fired at a driver who tried to run him over on Route 9 on Saturday, "
        "state police said. The driver was struck in the arm and taken into custody after a "
        "short chase.",
        0,
        1,
    ),
    (
        "oi07",
        "Standoff ends with suspect dead",
        "An hours-long standoff in Pueblo ended late Monday when SWAT officers shot the "
        "barricaded man, who had fired at them from a window. He died at the scene. An officer "
        "suffered a graze wound to his head and was treated and released.",
        1,
        1,
    ),
    (
        "oi08",
        "Officer kills knife-wielding man",
        "ALBUQUERQUE, N.M. (KOAT) - An Albuquerque police officer shot and killed a man who "
        "charged at officers with a knife on Central Avenue on Wednesday afternoon, police "
        "said.",
        1,
        0,
    ),
    (
        "mw01",
        "One dead, one hurt in shooting",
        "A man and a woman were shot early Saturday on Euclid Avenue in Cleveland. The man died"
        " at the scene; the woman was taken to MetroHealth in serious condition, police said.",
        1,
        1,
    ),
    (
        "mw02",
        "Two shot, one fatally",
        "Two men were shot, one fatally, outside a gas station on Broad Street on Tuesday "
        "night, Richmond police said.",
        1,
        1,
    ),
    (
        "mw03",
        "Shooting leaves one dead",
        "JACKSON, Miss. - Two people were shot Wednesday evening near Medgar Evers Boulevard. "
        "One of them died at the hospital, and the other is in stable condition, Jackson police"
        " said.",
        1,
        1,
    ),
    (
        "mw04",
        "Woman dies, man hurt",
        "A woman died and a man was injured after gunfire broke out at a party on Pine Street "
        "in Shreveport late Saturday, police said. The man was shot in the leg.",
        1,
        1,
    ),
    (
        "mw05",
        "Couple shot",
        "A couple was shot in their car on Kings Highway in St. Louis on Monday night. The "
        "husband was pronounced dead; his wife is hospitalized in critical condition.",
        1,
        1,
    ),
    (
        "mw06",
        "Three shot, two killed",
        "Three people were shot and two of them were killed in a shooting at a house on 12th "
        "Street in Birmingham early Sunday, police said. The third victim is expected to "
        "survive.",
        2,
        1,
    ),
    (
        "mw07",
        "Brothers shot",
        "Two brothers were shot outside their home in Gary on Thursday. The older brother, 23, "
        "died later at a hospital. The younger one, 19, is recovering, police said.",
        1,
        1,
    ),
    (
        "mw08",
        "Man killed, friend wounded",
        "A 30-year-old man was killed and his friend was wounded when someone fired into their "
        "car at a stoplight in Houston on Friday night, police said.",
        1,
        1,
    ),
    (
        "nl01",
        "Victims identified",
        "Police identified the victims of Saturday's shooting on Walnut Street as Marcus Bell, "
        "22, who died at the scene; Tasha Green, 19, who is in critical condition; and Darnell "
        "Price, 25, who was treated and released.",
        1,
        2,
    ),
    (
        "nl02",
        "Names released",
        "The Harris County Sheriff's Office released the names of the two people killed Sunday:"
        " Jose Ramirez, 41, and Maria Ramirez, 39. Their son, 15, was shot in the hand and is "
        "recovering.",
        2,
        1,
    ),
    (
        "nl03",
        "Victim list",
        "Killed in the shooting were Andre Young, 28, and Kevin Moss, 31. Wounded were Lisa "
        "Tran, 24, and Omar Haddad, 30, police said. The shooting happened outside a bar in "
        "Dayton early Saturday.",
        2,
        2,
    ),
    (
        "nl04",
        "Teen identified",
        "The teenager shot and killed Tuesday near Lincoln Park has been identified as Jaylen "
        "Harris, 16. A 17-year-old boy shot alongside him remains in serious condition, police "
        "said.",
        1,
        1,
    ),
    (
        "nl05",
        "Victims named",
        "Authorities named the man killed in Friday's shooting as Robert Chen, 45, of Oakland. "
        "A woman, 38, was also shot and is in stable condition.",
        1,
        1,
    ),
    (
        "nl06",
        "Three victims",
        "Police said Derrick Lane, 33, Tyrone Banks, 29, and Ray Moore, 35, were each shot once"
        " in the leg outside a corner store on Fifth Avenue. All three are expected to recover.",
        0,
        3,
    ),
    (
        "nt01",
        "One killed, two hurt",
        "One man was killed and two others suffered non-life-threatening injuries in a shooting"
        " at a park in Fort Worth on Sunday afternoon, police said.",
        1,
        2,
    ),
    (
        "nt02",
        "Shooting at cookout",
        "A 20-year-old woman died after being shot at a cookout in Toledo on Saturday. Three "
        "others suffered non-life-threatening injuries, police said.",
        1,
        3,
    ),
    (
        "nt03",
        "Four shot",
        "Four people were shot near a nightclub in Indianapolis early Sunday. One victim is in "
        "critical condition and the other three have injuries that are not life-threatening, "
        "police said.",
        0,
        4,
    ),
    (
        "nt04",
        "Man dead, others hurt",
        "A man was fatally shot and two other people were wounded in the 2800 block of Oak "
        "Street on Friday night, New Orleans police said. The two wounded were listed in stable"
        " condition.",
        1,
        2,
    ),
    (
        "nt05",
        "Gunfire at block party",
        "Gunfire at a block party in Milwaukee left five people wounded, none with "
        "life-threatening injuries, police said Monday.",
        0,
        5,
    ),
    (
        "nt06",
        "Shooting in parking lot",
        "A 17-year-old was killed and another teen suffered a non-life-threatening gunshot "
        "wound in a parking lot in Little Rock on Tuesday, police said.",
        1,
        1,
    ),
    (
        "gz01",
        "Man grazed by bullet",
        "A man was grazed by a bullet when someone fired shots at a house on Cedar Lane in "
        "Flint on Saturday night, police said. He refused treatment at the scene.",
        0,
        1,
    ),
    (
        "gz02",
        "Graze wound",
        "A girl of 12 was grazed on the arm when a stray bullet came through "
        "her bedroom window in Stockton on Friday, police said.",
        0,
        1,
    ),
    (
        "gz03",
        "One dead, one grazed",
        "A man was shot and killed and a woman was grazed on the head during a shooting at an "
        "apartment complex on Sunday in Charlotte, police said.",
        1,
        1,
    ),
    (
        "gz04",
        "Bullet grazes clerk",
        "A robber fired one shot inside a convenience store on Main Street, and the bullet "
        "grazed the clerk's shoulder, Waco police said. The clerk was treated at the scene.",
        0,
        1,
    ),
    (
        "gz05",
        "Woman grazed",
        "Police say a woman walking her dog on Grand Avenue was grazed in the neck by a bullet "
        "on Wednesday evening. She was treated at a hospital and released.",
        0,
        1,
    ),
    (
        "fl01",
        "Shots at mall",
        "Shots were fired inside the Crossroads Mall on Saturday, sending shoppers running. No "
        "one was shot, but three people suffered minor injuries while fleeing, police said.",
        0,
        0,
    ),
    (
        "fl02",
        "One shot, others hurt",
        "One man was shot in the leg and two women were hurt in the rush to escape when gunfire"
        " erupted at a concert in Atlanta on Friday night, police said.",
        0,
        1,
    ),
    (
        "fl03",
        "Stampede after shots",
        "A 19-year-old was shot dead at a fair in Hampton on Sunday, and four people were "
        "injured in the stampede that followed, police said.",
        1,
        0,
    ),
    (
        "fl04",
        "Festival shooting",
        "Two people were shot and a third person was trampled as the crowd scattered after "
        "gunfire at a festival in Tampa on Saturday, police said. All three are expected to "
        "survive.",
        0,
        2,
    ),
    (
        "fl05",
        "Car crashes fleeing gunfire",
        "A driver fleeing gunfire crashed into a utility pole on Washington Street in Camden on"
        " Monday night and was taken to a hospital with minor injuries. Police said no one was "
        "struck by the bullets.",
        0,
        0,
    ),
    (
        "sh01",
        "Gunman kills two, then self",
        "A gunman killed two coworkers at a warehouse in Kenosha on Thursday before killing "
        "himself, police said. A third worker was shot in the arm and is recovering.",
        3,
        1,
    ),
    (
        "sh02",
        "Shooter dead after rampage",
        "A man who opened fire at a grocery store in Boulder, wounding two shoppers, was shot "
        "and killed by a store security guard, police said Saturday.",
        1,
        2,
    ),
    (
        "sh03",
        "Homeowner kills intruder",
        "A homeowner shot and killed an intruder who broke into his house on Pine Ridge Road in"
        " Macon early Tuesday, deputies said. The homeowner was not hurt.",
        1,
        0,
    ),
    (
        "sh04",
        "Two dead in exchange of gunfire",
        "Two men died after shooting each other during an argument outside a bar in Lubbock on "
        "Sunday morning, police said.",
        2,
        0,
    ),
    (
        "sh05",
        "Gunman among dead",
        "Four people, including the gunman, were killed in a shooting at a home in Sacramento "
        "on Friday, police said. Police said the shooter took his own life.",
        4,
        0,
    ),
    (
        "sh06",
        "Robber killed by clerk",
        "A store clerk shot and killed an armed robber inside a Dollar General on Highway 51 on"
        " Wednesday night, the sheriff said. A second robber escaped.",
        1,
        0,
    ),
    (
        "hc01",
        "Third homicide of year",
        "ERIE, Pa. - A 24-year-old man was shot and killed on East 10th Street on Monday night,"
        " the city's third homicide this year, police said.",
        1,
        0,
    ),
    (
        "hc02",
        "City's 40th homicide",
        "A woman found shot to death in her car on Friday is the city's 40th homicide of 2021, "
        "Durham police said. Last year the city had 32 homicides by this time.",
        1,
        0,
    ),
    (
        "hc03",
        "Shooting death",
        "Police are investigating the shooting death of a 33-year-old man on Tuesday in South "
        "Bend. It is the 12th homicide in South Bend this year; eight of them were shootings.",
        1,
        0,
    ),
    (
        "hc04",
        "Violence continues",
        "A man was wounded in a shooting on Dexter Avenue on Thursday. The shooting comes a "
        "week after five people were shot in the same neighborhood, police said.",
        0,
        1,
    ),
    (
        "hc05",
        "Weekend of violence",
        "A 21-year-old man was shot and killed on Saturday on Hollis Street. Police say more "
        "than 20 people have been shot in the city since June 1.",
        1,
        0,
    ),
    (
        "nf01",
        "Three people shot",
        "Three people were shot Friday night outside a restaurant on 7th Street in Kansas City,"
        " police said. All of them are expected to live.",
        0,
        3,
    ),
    (
        "nf02",
        "3 men shot",
        "3 men were shot, 1 fatally, near the corner of Park and Main in Rochester on Sunday, "
        "police said.",
        1,
        2,
    ),
    (
        "nf03",
        "A pair of teens shot",
        "A pair of teenagers were shot on a basketball court in Newark on Tuesday afternoon. "
        "Both were taken to University Hospital and are expected to survive, police said.",
        0,
        2,
    ),
    (
        "nf04",
        "Half-dozen shot",
        "Half a dozen people were shot at a house party in Columbia early Sunday, police said. "
        "None of the injuries were life-threatening.",
        0,
        6,
    ),
    (
        "nf05",
        "Five shot, two dead",
        "Five people were shot, two of them fatally, on the city's west side on Saturday night,"
        " Chicago police said.",
        2,
        3,
    ),
    (
        "nf06",
        "Both victims die",
        "Two men who were shot in a parked car in Riverside on Monday have both died, police said.",
        2,
        0,
    ),
    (
        "nf07",
        "Shooting leaves 2 dead, 4 hurt",
        "A shooting at a nightclub in Orlando early Saturday left 2 people dead and 4 others "
        "injured, police said.",
        2,
        4,
    ),
    (
        "nf08",
        "Trio shot",
        "A trio of men were shot outside an apartment in Savannah on Thursday. One died, police"
        " said.",
        1,
        2,
    ),
    (
        "fu01",
        "Victim dies days after shooting",
        "A 40-year-old man who was shot last Tuesday outside a motel in Bakersfield died "
        "Saturday at the hospital, police said. His death is being investigated as a homicide.",
        1,
        0,
    ),
    (
        "fu02",
        "Second victim dies",
        "A second person has died from last week's shooting at a house party in Joliet, police "
        "said. One man, 22, was killed at the scene and three others were wounded; one of "
        "them, a 19-year-old woman, died Sunday.",
        2,
        2,
    ),
    (
        "fu03",
        "Wounded officer dies",
        "The police officer wounded in a shootout last week has died, the police chief said "
        "Monday. The gunman, who was killed by officers, has been identified as Carl Hines, 44.",
        2,
        0,
    ),
    (
        "fu04",
        "Teen dies of injuries",
        "A 15-year-old boy shot on Oct. 3 in Peoria has died of his injuries, the coroner said "
        "Thursday.",
        1,
        0,
    ),
    (
        "fu05",
        "Arrest made",
        "Police on Wednesday arrested a 20-year-old man in the shooting that killed a "
        "17-year-old girl and wounded her cousin on Harding Street last month.",
        1,
        1,
    ),
    (
        "fu06",
        "Charged with murder",
        "A man has been charged with murder in the death of a 28-year-old man who was shot "
        "outside a barbershop in Lexington on Friday, police said.",
        1,
        0,
    ),
    (
        "by01",
        "Bystander hit",
        "An innocent bystander was struck by a stray bullet when two groups exchanged gunfire "
        "in a parking lot in Rockford on Saturday night. The woman is in stable condition, "
        "police said.",
        0,
        1,
    ),
    (
        "by02",
        "Child hit by stray bullet",
        "A 6-year-old boy riding in his mother's car was hit by a stray bullet on Interstate 35"
        " in Dallas on Sunday and is in critical condition, police said. His mother was not "
        "hurt.",
        0,
        1,
    ),
    (
        "by03",
        "Man killed, bystander hurt",
        "A man was shot and killed outside a nightclub on Bourbon Street and a bystander was "
        "hit in the foot, New Orleans police said Sunday.",
        1,
        1,
    ),
    (
        "by04",
        "Woman killed by stray bullet",
        "A 61-year-old woman sitting on her porch was killed by a stray bullet fired during a "
        "dispute down the street in Youngstown on Thursday, police said.",
        1,
        0,
    ),
    (
        "dg01",
        "Dog shot",
        "A man shot his neighbor's dog on Friday in Bristol after the dog came into his yard, "
        "police said. No people were hurt. The dog died.",
        0,
        0,
    ),
    (
        "dg02",
        "Officer shoots dog",
        "An officer shot a pit bull that attacked him while he was serving a warrant on Monroe "
        "Street on Thursday, police said. The dog was killed. The officer was bitten on the "
        "leg.",
        0,
        0,
    ),
    (
        "dg03",
        "Man and dog shot",
        "A man and his dog were both shot during a robbery on Lee Street in Durham on Saturday "
        "night. The man is in stable condition; the dog died, police said.",
        0,
        1,
    ),
    (
        "dg04",
        "Woman killed, dog wounded",
        "A woman was shot and killed in her home in Pine Bluff on Tuesday. Her dog was also "
        "shot and is being treated by a veterinarian, police said.",
        1,
        0,
    ),
    (
        "zz01",
        "Shots fired at home",
        "Someone fired at least 10 shots into a home on Ridge Avenue in Pittsburgh early "
        "Sunday, police said. No one was hurt.",
        0,
        0,
    ),
    (
        "zz02",
        "Shots fired, no injuries",
        "Police are investigating after shots were fired near a high school football game in "
        "Shelby on Friday night. No injuries were reported.",
        0,
        0,
    ),
    (
        "zz03",
        "Car hit by gunfire",
        "A car with a mother and her two children inside was hit by gunfire on Lakeshore Drive "
        "on Wednesday, police said. Nobody was struck.",
        0,
        0,
    ),
    (
        "zz04",
        "Bullets miss",
        "A man fired several rounds at two people outside a store in Biloxi on Monday but "
        "missed them, police said. He was arrested a short time later.",
        0,
        0,
    ),
    (
        "zz05",
        "Gunfire at party",
        "Dozens of shots rang out at a party in Gastonia late Saturday, but no one was wounded,"
        " police said. Officers found more than 40 shell casings.",
        0,
        0,
    ),
    (
        "mx01",
        "Man shot in the back",
        "A 44-year-old man walking home on Sunday night in Camden was shot in his back. "
        "He was taken to Cooper University Hospital; his condition is critical.",
        0,
        1,
    ),
    (
        "mx02",
        "Woman shot to death",
        "A woman was shot to death inside her apartment on Sunset Drive in Greenville on "
        "Tuesday, police said. Her boyfriend has been arrested.",
        1,
        0,
    ),
    (
        "mx03",
        "Two found shot",
        "Officers responding to a call found two men with gunshot wounds on Fulton Street in "
        "Fresno on Monday. One of them was dead when officers got there and the other was "
        "taken to Community Regional Medical Center.",
        1,
        1,
    ),
    (
        "mx04",
        "Man killed in drive-by",
        "A man sitting on his front steps was killed in a drive-by shooting on Tuesday night in"
        " Compton. A woman beside him was not hit, deputies said.",
        1,
        0,
    ),
    (
        "mx05",
        "Shooting at party leaves 7 hurt",
        "Seven people were hurt when someone opened fire at a house party in Baton Rouge early "
        "Sunday. Six of them were shot and one was cut by broken glass, police said.",
        0,
        6,
    ),
    (
        "mx06",
        "Man shoots himself by accident",
        "A 35-year-old man accidentally shot himself in the leg while cleaning his gun at his "
        "home in Billings on Saturday, police said.",
        0,
        1,
    ),
    (
        "mx07",
        "Boy shoots sibling",
        "A 4-year-old boy found a loaded handgun and shot his 7-year-old sister in the stomach "
        "in their home in Mobile on Thursday. She is in serious condition, police said.",
        0,
        1,
    ),
    (
        "mx08",
        "Victim in critical condition",
        "A man is in critical condition after being shot multiple times on Wednesday night in "
        "Hartford, police said. Officers found him on Park Street.",
        0,
        1,
    ),
    (
        "mx09",
        "Man killed in robbery",
        "A man was killed during a robbery at his home in Anchorage on Sunday, police said. The"
        " two robbers shot him once in the chest and fled in a silver sedan.",
        1,
        0,
    ),
    (
        "mx10",
        "Pair shot dead",
        "Two people were found shot dead in a car on Airport Road in Mobile on Friday morning, "
        "police said.",
        2,
        0,
    ),
    (
        "mx11",
        "Five hurt in shooting",
        "Five people were injured in a shooting at a bar in Paterson on Saturday. Four were hit"
        " by gunfire and one broke an ankle running away, police said.",
        0,
        4,
    ),
    (
        "mx12",
        "Officer shot in vest",
        "An officer was struck in his bulletproof vest during a shootout with a robbery suspect"
        " on Tuesday in Phoenix. The suspect was wounded and taken into custody. The bullet did"
        " not hit the officer.",
        0,
        1,
    ),
    (
        "mx13",
        "Man dies after being shot by brother",
        "A 29-year-old man died Sunday after his older brother shot him during a fight over a "
        "truck in Amarillo, police said. The brother was booked on a murder charge.",
        1,
        0,
    ),
    (
        "mx14",
        "Two wounded in Reno",
        "RENO, Nev. (KOLO) - Two men were wounded in a shooting near Virginia Street on "
        "Saturday night. One was hit in the chest, the other in the thigh; both are "
        "expected to survive, Reno police said.",
        0,
        2,
    ),
    (
        "mx15",
        "Deputy shot, suspect at large",
        "A Hamilton County deputy was shot in the arm while serving an eviction notice on "
        "Thursday, the sheriff said. The man who fired at him escaped into the woods.",
        0,
        1,
    ),
    (
        "mx16",
        "Man shot by girlfriend",
        "A woman shot her boyfriend in the stomach during an argument at their apartment in "
        "Lafayette on Monday, police said. He underwent surgery and is expected to recover. She"
        " was arrested.",
        0,
        1,
    ),
    (
        "mx17",
        "Twins shot",
        "Twin 14-year-old brothers were shot while walking to a bus stop in Flint on Wednesday "
        "morning. One of the twins died at Hurley Medical Center, police said.",
        1,
        1,
    ),
    (
        "mx18",
        "Victims were shot in head",
        "Both victims were shot in the head, the medical examiner said Friday of the man and "
        "woman found dead in a field off County Road 12 near Ocala.",
        2,
        0,
    ),
]

MISSES: dict[str, str] = {
    "mx18": "(0, 2): 'Both victims were shot in the head' of the two 'found dead' is read as "
    "two wounded",
}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("3 men were shot, 1 fatally, near the corner of Park and Main on Sunday.", (1, 2)),
        ("Four people were shot Sunday, 2 of them fatally.", (2, 2)),
        ("A man was shot fatally on Sunday.", (1, None)),
    ],
)
def test_a_fatal_subset_in_figures(text: str, want: tuple[int | None, int | None]) -> None:
    # "fatally" after ", 1" tells how many of the shot died, not that all three did
    assert tolls(text) == want


def test_the_participle_under_a_verb_of_saying_describes_the_dead() -> None:
    # "Police say a man shot last week ... has died": one dead, not also one wounded
    text = (
        "Tulsa police say a woman shot last week near Pine Street and Peoria Avenue has died. "
        "Detectives now call the case a homicide."
    )
    killed, injured = tolls(text)
    assert (killed, injured or 0) == (1, 0)


def test_suffered_a_gunshot_wound_while_fleeing_is_shot() -> None:
    # the object of "suffered" names a gunshot: not harm of another cause
    assert (
        tolls("A man suffered a gunshot wound while fleeing from a robbery on Main Street.")[1] == 1
    )


def test_the_other_as_object_is_the_one_harmed() -> None:
    # "one boy shot the other": the other is the one who died, no one besides him
    text = (
        "Deputies think one brother fired the pistol by accident and shot the other. The boy, "
        "4, was pronounced dead at the home."
    )
    killed, injured = tolls(text)
    assert (killed, injured or 0) == (1, 0)
