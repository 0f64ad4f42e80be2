# ruff: noqa: E501
"""Invented events whose US local-news reports name different places for one shooting
(h-city39): a metro station's report beside the suburb's paper, a sheriff's story beside a
town's, the hospital's town, the victim's home town and the town of his vigil, "near X", an
unincorporated community against the nearest city, a neighbourhood named like a town
elsewhere, a highway or a mall named with two towns, a follow-up from the court's county seat,
a wire story datelined in the state capital, one report wrong. Written for the tests; the places
and outlets are real, the events and every sentence invented.

Each row: (id, the true town (or its other accepted names, as GVA's `city_or_county` may give
an unincorporated place), the state, the reports as (headline, address, published, text)).
"""

from __future__ import annotations

Report = tuple[str, str, str, str]

EVENTS: list[tuple[str, tuple[str, ...], str, list[Report]]] = [
    # --- a metro station beside the suburb's paper
    (
        "m01",
        ("Gresham",),
        "Oregon",
        [
            (
                "Man killed in Gresham shooting",
                "https://www.koin.com/news/crime/m01/",
                "2025-06-08T05:00:00Z",
                "PORTLAND, Ore. (KOIN) - A man died after he was shot Saturday night in Gresham, "
                "police said. Officers found him in a parking lot off Southeast Division Street.",
            ),
            (
                "Police seek shooter after Division Street death",
                "https://pamplinmedia.com/go/m01",
                "2025-06-09T16:00:00Z",
                "Gresham police are looking for whoever fired the shots that killed a 31-year-old man "
                "late Saturday. Detectives asked neighbors for doorbell video.",
            ),
        ],
    ),
    (
        "m02",
        ("Kent",),
        "Washington",
        [
            (
                "Man shot at Kent apartments",
                "https://www.kiro7.com/news/local/m02/",
                "2025-02-12T07:00:00Z",
                "SEATTLE - A man was taken to Harborview Medical Center in Seattle after he was shot "
                "at an apartment complex Tuesday night, Kent police said.",
            ),
            (
                "Kent police investigate Tuesday shooting",
                "https://www.kentreporter.com/news/m02/",
                "2025-02-12T20:00:00Z",
                "Kent police responded to reports of gunfire at the Meridian Court apartments Tuesday "
                "and found a 24-year-old man with a leg wound. He is expected to survive.",
            ),
        ],
    ),
    (
        "m03",
        ("Aurora",),
        "Colorado",
        [
            (
                "One dead in shooting on East Colfax",
                "https://www.denver7.com/news/crime/m03",
                "2025-03-02T18:00:00Z",
                "DENVER - One person died in a shooting near East Colfax Avenue and Havana Street on "
                "Sunday morning, Aurora police said. No one has been arrested.",
            ),
            (
                "Aurora police investigate deadly shooting",
                "https://sentinelcolorado.com/news/m03/",
                "2025-03-03T14:00:00Z",
                "A man was shot and killed early Sunday along East Colfax Avenue, according to the "
                "Aurora Police Department. His name has not been released.",
            ),
        ],
    ),
    (
        "m04",
        ("Euless",),
        "Texas",
        [
            (
                "Teen shot outside home",
                "https://www.wfaa.com/article/news/crime/m04",
                "2025-04-19T04:00:00Z",
                "FORT WORTH, Texas - A 16-year-old was shot outside a Euless home Friday night and "
                "was taken to Cook Children's in Fort Worth, police said.",
            ),
            (
                "Euless police: teen wounded in drive-by",
                "https://www.star-telegram.com/news/m04/",
                "2025-04-19T15:00:00Z",
                "In Euless on Friday night, a passing car fired on a teenager and hit him. Euless "
                "police said the car sped away on Main Street.",
            ),
        ],
    ),
    (
        "m05",
        ("Cicero",),
        "Illinois",
        [
            (
                "Man killed in west suburban shooting",
                "https://abc7chicago.com/m05/",
                "2025-07-13T12:00:00Z",
                "CHICAGO (WLS) - A man was shot and killed in west suburban Cicero on Saturday "
                "evening, police said. He was pronounced dead at Loyola hospital in Maywood.",
            ),
            (
                "Cicero shooting leaves one dead",
                "https://www.chicagotribune.com/m05/",
                "2025-07-13T18:00:00Z",
                "A 28-year-old man was fatally shot Saturday in the 1400 block of South 49th Court, "
                "a Cicero town spokesman said.",
            ),
        ],
    ),
    (
        "m06",
        ("Mesa",),
        "Arizona",
        [
            (
                "Woman hurt in shooting",
                "https://www.azfamily.com/news/m06/",
                "2025-05-04T03:00:00Z",
                "PHOENIX (AZFamily) - A woman was hurt in a shooting near Main Street and Dobson "
                "Road on Saturday afternoon, according to Mesa police. She was listed in stable "
                "condition at a Phoenix hospital.",
            ),
            (
                "Mesa police arrest man after woman shot",
                "https://www.abc15.com/news/m06",
                "2025-05-05T02:00:00Z",
                "Mesa police arrested a 40-year-old man on Sunday in connection with a shooting that "
                "wounded a woman near Main Street and Dobson Road.",
            ),
        ],
    ),
    # --- a sheriff's story beside a town's
    (
        "s01",
        ("Lehigh Acres",),
        "Florida",
        [
            (
                "Deputies: man shot in Lehigh Acres",
                "https://www.winknews.com/news/s01/",
                "2025-01-20T02:00:00Z",
                "FORT MYERS, Fla. - Lee County deputies say a man took a bullet at a "
                "home in Lehigh Acres on Sunday evening.",
            ),
            (
                "Lee County sheriff investigates shooting",
                "https://nbc-2.com/news/crime/s01/",
                "2025-01-20T13:00:00Z",
                "A man was wounded in a shooting Sunday evening, the Lee County Sheriff's Office said. "
                "Deputies found him on a home's driveway on Gunnery Road.",
            ),
        ],
    ),
    (
        "s02",
        ("Holiday",),
        "Florida",
        [
            (
                "Man shot during argument",
                "https://www.fox13news.com/news/s02",
                "2025-02-23T02:00:00Z",
                "TAMPA, Fla. - Pasco County deputies said a man was shot during an argument at a "
                "home in Holiday on Saturday. He was flown to a Tampa hospital.",
            ),
            (
                "Pasco deputies investigate Holiday shooting",
                "https://www.tampabay.com/news/s02/",
                "2025-02-23T16:00:00Z",
                "A man was shot Saturday in Holiday after an argument with a neighbor, the Pasco "
                "County Sheriff's Office said. The neighbor was detained.",
            ),
        ],
    ),
    (
        "s03",
        ("Spanaway",),
        "Washington",
        [
            (
                "Man killed in Spanaway",
                "https://www.king5.com/article/news/crime/s03",
                "2025-08-17T06:00:00Z",
                "TACOMA, Wash. - A man was shot and killed Saturday night in Spanaway, the Pierce "
                "County Sheriff's Department said.",
            ),
            (
                "Pierce County deputies investigate homicide",
                "https://www.thenewstribune.com/s03/",
                "2025-08-17T18:00:00Z",
                "Pierce County sheriff's deputies are investigating the death of a man who was shot "
                "outside a house near Spanaway Loop Road late Saturday.",
            ),
            (
                "Tacoma man identified as Spanaway shooting victim",
                "https://www.kiro7.com/s03/",
                "2025-08-19T18:00:00Z",
                "The medical examiner identified the man killed Saturday in Spanaway as a "
                "35-year-old Tacoma man.",
            ),
        ],
    ),
    # --- the hospital's town
    (
        "h01",
        ("Sallisaw",),
        "Oklahoma",
        [
            (
                "Man flown to Tulsa after shooting",
                "https://www.newson6.com/m/h01",
                "2025-03-16T04:00:00Z",
                "TULSA, Okla. - A man is in critical condition at a Tulsa hospital after he was shot "
                "in Sallisaw on Saturday, police said.",
            ),
            (
                "Sallisaw police investigate shooting",
                "https://www.kfsm.com/article/news/h01",
                "2025-03-16T15:00:00Z",
                "A man was shot Saturday at a home on Cherokee Avenue, Sallisaw police said. He was "
                "flown to a hospital in Tulsa.",
            ),
        ],
    ),
    (
        "h02",
        ("Bessemer",),
        "Alabama",
        [
            (
                "Man dies at UAB after shooting",
                "https://www.wbrc.com/2025/04/06/h02/",
                "2025-04-06T14:00:00Z",
                "BIRMINGHAM, Ala. (WBRC) - A man died at UAB Hospital after he was shot in Bessemer "
                "early Sunday, the Jefferson County coroner said.",
            ),
            (
                "Bessemer man dies after shooting",
                "https://www.al.com/news/birmingham/h02.html",
                "2025-04-06T19:00:00Z",
                "A 29-year-old Bessemer man died Sunday morning at UAB Hospital in Birmingham, where "
                "he was taken after he was shot on 19th Street North.",
            ),
        ],
    ),
    (
        "h03",
        ("East Point",),
        "Georgia",
        [
            (
                "Man walks into Grady with gunshot wound",
                "https://www.fox5atlanta.com/news/h03",
                "2025-05-18T10:00:00Z",
                "ATLANTA - A man walked into Grady Memorial Hospital in Atlanta with a gunshot wound "
                "early Sunday. Investigators believe he was shot in East Point.",
            ),
            (
                "East Point police look into shooting",
                "https://www.ajc.com/news/crime/h03/",
                "2025-05-18T18:00:00Z",
                "East Point police said a man was shot on Washington Road before he drove himself to "
                "a hospital early Sunday.",
            ),
        ],
    ),
    (
        "h04",
        ("Ahoskie",),
        "North Carolina",
        [
            (
                "Man shot in Ahoskie taken to Greenville",
                "https://www.witn.com/2025/06/01/h04/",
                "2025-06-01T04:00:00Z",
                "GREENVILLE, N.C. (WITN) - A man was flown to ECU Health Medical Center after he was "
                "shot Saturday night, Ahoskie police said.",
            ),
            (
                "Shooting victim in critical condition",
                "https://www.wnct.com/news/h04/",
                "2025-06-01T13:00:00Z",
                "GREENVILLE, N.C. (WNCT) - A man shot Saturday night remains in critical condition at "
                "ECU Health Medical Center in Greenville, hospital staff said.",
            ),
            (
                "Ahoskie police seek help in shooting",
                "https://www.roanoke-chowannewsherald.com/h04/",
                "2025-06-02T13:00:00Z",
                "Ahoskie police asked for help finding the person who shot a man on Main Street "
                "Saturday night.",
            ),
        ],
    ),
    # --- the victim's home town, his vigil's town
    (
        "v01",
        ("Lawrence",),
        "Massachusetts",
        [
            (
                "Lowell teen killed in shooting",
                "https://www.lowellsun.com/2025/03/09/v01/",
                "2025-03-09T20:00:00Z",
                "A 19-year-old who graduated from Lowell High School last year was shot and killed "
                "Saturday night, family members said. Friends plan to gather in Lowell on Monday for "
                "a vigil.",
            ),
            (
                "Teen fatally shot in Lawrence",
                "https://www.eagletribune.com/news/v01/",
                "2025-03-10T12:00:00Z",
                "A 19-year-old man from Lowell was shot and killed on Essex Street in Lawrence on "
                "Saturday night, the district attorney's office said.",
            ),
        ],
    ),
    (
        "v02",
        ("Ponchatoula",),
        "Louisiana",
        [
            (
                "Hammond man killed",
                "https://www.wafb.com/2025/07/20/v02/",
                "2025-07-20T15:00:00Z",
                "BATON ROUGE, La. (WAFB) - A Hammond man was shot and killed Saturday in Ponchatoula, "
                "police said.",
            ),
            (
                "Family remembers Hammond father",
                "https://www.hammondstar.com/news/v02",
                "2025-07-22T15:00:00Z",
                "Relatives of a Hammond father who was shot to death on Saturday gathered at a church "
                "in Hammond on Monday night. He was 33.",
            ),
        ],
    ),
    (
        "v03",
        ("Charlotte",),
        "North Carolina",
        [
            (
                "Rock Hill woman killed in shooting",
                "https://www.heraldonline.com/news/v03.html",
                "2025-09-07T16:00:00Z",
                "A Rock Hill woman was killed in a shooting Saturday, her family said. Friends "
                "remembered her at a vigil in Rock Hill on Sunday.",
            ),
            (
                "Woman shot dead in west Charlotte",
                "https://www.wsoctv.com/news/local/v03/",
                "2025-09-07T03:00:00Z",
                "CHARLOTTE, N.C. - A 23-year-old woman was shot and killed Saturday on Freedom Drive "
                "in west Charlotte, police said.",
            ),
        ],
    ),
    (
        "v04",
        ("Gary",),
        "Indiana",
        [
            (
                "Merrillville man shot in Gary",
                "https://www.nwitimes.com/news/v04/",
                "2025-10-12T14:00:00Z",
                "A Merrillville man was shot and wounded Saturday night in Gary, police said. He was "
                "taken to a hospital in Merrillville.",
            ),
            (
                "Merrillville man wounded",
                "https://www.wgnradio.com/news/v04/",
                "2025-10-12T20:00:00Z",
                "A 27-year-old Merrillville man was hospitalized after he was shot Saturday night, "
                "according to Lake County police. He is expected to recover.",
            ),
        ],
    ),
    # --- "near X" beside the town itself
    (
        "n01",
        ("Tahlequah",),
        "Oklahoma",
        [
            (
                "Man shot on Highway 62",
                "https://www.tahlequahdailypress.com/n01/",
                "2025-04-27T14:00:00Z",
                "A man was shot Saturday at a house in Tahlequah, police said.",
            ),
            (
                "Deputies investigate shooting",
                "https://www.newson6.com/n01",
                "2025-04-27T20:00:00Z",
                "TULSA, Okla. - A man was shot Saturday at a house near Tahlequah, the Cherokee "
                "County Sheriff's Office said.",
            ),
            (
                "Tahlequah police arrest suspect",
                "https://www.kjrh.com/news/n01",
                "2025-04-28T20:00:00Z",
                "Tahlequah police arrested a 22-year-old in the shooting of a man on Saturday.",
            ),
        ],
    ),
    (
        "n02",
        ("Conroe",),
        "Texas",
        [
            (
                "Man killed near Conroe",
                "https://www.khou.com/article/news/crime/n02",
                "2025-05-11T04:00:00Z",
                "HOUSTON - A man was shot and killed Saturday outside a bar near Conroe, officials "
                "said.",
            ),
            (
                "Conroe police investigate bar shooting",
                "https://www.yourconroenews.com/n02/",
                "2025-05-11T17:00:00Z",
                "Conroe police said a man died after he was shot outside a bar on Frazier Street "
                "late Saturday.",
            ),
        ],
    ),
    # --- an unincorporated community beside the nearest city
    (
        "u01",
        ("Spring",),
        "Texas",
        [
            (
                "Man killed at apartment complex",
                "https://www.khou.com/article/news/crime/u01",
                "2025-06-25T04:00:00Z",
                "HOUSTON - A man was shot and killed Tuesday at an apartment complex in Spring, the "
                "Harris County Sheriff's Office said.",
            ),
            (
                "Deputies: man killed in north Harris County",
                "https://www.click2houston.com/u01/",
                "2025-06-25T12:00:00Z",
                "HOUSTON - A man died after he was shot at an apartment complex on Cypresswood Drive "
                "in north Harris County on Tuesday night, deputies said.",
            ),
        ],
    ),
    (
        "u02",
        ("Antelope",),
        "California",
        [
            (
                "Teen wounded in Antelope",
                "https://www.kcra.com/article/u02/",
                "2025-07-06T05:00:00Z",
                "SACRAMENTO, Calif. - A teenager was wounded in a shooting in Antelope on Saturday, "
                "the Sacramento County Sheriff's Office said.",
            ),
            (
                "Sheriff: teen shot at park",
                "https://www.abc10.com/article/news/u02",
                "2025-07-06T15:00:00Z",
                "SACRAMENTO, Calif. - A 17-year-old was shot at a park on Saturday afternoon, "
                "Sacramento County sheriff's deputies said. He is expected to survive.",
            ),
        ],
    ),
    (
        "u03",
        ("Lutz",),
        "Florida",
        [
            (
                "Man shot in Lutz",
                "https://www.wfla.com/news/hillsborough-county/u03/",
                "2025-08-03T03:00:00Z",
                "TAMPA, Fla. (WFLA) - A man was shot in Lutz on Saturday night, Hillsborough County "
                "deputies said.",
            ),
            (
                "Deputies investigate shooting off Dale Mabry",
                "https://www.fox13news.com/news/u03",
                "2025-08-03T14:00:00Z",
                "TAMPA, Fla. - Hillsborough County deputies are investigating a shooting that wounded "
                "a man off North Dale Mabry Highway on Saturday night.",
            ),
            (
                "Man wounded in north Tampa area shooting",
                "https://www.tampabay.com/news/u03/",
                "2025-08-03T19:00:00Z",
                "A man was wounded Saturday night in a shooting in Lutz, north of Tampa, the sheriff's "
                "office said.",
            ),
        ],
    ),
    (
        "u04",
        ("Fort Washington",),
        "Maryland",
        [
            (
                "Man killed in Fort Washington",
                "https://www.wusa9.com/article/news/crime/u04",
                "2025-09-14T05:00:00Z",
                "WASHINGTON - A man was shot and killed Saturday night in Fort Washington, Prince "
                "George's County police said.",
            ),
            (
                "Prince George's police investigate homicide",
                "https://www.nbcwashington.com/u04/",
                "2025-09-14T15:00:00Z",
                "Prince George's County police are investigating the death of a man who was shot "
                "in a parking lot on Livingston Road late Saturday.",
            ),
        ],
    ),
    # --- a neighbourhood named like a town elsewhere
    (
        "g01",
        ("Philadelphia",),
        "Pennsylvania",
        [
            (
                "Man critical after Germantown shooting",
                "https://www.cbsnews.com/philadelphia/g01/",
                "2025-03-19T04:00:00Z",
                "PHILADELPHIA (CBS) - A man was shot several times in Germantown on Tuesday night, "
                "police said.",
            ),
            (
                "Shooting in Germantown leaves man critical",
                "https://www.inquirer.com/news/g01.html",
                "2025-03-19T14:00:00Z",
                "A 30-year-old man was shot on Chelten Avenue in the city's Germantown section on "
                "Tuesday night and is in critical condition.",
            ),
        ],
    ),
    (
        "g02",
        ("Los Angeles",),
        "California",
        [
            (
                "Man shot in Hollywood",
                "https://www.nbclosangeles.com/news/local/g02/",
                "2025-04-13T14:00:00Z",
                "A man was shot in Hollywood early Sunday, Los Angeles police said.",
            ),
            (
                "LAPD investigates shooting on Hollywood Boulevard",
                "https://ktla.com/news/g02/",
                "2025-04-13T18:00:00Z",
                "A man was wounded in a shooting on Hollywood Boulevard early Sunday. LAPD officers "
                "found him near Highland Avenue.",
            ),
        ],
    ),
    (
        "g03",
        ("Boston", "Dorchester"),
        "Massachusetts",
        [
            (
                "Man shot in Dorchester",
                "https://www.boston25news.com/news/g03/",
                "2025-05-25T04:00:00Z",
                "BOSTON - A man was shot in Dorchester on Saturday night, Boston police said.",
            ),
            (
                "Boston police investigate shooting",
                "https://www.bostonglobe.com/metro/g03/",
                "2025-05-25T15:00:00Z",
                "A man suffered wounds that are not life-threatening after he was shot on Bowdoin "
                "Street on Saturday night, Boston police said.",
            ),
        ],
    ),
    (
        "g04",
        ("Houston",),
        "Texas",
        [
            (
                "Man shot in Montrose",
                "https://abc13.com/g04/",
                "2025-06-15T10:00:00Z",
                "HOUSTON - A man was shot outside a bar in Montrose early Sunday, Houston police "
                "said.",
            ),
            (
                "Montrose bar shooting",
                "https://www.houstonchronicle.com/news/g04.php",
                "2025-06-15T18:00:00Z",
                "A man was wounded early Sunday outside a bar on Westheimer Road in Montrose, police "
                "said.",
            ),
        ],
    ),
    (
        "g05",
        ("Memphis",),
        "Tennessee",
        [
            (
                "Man killed in Whitehaven",
                "https://www.actionnews5.com/2025/07/27/g05/",
                "2025-07-27T04:00:00Z",
                "MEMPHIS, Tenn. - A man was shot and killed in Whitehaven on Saturday night, Memphis "
                "police said.",
            ),
            (
                "Whitehaven shooting leaves one dead",
                "https://www.commercialappeal.com/g05/",
                "2025-07-27T16:00:00Z",
                "One man died after a shooting on Elvis Presley Boulevard in Whitehaven late "
                "Saturday, police said.",
            ),
        ],
    ),
    # --- a highway or a mall named with two towns
    (
        "w01",
        ("Lithonia",),
        "Georgia",
        [
            (
                "Shooting on I-20",
                "https://www.wsbtv.com/news/local/w01/",
                "2025-03-23T20:00:00Z",
                "ATLANTA - A driver was shot on Interstate 20 on Sunday afternoon. DeKalb County "
                "police said the shooting happened at Panola Road in Lithonia.",
            ),
            (
                "Driver wounded in interstate shooting",
                "https://www.11alive.com/article/news/w01",
                "2025-03-24T02:00:00Z",
                "A driver was wounded when someone fired into his car on Interstate 20 near the "
                "Panola Road exit in Lithonia, police said.",
            ),
        ],
    ),
    (
        "w02",
        ("Killeen",),
        "Texas",
        [
            (
                "Shots fired at Killeen Mall",
                "https://www.kwtx.com/2025/11/29/w02/",
                "2025-11-29T23:00:00Z",
                "KILLEEN, Texas (KWTX) - A man was shot inside the Killeen Mall on Saturday "
                "afternoon, police said. Harker Heights officers helped clear the stores.",
            ),
            (
                "Man hurt in mall shooting",
                "https://www.kdhnews.com/news/w02/",
                "2025-11-30T14:00:00Z",
                "A man was shot at the Killeen Mall on Saturday. Killeen police said he was taken to "
                "a hospital in Temple.",
            ),
        ],
    ),
    (
        "w03",
        ("Pearl",),
        "Mississippi",
        [
            (
                "Shooting at outlet mall",
                "https://www.wlbt.com/2025/12/20/w03/",
                "2025-12-20T23:00:00Z",
                "JACKSON, Miss. (WLBT) - A man took a bullet in a lot outside the Outlets of "
                "Mississippi on Saturday afternoon, Pearl police said.",
            ),
            (
                "Pearl police: man shot at outlets",
                "https://www.clarionledger.com/story/w03/",
                "2025-12-21T14:00:00Z",
                "A man was shot Saturday in a parking lot at the Outlets of Mississippi in Pearl, "
                "police said. The shooter fled toward Jackson on Interstate 20.",
            ),
        ],
    ),
    # --- a follow-up from the court's county seat
    (
        "f01",
        ("Enterprise",),
        "Alabama",
        [
            (
                "Man killed in Enterprise shooting",
                "https://www.wtvy.com/2025/04/12/f01/",
                "2025-04-12T14:00:00Z",
                "A man was shot and killed at an apartment in Enterprise on Friday night, police "
                "said.",
            ),
            (
                "Man indicted in April killing",
                "https://www.dothaneagle.com/news/f01/",
                "2025-06-20T14:00:00Z",
                "ELBA, Ala. - A Coffee County grand jury at the courthouse in Elba indicted a man on "
                "a murder charge on Thursday. The shooting happened in April at an apartment in "
                "Enterprise.",
            ),
        ],
    ),
    (
        "f02",
        ("Pooler",),
        "Georgia",
        [
            (
                "Man shot at Pooler gas station",
                "https://www.wsav.com/news/f02/",
                "2025-02-02T15:00:00Z",
                "POOLER, Ga. (WSAV) - A man was shot at a gas station on Pooler Parkway on Saturday, "
                "police said.",
            ),
            (
                "Suspect in gas station shooting appears in court",
                "https://www.savannahnow.com/f02/",
                "2025-03-04T14:00:00Z",
                "SAVANNAH, Ga. - A man accused of shooting another man at a Pooler gas station in "
                "February appeared Monday in Chatham County Superior Court in Savannah.",
            ),
        ],
    ),
    (
        "f03",
        ("Lancaster",),
        "Texas",
        [
            (
                "Man killed in Lancaster",
                "https://www.nbcdfw.com/news/local/f03/",
                "2025-01-11T05:00:00Z",
                "DALLAS - A man was shot and killed in Lancaster on Friday night, police said.",
            ),
            (
                "Jury convicts man in Lancaster killing",
                "https://www.dallasnews.com/news/f03/",
                "2025-10-30T20:00:00Z",
                "A Dallas County jury on Thursday convicted a man of murder in a January shooting in "
                "Lancaster. The trial was held in a downtown Dallas courtroom.",
            ),
        ],
    ),
    # --- a wire story datelined in the state capital
    (
        "j01",
        ("Hazlehurst",),
        "Mississippi",
        [
            (
                "Deputy shot during traffic stop",
                "https://apnews.com/article/j01",
                "2025-03-30T02:00:00Z",
                "JACKSON, Miss. (AP) - A sheriff's deputy was shot during a traffic stop in Hazlehurst "
                "on Saturday, the Mississippi Bureau of Investigation said.",
            ),
            (
                "Copiah County deputy wounded",
                "https://www.wjtv.com/news/j01/",
                "2025-03-30T14:00:00Z",
                "A Copiah County deputy was wounded during a traffic stop Saturday evening. The "
                "driver was arrested after a chase.",
            ),
        ],
    ),
    (
        "j02",
        ("Orangeburg",),
        "South Carolina",
        [
            (
                "SLED investigates officer shooting",
                "https://apnews.com/article/j02",
                "2025-05-17T20:00:00Z",
                "COLUMBIA, S.C. (AP) - State agents are investigating after a man was shot by an "
                "officer in Orangeburg on Saturday.",
            ),
            (
                "Orangeburg officer shoots man",
                "https://www.thetandd.com/news/j02/",
                "2025-05-18T14:00:00Z",
                "An Orangeburg officer shot a man during a struggle on Saturday afternoon, the "
                "Department of Public Safety said.",
            ),
        ],
    ),
    (
        "j03",
        ("Panama City",),
        "Florida",
        [
            (
                "FDLE reviews police shooting",
                "https://www.tallahassee.com/story/j03/",
                "2025-06-28T16:00:00Z",
                "TALLAHASSEE, Fla. - The Florida Department of Law Enforcement is reviewing a police "
                "shooting in Panama City on Friday night.",
            ),
            (
                "Man shot by Panama City police",
                "https://www.newsherald.com/story/j03/",
                "2025-06-28T12:00:00Z",
                "Panama City police shot a man who pointed a gun at officers on Friday night, the "
                "police chief said.",
            ),
        ],
    ),
    # --- one report wrong
    (
        "k01",
        ("Monroe",),
        "Louisiana",
        [
            (
                "Man shot in Monroe",
                "https://www.knoe.com/2025/08/10/k01/",
                "2025-08-10T14:00:00Z",
                "MONROE, La. (KNOE) - A man was shot on Desiard Street on Saturday night, Monroe "
                "police said.",
            ),
            (
                "Shooting in West Monroe",
                "https://www.myarklamiss.com/news/k01/",
                "2025-08-10T15:00:00Z",
                "A man was shot on Saturday night in West Monroe, police said.",
            ),
            (
                "Monroe police investigate Desiard Street shooting",
                "https://www.thenewsstar.com/k01/",
                "2025-08-11T14:00:00Z",
                "Monroe police are investigating a shooting that wounded a man on Desiard Street "
                "late Saturday.",
            ),
        ],
    ),
    (
        "k02",
        ("Bristol",),
        "Tennessee",
        [
            (
                "Man shot in Bristol",
                "https://www.wjhl.com/news/k02/",
                "2025-09-21T14:00:00Z",
                "BRISTOL, Tenn. (WJHL) - A man was shot at an apartment on Saturday, Bristol, "
                "Tennessee police said.",
            ),
            (
                "Bristol shooting under investigation",
                "https://www.heraldcourier.com/news/k02/",
                "2025-09-21T18:00:00Z",
                "BRISTOL, Va. - Police in Bristol, Tennessee, are investigating a shooting that "
                "wounded a man at an apartment on Saturday.",
            ),
        ],
    ),
    (
        "k03",
        ("Laurel",),
        "Mississippi",
        [
            (
                "Man killed in Laurel",
                "https://www.wdam.com/2025/10/05/k03/",
                "2025-10-05T14:00:00Z",
                "LAUREL, Miss. (WDAM) - A man was shot and killed on Saturday night, Laurel police "
                "said.",
            ),
            (
                "Jones County coroner identifies victim",
                "https://www.wjtv.com/news/k03/",
                "2025-10-06T14:00:00Z",
                "The Jones County coroner identified the man killed in Laurel on Saturday night.",
            ),
            (
                "Laurel homicide",
                "https://www.wtok.com/news/k03/",
                "2025-10-06T18:00:00Z",
                "Police in Laurel said a man was shot and killed late Saturday on Ellisville "
                "Boulevard.",
            ),
        ],
    ),
    # --- more neighbourhoods named like towns elsewhere
    (
        "p01",
        ("Chicago",),
        "Illinois",
        [
            (
                "Teen killed in Englewood",
                "https://abc7chicago.com/p01/",
                "2025-08-24T12:00:00Z",
                "CHICAGO (WLS) - Gunfire killed a 17-year-old in Englewood on the South Side "
                "late Saturday, police said.",
            ),
            (
                "Englewood shooting leaves teen dead",
                "https://chicago.suntimes.com/crime/p01",
                "2025-08-24T16:00:00Z",
                "A teenager died after he was shot in the 6300 block of South Halsted Street in "
                "Englewood late Saturday, according to police.",
            ),
        ],
    ),
    (
        "p02",
        ("Tampa",),
        "Florida",
        [
            (
                "Two hurt in Ybor City shooting",
                "https://www.wtsp.com/article/news/crime/p02",
                "2025-10-19T12:00:00Z",
                "TAMPA, Fla. - Two men were hurt when gunfire broke out in Ybor City early Sunday, "
                "Tampa police said.",
            ),
            (
                "Ybor City shooting wounds two",
                "https://www.tampabay.com/news/p02/",
                "2025-10-19T17:00:00Z",
                "Two men were wounded early Sunday on East Seventh Avenue in Ybor City as bars "
                "closed, police said.",
            ),
        ],
    ),
    # --- twin cities across a state line
    (
        "t01",
        ("Kansas City",),
        "Kansas",
        [
            (
                "Man killed in Kansas City, Kansas",
                "https://www.kshb.com/news/crime/t01",
                "2025-03-08T05:00:00Z",
                "KANSAS CITY, Mo. - A man was shot and killed Friday night in Kansas City, Kansas, "
                "police said.",
            ),
            (
                "KCK police investigate homicide",
                "https://www.kansascity.com/news/t01.html",
                "2025-03-08T16:00:00Z",
                "Kansas City, Kansas, police are investigating the death of a man who was shot near "
                "10th Street and State Avenue on Friday night.",
            ),
        ],
    ),
    (
        "t02",
        ("Texarkana",),
        "Arkansas",
        [
            (
                "Man shot on East Street",
                "https://www.ksla.com/2025/05/25/t02/",
                "2025-05-25T14:00:00Z",
                "TEXARKANA, Texas (KSLA) - A man was shot Saturday night, Texarkana, Arkansas, "
                "police said. He was taken to a hospital in Texarkana, Texas.",
            ),
            (
                "Texarkana, Arkansas police investigate shooting",
                "https://www.txktoday.com/t02/",
                "2025-05-25T18:00:00Z",
                "Police in Texarkana, Arkansas, said a man was wounded in a shooting on East Street "
                "late Saturday.",
            ),
        ],
    ),
    # --- a follow-up from the court's county seat, the suspect's home
    (
        "f04",
        ("Garfield",),
        "New Jersey",
        [
            (
                "Man shot on Midland Avenue",
                "https://www.northjersey.com/story/news/f04/",
                "2025-01-26T15:00:00Z",
                "Garfield police said a man was shot on Midland Avenue on Saturday night and was "
                "taken to Hackensack University Medical Center.",
            ),
            (
                "Paterson man pleads guilty",
                "https://www.northjersey.com/story/news/f04b/",
                "2025-09-10T15:00:00Z",
                "HACKENSACK, N.J. - A Paterson man pleaded guilty on Tuesday in Superior Court in "
                "Hackensack to shooting a man in Garfield in January.",
            ),
        ],
    ),
    (
        "f05",
        ("Warner Robins",),
        "Georgia",
        [
            (
                "Man shot in Warner Robins",
                "https://www.13wmaz.com/article/news/crime/f05",
                "2025-04-05T14:00:00Z",
                "WARNER ROBINS, Ga. - A man was shot at an apartment on Watson Boulevard on Friday "
                "night, Warner Robins police said.",
            ),
            (
                "Suspect arrested in Macon",
                "https://www.macon.com/news/local/crime/f05.html",
                "2025-04-08T14:00:00Z",
                "MACON, Ga. - A man wanted in a shooting at a Watson Boulevard apartment was arrested "
                "Monday at a motel in Macon, police said. He was booked into the Houston County "
                "jail.",
            ),
        ],
    ),
    # --- the victim's home beside the scene, in a metro
    (
        "v05",
        ("East Cleveland",),
        "Ohio",
        [
            (
                "Cleveland Heights man killed",
                "https://www.cleveland.com/news/v05.html",
                "2025-06-22T15:00:00Z",
                "A Cleveland Heights man was shot and killed Saturday night in East Cleveland, "
                "police said.",
            ),
            (
                "Family mourns Cleveland Heights father",
                "https://www.wkyc.com/article/news/v05",
                "2025-06-23T15:00:00Z",
                "CLEVELAND - Family members of a Cleveland Heights father who was shot Saturday "
                "held a vigil in Cleveland Heights on Sunday night.",
            ),
        ],
    ),
    (
        "v06",
        ("Montgomery",),
        "Alabama",
        [
            (
                "Selma man killed in Montgomery",
                "https://www.wsfa.com/2025/11/09/v06/",
                "2025-11-09T15:00:00Z",
                "MONTGOMERY, Ala. (WSFA) - A Selma man was shot and killed on the Atlanta Highway "
                "on Saturday, Montgomery police said.",
            ),
            (
                "Vigil held for Selma man",
                "https://www.selmatimesjournal.com/v06/",
                "2025-11-11T15:00:00Z",
                "Friends of a 25-year-old man who was shot to death Saturday held a vigil in Selma "
                "on Monday. He played football at Selma High School.",
            ),
        ],
    ),
    # --- a sheriff's story datelined in the county seat
    (
        "s04",
        ("Poinciana",),
        "Florida",
        [
            (
                "Deputies shoot man in Poinciana",
                "https://www.wftv.com/news/local/s04/",
                "2025-07-27T20:00:00Z",
                "BARTOW, Fla. - Polk County deputies shot a man who fired at them from a home in "
                "Poinciana on Sunday, the sheriff said.",
            ),
            (
                "Sheriff: deputies returned fire",
                "https://www.theledger.com/story/news/s04/",
                "2025-07-28T14:00:00Z",
                "BARTOW, Fla. - Polk County Sheriff's deputies returned fire on Sunday when a man "
                "shot at them from his porch, the sheriff's office said. He is in stable condition.",
            ),
        ],
    ),
    (
        "s05",
        ("Riverdale",),
        "Georgia",
        [
            (
                "Man shot at Riverdale gas station",
                "https://www.fox5atlanta.com/news/s05",
                "2025-09-28T04:00:00Z",
                "RIVERDALE, Ga. - A man was shot at a gas station on Highway 85 on Saturday evening, "
                "Riverdale police said.",
            ),
            (
                "Clayton County shooting",
                "https://www.news-daily.com/news/s05/",
                "2025-09-28T16:00:00Z",
                "JONESBORO, Ga. - A man was wounded at a gas station on Highway 85 in Riverdale on "
                "Saturday evening, police said.",
            ),
        ],
    ),
    # --- the hospital's city with the state capital
    (
        "h05",
        ("Rocky Mount",),
        "North Carolina",
        [
            (
                "Man shot in Rocky Mount",
                "https://apnews.com/article/h05",
                "2025-02-16T20:00:00Z",
                "RALEIGH, N.C. (AP) - A man was shot Saturday in Rocky Mount and flown to a Raleigh "
                "hospital, police said.",
            ),
            (
                "Rocky Mount police seek shooter",
                "https://www.rockymounttelegram.com/h05/",
                "2025-02-17T14:00:00Z",
                "Rocky Mount police are looking for the person who shot a man on Sunset Avenue on "
                "Saturday.",
            ),
            (
                "Shooting victim in critical condition",
                "https://www.wral.com/story/h05/",
                "2025-02-16T22:00:00Z",
                "RALEIGH, N.C. (WRAL) - A man who was shot on Saturday is in critical condition at "
                "WakeMed in Raleigh, according to police in Rocky Mount.",
            ),
        ],
    ),
    (
        "h06",
        ("Clarksville",),
        "Tennessee",
        [
            (
                "Man dies at Vanderbilt after shooting",
                "https://www.wsmv.com/2025/12/07/h06/",
                "2025-12-07T15:00:00Z",
                "NASHVILLE, Tenn. (WSMV) - A man died at Vanderbilt University Medical Center after "
                "he was shot Saturday in Clarksville, police said.",
            ),
            (
                "Clarksville police investigate homicide",
                "https://www.clarksvillenow.com/h06/",
                "2025-12-07T18:00:00Z",
                "Clarksville police said a man was shot at a home on Fort Campbell Boulevard on "
                "Saturday and later died at a Nashville hospital.",
            ),
        ],
    ),
    # --- one report wrong, the majority right
    (
        "k04",
        ("Westland",),
        "Michigan",
        [
            (
                "Man shot in Westland",
                "https://www.clickondetroit.com/news/k04/",
                "2025-04-20T14:00:00Z",
                "WESTLAND, Mich. - A man was shot at an apartment complex on Saturday, Westland "
                "police said.",
            ),
            (
                "Inkster police assist in shooting",
                "https://www.fox2detroit.com/news/k04/",
                "2025-04-20T16:00:00Z",
                "Inkster police helped officers search for a gunman after a shooting on Saturday "
                "that wounded a man.",
            ),
            (
                "Westland apartment shooting",
                "https://www.hometownlife.com/story/news/k04/",
                "2025-04-21T14:00:00Z",
                "Gunfire wounded a man at a Westland apartment complex on Saturday, police said.",
            ),
        ],
    ),
    (
        "k05",
        ("Hattiesburg",),
        "Mississippi",
        [
            (
                "Man shot in Hattiesburg",
                "https://www.wdam.com/2025/03/23/k05/",
                "2025-03-23T14:00:00Z",
                "HATTIESBURG, Miss. (WDAM) - A man was shot on Saturday night on Hardy Street, "
                "Hattiesburg police said.",
            ),
            (
                "Petal man charged",
                "https://www.hattiesburgamerican.com/k05/",
                "2025-03-25T14:00:00Z",
                "A Petal man was charged with aggravated assault in the shooting of a man on Hardy "
                "Street in Hattiesburg on Saturday night.",
            ),
        ],
    ),
    # --- guards: the scene itself at a vigil or a courthouse
    (
        "x01",
        ("Harvey",),
        "Illinois",
        [
            (
                "Two shot at vigil",
                "https://www.nbcchicago.com/news/local/x01/",
                "2025-05-12T05:00:00Z",
                "CHICAGO - Two people were shot during a vigil in Harvey on Sunday night, police said.",
            ),
            (
                "Harvey police: two wounded at vigil",
                "https://www.chicagotribune.com/x01/",
                "2025-05-12T15:00:00Z",
                "Two people were wounded when someone fired into a crowd gathered at a vigil on "
                "Sunday night in Harvey, according to Harvey police.",
            ),
        ],
    ),
    (
        "x02",
        ("Valdosta",),
        "Georgia",
        [
            (
                "Man shot outside courthouse",
                "https://www.walb.com/2025/06/17/x02/",
                "2025-06-17T01:00:00Z",
                "ALBANY, Ga. (WALB) - A man was shot outside the Lowndes County courthouse in Valdosta "
                "on Monday afternoon, according to the GBI.",
            ),
            (
                "Valdosta police investigate courthouse shooting",
                "https://www.valdostadailytimes.com/x02/",
                "2025-06-17T14:00:00Z",
                "VALDOSTA - A man was wounded by gunfire outside the courthouse on Monday, police said.",
            ),
        ],
    ),
]
