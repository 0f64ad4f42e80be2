# ruff: noqa: E501
"""Invented events whose US local-news reports disagree on the town of one shooting (h-city45),
in shapes `place_events39` lacks: a metro station's report datelined in the big city beside the
suburb's paper (some of the suburbs named like towns elsewhere, some across a state line), a
sheriff's or a "near <town>" report beside the town's, a follow-up placed at the suspect's home,
the court's or the hospital's town, a neighbourhood of the city beside the city, a wire
rewrite datelined at its bureau, a scene on the line between two towns, the victim's home-town
vigil, and events of three to five reports mixing these. Written for the tests; the places and
outlets are real, the events and every sentence invented.

Each row: (id, the true town (or its other accepted names), the state, the reports as
(headline, address, published, text)).
"""

from __future__ import annotations

Report = tuple[str, str, str, str]

EVENTS: list[tuple[str, tuple[str, ...], str, list[Report]]] = [
    # --- a metro station datelined in the big city beside the suburb's paper
    (
        "a01",
        ("Mesa",),
        "Arizona",
        [
            (
                "Man hurt in shooting at Mesa strip mall",
                "https://www.abc15.com/news/crime/a01",
                "2025-04-05T06:00:00Z",
                "PHOENIX - A man was hospitalized with gunshot wounds after a fight outside a strip mall in Mesa on Friday evening, police said.",
            ),
            (
                "Police look for gunman after Main Street fight",
                "https://www.eastvalleytribune.com/news/a01/",
                "2025-04-06T15:00:00Z",
                "Mesa police say a man in his 20s was hit twice when a quarrel near Main Street and Country Club Drive turned violent on Friday.",
            ),
        ],
    ),
    (
        "a02",
        ("Irving",),
        "Texas",
        [
            (
                "Teen killed outside apartment complex",
                "https://www.wfaa.com/article/news/crime/a02/",
                "2025-01-19T04:00:00Z",
                "DALLAS - A 17-year-old boy died after he was shot outside an apartment complex in Irving late Saturday, according to Irving police.",
            ),
            (
                "Irving teen's death investigated as homicide",
                "https://www.dallasnews.com/news/crime/a02/",
                "2025-01-20T13:00:00Z",
                "The boy was found wounded in a parking lot off MacArthur Boulevard and taken to Parkland Memorial Hospital in Dallas, where he died, Irving police said.",
            ),
            (
                "Family asks for answers",
                "https://www.nbcdfw.com/news/local/a02/",
                "2025-01-21T02:00:00Z",
                "DALLAS - Relatives of a teenager shot dead in Irving this weekend pleaded for anyone who saw the shooting to call detectives.",
            ),
        ],
    ),
    (
        "a03",
        ("Smyrna",),
        "Georgia",
        [
            (
                "Woman shot at gas station",
                "https://www.wsbtv.com/news/local/cobb-county/a03/",
                "2025-08-02T03:00:00Z",
                "ATLANTA - A woman was wounded when gunfire broke out at a Smyrna gas station on Friday night, officers said.",
            ),
            (
                "Smyrna police arrest man in gas station shooting",
                "https://www.mdjonline.com/news/a03/",
                "2025-08-03T12:00:00Z",
                "Smyrna police charged a 22-year-old with aggravated assault after a woman was struck by a bullet at a station on South Cobb Drive.",
            ),
        ],
    ),
    (
        "a04",
        ("Bloomington",),
        "Minnesota",
        [
            (
                "Shots fired at mall, one hurt",
                "https://www.kare11.com/article/news/a04/",
                "2025-12-27T01:00:00Z",
                "MINNEAPOLIS - One person was wounded when shots were fired inside the Mall of America in Bloomington on Friday afternoon, police said.",
            ),
            (
                "Bloomington police chief: shooter fled on foot",
                "https://www.startribune.com/a04/",
                "2025-12-27T16:00:00Z",
                "Bloomington Police Chief Booker Hodges said the man who opened fire near a store on the mall's second level ran out through an exit.",
            ),
        ],
    ),
    (
        "a05",
        ("Hialeah",),
        "Florida",
        [
            (
                "Man shot outside Hialeah bakery",
                "https://wsvn.com/news/local/miami-dade/a05/",
                "2025-03-15T23:00:00Z",
                "MIAMI (WSVN) - A man was rushed to Ryder Trauma Center in Miami after he was shot outside a bakery in Hialeah, officials said.",
            ),
            (
                "Hialeah police search for shooter",
                "https://www.miamiherald.com/news/local/crime/a05.html",
                "2025-03-16T14:00:00Z",
                "Detectives with the Hialeah Police Department are searching for a man in a gray hoodie who shot a customer outside a bakery on West 49th Street.",
            ),
        ],
    ),
    (
        "a06",
        ("Pasadena",),
        "Texas",
        [
            (
                "Man killed in Pasadena shooting",
                "https://www.khou.com/article/news/crime/a06/",
                "2025-05-11T05:00:00Z",
                "HOUSTON - A man was shot and killed in Pasadena late Saturday, according to Pasadena police. Officers found him near Spencer Highway.",
            ),
            (
                "Neighbors heard arguing before fatal shooting",
                "https://www.chron.com/news/houston-texas/a06.php",
                "2025-05-12T11:00:00Z",
                "Neighbors told detectives they heard two men arguing before the gunshots on Spencer Highway in Pasadena, Texas, on Saturday night.",
            ),
        ],
    ),
    (
        "a07",
        ("Overland Park",),
        "Kansas",
        [
            (
                "Two hurt in Overland Park shooting",
                "https://www.kshb.com/news/crime/a07",
                "2025-09-07T04:00:00Z",
                "KANSAS CITY, Mo. - Two people were hurt in a shooting in Overland Park on Saturday evening, according to Overland Park police.",
            ),
            (
                "Police: shooting followed argument in parking garage",
                "https://johnsoncountypost.com/2025/09/08/a07/",
                "2025-09-08T13:00:00Z",
                "Overland Park police said two men were wounded after an argument in a parking garage near 119th Street turned into gunfire.",
            ),
        ],
    ),
    (
        "a08",
        ("Cicero",),
        "Illinois",
        [
            (
                "Man shot in west suburban Cicero",
                "https://wgntv.com/news/chicago-news/a08/",
                "2025-07-13T08:00:00Z",
                "CHICAGO - A man was shot early Sunday in west suburban Cicero, police said, and an ambulance brought him to Mount Sinai Hospital in Chicago.",
            ),
            (
                "Cicero police investigating Sunday shooting",
                "https://www.chicagotribune.com/2025/07/13/a08/",
                "2025-07-13T19:00:00Z",
                "A 34-year-old man was wounded in the leg on Cermak Road in Cicero early Sunday, a town spokesman said. Cicero police made no arrest.",
            ),
        ],
    ),
    (
        "a09",
        ("Florissant",),
        "Missouri",
        [
            (
                "Woman found shot in car",
                "https://www.ksdk.com/article/news/crime/a09/",
                "2025-10-04T03:00:00Z",
                "ST. LOUIS - A woman was found shot inside a car in Florissant on Friday night, Florissant police said.",
            ),
            (
                "Florissant woman wounded; boyfriend held",
                "https://www.stltoday.com/news/local/crime-and-courts/a09.html",
                "2025-10-05T14:00:00Z",
                "Florissant police took a man into custody after a woman was shot in a parked car on New Halls Ferry Road.",
            ),
        ],
    ),
    (
        "a10",
        ("Warren",),
        "Michigan",
        [
            (
                "Shooting at Warren party leaves one dead",
                "https://www.wxyz.com/news/a10",
                "2025-06-22T06:00:00Z",
                "DETROIT (WXYZ) - One man is dead after a shooting at a house party in Warren overnight, police said.",
            ),
            (
                "Warren police: party shooting was over a dice game",
                "https://www.macombdaily.com/2025/06/23/a10/",
                "2025-06-23T12:00:00Z",
                "Warren Police Commissioner said the victim was shot after a dispute over a dice game at a home near Eight Mile Road.",
            ),
        ],
    ),
    # --- a sheriff's story or "near <town>" beside the town's
    (
        "b01",
        ("Zephyrhills",),
        "Florida",
        [
            (
                "Deputies: man shot during dispute",
                "https://www.tampabay.com/news/pasco/2025/02/08/b01/",
                "2025-02-08T22:00:00Z",
                "A man was shot during a dispute at a home east of Zephyrhills on Saturday afternoon, the Pasco County Sheriff's Office said.",
            ),
            (
                "Zephyrhills man charged after neighbor shot",
                "https://www.fox13news.com/news/b01",
                "2025-02-09T15:00:00Z",
                "TAMPA, Fla. - Pasco deputies arrested a man accused of shooting his neighbor in Zephyrhills over a property line quarrel.",
            ),
        ],
    ),
    (
        "b02",
        ("Lillington",),
        "North Carolina",
        [
            (
                "Harnett deputies investigate deadly shooting",
                "https://www.wral.com/news/local/b02/",
                "2025-11-02T02:00:00Z",
                "RALEIGH, N.C. (WRAL) - Harnett County deputies are investigating a deadly shooting reported Saturday evening, the sheriff's office said.",
            ),
            (
                "Man killed at Lillington home",
                "https://www.mydailyrecord.com/news/b02/",
                "2025-11-03T14:00:00Z",
                "A 45-year-old man was shot and killed at a home in Lillington on Saturday, sheriff's investigators said.",
            ),
        ],
    ),
    (
        "b03",
        ("Conroe",),
        "Texas",
        [
            (
                "Man shot near Conroe",
                "https://www.click2houston.com/news/local/b03/",
                "2025-03-30T04:00:00Z",
                "HOUSTON - A man was wounded in a shooting near Conroe on Saturday evening, the Montgomery County Sheriff's Office said.",
            ),
            (
                "Conroe police respond to shooting on Frazier Street",
                "https://www.yourconroenews.com/neighborhood/b03.php",
                "2025-03-30T17:00:00Z",
                "Conroe police said a man was shot in the arm on Frazier Street on Saturday evening. Montgomery County deputies helped search for the shooter.",
            ),
        ],
    ),
    (
        "b04",
        ("Kinston",),
        "North Carolina",
        [
            (
                "Lenoir County shooting leaves one dead",
                "https://www.witn.com/2025/04/12/b04/",
                "2025-04-12T03:00:00Z",
                "GREENVILLE, N.C. (WITN) - One person is dead after a shooting in rural Lenoir County on Friday night, deputies said.",
            ),
            (
                "Deputies name man killed near Kinston",
                "https://www.wcti12.com/news/local/b04",
                "2025-04-13T12:00:00Z",
                "NEW BERN, N.C. (WCTI) - The Lenoir County Sheriff's Office named the man found shot on a road near Kinston on Friday night.",
            ),
        ],
    ),
    (
        "b05",
        ("Lexington",),
        "South Carolina",
        [
            (
                "Lexington County deputies: woman shot by ex-husband",
                "https://www.wistv.com/2025/08/09/b05/",
                "2025-08-09T21:00:00Z",
                "COLUMBIA, S.C. (WIS) - Lexington County deputies say a woman was shot by her ex-husband in a driveway on Saturday morning.",
            ),
            (
                "Lexington police: woman wounded in driveway",
                "https://www.lexingtonchronicle.com/b05/",
                "2025-08-10T13:00:00Z",
                "A woman was wounded in a driveway in the town of Lexington on Saturday. Lexington police and county deputies are looking for her former husband.",
            ),
        ],
    ),
    (
        "b06",
        ("Fort Pierce",),
        "Florida",
        [
            (
                "St. Lucie deputies investigate shooting",
                "https://www.wpbf.com/article/b06/",
                "2025-05-25T02:00:00Z",
                "WEST PALM BEACH, Fla. - St. Lucie County deputies are investigating a shooting that wounded a man on Saturday evening.",
            ),
            (
                "Man shot on Avenue D",
                "https://www.tcpalm.com/story/news/crime/b06/",
                "2025-05-25T14:00:00Z",
                "A man was shot on Avenue D in Fort Pierce on Saturday, Fort Pierce police said. He is expected to survive.",
            ),
            (
                "Fort Pierce shooting victim released",
                "https://www.wptv.com/news/treasure-coast/b06",
                "2025-05-27T20:00:00Z",
                "WEST PALM BEACH, Fla. - The man wounded on Avenue D over the weekend has left the hospital, Fort Pierce police said Tuesday.",
            ),
        ],
    ),
    # --- a follow-up placed at the suspect's home, the court's or the hospital's town
    (
        "c01",
        ("Rock Hill",),
        "South Carolina",
        [
            (
                "Man shot outside Rock Hill restaurant",
                "https://www.heraldonline.com/news/local/crime/c01.html",
                "2025-02-16T03:00:00Z",
                "A man was shot outside a restaurant on Cherry Road in Rock Hill on Saturday evening, Rock Hill police said.",
            ),
            (
                "Chester man charged in shooting",
                "https://www.wbtv.com/2025/02/18/c01/",
                "2025-02-18T22:00:00Z",
                "CHESTER, S.C. (WBTV) - A Chester man was arrested at his home Tuesday and charged with attempted murder in the weekend shooting outside a Cherry Road restaurant.",
            ),
        ],
    ),
    (
        "c02",
        ("Kannapolis",),
        "North Carolina",
        [
            (
                "Man killed in Kannapolis",
                "https://www.wsoctv.com/news/local/c02/",
                "2025-01-12T04:00:00Z",
                "KANNAPOLIS, N.C. - A man was shot and killed at a home on Saturday evening, Kannapolis police said.",
            ),
            (
                "Suspect in Kannapolis killing pleads guilty",
                "https://www.independenttribune.com/news/c02/",
                "2025-09-30T18:00:00Z",
                "CONCORD - A 28-year-old pleaded guilty on Tuesday in Cabarrus County Superior Court in Concord to second-degree murder in the January death of a man in Kannapolis.",
            ),
        ],
    ),
    (
        "c03",
        ("Hinesville",),
        "Georgia",
        [
            (
                "Soldier shot in Hinesville",
                "https://www.wjcl.com/article/c03/",
                "2025-07-05T05:00:00Z",
                "HINESVILLE, Ga. - A soldier was wounded in a shooting at an apartment complex on Friday night, Hinesville police said.",
            ),
            (
                "Soldier dies of wounds at Savannah hospital",
                "https://www.wtoc.com/2025/07/07/c03/",
                "2025-07-07T21:00:00Z",
                "SAVANNAH, Ga. (WTOC) - A soldier shot over the holiday weekend died on Monday at Memorial Health University Medical Center in Savannah, officials said.",
            ),
        ],
    ),
    (
        "c04",
        ("Culpeper",),
        "Virginia",
        [
            (
                "Man flown to Charlottesville after shooting",
                "https://www.nbc29.com/2025/03/09/c04/",
                "2025-03-09T02:00:00Z",
                "CHARLOTTESVILLE, Va. (WVIR) - A man was flown to UVA Medical Center in Charlottesville after he was shot on Saturday, Culpeper police said.",
            ),
            (
                "Culpeper police make arrest in Saturday shooting",
                "https://www.starexponent.com/news/c04/",
                "2025-03-10T13:00:00Z",
                "Culpeper police arrested a 19-year-old in the shooting of a man on Sperryville Pike on Saturday afternoon.",
            ),
        ],
    ),
    (
        "c05",
        ("Lawton",),
        "Oklahoma",
        [
            (
                "Lawton police investigate fatal shooting",
                "https://www.kswo.com/2025/10/19/c05/",
                "2025-10-19T05:00:00Z",
                "LAWTON, Okla. (KSWO) - A man was killed in a shooting on Cache Road on Saturday night, according to Lawton police.",
            ),
            (
                "Duncan man arrested in Lawton killing",
                "https://www.duncanbanner.com/news/c05/",
                "2025-10-21T15:00:00Z",
                "A Duncan man was taken into custody at his home on Monday in connection with the weekend killing of a man in Lawton.",
            ),
            (
                "Suspect booked into Comanche County jail",
                "https://www.kfor.com/news/local/c05/",
                "2025-10-22T01:00:00Z",
                "OKLAHOMA CITY (KFOR) - The man accused in Saturday's deadly shooting on Cache Road was booked into the Comanche County jail, officials said.",
            ),
        ],
    ),
    (
        "c06",
        ("Fairfield",),
        "Alabama",
        [
            (
                "Man shot dead in Fairfield",
                "https://www.al.com/news/birmingham/2025/05/c06.html",
                "2025-05-04T14:00:00Z",
                "A man was shot dead outside a Fairfield convenience store early Sunday, Fairfield police said.",
            ),
            (
                "Jury convicts man in Fairfield store killing",
                "https://www.wbrc.com/2026/02/12/c06/",
                "2026-02-12T23:00:00Z",
                "BIRMINGHAM, Ala. (WBRC) - A jury in Jefferson County Circuit Court in Birmingham on Thursday found a man guilty of murder in last May's killing outside a convenience store.",
            ),
        ],
    ),
    # --- a neighbourhood of the city beside the city
    (
        "d01",
        ("Chicago",),
        "Illinois",
        [
            (
                "Man shot in Hyde Park",
                "https://www.nbcchicago.com/news/local/d01/",
                "2025-06-01T06:00:00Z",
                "A man was shot while walking on 53rd Street in Hyde Park on Saturday night, police said.",
            ),
            (
                "Chicago police: man wounded on South Side",
                "https://chicago.suntimes.com/crime/2025/6/1/d01",
                "2025-06-01T14:00:00Z",
                "A 29-year-old man was wounded in a shooting on the South Side on Saturday night, Chicago police said.",
            ),
        ],
    ),
    (
        "d02",
        ("Boston", "Dorchester"),
        "Massachusetts",
        [
            (
                "Teen shot in Dorchester",
                "https://www.wcvb.com/article/d02/",
                "2025-08-17T02:00:00Z",
                "A teenager was shot in Dorchester on Saturday evening and taken to a hospital with wounds that were not life-threatening.",
            ),
            (
                "Boston police investigate shooting on Bowdoin Street",
                "https://www.bostonglobe.com/2025/08/17/metro/d02/",
                "2025-08-17T15:00:00Z",
                "Boston police said a 16-year-old boy was hit by gunfire on Bowdoin Street on Saturday evening.",
            ),
        ],
    ),
    (
        "d03",
        ("Brooklyn", "New York"),
        "New York",
        [
            (
                "Man shot in Brownsville",
                "https://pix11.com/news/local-news/brooklyn/d03/",
                "2025-09-14T05:00:00Z",
                "A man was shot in Brownsville on Saturday night, the NYPD said. He was taken to Brookdale Hospital.",
            ),
            (
                "Brooklyn man wounded outside NYCHA building",
                "https://www.nydailynews.com/2025/09/14/d03/",
                "2025-09-14T16:00:00Z",
                "A 31-year-old man was struck in the torso outside a public housing building in Brooklyn on Saturday, police said.",
            ),
        ],
    ),
    (
        "d04",
        ("Los Angeles", "North Hollywood"),
        "California",
        [
            (
                "Man killed in North Hollywood",
                "https://ktla.com/news/local-news/d04/",
                "2025-02-23T07:00:00Z",
                "A man was fatally shot in North Hollywood on Saturday night, according to the Los Angeles Police Department.",
            ),
            (
                "LAPD investigating San Fernando Valley homicide",
                "https://www.dailynews.com/2025/02/23/d04/",
                "2025-02-23T18:00:00Z",
                "Los Angeles police are looking for a gunman who killed a man on Lankershim Boulevard late Saturday.",
            ),
        ],
    ),
    (
        "d05",
        ("Miami",),
        "Florida",
        [
            (
                "Two shot in Overtown",
                "https://www.local10.com/news/local/2025/11/09/d05/",
                "2025-11-09T04:00:00Z",
                "Two men were shot in Overtown on Saturday evening, police said. Both were taken to Jackson Memorial Hospital.",
            ),
            (
                "Miami police look for Overtown gunman",
                "https://www.miamiherald.com/news/local/crime/d05.html",
                "2025-11-09T17:00:00Z",
                "Miami police said two men were wounded near Northwest Third Avenue on Saturday evening.",
            ),
        ],
    ),
    (
        "d06",
        ("Seattle",),
        "Washington",
        [
            (
                "Man shot in Ballard",
                "https://www.king5.com/article/news/crime/d06/",
                "2025-04-27T06:00:00Z",
                "A man was shot outside a bar in Ballard late Saturday, police said.",
            ),
            (
                "Seattle police arrest suspect in Ballard shooting",
                "https://www.seattletimes.com/seattle-news/crime/d06/",
                "2025-04-28T13:00:00Z",
                "Seattle police arrested a 25-year-old man in the shooting outside a Ballard Avenue bar.",
            ),
        ],
    ),
    (
        "d07",
        ("Dallas",),
        "Texas",
        [
            (
                "Woman killed in Oak Cliff",
                "https://www.fox4news.com/news/d07",
                "2025-07-27T05:00:00Z",
                "A woman was shot and killed in Oak Cliff on Saturday night. Police are searching for the gunman.",
            ),
            (
                "Dallas police name woman killed on Jefferson Boulevard",
                "https://www.dallasnews.com/news/crime/2025/07/28/d07/",
                "2025-07-28T15:00:00Z",
                "Dallas police identified the 36-year-old woman shot dead on West Jefferson Boulevard on Saturday.",
            ),
        ],
    ),
    (
        "d08",
        ("Philadelphia",),
        "Pennsylvania",
        [
            (
                "Man shot in Frankford",
                "https://6abc.com/d08/",
                "2025-10-12T04:00:00Z",
                "A man was shot several times in Frankford on Saturday night, police said.",
            ),
            (
                "Philadelphia police: man critical after Frankford Avenue shooting",
                "https://www.inquirer.com/news/d08.html",
                "2025-10-12T16:00:00Z",
                "A 40-year-old man was left in critical condition by gunfire on Frankford Avenue on Saturday, Philadelphia police said.",
            ),
        ],
    ),
    # --- a wire rewrite datelined at its bureau
    (
        "e01",
        ("Orangeburg",),
        "South Carolina",
        [
            (
                "Two killed at party in South Carolina",
                "https://apnews.com/article/e01",
                "2025-04-20T12:00:00Z",
                "COLUMBIA, S.C. (AP) - Two people were killed and three wounded when gunfire erupted at a party in Orangeburg early Sunday, authorities said.",
            ),
            (
                "Orangeburg party shooting leaves two dead",
                "https://thetandd.com/news/local/crime/e01/",
                "2025-04-20T15:00:00Z",
                "Orangeburg Department of Public Safety officers found five people shot at a house party early Sunday; two died.",
            ),
        ],
    ),
    (
        "e02",
        ("Rocky Mount",),
        "North Carolina",
        [
            (
                "Officer wounded in North Carolina shootout",
                "https://apnews.com/article/e02",
                "2025-06-15T03:00:00Z",
                "RALEIGH, N.C. (AP) - A police officer was wounded in an exchange of gunfire in Rocky Mount on Saturday, officials said.",
            ),
            (
                "Rocky Mount officer shot during traffic stop",
                "https://www.rockymounttelegram.com/news/e02/",
                "2025-06-15T14:00:00Z",
                "A Rocky Mount officer was hit in the shoulder during a traffic stop on Sunset Avenue on Saturday, the police chief said.",
            ),
        ],
    ),
    (
        "e03",
        ("Schenectady",),
        "New York",
        [
            (
                "Man killed in upstate New York shooting",
                "https://apnews.com/article/e03",
                "2025-03-23T14:00:00Z",
                "ALBANY, N.Y. (AP) - A man was shot to death in Schenectady on Saturday night, police said.",
            ),
            (
                "Schenectady police investigate Hamilton Hill killing",
                "https://www.dailygazette.com/news/e03/",
                "2025-03-23T18:00:00Z",
                "Schenectady police are investigating the death of a man found shot in the Hamilton Hill area late Saturday.",
            ),
        ],
    ),
    (
        "e04",
        ("Clarksville",),
        "Tennessee",
        [
            (
                "Three wounded in Tennessee shooting",
                "https://apnews.com/article/e04",
                "2025-09-28T13:00:00Z",
                "NASHVILLE, Tenn. (AP) - Three people were wounded in a shooting outside a nightclub in Clarksville early Sunday, police said.",
            ),
            (
                "Clarksville police: three hurt outside club",
                "https://www.theleafchronicle.com/story/news/crime/e04/",
                "2025-09-28T16:00:00Z",
                "Clarksville police said three people were struck by gunfire outside a club on Fort Campbell Boulevard.",
            ),
            (
                "Nashville man among wounded in Clarksville",
                "https://www.wsmv.com/2025/09/29/e04/",
                "2025-09-29T22:00:00Z",
                "NASHVILLE, Tenn. (WSMV) - A Nashville man was among the three people hurt outside a Clarksville nightclub, his family said.",
            ),
        ],
    ),
    (
        "e05",
        ("Pontiac",),
        "Michigan",
        [
            (
                "Woman killed in Michigan home",
                "https://apnews.com/article/e05",
                "2025-01-26T15:00:00Z",
                "LANSING, Mich. (AP) - A woman was shot and killed inside a home in Pontiac on Saturday, according to the Oakland County Sheriff's Office, which polices the city.",
            ),
            (
                "Pontiac woman's death ruled homicide",
                "https://www.theoaklandpress.com/2025/01/27/e05/",
                "2025-01-27T12:00:00Z",
                "Oakland County deputies say a woman found shot in her home on the city's east side was killed by a relative.",
            ),
        ],
    ),
    # --- a scene on the line between two towns, or across a state line
    (
        "f01",
        ("Linden",),
        "New Jersey",
        [
            (
                "Man shot on Route 1 near Elizabeth border",
                "https://www.nj.com/union/2025/05/f01.html",
                "2025-05-18T13:00:00Z",
                "A man was shot at a motel on Route 1 in Linden, just over the line from Elizabeth, early Sunday, Linden police said.",
            ),
            (
                "Elizabeth, Linden police respond to motel shooting",
                "https://www.tapinto.net/towns/elizabeth/articles/f01",
                "2025-05-18T16:00:00Z",
                "Elizabeth officers helped Linden police at the scene of a shooting at a Route 1 motel early Sunday.",
            ),
        ],
    ),
    (
        "f02",
        ("Kansas City",),
        "Kansas",
        [
            (
                "Man killed in Kansas City, Kansas",
                "https://www.kctv5.com/2025/07/20/f02/",
                "2025-07-20T04:00:00Z",
                "KANSAS CITY, Mo. (KCTV) - A man was shot and killed in Kansas City, Kansas, on Saturday evening, police said.",
            ),
            (
                "KCK police investigate homicide near State Avenue",
                "https://www.kansascity.com/news/local/crime/f02.html",
                "2025-07-20T16:00:00Z",
                "Kansas City, Kansas, police are investigating the killing of a man near State Avenue on Saturday.",
            ),
        ],
    ),
    (
        "f03",
        ("Hallandale Beach",),
        "Florida",
        [
            (
                "Man shot near Hollywood line",
                "https://www.nbcmiami.com/news/local/f03/",
                "2025-12-14T04:00:00Z",
                "MIAMI - A man was shot in Hallandale Beach, a few blocks south of Hollywood, on Saturday evening, police said.",
            ),
            (
                "Hallandale Beach police seek gunman",
                "https://www.sun-sentinel.com/2025/12/14/f03/",
                "2025-12-14T15:00:00Z",
                "Hallandale Beach police said a man was wounded on Pembroke Road on Saturday evening. Hollywood officers helped search for the shooter.",
            ),
        ],
    ),
    (
        "f04",
        ("Phenix City",),
        "Alabama",
        [
            (
                "One dead in Phenix City shooting",
                "https://www.wtvm.com/2025/03/01/f04/",
                "2025-03-01T04:00:00Z",
                "COLUMBUS, Ga. (WTVM) - One person is dead after a shooting in Phenix City on Friday night, police said.",
            ),
            (
                "Phenix City police name shooting victim",
                "https://www.ledger-enquirer.com/news/local/crime/f04.html",
                "2025-03-02T14:00:00Z",
                "Phenix City police named the man killed on Friday night. He died at Piedmont Columbus Regional in Columbus.",
            ),
        ],
    ),
    (
        "f05",
        ("East St. Louis",),
        "Illinois",
        [
            (
                "Man killed in East St. Louis",
                "https://www.fox2now.com/news/f05/",
                "2025-08-24T05:00:00Z",
                "ST. LOUIS - A man was shot dead in East St. Louis on Saturday night, the Illinois State Police said.",
            ),
            (
                "Illinois State Police investigate Metro East homicide",
                "https://www.bnd.com/news/local/crime/f05.html",
                "2025-08-24T17:00:00Z",
                "The Illinois State Police public safety enforcement group is looking into the death of a man found shot in East St. Louis.",
            ),
        ],
    ),
    # --- the victim's home-town vigil
    (
        "g01",
        ("Jackson",),
        "Mississippi",
        [
            (
                "Man killed on Jackson's west side",
                "https://www.wlbt.com/2025/04/06/g01/",
                "2025-04-06T04:00:00Z",
                "JACKSON, Miss. (WLBT) - A man was killed in a shooting on the city's west side on Saturday, Jackson police said.",
            ),
            (
                "Canton gathers to remember shooting victim",
                "https://www.madisoncountyjournal.com/news/g01/",
                "2025-04-09T15:00:00Z",
                "Friends and relatives held a candlelight vigil in Canton on Tuesday for a Canton man who was shot to death in Jackson over the weekend.",
            ),
        ],
    ),
    (
        "g02",
        ("Columbia",),
        "South Carolina",
        [
            (
                "Sumter family mourns son killed in Columbia",
                "https://www.theitem.com/stories/g02/",
                "2025-06-10T14:00:00Z",
                "SUMTER - Family members gathered at a church in Sumter on Monday night to remember a 20-year-old who was shot on Saturday in Columbia.",
            ),
            (
                "Columbia police investigate Five Points shooting",
                "https://www.thestate.com/news/local/crime/g02.html",
                "2025-06-08T15:00:00Z",
                "Columbia police said a 20-year-old man was shot dead near Five Points early Saturday.",
            ),
        ],
    ),
    (
        "g03",
        ("Macon",),
        "Georgia",
        [
            (
                "Man killed in Macon",
                "https://www.13wmaz.com/article/news/crime/g03/",
                "2025-02-02T04:00:00Z",
                "MACON, Ga. - A man was shot and killed on Pio Nono Avenue on Saturday evening, the Bibb County Sheriff's Office said.",
            ),
            (
                "Warner Robins vigil for slain father",
                "https://www.13wmaz.com/article/news/local/g03-vigil/",
                "2025-02-05T01:00:00Z",
                "WARNER ROBINS, Ga. - Dozens of people held a vigil in Warner Robins on Tuesday for a father of three killed in Macon over the weekend.",
            ),
            (
                "Deputies make arrest in Pio Nono killing",
                "https://www.macon.com/news/local/crime/g03.html",
                "2025-02-06T12:00:00Z",
                "Bibb County deputies arrested a 24-year-old in the killing of a Warner Robins man on Pio Nono Avenue.",
            ),
        ],
    ),
    (
        "g04",
        ("Decatur",),
        "Georgia",
        [
            (
                "Woman shot in Decatur",
                "https://www.wsbtv.com/news/local/dekalb-county/g04/",
                "2025-10-26T03:00:00Z",
                "ATLANTA - A woman was shot in Decatur on Saturday evening, Decatur police said. She died at Grady Memorial Hospital.",
            ),
            (
                "Covington church holds vigil for Decatur shooting victim",
                "https://www.covnews.com/news/g04/",
                "2025-10-29T14:00:00Z",
                "COVINGTON - Members of a Covington church prayed on Tuesday for a Covington woman killed in Decatur over the weekend.",
            ),
        ],
    ),
    # --- three to five reports
    (
        "x01",
        ("Hammond",),
        "Indiana",
        [
            (
                "Man killed in Hammond",
                "https://wgntv.com/news/x01/",
                "2025-05-03T05:00:00Z",
                "CHICAGO - A man was killed in a shooting in Hammond on Friday night, police said.",
            ),
            (
                "Hammond police investigate fatal shooting",
                "https://www.nwitimes.com/news/local/crime/x01.html",
                "2025-05-03T14:00:00Z",
                "Hammond police said a 27-year-old man was shot on Calumet Avenue on Friday night and died at the scene.",
            ),
            (
                "Indiana man killed near state line",
                "https://www.chicagotribune.com/2025/05/03/x01/",
                "2025-05-03T20:00:00Z",
                "A man was shot dead in Hammond, Indiana, on Friday night, just east of the Illinois line, police said.",
            ),
            (
                "East Chicago man charged in Hammond killing",
                "https://www.nwitimes.com/news/local/crime/x01-charge.html",
                "2025-05-06T15:00:00Z",
                "An East Chicago man was charged with murder on Tuesday in the Friday night shooting on Calumet Avenue.",
            ),
        ],
    ),
    (
        "x02",
        ("Antioch",),
        "California",
        [
            (
                "Man shot in Antioch",
                "https://www.ktvu.com/news/x02",
                "2025-07-06T06:00:00Z",
                "OAKLAND, Calif. - A man was shot in Antioch on Saturday night, police said.",
            ),
            (
                "Antioch police respond to shooting on A Street",
                "https://www.eastbaytimes.com/2025/07/06/x02/",
                "2025-07-06T15:00:00Z",
                "Antioch police found a man with a gunshot wound on A Street on Saturday night.",
            ),
            (
                "Shooting victim dies at Walnut Creek hospital",
                "https://www.kron4.com/news/bay-area/x02/",
                "2025-07-08T01:00:00Z",
                "SAN FRANCISCO (KRON) - A man shot in Antioch over the weekend died at John Muir Medical Center in Walnut Creek on Monday.",
            ),
        ],
    ),
    (
        "x03",
        ("Harvey",),
        "Illinois",
        [
            (
                "Woman shot in south suburbs",
                "https://abc7chicago.com/x03/",
                "2025-09-21T04:00:00Z",
                "CHICAGO - A woman was wounded in a shooting in south suburban Harvey on Saturday evening.",
            ),
            (
                "Harvey police: woman hit by stray bullet",
                "https://www.chicagotribune.com/2025/09/21/x03/",
                "2025-09-21T16:00:00Z",
                "Harvey police said a stray bullet struck a woman sitting on her porch on Saturday evening.",
            ),
            (
                "Woman wounded on porch recovering",
                "https://chicago.suntimes.com/2025/9/22/x03",
                "2025-09-22T15:00:00Z",
                "A woman struck by a stray bullet while on her porch in Harvey is recovering at Advocate Christ Medical Center in Oak Lawn.",
            ),
        ],
    ),
    (
        "x04",
        ("Wilmington",),
        "Delaware",
        [
            (
                "Two shot in Wilmington",
                "https://www.delawareonline.com/story/news/crime/x04/",
                "2025-11-16T04:00:00Z",
                "Two men were shot in Wilmington on Saturday evening, Wilmington police said.",
            ),
            (
                "Philadelphia station: two hurt in Delaware shooting",
                "https://www.nbcphiladelphia.com/news/local/x04/",
                "2025-11-16T05:00:00Z",
                "PHILADELPHIA - Two men were wounded in a shooting in Wilmington, Delaware, on Saturday, police said.",
            ),
            (
                "New Castle man arrested in Wilmington shooting",
                "https://www.wboc.com/news/x04",
                "2025-11-18T20:00:00Z",
                "DOVER, Del. - A New Castle man was arrested in the Saturday shooting that wounded two men in Wilmington, police said.",
            ),
        ],
    ),
    (
        "x05",
        ("Tacoma",),
        "Washington",
        [
            (
                "Man killed in Tacoma's Hilltop",
                "https://www.king5.com/article/news/crime/x05/",
                "2025-03-16T06:00:00Z",
                "SEATTLE - A man was shot and killed in Tacoma's Hilltop neighborhood on Saturday night, Tacoma police said.",
            ),
            (
                "Tacoma police investigate Hilltop homicide",
                "https://www.thenewstribune.com/news/local/crime/x05.html",
                "2025-03-16T15:00:00Z",
                "Tacoma police said a man was found shot on Martin Luther King Jr. Way late Saturday.",
            ),
            (
                "Lakewood man charged in Hilltop killing",
                "https://www.thenewstribune.com/news/local/crime/x05-charged.html",
                "2025-03-19T17:00:00Z",
                "A Lakewood man was charged with second-degree murder in Pierce County Superior Court in Tacoma on Wednesday.",
            ),
            (
                "Friends remember Puyallup man",
                "https://www.kiro7.com/news/local/x05/",
                "2025-03-20T02:00:00Z",
                "SEATTLE - Friends held a vigil in Puyallup for a Puyallup man who was killed in Tacoma last weekend.",
            ),
        ],
    ),
    # --- the wrong town given by more reports: hospital's, court's, suspect's, vigil's towns
    (
        "h01",
        ("Southaven",),
        "Mississippi",
        [
            (
                "Man critical after Saturday shooting",
                "https://wreg.com/news/h01/",
                "2025-04-13T03:00:00Z",
                "MEMPHIS, Tenn. (WREG) - A man is fighting for his life at Regional One Health after a shooting on Saturday evening, Southaven police said.",
            ),
            (
                "Man shot outside home on Stateline Road",
                "https://www.desototimes.com/news/h01/",
                "2025-04-14T13:00:00Z",
                "Southaven police said a man was shot in the chest outside a home on Stateline Road on Saturday evening.",
            ),
            (
                "Shooting victim taken to Memphis trauma center",
                "https://www.fox13memphis.com/news/h01/",
                "2025-04-13T05:00:00Z",
                "MEMPHIS, Tenn. - A man was rushed to the trauma center at Regional One in Memphis after he was shot in Southaven, officers said.",
            ),
        ],
    ),
    (
        "h02",
        ("Pearl",),
        "Mississippi",
        [
            (
                "Man killed at Pearl apartment",
                "https://www.clarionledger.com/story/news/local/h02/",
                "2025-02-09T15:00:00Z",
                "A man was killed at an apartment complex in Pearl on Saturday night, Pearl police said.",
            ),
            (
                "Trial opens in Pearl apartment killing",
                "https://www.rankinledger.com/news/h02/",
                "2025-11-04T17:00:00Z",
                "BRANDON - Jury selection began on Monday in Rankin County Circuit Court in Brandon for a man accused of the February killing of a neighbor in Pearl.",
            ),
            (
                "Man sentenced to life for February killing",
                "https://www.wapt.com/article/h02/",
                "2025-11-07T22:00:00Z",
                "JACKSON, Miss. (WAPT) - A judge in Brandon sentenced a man to life in prison on Friday for shooting his neighbor at an apartment complex in Pearl.",
            ),
        ],
    ),
    (
        "h03",
        ("Greenwood",),
        "South Carolina",
        [
            (
                "Greenwood police: man shot on Saturday",
                "https://www.indexjournal.com/news/h03/",
                "2025-05-18T14:00:00Z",
                "Greenwood police said a man was shot on Saturday night near Main Street and was treated at Self Regional Healthcare.",
            ),
            (
                "Abbeville man charged in Greenwood shooting",
                "https://www.wyff4.com/article/h03/",
                "2025-05-20T21:00:00Z",
                "GREENVILLE, S.C. - An Abbeville man was charged with attempted murder in the weekend shooting in Greenwood, police said.",
            ),
            (
                "Deputies arrest man at Abbeville home",
                "https://www.wspa.com/news/h03/",
                "2025-05-20T23:00:00Z",
                "SPARTANBURG, S.C. (WSPA) - Abbeville County deputies arrested a man at his home in Abbeville on Tuesday in connection with a shooting across the county line.",
            ),
        ],
    ),
    (
        "h04",
        ("Brooklyn Park",),
        "Minnesota",
        [
            (
                "Man shot near Brooklyn Center line",
                "https://kstp.com/kstp-news/h04/",
                "2025-08-10T04:00:00Z",
                "MINNEAPOLIS - A man was shot in Brooklyn Park, near the Brooklyn Center border, on Saturday evening, Brooklyn Park police said.",
            ),
            (
                "Brooklyn Park police look for shooter",
                "https://www.startribune.com/h04/",
                "2025-08-10T16:00:00Z",
                "Brooklyn Park police said a 30-year-old man was wounded on Brooklyn Boulevard. Brooklyn Center officers helped secure the scene.",
            ),
            (
                "Victim of Saturday shooting identified",
                "https://www.fox9.com/news/h04",
                "2025-08-11T22:00:00Z",
                "MINNEAPOLIS (FOX 9) - Police named the man wounded in Brooklyn Park on Saturday. He is recovering at North Memorial Health Hospital in Robbinsdale.",
            ),
        ],
    ),
    (
        "h05",
        ("Glendale",),
        "Arizona",
        [
            (
                "Man shot at Glendale apartments",
                "https://www.azfamily.com/news/h05/",
                "2025-06-29T06:00:00Z",
                "PHOENIX (3TV/CBS 5) - A man was shot at an apartment complex in Glendale and taken to a Phoenix hospital, police said.",
            ),
            (
                "Police investigate shooting near 59th Avenue",
                "https://www.fox10phoenix.com/news/h05",
                "2025-06-29T07:00:00Z",
                "PHOENIX - Officers are investigating a shooting near 59th Avenue and Glendale Avenue that left a man hurt on Saturday night.",
            ),
            (
                "Glendale police name suspect",
                "https://www.glendalestar.com/news/h05/",
                "2025-07-01T15:00:00Z",
                "Glendale police named a 23-year-old man as the suspect in the weekend shooting at an apartment complex on 59th Avenue.",
            ),
        ],
    ),
    (
        "h06",
        ("Ruston",),
        "Louisiana",
        [
            (
                "Man shot outside Ruston",
                "https://www.knoe.com/2025/10/05/h06/",
                "2025-10-05T03:00:00Z",
                "MONROE, La. (KNOE) - A man was shot outside Ruston on Saturday evening, the Lincoln Parish Sheriff's Office said.",
            ),
            (
                "Ruston police: shooting on Farmerville Street",
                "https://www.rustonleader.com/h06/",
                "2025-10-05T15:00:00Z",
                "Ruston police said a man was shot on Farmerville Street on Saturday evening. Lincoln Parish deputies assisted.",
            ),
        ],
    ),
    (
        "h07",
        ("Louisville",),
        "Kentucky",
        [
            (
                "LMPD: man shot dead on Dixie Highway",
                "https://www.courier-journal.com/story/news/crime/h07/",
                "2025-03-09T14:00:00Z",
                "LOUISVILLE, Ky. - A man was shot and killed on Dixie Highway on Saturday night, Louisville Metro police said.",
            ),
            (
                "Elizabethtown mourns young father",
                "https://www.thenewsenterprise.com/news/h07/",
                "2025-03-12T14:00:00Z",
                "ELIZABETHTOWN - Hundreds of people came to a vigil in Elizabethtown on Tuesday for an Elizabethtown man who was killed in Louisville on Saturday.",
            ),
            (
                "Hardin County family seeks answers",
                "https://www.wdrb.com/news/h07/",
                "2025-03-13T01:00:00Z",
                "LOUISVILLE, Ky. (WDRB) - The family of an Elizabethtown father shot to death in Louisville last weekend asked for help finding his killer.",
            ),
        ],
    ),
    (
        "h08",
        ("Slidell",),
        "Louisiana",
        [
            (
                "Man shot in Slidell",
                "https://www.wdsu.com/article/h08/",
                "2025-09-14T04:00:00Z",
                "NEW ORLEANS - A man was shot in Slidell on Saturday evening, Slidell police said.",
            ),
            (
                "Northshore shooting leaves man hurt",
                "https://www.fox8live.com/2025/09/14/h08/",
                "2025-09-14T06:00:00Z",
                "NEW ORLEANS (WVUE) - A man was hurt in a shooting on the Northshore on Saturday evening, according to Slidell police.",
            ),
            (
                "Picayune man arrested in Slidell shooting",
                "https://www.picayuneitem.com/h08/",
                "2025-09-16T14:00:00Z",
                "A Picayune man was arrested on Monday in the weekend shooting in Slidell, police said.",
            ),
            (
                "Suspect in Slidell shooting appears in court",
                "https://www.nola.com/news/crime_police/h08.html",
                "2025-09-18T19:00:00Z",
                "A man accused in Saturday's shooting appeared before a judge in the St. Tammany Parish courthouse in Covington on Thursday.",
            ),
        ],
    ),
    # --- a town named like bigger towns elsewhere, its state in one report only
    (
        "i01",
        ("College Park",),
        "Georgia",
        [
            (
                "Man shot near MARTA station",
                "https://www.11alive.com/article/news/crime/i01/",
                "2025-01-05T04:00:00Z",
                "ATLANTA - A man was shot near a MARTA station in College Park on Saturday evening, police said.",
            ),
            (
                "College Park police: man shot after argument",
                "https://www.ajc.com/news/crime/i01/",
                "2025-01-05T16:00:00Z",
                "College Park police said the man was hit after an argument near the station on Main Street.",
            ),
        ],
    ),
    (
        "i02",
        ("Columbus",),
        "Georgia",
        [
            (
                "Woman shot on Victory Drive",
                "https://www.wtvm.com/2025/02/02/i02/",
                "2025-02-02T04:00:00Z",
                "Columbus police said a woman was shot on Victory Drive on Saturday night and taken to Piedmont Columbus Regional.",
            ),
            (
                "Police: woman wounded in drive-by",
                "https://www.wrbl.com/news/i02/",
                "2025-02-02T15:00:00Z",
                "COLUMBUS, Ga. (WRBL) - A woman was wounded in a drive-by shooting on Victory Drive on Saturday night, according to police.",
            ),
        ],
    ),
    (
        "i03",
        ("Springfield",),
        "Missouri",
        [
            (
                "Man killed in north Springfield",
                "https://www.news-leader.com/story/news/crime/i03/",
                "2025-03-16T14:00:00Z",
                "Springfield police said a man was shot and killed at a home on the city's north side on Saturday night.",
            ),
            (
                "Police name man killed Saturday",
                "https://www.ky3.com/2025/03/17/i03/",
                "2025-03-17T20:00:00Z",
                "SPRINGFIELD, Mo. (KY3) - Police named the man shot to death at a north side home on Saturday.",
            ),
        ],
    ),
    (
        "i04",
        ("Aurora",),
        "Illinois",
        [
            (
                "Teen shot in west suburban Aurora",
                "https://www.nbcchicago.com/news/local/i04/",
                "2025-05-25T05:00:00Z",
                "CHICAGO - A teenager was shot in west suburban Aurora on Saturday evening, police said.",
            ),
            (
                "Aurora police investigate shooting of teen",
                "https://www.beaconnews.com/i04/",
                "2025-05-25T15:00:00Z",
                "Aurora police said a 16-year-old was wounded on the city's east side on Saturday evening.",
            ),
        ],
    ),
    (
        "i05",
        ("Jacksonville",),
        "North Carolina",
        [
            (
                "Marine shot in Jacksonville",
                "https://www.wect.com/2025/06/21/i05/",
                "2025-06-21T04:00:00Z",
                "WILMINGTON, N.C. (WECT) - A Marine was shot in Jacksonville on Friday night, police said.",
            ),
            (
                "Jacksonville police arrest man in shooting of Marine",
                "https://www.jdnews.com/story/news/crime/i05/",
                "2025-06-22T14:00:00Z",
                "Jacksonville police arrested a man in the Friday night shooting of a Camp Lejeune Marine on Western Boulevard.",
            ),
        ],
    ),
    (
        "i06",
        ("Spring",),
        "Texas",
        [
            (
                "Man shot at north Harris County home",
                "https://www.click2houston.com/news/local/i06/",
                "2025-07-27T04:00:00Z",
                "HOUSTON - A man was shot at a home in north Harris County on Saturday evening, according to the sheriff's office.",
            ),
            (
                "Deputies: homeowner shot intruder near Spring",
                "https://www.chron.com/neighborhood/spring/i06.php",
                "2025-07-27T16:00:00Z",
                "Harris County deputies said a homeowner in Spring shot a man who broke into his house on Saturday evening.",
            ),
        ],
    ),
    # --- stations that name only the hospital's town or a home beside the scene's paper
    (
        "y01",
        ("Kent",),
        "Washington",
        [
            (
                "Man shot at apartment complex",
                "https://www.kiro7.com/news/local/y01/",
                "2025-02-19T06:00:00Z",
                "SEATTLE - A man was shot on Tuesday night at an apartment complex on the East Hill, a spokesperson for the Kent Police Department said.",
            ),
            (
                "Police investigate overnight shooting",
                "https://komonews.com/news/local/y01",
                "2025-02-19T07:00:00Z",
                "SEATTLE - Police are investigating a shooting at an apartment complex on Tuesday night. The victim was taken to Harborview Medical Center.",
            ),
            (
                "Kent police seek shooter",
                "https://www.kentreporter.com/news/y01/",
                "2025-02-20T15:00:00Z",
                "Kent police are searching for the man who shot a neighbor at an East Hill apartment complex on Tuesday.",
            ),
        ],
    ),
    (
        "y02",
        ("Gastonia",),
        "North Carolina",
        [
            (
                "Man hurt in shooting",
                "https://www.wbtv.com/2025/03/02/y02/",
                "2025-03-02T04:00:00Z",
                "CHARLOTTE, N.C. (WBTV) - A man was taken to Atrium Health Carolinas Medical Center in Charlotte after a shooting on Saturday evening.",
            ),
            (
                "Victim airlifted to Charlotte",
                "https://www.wsoctv.com/news/local/y02/",
                "2025-03-02T05:00:00Z",
                "CHARLOTTE, N.C. - A man was flown to a Charlotte hospital after he was shot on Saturday evening, officials said.",
            ),
            (
                "Gastonia police: man shot on Franklin Boulevard",
                "https://www.gastongazette.com/story/news/y02/",
                "2025-03-02T15:00:00Z",
                "Gastonia police said a man was shot outside a store on Franklin Boulevard on Saturday evening.",
            ),
        ],
    ),
    (
        "y03",
        ("Kennesaw",),
        "Georgia",
        [
            (
                "Man shot near Town Center",
                "https://www.fox5atlanta.com/news/y03",
                "2025-04-06T04:00:00Z",
                "ATLANTA - A man was wounded in a shooting near Town Center at Cobb on Saturday, Cobb County police said.",
            ),
            (
                "Kennesaw man charged",
                "https://www.mdjonline.com/news/y03/",
                "2025-04-08T15:00:00Z",
                "A Kennesaw man was charged with aggravated assault in Saturday's shooting at a Kennesaw apartment complex near Town Center.",
            ),
        ],
    ),
    (
        "y04",
        ("Independence",),
        "Missouri",
        [
            (
                "Woman killed in Independence",
                "https://fox4kc.com/news/y04/",
                "2025-05-04T04:00:00Z",
                "KANSAS CITY, Mo. - A woman was shot and killed in Independence on Saturday night, police said.",
            ),
            (
                "Independence police investigate homicide",
                "https://www.examiner.net/story/news/y04/",
                "2025-05-04T15:00:00Z",
                "Independence police said a woman was found shot in a home on Noland Road on Saturday night.",
            ),
            (
                "Kansas City man charged in Independence killing",
                "https://www.kshb.com/news/crime/y04",
                "2025-05-06T21:00:00Z",
                "KANSAS CITY, Mo. - A Kansas City man was charged with murder in the Saturday night shooting death of a woman at a home on Noland Road.",
            ),
        ],
    ),
    (
        "y05",
        ("Pine Bluff",),
        "Arkansas",
        [
            (
                "Two hurt in Pine Bluff",
                "https://www.kark.com/news/y05/",
                "2025-06-08T04:00:00Z",
                "LITTLE ROCK, Ark. - Two people were wounded in a shooting in Pine Bluff on Saturday, police said. Both were taken to a Little Rock hospital.",
            ),
            (
                "Pine Bluff police look for suspects",
                "https://www.pbcommercial.com/news/y05/",
                "2025-06-09T14:00:00Z",
                "Pine Bluff police said two men were hit by gunfire outside a home on West 17th Avenue.",
            ),
            (
                "Victims of Pine Bluff shooting improving",
                "https://www.thv11.com/article/news/y05/",
                "2025-06-10T22:00:00Z",
                "LITTLE ROCK, Ark. - Two men hurt in a weekend shooting remain at UAMS Medical Center in Little Rock, where their condition is improving.",
            ),
        ],
    ),
]
