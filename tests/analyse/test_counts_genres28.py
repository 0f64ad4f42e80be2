"""Invented reports (session 26, counts28) in genres where the text tells a death without a
count word the rules read, or tells it in a form they did not read: "died from gunshot wounds",
"was pronounced dead", "the slaying", "gunned down" (not read: `MISSES`), TV briefs, police
releases ("the decedent", "Condition: deceased", "could not be revived", "Efforts to revive him
failed"), the coroner's identification, court and arrest stories, vigils, shootings by police,
murder-suicides ("turned the gun on himself and survived"), accidental shootings, children,
and pages that give the city's count of the year ("the city's 14th homicide", "The city has
recorded 45 shootings this year"). Every text is made up; the true (killed, injured) is GVA's
count. The cases the rules still miss are in `MISSES`."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import Case, case_params, read_case

from newsfold.analyse.counts.roundup import is_roundup
from newsfold.records import Article

CASES: list[Case] = [
    (
        "n01",
        "Man dies after Eastside shooting",
        "FRESNO, Calif. - A 27-year-old man died from gunshot wounds early Saturday "
        "after an argument outside a convenience store, Fresno police said. Officers "
        "found him lying in the parking lot just after 2 a.m.",
        1,
        0,
    ),
    (
        "n02",
        "Police investigate shooting",
        "Officers were called to the 1400 block of Vine Street at about 9 p.m. Tuesday."
        " A man with a gunshot wound was taken to Regional Medical Center, where he was"
        " pronounced dead.",
        1,
        0,
    ),
    (
        "n03",
        "Teen succumbs to injuries",
        "MEMPHIS, Tenn. - A 16-year-old boy who was shot last week outside his "
        "apartment has succumbed to his injuries, Memphis police said Monday.",
        1,
        0,
    ),
    (
        "n04",
        "Homicide investigation underway",
        "BATON ROUGE, La. - Detectives have opened a homicide investigation after a man"
        " was found in a car on Plank Road with a gunshot wound to the head early "
        "Sunday. He was declared dead at the scene.",
        1,
        0,
    ),
    (
        "n05",
        "Police seek suspect in slaying",
        "Police are searching for the gunman in the slaying of a 34-year-old father of "
        "three on the city's north side Thursday night. Tips may be left with the "
        "department's homicide unit.",
        1,
        0,
    ),
    (
        "n06",
        "Woman found dead",
        "GARY, Ind. - A woman was found dead with a gunshot wound inside a home on "
        "Grant Street on Wednesday morning, the Lake County coroner's office said. Her "
        "death has been ruled a homicide.",
        1,
        0,
    ),
    (
        "n07",
        "Man fatally shot on Main Street",
        "ROCKFORD, Ill. - A man was fatally shot Friday evening on Main Street, police "
        "said. No arrests have been made.",
        1,
        0,
    ),
    (
        "n08",
        "Deadly shooting under investigation",
        "MACON, Ga. - Bibb County deputies are investigating a deadly shooting that "
        "happened at a gas station on Pio Nono Avenue late Saturday. Investigators have"
        " not said what led to the gunfire.",
        1,
        0,
    ),
    (
        "n09",
        "Victim identified in weekend shooting",
        "TOLEDO, Ohio - The Lucas County coroner has identified the victim of "
        "Saturday's shooting on Dorr Street as Marcus Bell, 22, of Toledo.",
        1,
        0,
    ),
    (
        "n10",
        "Man killed in shooting on Elm Street",
        "",
        1,
        0,
    ),
    (
        "n11",
        "Two men dead after shooting at Akron bar",
        "",
        2,
        0,
    ),
    (
        "n12",
        "Victim in fatal shooting identified",
        "Police on Monday released the name of Sunday night's shooting victim on West "
        "5th Street, a man killed outside his cousin's house: Darius Cole, 29.",
        1,
        0,
    ),
    (
        "n13",
        "Shooting death ruled homicide",
        "The death of a 45-year-old man found shot in his driveway on Cedar Lane has "
        "been ruled a homicide, the medical examiner said Tuesday.",
        1,
        0,
    ),
    (
        "n14",
        "Man shot to death",
        "SAVANNAH, Ga. - A man was shot to death in the Carver Village neighborhood on "
        "Thursday, police said. His name has not been released.",
        1,
        0,
    ),
    (
        "n15",
        "Woman dies days after shooting",
        "A woman who was shot in the head last Tuesday on Ninth Avenue died Sunday at "
        "the hospital, police said. Her death is the result of a domestic dispute, "
        "detectives believe.",
        1,
        0,
    ),
    (
        "n16",
        "Body found",
        "JACKSON, Miss. - The body of a man with multiple gunshot wounds was discovered"
        " in a wooded area off Highway 80 on Monday, Jackson police said.",
        1,
        0,
    ),
    (
        "n17",
        "Man gunned down",
        "A 19-year-old man was gunned down outside a corner store on Lincoln Avenue on "
        "Saturday afternoon, police said.",
        1,
        0,
    ),
    (
        "n18",
        "Shooting leaves one dead",
        "ST. LOUIS - Police responded to reports of shots fired near Natural Bridge "
        "Avenue just after midnight. When officers arrived they found a man "
        "unresponsive on the sidewalk. EMS pronounced him deceased.",
        1,
        0,
    ),
    (
        "n19",
        "Man loses his life",
        "A 31-year-old man lost his life Saturday night after someone opened fire on "
        "his car on Route 9, state police said.",
        1,
        0,
    ),
    (
        "n20",
        "Fatal shooting",
        "HOUSTON - A man lies dead after gunfire in southwest Houston late Friday, "
        "police said. The victim took several rounds to the chest.",
        1,
        0,
    ),
    (
        "t01",
        "Man hurt in shooting",
        "A man is recovering at a hospital after taking a bullet in his leg Monday "
        "night on Oak Street. Police say his injuries are not life-threatening. No "
        "suspects are in custody.",
        0,
        1,
    ),
    (
        "t02",
        "One killed, one hurt in shooting",
        "One person is dead and another is hurt after a shooting on the west side "
        "Wednesday. Police have not released any names.",
        1,
        1,
    ),
    (
        "t03",
        "Shooting on Broad Street",
        "Police are investigating a shooting that left a man dead on Broad Street. It "
        "happened around 11 p.m.",
        1,
        0,
    ),
    (
        "t04",
        "Deadly shooting",
        "A shooting Sunday morning claimed the life of a 23-year-old woman. Police say "
        "she was shot while sitting on her porch.",
        1,
        0,
    ),
    (
        "t05",
        "Teen shot",
        "A 15-year-old was shot Saturday evening near Marion Park. He was listed in "
        "stable condition.",
        0,
        1,
    ),
    (
        "t06",
        "Two shot",
        "Two people were shot early Friday outside a nightclub downtown. Both were "
        "taken to the hospital. One of them later died.",
        1,
        1,
    ),
    (
        "t07",
        "Overnight shooting",
        "A man died and a woman was wounded in an overnight shooting on Pine Street. "
        "Police said the two were sitting in a parked car.",
        1,
        1,
    ),
    (
        "t08",
        "Shooting in parking lot",
        "A man was shot and killed in a Kroger parking lot Tuesday afternoon. Police "
        "say the shooter drove away.",
        1,
        0,
    ),
    (
        "p01",
        "Press release: Homicide on Elm Avenue",
        "On June 4, 2021 at approximately 10:15 PM, officers responded to the 300 block"
        " of Elm Avenue for a report of a person shot. Upon arrival officers located an"
        " adult male with one gunshot wound to his torso. The victim was transported to"
        " St. Mary's Hospital, where he later succumbed. The deceased has been "
        "identified as Jerome Watts, 38.",
        1,
        0,
    ),
    (
        "p02",
        "Death investigation",
        "Deputies responded to a residence on County Road 12 in reference to an "
        "unresponsive male. The decedent, a 52-year-old man, had an apparent gunshot "
        "wound. The investigation is ongoing.",
        1,
        0,
    ),
    (
        "p03",
        "Shooting incident",
        "Victim: Tyrell Moore, 24, of Dayton. Condition: deceased. Suspect: unknown. "
        "Anyone with information should call detectives.",
        1,
        0,
    ),
    (
        "p04",
        "Shooting incident",
        "Victim: Andre Price, 31. Injuries: gunshot wound to the arm, non-life "
        "threatening. Suspect: Unknown black male.",
        0,
        1,
    ),
    (
        "p05",
        "Homicide investigation",
        "The Sheriff's Office is investigating a homicide that occurred Saturday in the"
        " 2100 block of Maple Road. The victim, a 40-year-old female, was found inside "
        "the residence. An autopsy is scheduled.",
        1,
        0,
    ),
    (
        "p06",
        "Officers respond to shooting",
        "At 3:42 a.m. officers were dispatched to Walnut Street for shots fired. "
        "Officers located two victims. One victim was pronounced deceased on scene. The"
        " second victim was transported to Mercy Hospital with non-life-threatening "
        "injuries.",
        1,
        1,
    ),
    (
        "p07",
        "Update on homicide",
        "The victim in Tuesday's homicide has been identified as Brianna Scott, 27. "
        "Next of kin has been notified.",
        1,
        0,
    ),
    (
        "c01",
        "Man charged with murder",
        "DETROIT - A 22-year-old man has been charged with murder in the death of a "
        "Detroit woman who was shot outside her home last month, prosecutors said "
        "Thursday.",
        1,
        0,
    ),
    (
        "c02",
        "Arrest made in killing",
        "Police have arrested a 17-year-old in connection with the killing of a man on "
        "Chestnut Street last weekend. The teen faces a charge of first-degree murder.",
        1,
        0,
    ),
    (
        "c03",
        "Suspect charged",
        "A man accused of shooting his neighbor in the stomach during an argument over "
        "a dog was charged with aggravated assault Wednesday. The neighbor is expected "
        "to recover.",
        0,
        1,
    ),
    (
        "c04",
        "Man arrested in fatal shooting",
        "ERIE, Pa. - Erie police arrested a 30-year-old man on Tuesday in the fatal "
        "shooting of Kevin Ross, 25, on East 26th Street.",
        1,
        0,
    ),
    (
        "c05",
        "Woman charged in husband's death",
        "A woman was charged with second-degree murder Monday, accused of shooting her "
        "husband at their home on Birch Lane.",
        1,
        0,
    ),
    (
        "c06",
        "Charges filed",
        "Prosecutors have filed murder charges against two men in the shooting that "
        "killed a 20-year-old outside a Waffle House on Saturday.",
        1,
        0,
    ),
    (
        "c07",
        "Teen held in shooting",
        "A 16-year-old boy is being held on charges of attempted murder after a man was"
        " shot twice in the back on Franklin Avenue, police said.",
        0,
        1,
    ),
    (
        "c08",
        "Manslaughter charge",
        "A father faces an involuntary manslaughter charge after his 4-year-old son "
        "found an unsecured handgun and fatally shot himself, the district attorney "
        "said.",
        1,
        0,
    ),
    (
        "v01",
        "Vigil held for slain teen",
        "Friends and family gathered Sunday evening to remember Jaylen Brooks, the "
        "17-year-old who was shot and killed outside a basketball court last week. "
        "Balloons were released in his memory.",
        1,
        0,
    ),
    (
        "v02",
        "Family remembers mother",
        "Relatives of Keisha Dunn, who was killed in a shooting on Thursday, described "
        "her as a devoted mother of two. A GoFundMe has been set up to cover funeral "
        "costs.",
        1,
        0,
    ),
    (
        "v03",
        "Community mourns",
        "Dozens of people gathered at the corner of 5th and Main to mourn a 24-year-old"
        " man who died after being shot there Saturday night.",
        1,
        0,
    ),
    (
        "v04",
        "Funeral set for shooting victim",
        "Services for Marcus Lee, who died of a gunshot wound on May 3, will be held "
        "Saturday at Greater Hope Baptist Church.",
        1,
        0,
    ),
    (
        "o01",
        "Man killed in officer-involved shooting",
        "PHOENIX - A man was killed in an officer-involved shooting Friday night after "
        "he pointed a gun at officers, police said. No officers were hurt.",
        1,
        0,
    ),
    (
        "o02",
        "Deputies fire on suspect",
        "Deputies returned fire after a suspect shot at them during a traffic stop on "
        "Route 30. The suspect was killed. One deputy was struck in the arm and is "
        "expected to recover.",
        1,
        1,
    ),
    (
        "o03",
        "Officer-involved shooting",
        "An officer shot a knife-wielding man on Oak Street on Monday. The man, rushed "
        "to Mercy General, remains in critical condition.",
        0,
        1,
    ),
    (
        "o04",
        "Police shoot suspect",
        "A suspect was shot and killed by police after a chase ended in a crash on "
        "Interstate 35. The Texas Rangers will investigate.",
        1,
        0,
    ),
    (
        "o05",
        "Trooper shoots man",
        "A state trooper shot and killed a man who opened fire during a traffic stop "
        "early Sunday, state police said. The trooper was not injured.",
        1,
        0,
    ),
    (
        "o06",
        "Suspect dies after standoff",
        "A man who barricaded himself inside a home for six hours died after exchanging"
        " gunfire with SWAT officers, authorities said.",
        1,
        0,
    ),
    (
        "m01",
        "Murder-suicide",
        "WICHITA, Kan. - Police believe a man shot his wife and then himself in what "
        "they are calling a murder-suicide. Both were found dead inside their home "
        "Tuesday.",
        2,
        0,
    ),
    (
        "m02",
        "Couple found dead",
        "A couple was found dead in their home Saturday in what investigators described"
        " as an apparent murder-suicide.",
        2,
        0,
    ),
    (
        "m03",
        "Murder-suicide leaves three dead",
        "A man fatally shot his ex-girlfriend and her mother before turning the gun on "
        "himself, police said.",
        3,
        0,
    ),
    (
        "m04",
        "Father kills son, self",
        "Investigators say a 58-year-old man shot and killed his adult son and then "
        "took his own life.",
        2,
        0,
    ),
    (
        "m05",
        "Apparent murder-suicide",
        "The bodies of a 70-year-old man and his 68-year-old wife were found in their "
        "bedroom. Police said he shot her before shooting himself.",
        2,
        0,
    ),
    (
        "a01",
        "Boy accidentally shoots himself",
        "A 6-year-old boy accidentally shot himself with a gun he found in a nightstand"
        " Saturday, police said. He is expected to survive.",
        0,
        1,
    ),
    (
        "a02",
        "Toddler dies",
        "A 3-year-old girl died after finding a loaded handgun under a couch and "
        "shooting herself, the sheriff said.",
        1,
        0,
    ),
    (
        "a03",
        "Hunter shot",
        "A man was accidentally shot by a relative while cleaning a rifle in the "
        "garage, deputies said. He was flown to a trauma center.",
        0,
        1,
    ),
    (
        "a04",
        "Man shoots himself in leg",
        "A man shot himself in the leg at a gun range Sunday. His wound was not serious.",
        0,
        1,
    ),
    (
        "a05",
        "Teen dies in accidental shooting",
        "A 14-year-old boy died Friday after a friend accidentally shot him while they "
        "were handling a pistol, police said.",
        1,
        0,
    ),
    (
        "a06",
        "Child wounded",
        "A 9-year-old girl was struck by a stray bullet while sleeping in her bedroom "
        "late Tuesday. She was rushed to Children's Hospital and is in serious "
        "condition.",
        0,
        1,
    ),
    (
        "a07",
        "Infant killed",
        "An 11-month-old baby was killed when gunfire struck the car she was riding in,"
        " police said.",
        1,
        0,
    ),
    (
        "h01",
        "City's 14th homicide",
        "DAYTON, Ohio - A man was shot and killed on Salem Avenue on Friday, the city's"
        " 14th homicide this year.",
        1,
        0,
    ),
    (
        "h02",
        "Shooting death",
        "Police said the killing marks the 32nd homicide of the year in Milwaukee. The "
        "victim, a 40-year-old man, was found in an alley.",
        1,
        0,
    ),
    (
        "h03",
        "Man killed",
        "A 28-year-old man was found shot to death Sunday. It is the county's fifth "
        "homicide in 2021, compared with three at this time last year.",
        1,
        0,
    ),
    (
        "h04",
        "Teen killed",
        "A teen was killed in a shooting Saturday. Twelve people have been killed by "
        "gunfire in the city so far this year.",
        1,
        0,
    ),
    (
        "h05",
        "Woman wounded",
        "A woman was shot in the hip Monday night. The city has recorded 45 shootings "
        "and nine homicides this year.",
        0,
        1,
    ),
    (
        "x01",
        "Two dead in shooting",
        "Authorities say two men died after an exchange of gunfire at a house party "
        "early Sunday. A third man was grazed.",
        2,
        1,
    ),
    (
        "x02",
        "Shooting victim dies",
        "The man shot Saturday on Park Avenue has died, police said Tuesday. The case "
        "is now a homicide.",
        1,
        0,
    ),
    (
        "x03",
        "Man killed, woman hurt",
        "Police said a man was killed and a woman wounded when someone fired into their"
        " car at a stoplight.",
        1,
        1,
    ),
    (
        "x04",
        "Store clerk killed",
        "A store clerk died after a robber shot him during a holdup at a gas station "
        "Thursday night.",
        1,
        0,
    ),
    (
        "x05",
        "Homicide victim",
        "Police have identified the homicide victim found Sunday on Garfield Street as "
        "Eric Lyons, 33.",
        1,
        0,
    ),
    (
        "x06",
        "Shooting",
        "A man was shot multiple times and did not survive, police said.",
        1,
        0,
    ),
    (
        "x07",
        "Fatal shooting",
        "Officers arrived to find a woman suffering from gunshot wounds. Despite "
        "life-saving efforts she died at the scene.",
        1,
        0,
    ),
    (
        "x08",
        "Man dead",
        "A man is dead following a shooting at an apartment complex on Westview Drive.",
        1,
        0,
    ),
    (
        "x09",
        "Shooting death",
        "A 21-year-old man was shot and later died at the hospital. Police said he was targeted.",
        1,
        0,
    ),
    (
        "x10",
        "Homicide",
        "Detectives are investigating the homicide of a man whose body was found in a "
        "field with gunshot wounds.",
        1,
        0,
    ),
    (
        "x11",
        "Woman killed by ex",
        "Police say a woman was killed by her ex-boyfriend, who shot her in front of "
        "their children.",
        1,
        0,
    ),
    (
        "x12",
        "Killing",
        "The killing of 19-year-old Devin Hart on Saturday has shaken his neighborhood,"
        " where he worked at a barbershop.",
        1,
        0,
    ),
    (
        "x13",
        "Man dies",
        "A man hit in his neck by gunfire on Friday died of his wounds on Monday, police said.",
        1,
        0,
    ),
    (
        "x14",
        "Deadly shooting",
        "The shooting happened just before 10 p.m. on Division Street. The victim, "
        "identified as Lamar Evans, was pronounced dead at a local hospital.",
        1,
        0,
    ),
    (
        "x15",
        "Fatal shooting on 8th Street",
        "A dispute between neighbors ended in a fatal shooting Sunday. Police said one "
        "man fired a shotgun at the other.",
        1,
        0,
    ),
    (
        "x16",
        "Man critically hurt",
        "A man was shot in the chest and is fighting for his life, police said Saturday.",
        0,
        1,
    ),
    (
        "x17",
        "Shooting",
        "Police said the victim was shot once in the abdomen. Doctors listed him as "
        "critical but stable.",
        0,
        1,
    ),
    (
        "x18",
        "Three wounded",
        "Three people were wounded when gunfire broke out at a block party. None of the"
        " injuries appear life-threatening.",
        0,
        3,
    ),
    (
        "x19",
        "Two killed",
        "Two brothers were killed and a cousin was injured in a shooting at a family "
        "gathering on Sunday.",
        2,
        1,
    ),
    (
        "x20",
        "Man dies",
        "A man shot during a robbery attempt at his home on Monday has died, authorities said.",
        1,
        0,
    ),
    (
        "x21",
        "Victim dies",
        "The woman wounded in last week's shooting on Center Street has died from her injuries.",
        1,
        0,
    ),
    (
        "x22",
        "Homicide",
        "A man was found dead from an apparent gunshot wound in a parked car, and "
        "police are treating his death as a homicide.",
        1,
        0,
    ),
    (
        "x23",
        "Shooting",
        "Officers found a man lying in the roadway with a gunshot wound. Medics "
        "attempted CPR but he could not be revived.",
        1,
        0,
    ),
    (
        "x24",
        "Father killed",
        "A father of four was killed Saturday when an unknown gunman opened fire on a "
        "group gathered outside a home.",
        1,
        0,
    ),
    (
        "x25",
        "Woman slain",
        "A woman was slain in her apartment on Friday, and police have named her "
        "boyfriend as a suspect.",
        1,
        0,
    ),
    (
        "x26",
        "Shot dead",
        "A man was shot dead in his driveway on Tuesday evening, police said.",
        1,
        0,
    ),
    (
        "x27",
        "Man dies in hospital",
        "A man who walked into Grady Memorial Hospital with a gunshot wound on Friday "
        "later died, Atlanta police said.",
        1,
        0,
    ),
    (
        "x28",
        "Shooting",
        "A woman died and two men were injured in a shooting at a bar, police said.",
        1,
        2,
    ),
    (
        "x29",
        "Killed",
        "Police say Jamal Green, 26, was killed in a drive-by shooting on Saturday.",
        1,
        0,
    ),
    (
        "x30",
        "Death",
        "The medical examiner ruled the death of Tina Ruiz, 44, a homicide caused by a "
        "gunshot wound to the chest.",
        1,
        0,
    ),
    (
        "y01",
        "Man gunned down in driveway",
        "NEW ORLEANS - Police say a 36-year-old man was gunned down in his own driveway"
        " in the Seventh Ward on Friday night.",
        1,
        0,
    ),
    (
        "y02",
        "Gunmen kill two",
        "Two masked gunmen gunned down a pair of brothers outside a barbershop on "
        "Saturday, police said.",
        2,
        0,
    ),
    (
        "y03",
        "Decedent identified",
        "The decedent was identified as Carla Reyes, 41, of Pueblo. Deputies found her "
        "in the living room of the home with a gunshot wound.",
        1,
        0,
    ),
    (
        "y04",
        "Man could not be saved",
        "Paramedics tried to save the man, but he was pronounced dead within the hour.",
        1,
        0,
    ),
    (
        "y05",
        "Woman shot in leg",
        "GREENVILLE, S.C. - A woman was shot in the leg during an argument at a Main "
        "Street bar early Sunday. The city has had 18 shootings so far this year.",
        0,
        1,
    ),
    (
        "y06",
        "Man found shot",
        "A man was found shot in a car on Hill Avenue on Tuesday. Efforts to revive him failed.",
        1,
        0,
    ),
    (
        "y07",
        "Suspect killed",
        "The suspect was killed after he opened fire on deputies serving a warrant, the"
        " sheriff said. No deputies were struck.",
        1,
        0,
    ),
    (
        "y08",
        "Trooper wounded",
        "A man fired at a trooper during a traffic stop on Interstate 70 on Thursday. "
        "The trooper was struck in the shoulder and is recovering. The man fled.",
        0,
        1,
    ),
    (
        "y09",
        "Girl shot at birthday party",
        "A girl, 12, was hit in her foot by a bullet at a birthday party on Elm Street "
        "on Saturday. She is expected to be OK.",
        0,
        1,
    ),
    (
        "y10",
        "Deadly shooting at apartments",
        "Police are investigating a deadly shooting at the Meadow Creek Apartments. "
        "They have not said who died.",
        1,
        0,
    ),
    (
        "y11",
        "Man dies after shootout",
        "A man died after trading gunfire with another man in a parking lot, police "
        "said. The second man was hit in the hand.",
        1,
        1,
    ),
    (
        "y12",
        "Homicide victim named",
        "Metro police identified the man killed Sunday on Dickerson Pike as Rashad Holt, 30.",
        1,
        0,
    ),
    (
        "y13",
        "Boy dies",
        "A 7-year-old boy who was shot while riding in his family's car on Friday has "
        "died, his family said.",
        1,
        0,
    ),
    (
        "y14",
        "Murder charge",
        "A 19-year-old was charged Thursday with murder in the shooting death of a classmate.",
        1,
        0,
    ),
    (
        "y15",
        "Police shooting",
        "A man was wounded by police after he fired at officers during a domestic call,"
        " the department said. He remains hospitalized.",
        0,
        1,
    ),
    (
        "y16",
        "Officers kill gunman",
        "Officers shot and killed a gunman who had fired into a crowded restaurant, "
        "wounding two diners.",
        1,
        2,
    ),
    (
        "y17",
        "Man kills wife, self",
        "A man shot and killed his wife before killing himself Tuesday at their home in"
        " Elk Grove, deputies said.",
        2,
        0,
    ),
    (
        "y18",
        "Mother and daughter dead",
        "A mother and her daughter were found shot to death inside their home. Police "
        "said the daughter's ex-husband was later found dead of a self-inflicted "
        "gunshot wound in his truck.",
        3,
        0,
    ),
    (
        "y19",
        "Teen dies by suicide",
        "A 17-year-old boy died of a self-inflicted gunshot wound at the high school, "
        "officials said.",
        1,
        0,
    ),
    (
        "y20",
        "Hunter killed",
        "A 60-year-old hunter was killed when a companion mistook him for a deer and "
        "fired, wildlife officers said.",
        1,
        0,
    ),
    (
        "y21",
        "Boy shoots brother",
        "A 5-year-old boy shot his 3-year-old brother with their father's gun. The "
        "younger boy, flown to Children's Mercy, is in critical condition.",
        0,
        1,
    ),
    (
        "y22",
        "City's 20th homicide",
        "Friday's killing of a 32-year-old man on Clark Street was the city's 20th "
        "homicide of the year, police said.",
        1,
        0,
    ),
    (
        "y23",
        "Year's tally",
        "A woman was killed in a shooting Saturday night, the 11th person killed in the"
        " city this year. Last year 30 people were killed.",
        1,
        0,
    ),
    (
        "y24",
        "Vigil",
        "Neighbors held a candlelight vigil Sunday for Tamika Rowe, 22, who was fatally"
        " shot on her front porch Wednesday.",
        1,
        0,
    ),
    (
        "y25",
        "Obituary",
        "Andre Wallace, 19, of Flint, died June 6, 2021, from injuries he suffered in a"
        " shooting. He loved basketball and his family.",
        1,
        0,
    ),
    (
        "y26",
        "Family seeks answers",
        "The family of a man killed in a shooting outside a nightclub last month is "
        "pleading for witnesses to come forward.",
        1,
        0,
    ),
    (
        "y27",
        "Arrest in killing",
        "Deputies arrested a man Tuesday in the slaying of his roommate, whose body was"
        " found in their apartment.",
        1,
        0,
    ),
    (
        "y29",
        "Police: victim dead",
        "The shooting victim died at University Hospital. Police said he was 23.",
        1,
        0,
    ),
    (
        "y30",
        "Shooting victim succumbs",
        "The man succumbed to a gunshot wound to the chest on Tuesday night, according to police.",
        1,
        0,
    ),
    (
        "y31",
        "Teen killed, two hurt",
        "A teenager was killed and two others were hurt when someone opened fire at a park.",
        1,
        2,
    ),
    (
        "y32",
        "Man dies in shooting",
        "A man is dead and police are searching for the shooter after gunfire on Broad Street.",
        1,
        0,
    ),
    (
        "y33",
        "Domestic shooting",
        "Police say a husband shot his wife in the arm during an argument and then "
        "barricaded himself in the house. She is in stable condition.",
        0,
        1,
    ),
    (
        "y34",
        "Fatal officer shooting",
        "A man armed with a rifle died after being shot by a sheriff's deputy on Saturday.",
        1,
        0,
    ),
    (
        "y35",
        "Deadly night",
        "One man is dead after a shooting late Saturday, the 14th homicide in the city this year.",
        1,
        0,
    ),
    (
        "y36",
        "Shooting at party",
        "A 20-year-old was killed and a 17-year-old wounded early Sunday at a house "
        "party, police said.",
        1,
        1,
    ),
    (
        "y37",
        "Man shot",
        "A man shot in the stomach Thursday was in serious condition, police said.",
        0,
        1,
    ),
    (
        "y38",
        "Double homicide",
        "Police are investigating a double homicide after two men were found dead in a "
        "home on Pine Street.",
        2,
        0,
    ),
    (
        "y39",
        "Double shooting",
        "Two women were hurt in a double shooting on Tuesday. Neither injury is life-threatening.",
        0,
        2,
    ),
    (
        "y40",
        "Woman killed",
        "A woman was shot and killed by her estranged husband, who then turned the gun "
        "on himself and survived.",
        1,
        1,
    ),
    (
        "y41",
        "Victim dies",
        "The man wounded in Friday's shooting on Elm Street has died, police said.",
        1,
        0,
    ),
    (
        "y42",
        "Teen wounded earlier dies",
        "A teen injured in a shooting last week has died from his wounds, family members said.",
        1,
        0,
    ),
    (
        "z01",
        "Shooting on Elm",
        "Victim: Tyrell Moore, 24, of Dayton. Condition: deceased. Suspect: unknown.",
        1,
        0,
    ),
    (
        "z02",
        "Shooting incident",
        "Victim: Andre Price, 31. Injuries: gunshot wound to the arm, non-life "
        "threatening. Suspect: unknown.",
        0,
        1,
    ),
    (
        "z03",
        "Weekend shooting",
        "The Marion County coroner identified the man who died in Saturday's shooting "
        "as Luis Ortega, 27.",
        1,
        0,
    ),
    (
        "z04",
        "Press release",
        "Upon arrival, officers located a female victim with a gunshot wound. "
        "Life-saving measures were performed; however, the victim was pronounced "
        "deceased at the scene.",
        1,
        0,
    ),
    (
        "z05",
        "Press release",
        "Officers located an adult male with multiple gunshot wounds. He was "
        "transported to Grady Hospital in critical condition.",
        0,
        1,
    ),
    (
        "z06",
        "Press release",
        "The male victim succumbed to his injuries at the hospital. A second male "
        "victim was treated for a graze wound and released.",
        1,
        1,
    ),
    (
        "z07",
        "Police identify man",
        "Police have identified the man shot and killed Monday as 42-year-old Victor Hale.",
        1,
        0,
    ),
    (
        "z08",
        "Man dead",
        "Police said a bullet had struck the man's head. The coroner's office "
        "pronounced him dead at 4:12 a.m.",
        1,
        0,
    ),
    (
        "z09",
        "Autopsy",
        "An autopsy determined that Derek Moss, 35, died of one bullet wound in his "
        "back. His death was ruled a homicide.",
        1,
        0,
    ),
    (
        "z10",
        "Fatal shooting",
        "The shooting claimed the life of a 67-year-old grandmother who was sitting in "
        "her kitchen.",
        1,
        0,
    ),
    (
        "z11",
        "Deputies kill armed man",
        "Deputies fatally shot a man who charged at them with a machete on Sunday, the "
        "sheriff's office said.",
        1,
        0,
    ),
    (
        "z12",
        "Officer wounded, suspect dead",
        "An officer was shot in the leg and the suspect was killed in an exchange of "
        "gunfire Wednesday.",
        1,
        1,
    ),
    (
        "z13",
        "Murder-suicide",
        "Police said it appeared the man shot the woman and then turned the gun on "
        "himself. Both died at the scene.",
        2,
        0,
    ),
    (
        "z14",
        "Man shoots himself after standoff",
        "After a four-hour standoff, the man fatally shot himself inside the house, "
        "police said. No one else was hurt.",
        1,
        0,
    ),
    (
        "z15",
        "Child finds gun",
        "A 4-year-old boy was killed Sunday after he found a handgun in his "
        "grandmother's purse and it went off.",
        1,
        0,
    ),
    (
        "z16",
        "Accidental discharge",
        "A teenager was wounded when a gun his friend was showing off accidentally "
        "discharged, police said.",
        0,
        1,
    ),
    (
        "z17",
        "The slaying",
        "Investigators have few leads in the slaying of a convenience store owner on "
        "Route 1 last week.",
        1,
        0,
    ),
    (
        "z18",
        "Homicide investigation",
        "Homicide detectives were called to the scene on Clay Street after a man's body"
        " was found with gunshot wounds.",
        1,
        0,
    ),
    (
        "z19",
        "Man found dead",
        "A man was found dead of a bullet wound behind a home on Lee Avenue, police said Friday.",
        1,
        0,
    ),
    (
        "z20",
        "Teen slain",
        "A boy, 15, was shot and killed in what detectives called a targeted attack."
        " Two other teens who were with him were not hurt.",
        1,
        0,
    ),
    (
        "z21",
        "Woman shot dead",
        "A woman was shot dead inside her car at a red light, police said. Her "
        "2-year-old son in the back seat was unharmed.",
        1,
        0,
    ),
    (
        "z22",
        "Coroner identifies victim",
        "The coroner's office identified the victim as Jamal Reed, 19. He died from a "
        "gunshot wound to the chest.",
        1,
        0,
    ),
    (
        "z23",
        "City homicide",
        "The shooting death on Wednesday was the city's 25th homicide of 2021 and its "
        "19th by gunfire.",
        1,
        0,
    ),
    (
        "z24",
        "Victim remembered",
        "Friends are remembering Carlos Vega, who was killed in a shooting outside his "
        "home on Friday.",
        1,
        0,
    ),
    (
        "z25",
        "Two dead",
        "A gunman killed two people at a tire shop before fleeing, police said. "
        "Officers are searching for him.",
        2,
        0,
    ),
    (
        "co1",
        "Victim named",
        "SPOKANE, Wash. - The Spokane County medical examiner's office identified the man as "
        "Tom Burke, 50. Detectives are asking for tips.",
        1,
        0,
    ),
    (
        "co2",
        "Two killed in Friday shooting",
        "Two men were killed Friday outside a bar on Sprague Avenue. The coroner identified the "
        "men as Al Wu, 31, and Bo Li, 29.",
        2,
        0,
    ),
    (
        "co3",
        "Man wounded",
        "A man was shot in the arm on Sprague Avenue. Police identified the victim as Ray "
        "Dunn, 40, who is expected to recover.",
        0,
        1,
    ),
]


MISSES: dict[str, str] = {
    # "gunned down" read as killed got five dev pages wrong: news also says it of people shot
    # who lived (a party's wounded); not read
    "n17": "(0, 0): 'gunned down' is not read (killed or only shot: news says both)",
    "y01": "(0, 0): 'gunned down' is not read (killed or only shot: news says both)",
    "v03": "(0, 0): a death a gathering mourns is set aside as the cause of a vigil",
    "y24": "(0, 0): a death a vigil is held for is set aside as the cause of a vigil",
}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["p02", "y03"])
def test_the_decedent_is_one_dead(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["x23", "y06"])
def test_a_failed_revival_tells_a_death(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["n09", "co1", "co2", "co3"])
def test_the_coroner_identifies_the_dead(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


def test_a_clause_after_but_is_no_part_of_the_effort() -> None:
    # "Paramedics tried to save the man, but he was pronounced dead"
    assert read_case(CASES, "y04")[0] == (1, 0)


@pytest.mark.parametrize("case_id", ["y42"])
def test_the_injured_who_died_are_not_injured(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


def test_turned_the_gun_on_himself_and_survived() -> None:
    assert read_case(CASES, "y40")[0] == (1, 1)


def test_shot_and_killed_after_its_people() -> None:
    # "identified the man shot and killed Monday as ...": "killed" tagged a past tense
    assert read_case(CASES, "z07")[0] == (1, 0)


@pytest.mark.parametrize("case_id", ["p03", "p04", "z01", "z02"])
def test_labelled_fields_of_a_release(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


PERIOD: list[tuple[str, bool]] = [
    ("Woman hurt\nA woman was shot Monday. The city has recorded 45 shootings this year.", False),
    ("Shooting\nA man was shot. There have been 12 shootings in 2021 in the county.", False),
    ("14 killed in shootings this month\nA man was wounded Thursday.", True),
    # "Jan." ends in a stop: the period is read before the space after it
    ("Man hurt\nA man was hurt. The county has counted 21 shootings since Jan. 1.", False),
    ("Man hurt\nA man was hurt. Police have logged 9 shootings in the ward since Jan.", False),
    ("Shooting\nThree shootings overnight left two men hurt, police said.", True),
    # an abbreviation's stop before a lowercase word ends no sentence (`sentence_end`)
    (
        "Man hurt\nA man was hurt. The city has seen 30 shootings on Elm St. and nearby blocks "
        "this year.",
        False,
    ),
]


@pytest.mark.parametrize(("lead", "want"), PERIOD)
def test_a_period_count_in_the_lead_is_no_roundup(lead: str, want: bool) -> None:
    """'The city has recorded 45 shootings this year': a running count, not several incidents
    the page details; the same count in a headline keeps the page a roundup."""
    title, text = lead.split("\n", 1)
    assert is_roundup(Article(id="t", title=title, text=text)) is want
