"""reconcile: invented events whose US local-news reports disagree on the town (h-city34): a
station's report datelined from its home city about a town 30 miles away, a report naming the
hospital's town, an arrest story naming the suspect's home town and the jail's town, a
statewide roundup, two stations' reports of the hospital's city against the town's paper, a
county-only report ("a Smith County deputy"), a neighbourhood against its
city, namesakes in different states, an unincorporated place against its mailing town. Written
for the tests; the places and outlets are real, the events and every sentence invented.

Each row: (id, the true town (or its other accepted names), the state, the reports as
(headline, address, published, text)). Every event is reconciled twice: its reports as
published, and with their publication stamps reversed (the first report of the event is then
the last), since a tie between two towns goes to the earliest report. Run on main 7781194
first: 49 of 59 events right as published, 46 reversed; 58 and 58 after h-city34's rules
(`consensus.county_support`, `named_support`, `county_named`, `province_named`,
`told_elsewhere`).
"""

from __future__ import annotations

from .tables import place_table_tests

Report = tuple[str, str, str, str]

EVENTS: list[tuple[str, tuple[str, ...], str, list[Report]]] = [
    (
        "c01",
        ("Lufkin",),
        "Texas",
        [
            (
                "Man killed in shooting on Keltys Street",
                "https://www.ktre.com/2025/03/09/man-killed-keltys/",
                "2025-03-09T14:00:00Z",
                (
                    "LUFKIN, Texas (KTRE) - A 34-year-old man died after being shot "
                    "Saturday night at a house on Keltys Street, Lufkin police said. "
                    "Officers arrived to find him on the front porch. No arrest had been "
                    "made by Sunday morning."
                ),
            ),
            (
                "Angelina County man dies after weekend shooting",
                "https://www.lufkindailynews.com/news/angelina-shooting-c01",
                "2025-03-10T11:00:00Z",
                (
                    "An Angelina County man died of gunshot wounds late Saturday, according "
                    "to a justice of the peace who ordered an autopsy. Investigators have "
                    "not said what led to the gunfire. Tips may be left with Crime "
                    "Stoppers."
                ),
            ),
        ],
    ),
    (
        "c02",
        ("Nacogdoches",),
        "Texas",
        [
            (
                "Deputies investigate shooting",
                "https://www.kltv.com/2025/04/02/deputies-investigate-shooting/",
                "2025-04-02T15:00:00Z",
                (
                    "A Nacogdoches County deputy was called to a shooting late Tuesday and "
                    "found a woman with a wound to her arm, the sheriff's office said. She "
                    "was taken to a hospital in stable condition. The shooter left before "
                    "deputies arrived."
                ),
            ),
            (
                "Woman wounded in Nacogdoches shooting",
                "https://www.dailysentinel.com/news/woman-wounded-c02",
                "2025-04-03T09:00:00Z",
                (
                    "NACOGDOCHES - A woman was shot in the arm Tuesday night at an "
                    "apartment complex on North Street, police said. Her injury was not "
                    "life-threatening. Detectives are reviewing camera footage from the "
                    "complex."
                ),
            ),
            (
                "Sheriff seeks witnesses",
                "https://www.ktre.com/2025/04/03/sheriff-seeks-witnesses/",
                "2025-04-03T18:00:00Z",
                (
                    "The Nacogdoches County Sheriff's Office asked witnesses to come "
                    "forward after a woman was wounded in a shooting Tuesday night. A "
                    "spokesman said deputies believe the shooter knew the victim."
                ),
            ),
        ],
    ),
    (
        "c03",
        ("Hazard",),
        "Kentucky",
        [
            (
                "Perry County shooting leaves one dead",
                "https://www.wymt.com/2025/05/11/perry-county-shooting/",
                "2025-05-11T13:00:00Z",
                (
                    "One person is dead after a shooting in Perry County on Saturday "
                    "evening, Kentucky State Police said. Troopers were called to a home "
                    "off Highway 15 around 7 p.m. The Perry County coroner pronounced the "
                    "victim dead at the scene."
                ),
            ),
            (
                "KSP: man killed in Hazard shooting",
                "https://www.lex18.com/news/ksp-man-killed-hazard-c03",
                "2025-05-11T20:00:00Z",
                (
                    "HAZARD, Ky. (LEX 18) - A man was shot and killed Saturday evening at a "
                    "home just inside Hazard, state police said. Troopers said they are "
                    "questioning a relative. Post 13 detectives are leading the "
                    "investigation."
                ),
            ),
        ],
    ),
    (
        "t01",
        ("Minden",),
        "Louisiana",
        [
            (
                "Woman wounded in Minden shooting",
                "https://www.ksla.com/2025/02/14/woman-wounded-minden/",
                "2025-02-14T04:00:00Z",
                (
                    "SHREVEPORT, La. (KSLA) - A woman was hurt in a shooting Thursday "
                    "evening in Minden, police there said. Officers found her in the "
                    "parking lot of a convenience store on Homer Road. She was taken to a "
                    "hospital in Shreveport with injuries that are not expected to be "
                    "fatal."
                ),
            ),
            (
                "Police investigate Homer Road shooting",
                "https://www.press-herald.com/news/homer-road-shooting-t01",
                "2025-02-15T12:00:00Z",
                (
                    "Minden police are looking for the driver of a dark sedan after a woman "
                    "was shot outside a store on Homer Road on Thursday. Chief Jared McIver "
                    "said the woman is recovering."
                ),
            ),
        ],
    ),
    (
        "t02",
        ("Gonzales",),
        "Louisiana",
        [
            (
                "Man shot in Gonzales",
                "https://www.wafb.com/2025/06/21/man-shot-gonzales/",
                "2025-06-21T03:00:00Z",
                (
                    "BATON ROUGE, La. (WAFB) - A man was shot and killed late Friday in "
                    "Gonzales, according to the Gonzales Police Department. The shooting "
                    "happened near the corner of Burnside Avenue and Orice Roth Road. "
                    "Detectives have not named a suspect."
                ),
            ),
            (
                "Deadly shooting under investigation",
                "https://www.wbrz.com/news/deadly-shooting-under-investigation-t02",
                "2025-06-21T15:00:00Z",
                (
                    "BATON ROUGE - Officers are looking into a fatal shooting late Friday "
                    "near Burnside Avenue. The victim, 29, died at the scene. Investigators "
                    "said the shooting followed an argument in a parking lot."
                ),
            ),
        ],
    ),
    (
        "t03",
        ("Canton",),
        "Ohio",
        [
            (
                "One dead after Canton shooting",
                "https://www.wkyc.com/article/news/local/one-dead-canton-t03",
                "2025-01-19T16:00:00Z",
                (
                    "CLEVELAND - One man is dead and another is hurt after a shooting early "
                    "Sunday in Canton, police said. The shooting happened outside a bar on "
                    "Cleveland Avenue Northwest. Both men were taken to Aultman Hospital, "
                    "where one died."
                ),
            ),
            (
                "Man dies in shooting outside Cleveland Avenue bar",
                "https://www.cantonrep.com/story/news/crime/2025/01/19/t03",
                "2025-01-19T20:00:00Z",
                (
                    "A man died and a second was wounded when gunfire broke out early "
                    "Sunday outside a bar on Cleveland Avenue NW, Canton police said. The "
                    "Stark County coroner will perform an autopsy."
                ),
            ),
        ],
    ),
    (
        "t04",
        ("Lake Charles",),
        "Louisiana",
        [
            (
                "Teen shot on Broad Street",
                "https://www.kplctv.com/2025/07/04/teen-shot-broad-street/",
                "2025-07-04T10:00:00Z",
                (
                    "LAKE CHARLES, La. (KPLC) - A 16-year-old was shot Thursday night on "
                    "Broad Street, Lake Charles police said. He is expected to survive. "
                    "Police have asked anyone with video to contact detectives."
                ),
            ),
            (
                "Lafayette station: Lake Charles teen wounded",
                "https://www.katc.com/news/teen-wounded-t04",
                "2025-07-04T14:00:00Z",
                (
                    "LAFAYETTE, La. - A teenager was wounded in a shooting Thursday night, "
                    "police in Lake Charles said. Officers found him on Broad Street with a "
                    "gunshot wound to the leg."
                ),
            ),
        ],
    ),
    (
        "h01",
        ("Kinston",),
        "North Carolina",
        [
            (
                "Man flown to Greenville after Kinston shooting",
                "https://www.wnct.com/news/man-flown-greenville-h01/",
                "2025-03-23T13:00:00Z",
                (
                    "A man was shot several times early Sunday on East Washington Avenue in "
                    "Kinston, police said. He was flown to ECU Health Medical Center in "
                    "Greenville, where he was listed in critical condition."
                ),
            ),
            (
                "Greenville hospital treating shooting victim",
                "https://www.witn.com/2025/03/23/greenville-hospital-treating-h01/",
                "2025-03-23T18:00:00Z",
                (
                    "GREENVILLE, N.C. (WITN) - A man is in critical condition at ECU Health "
                    "Medical Center in Greenville after being shot early Sunday. Kinston "
                    "police said officers found him on East Washington Avenue."
                ),
            ),
        ],
    ),
    (
        "h02",
        ("Selma",),
        "Alabama",
        [
            (
                "Selma shooting victim taken to Montgomery",
                "https://www.selmatimesjournal.com/2025/08/10/h02/",
                "2025-08-10T12:00:00Z",
                (
                    "A Selma man was airlifted to Baptist Medical Center South in "
                    "Montgomery after he was shot Saturday on Jeff Davis Avenue, Selma "
                    "police said."
                ),
            ),
            (
                "Man in critical condition after shooting",
                "https://www.wsfa.com/2025/08/10/man-critical-h02/",
                "2025-08-10T16:00:00Z",
                (
                    "MONTGOMERY, Ala. (WSFA) - A man is in critical condition at a "
                    "Montgomery hospital after a shooting in Dallas County on Saturday. "
                    "Police in Selma said he was found on Jeff Davis Avenue."
                ),
            ),
        ],
    ),
    (
        "h03",
        ("Dyersburg",),
        "Tennessee",
        [
            (
                "Man shot in Dyersburg dies in Memphis",
                "https://www.stategazette.com/story/h03",
                "2025-09-02T12:00:00Z",
                (
                    "A man who was shot in Dyersburg on Sunday died Monday at Regional One "
                    "Health in Memphis, Dyersburg police said. Officers had found him "
                    "wounded on Lake Road."
                ),
            ),
            (
                "Man dies at Memphis hospital after weekend shooting",
                "https://www.wreg.com/news/man-dies-h03/",
                "2025-09-02T17:00:00Z",
                (
                    "MEMPHIS, Tenn. - A man died at Regional One on Monday after he was "
                    "shot Sunday on Lake Road, police in Dyersburg said. No arrest has been "
                    "made."
                ),
            ),
        ],
    ),
    (
        "a01",
        ("Opelika",),
        "Alabama",
        [
            (
                "Man wounded in Opelika shooting",
                "https://www.oanow.com/news/local/man-wounded-opelika-a01",
                "2025-05-04T12:00:00Z",
                (
                    "A man was wounded Saturday night in a shooting on Pepperell Parkway, "
                    "Opelika police said. He was taken to East Alabama Medical Center."
                ),
            ),
            (
                "Auburn man charged in Opelika shooting",
                "https://www.wtvm.com/2025/05/07/auburn-man-charged-a01/",
                "2025-05-07T15:00:00Z",
                (
                    "An Auburn man has been charged with attempted murder in a shooting "
                    "last weekend. Jalen Harris, 22, of Auburn, was booked into the Lee "
                    "County Jail in Opelika. He was arrested at a home in Auburn on "
                    "Tuesday."
                ),
            ),
        ],
    ),
    (
        "a02",
        ("Hattiesburg",),
        "Mississippi",
        [
            (
                "Petal man arrested in Hattiesburg homicide",
                "https://www.wdam.com/2025/10/15/petal-man-arrested-a02/",
                "2025-10-15T14:00:00Z",
                (
                    "A Petal man was arrested Tuesday and charged with murder in last "
                    "week's killing of a man on Mamie Street in Hattiesburg. He is being "
                    "held at the Forrest County Jail."
                ),
            ),
            (
                "Man killed on Mamie Street",
                "https://www.hattiesburgamerican.com/story/news/2025/10/09/a02/",
                "2025-10-09T12:00:00Z",
                (
                    "HATTIESBURG - A man was shot and killed Wednesday evening on Mamie "
                    "Street, police said. He was 31."
                ),
            ),
        ],
    ),
    (
        "a03",
        ("Rocky Mount",),
        "North Carolina",
        [
            (
                "Tarboro man charged with murder",
                "https://www.rockymounttelegram.com/news/tarboro-man-charged-a03",
                "2025-02-20T12:00:00Z",
                (
                    "A Tarboro man was charged with first-degree murder Wednesday. Police "
                    "say the 24-year-old shot and killed a man outside a home on Leggett "
                    "Road in Rocky Mount on Feb. 12. He is jailed in Nashville without "
                    "bond."
                ),
            ),
            (
                "Police seek shooter after Leggett Road killing",
                "https://www.wral.com/story/police-seek-shooter-a03/",
                "2025-02-13T11:00:00Z",
                (
                    "ROCKY MOUNT, N.C. - Police are looking for a gunman who killed a man "
                    "outside a house on Leggett Road on Wednesday night."
                ),
            ),
        ],
    ),
    (
        "a04",
        ("Florence",),
        "South Carolina",
        [
            (
                "Darlington man arrested in Florence shooting",
                "https://www.wbtw.com/news/pee-dee/darlington-man-arrested-a04/",
                "2025-06-12T15:00:00Z",
                (
                    "A Darlington man was arrested Wednesday in connection with a shooting "
                    "that injured two people in Florence last week, police said. He was "
                    "taken to the Florence County Detention Center."
                ),
            ),
            (
                "Man arrested after shooting",
                "https://www.scnow.com/news/local/man-arrested-a04",
                "2025-06-12T18:00:00Z",
                (
                    "Police arrested a 27-year-old man from Darlington on Wednesday in a "
                    "shooting that wounded two people on Cherokee Road last Friday."
                ),
            ),
        ],
    ),
    (
        "n01",
        ("Philadelphia",),
        "Pennsylvania",
        [
            (
                "Man shot in Kensington",
                "https://www.nbcphiladelphia.com/news/local/man-shot-kensington-n01/",
                "2025-04-12T03:00:00Z",
                (
                    "A man was shot multiple times late Friday in Kensington, police said. "
                    "He was rushed to Temple University Hospital in critical condition."
                ),
            ),
            (
                "Philadelphia police investigate shooting",
                "https://6abc.com/philadelphia-shooting-n01/",
                "2025-04-12T09:00:00Z",
                (
                    "PHILADELPHIA (WPVI) - A man is in grave condition after gunfire on "
                    "Kensington Avenue Friday night, Philadelphia police said."
                ),
            ),
        ],
    ),
    (
        "n02",
        ("Chicago",),
        "Illinois",
        [
            (
                "2 wounded in Englewood shooting",
                "https://www.wgntv.com/news/chicago-crime/2-wounded-englewood-n02/",
                "2025-07-20T12:00:00Z",
                (
                    "Two men took bullets Saturday night in Englewood on the South Side, "
                    "police said. They were standing on a sidewalk when someone in a "
                    "passing car opened fire."
                ),
            ),
            (
                "Drive-by wounds two",
                "https://chicago.suntimes.com/crime/2025/7/20/drive-by-n02",
                "2025-07-20T14:00:00Z",
                (
                    "Two men were shot Saturday in a drive-by on the South Side. The men, "
                    "24 and 30, were in the 6300 block of South Halsted Street when a gray "
                    "car pulled up, Chicago police said."
                ),
            ),
        ],
    ),
    (
        "n03",
        ("Houston",),
        "Texas",
        [
            (
                "Man killed in Third Ward shooting",
                "https://www.khou.com/article/news/crime/third-ward-n03/",
                "2025-11-02T14:00:00Z",
                (
                    "A man was shot and killed Saturday night in Houston's Third Ward, "
                    "police said. Officers found him in a parked car on Scott Street."
                ),
            ),
            (
                "Deadly shooting on Scott Street",
                "https://abc13.com/third-ward-shooting-n03/",
                "2025-11-02T16:00:00Z",
                (
                    "HOUSTON (KTRK) - Police are searching for the gunman who killed a man "
                    "in a parked car on Scott Street late Saturday."
                ),
            ),
        ],
    ),
    (
        "n04",
        ("Los Angeles",),
        "California",
        [
            (
                "Man shot in Boyle Heights",
                "https://ktla.com/news/local-news/man-shot-boyle-heights-n04/",
                "2025-03-03T12:00:00Z",
                (
                    "A man was shot and wounded Sunday evening in Boyle Heights, Los "
                    "Angeles police said. The shooting happened near Cesar Chavez Avenue "
                    "and Soto Street."
                ),
            ),
            (
                "LAPD investigates Eastside shooting",
                "https://www.latimes.com/california/story/2025-03-03/n04",
                "2025-03-03T18:00:00Z",
                (
                    "A 35-year-old man was wounded in a shooting Sunday near Cesar Chavez "
                    "Avenue and Soto Street on the Eastside, authorities said."
                ),
            ),
        ],
    ),
    (
        "s01",
        ("Springfield",),
        "Massachusetts",
        [
            (
                "Man shot on State Street",
                "https://www.masslive.com/police-fire/2025/05/s01.html",
                "2025-05-18T12:00:00Z",
                (
                    "SPRINGFIELD - A man was shot early Sunday on State Street, police "
                    "said. He was taken to Baystate Medical Center with wounds that were "
                    "not life-threatening."
                ),
            ),
            (
                "Springfield police investigate shooting",
                "https://www.wwlp.com/news/local-news/hampden-county/s01/",
                "2025-05-18T15:00:00Z",
                (
                    "Springfield police are investigating a shooting that left a man "
                    "wounded early Sunday. The Hampden County District Attorney's Office "
                    "was notified."
                ),
            ),
        ],
    ),
    (
        "s02",
        ("Columbus",),
        "Georgia",
        [
            (
                "Man killed in Columbus shooting",
                "https://www.wtvm.com/2025/06/01/man-killed-columbus-s02/",
                "2025-06-01T12:00:00Z",
                (
                    "COLUMBUS, Ga. (WTVM) - A man was shot and killed Saturday night on "
                    "Buena Vista Road, the Muscogee County coroner said."
                ),
            ),
            (
                "Man dies after shooting",
                "https://www.example-news.com/national/s02",
                "2025-06-01T18:00:00Z",
                (
                    "A man died after he was shot Saturday night in Columbus, police said. "
                    "He was found on Buena Vista Road and died at Piedmont Columbus "
                    "Regional."
                ),
            ),
        ],
    ),
    (
        "s03",
        ("Jackson",),
        "Tennessee",
        [
            (
                "Man wounded in Jackson shooting",
                "https://www.wbbjtv.com/2025/08/16/man-wounded-jackson-s03/",
                "2025-08-16T12:00:00Z",
                (
                    "JACKSON, Tenn. - A man was wounded Friday night in a shooting on "
                    "Hollywood Drive, the Jackson Police Department said."
                ),
            ),
            (
                "Shooting on Hollywood Drive",
                "https://www.jacksonsun.com/story/news/crime/2025/08/16/s03/",
                "2025-08-16T15:00:00Z",
                (
                    "A man is recovering after he was shot Friday night on Hollywood Drive, "
                    "police said. Madison County investigators are assisting."
                ),
            ),
        ],
    ),
    (
        "s04",
        ("Portland",),
        "Maine",
        [
            (
                "Man shot in Portland",
                "https://www.pressherald.com/2025/09/07/s04/",
                "2025-09-07T12:00:00Z",
                (
                    "A man was shot Saturday night on Congress Street in Portland, police "
                    "said. He was taken to Maine Medical Center."
                ),
            ),
            (
                "Portland police: man wounded",
                "https://www.wmtw.com/article/portland-man-wounded-s04/",
                "2025-09-07T15:00:00Z",
                (
                    "PORTLAND, Maine - Police said a man was wounded in a shooting Saturday "
                    "night on Congress Street. The Cumberland County District Attorney was "
                    "briefed."
                ),
            ),
        ],
    ),
    (
        "u01",
        ("Spring",),
        "Texas",
        [
            (
                "Man killed in Spring-area shooting",
                "https://www.khou.com/article/news/crime/spring-area-u01/",
                "2025-10-05T13:00:00Z",
                (
                    "A man was shot and killed Saturday in the Spring area of north Harris "
                    "County, the sheriff's office said. Deputies were called to an "
                    "apartment complex on Cypresswood Drive."
                ),
            ),
            (
                "Deputies investigate deadly shooting",
                "https://www.click2houston.com/news/local/2025/10/05/u01/",
                "2025-10-05T16:00:00Z",
                (
                    "HOUSTON - Harris County deputies are looking into the killing of a man "
                    "at an apartment complex on Cypresswood Drive in north Harris County "
                    "late Saturday."
                ),
            ),
        ],
    ),
    (
        "u02",
        ("Brandon",),
        "Florida",
        [
            (
                "Teen shot in Brandon",
                "https://www.wfla.com/news/hillsborough-county/teen-shot-brandon-u02/",
                "2025-12-01T12:00:00Z",
                (
                    "A 17-year-old was shot Sunday night in Brandon, the Hillsborough "
                    "County Sheriff's Office said. He is expected to recover."
                ),
            ),
            (
                "Hillsborough deputies: teen wounded",
                "https://www.tampabay.com/news/crime/2025/12/01/u02/",
                "2025-12-01T15:00:00Z",
                (
                    "TAMPA - A teenager was wounded in a shooting Sunday night at a park "
                    "off Lumsden Road, Hillsborough County deputies said."
                ),
            ),
        ],
    ),
    (
        "r01",
        ("Dayton",),
        "Ohio",
        [
            (
                "Man killed in Dayton shooting",
                "https://www.daytondailynews.com/local/r01/",
                "2025-07-06T12:00:00Z",
                (
                    "DAYTON - A man was shot and killed early Sunday on Salem Avenue, "
                    "Dayton police said."
                ),
            ),
            (
                "Weekend shootings across Ohio",
                "https://www.dispatch.com/story/news/crime/2025/07/07/r01/",
                "2025-07-07T12:00:00Z",
                (
                    "COLUMBUS - At least five people were shot across Ohio over the "
                    "weekend. In Dayton, a man was killed early Sunday on Salem Avenue. In "
                    "Columbus, two men were wounded near a bar on the Near East Side."
                ),
            ),
        ],
    ),
    (
        "d01",
        ("Thibodaux",),
        "Louisiana",
        [
            (
                "Man shot near Thibodaux bayou",
                "https://www.wwltv.com/article/news/crime/d01/",
                "2025-04-05T03:00:00Z",
                (
                    "NEW ORLEANS - A man was hospitalized after a shooting Friday evening, "
                    "authorities said. Thibodaux police said officers found him near Bayou "
                    "Lafourche on Canal Boulevard."
                ),
            ),
            (
                "Thibodaux police investigate Canal Boulevard shooting",
                "https://www.dailycomet.com/story/news/crime/2025/04/05/d01/",
                "2025-04-05T16:00:00Z",
                (
                    "A man was shot Friday evening on Canal Boulevard in Thibodaux, police "
                    "said. He was taken to a hospital in Houma with a wound to his side."
                ),
            ),
        ],
    ),
    (
        "d02",
        ("Ripley",),
        "Tennessee",
        [
            (
                "Man killed in Lauderdale County",
                "https://www.localmemphis.com/article/news/crime/d02/",
                "2025-06-14T02:00:00Z",
                (
                    "MEMPHIS, Tenn. - A man was shot and killed Friday night in Lauderdale "
                    "County, the sheriff said. Deputies were called to a home on Highway 51 "
                    "in Ripley just after 9 p.m."
                ),
            ),
            (
                "Ripley man dies in shooting",
                "https://www.wbbjtv.com/2025/06/14/ripley-man-dies-d02/",
                "2025-06-14T14:00:00Z",
                (
                    "RIPLEY, Tenn. - A man died after he was shot Friday night at a home on "
                    "Highway 51, the Lauderdale County Sheriff's Office said."
                ),
            ),
        ],
    ),
    (
        "d03",
        ("Eunice",),
        "Louisiana",
        [
            (
                "Two wounded in Eunice shooting",
                "https://www.klfy.com/news/crime/two-wounded-eunice-d03/",
                "2025-08-30T03:00:00Z",
                (
                    "LAFAYETTE, La. - Two people were wounded in a shooting Friday night, "
                    "Eunice police said. Officers found both victims outside a home on "
                    "South Second Street."
                ),
            ),
            (
                "Eunice shooting leaves two hurt",
                "https://www.kadn.com/news/eunice-shooting-d03",
                "2025-08-30T15:00:00Z",
                (
                    "Two people were shot Friday night on South Second Street in Eunice, "
                    "police said. Both are expected to survive."
                ),
            ),
        ],
    ),
    (
        "p01",
        ("Clarksdale",),
        "Mississippi",
        [
            (
                "Man dies at Memphis hospital",
                "https://www.actionnews5.com/2025/05/22/man-dies-memphis-hospital-p01/",
                "2025-05-22T03:00:00Z",
                (
                    "MEMPHIS, Tenn. (WMC) - A man who was shot Wednesday died at Regional "
                    "One Health in Memphis, according to police in Clarksdale, where the "
                    "shooting happened."
                ),
            ),
            (
                "Clarksdale police investigate fatal shooting",
                "https://www.wxvt.com/news/clarksdale-fatal-p01",
                "2025-05-22T16:00:00Z",
                (
                    "Clarksdale police are investigating a shooting on Wednesday that left "
                    "a man dead. He was shot on Sunflower Avenue and flown to a hospital in "
                    "Memphis, where he died."
                ),
            ),
        ],
    ),
    (
        "p02",
        ("Tallulah",),
        "Louisiana",
        [
            (
                "Man flown to Jackson after Tallulah shooting",
                "https://www.wjtv.com/news/crime/man-flown-jackson-p02/",
                "2025-09-14T02:00:00Z",
                (
                    "JACKSON, Miss. (WJTV) - A man was flown to a hospital in Jackson after "
                    "he was shot Saturday in Tallulah, Louisiana, police said."
                ),
            ),
            (
                "Madison Parish shooting leaves man critical",
                "https://www.knoe.com/2025/09/14/madison-parish-p02/",
                "2025-09-14T15:00:00Z",
                (
                    "TALLULAH, La. (KNOE) - A man is in critical condition after a shooting "
                    "Saturday afternoon on Bayou Drive, the Tallulah Police Department "
                    "said."
                ),
            ),
        ],
    ),
    (
        "q01",
        ("Gadsden",),
        "Alabama",
        [
            (
                "Attalla man charged after shooting",
                "https://www.al.com/news/anniston-gadsden/2025/03/q01.html",
                "2025-03-11T14:00:00Z",
                (
                    "An Attalla man was charged with attempted murder after a man was "
                    "wounded in a shooting on Meighan Boulevard in Gadsden on Sunday, "
                    "police said. He was booked into the Etowah County Detention Center."
                ),
            ),
            (
                "Man wounded on Meighan Boulevard",
                "https://www.gadsdentimes.com/story/news/crime/2025/03/q01/",
                "2025-03-11T18:00:00Z",
                (
                    "GADSDEN - A man was shot Sunday afternoon on Meighan Boulevard, police "
                    "said. He was taken to Gadsden Regional Medical Center."
                ),
            ),
        ],
    ),
    (
        "q02",
        ("Valdosta",),
        "Georgia",
        [
            (
                "Hahira man arrested",
                "https://www.walb.com/2025/07/15/hahira-man-arrested-q02/",
                "2025-07-15T14:00:00Z",
                (
                    "A Hahira man has been arrested in a Saturday shooting that wounded a "
                    "woman, according to the Valdosta Police Department. He was booked into "
                    "the Lowndes County Jail."
                ),
            ),
            (
                "Woman shot on North Ashley Street",
                "https://www.valdostadailytimes.com/news/local_news/q02",
                "2025-07-15T18:00:00Z",
                (
                    "VALDOSTA - A woman was shot Saturday night on North Ashley Street, "
                    "police said. She is expected to recover."
                ),
            ),
        ],
    ),
    (
        "k01",
        ("Lexington",),
        "North Carolina",
        [
            (
                "Man shot in Davidson County",
                "https://www.wxii12.com/article/davidson-county-shooting-k01/",
                "2025-10-11T02:00:00Z",
                (
                    "WINSTON-SALEM, N.C. - A man was shot Friday night in Davidson County, "
                    "deputies said. He was taken to a hospital in Winston-Salem."
                ),
            ),
            (
                "Lexington police: man wounded",
                "https://www.the-dispatch.com/story/news/crime/2025/10/11/k01/",
                "2025-10-11T15:00:00Z",
                (
                    "LEXINGTON - A man was wounded in a shooting Friday night on Cotton "
                    "Grove Road, Lexington police said."
                ),
            ),
            (
                "Davidson County shooting",
                "https://myfox8.com/news/davidson-county-k01/",
                "2025-10-11T18:00:00Z",
                (
                    "A man was shot Friday night in Davidson County, investigators said. "
                    "The shooting happened on Cotton Grove Road."
                ),
            ),
        ],
    ),
    (
        "k02",
        ("Statesville",),
        "North Carolina",
        [
            (
                "Charlotte station: Iredell County shooting",
                "https://www.wbtv.com/2025/11/08/iredell-k02/",
                "2025-11-08T02:00:00Z",
                (
                    "CHARLOTTE, N.C. (WBTV) - One person was killed in a shooting in "
                    "Iredell County on Friday night, officials said."
                ),
            ),
            (
                "Statesville police investigate homicide",
                "https://www.statesville.com/news/k02/",
                "2025-11-08T16:00:00Z",
                (
                    "STATESVILLE - A man was killed Friday night in a shooting on Garner "
                    "Bagnal Boulevard, Statesville police said."
                ),
            ),
            (
                "Iredell County homicide",
                "https://www.qcnews.com/news/iredell-k02/",
                "2025-11-08T18:00:00Z",
                (
                    "A man was killed in a shooting Friday night in Iredell County, "
                    "authorities said. The victim was 41."
                ),
            ),
        ],
    ),
    (
        "m01",
        ("Atlanta",),
        "Georgia",
        [
            (
                "Man shot in Buckhead",
                "https://www.11alive.com/article/news/crime/buckhead-m01/",
                "2025-02-02T12:00:00Z",
                (
                    "A man was shot Saturday night outside a restaurant in Buckhead, police "
                    "said. He was taken to Grady Memorial Hospital."
                ),
            ),
            (
                "Atlanta police investigate Buckhead shooting",
                "https://www.ajc.com/news/crime/m01/",
                "2025-02-02T15:00:00Z",
                (
                    "ATLANTA - Atlanta police are looking for a man who shot another man "
                    "outside a Peachtree Road restaurant on Saturday night."
                ),
            ),
        ],
    ),
    (
        "m02",
        ("Brooklyn",),
        "New York",
        [
            (
                "Man shot in Flatbush",
                "https://www.pix11.com/news/local-news/brooklyn/flatbush-m02/",
                "2025-06-08T12:00:00Z",
                (
                    "A man was shot in the leg Saturday night in Flatbush, police said. He "
                    "was taken to Kings County Hospital."
                ),
            ),
            (
                "Shooting on Church Avenue",
                "https://www.nydailynews.com/2025/06/08/m02/",
                "2025-06-08T15:00:00Z",
                (
                    "NEW YORK - A 22-year-old man was wounded on Church Avenue in Brooklyn "
                    "on Saturday night, police said."
                ),
            ),
        ],
    ),
    (
        "z01",
        ("Paris",),
        "Tennessee",
        [
            (
                "Man wounded in Paris shooting",
                "https://www.wbbjtv.com/2025/04/20/paris-z01/",
                "2025-04-20T12:00:00Z",
                (
                    "A man was wounded Saturday in a shooting in Paris, police said. He was "
                    "taken to Henry County Medical Center."
                ),
            ),
            (
                "Paris police arrest suspect",
                "https://www.parispi.net/news/z01",
                "2025-04-21T12:00:00Z",
                (
                    "PARIS, Tenn. - Paris police arrested a man Sunday in the shooting of "
                    "another man on Saturday. He is held at the Henry County Jail."
                ),
            ),
        ],
    ),
    (
        "z02",
        ("Greenville",),
        "Mississippi",
        [
            (
                "Man killed in Greenville",
                "https://www.wlbt.com/2025/05/03/greenville-z02/",
                "2025-05-03T12:00:00Z",
                (
                    "A man was shot and killed Friday night in Greenville, police said. The "
                    "shooting happened on Alexander Street."
                ),
            ),
            (
                "Greenville police: man killed",
                "https://www.deltadailynews.com/news/z02",
                "2025-05-03T15:00:00Z",
                (
                    "GREENVILLE, Miss. - A man died after a shooting on Alexander Street on "
                    "Friday night, according to the Washington County coroner."
                ),
            ),
        ],
    ),
    (
        "z03",
        ("Athens",),
        "Alabama",
        [
            (
                "Athens shooting injures one",
                "https://www.waff.com/2025/08/23/athens-z03/",
                "2025-08-23T12:00:00Z",
                ("One person was hurt in a shooting Friday night in Athens, police said."),
            ),
            (
                "Limestone County: man wounded in Athens",
                "https://www.enewscourier.com/news/z03",
                "2025-08-23T15:00:00Z",
                (
                    "ATHENS - A man was wounded Friday night on U.S. 72, Athens police "
                    "said. Limestone County deputies assisted."
                ),
            ),
        ],
    ),
    (
        "z04",
        ("Lebanon",),
        "Tennessee",
        [
            (
                "Lebanon police investigate shooting",
                "https://www.wkrn.com/news/local-news/lebanon-z04/",
                "2025-09-20T12:00:00Z",
                (
                    "A man was shot Friday night in Lebanon, police said. He was taken to a "
                    "Nashville hospital."
                ),
            ),
            (
                "Wilson County shooting",
                "https://www.lebanondemocrat.com/news/z04",
                "2025-09-20T15:00:00Z",
                (
                    "LEBANON - Police said a man was wounded Friday night on South "
                    "Cumberland Street. Wilson County deputies assisted."
                ),
            ),
        ],
    ),
    (
        "v01",
        ("Lehigh Acres",),
        "Florida",
        [
            (
                "Man shot in Lehigh Acres",
                "https://www.winknews.com/2025/03/16/lehigh-v01/",
                "2025-03-16T12:00:00Z",
                (
                    "A man was shot Saturday night in Lehigh Acres, the Lee County "
                    "Sheriff's Office said."
                ),
            ),
            (
                "Deputies investigate shooting",
                "https://www.news-press.com/story/news/crime/2025/03/16/v01/",
                "2025-03-16T15:00:00Z",
                (
                    "FORT MYERS - Lee County deputies are investigating a shooting Saturday "
                    "night that left a man wounded on Homestead Road."
                ),
            ),
        ],
    ),
    (
        "v02",
        ("Antioch", "Nashville"),
        "Tennessee",
        [
            (
                "Man killed in Antioch",
                "https://www.newschannel5.com/news/antioch-v02",
                "2025-07-27T12:00:00Z",
                (
                    "A man was shot and killed Saturday night in Antioch, Metro police "
                    "said. The shooting happened at an apartment complex on Bell Road."
                ),
            ),
            (
                "Metro police: man killed on Bell Road",
                "https://www.tennessean.com/story/news/crime/2025/07/27/v02/",
                "2025-07-27T15:00:00Z",
                (
                    "NASHVILLE - A man died after he was shot Saturday night at an "
                    "apartment complex on Bell Road, Metro Nashville police said."
                ),
            ),
        ],
    ),
    (
        "v03",
        ("Orlando", "Pine Hills"),
        "Florida",
        [
            (
                "Deputies: man killed in Pine Hills",
                "https://www.wesh.com/article/pine-hills-v03/",
                "2025-10-19T12:00:00Z",
                (
                    "A man was shot and killed Saturday night in Pine Hills, the Orange "
                    "County Sheriff's Office said."
                ),
            ),
            (
                "Orange County deputies investigate homicide",
                "https://www.clickorlando.com/news/local/2025/10/19/v03/",
                "2025-10-19T15:00:00Z",
                (
                    "ORLANDO, Fla. - Orange County deputies are looking into the killing of "
                    "a man late Saturday on North Pine Hills Road."
                ),
            ),
        ],
    ),
    (
        "w01",
        ("Bessemer",),
        "Alabama",
        [
            (
                "Weekend of gunfire across Alabama",
                "https://www.al.com/news/2025/05/w01.html",
                "2025-05-12T12:00:00Z",
                (
                    "BIRMINGHAM - Gunfire left at least four people dead across Alabama "
                    "over the weekend. In Bessemer, a man was killed Saturday night outside "
                    "a convenience store on Ninth Avenue North. In Mobile, two people were "
                    "wounded near a nightclub."
                ),
            ),
            (
                "Man killed outside Bessemer store",
                "https://www.wbrc.com/2025/05/11/w01/",
                "2025-05-11T14:00:00Z",
                (
                    "BESSEMER, Ala. (WBRC) - A man died after he was shot Saturday night "
                    "outside a convenience store on Ninth Avenue North, Bessemer police "
                    "said. Investigators are talking to witnesses."
                ),
            ),
        ],
    ),
    (
        "w02",
        ("Columbia",),
        "South Carolina",
        [
            (
                "Man wounded on Two Notch Road",
                "https://www.example-wire.com/us/w02",
                "2025-06-22T10:00:00Z",
                (
                    "A man was wounded early Sunday on Two Notch Road, Columbia police "
                    "said. Richland County deputies helped close the road."
                ),
            ),
            (
                "Columbia police investigate shooting",
                "https://www.wistv.com/2025/06/22/w02/",
                "2025-06-22T15:00:00Z",
                (
                    "COLUMBIA, S.C. (WIS) - Police are investigating after a man was shot "
                    "early Sunday on Two Notch Road. He is expected to recover."
                ),
            ),
        ],
    ),
    (
        "w03",
        ("Aurora",),
        "Illinois",
        [
            (
                "Aurora shooting leaves teen hurt",
                "https://www.example-wire.com/us/w03",
                "2025-07-13T10:00:00Z",
                (
                    "A teenager was hurt in a shooting Saturday evening in Aurora, police "
                    "said. The Kane County State's Attorney's Office is reviewing the case."
                ),
            ),
            (
                "Teen shot on the East Side",
                "https://www.beaconnews.com/2025/07/13/w03/",
                "2025-07-13T16:00:00Z",
                (
                    "AURORA, Ill. - A 16-year-old was shot Saturday evening on the city's "
                    "East Side, Aurora police said. He was taken to Rush Copley Medical "
                    "Center."
                ),
            ),
        ],
    ),
    (
        "w04",
        ("Ladson",),
        "South Carolina",
        [
            (
                "Deputies: man killed in Ladson",
                "https://www.live5news.com/2025/08/03/w04/",
                "2025-08-03T12:00:00Z",
                (
                    "A man was shot and killed Saturday night in Ladson, Berkeley County "
                    "deputies said. The shooting happened at a mobile home park off College "
                    "Park Road."
                ),
            ),
            (
                "Deadly shooting at mobile home park",
                "https://www.postandcourier.com/news/w04/",
                "2025-08-03T09:00:00Z",
                (
                    "NORTH CHARLESTON - Berkeley County deputies are investigating a deadly "
                    "shooting late Saturday at a mobile home park off College Park Road."
                ),
            ),
        ],
    ),
    (
        "w05",
        ("East Cleveland",),
        "Ohio",
        [
            (
                "Man shot in East Cleveland",
                "https://fox8.com/news/w05/",
                "2025-09-06T03:00:00Z",
                (
                    "CLEVELAND (WJW) - A man was shot Friday night in East Cleveland, "
                    "police said. He was taken to University Hospitals in Cleveland."
                ),
            ),
            (
                "East Cleveland police investigate",
                "https://www.cleveland.com/news/2025/09/w05.html",
                "2025-09-06T15:00:00Z",
                (
                    "East Cleveland police are looking for the gunman who wounded a man "
                    "Friday night on Euclid Avenue."
                ),
            ),
        ],
    ),
    (
        "w06",
        ("West Memphis",),
        "Arkansas",
        [
            (
                "Man shot in West Memphis",
                "https://www.wreg.com/news/w06/",
                "2025-10-04T03:00:00Z",
                (
                    "MEMPHIS, Tenn. - A man was shot Friday night in West Memphis and taken "
                    "across the river to Regional One in Memphis, police said."
                ),
            ),
            (
                "West Memphis police: man wounded",
                "https://www.kait8.com/2025/10/04/w06/",
                "2025-10-04T15:00:00Z",
                (
                    "WEST MEMPHIS, Ark. - A man was wounded Friday night on Broadway, West "
                    "Memphis police said."
                ),
            ),
        ],
    ),
    (
        "w07",
        ("Smiths Station",),
        "Alabama",
        [
            (
                "Man wounded in Smiths Station",
                "https://www.wtvm.com/2025/04/27/w07/",
                "2025-04-27T14:00:00Z",
                (
                    "A man was wounded Saturday afternoon in Smiths Station, Lee County "
                    "deputies said."
                ),
            ),
            (
                "Phenix City man charged",
                "https://www.oanow.com/news/w07",
                "2025-04-29T12:00:00Z",
                (
                    "A Phenix City man was charged Monday with assault in Saturday's "
                    "shooting on Lee Road 430. He was booked into the Lee County Jail in "
                    "Opelika, deputies said."
                ),
            ),
        ],
    ),
    (
        "w08",
        ("Germantown",),
        "Tennessee",
        [
            (
                "Man shot in Germantown",
                "https://www.localmemphis.com/article/news/crime/w08/",
                "2025-11-16T12:00:00Z",
                (
                    "A man was shot Saturday night in a parking lot on Poplar Avenue in "
                    "Germantown, police said."
                ),
            ),
            (
                "Germantown police investigate",
                "https://www.commercialappeal.com/story/news/crime/2025/11/16/w08/",
                "2025-11-16T15:00:00Z",
                (
                    "GERMANTOWN, Tenn. - Police said a man was wounded Saturday night in a "
                    "parking lot on Poplar Avenue."
                ),
            ),
        ],
    ),
    (
        "w09",
        ("Paragould",),
        "Arkansas",
        [
            (
                "Jonesboro man arrested in Paragould killing",
                "https://www.kait8.com/2025/12/10/w09/",
                "2025-12-10T14:00:00Z",
                (
                    "A Jonesboro man was arrested Tuesday in the killing of a man at a home "
                    "on Pruett Street in Paragould last week. He is held at the Greene "
                    "County Detention Center."
                ),
            ),
            (
                "Man killed on Pruett Street",
                "https://www.paragoulddailypress.com/news/w09",
                "2025-12-05T12:00:00Z",
                (
                    "PARAGOULD - A man was shot and killed Thursday night at a home on "
                    "Pruett Street, police said."
                ),
            ),
        ],
    ),
    (
        "w10",
        ("Arlington",),
        "Texas",
        [
            (
                "Man shot in Arlington",
                "https://www.wfaa.com/article/news/crime/w10/",
                "2025-03-30T03:00:00Z",
                (
                    "DALLAS - A man was shot Saturday evening in Arlington near the "
                    "entertainment district, police said."
                ),
            ),
            (
                "Arlington police investigate shooting",
                "https://www.star-telegram.com/news/local/crime/w10.html",
                "2025-03-30T15:00:00Z",
                (
                    "A man was wounded in a shooting Saturday evening on Collins Street, "
                    "Arlington police said. Tarrant County records show no arrest."
                ),
            ),
        ],
    ),
    (
        "w11",
        ("Pasadena",),
        "Texas",
        [
            (
                "Man killed in Pasadena",
                "https://www.khou.com/article/news/crime/w11/",
                "2025-02-09T03:00:00Z",
                (
                    "HOUSTON - A man was shot and killed Saturday night at an apartment "
                    "complex, Pasadena police said."
                ),
            ),
            (
                "Pasadena homicide",
                "https://abc13.com/w11/",
                "2025-02-09T04:00:00Z",
                (
                    "HOUSTON (KTRK) - Police in Pasadena are investigating a homicide at an "
                    "apartment complex on Red Bluff Road."
                ),
            ),
            (
                "Man dies at Red Bluff Road complex",
                "https://www.chron.com/news/houston-texas/crime/w11.php",
                "2025-02-09T16:00:00Z",
                (
                    "A man died after he was shot late Saturday at an apartment complex on "
                    "Red Bluff Road in Pasadena, police said."
                ),
            ),
        ],
    ),
    (
        "w12",
        ("Jacksonville",),
        "North Carolina",
        [
            (
                "Man killed in Jacksonville",
                "https://www.wcti12.com/news/w12",
                "2025-05-25T12:00:00Z",
                (
                    "A man was shot and killed Saturday night in Jacksonville, police said. "
                    "Onslow County investigators are assisting."
                ),
            ),
            (
                "Jacksonville police investigate homicide",
                "https://www.jdnews.com/story/news/crime/2025/05/25/w12/",
                "2025-05-25T16:00:00Z",
                (
                    "JACKSONVILLE - Police said a man died after he was shot late Saturday "
                    "on Lejeune Boulevard."
                ),
            ),
        ],
    ),
    (
        "x01",
        ("Kinston",),
        "North Carolina",
        [
            (
                "Man critical after shooting",
                "https://www.witn.com/2025/04/13/x01/",
                "2025-04-13T03:00:00Z",
                (
                    "GREENVILLE, N.C. (WITN) - A man is in critical condition at ECU Health "
                    "Medical Center after he was shot Saturday night. Kinston police said "
                    "he was found on Queen Street."
                ),
            ),
            (
                "Shooting victim in critical condition",
                "https://www.wnct.com/news/x01/",
                "2025-04-13T04:00:00Z",
                (
                    "GREENVILLE, N.C. (WNCT) - A man was flown to a hospital in Greenville "
                    "after a shooting Saturday night on Queen Street in Kinston, police "
                    "said."
                ),
            ),
            (
                "Kinston police seek shooter",
                "https://www.kinston.com/story/news/crime/2025/04/13/x01/",
                "2025-04-13T16:00:00Z",
                (
                    "A man was shot Saturday night on Queen Street in Kinston, police said. "
                    "He remains in critical condition."
                ),
            ),
        ],
    ),
    (
        "x02",
        ("Bastrop",),
        "Louisiana",
        [
            (
                "Man killed in Morehouse Parish",
                "https://www.knoe.com/2025/06/28/x02/",
                "2025-06-28T03:00:00Z",
                (
                    "MONROE, La. (KNOE) - A man was killed Friday night in a shooting on "
                    "East Madison Avenue, Bastrop police said."
                ),
            ),
            (
                "Bastrop shooting claims one life",
                "https://www.myarklamiss.com/news/x02/",
                "2025-06-28T04:00:00Z",
                (
                    "MONROE, La. - One man is dead after a shooting Friday night, police in "
                    "Bastrop said. The shooting happened on East Madison Avenue."
                ),
            ),
            (
                "Man killed on East Madison",
                "https://www.bastropenterprise.com/news/x02",
                "2025-06-29T12:00:00Z",
                (
                    "BASTROP - A man died Friday night after he was shot on East Madison "
                    "Avenue, police said."
                ),
            ),
        ],
    ),
    (
        "x03",
        ("Laurel",),
        "Mississippi",
        [
            (
                "Man wounded in Laurel",
                "https://www.wdam.com/2025/09/20/x03/",
                "2025-09-20T03:00:00Z",
                (
                    "HATTIESBURG, Miss. (WDAM) - A man was wounded Friday night on "
                    "Ellisville Boulevard, Laurel police said. He was taken to a hospital "
                    "in Hattiesburg."
                ),
            ),
            (
                "Laurel police investigate",
                "https://www.wjtv.com/news/x03/",
                "2025-09-20T05:00:00Z",
                (
                    "JACKSON, Miss. - Laurel police are investigating a shooting Friday "
                    "night on Ellisville Boulevard that left a man hurt."
                ),
            ),
        ],
    ),
    (
        "x04",
        ("Kinston",),
        "North Carolina",
        [
            (
                "Man critical after shooting",
                "https://www.witn.com/2025/05/13/x04/",
                "2025-05-13T03:00:00Z",
                (
                    "GREENVILLE, N.C. (WITN) - A man is in critical condition at ECU Health "
                    "Medical Center after he was shot Monday night. Kinston police said he "
                    "was found on Queen Street."
                ),
            ),
            (
                "Shooting victim flown to ECU Health",
                "https://www.wnct.com/news/x04/",
                "2025-05-13T04:00:00Z",
                (
                    "GREENVILLE, N.C. (WNCT) - A man is in critical condition at ECU Health "
                    "Medical Center after a shooting Monday night, Kinston police said. "
                    "Officers found him on Queen Street."
                ),
            ),
            (
                "Kinston police seek shooter",
                "https://www.kinston.com/story/news/crime/2025/05/13/x04/",
                "2025-05-13T16:00:00Z",
                (
                    "A man was shot Monday night on Queen Street in Kinston, police said. "
                    "He remains in critical condition."
                ),
            ),
        ],
    ),
]

MISSED: dict[str, str] = {}
MISSED_REVERSED = MISSED


(
    test_the_event_lies_in_the_true_town,
    test_the_event_lies_in_the_true_town_whichever_report_came_first,
) = place_table_tests(EVENTS, MISSED, MISSED_REVERSED)
