"""Tolls of invented US local-news snippets in wordings the GVA dev half seldom shows (session
23, h-counts21): "two people were shot, one fatally", updates, murder-suicides, police
shootings, people hurt but not shot, lists of named victims, tallies and earlier incidents
beside the story. Each case: (id, title, text, killed, injured) as GVA would count them
(everyone shot, suspects included; people hurt but not shot are not injured). The cases the
rules still miss are listed in `MISSES` with what goes wrong."""

from __future__ import annotations

import pytest

from newsfold.analyse.counts.total import _maybe_same

from .counts_helpers import case_params, read_case, tolls

CASES: list[tuple[str, str, str, int, int]] = [
    (
        "a01",
        "Two shot, one fatally, on Elm Street",
        "AKRON, Ohio - Two people were shot, one fatally, early Saturday on Elm Street, "
        "police said. Officers found both men on the sidewalk just after 2 a.m. The "
        "survivor was taken to Summa Akron City Hospital.",
        1,
        1,
    ),
    (
        "a02",
        "Man, woman wounded in Dayton shooting",
        "A man and a woman were wounded Friday night when someone opened fire outside a "
        "convenience store on Salem Avenue, Dayton police said. Both were expected to "
        "survive. No arrests have been made.",
        0,
        2,
    ),
    (
        "a03",
        "Three shot outside bar; one dies at hospital",
        "Three victims were shot outside a bar on Main Street in Peoria late Sunday. One "
        "of them later died at the hospital, according to the Peoria County coroner. The "
        "other two were listed in stable condition Monday.",
        1,
        2,
    ),
    (
        "a04",
        "Victim of Tuesday shooting has died",
        "The man shot Tuesday afternoon on Greenwood Avenue has died, Tulsa police said "
        "Thursday. Marcus Dell, 31, was hit several times in the chest. Detectives are "
        "asking anyone with information to call Crime Stoppers.",
        1,
        0,
    ),
    (
        "a05",
        "Second victim dies after Sunday shooting",
        "FLINT, Mich. - The second victim of a shooting on Dort Highway died Sunday, "
        "police said. Keisha Moore, 22, and Terrell Banks, 25, were both shot Friday "
        "night while sitting in a parked car. Banks died at the scene; Moore died two "
        "days later at Hurley Medical Center.",
        2,
        0,
    ),
    (
        "a06",
        "Police: Man killed wife, then himself",
        "A Lakeland man shot and killed his wife inside their home Wednesday before "
        "turning the gun on himself, the Polk County Sheriff's Office said. Deputies "
        "found the couple dead after a relative called 911. The sheriff called it a "
        "murder-suicide.",
        2,
        0,
    ),
    (
        "a07",
        "Officers kill armed suspect after chase",
        "Police in Bakersfield shot and killed a man who pointed a handgun at officers "
        "after a car chase Monday night, the department said. No officers were hurt. The "
        "man's name was not released.",
        1,
        0,
    ),
    (
        "a08",
        "Deputy wounded, suspect dead in exchange of gunfire",
        "A Pinal County deputy was shot in the leg and the suspect was killed during an "
        "exchange of gunfire Thursday near Casa Grande, the sheriff said. The deputy is "
        "expected to recover.",
        1,
        1,
    ),
    (
        "a09",
        "Teen grazed by bullet in Macon",
        "A 16-year-old boy was grazed by a bullet Saturday evening on Pio Nono Avenue, "
        "Macon police said. He was treated at the scene and released. Investigators found "
        "several shell casings in the street.",
        0,
        1,
    ),
    (
        "a10",
        "Man treated and released after being shot in foot",
        "A man, 40, was shot in the foot during an argument outside a Gary liquor "
        "store Sunday, police said. He was treated and released from Methodist Hospital. "
        "The shooter fled in a silver sedan.",
        0,
        1,
    ),
    (
        "a11",
        "Woman suffers non-life-threatening wound",
        "A woman suffered a non-life-threatening gunshot wound early Monday on the west "
        "side of Fort Wayne. Police said she was shot through the window of her "
        "apartment. She was taken to a hospital.",
        0,
        1,
    ),
    (
        "a12",
        "Man in critical condition after shooting",
        "A man is in critical condition; he was shot several times near 12th and "
        "Vine in Kansas City on Tuesday night, police said. Officers said the victim is "
        "in his 20s. No suspects are in custody.",
        0,
        1,
    ),
    (
        "a13",
        "Two wounded; third person hurt fleeing",
        "Two men were shot and a woman was hurt while running from the gunfire at a block "
        "party in Rockford late Saturday, police said. The woman twisted her ankle and "
        "was treated at the scene. The two men were taken to a hospital with wounds that "
        "were not life-threatening.",
        0,
        2,
    ),
    (
        "a14",
        "Bystander cut by flying glass in shooting",
        "A man was shot in the arm Friday outside a Jackson restaurant, and a diner "
        "inside was cut by flying glass when a bullet shattered a window, police said. "
        "Both were taken to UMMC in Jackson.",
        0,
        1,
    ),
    (
        "a15",
        "Two pronounced dead in Memphis apartment",
        "Jamal Carter, 24, and Devon Price, 19, were pronounced dead at an apartment on "
        "Lamar Avenue on Wednesday, Memphis police said. Both had been shot. A third man "
        "was taken to Regional One in critical condition.",
        2,
        1,
    ),
    (
        "a16",
        "City's 45th homicide: man shot dead",
        "A man was shot and killed on the north side of Milwaukee on Thursday, the city's "
        "45th homicide of the year. Police said the 33-year-old was found in an alley "
        "near 27th Street. Last year at this time the city had recorded 38 homicides.",
        1,
        0,
    ),
    (
        "a17",
        "Violent weekend: five shootings leave two dead",
        "Five shootings across Birmingham this weekend left two dead and six hurt, police "
        "said Monday. In the latest, a man, 19, was shot in the leg on Sunday "
        "night in Ensley. He is expected to survive.",
        0,
        1,
    ),
    (
        "a18",
        "Man sentenced in 2017 killing",
        "A Columbus man was sentenced Friday to 25 years in prison for the 2017 shooting "
        "death of his neighbor. Prosecutors said Darnell Hughes, 38, shot Leon Waters "
        "twice during a dispute over a parking space. Hughes pleaded guilty in March.",
        1,
        0,
    ),
    (
        "a19",
        "Police shoot dog during search",
        "Officers shot and killed a dog that charged at them while serving a search "
        "warrant in Shreveport on Tuesday, police said. No people were injured. Two men "
        "were arrested on drug charges.",
        0,
        0,
    ),
    (
        "a20",
        "Three killed, two wounded at house party",
        "SAVANNAH, Ga. - Three people were killed and two others were wounded early "
        "Sunday when gunfire erupted at a house party on the east side, police said. "
        "Officers arrived to find several victims in the front yard. The wounded were "
        "taken to Memorial Health, where one was listed in critical condition.",
        3,
        2,
    ),
    (
        "a21",
        "Four shot in Baltimore; one dies",
        "Four men were shot Tuesday evening in West Baltimore, and one of them died, "
        "police said. The shooting happened around 7 p.m. near North Avenue. The three "
        "survivors were being treated at Shock Trauma.",
        1,
        3,
    ),
    (
        "a22",
        "Teen dies days after being shot",
        "A 17-year-old shot last week outside a Hartford recreation center has died, "
        "police said Monday. The teen had been on life support at Saint Francis Hospital "
        "since the shooting. His death is being investigated as a homicide.",
        1,
        0,
    ),
    (
        "a23",
        "Man killed, girlfriend wounded",
        "A man was killed and his girlfriend was wounded in a shooting at their Stockton "
        "home early Friday, police said. She was shot in the shoulder and is expected to "
        "survive. Officers are looking for her former boyfriend.",
        1,
        1,
    ),
    (
        "a24",
        "Shots fired at officers, no one hurt",
        "Someone fired several shots at two Albuquerque police officers sitting in their "
        "patrol car Sunday, but neither officer was hit, the department said. The car's "
        "windshield was struck twice. A man was later arrested.",
        0,
        0,
    ),
    (
        "a25",
        "Father kills 2 children, then self",
        "A father fatally shot his two young children and then killed himself at a home "
        "in Spokane Valley on Saturday, the sheriff's office said. The children's mother "
        "was not home at the time. Deputies found all three dead.",
        3,
        0,
    ),
    (
        "a26",
        "Gunman wounds 3 before police kill him",
        "A gunman wounded three people at a grocery store in Boulder before he was shot "
        "dead by police Friday, officials said. The three victims, two employees and a "
        "customer, were hospitalized in stable condition.",
        1,
        3,
    ),
    (
        "a27",
        "Woman shot in face, man hit in leg",
        "A woman was shot in the face and a man was hit in the leg in a drive-by shooting "
        "on Collins Street in Jacksonville on Wednesday night, the sheriff's office said. "
        "Both were expected to survive.",
        0,
        2,
    ),
    (
        "a28",
        "Six wounded in shooting at park",
        "Six people were wounded when shots rang out during a pickup basketball game at a "
        "park in Richmond on Saturday afternoon, police said. Their injuries ranged from "
        "minor to serious. None were considered life-threatening.",
        0,
        6,
    ),
    (
        "a29",
        "Man fatally shot by trooper",
        "A state trooper fatally shot a man who stabbed a trooper during a traffic stop "
        "on Interstate 10 near Lake Charles, Louisiana State Police said. The stabbed "
        "trooper was treated for cuts to his arm.",
        1,
        0,
    ),
    (
        "a30",
        "One dead, one hurt in shootout",
        "One man is dead and another is hurt after the two exchanged gunfire in a parking "
        "lot in Mobile on Monday, police said. Investigators believe the men knew each "
        "other. The wounded man was arrested at the hospital.",
        1,
        1,
    ),
    (
        "a31",
        "Two brothers killed in Lansing",
        "Two brothers, ages 21 and 23, were shot to death inside a Lansing home Thursday "
        "night, police said. Their mother found them. Police have not identified a "
        "suspect.",
        2,
        0,
    ),
    (
        "a32",
        "Three injured in Waco shooting",
        "WACO, Texas - Three people were injured in a shooting outside a nightclub early "
        "Sunday. Police said two were shot and one was trampled in the crowd as people "
        "fled. The two gunshot victims are in stable condition.",
        0,
        2,
    ),
    (
        "a33",
        "Boy, 7, shot in the back while playing",
        "A boy, 7, was shot in the back as he played in the front yard of his "
        "family's Shreveport home Monday evening. He underwent surgery and is expected to "
        "recover, police said.",
        0,
        1,
    ),
    (
        "a34",
        "Clerk killed in robbery; robber shot by customer",
        "A store clerk was shot and killed during a robbery in Lubbock on Friday, and the "
        "robber was wounded when a customer returned fire, police said. The wounded man "
        "was taken into custody at the hospital.",
        1,
        1,
    ),
    (
        "a35",
        "Officer shot; suspect in custody",
        "An Omaha police officer was shot in the hand while chasing a suspect Wednesday "
        "night. The officer was treated and released. The suspect, who was not hit, was "
        "arrested a block away.",
        0,
        1,
    ),
    (
        "a36",
        "Nobody hit in Saturday gunfire",
        "Police in Erie are looking for whoever fired at least 15 shots on East 10th "
        "Street early Saturday. Bullets struck two houses and a car, but no one was "
        "injured, police said.",
        0,
        0,
    ),
    (
        "a37",
        "Husband shoots wife, two children, himself",
        "A man shot his wife and two children before turning the gun on himself in their "
        "Fresno home Sunday, police said. The wife and the man died. The two children "
        "were hospitalized in critical condition.",
        2,
        2,
    ),
    (
        "a38",
        "Woman found shot dead in car",
        "A woman was found shot to death inside a car parked on Elm Street in Waterbury "
        "on Tuesday morning, police said. A passerby called 911. She has not been "
        "identified.",
        1,
        0,
    ),
    (
        "a39",
        "Two dead, four wounded at Louisville gathering",
        "Two people died and four were wounded after someone fired into a crowd gathered "
        "at a Louisville park on Sunday night, police said. Among the wounded were two "
        "teenagers.",
        2,
        4,
    ),
    (
        "a40",
        "Man dies, woman hurt in Toledo shooting",
        "A man died and a woman was injured after gunfire on Toledo's east side Friday "
        "night, police said. The woman was shot once in the arm and taken to Toledo Hospital.",
        1,
        1,
    ),
    (
        "b01",
        "1 dead, 2 injured in overnight shooting",
        "One person is dead and two others are injured after a shooting overnight in "
        "Little Rock, police said. Officers responded to the 3000 block of Asher Avenue "
        "around 1 a.m. and found three people with gunshot wounds.",
        1,
        2,
    ),
    (
        "b02",
        "Shooting leaves teen dead",
        "A shooting Saturday in Hammond left a 15-year-old boy dead, police said. He was "
        "shot near a basketball court on Kenwood Street. Police said a second boy ran "
        "from the scene and was not hurt.",
        1,
        0,
    ),
    (
        "b03",
        "Woman dies after being shot by ex-boyfriend",
        "A Wichita woman died Monday, a day after her former boyfriend shot her in a "
        "store parking lot, police said. The man, 29, was arrested Sunday evening. Police said "
        "the woman's sister, who was with her, was not injured.",
        1,
        0,
    ),
    (
        "b04",
        "Gunfire at mall: 2 hurt, shooter at large",
        "Two people were hurt when gunfire broke out inside the Columbiana Centre mall on "
        "Saturday afternoon, Columbia police said. One was shot in the leg; the other was "
        "hurt falling down an escalator while running away. The shooter remains at large.",
        0,
        1,
    ),
    (
        "b05",
        "Grandmother killed by stray bullet",
        "A 68-year-old grandmother was killed by a stray bullet that came through her "
        "living room wall Thursday night in Jackson, police said. Police believe the "
        "shots were fired during a fight in the street outside.",
        1,
        0,
    ),
    (
        "b06",
        "Man shoots neighbor, is killed by deputies",
        "A man who shot his neighbor during an argument over a fence was killed by "
        "sheriff's deputies Monday in Ocala, officials said. The neighbor was flown to a "
        "hospital with serious injuries. No deputies were hurt.",
        1,
        1,
    ),
    (
        "b07",
        "Two women shot, both expected to survive",
        "Two women were shot Sunday afternoon outside an apartment complex in Durham, "
        "police said. Both are expected to survive. Witnesses told officers the gunman "
        "drove off in a blue pickup.",
        0,
        2,
    ),
    (
        "b08",
        "Three people found dead in apparent murder-suicide",
        "Three people were found dead in a home in Amarillo on Wednesday in what police "
        "called an apparent murder-suicide. Police said a 44-year-old man shot his wife "
        "and also his mother-in-law before killing himself.",
        3,
        0,
    ),
    (
        "b09",
        "Shooting victim identified",
        "The Hamilton County coroner has identified the man killed in a shooting Saturday "
        "in Chattanooga as 27-year-old Andre Lyles. Lyles was found shot on Wilcox "
        "Boulevard and died at the scene. A second man shot in the same incident remains "
        "hospitalized.",
        1,
        1,
    ),
    (
        "b10",
        "Officer-involved shooting: suspect wounded",
        "A man was wounded by Riverside police officers after he fired at them from a "
        "second-floor window Tuesday, the department said. He was taken to a hospital "
        "with wounds that are not considered life-threatening. No officers were struck.",
        0,
        1,
    ),
    (
        "b11",
        "Mother and daughter killed; son wounded",
        "A mother and her daughter were killed and her son was wounded when a gunman "
        "opened fire on their car in Compton on Friday night, deputies said. The son, 12, "
        "was shot in the arm.",
        2,
        1,
    ),
    (
        "b12",
        "Five shot at Joliet party",
        "Five people were shot at a house party in Joliet early Sunday, police said. Two "
        "of them, a man, 19, and a woman, 20, died at the hospital. The "
        "other three are in fair condition.",
        2,
        3,
    ),
    (
        "b14",
        "Second person dies from Riverside Drive shooting",
        "A second person has died from a shooting last week on Riverside Drive, Macon "
        "police said Monday. Tamika Rowe, 34, died Sunday at Atrium Health Navicent. Her "
        "boyfriend, Lamar Green, 36, was killed at the scene.",
        2,
        0,
    ),
    (
        "b15",
        "Man critically hurt in Chester shooting",
        "A 23-year-old man was critically wounded in a shooting in Chester on Wednesday "
        "afternoon, police said. He was shot in the abdomen and taken to Crozer-Chester "
        "Medical Center.",
        0,
        1,
    ),
    (
        "b16",
        "Store owner shoots robber",
        "A store owner in Beaumont shot and killed a man who tried to rob him at gunpoint "
        "Tuesday night, police said. The owner was not hurt. Police said no charges had "
        "been filed.",
        1,
        0,
    ),
    (
        "b17",
        "Teens shot near school",
        "Three teenagers were shot near Westside High School in Anderson after classes "
        "let out Thursday, police said. One boy was in critical condition; the other two "
        "had minor wounds.",
        0,
        3,
    ),
    (
        "b18",
        "Couple found dead in apparent murder-suicide",
        "A husband and wife were found dead Monday inside their home in Hendersonville in "
        "what police described as a murder-suicide. Police said the man shot his wife and "
        "then himself.",
        2,
        0,
    ),
    (
        "b19",
        "Woman shot, boyfriend arrested",
        "A woman was shot in the chest during a fight with her boyfriend in Pueblo on "
        "Friday, police said. She remains hospitalized. The boyfriend, 32, was booked on "
        "a charge of attempted murder.",
        0,
        1,
    ),
    (
        "b20",
        "Shooting at gas station leaves 1 dead",
        "A man is dead after he was shot at a gas station on West Broad Street in "
        "Richmond on Sunday, police said. Police found him inside his car with multiple "
        "gunshot wounds. He died at the scene.",
        1,
        0,
    ),
    (
        "b21",
        "Twin brothers wounded",
        "Twin brothers, 18, were both shot while walking home from work in Camden on "
        "Tuesday night, police said. One was hit in the leg and the other in the hip. "
        "They are in stable condition at Cooper University Hospital.",
        0,
        2,
    ),
    (
        "b22",
        "Police: 2 killed, including gunman",
        "Two people were killed, including the gunman, in a shooting at a warehouse in "
        "Pensacola on Thursday, police said. The gunman shot a coworker and was then shot "
        "by a security guard. No one else was injured.",
        2,
        0,
    ),
    (
        "b23",
        "Man wounded in road rage shooting",
        "A driver was wounded in what police described as a road rage shooting on "
        "Interstate 35 in San Antonio on Monday. The 45-year-old man was shot in the "
        "shoulder and drove himself to a hospital.",
        0,
        1,
    ),
    (
        "b24",
        "Three dead after shooting at Gary home",
        "Three men were killed in a shooting at a home in Gary on Saturday night, police "
        "said. Officers found the men, ages 25, 31 and 40, inside the living room. A "
        "woman in the home was not injured.",
        3,
        0,
    ),
    (
        "b25",
        "Four people shot in Fort Worth, none killed",
        "Four people were shot Saturday night in Fort Worth, but none of the wounds "
        "appeared life-threatening, police said. The shooting happened outside a "
        "restaurant on East Lancaster Avenue.",
        0,
        4,
    ),
    (
        "b26",
        "Man shot by homeowner during break-in",
        "A man who broke into a home in Tyler early Wednesday was shot by the homeowner, "
        "police said. The intruder was taken to a hospital in serious condition. The "
        "homeowner and his wife were not hurt.",
        0,
        1,
    ),
    (
        "b27",
        "Man dies after shooting on Fourth of July",
        "A man who was shot during a Fourth of July celebration in Evansville has died, "
        "police said Wednesday. Darius Long, 28, died Tuesday at Deaconess Midtown "
        "Hospital. Two other people shot that night are recovering.",
        1,
        2,
    ),
    (
        "b28",
        "Baby hit by gunfire",
        "A 1-year-old girl was struck by gunfire as she slept in her crib in a Jackson "
        "home early Saturday, police said. She was taken to Children's of Mississippi and "
        "is expected to survive.",
        0,
        1,
    ),
    (
        "b29",
        "Deputies kill man who shot at them",
        "Deputies shot and killed a man who opened fire on them during a domestic call in "
        "Lake County on Sunday, the sheriff said. Two deputies were hit; both are "
        "expected to recover.",
        1,
        2,
    ),
    (
        "b30",
        "Shooting at church parking lot",
        "One person was killed and three were wounded in a shooting in the parking lot of "
        "a church in Montgomery after a funeral Saturday, police said. The wounded "
        "include a 14-year-old.",
        1,
        3,
    ),
    (
        "b31",
        "Two dead in Tampa double shooting",
        "A double shooting in Tampa early Sunday left two men dead, police said. Both "
        "were found outside a home on 22nd Street. Police have not released their names.",
        2,
        0,
    ),
    (
        "b32",
        "Teen killed, friend wounded",
        "A 17-year-old was killed and his 16-year-old friend was wounded when someone "
        "fired at them from a passing car in Kansas City, Kansas, on Monday night, police "
        "said.",
        1,
        1,
    ),
    (
        "b33",
        "Man shot dead in Aurora; second victim hurt",
        "A man was shot dead and a second victim was hurt early Friday in Aurora, police "
        "said. The second victim suffered a gunshot wound to the leg. Police are "
        "searching for two suspects.",
        1,
        1,
    ),
    (
        "b34",
        "Shots fired into home; woman hit",
        "Someone fired more than 20 rounds into a house on Maple Street in Springfield "
        "late Sunday, striking a woman inside, police said. The woman's injuries were not "
        "life-threatening. Four children in the home were not hurt.",
        0,
        1,
    ),
    (
        "b35",
        "Hunter shot by companion",
        "A 52-year-old hunter was wounded when a companion mistook him for a deer in "
        "rural Clearfield County on Saturday, state game officials said. He was flown to "
        "a trauma center in critical condition.",
        0,
        1,
    ),
    (
        "b36",
        "Security guard killed, gunman wounded",
        "A security guard was killed and the gunman was wounded in a shootout at a "
        "nightclub in Shreveport on Saturday, police said. The wounded gunman was "
        "arrested at a hospital.",
        1,
        1,
    ),
    (
        "b37",
        "Woman dies days after shooting",
        "A woman shot in the head during a dispute in Waukegan on Aug. 3 died Friday, "
        "police said. The man charged with shooting her will now face a murder charge, "
        "prosecutors said.",
        1,
        0,
    ),
    (
        "b38",
        "Three wounded, one seriously",
        "Three people were wounded, one seriously, in a shooting outside a bar in "
        "Syracuse early Sunday, police said. A man, 22, was shot in the stomach. "
        "The other two were hit in the legs.",
        0,
        3,
    ),
    (
        "b39",
        "Sister and brother shot; both die",
        "A brother and sister were shot in their Stockton home Thursday, and both died at "
        "the hospital, police said. The siblings were 19 and 22.",
        2,
        0,
    ),
    (
        "b40",
        "Killings at motel: 2 women dead",
        "Two women were found shot to death in a motel room in Albuquerque on Monday, "
        "police said. A man who had been staying with them was arrested later that day.",
        2,
        0,
    ),
    (
        "c01",
        "Police: man shot, killed; second shooting this week",
        "A man was shot and killed Tuesday night on Oak Street in Hattiesburg, police "
        "said. It was the second shooting on the street this week; on Sunday, two women "
        "were wounded a block away. Police have not said whether the shootings are "
        "connected.",
        1,
        0,
    ),
    (
        "c02",
        "Homicides up 20 percent; man killed Friday",
        "A 35-year-old man was shot to death Friday in St. Louis, adding to a year in "
        "which homicides are up 20 percent. The city has recorded 112 killings so far "
        "this year, including 14 children. Police said the man was shot on Natural Bridge "
        "Avenue.",
        1,
        0,
    ),
    (
        "c03",
        "Man shot in leg; earlier shooting killed three",
        "A man was shot in the leg Saturday at the same apartment complex in Jackson "
        "where three people were killed in May, police said. The man, 26, is expected to "
        "recover.",
        0,
        1,
    ),
    (
        "c04",
        "Trial begins for man accused of killing four",
        "Jury selection began Monday in the trial of a Wichita man charged with shooting four "
        "people to death at a home on 13th Street in 2019. Prosecutors say Corey Blaine, 31, "
        "killed his former girlfriend, her mother and two friends. Blaine has pleaded not "
        "guilty.",
        4,
        0,
    ),
    (
        "c05",
        "Dog shot by neighbor; owner wounded",
        "A man in Anniston was grazed in the arm when his neighbor fired at his dog, "
        "which was killed, police said. The neighbor told officers the dog had attacked "
        "his chickens. He was charged with assault.",
        0,
        1,
    ),
    (
        "c06",
        "Two teens shot; 30th shooting of year",
        "Two teenage boys were shot Wednesday afternoon in Dover, the city's 30th "
        "shooting of the year, police said. Both were taken to Bayhealth Hospital with "
        "wounds that did not appear life-threatening.",
        0,
        2,
    ),
    (
        "c07",
        "Seven shot at Memorial Day cookout",
        "Seven people were shot, two of them fatally, at a Memorial Day cookout in Gary "
        "on Monday evening, police said. The dead were identified as Jerome Wills, 41, "
        "and Andre Sims, 18. The five wounded ranged in age from 15 to 52.",
        2,
        5,
    ),
    (
        "c08",
        "Mass shooting: four killed, ten wounded",
        "Four people were killed and 10 were wounded when two gunmen opened fire on a "
        "crowd outside a nightclub in Memphis early Sunday, police said. It was the "
        "city's deadliest shooting in a decade. The youngest victim was 16.",
        4,
        10,
    ),
    (
        "c09",
        "Man kills ex-wife, her boyfriend, then himself",
        "A 50-year-old man shot and killed his ex-wife and her boyfriend at a home in "
        "Port St. Lucie on Saturday and then shot himself, police said. He died at the "
        "hospital.",
        3,
        0,
    ),
    (
        "c10",
        "Shooting victim, 19, remains critical",
        "A 19-year-old man remained in critical condition Monday after he was shot "
        "Saturday night in the 400 block of Harrison Street in Youngstown. Police said "
        "another man who was with him ran away and was not hit.",
        0,
        1,
    ),
    (
        "c11",
        "Wounded officer released from hospital",
        "A Milwaukee police officer who was shot during a traffic stop last week was "
        "released from the hospital Tuesday. The suspect, 24, who was shot by another "
        "officer, died at the scene.",
        1,
        1,
    ),
    (
        "c12",
        "Family of three shot; father dies",
        "A family of three was shot inside their car at a red light in Houston on Sunday "
        "night, police said. The father died at the scene. The mother and their "
        "5-year-old son were taken to a hospital with wounds that were not "
        "life-threatening.",
        1,
        2,
    ),
    (
        "c13",
        "Shooting in New Orleans kills 1, injures 3",
        "A shooting in New Orleans' Seventh Ward killed one man and injured three others "
        "Saturday, police said. The injured were two men and a woman. Police did not "
        "release their ages.",
        1,
        3,
    ),
    (
        "c14",
        "Two men shot; one in grave condition",
        "Two men were shot Thursday in Trenton. One is in grave condition and the other "
        "suffered a graze wound, police said.",
        0,
        2,
    ),
    (
        "c15",
        "Police kill man who shot woman",
        "A man who shot a woman at a bus stop in Pittsburgh was shot and killed by police "
        "minutes later, the department said. The woman was hit twice and is in stable "
        "condition. Two officers fired their weapons; neither was injured.",
        1,
        1,
    ),
    (
        "c16",
        "Boy accidentally shoots sister",
        "A 4-year-old boy found a loaded handgun in a bedroom and accidentally shot his "
        "6-year-old sister in Lake Wales on Thursday, deputies said. The girl died at the "
        "hospital.",
        1,
        0,
    ),
    (
        "c17",
        "Shooting at gathering: 3 hurt, including 2 by gunfire",
        "Three people were hurt at a graduation party in Racine on Saturday night, two of "
        "them by gunfire, police said. The third was struck by a car as guests fled. All "
        "three are expected to survive.",
        0,
        2,
    ),
    (
        "c18",
        "Man shot by officer, later dies",
        "A man shot by a Fresno police officer during a struggle on Monday died "
        "Wednesday, the department said. The officer had a cut on his hand.",
        1,
        0,
    ),
    (
        "c19",
        "Killings of two in Dallas: suspect charged",
        "Dallas police charged a 22-year-old man Thursday with capital murder in the "
        "killings of two men found shot in a car on Monday. Officers found the victims, "
        "both 30, slumped in the front seats.",
        2,
        0,
    ),
    (
        "c20",
        "Shooting at Tucson apartment: five wounded",
        "Five people were wounded, two critically, in a shooting at an apartment building "
        "in Tucson on Friday night. Police said the victims were three men and two women.",
        0,
        5,
    ),
    (
        "c21",
        "Woman, 2 kids hurt as shots hit house",
        "A woman and two children were injured Saturday when gunshots were fired into a "
        "house in Dothan, police said. The woman was shot in the leg; the children were "
        "cut by broken glass. Police said none of the injuries were serious.",
        0,
        1,
    ),
    (
        "c22",
        "Man killed in Sunday shooting was father of five",
        "The man killed in a shooting Sunday in Lafayette was a father of five who "
        "coached youth football, his family said. Derek Ancelet, 34, was shot outside a "
        "convenience store. No other people were hurt.",
        1,
        0,
    ),
    (
        "c23",
        "Shots ring out at football game; two hurt",
        "Two people were struck by gunfire at a high school football game in Mobile on "
        "Friday night, police said. A boy, 17, was shot in the thigh, and a man was "
        "grazed on the head. Several other people suffered minor injuries in the stampede "
        "that followed.",
        0,
        2,
    ),
    (
        "c24",
        "Three found shot; two dead",
        "Police in Decatur found three people shot inside a home Tuesday. Two of them "
        "were dead when officers arrived. The third, a woman, was taken to a hospital in "
        "Birmingham.",
        2,
        1,
    ),
    (
        "c25",
        "Nine hurt in shooting at block party; none dead",
        "Nine people were shot at a block party on the south side of Columbus on Sunday, "
        "police said. All are expected to survive. The victims were between 14 and 31 "
        "years old.",
        0,
        9,
    ),
    (
        "c26",
        "Police: gunman killed three, wounded two",
        "A gunman killed three people and wounded two others at a car wash in Tulsa on "
        "Monday before he was arrested, police said.",
        3,
        2,
    ),
    (
        "c27",
        "Victim, 23, died at scene; two more injured",
        "One victim, 23, died at the scene of a shooting outside a Lexington nightclub "
        "early Saturday, police said. Two more were injured and were taken to UK "
        "Hospital.",
        1,
        2,
    ),
    (
        "c28",
        "Woman shot twice; boyfriend found dead",
        "A woman was shot twice and her boyfriend was found dead of a self-inflicted "
        "gunshot wound at their home in Ogden on Wednesday, police said. Police believe "
        "the boyfriend shot her before killing himself. She is expected to survive.",
        1,
        1,
    ),
    (
        "c29",
        "Man shot during robbery, another pistol-whipped",
        "Two men were robbed at gunpoint outside a Winston-Salem apartment on Monday. One "
        "was shot in the leg and the other was pistol-whipped, police said. Both were "
        "taken to a hospital.",
        0,
        1,
    ),
    (
        "c30",
        "14 killed in shootings this month",
        "Police said a man was wounded in a shooting Thursday on the city's east side, "
        "the latest in a month in which 14 people have been killed and 40 wounded in "
        "Indianapolis. The man was shot in the arm and is expected to recover.",
        0,
        1,
    ),
    (
        "d01",
        "Police identify victims in Saturday shooting",
        "CHARLESTON, S.C. - Police on Monday identified the two men killed in a shooting "
        "outside a West Ashley bar early Saturday. Tyrone Gadsden, 29, and Malik Brown, "
        "24, were pronounced dead at the scene, the Charleston County coroner said. A "
        "third man, 27, was shot in the hip and was in stable condition at MUSC. A woman "
        "who was hit by a car while fleeing the parking lot suffered a broken wrist. "
        "Police said an argument inside the bar spilled outside around 1:45 a.m. "
        "Witnesses told officers they heard more than a dozen shots. Detectives recovered "
        "two handguns. The shooting was the city's 11th homicide this year; there were 9 "
        "at this time last year. Police asked anyone with information to call Crime "
        "Stoppers.",
        2,
        1,
    ),
    (
        "d02",
        "Deputy killed, suspect dead after standoff",
        "A Marion County deputy was killed and another was wounded Tuesday when a man "
        "opened fire as they served an eviction notice, the sheriff said. Deputy Ray "
        "Collins, 41, was shot in the chest and died at the hospital. Deputy Lisa Tran, "
        "33, was shot in the arm and is expected to recover. The gunman barricaded "
        "himself inside the house for six hours. SWAT officers entered the home Tuesday "
        "night and found the man dead of a self-inflicted gunshot wound. Collins was the "
        "first county deputy killed in the line of duty since 1998. He leaves "
        "behind a wife and three children. No one else was hurt, the sheriff said.",
        2,
        1,
    ),
    (
        "d03",
        "Family mourns after shooting at birthday party",
        "A birthday party in Stockton ended in gunfire Saturday night, leaving a "
        "13-year-old girl dead and four other people wounded, police said. The girl, "
        "whose family identified her as Aaliyah Ruiz, was celebrating her cousin's 16th "
        "birthday in the backyard when a car pulled up and someone fired into the crowd. "
        "The four wounded include two men, 19 and 22, a woman, 45, and a 10-year-old boy. "
        "The boy was shot in one foot and was treated and released Sunday. The others "
        "remain hospitalized, one in critical condition. Police said they believe the "
        "gunman was targeting one of the men. It was the third shooting at a party in the "
        "city this summer; in June, two people were killed at a gathering on the north "
        "side. Relatives gathered Sunday at the home to leave flowers and candles.",
        1,
        4,
    ),
    (
        "d04",
        "Officer shoots man who attacked woman",
        "A Phoenix police officer shot and wounded a man who was stabbing a woman in a "
        "parking lot Wednesday morning, police said. Officers were called to the lot on "
        "Indian School Road after a caller reported a man attacking a woman with a knife. "
        "When the first officer arrived, the man ignored commands to drop the knife, "
        "police said. The officer fired three times, hitting the man in the torso. The "
        "man was taken to Banner University Medical Center in critical condition. "
        "The woman suffered several stab wounds and was also hospitalized. No officers "
        "were injured. The officer has "
        "been placed on paid leave, as is standard.",
        0,
        1,
    ),
    (
        "d05",
        "Update: Third victim dies after Sunday shooting",
        "A third person has died after a shooting at a Little Rock nightclub early "
        "Sunday, police said Wednesday. Jasmine Cole, 26, died Tuesday night at UAMS "
        "Medical Center. Two men, Darnell Tate, 30, and Eric Holmes, 28, were killed at "
        "the scene. Police have said six people were shot in all when a gunman fired "
        "inside the club around 2 a.m. The remaining three victims are recovering. A "
        "21-year-old man was arrested Monday and charged with capital murder; prosecutors "
        "are expected to add a third count. The club's owner said he would close the "
        "business for the rest of the month.",
        3,
        3,
    ),
    (
        "d06",
        "Man kills 3 at workplace; police fatally shoot him",
        "A man who had been fired from a San Jose rail yard returned Wednesday and shot "
        "three former coworkers to death before police killed him, authorities said. A "
        "fourth worker was shot in the shoulder and was listed in fair condition. Police "
        "said officers arrived within four minutes of the first 911 call and confronted "
        "the gunman in a break room. He was pronounced dead in the break room. The victims "
        "were ages 29, 40 and 57. The county had not seen a workplace shooting of this "
        "kind since 2014, when two people were killed at an office park. A candlelight "
        "vigil is planned for Thursday evening.",
        4,
        1,
    ),
    (
        "d07",
        "Two children among wounded in drive-by",
        "Five people, including two children, were wounded in a drive-by shooting in "
        "Shreveport on Sunday evening, police said. The victims were sitting on a porch "
        "on Jewella Avenue when a dark SUV drove by and someone inside fired at least 20 "
        "shots. A 6-year-old girl was grazed on the arm, and an 11-year-old boy was shot "
        "in the thigh. Three adults were hit in the legs and back. All five were taken to "
        "Ochsner LSU Health, and police said none of the injuries appeared "
        "life-threatening. A woman inside the house was cut by glass from a shattered "
        "window but declined treatment. Police have not made an arrest.",
        0,
        5,
    ),
    (
        "d08",
        "Police: shooting that killed 2 stemmed from dispute",
        "An argument over a borrowed car led to a shooting that killed two men and "
        "wounded a woman in Jacksonville on Friday night, the sheriff's office said "
        "Saturday. The sheriff said a 30-year-old man went to a home on Moncrief Road to "
        "get his car back and got into a fight with the homeowner. Both men pulled guns "
        "and fired. The homeowner, 45, and the 30-year-old both died of their wounds. The "
        "homeowner's daughter, 19, was hit in the leg by a stray round and is in good "
        "condition. The sheriff said no one else is being sought. Jacksonville has "
        "recorded 80 homicides this year.",
        2,
        1,
    ),
    (
        "d09",
        "Woman shot by ex at work; he dies in crash fleeing",
        "A man shot his former girlfriend at the Tyler hospital where she worked Monday "
        "and then died when he crashed his car while fleeing police, officials said. The "
        "woman, a 31-year-old nurse, was shot twice in the back in the parking garage. "
        "Coworkers rushed her to the ER; she was in stable condition "
        "Monday night. Officers spotted the man's car on Loop 323 minutes later. He sped "
        "away and struck a utility pole. He was pronounced dead beside the car. Police said "
        "the woman had filed for a protective order last month.",
        0,
        1,
    ),
    (
        "d10",
        "Four dead in Elkhart home; police call it murder-suicide",
        "Police in Elkhart said a 38-year-old man shot and killed his wife and two "
        "stepsons before taking his own life early Thursday. Officers were called to the "
        "house on Prairie Street after a neighbor heard shots. Inside, they found the "
        "bodies of the woman, 36, and the boys, 12 and 15. The man was found in the "
        "garage. A third child, a 7-year-old girl, hid in a closet and was not hurt; she "
        "is staying with relatives. Police said there had been two calls to the house for "
        "domestic disturbances in the past year. A counselor will be at the boys' school "
        "Friday.",
        4,
        0,
    ),
    (
        "d11",
        "Three shot in Chicago's Englewood; one dies",
        "Three men were shot, one fatally, Tuesday night in Englewood, Chicago police "
        "said. The men were standing on a sidewalk in the 6300 block of South Halsted "
        "Street about 9:30 p.m. when someone in a passing car fired shots. A 24-year-old "
        "man was struck in the head and was pronounced dead at University of Chicago "
        "Medical Center. A 31-year-old was hit in the arm and a 19-year-old in the leg; "
        "both were in good condition. No one was in custody. At least 28 people were shot "
        "across the city over the weekend, police said, five of them fatally.",
        1,
        2,
    ),
    (
        "d12",
        "Man shot by police after firing at officers, officials say",
        "A man who fired at police officers during a traffic stop in Columbia was shot "
        "and wounded Sunday, the State Law Enforcement Division said. Officers stopped "
        "the car on Two Notch Road for a broken tail light. The driver got out with a "
        "handgun and fired at least twice. One officer returned fire, hitting the man in "
        "the leg and stomach. The man was in serious condition. A bullet struck an "
        "officer's protective vest; the officer was taken to a hospital as a precaution "
        "and released. A passenger in the car was not hurt.",
        0,
        1,
    ),
    (
        "e01",
        "One dead, one wounded in shooting",
        "One man was killed and another wounded in a shooting on Dexter Avenue in "
        "Montgomery on Sunday, police said.",
        1,
        1,
    ),
    (
        "e02",
        "Pair shot while sitting on porch",
        "A pair of men sitting on a porch in Youngstown were shot late Thursday, police "
        "said. Both were taken to St. Elizabeth Hospital with wounds that were not "
        "life-threatening.",
        0,
        2,
    ),
    (
        "e03",
        "Three men shot in Camden, two fatally",
        "Three men were shot in Camden on Friday night, two fatally, the county "
        "prosecutor's office said.",
        2,
        1,
    ),
    (
        "e04",
        "Both victims of Tuesday shooting die",
        "Both men shot Tuesday outside a Durham barbershop have died, police said Friday. "
        "Rashad Tate, 21, died Tuesday night, and Kevin Lowe, 35, died Thursday.",
        2,
        0,
    ),
    (
        "e05",
        "Gunfire kills man, wounds his two sons",
        "Gunfire killed a man and wounded his two sons outside their home in Baton Rouge "
        "on Saturday, police said.",
        1,
        2,
    ),
    (
        "e06",
        "Dozen shot at Cleveland bar; 1 dead",
        "A dozen people were shot at a bar on Cleveland's east side early Sunday, and one "
        "of them died, police said. Police said the wounded were between 21 and 38 years "
        "old.",
        1,
        11,
    ),
    (
        "e07",
        "Woman and her boyfriend killed",
        "A woman and her boyfriend were shot to death Saturday in a home in Lorain, "
        "police said. A child in the home was unharmed.",
        2,
        0,
    ),
    (
        "e08",
        "Shooting injures 2 women, 1 man",
        "Two women and a man were injured in a shooting Saturday night in Fayetteville, "
        "police said. All three were shot in the legs.",
        0,
        3,
    ),
    (
        "e09",
        "Man who shot officer killed by police",
        "A man who shot a Jacksonville police officer in the shoulder was killed when "
        "other officers returned fire Sunday, the sheriff said. The officer was in good "
        "condition.",
        1,
        1,
    ),
    (
        "e10",
        "Teen dies from wounds; friend recovering",
        "A 14-year-old boy who was shot Friday in Toledo died Sunday, police said. His "
        "15-year-old friend, who was also shot, is recovering.",
        1,
        1,
    ),
    (
        "e11",
        "Two killed, one hurt after shots fired at party bus",
        "Two people were killed and one was hurt when someone fired at a party bus in "
        "Houston early Saturday, police said.",
        2,
        1,
    ),
    (
        "e12",
        "Police: Woman shot dead, man hurt in domestic shooting",
        "A woman was shot dead and a man suffered a gunshot wound to the hand in a "
        "domestic shooting in Lakeland on Monday, police said. The man is the woman's "
        "husband and is considered a suspect.",
        1,
        1,
    ),
    (
        "e13",
        "Ten people shot, one killed, in Philly",
        "Ten people were shot in North Philadelphia on Sunday night, one of them "
        "fatally, police said. The dead man was 22.",
        1,
        9,
    ),
    (
        "e14",
        "Mother shot, baby unhurt",
        "A mother was shot while holding her infant in Augusta on Tuesday, deputies said. "
        "The baby was not hurt. The woman was hit in the side and is in stable condition.",
        0,
        1,
    ),
    (
        "e15",
        "Suspect dies after police shooting; officer injured",
        "A suspect died after being shot by officers in Reno on Friday, and an officer "
        "was hurt in a scuffle before the shooting, police said. The officer had minor "
        "injuries.",
        1,
        0,
    ),
    (
        "e16",
        "Victims of Saturday shooting: 2 dead, 3 hurt",
        "Two people died and three were hurt in a shooting Saturday at an apartment "
        "complex in Fort Myers, police said. The injured are a man, 20, a woman, 19, and "
        "a boy, 15.",
        2,
        3,
    ),
    (
        "e17",
        "Man killed his brother, police say",
        "A man shot and killed his older brother during an argument in Kokomo on "
        "Thursday, police said. The 34-year-old was arrested at the scene.",
        1,
        0,
    ),
    (
        "e18",
        "Shooter, victim both dead",
        "A man shot another man outside a bar in Billings early Sunday and was then shot "
        "dead by a bystander, police said. The first man also died.",
        2,
        0,
    ),
    (
        "e19",
        "Three teens shot; one critical",
        "Three teens were shot in Paterson on Monday. A 16-year-old is in critical "
        "condition; a 15-year-old and a 17-year-old have minor wounds.",
        0,
        3,
    ),
    (
        "e20",
        "Man fatally shot; woman hit by stray bullet",
        "A man was fatally shot on Linwood Boulevard in Kansas City on Wednesday, and a "
        "woman walking nearby was struck by a stray bullet, police said. She is expected "
        "to survive.",
        1,
        1,
    ),
]


# what the rules still get wrong: (killed, injured) read, and why
MISSES: dict[str, str] = {
    "a17": "(0, 0): the roundup's latest incident is set aside with its tally",
    "a18": "(0, 1): 'the 2017 shooting death of his neighbor' is not read as a death",
    "a37": "(3, 2): 'The wife and the man died' adds the man who shot himself again",
    "b26": "(0, 2): 'a man who broke into a home' and 'the intruder' are two people",
    "b34": "(0, 0): 'striking a woman inside' after 'fired ... rounds' is not read",
    "c01": "(1, 2): two women wounded on Sunday, an earlier shooting, are counted",
    "c03": "(1, 1): the headline's earlier toll stands in for the dead",
    "c29": "(0, 2): one pistol-whipped man taken to hospital counts as harmed",
    "d02": "(1, 1): the gunman found dead of a self-inflicted wound is not read",
    "d09": "(1, 1): 'then died' of the man who crashed is read as the woman's death",
    "e18": "(1, 1): 'The first man also died' is taken for the man shot dead",
}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


# --- one test per rule the cases above led to (each case failed before its rule)


@pytest.mark.parametrize("case_id", ["a34", "b36"])
def test_a_wounded_attacker_is_injured_beside_the_dead_victim(case_id: str) -> None:
    # "the robber was wounded when a customer returned fire": not the clerk who died
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["e12", "e20"])
def test_the_harmed_of_another_sex_than_the_dead_are_injured(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


def test_found_dead_after_a_murder_suicide_counts_the_killer_among_them() -> None:
    assert read_case(CASES, "b08")[0] == (3, 0)


@pytest.mark.parametrize("case_id", ["b04", "c17", "c21", "d12"])
def test_people_hurt_but_not_shot_are_not_injured(case_id: str) -> None:
    # fleeing, broken glass, a car, a breakdown "two of them by gunfire", "as a precaution"
    got, want = read_case(CASES, case_id)
    assert got == want


def test_a_breakdown_of_the_injured_gives_the_shot() -> None:
    text = (
        "Five people were hurt in the shooting on Elm Court, three from "
        "gunshots and two from flying glass, officers said."
    )
    assert tolls(text) == (None, 3)


@pytest.mark.parametrize("case_id", ["c30", "d11"])
def test_a_tally_of_a_period_or_of_the_city_is_not_the_toll(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


def test_neither_counts_no_one() -> None:
    assert read_case(CASES, "a24")[0] == (0, 0)


def test_the_fatal_part_told_after_place_and_time() -> None:
    assert read_case(CASES, "e03")[0] == (2, 1)


@pytest.mark.parametrize("case_id", ["b09", "b27"])
def test_shot_as_a_participle_after_its_people(case_id: str) -> None:
    # "Two other people shot that night are recovering"
    got, want = read_case(CASES, case_id)
    assert got == want


def test_hit_after_a_sentence_of_gunfire() -> None:
    text = (
        "A man opened fire on two deputies outside a feed store in Ocala on Monday. "
        "Both deputies were hit, the sheriff said."
    )
    assert tolls(text) == (None, 2)


def test_one_who_opened_fire_and_was_killed_by_deputies_is_the_attacker() -> None:
    text = (
        "Deputies shot and killed a man who opened fire on them at a trailer park in Ocala "
        "on Monday. Two deputies were shot in the legs."
    )
    assert tolls(text) == (1, 2)


def test_the_attacker_told_back_is_not_one_more_person() -> None:
    text = (
        "A man who fired at officers in a Kroger parking lot in Dayton was shot by police "
        "on Friday. The man was listed in serious condition."
    )
    assert tolls(text) == (None, 1)


def test_a_referent_without_sex_or_age_is_compared_safely() -> None:
    # ("self",) and ("pronoun",) referents carry neither sex nor age: they may be anyone
    assert _maybe_same(("self",), ("indefinite", "f", "31", "woman"))
    assert _maybe_same(("indefinite", "m", "", "man"), ("pronoun",))
    assert not _maybe_same(("indefinite", "m", "", "man"), ("definite", "f", "", "woman"))
    assert not _maybe_same(("name", "Ray Cole", ""), ("name", "Jo Tran", ""))


def test_full_name_ends_are_found_once_per_doc() -> None:
    """`people._full_name_ends` (read by `_earlier_surname`) gives the first proper noun that
    ends a full name, by its text, as a walk over the tokens finds it; a bare surname told
    first is none."""
    from newsfold.analyse.counts.people import _earlier_surname, _full_name_ends
    from newsfold.analyse.nlp import get_nlp

    doc = get_nlp()(
        "Deputies said Marcus Wells and Tonya Price were shot near Oak Street on Sunday. "
        "Price was treated at a hospital. Wells died hours later, the sheriff said."
    )
    ends = _full_name_ends(doc)
    walked = {}
    for t in doc:
        if t.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i for c in t.children
        ):
            walked.setdefault(t.text, t.i)
    assert ends == walked
    assert "Wells" in ends and ends["Wells"] < len(doc) - 6
    assert doc.user_data["newsfold_full_name_ends"] is ends
    subject = next(t for t in doc[ends["Wells"] + 1 :] if t.text == "Wells")
    assert _earlier_surname(subject) == (subject.dep_ in ("nsubj", "nsubjpass"))
