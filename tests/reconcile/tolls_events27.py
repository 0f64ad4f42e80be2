"""Invented events of 2-5 reports each whose reports count the dead and the wounded
differently, the way real coverage of one shooting does: a first report "a man was wounded" and
a later "the man has died" (and the reverse order of publication), "two people shot, one
fatally" beside "a man was killed", a roundup page naming this shooting among others, a court
story months later ("charged in the death of"), a vigil or an obituary, a report that counts
the shooter who died and one that does not, "at least three" beside "four", a hospital update,
an undated page, a report that gives the year's count of homicides.

Every headline and sentence here is invented (the towns, streets and outlets are real, the
events and people are not). Each event: id, its true toll as GVA counts it (killed, injured:
everyone shot in the incident, a shooter who dies among the killed), and its reports, each
(publication stamp, address, headline, text).
"""

from __future__ import annotations

from .helpers import Story

Event = tuple[str, tuple[int, int], list[Story]]
"""One event: id, (killed, injured), its reports."""

EVENTS: list[Event] = [
    (
        "t01",
        (1, 0),
        [
            (
                "2024-05-04",
                "https://www.wsbtv.com/news/local/decatur-glenwood-road-shooting/",
                "Man wounded on Glenwood Road in Decatur",
                "DECATUR, Ga. - A man was shot Friday evening on Glenwood Road, DeKalb County "
                "police said. He was taken to Grady Memorial Hospital in critical condition. "
                "Investigators did not say what led to the gunfire.",
            ),
            (
                "2024-05-06",
                "https://www.ajc.com/news/crime/glenwood-road-victim-dies/",
                "Man shot on Glenwood Road dies at hospital",
                "The man shot Friday on Glenwood Road in Decatur has died, DeKalb police said "
                "Monday. Marcus Hale, 31, died at Grady on Sunday. His death is being "
                "investigated as a homicide.",
            ),
        ],
    ),
    (
        "t02",
        (1, 0),
        [
            (
                "2024-05-05",
                "https://www.kmov.com/2024/05/05/north-st-louis-man-killed/",
                "Man killed on Natural Bridge Avenue",
                "ST. LOUIS - A man, 24, was shot and killed late Saturday along Natural "
                "Bridge Avenue, St. Louis police said. He died at the scene. Homicide "
                "detectives are asking for tips.",
            ),
            (
                "2024-05-09",
                "https://www.stltoday.com/news/local/crime/natural-bridge-arrest/",
                "Teen arrested after Natural Bridge Avenue shooting",
                "Police arrested a 17-year-old on Wednesday in connection with the shooting "
                "of a man on Natural Bridge Avenue last weekend. Officers said the teen fired "
                "several times at the man after an argument outside a store. The teen is now in "
                "juvenile custody.",
            ),
        ],
    ),
    (
        "t03",
        (1, 1),
        [
            (
                "2024-05-11",
                "https://www.wral.com/story/durham-fayetteville-street-shooting/",
                "Two people shot, one fatally, in Durham",
                "DURHAM, N.C. - Two people were shot, one fatally, on Fayetteville Street "
                "on Friday night, Durham police said. The second victim, a woman, was taken to "
                "Duke University Hospital with injuries that are not life-threatening.",
            ),
            (
                "2024-05-11",
                "https://www.heraldsun.com/news/local/crime/fayetteville-street-homicide/",
                "Man killed in Fayetteville Street shooting",
                "A man was killed in a shooting on Fayetteville Street late Friday, Durham "
                "police said. Officers found him lying near a bus stop shortly before 10 p.m. "
                "His name has not been released.",
            ),
        ],
    ),
    (
        "t04",
        (1, 2),
        [
            (
                "2024-05-12",
                "https://www.wlky.com/article/louisville-weekend-shootings/",
                "Four shot in three Louisville shootings overnight",
                "LOUISVILLE, Ky. - Four people were shot in three separate shootings across "
                "Louisville overnight, police said. In the first, a man was wounded on "
                "Dixie Highway. Later, three people were shot outside a bar on Bardstown "
                "Road; one of them died. Police have made no arrests in either case.",
            ),
            (
                "2024-05-12",
                "https://www.courier-journal.com/story/news/crime/bardstown-road-bar-shooting/",
                "One dead, two hurt in shooting outside Bardstown Road bar",
                "One man died and two other people were hurt when someone opened fire outside "
                "a bar on Bardstown Road early Sunday, Louisville Metro police said. The two "
                "wounded were taken to University Hospital and are expected to survive.",
            ),
        ],
    ),
    (
        "t05",
        (1, 0),
        [
            (
                "2024-05-14",
                "https://www.wtol.com/article/news/crime/toledo-dorr-street-shooting/",
                "Woman shot on Dorr Street dies",
                "TOLEDO, Ohio - A 42-year-old woman was shot and killed Monday afternoon on "
                "Dorr Street, Toledo police said. Officers found her in the driveway of a home. "
                "A man was questioned at the scene.",
            ),
            (
                "2024-09-20",
                "https://www.toledoblade.com/local/police-fire/dorr-street-sentencing/",
                "Man charged in the death of Dorr Street woman pleads guilty",
                "A Toledo man charged in the death of Angela Price pleaded guilty Thursday to "
                "murder. Prosecutors said Darnell Moss shot Price in May during an argument in "
                "her driveway on Dorr Street. He faces 15 years to life at sentencing.",
            ),
        ],
    ),
    (
        "t06",
        (2, 0),
        [
            (
                "2024-05-18",
                "https://www.kshb.com/news/crime/kansas-city-prospect-avenue-homicide/",
                "Two men killed on Prospect Avenue",
                "KANSAS CITY, Mo. - Two men were shot and killed Friday night near Prospect "
                "Avenue and East 35th Street, Kansas City police said. Both were found in a "
                "car. The city has recorded 61 homicides so far this year.",
            ),
            (
                "2024-05-25",
                "https://www.kansascity.com/news/local/crime/prospect-vigil/",
                "Families gather to remember brothers killed on Prospect",
                "Dozens of people released balloons on Friday at a vigil for two brothers "
                "shot to death last week on Prospect Avenue. Their aunt said the young men had "
                "just finished a shift at a warehouse. Police have not announced an arrest.",
            ),
        ],
    ),
    (
        "t07",
        (3, 0),
        [
            (
                "2024-05-19",
                "https://www.wcvb.com/article/lowell-murder-suicide/",
                "Three dead in Lowell murder-suicide",
                "LOWELL, Mass. - A man shot and killed his wife and her brother before turning "
                "the gun on himself Saturday inside a home on Westford Street, the district "
                "attorney said. Three people were found dead when officers arrived.",
            ),
            (
                "2024-05-19",
                "https://www.lowellsun.com/2024/05/19/westford-street-shooting/",
                "Man kills two relatives in Lowell, police say",
                "A Lowell man killed two relatives in their Westford Street home on Saturday "
                "and then took his own life, authorities said. The victims were a woman, 44, "
                "and her brother, 50.",
            ),
        ],
    ),
    (
        "t08",
        (4, 0),
        [
            (
                "2024-05-20",
                "https://www.kcra.com/article/stockton-party-shooting/",
                "At least three killed at Stockton house party",
                "STOCKTON, Calif. - At least three people were killed when gunfire broke out at "
                "a house party in south Stockton late Sunday, police said. Officers were "
                "still at the scene early Monday.",
            ),
            (
                "2024-05-21",
                "https://www.recordnet.com/story/news/crime/stockton-party-four-dead/",
                "Four dead after Stockton party shooting",
                "Four people died in Sunday night's shooting at a party in south Stockton, "
                "police said Tuesday. The fourth victim, a 19-year-old man, died at a hospital "
                "on Monday. Detectives believe two gunmen fired into the backyard.",
            ),
        ],
    ),
    (
        "t09",
        (1, 0),
        [
            (
                "2024-05-26",
                "https://www.wbaltv.com/article/baltimore-belair-road-shooting/",
                "Man in critical condition after Belair Road shooting",
                "BALTIMORE - A man is in critical condition following a shooting Saturday "
                "night on Belair Road, Baltimore police said. Officers found him with a "
                "gunshot wound to the head.",
            ),
            (
                "2024-05-27",
                "https://www.thebaltimorebanner.com/community/criminal-justice/belair-road/",
                "Belair Road shooting victim dies",
                "The man shot on Belair Road on Saturday died Sunday, Baltimore police said, "
                "making it the city's 70th homicide of the year. He was 38.",
            ),
        ],
    ),
    (
        "t10",
        (1, 0),
        [
            (
                "2024-05-28",
                "https://www.fox8.com/news/cleveland-superior-avenue-homicide/",
                "Man shot dead on Superior Avenue",
                "CLEVELAND - A man was shot and killed early Tuesday on Superior Avenue, "
                "Cleveland police said. Medics declared him dead on the sidewalk.",
            ),
            (
                "2024-05-28",
                "https://www.cleveland.com/news/superior-avenue-second-shooting/",
                "Woman wounded in shooting on Superior Avenue",
                "A woman was shot in the arm Tuesday evening on Superior Avenue, a few blocks "
                "from where a man was killed hours earlier, Cleveland police said. Police do "
                "not believe the two shootings are connected.",
            ),
        ],
    ),
    (
        "t11",
        (1, 0),
        [
            (
                "",
                "https://www.kptv.com/news/portland-killingsworth-homicide/",
                "Man killed in Killingsworth shooting",
                "PORTLAND, Ore. - A man was shot and killed on Northeast Killingsworth Street, "
                "Portland police said. Officers performed CPR but he died at the scene.",
            ),
            (
                "2024-06-02",
                "https://www.oregonlive.com/crime/killingsworth-victim-named/",
                "Police name man killed on Killingsworth",
                "Portland police on Sunday named the man killed Friday night on Northeast "
                "Killingsworth Street as Tyrell Banks, 29. The medical examiner found a single "
                "bullet to the chest killed him.",
            ),
        ],
    ),
    (
        "t12",
        (1, 1),
        [
            (
                "2024-06-01",
                "https://www.wmcactionnews5.com/2024/06/01/memphis-lamar-avenue-shooting/",
                "Two men shot on Lamar Avenue",
                "MEMPHIS, Tenn. - Two men were shot Friday night at a gas station on Lamar "
                "Avenue, Memphis police said. One was taken to Regional One in critical "
                "condition and the other in non-critical condition.",
            ),
            (
                "2024-06-03",
                "https://www.commercialappeal.com/story/news/crime/lamar-avenue-dies/",
                "One of two men shot on Lamar Avenue has died",
                "One of the two men shot at a Lamar Avenue gas station on Friday has died, "
                "Memphis police said Monday. The other man is recovering.",
            ),
        ],
    ),
    (
        "t13",
        (1, 1),
        [
            (
                "2024-06-02",
                "https://www.wcpo.com/news/crime/cincinnati-over-the-rhine-shooting/",
                "Man killed, teen hurt in Over-the-Rhine shooting",
                "CINCINNATI - A man was killed and a 16-year-old boy was hurt in a shooting "
                "on Vine Street in Over-the-Rhine on Saturday night, Cincinnati police said. The "
                "teen is expected to recover.",
            ),
            (
                "2024-06-04",
                "https://www.cincinnati.com/story/news/crime/vine-street-victim-identified/",
                "Coroner names man killed on Vine Street",
                "The Hamilton County coroner on Monday named the man killed on Vine Street "
                "over the weekend as Andre Collins, 33. He died of multiple gunshot wounds, "
                "the coroner said. No one has been charged.",
            ),
        ],
    ),
    (
        "t14",
        (0, 1),
        [
            (
                "2024-06-05",
                "https://www.wkyc.com/article/news/crime/akron-kenmore-shooting/",
                "Man shot in Kenmore neighborhood",
                "AKRON, Ohio - A man was shot in the leg Tuesday afternoon on Kenmore "
                "Boulevard, Akron police said. His injuries are not life-threatening.",
            ),
            (
                "2024-06-05",
                "https://www.beaconjournal.com/story/news/crime/2024/06/05/akron-homicides/",
                "Akron sees 20th homicide of the year",
                "AKRON, Ohio - Akron has recorded 20 homicides this year, police said, after a "
                "man's body was discovered in an east side house on Monday. Separately, a man was "
                "shot in the leg on Kenmore Boulevard on Tuesday and is expected to survive.",
            ),
        ],
    ),
    (
        "t15",
        (2, 3),
        [
            (
                "2024-06-08",
                "https://www.fox2detroit.com/news/detroit-block-party-shooting/",
                "Five shot at Detroit block party",
                "DETROIT - Five people were shot at a block party on the city's west side on "
                "Friday night, Detroit police said. Two of them were in critical condition.",
            ),
            (
                "2024-06-09",
                "https://www.freep.com/story/news/local/michigan/detroit/block-party-deaths/",
                "Two dead, three wounded in Detroit block party shooting",
                "Two people have died after gunfire at a block party on Detroit's west side, "
                "police said Saturday. Three others were wounded. The two who died were a man "
                "and a woman in their 20s.",
            ),
            (
                "2024-06-10",
                "https://www.wxyz.com/news/block-party-shooting-arrest/",
                "Man arrested after block party shooting that killed two",
                "Detroit police arrested a 22-year-old man on Monday in the block party "
                "shooting that killed two people and wounded three on Friday night.",
            ),
        ],
    ),
    (
        "t16",
        (1, 0),
        [
            (
                "2024-06-09",
                "https://www.wistv.com/2024/06/09/columbia-two-notch-road-deputy-shooting/",
                "Suspect killed in shootout with deputies",
                "COLUMBIA, S.C. - A man who fired at Richland County deputies during a traffic "
                "stop on Two Notch Road was shot and killed by deputies early Sunday, the "
                "sheriff said. No deputies were hurt.",
            ),
            (
                "2024-06-10",
                "https://www.thestate.com/news/local/crime/two-notch-road-sled/",
                "SLED investigating deputy shooting on Two Notch Road",
                "The State Law Enforcement Division is investigating after deputies shot a "
                "man on Two Notch Road on Sunday. It is the 14th shooting involving officers in "
                "South Carolina this year, SLED said.",
            ),
        ],
    ),
    (
        "t17",
        (1, 0),
        [
            (
                "2024-06-12",
                "https://www.ksdk.com/article/news/crime/florissant-shooting-died/",
                "Florissant man dies days after shooting",
                "FLORISSANT, Mo. - A man shot on June 8 outside an apartment complex in "
                "Florissant died Tuesday at a hospital, police said. He was 45.",
            ),
            (
                "2024-06-08",
                "https://www.fox2now.com/news/florissant-apartment-shooting/",
                "Man shot outside Florissant apartments",
                "FLORISSANT, Mo. - A man was shot and seriously hurt Saturday outside an "
                "apartment complex on New Halls Ferry Road, Florissant police said.",
            ),
        ],
    ),
    (
        "t18",
        (1, 0),
        [
            (
                "2024-06-16",
                "https://www.legacy.com/us/obituaries/name/jamal-wright-obituary/",
                "Jamal Wright obituary",
                "Jamal Wright, 27, of Shreveport, died June 12, 2024. He was a graduate of "
                "Huntington High School and loved fishing with his uncles. Services will be "
                "held Saturday at Greater Mount Olive Church.",
            ),
            (
                "2024-06-12",
                "https://www.ksla.com/2024/06/12/shreveport-man-killed-hollywood-avenue/",
                "Man killed on Hollywood Avenue in Shreveport",
                "SHREVEPORT, La. - A 27-year-old man was shot and killed Wednesday morning on "
                "Hollywood Avenue, Shreveport police said. He died at the scene.",
            ),
        ],
    ),
    (
        "t19",
        (2, 0),
        [
            (
                "2024-06-15",
                "https://www.kake.com/story/wichita-double-homicide/",
                "Two killed in south Wichita home",
                "WICHITA, Kan. - Two people were found shot to death inside a home in south "
                "Wichita on Friday, police said. A relative found them.",
            ),
            (
                "2024-06-15",
                "https://www.kwch.com/2024/06/15/wichita-bodies-found/",
                "Man and woman found dead in Wichita home",
                "A man and a woman were found dead of gunshot wounds in a home on South "
                "Seneca Street, Wichita police said. Investigators have not said whether they "
                "are looking for a suspect.",
            ),
            (
                "2024-06-17",
                "https://www.kansas.com/news/local/crime/seneca-street-murder-suicide/",
                "Police: Wichita deaths were a murder-suicide",
                "Wichita police said Monday that a man shot his girlfriend and then himself in "
                "their South Seneca Street home. No one else is being sought.",
            ),
        ],
    ),
    (
        "t20",
        (1, 3),
        [
            (
                "2024-06-16",
                "https://www.wvue.com/2024/06/16/new-orleans-frenchmen-street-shooting/",
                "Four shot on Frenchmen Street",
                "NEW ORLEANS - Four people were shot near Frenchmen Street late Saturday, "
                "New Orleans police said. All four were taken to University Medical Center.",
            ),
            (
                "2024-06-16",
                "https://www.nola.com/news/crime_police/frenchmen-street-one-dead/",
                "One dead, three wounded near Frenchmen Street",
                "One man died and three other people were wounded when gunfire broke out near "
                "Frenchmen Street late Saturday, police said Sunday.",
            ),
            (
                "2024-06-16",
                "https://www.wwltv.com/article/news/crime/frenchmen-street-gunfire/",
                "Man dies after Marigny shooting",
                "A man died at the hospital after he and three others were shot in the "
                "Marigny on Saturday night, according to the NOPD.",
            ),
        ],
    ),
    (
        "t21",
        (0, 2),
        [
            (
                "2024-06-18",
                "https://www.wsoctv.com/news/local/charlotte-beatties-ford-shooting/",
                "Two hurt in Beatties Ford Road shooting",
                "CHARLOTTE, N.C. - Two men were hurt in a shooting on Beatties Ford Road on "
                "Monday night, CMPD said. Both are expected to recover.",
            ),
            (
                "2024-06-19",
                "https://www.charlotteobserver.com/news/local/crime/beatties-ford-arrest/",
                "Man charged after two shot on Beatties Ford Road",
                "A 20-year-old man has been charged with two counts of assault with a deadly "
                "weapon after two men were shot on Beatties Ford Road, police said Wednesday.",
            ),
        ],
    ),
    (
        "t22",
        (1, 0),
        [
            (
                "2024-06-21",
                "https://www.abc15.com/news/crime-phoenix-maryvale-shooting/",
                "Man shot in Maryvale",
                "PHOENIX - A man was shot near 59th Avenue and Indian School Road on Thursday "
                "night, Phoenix police said. Medics took him to a hospital; his wounds were "
                "serious.",
            ),
            (
                "2024-06-24",
                "https://www.azfamily.com/2024/06/24/maryvale-shooting-now-homicide/",
                "Maryvale shooting now a homicide investigation",
                "Phoenix police say a man shot last week near 59th Avenue and Indian School "
                "Road has died. Detectives are now treating the case as a homicide.",
            ),
            (
                "2024-06-22",
                "https://www.12news.com/article/news/crime/maryvale-shooting-suspect/",
                "Police seek suspect in Maryvale shooting",
                "Phoenix police released a photo on Friday of a man they want to question "
                "about the shooting near 59th Avenue and Indian School Road. The victim "
                "remained hospitalized.",
            ),
        ],
    ),
    (
        "t23",
        (1, 1),
        [
            (
                "2024-06-22",
                "https://www.wpxi.com/news/local/pittsburgh-homewood-shooting/",
                "Man killed, woman hurt in Homewood shooting",
                "PITTSBURGH - A man was killed and a woman was wounded in a shooting on "
                "Frankstown Avenue in Homewood on Friday night, Pittsburgh police said.",
            ),
            (
                "2024-06-22",
                "https://www.post-gazette.com/news/crime-courts/homewood-frankstown/",
                "Homewood shooting leaves one dead",
                "One person died after a shooting on Frankstown Avenue in Homewood late Friday, "
                "Pittsburgh police said. A second person was taken to UPMC Presbyterian.",
            ),
            (
                "2024-06-23",
                "https://www.wtae.com/article/homewood-shooting-victim-named/",
                "Medical examiner identifies Homewood shooting victim",
                "The Allegheny County medical examiner identified the man killed on Frankstown "
                "Avenue as Jerome Bell, 41. A woman shot at the same time is in stable "
                "condition.",
            ),
        ],
    ),
    (
        "t24",
        (2, 1),
        [
            (
                "2024-06-23",
                "https://www.kxan.com/news/crime/austin-rainey-street-shooting/",
                "Three shot on Rainey Street, two critically",
                "AUSTIN, Texas - Three people were shot on Rainey Street early Sunday, Austin "
                "police said. Two of them were in critical condition and one had minor "
                "injuries.",
            ),
            (
                "2024-06-25",
                "https://www.statesman.com/story/news/crime/rainey-street-first-death/",
                "One dies after Rainey Street shooting",
                "One of the people shot on Rainey Street early Sunday has died, Austin police "
                "said Tuesday.",
            ),
            (
                "2024-06-28",
                "https://www.kvue.com/article/news/crime/rainey-street-second-death/",
                "Second victim of Rainey Street shooting dies",
                "A second person has died after the shooting on Rainey Street last weekend, "
                "police said Friday. Two people have now died and a third was treated for minor "
                "injuries.",
            ),
        ],
    ),
    (
        "t25",
        (1, 0),
        [
            (
                "2024-06-29",
                "https://www.newsobserver.com/news/local/crime/raleigh-new-bern-avenue/",
                "Man dies after shooting on New Bern Avenue",
                "RALEIGH, N.C. - A man died after being shot on New Bern Avenue on Friday "
                "night, Raleigh police said.",
            ),
            (
                "2024-06-29",
                "https://www.wral.com/story/raleigh-weekend-violence/",
                "Raleigh police investigate three weekend shootings",
                "Raleigh police are investigating three shootings since Friday night that left "
                "one man dead and four people hurt. The man was killed on New Bern Avenue; the "
                "others were wounded in two shootings in southeast Raleigh.",
            ),
        ],
    ),
    (
        "t26",
        (0, 1),
        [
            (
                "2024-07-01",
                "https://www.wtvr.com/news/local-news/richmond-hull-street-shooting/",
                "Man shot on Hull Street",
                "RICHMOND, Va. - A man was shot on Hull Street on Sunday afternoon, Richmond "
                "police said. He was taken to VCU Medical Center with injuries that are not "
                "considered life-threatening.",
            ),
            (
                "2024-07-01",
                "https://www.nbc12.com/2024/07/01/richmond-hull-street-shooting/",
                "Hull Street shooting sends man to hospital",
                "A man was taken to a hospital after he was shot on Hull Street on Sunday, "
                "police said. Richmond has had 38 homicides so far this year, 12 more than "
                "at this time last year.",
            ),
        ],
    ),
    (
        "t27",
        (1, 0),
        [
            (
                "2024-07-03",
                "https://www.wfla.com/news/tampa-nebraska-avenue-shooting/",
                "Man found shot dead on Nebraska Avenue",
                "TAMPA, Fla. - A man was found shot to death on North Nebraska Avenue on "
                "Wednesday morning, Tampa police said.",
            ),
            (
                "2024-07-04",
                "https://www.tampabay.com/news/crime/nebraska-avenue-second-shooting/",
                "Second shooting on Nebraska Avenue in two days",
                "Tampa police are investigating a shooting on North Nebraska Avenue on "
                "Thursday in which a woman was wounded, a day after a man's body with gunshot "
                "wounds turned up a block away. Police said the shootings did not appear to "
                "be related.",
            ),
        ],
    ),
    (
        "t28",
        (3, 1),
        [
            (
                "2024-07-05",
                "https://www.wgntv.com/news/chicago-fourth-of-july-shooting/",
                "Four shot in Chicago's Englewood on the Fourth",
                "CHICAGO - Four people were shot, three of them fatally, during a gathering in "
                "Englewood on Thursday night, Chicago police said. The fourth person was in "
                "good condition.",
            ),
            (
                "2024-07-05",
                "https://www.chicagotribune.com/news/criminal-justice/englewood-july-fourth/",
                "Three killed in Englewood",
                "Three people were killed and another was wounded when gunmen fired into a "
                "crowd in Englewood on the Fourth of July, police said.",
            ),
            (
                "2024-07-06",
                "https://www.suntimes.com/crime/july-fourth-weekend-shootings-tally/",
                "At least 55 shot over Fourth of July weekend in Chicago",
                "At least 55 people were shot, 11 of them fatally, across Chicago over the "
                "holiday weekend. Among them were three people killed in Englewood on Thursday "
                "night.",
            ),
        ],
    ),
    (
        "t29",
        (1, 0),
        [
            (
                "2024-07-07",
                "https://www.ktvb.com/article/news/crime/boise-state-street-shooting/",
                "Man killed on State Street in Boise",
                "BOISE, Idaho - A man was shot and killed in a parking lot on State Street on "
                "Saturday night, Boise police said. The shooter left before officers arrived.",
            ),
            (
                "2024-10-15",
                "https://www.idahostatesman.com/news/local/crime/state-street-trial/",
                "Trial begins for man charged in State Street killing",
                "Jury selection began Tuesday in the trial of Kyle Harmon, who is charged with "
                "second-degree murder in the shooting death of a man in a State Street parking "
                "lot in July. Harmon also faces a charge of aggravated battery from a 2022 "
                "case in which two people were shot.",
            ),
        ],
    ),
    (
        "t30",
        (1, 1),
        [
            (
                "2024-07-08",
                "https://www.kens5.com/article/news/crime/san-antonio-west-side-shooting/",
                "Man dies, friend hurt in West Side shooting",
                "SAN ANTONIO - A man died and his friend was hurt when someone fired at their "
                "car on the West Side on Sunday night, San Antonio police said.",
            ),
            (
                "2024-07-08",
                "https://www.ksat.com/news/local/2024/07/08/west-side-car-shooting/",
                "Two shot while sitting in car on West Side",
                "Two men were shot while sitting in a parked car on the West Side late Sunday. "
                "One of them was pronounced dead at the scene, San Antonio police said.",
            ),
        ],
    ),
    (
        "t31",
        (1, 0),
        [
            (
                "2024-07-10",
                "https://www.wbrc.com/2024/07/10/birmingham-ensley-shooting/",
                "Man shot in Ensley",
                "BIRMINGHAM, Ala. - A man was shot Tuesday night in Ensley, Birmingham police "
                "said. He was taken to UAB Hospital with life-threatening injuries.",
            ),
            (
                "2024-07-10",
                "https://www.al.com/news/birmingham/2024/07/ensley-man-dies.html",
                "Ensley shooting victim dies",
                "A man shot in Ensley on Tuesday night died early Wednesday at UAB Hospital, "
                "Birmingham police said. He is the city's 59th homicide victim of the year.",
            ),
        ],
    ),
    (
        "t32",
        (0, 3),
        [
            (
                "2024-07-13",
                "https://www.13wmaz.com/article/news/crime/macon-pool-party-shooting/",
                "Three hurt in Macon pool party shooting",
                "MACON, Ga. - Three teenagers were hurt when someone fired into a pool party "
                "in Macon on Friday night, the Bibb County Sheriff's Office said. None of the "
                "injuries were life-threatening.",
            ),
            (
                "2024-07-14",
                "https://www.macon.com/news/local/crime/pool-party-shooting/",
                "Deputies seek shooter after pool party gunfire",
                "Bibb County deputies are looking for the person who fired shots into a "
                "crowd at a pool party, wounding three teens. Sheriff's investigators said "
                "at least 20 rounds were fired.",
            ),
        ],
    ),
    (
        "t33",
        (2, 0),
        [
            (
                "2024-07-14",
                "https://www.wsfa.com/2024/07/14/montgomery-double-homicide/",
                "Two killed in Montgomery shooting",
                "MONTGOMERY, Ala. - Two men were shot and killed Saturday night on Mobile "
                "Highway, Montgomery police said.",
            ),
            (
                "2024-07-15",
                "https://www.montgomeryadvertiser.com/story/news/crime/mobile-highway-victims/",
                "Police identify one man killed on Mobile Highway",
                "Montgomery police on Monday identified one of the men killed on Mobile "
                "Highway as Terrence Oliver, 25. He died at the scene.",
            ),
            (
                "2024-07-16",
                "https://www.alabamanews.net/2024/07/16/mobile-highway-second-victim/",
                "Second Mobile Highway victim named",
                "The second man killed in Saturday's shooting on Mobile Highway was Kevin "
                "Dale, 30, police said.",
            ),
        ],
    ),
    (
        "t34",
        (1, 0),
        [
            (
                "2024-07-16",
                "https://www.wdrb.com/news/crime-reports/louisville-shawnee-shooting/",
                "Man killed in Shawnee neighborhood",
                "LOUISVILLE, Ky. - A man was shot and killed on West Broadway in the Shawnee "
                "neighborhood on Monday night, Louisville Metro police said.",
            ),
            (
                "2024-07-20",
                "https://www.whas11.com/article/news/crime/shawnee-vigil/",
                "Vigil held for man killed on West Broadway",
                "Family and friends gathered Friday night on West Broadway to remember "
                "Darius Hill, who was shot to death there on Monday. His mother asked the "
                "crowd to put their guns down.",
            ),
            (
                "2024-07-20",
                "https://www.courier-journal.com/story/news/local/louisville-violence-2024/",
                "Louisville homicides on pace to fall",
                "Louisville has recorded 82 homicides so far this year, fewer than last year, "
                "police said. The latest was a man killed on West Broadway on Monday.",
            ),
        ],
    ),
    (
        "t35",
        (1, 2),
        [
            (
                "2024-07-20",
                "https://www.wusa9.com/article/news/crime/dc-anacostia-shooting/",
                "Three shot in Anacostia",
                "WASHINGTON - Three men were shot in Anacostia on Friday night, D.C. police "
                "said. One of the men was unconscious and not breathing when officers arrived.",
            ),
            (
                "2024-07-20",
                "https://www.nbcwashington.com/news/local/anacostia-man-killed/",
                "Man killed, two wounded in Southeast DC shooting",
                "A man was killed and two other men were wounded in a shooting in Southeast "
                "Washington late Friday, police said.",
            ),
        ],
    ),
    (
        "t36",
        (1, 0),
        [
            (
                "2024-07-21",
                "https://www.kwtx.com/2024/07/21/waco-shooting/",
                "Man shot in Waco",
                "WACO, Texas - A man was shot on Sunday afternoon in east Waco, police said. "
                "His condition was not known.",
            ),
            (
                "2024-07-21",
                "https://www.wacotrib.com/news/local/crime/east-waco-homicide/",
                "Man dies after being shot in east Waco",
                "A man died after he was shot on Elm Avenue in east Waco on Sunday "
                "afternoon, Waco police said. Officers detained a person of interest.",
            ),
        ],
    ),
    (
        "t37",
        (4, 1),
        [
            (
                "2024-07-22",
                "https://www.wfaa.com/article/news/crime/garland-shooting/",
                "Gunman kills three, then himself, in Garland",
                "GARLAND, Texas - A gunman shot and killed three people inside a home in "
                "Garland on Sunday and then killed himself, police said. A fourth person was "
                "wounded and taken to a hospital.",
            ),
            (
                "2024-07-22",
                "https://www.dallasnews.com/news/crime/garland-three-killed/",
                "Three killed, one wounded in Garland shooting",
                "Three people were killed and one was wounded in a shooting at a Garland home "
                "on Sunday, police said. The shooter was found dead inside.",
            ),
            (
                "2024-07-23",
                "https://www.nbcdfw.com/news/local/garland-victims-identified/",
                "Garland victims identified",
                "Police on Monday named the three people killed by a gunman in a Garland home "
                "as a woman, 51, and her two sons. The woman's daughter was wounded.",
            ),
        ],
    ),
    (
        "t38",
        (1, 0),
        [
            (
                "2024-07-24",
                "https://www.wtoc.com/2024/07/24/savannah-shooting/",
                "One person shot on Savannah's west side",
                "SAVANNAH, Ga. - One person was shot on the west side on Tuesday night, "
                "Savannah police said. Details were limited.",
            ),
            (
                "2024-07-25",
                "https://www.savannahnow.com/story/news/crime/west-side-homicide/",
                "Savannah police investigate homicide on west side",
                "Savannah police are investigating the death of a man who was shot on "
                "Tuesday night on the west side. He died at Memorial Health.",
            ),
        ],
    ),
    (
        "t39",
        (1, 0),
        [
            (
                "2024-07-26",
                "https://www.kfor.com/news/local/oklahoma-city-shooting-death/",
                "Man killed in northwest Oklahoma City shooting",
                "OKLAHOMA CITY - A man was shot and killed outside an apartment building in "
                "northwest Oklahoma City on Thursday night, police said.",
            ),
            (
                "2024-07-26",
                "https://www.koco.com/article/oklahoma-city-apartment-shooting/",
                "Man dies after apartment shooting",
                "A man died after being shot outside an apartment complex in northwest "
                "Oklahoma City on Thursday. Police said a woman who was at the scene "
                "was not hurt.",
            ),
            (
                "2024-07-27",
                "https://www.oklahoman.com/story/news/crime/okc-homicides-2024/",
                "Oklahoma City homicides: the 41st of the year",
                "The man shot outside a northwest Oklahoma City apartment building on Thursday "
                "is the city's 41st homicide this year, police said. Last year the city had 33 "
                "by this point.",
            ),
        ],
    ),
    (
        "t40",
        (2, 2),
        [
            (
                "2024-07-28",
                "https://www.wbir.com/article/news/crime/knoxville-shooting/",
                "Four shot in Knoxville",
                "KNOXVILLE, Tenn. - Four people were shot in east Knoxville on Saturday "
                "night, police said. Two died at the scene and two were taken to UT Medical "
                "Center.",
            ),
            (
                "2024-07-28",
                "https://www.wate.com/news/knoxville-two-dead/",
                "Two dead in east Knoxville shooting",
                "Two people died after a shooting in east Knoxville on Saturday night, "
                "Knoxville police said.",
            ),
        ],
    ),
    (
        "t41",
        (1, 0),
        [
            (
                "2024-08-01",
                "https://www.wwmt.com/news/local/kalamazoo-shooting/",
                "Kalamazoo man critically hurt in shooting",
                "KALAMAZOO, Mich. - A man is in critical condition following a shooting on the "
                "north side of Kalamazoo on Wednesday night, police said.",
            ),
            (
                "2024-08-06",
                "https://www.mlive.com/news/kalamazoo/2024/08/north-side-shooting-death.html",
                "Man shot on Kalamazoo's north side dies",
                "A man who was shot on Kalamazoo's north side last week died on Monday, "
                "Kalamazoo Public Safety said. His death has been ruled a homicide.",
            ),
            (
                "2024-08-02",
                "https://www.wwmt.com/news/local/kalamazoo-shooting-update/",
                "Kalamazoo shooting victim still critical",
                "The man shot Wednesday on Kalamazoo's north side remains in critical "
                "condition, police said Thursday. Investigators asked for video from "
                "neighbors.",
            ),
        ],
    ),
    (
        "t42",
        (1, 0),
        [
            (
                "2024-08-03",
                "https://www.ky3.com/2024/08/03/springfield-shooting/",
                "Man shot and killed in Springfield",
                "SPRINGFIELD, Mo. - A man was shot and killed on Friday night on North "
                "Benton Avenue, Springfield police said.",
            ),
            (
                "2024-08-03",
                "https://www.news-leader.com/story/news/crime/benton-avenue/",
                "Springfield police: man shot on Benton Avenue",
                "Springfield police said a man was shot on North Benton Avenue on Friday "
                "night. Officers found him in the street.",
            ),
        ],
    ),
    (
        "t43",
        (0, 1),
        [
            (
                "2024-08-04",
                "https://www.wfmynews2.com/article/news/crime/greensboro-shooting/",
                "Woman shot in Greensboro",
                "GREENSBORO, N.C. - A woman was shot on Saturday night on Phillips Avenue, "
                "Greensboro police said. She is expected to survive.",
            ),
            (
                "2024-08-06",
                "https://www.greensboro.com/news/local/crime/phillips-avenue-arrest/",
                "Man charged with attempted murder in Phillips Avenue shooting",
                "Greensboro police charged a 31-year-old man with attempted first-degree "
                "murder in the shooting of a woman on Phillips Avenue. The woman was released "
                "from the hospital on Monday.",
            ),
        ],
    ),
    (
        "t44",
        (2, 0),
        [
            (
                "2024-08-06",
                "https://www.kolotv.com/2024/08/06/reno-shooting/",
                "Two dead after shooting at Reno motel",
                "RENO, Nev. - Two people were found dead after a shooting at a motel on East "
                "Fourth Street on Monday, Reno police said.",
            ),
            (
                "2024-08-06",
                "https://www.rgj.com/story/news/crime/reno-motel-shooting/",
                "Reno motel shooting leaves one dead, police say",
                "One person was killed in a shooting at a motel on East Fourth Street, Reno "
                "police said Monday morning. Officers were still searching the building.",
            ),
            (
                "2024-08-06",
                "https://www.ktvn.com/story/reno-motel-shooting-two-dead/",
                "Police: two dead in Reno motel shooting",
                "Reno police now say two people died in the shooting at the East Fourth "
                "Street motel. A second body was found in another room.",
            ),
        ],
    ),
    (
        "t45",
        (1, 0),
        [
            (
                "2024-08-10",
                "https://www.nbc4i.com/news/local-news/columbus/linden-shooting/",
                "Man killed in Linden",
                "COLUMBUS, Ohio - A man was shot and killed on Cleveland Avenue in Linden "
                "on Friday night, Columbus police said.",
            ),
            (
                "2024-08-12",
                "https://www.dispatch.com/story/news/crime/columbus-weekend-homicides/",
                "Five killed in Columbus over the weekend",
                "Five people were killed in four shootings across Columbus over the weekend. "
                "The first was a man shot on Cleveland Avenue in Linden on Friday night. Two "
                "men were killed in a car on the Hilltop on Saturday.",
            ),
        ],
    ),
    (
        "t46",
        (1, 0),
        [
            (
                "2024-08-12",
                "https://www.wishtv.com/news/crime-watch-8/indianapolis-shooting/",
                "Man shot on Indianapolis' east side",
                "INDIANAPOLIS - A man was found shot on East 38th Street on Sunday night, "
                "IMPD said. He was taken to Eskenazi Hospital in critical condition.",
            ),
            (
                "2024-08-12",
                "https://www.indystar.com/story/news/crime/east-38th-street-homicide/",
                "Man dies after east side shooting",
                "A man shot on East 38th Street on Sunday night died at Eskenazi Hospital, "
                "IMPD said Monday.",
            ),
            (
                "2024-08-12",
                "https://www.fox59.com/news/east-38th-shooting/",
                "IMPD: man shot on East 38th Street",
                "Officers found a man with a gunshot wound on East 38th Street on Sunday. He "
                "was in critical condition, IMPD said.",
            ),
        ],
    ),
    (
        "t47",
        (1, 1),
        [
            (
                "2024-08-15",
                "https://www.wxii12.com/article/winston-salem-shooting/",
                "Officer wounded, suspect killed in Winston-Salem shootout",
                "WINSTON-SALEM, N.C. - A police officer was shot and wounded and the man who "
                "shot him was killed by other officers on Wednesday, Winston-Salem police "
                "said. The officer is expected to recover.",
            ),
            (
                "2024-08-15",
                "https://www.journalnow.com/news/local/crime/officer-shot/",
                "Winston-Salem officer shot during traffic stop",
                "A Winston-Salem officer was shot in the shoulder during a traffic stop on "
                "Wednesday night. He was treated at Wake Forest Baptist and is in stable "
                "condition.",
            ),
        ],
    ),
    (
        "t48",
        (1, 0),
        [
            (
                "2024-08-17",
                "https://www.wreg.com/news/memphis-frayser-shooting/",
                "Man shot dead in Frayser",
                "MEMPHIS, Tenn. - A man was shot and killed in Frayser on Friday night, "
                "Memphis police said. It is the 180th homicide in Memphis this year.",
            ),
            (
                "2024-08-18",
                "https://www.actionnews5.com/2024/08/18/frayser-shooting-victim/",
                "Frayser shooting victim named",
                "Memphis police named the man killed in Frayser on Friday night as Cedric "
                "Vann, 36.",
            ),
        ],
    ),
    (
        "t49",
        (1, 0),
        [
            (
                "2024-08-19",
                "https://www.wjxt.com/news/local/jacksonville-northside-shooting/",
                "Man killed on Jacksonville's Northside",
                "JACKSONVILLE, Fla. - A man was shot and killed outside a convenience store on "
                "Moncrief Road on Sunday, the Jacksonville Sheriff's Office said.",
            ),
            (
                "2024-08-19",
                "https://www.news4jax.com/news/local/moncrief-road-shooting-witness/",
                "Witness describes Moncrief Road shooting",
                "A woman who was at the Moncrief Road store said she heard about a dozen shots "
                "before a man fell to the ground. The man was killed, JSO said. Nobody else "
                "was hurt.",
            ),
        ],
    ),
    (
        "t50",
        (2, 0),
        [
            (
                "2024-08-22",
                "https://www.wbtv.com/2024/08/22/gastonia-murder-suicide/",
                "Two dead in Gastonia home",
                "GASTONIA, N.C. - A man and a woman were found dead in a home on York Road on "
                "Wednesday, Gastonia police said. Police called it a murder-suicide.",
            ),
            (
                "2024-08-23",
                "https://www.gastongazette.com/story/news/crime/york-road-deaths/",
                "Woman killed by husband in Gastonia, police say",
                "A Gastonia woman was shot and killed by her husband in their York Road home, "
                "police said Thursday. The husband then shot himself.",
            ),
        ],
    ),
    (
        "t51",
        (1, 0),
        [
            (
                "2024-08-24",
                "https://www.kcci.com/article/des-moines-shooting/",
                "Man shot on Des Moines' east side",
                "DES MOINES, Iowa - A man was shot on East University Avenue on Friday night, "
                "Des Moines police said. He was taken to a hospital.",
            ),
            (
                "2024-08-24",
                "https://www.desmoinesregister.com/story/news/crime/east-university-death/",
                "Man dies after shooting on East University Avenue",
                "A man shot on East University Avenue late Friday has died, Des Moines police "
                "said Saturday.",
            ),
            (
                "2024-08-27",
                "https://www.weareiowa.com/article/news/crime/east-university-arrest/",
                "Arrest made in shooting on East University Avenue",
                "Des Moines police arrested a 23-year-old man on Tuesday on a charge of "
                "first-degree murder in the shooting of a man on East University Avenue.",
            ),
        ],
    ),
    (
        "t52",
        (0, 2),
        [
            (
                "2024-08-25",
                "https://www.wsaz.com/2024/08/25/huntington-shooting/",
                "Two shot in Huntington",
                "HUNTINGTON, W.Va. - Two people were shot on Saturday night in Huntington, "
                "police said. Both were taken to Cabell Huntington Hospital.",
            ),
            (
                "2024-08-25",
                "https://www.herald-dispatch.com/news/huntington-two-wounded/",
                "Two hurt by gunfire in Huntington",
                "Gunfire on 9th Avenue wounded two people in Huntington late "
                "Saturday, police said. One is in serious condition.",
            ),
            (
                "2024-09-02",
                "https://www.wowktv.com/news/huntington-homicide-unrelated/",
                "Huntington man killed on 9th Avenue",
                "A man was shot and killed on 9th Avenue in Huntington on Sunday night, "
                "police said. It was the second shooting on that street in a week.",
            ),
        ],
    ),
    (
        "t53",
        (1, 0),
        [
            (
                "2024-08-28",
                "https://www.wave3.com/2024/08/28/louisville-shooting-died/",
                "Man dies after shooting in Louisville's Portland neighborhood",
                "LOUISVILLE, Ky. - A man died after he was shot in the Portland neighborhood "
                "on Tuesday night, Louisville Metro police said.",
            ),
            (
                "2024-08-28",
                "https://www.wlky.com/article/portland-shooting-louisville/",
                "Man shot in Portland neighborhood",
                "A man was shot in the Portland neighborhood on Tuesday night, police said. "
                "He was taken to University Hospital.",
            ),
        ],
    ),
    (
        "t54",
        (3, 0),
        [
            (
                "2024-08-31",
                "https://www.kare11.com/article/news/crime/minneapolis-shooting/",
                "Two killed, gunman dead in north Minneapolis shooting",
                "MINNEAPOLIS - A gunman killed two people outside a north Minneapolis home on "
                "Friday before police shot and killed him, Minneapolis police said.",
            ),
            (
                "2024-08-31",
                "https://www.startribune.com/two-killed-north-minneapolis/",
                "Two killed in north Minneapolis",
                "Two people were killed outside a home in north Minneapolis on Friday "
                "evening, police said.",
            ),
            (
                "2024-09-01",
                "https://www.kstp.com/news/north-minneapolis-shooting-names/",
                "Victims of north Minneapolis shooting named",
                "The two people killed in north Minneapolis on Friday were a 60-year-old man "
                "and his 34-year-old son, the medical examiner said. The gunman, 28, was shot "
                "by officers and died at the scene.",
            ),
        ],
    ),
    # written after the rules, as a check
    (
        "u01",
        (1, 0),
        [
            (
                "2024-09-03",
                "https://www.wlwt.com/article/cincinnati-westwood-shooting/",
                "Man shot in Westwood",
                "CINCINNATI - A man was shot on Harrison Avenue in Westwood on Monday evening, "
                "police said. Medics took him to UC Medical Center.",
            ),
            (
                "2024-09-03",
                "https://www.fox19.com/2024/09/03/westwood-shooting-dies/",
                "Man dies after Westwood shooting",
                "A man who was shot on Harrison Avenue on Monday evening died at UC Medical "
                "Center a few hours later, Cincinnati police said.",
            ),
        ],
    ),
    (
        "u02",
        (3, 0),
        [
            (
                "2024-09-05",
                "https://www.wkrn.com/news/nashville-triple-homicide/",
                "Three found shot to death in Antioch home",
                "NASHVILLE, Tenn. - Three people were found shot to death inside a home in "
                "Antioch on Wednesday, Metro police said.",
            ),
            (
                "2024-09-06",
                "https://www.tennessean.com/story/news/crime/antioch-victim-named/",
                "Police name Antioch homicide victim",
                "Metro police on Thursday identified one of the people killed in the Antioch "
                "home as Brenda Ortiz, 52. She died of a gunshot wound.",
            ),
            (
                "2024-09-07",
                "https://www.newschannel5.com/news/antioch-second-victim/",
                "Second Antioch victim identified",
                "A second victim of the Antioch shootings was named on Friday as Luis Ortiz, "
                "55. Police are still working to identify the third.",
            ),
        ],
    ),
    (
        "u03",
        (1, 0),
        [
            (
                "2024-09-08",
                "https://www.kmbc.com/article/kansas-city-kansas-shooting/",
                "Man critically hurt in KCK shooting",
                "KANSAS CITY, Kan. - A man was critically hurt in a shooting near State Avenue "
                "on Saturday, police said.",
            ),
            (
                "2024-09-09",
                "https://www.kctv5.com/2024/09/09/kck-shooting-update/",
                "KCK shooting victim remains in hospital",
                "The man shot near State Avenue on Saturday remains in the hospital, Kansas "
                "City, Kansas, police said Sunday.",
            ),
            (
                "2024-09-12",
                "https://www.kansascity.com/news/local/crime/kck-state-avenue-death/",
                "Man shot near State Avenue in KCK has died",
                "A man who was shot near State Avenue last weekend has died, police said "
                "Wednesday. It is the city's 25th homicide of the year.",
            ),
        ],
    ),
    (
        "u04",
        (1, 2),
        [
            (
                "2024-09-14",
                "https://www.wfmz.com/news/allentown-shooting/",
                "Three men shot in Allentown",
                "ALLENTOWN, Pa. - Three men were shot on North Seventh Street late Friday, "
                "Allentown police said.",
            ),
            (
                "2024-09-14",
                "https://www.mcall.com/news/police/allentown-seventh-street-homicide/",
                "One killed, two hurt in Allentown shooting",
                "One man was killed and two others were wounded in a shooting on North "
                "Seventh Street late Friday, police said.",
            ),
        ],
    ),
    (
        "u05",
        (1, 0),
        [
            (
                "2024-09-15",
                "https://www.wcnc.com/article/news/crime/rock-hill-shooting/",
                "Man killed in Rock Hill shooting",
                "ROCK HILL, S.C. - A man was shot and killed in a parking lot on Cherry Road "
                "early Sunday, Rock Hill police said.",
            ),
            (
                "2024-09-20",
                "https://www.heraldonline.com/news/local/crime/cherry-road-arrest/",
                "Arrest made in Cherry Road killing",
                "Rock Hill police on Friday arrested a man charged with murder in the death of "
                "a 26-year-old on Cherry Road last weekend.",
            ),
            (
                "2024-09-21",
                "https://www.wbtv.com/2024/09/21/rock-hill-weekend-roundup/",
                "Shootings across the Charlotte area this week",
                "Five people were shot in four separate shootings around the Charlotte area "
                "this week, including a man killed in Rock Hill on Sunday.",
            ),
        ],
    ),
    (
        "u06",
        (2, 1),
        [
            (
                "2024-09-18",
                "https://www.wowt.com/2024/09/18/omaha-shooting/",
                "Three shot in north Omaha",
                "OMAHA, Neb. - Three people were shot near 30th and Ames on Tuesday night, "
                "Omaha police said. Two of them died at the hospital.",
            ),
            (
                "2024-09-18",
                "https://omaha.com/news/crime/north-omaha-two-dead/",
                "Two dead in north Omaha shooting",
                "Two people were killed and a third was wounded in a shooting near 30th and "
                "Ames on Tuesday night.",
            ),
            (
                "2024-09-19",
                "https://www.ketv.com/article/omaha-victims-named/",
                "Police name victims of north Omaha shooting",
                "Omaha police named one of the two people killed near 30th and Ames as Jordan "
                "Price, 22. The wounded woman is expected to survive.",
            ),
        ],
    ),
    (
        "u07",
        (0, 1),
        [
            (
                "2024-09-22",
                "https://www.kob.com/new-mexico/albuquerque-central-shooting/",
                "Man shot on Central Avenue",
                "ALBUQUERQUE, N.M. - A man was shot on Central Avenue near San Mateo on "
                "Saturday night, Albuquerque police said. He was taken to UNM Hospital.",
            ),
            (
                "2024-09-23",
                "https://www.abqjournal.com/news/central-avenue-shooting/",
                "Man hurt in Central Avenue shooting",
                "A man was wounded in a shooting on Central Avenue near San Mateo on Saturday. "
                "Police said he is expected to recover. Albuquerque has had 80 homicides this "
                "year.",
            ),
        ],
    ),
    (
        "u08",
        (1, 0),
        [
            (
                "2024-09-24",
                "https://www.wect.com/2024/09/24/wilmington-shooting/",
                "Man dies after Wilmington shooting",
                "WILMINGTON, N.C. - A man died after he was shot on Market Street on Monday "
                "night, Wilmington police said.",
            ),
            (
                "2024-09-24",
                "https://www.starnewsonline.com/story/news/crime/market-street-shooting/",
                "Man shot on Market Street",
                "A man was shot on Market Street on Monday night, police said. Officers found "
                "him in the road.",
            ),
            (
                "2024-09-24",
                "https://www.wwaytv3.com/market-street-shooting-died/",
                "Victim of Market Street shooting dies",
                "The man shot on Market Street on Monday night has died, police said Tuesday.",
            ),
        ],
    ),
]
