"""Invented local-news reports of shootings for tests/group/test_split_reports.py (fiction,
written for newsfold: the towns, streets and outlets' hosts are real, the events, people and
words are not).

Each row: (case id, class, "same" when its reports tell one shooting, "apart" when they tell
two shootings of one city on nearby days, and the reports as (id, published, address,
headline, text)). The classes are those of the GVA dev half's split incidents: follow-ups days
later (an arrest, a charge, the victim named, a funeral or vigil, a death), a town named
otherwise (a suburb and its metro, a county and its town, a neighbourhood and its city), tolls
that differ (an early count, a victim who died), days read otherwise (late Saturday and early
Sunday), a brief beside a full story, roundups, and triples of them.
"""

from __future__ import annotations

from .spot_table import CASES as SPOTS
from .victims_table import CASES as VICTIMS

Report = tuple[str, str, str, str, str]
Case = tuple[str, str, str, list[Report]]

FOLLOW_UPS_AND_TOWNS: list[Case] = [
    (
        "fu1",
        "follow-up arrest",
        "same",
        [
            (
                "fu1a",
                "2024-02-04T15:00:00Z",
                "https://www.wlky.com/news/louisville-man-shot-dixie-highway",
                "Man critically hurt in Dixie Highway shooting",
                (
                    "LOUISVILLE, Ky. (WLKY) - A 29-year-old man was critically wounded Saturday"
                    " night in a shooting outside a tire shop on Dixie Highway, Louisville "
                    "Metro Police said. Officers found him in the parking lot shortly after 9 "
                    "p.m. He was taken to University Hospital. Police have not named a suspect."
                ),
            ),
            (
                "fu1b",
                "2024-02-08T18:30:00Z",
                (
                    "https://www.courier-journal.com/story/news/crime/2024/02/08/arrest-dixie-h"
                    "ighway-shooting"
                ),
                "Suspect arrested in Dixie Highway tire shop shooting",
                (
                    "Louisville police on Wednesday arrested a 33-year-old man in connection "
                    "with last weekend's shooting outside a tire shop on Dixie Highway. Terrell"
                    " Banks was charged with first-degree assault and wanton endangerment, "
                    "according to an arrest citation. The victim, who was shot in the parking "
                    "lot Saturday night, remains in critical condition, police said."
                ),
            ),
        ],
    ),
    (
        "fu2",
        "follow-up victim named",
        "same",
        [
            (
                "fu2a",
                "2024-03-10T13:00:00Z",
                "https://www.kmov.com/news/man-killed-north-st-louis-shooting",
                "Man killed in north St. Louis shooting",
                (
                    "ST. LOUIS (KMOV) - A man was shot and killed early Sunday in the Walnut "
                    "Park East neighborhood, police said. Officers were called to the 5600 "
                    "block of Thekla Avenue around 2:15 a.m. and found the man with a gunshot "
                    "wound to the head. He died at the scene. Police did not release his name."
                ),
            ),
            (
                "fu2b",
                "2024-03-12T21:00:00Z",
                "https://www.ksdk.com/article/news/crime/victim-identified-thekla-avenue",
                "Police identify man fatally shot on Thekla Avenue",
                (
                    "St. Louis police on Tuesday identified the man killed in a shooting on "
                    "Thekla Avenue over the weekend as Marcus Dupree, 41. Dupree was found shot"
                    " in the 5600 block early Sunday morning. Homicide detectives are asking "
                    "anyone with information to call CrimeStoppers."
                ),
            ),
        ],
    ),
    (
        "fu3",
        "follow-up funeral",
        "same",
        [
            (
                "fu3a",
                "2024-04-14T02:00:00Z",
                "https://www.wral.com/story/teen-shot-killed-durham-park",
                "Teen shot and killed at Durham park",
                (
                    "DURHAM, N.C. - A 16-year-old boy died of gunshot wounds Saturday afternoon"
                    " at East End Park, Durham police said. Officers responded around 4 p.m. "
                    "and found Jaylen Whitfield suffering from a gunshot wound. He died at Duke"
                    " University Hospital. Investigators believe he was targeted."
                ),
            ),
            (
                "fu3b",
                "2024-04-20T22:00:00Z",
                "https://www.heraldsun.com/news/local/jaylen-whitfield-funeral",
                "Hundreds gather for funeral of Jaylen Whitfield",
                (
                    "Family, classmates and coaches filled a Durham church on Saturday to say "
                    "goodbye to Jaylen Whitfield, the Hillside High School sophomore who was "
                    "shot at East End Park a week ago. His mother asked the crowd to put the "
                    "guns down. No one has been charged in his death."
                ),
            ),
        ],
    ),
    (
        "fu4",
        "follow-up charge, county named",
        "same",
        [
            (
                "fu4a",
                "2024-05-06T11:00:00Z",
                ("https://www.wsbtv.com/news/local/clayton-county/woman-shot-riverdale-apartment"),
                "Woman shot at Riverdale apartment complex",
                (
                    "RIVERDALE, Ga. - A 24-year-old woman was shot Sunday night at an apartment"
                    " complex on Upper Riverdale Road, Riverdale police said. She was taken to "
                    "Grady Memorial Hospital in stable condition. Police said the shooting "
                    "followed an argument with a man she knew."
                ),
            ),
            (
                "fu4b",
                "2024-05-09T16:00:00Z",
                (
                    "https://www.11alive.com/article/news/crime/clayton-county-man-charged-shoo"
                    "ting-girlfriend"
                ),
                "Clayton County man charged with shooting girlfriend",
                (
                    "A Clayton County man faces an aggravated assault charge; police say he "
                    "shot his girlfriend during an argument at their apartment on Upper "
                    "Riverdale Road. Demetrius Hale, 27, turned himself in Wednesday, according"
                    " to jail records. The woman was hospitalized and is expected to recover."
                ),
            ),
        ],
    ),
    (
        "fu5",
        "follow-up victim dies",
        "same",
        [
            (
                "fu5a",
                "2024-06-02T14:00:00Z",
                "https://www.wbir.com/article/news/crime/knoxville-man-shot-magnolia-avenue",
                "Man seriously hurt in Magnolia Avenue shooting",
                (
                    "KNOXVILLE, Tenn. - A man was seriously injured in a shooting on Magnolia "
                    "Avenue late Saturday, the Knoxville Police Department said. Officers found"
                    " the 38-year-old man near a convenience store around 11:40 p.m. He was "
                    "rushed to UT Medical Center with life-threatening injuries."
                ),
            ),
            (
                "fu5b",
                "2024-06-07T17:00:00Z",
                ("https://www.wate.com/news/crime/man-dies-days-after-magnolia-avenue-shooting"),
                "Man dies days after Magnolia Avenue shooting, police say",
                (
                    "The man shot near a convenience store on Magnolia Avenue last weekend has "
                    "died, Knoxville police announced Friday. Anthony Reese, 38, died at UT "
                    "Medical Center on Thursday. The case is now being investigated as a "
                    "homicide, and no arrests have been made."
                ),
            ),
        ],
    ),
    (
        "fu6",
        "follow-up arrest, suburb vs city",
        "same",
        [
            (
                "fu6a",
                "2024-07-08T12:00:00Z",
                (
                    "https://www.kare11.com/article/news/local/brooklyn-park-shooting-leaves-on"
                    "e-dead"
                ),
                "Shooting in Brooklyn Park leaves one dead",
                (
                    "BROOKLYN PARK, Minn. - One man is dead after a shooting outside a home on "
                    "Zane Avenue North on Sunday evening, Brooklyn Park police said. Officers "
                    "arrived around 7 p.m. to find the victim, a man in his 30s, with multiple "
                    "gunshot wounds. Life-saving efforts failed."
                ),
            ),
            (
                "fu6b",
                "2024-07-11T19:00:00Z",
                "https://www.startribune.com/minneapolis-man-charged-zane-avenue-killing",
                "Minneapolis man charged with murder in Zane Avenue killing",
                (
                    "A 22-year-old Minneapolis man was charged Thursday with second-degree "
                    "murder in the fatal shooting of Damon Price outside a home on Zane Avenue "
                    "North on Sunday. According to the criminal complaint filed in Hennepin "
                    "County, the two men had argued about money before the shooting."
                ),
            ),
        ],
    ),
    (
        "fu7",
        "follow-up vigil",
        "same",
        [
            (
                "fu7a",
                "2024-08-04T16:00:00Z",
                "https://www.wxyz.com/news/woman-killed-in-shooting-on-detroits-west-side",
                "Woman killed in shooting on Detroit's west side",
                (
                    "DETROIT (WXYZ) - A 31-year-old woman was shot and killed Saturday night on"
                    " Detroit's west side, police said. The shooting happened around 10 p.m. on"
                    " Grand River Avenue near Greenfield Road. A man who was with her was not "
                    "hurt. Police are searching for a dark SUV."
                ),
            ),
            (
                "fu7b",
                "2024-08-07T23:00:00Z",
                ("https://www.clickondetroit.com/news/local/2024/08/07/vigil-for-keisha-moore"),
                "Vigil held for mother of three killed on Grand River",
                (
                    "Balloons were released Wednesday evening at a vigil for Keisha Moore, the "
                    "mother of three who was shot on Grand River Avenue near Greenfield on "
                    "Saturday night. Relatives said she was leaving a friend's birthday party. "
                    "Detroit police have not made an arrest."
                ),
            ),
        ],
    ),
    (
        "fu8",
        "follow-up sentencing-like charges, name only",
        "same",
        [
            (
                "fu8a",
                "2024-09-15T14:00:00Z",
                "https://www.koco.com/article/oklahoma-city-shooting-nw-23rd/",
                "Two hurt in shooting near NW 23rd Street",
                (
                    "OKLAHOMA CITY - Two men were hurt in a shooting near NW 23rd Street and "
                    "Classen Boulevard on Saturday night, Oklahoma City police said. Both were "
                    "taken to OU Medical Center; one was in critical condition. Witnesses told "
                    "officers the shots came from a passing car."
                ),
            ),
            (
                "fu8b",
                "2024-09-19T20:00:00Z",
                ("https://www.news9.com/story/okc-police-arrest-teen-drive-by-shooting-classen"),
                "OKC police arrest teen in drive-by that wounded two",
                (
                    "Oklahoma City police arrested a 17-year-old on Thursday in the drive-by "
                    "shooting that wounded two men near NW 23rd and Classen on Saturday. "
                    "Investigators tracked the car through a license plate reader, police said."
                    " The teen was booked into the juvenile detention center on two counts of "
                    "shooting with intent to kill."
                ),
            ),
        ],
    ),
    (
        "fu9",
        "follow-up, later arrest with weekday only",
        "same",
        [
            (
                "fu9a",
                "2024-10-06T13:00:00Z",
                "https://www.fox8.com/news/high-point-man-shot-english-road",
                "High Point man shot on English Road",
                (
                    "HIGH POINT, N.C. - A man was shot early Sunday on English Road, High Point"
                    " police said. The 45-year-old was found in a driveway shortly after 1 a.m."
                    " and taken to a hospital in Greensboro with injuries that were not "
                    "life-threatening."
                ),
            ),
            (
                "fu9b",
                "2024-10-10T15:00:00Z",
                "https://www.hpenterprise.com/news/arrest-made-english-road-shooting",
                "Arrest made in English Road shooting",
                (
                    "High Point police have arrested a woman in the shooting of a 45-year-old "
                    "man on English Road early Sunday. Tameka Ruff, 39, was charged Wednesday "
                    "with assault with a deadly weapon inflicting serious injury. Police said "
                    "the two knew each other."
                ),
            ),
        ],
    ),
    (
        "fu10",
        "follow-up, suspect sought then identified",
        "same",
        [
            (
                "fu10a",
                "2024-11-03T12:00:00Z",
                "https://www.wbrc.com/2024/11/03/man-killed-bessemer-shooting/",
                "Man killed in Bessemer shooting",
                (
                    "BESSEMER, Ala. (WBRC) - A man was killed in a shooting on 19th Street "
                    "North in Bessemer on Saturday night, police said. The victim, 52, was "
                    "pronounced dead at the scene. Police said a suspect fled before officers "
                    "arrived."
                ),
            ),
            (
                "fu10b",
                "2024-11-05T21:00:00Z",
                (
                    "https://www.al.com/news/birmingham/2024/11/bessemer-murder-suspect-in-cust"
                    "ody.html"
                ),
                "Suspect in custody in Bessemer killing of 52-year-old man",
                (
                    "A suspect is in custody in the weekend killing of a 52-year-old man on "
                    "19th Street North in Bessemer. The Jefferson County Coroner's Office "
                    "identified the victim as Lionel Crump. Bessemer police said Tuesday that a"
                    " 30-year-old man was booked on a murder charge."
                ),
            ),
        ],
    ),
    (
        "tn1",
        "suburb vs metro",
        "same",
        [
            (
                "tn1a",
                "2024-02-18T14:00:00Z",
                "https://www.click2houston.com/news/local/2024/02/18/man-shot-pasadena-bar",
                "Man shot outside Pasadena bar",
                (
                    "PASADENA, Texas - A man was shot outside a bar on Spencer Highway early "
                    "Sunday, Pasadena police said. The 28-year-old was taken to a Houston "
                    "hospital in serious condition after an argument in the parking lot turned "
                    "violent around 1:30 a.m."
                ),
            ),
            (
                "tn1b",
                "2024-02-18T20:00:00Z",
                (
                    "https://www.khou.com/article/news/crime/houston-area-bar-shooting-spencer-"
                    "highway"
                ),
                "Houston-area bar shooting: man hurt after parking lot argument",
                (
                    "HOUSTON - A 28-year-old man was wounded early Sunday after a fight in a "
                    "bar parking lot on Spencer Highway turned into a shooting, police said. "
                    "The shooter drove off in a white pickup. The victim was in serious "
                    "condition."
                ),
            ),
        ],
    ),
    (
        "tn2",
        "county vs town",
        "same",
        [
            (
                "tn2a",
                "2024-03-24T15:00:00Z",
                ("https://www.wsoctv.com/news/local/deputies-man-killed-shooting-gaston-county"),
                "Deputies: man killed in Gaston County shooting",
                (
                    "GASTON COUNTY, N.C. - A man was shot and killed Saturday night at a home "
                    "on Linwood Road, the Gaston County Sheriff's Office said. Deputies found "
                    "the 34-year-old in the front yard around 9:30 p.m. A woman at the home was"
                    " detained for questioning."
                ),
            ),
            (
                "tn2b",
                "2024-03-25T12:00:00Z",
                (
                    "https://www.gastongazette.com/story/news/2024/03/25/gastonia-linwood-road-"
                    "homicide"
                ),
                "Woman charged after man killed at Gastonia home",
                (
                    "GASTONIA - A woman has been charged with murder after a 34-year-old man "
                    "was shot dead at a home on Linwood Road on Saturday night, authorities "
                    "said. Deputies said the two had been in a relationship. She was being held"
                    " without bond."
                ),
            ),
        ],
    ),
    (
        "tn3",
        "neighborhood vs city",
        "same",
        [
            (
                "tn3a",
                "2024-04-07T13:00:00Z",
                "https://www.nbcnewyork.com/news/local/crime/man-shot-in-east-new-york",
                "Man shot in East New York",
                (
                    "A 25-year-old man took a bullet to the leg on Pennsylvania Avenue in East "
                    "New York early Sunday, the NYPD said. He was taken to Brookdale Hospital "
                    "in stable condition. No arrests were made."
                ),
            ),
            (
                "tn3b",
                "2024-04-07T18:00:00Z",
                "https://www.brooklynpaper.com/shooting-pennsylvania-avenue-brooklyn/",
                "Brooklyn shooting: man wounded on Pennsylvania Avenue",
                (
                    "BROOKLYN, N.Y. - Police are looking for a gunman who wounded a 25-year-old"
                    " man in the leg on Pennsylvania Avenue early Sunday. The victim told "
                    "officers he was walking home when a man on a scooter opened fire. He was "
                    "expected to survive."
                ),
            ),
        ],
    ),
    (
        "tn4",
        "unincorporated place vs nearby city",
        "same",
        [
            (
                "tn4a",
                "2024-05-19T16:00:00Z",
                "https://www.fox13news.com/news/deputies-man-shot-dead-in-brandon",
                "Deputies: man shot dead in Brandon",
                (
                    "BRANDON, Fla. - A man was shot and killed Saturday evening outside a "
                    "convenience store on Lumsden Road in Brandon, the Hillsborough County "
                    "Sheriff's Office said. Deputies said the 47-year-old was approached by "
                    "another man who fired several shots and ran."
                ),
            ),
            (
                "tn4b",
                "2024-05-19T21:00:00Z",
                (
                    "https://www.tampabay.com/news/crime/2024/05/19/man-killed-near-tampa-store"
                    "-lumsden"
                ),
                "Man killed outside store near Tampa, deputies say",
                (
                    "TAMPA - A 47-year-old man died after being shot outside a store on Lumsden"
                    " Road on Saturday evening, Hillsborough deputies said. Investigators are "
                    "reviewing video from the store. The gunman left on foot."
                ),
            ),
        ],
    ),
    (
        "tn5",
        "city vs county sheriff",
        "same",
        [
            (
                "tn5a",
                "2024-06-16T14:00:00Z",
                "https://www.kcra.com/article/sacramento-county-shooting-rio-linda/",
                "Teen wounded in Rio Linda shooting",
                (
                    "RIO LINDA, Calif. - A 17-year-old boy was wounded when gunfire broke out "
                    "at a Rio Linda house party late Saturday, the Sacramento County Sheriff's "
                    "Office said. The teen was taken to a hospital with injuries not considered"
                    " life-threatening. Deputies said about 60 people were at the party."
                ),
            ),
            (
                "tn5b",
                "2024-06-17T02:00:00Z",
                "https://www.sacbee.com/news/local/crime/article-party-shooting-sacramento",
                "Teen shot at Sacramento house party, deputies say",
                (
                    "SACRAMENTO - Deputies are searching for whoever opened fire at a crowded "
                    "house party late Saturday, wounding a 17-year-old boy. About 60 people "
                    "were at the home on 6th Street when the shots rang out, the sheriff's "
                    "office said. The boy is expected to recover."
                ),
            ),
        ],
    ),
    (
        "tn6",
        "township vs borough",
        "same",
        [
            (
                "tn6a",
                "2024-07-21T13:00:00Z",
                "https://www.nj.com/news/2024/07/man-shot-in-willingboro.html",
                "Man shot in Willingboro, police say",
                (
                    "WILLINGBORO, N.J. - A 30-year-old man was shot Saturday night on "
                    "Pennypacker Drive, Willingboro police said. He was flown to Cooper "
                    "University Hospital in Camden in critical condition. Police asked "
                    "residents with doorbell cameras to check their footage."
                ),
            ),
            (
                "tn6b",
                "2024-07-22T15:00:00Z",
                (
                    "https://www.burlingtoncountytimes.com/story/news/crime/burlington-county-p"
                    "ennypacker-shooting"
                ),
                "Burlington County man critical after Pennypacker Drive shooting",
                (
                    "A 30-year-old man remained in critical condition Monday at Cooper "
                    "University Hospital after being shot Saturday night on Pennypacker Drive, "
                    "authorities said. The Burlington County Prosecutor's Office is leading the"
                    " investigation."
                ),
            ),
        ],
    ),
    (
        "tn7",
        "neighborhood name vs city, different outlet",
        "same",
        [
            (
                "tn7a",
                "2024-08-11T12:00:00Z",
                (
                    "https://www.wbaltv.com/article/man-killed-shooting-northeast-baltimore-fra"
                    "nkford"
                ),
                "Man killed in northeast Baltimore shooting",
                (
                    "BALTIMORE - A man was fatally shot early Sunday in the Frankford "
                    "neighborhood of northeast Baltimore, police said. Officers found the "
                    "26-year-old on Sinclair Lane around 3 a.m. He died at a hospital."
                ),
            ),
            (
                "tn7b",
                "2024-08-12T14:00:00Z",
                (
                    "https://www.thebanner.com/community/criminal-justice/sinclair-lane-homicid"
                    "e-frankford"
                ),
                "Frankford residents shaken by Sinclair Lane homicide",
                (
                    "Neighbors on Sinclair Lane said they woke to gunshots early Sunday, when a"
                    " 26-year-old man was killed outside a rowhouse. It was the second homicide"
                    " in Frankford this month. Police have released no description of a "
                    "suspect."
                ),
            ),
        ],
    ),
    (
        "tn8",
        "suburb named in one, county in other",
        "same",
        [
            (
                "tn8a",
                "2024-09-01T15:00:00Z",
                "https://www.azfamily.com/2024/09/01/woman-shot-killed-glendale-home/",
                "Woman shot and killed at Glendale home",
                (
                    "GLENDALE, Ariz. - A woman was shot and killed inside a home near 59th "
                    "Avenue and Bethany Home Road on Saturday night, Glendale police said. A "
                    "44-year-old man was arrested at the scene. Police described it as a "
                    "domestic violence incident."
                ),
            ),
            (
                "tn8b",
                "2024-09-02T13:00:00Z",
                (
                    "https://www.abc15.com/news/crime/phoenix-area-man-arrested-deadly-domestic"
                    "-shooting"
                ),
                "Man arrested in deadly domestic shooting in West Valley",
                (
                    "PHOENIX - A 44-year-old man was booked into the Maricopa County jail on a "
                    "murder charge after his wife was shot dead at their home near 59th Avenue "
                    "and Bethany Home Road, police said. Officers arrested him at the home "
                    "Saturday night."
                ),
            ),
        ],
    ),
]
TOLLS_DAYS_BRIEFS: list[Case] = [
    (
        "tl1",
        "toll rises: injured then dead",
        "same",
        [
            (
                "tl1a",
                "2024-02-25T13:00:00Z",
                "https://www.wdsu.com/article/new-orleans-shooting-seventh-ward/",
                "Two shot in Seventh Ward",
                (
                    "NEW ORLEANS - Two men were shot Saturday night in the Seventh Ward, the "
                    "New Orleans Police Department said. The shooting happened around 8:45 p.m."
                    " in the 2100 block of North Galvez Street. Both men were taken to "
                    "University Medical Center."
                ),
            ),
            (
                "tl1b",
                "2024-02-26T22:00:00Z",
                ("https://www.nola.com/news/crime_police/one-dies-north-galvez-double-shooting"),
                "One man dies after North Galvez Street double shooting",
                (
                    "One of the two men shot in the 2100 block of North Galvez Street on "
                    "Saturday night has died, the coroner's office said Monday. The other man "
                    "was in stable condition. Police have not named a motive."
                ),
            ),
        ],
    ),
    (
        "tl2",
        "toll differs: early count vs final",
        "same",
        [
            (
                "tl2a",
                "2024-03-31T08:00:00Z",
                "https://www.wcpo.com/news/crime/several-people-shot-near-cincinnati-bar",
                "Several people shot near Over-the-Rhine bar",
                (
                    "CINCINNATI - Several people were shot early Sunday outside a bar on Vine "
                    "Street in Over-the-Rhine, police said. Officers heard gunfire around 2:30 "
                    "a.m. and found victims on the sidewalk. There was no immediate word on "
                    "their conditions."
                ),
            ),
            (
                "tl2b",
                "2024-03-31T19:00:00Z",
                (
                    "https://www.cincinnati.com/story/news/crime/2024/03/31/vine-street-shootin"
                    "g-five-wounded"
                ),
                "Five wounded in Vine Street shooting; police seek gunman",
                (
                    "Five people were wounded when gunfire broke out outside a Vine Street bar "
                    "early Sunday, Cincinnati police said. Four were treated and released; a "
                    "23-year-old woman remained in serious condition. Police Chief Teresa "
                    "Theetge said the shooting began after a fight inside the bar."
                ),
            ),
        ],
    ),
    (
        "tl3",
        "toll: one report counts the shooter",
        "same",
        [
            (
                "tl3a",
                "2024-04-28T03:00:00Z",
                "https://www.ktvb.com/article/news/crime/boise-shooting-two-dead/",
                "Two dead in Boise shooting",
                (
                    "BOISE, Idaho - Two people were found dead after gunfire at a home on West "
                    "Overland Road on Saturday, Boise police said. Officers were called about 6"
                    " p.m. One of the dead is believed to be the shooter, police said."
                ),
            ),
            (
                "tl3b",
                "2024-04-28T17:00:00Z",
                ("https://www.idahostatesman.com/news/local/crime/article-murder-suicide-overland"),
                "Police: Boise man killed wife, then himself",
                (
                    "A Boise man shot his wife and then turned the gun on himself at their home"
                    " on West Overland Road on Saturday evening, police said Sunday. The Ada "
                    "County Coroner identified the couple as Gerald and Linda Haskins, both 61."
                ),
            ),
        ],
    ),
    (
        "tl4",
        "toll: later count of injured",
        "same",
        [
            (
                "tl4a",
                "2024-05-26T05:00:00Z",
                "https://www.kmbc.com/article/kansas-city-shooting-westport/",
                "Shots fired in Westport; victims reported",
                (
                    "KANSAS CITY, Mo. - Police responded to reports of shots fired in Westport "
                    "around midnight Saturday. Officers said at least two people were struck. "
                    "The area near Mill Street and Westport Road was blocked off."
                ),
            ),
            (
                "tl4b",
                "2024-05-26T20:00:00Z",
                (
                    "https://www.kansascity.com/news/local/crime/article-westport-shooting-thre"
                    "e-injured"
                ),
                "Three people hurt in Westport shooting near Mill Street",
                (
                    "Three people were injured in a shooting in Westport just after midnight "
                    "Sunday, Kansas City police said. The victims, two men and a woman in their"
                    " 20s, were taken to hospitals. None of the injuries were life-threatening."
                    " Police said the shooting followed a disturbance near Mill Street."
                ),
            ),
        ],
    ),
    (
        "dy1",
        "late Saturday vs early Sunday",
        "same",
        [
            (
                "dy1a",
                "2024-06-23T14:00:00Z",
                "https://www.wsfa.com/2024/06/23/man-shot-montgomery-late-saturday/",
                "Man shot in Montgomery late Saturday",
                (
                    "MONTGOMERY, Ala. - A man was shot late Saturday on the Atlanta Highway, "
                    "Montgomery police said. Officers responded around 11:50 p.m. and found the"
                    " 35-year-old with a gunshot wound to the arm. He was taken to Baptist "
                    "Medical Center South."
                ),
            ),
            (
                "dy1b",
                "2024-06-24T12:00:00Z",
                ("https://www.montgomeryadvertiser.com/story/news/crime/atlanta-highway-shooting"),
                "Atlanta Highway shooting injures one early Sunday",
                (
                    "A 35-year-old man was hurt in a shooting on the Atlanta Highway just after"
                    " midnight early Sunday, police said. The man was shot in the arm outside a"
                    " gas station and is expected to recover. No arrests have been made."
                ),
            ),
        ],
    ),
    (
        "dy2",
        "published next day, yesterday vs Monday",
        "same",
        [
            (
                "dy2a",
                "2024-07-15T23:00:00Z",
                "https://www.wtae.com/article/pittsburgh-homewood-shooting-monday/",
                "Man shot in Homewood on Monday afternoon",
                (
                    "PITTSBURGH - A man was shot Monday afternoon in Pittsburgh's Homewood "
                    "neighborhood, police said. The shooting happened on North Homewood Avenue "
                    "around 3 p.m. The victim, in his 40s, was taken to UPMC Presbyterian in "
                    "critical condition."
                ),
            ),
            (
                "dy2b",
                "2024-07-16T14:00:00Z",
                ("https://www.post-gazette.com/news/crime-courts/2024/07/16/homewood-shooting"),
                "Homewood shooting victim in critical condition",
                (
                    "A man in his 40s remained in critical condition Tuesday after he was shot "
                    "on North Homewood Avenue on Monday afternoon. Pittsburgh police said the "
                    "man was standing near a bus stop when a gunman approached. Detectives "
                    "recovered several shell casings."
                ),
            ),
        ],
    ),
    (
        "dy3",
        "dated by the article days later (weekday)",
        "same",
        [
            (
                "dy3a",
                "2024-08-18T15:00:00Z",
                "https://www.wtol.com/article/news/crime/toledo-shooting-dorr-street",
                "Woman hurt in Dorr Street shooting",
                (
                    "TOLEDO, Ohio - A 19-year-old woman suffered a gunshot wound to the hand "
                    "Saturday night on Dorr Street, Toledo police said. She was sitting in a "
                    "parked car when someone fired from the sidewalk around 10 p.m."
                ),
            ),
            (
                "dy3b",
                "2024-08-21T16:00:00Z",
                (
                    "https://www.toledoblade.com/local/police-fire/2024/08/21/dorr-street-shoot"
                    "ing-suspect-sought"
                ),
                "Police release photo of suspect in Dorr Street shooting",
                (
                    "Toledo police on Wednesday released a photo of a man they want to question"
                    " about Saturday's shooting on Dorr Street that left a 19-year-old woman "
                    "wounded in the hand. The woman was in a parked car at the time. Anyone who"
                    " recognizes the man is asked to call Crime Stopper."
                ),
            ),
        ],
    ),
    (
        "hb1",
        "short brief vs full story",
        "same",
        [
            (
                "hb1a",
                "2024-09-08T13:00:00Z",
                "https://www.wmcactionnews5.com/2024/09/08/one-dead-whitehaven-shooting/",
                "1 dead in Whitehaven shooting",
                (
                    "MEMPHIS, Tenn. - One man is dead after a shooting in Whitehaven on Sunday "
                    "morning, police said."
                ),
            ),
            (
                "hb1b",
                "2024-09-08T19:00:00Z",
                (
                    "https://www.commercialappeal.com/story/news/crime/2024/09/08/whitehaven-sh"
                    "ooting-elvis-presley-boulevard"
                ),
                "Man killed outside Elvis Presley Boulevard business",
                (
                    "A man was fatally shot outside a business on Elvis Presley Boulevard in "
                    "Whitehaven on Sunday morning, Memphis police said. Officers were called "
                    "around 7:20 a.m. and found the victim in the parking lot. He died where he"
                    " fell. Police are looking for a man in a gray hoodie."
                ),
            ),
        ],
    ),
    (
        "hb2",
        "brief without place word in body",
        "same",
        [
            (
                "hb2a",
                "2024-10-13T12:00:00Z",
                ("https://www.wjxt.com/news/local/2024/10/13/teen-shot-arlington-jacksonville/"),
                "Teen shot in Arlington area of Jacksonville",
                (
                    "A 15-year-old was shot Saturday night and is expected to survive, the "
                    "Jacksonville Sheriff's Office said. Police said the shooting happened on "
                    "Cesery Boulevard."
                ),
            ),
            (
                "hb2b",
                "2024-10-13T18:00:00Z",
                (
                    "https://www.jacksonville.com/story/news/crime/2024/10/13/cesery-boulevard-"
                    "teen-shooting"
                ),
                "JSO: 15-year-old shot on Cesery Boulevard",
                (
                    "JACKSONVILLE, Fla. - A 15-year-old boy was hit in the leg by gunfire on "
                    "Cesery Boulevard on Saturday night, the sheriff's office said. The teen "
                    "was walking with friends when a car rolled up beside them and a passenger "
                    "fired. He was taken to UF Health and is expected to recover."
                ),
            ),
        ],
    ),
    (
        "tr1",
        "triple: first report, victim named, arrest",
        "same",
        [
            (
                "tr1a",
                "2024-11-10T14:00:00Z",
                ("https://www.wishtv.com/news/crime-watch-8/man-killed-indianapolis-east-side/"),
                "Man killed in shooting on Indianapolis' east side",
                (
                    "INDIANAPOLIS (WISH) - A man was shot and killed Saturday night on the "
                    "city's east side, Indianapolis Metropolitan Police said. Officers found "
                    "him in the 3400 block of East 34th Street around 9 p.m. He died at the "
                    "scene."
                ),
            ),
            (
                "tr1b",
                "2024-11-12T16:00:00Z",
                (
                    "https://www.indystar.com/story/news/crime/2024/11/12/coroner-names-man-kil"
                    "led-east-34th-street"
                ),
                "Coroner names man killed on East 34th Street",
                (
                    "The Marion County Coroner's Office on Tuesday identified the man fatally "
                    "shot in the 3400 block of East 34th Street on Saturday as Corey Lindell, "
                    "33. His death was ruled a homicide."
                ),
            ),
            (
                "tr1c",
                "2024-11-15T20:00:00Z",
                ("https://www.fox59.com/news/indycrime/arrest-made-in-killing-of-corey-lindell/"),
                "Arrest made in killing of Corey Lindell",
                (
                    "IMPD detectives arrested a 28-year-old man Friday in the killing of Corey "
                    "Lindell, who was shot on East 34th Street last weekend. The man was booked"
                    " on a preliminary murder charge, police said."
                ),
            ),
        ],
    ),
    (
        "tr2",
        "triple: toll rises and town named otherwise",
        "same",
        [
            (
                "tr2a",
                "2024-12-01T05:00:00Z",
                "https://www.kvue.com/article/news/crime/shooting-east-austin-saturday/",
                "Two shot in East Austin",
                (
                    "AUSTIN, Texas - Two people were shot Saturday night in East Austin near "
                    "East 12th Street and Chicon Street, Austin police said. Both were taken to"
                    " Dell Seton Medical Center."
                ),
            ),
            (
                "tr2b",
                "2024-12-01T18:00:00Z",
                ("https://www.statesman.com/story/news/crime/2024/12/01/east-12th-chicon-shooting"),
                "Police: one dead, one hurt in East 12th and Chicon shooting",
                (
                    "One man died and a woman was injured in a shooting near East 12th and "
                    "Chicon streets on Saturday night, police said Sunday. The man was 30; the "
                    "woman, 27, was in stable condition. Police said the two were standing "
                    "outside a store when shots were fired from a car."
                ),
            ),
            (
                "tr2c",
                "2024-12-03T17:00:00Z",
                "https://www.kxan.com/news/crime/austin-police-identify-man-killed-chicon",
                "Austin police identify man killed near Chicon Street",
                (
                    "Austin police identified Darnell Fields, 30, as the man killed in "
                    "Saturday's shooting near East 12th and Chicon streets. A woman who was "
                    "also shot is recovering. Investigators are still looking for the car."
                ),
            ),
        ],
    ),
]
MORE: list[Case] = [
    (
        "np1",
        "no town in text, outlet page",
        "same",
        [
            (
                "np1a",
                "2024-02-11T14:00:00Z",
                "https://www.wrtv.com/news/crime/man-shot-near-fountain-square",
                "Man shot near Fountain Square in Indianapolis",
                (
                    "INDIANAPOLIS - A 37-year-old man was shot Saturday night near Virginia "
                    "Avenue in Fountain Square, IMPD said. He was taken to Eskenazi Hospital in"
                    " stable condition. Officers said he was shot after an argument outside a "
                    "bar."
                ),
            ),
            (
                "np1b",
                "2024-02-12T15:00:00Z",
                (
                    "https://www.indystar.com/story/news/crime/2024/02/12/virginia-avenue-bar-s"
                    "hooting"
                ),
                "Bar argument ends in shooting on Virginia Avenue",
                (
                    "A 37-year-old man is recovering after he was shot outside a bar on "
                    "Virginia Avenue on Saturday night. Police said the man argued with another"
                    " customer, who followed him outside and fired twice. The shooter left in a"
                    " black Jeep."
                ),
            ),
        ],
    ),
    (
        "np2",
        "no town in text, brief follow-up",
        "same",
        [
            (
                "np2a",
                "2024-03-17T13:00:00Z",
                "https://www.wdrb.com/news/woman-killed-shooting-shively/",
                "Woman killed in Shively shooting",
                (
                    "SHIVELY, Ky. - A woman was shot and killed Saturday night at a home on "
                    "Crums Lane, Shively police said. The 42-year-old was found inside the home"
                    " around 11 p.m. A man was taken into custody at the scene."
                ),
            ),
            (
                "np2b",
                "2024-03-19T20:00:00Z",
                "https://www.wdrb.com/news/man-charged-with-murder-crums-lane-death/",
                "Man charged with murder in Crums Lane death",
                (
                    "A 45-year-old man has been charged with murder in the shooting death of a "
                    "woman at a home on Crums Lane on Saturday night. He told officers the two "
                    "had been arguing, according to an arrest report. He was being held at "
                    "Louisville Metro Corrections."
                ),
            ),
        ],
    ),
    (
        "np3",
        "no town in text, victim named",
        "same",
        [
            (
                "np3a",
                "2024-04-21T15:00:00Z",
                "https://www.wsmv.com/news/man-killed-antioch-apartment-shooting/",
                "Man killed in Antioch apartment shooting",
                (
                    "NASHVILLE, Tenn. - A man was killed in a shooting at an apartment complex "
                    "on Bell Road in Antioch on Saturday evening, Metro Nashville police said. "
                    "He was found in a breezeway around 7:30 p.m."
                ),
            ),
            (
                "np3b",
                "2024-04-23T14:00:00Z",
                ("https://www.tennessean.com/story/news/crime/2024/04/23/bell-road-victim-named"),
                "Police name man killed in Bell Road apartment breezeway",
                (
                    "Police on Tuesday identified the man fatally shot in a breezeway of an "
                    "apartment complex on Bell Road on Saturday as Omar Tillman, 29. Detectives"
                    " are seeking a man seen running toward a parked car."
                ),
            ),
        ],
    ),
    (
        "hm1",
        "suspect's home town in headline",
        "same",
        [
            (
                "hm1a",
                "2024-05-12T14:00:00Z",
                "https://www.wlwt.com/article/norwood-shooting-man-hurt/",
                "Man hurt in Norwood shooting",
                (
                    "NORWOOD, Ohio - A man was shot Saturday night outside an apartment "
                    "building on Montgomery Road, Norwood police said. The 31-year-old was "
                    "taken to UC Medical Center with a wound to the abdomen."
                ),
            ),
            (
                "hm1b",
                "2024-05-15T16:00:00Z",
                "https://www.wcpo.com/news/crime/cincinnati-man-charged-norwood-shooting",
                "Cincinnati man charged in Montgomery Road shooting",
                (
                    "A Cincinnati man was charged Wednesday with felonious assault in the "
                    "shooting of a 31-year-old man outside an apartment building on Montgomery "
                    "Road on Saturday night. Kevin Arnett, 26, was arrested at a relative's "
                    "home, police said."
                ),
            ),
        ],
    ),
    (
        "hm2",
        "suspect's home town in headline, victim's town in body",
        "same",
        [
            (
                "hm2a",
                "2024-06-09T13:00:00Z",
                "https://www.wowt.com/2024/06/09/bellevue-shooting-leaves-one-dead/",
                "Bellevue shooting leaves one dead",
                (
                    "BELLEVUE, Neb. - A 23-year-old man died of gunshot wounds Saturday night "
                    "at a park on Galvin Road, Bellevue police said. Officers found him near a "
                    "basketball court around 10 p.m."
                ),
            ),
            (
                "hm2b",
                "2024-06-12T18:00:00Z",
                "https://www.ketv.com/article/omaha-teen-arrested-galvin-road-killing/",
                "Omaha teen arrested in Galvin Road park killing",
                (
                    "An 18-year-old from Omaha was arrested Tuesday in the killing of a "
                    "23-year-old man at a park on Galvin Road in Bellevue on Saturday night. "
                    "Police said the two had a dispute on social media before the shooting."
                ),
            ),
        ],
    ),
    (
        "nb1",
        "neighborhood read as another town",
        "same",
        [
            (
                "nb1a",
                "2024-07-28T14:00:00Z",
                (
                    "https://www.wcnc.com/article/news/crime/charlotte-man-shot-killed-hidden-v"
                    "alley/"
                ),
                "Man shot and killed in Charlotte's Hidden Valley",
                (
                    "CHARLOTTE, N.C. - A man was shot and killed Saturday evening in the Hidden"
                    " Valley neighborhood, Charlotte-Mecklenburg police said. Officers found "
                    "the 36-year-old on Tom Hunter Road around 6 p.m. He died at the scene."
                ),
            ),
            (
                "nb1b",
                "2024-07-29T13:00:00Z",
                "https://www.qcnews.com/news/crime/tom-hunter-road-homicide-hidden-valley/",
                "Hidden Valley homicide: man killed on Tom Hunter Road",
                (
                    "Detectives are investigating the death of a 36-year-old man who was shot "
                    "on Tom Hunter Road in Hidden Valley on Saturday evening. Neighbors said "
                    "they heard at least eight shots. CMPD asked anyone with video to come "
                    "forward."
                ),
            ),
        ],
    ),
    (
        "nb2",
        "neighborhood with a town's name",
        "same",
        [
            (
                "nb2a",
                "2024-08-25T15:00:00Z",
                "https://www.wcvb.com/article/dorchester-shooting-man-wounded/",
                "Man wounded in Dorchester shooting",
                (
                    "BOSTON - A man was shot Saturday night on Bowdoin Street in Dorchester, "
                    "Boston police said. The man, in his 20s, went to Boston Medical Center; "
                    "his wounds were not thought to be grave."
                ),
            ),
            (
                "nb2b",
                "2024-08-26T13:00:00Z",
                "https://www.dotnews.com/2024/bowdoin-street-shooting-saturday",
                "Shots on Bowdoin Street leave man hurt",
                (
                    "A man in his 20s was hurt when someone fired several shots on Bowdoin "
                    "Street on Saturday night. It was the second shooting near Bowdoin Street "
                    "this summer, residents said. Boston police have made no arrests."
                ),
            ),
        ],
    ),
    (
        "rd1",
        "roundup vs single story",
        "same",
        [
            (
                "rd1a",
                "2024-10-20T15:00:00Z",
                ("https://www.fox17.com/news/local-news/grand-rapids-teen-shot-division-avenue"),
                "Teen shot on Division Avenue in Grand Rapids",
                (
                    "GRAND RAPIDS, Mich. - A 17-year-old boy was shot Saturday night on South "
                    "Division Avenue, Grand Rapids police said. He was taken to a hospital with"
                    " a wound to the leg and is expected to recover."
                ),
            ),
            (
                "rd1b",
                "2024-10-21T14:00:00Z",
                ("https://www.mlive.com/news/grand-rapids/2024/10/weekend-violence-grand-rapids"),
                "Weekend violence in Grand Rapids: teen shot on Division, man stabbed",
                (
                    "GRAND RAPIDS, Mich. - Police investigated two violent incidents over the "
                    "weekend. A 17-year-old took a bullet in the leg on South Division Avenue "
                    "on Saturday night and is expected to recover. Early Sunday, a 40-year-old "
                    "man was stabbed during a fight on Leonard Street; he was treated at a "
                    "hospital."
                ),
            ),
        ],
    ),
    (
        "tl5",
        "toll: one report counts the dead twice",
        "same",
        [
            (
                "tl5a",
                "2024-11-17T13:00:00Z",
                "https://www.wlbt.com/2024/11/17/two-killed-jackson-shooting/",
                "Two killed in Jackson shooting",
                (
                    "JACKSON, Miss. - Two men were killed in a shooting on Robinson Road on "
                    "Saturday night, Jackson police said. A third man was wounded. Officers "
                    "said the men were standing outside a convenience store when a car drove "
                    "by."
                ),
            ),
            (
                "tl5b",
                "2024-11-18T15:00:00Z",
                (
                    "https://www.clarionledger.com/story/news/local/2024/11/18/robinson-road-sh"
                    "ooting-victims"
                ),
                "Victims named in Robinson Road drive-by",
                (
                    "The Hinds County coroner identified the two men killed in Saturday night's"
                    " drive-by on Robinson Road as Curtis Hollins, 24, and Reggie Barnes, 27. A"
                    " third man, who was shot in the arm, was released from the hospital on "
                    "Sunday."
                ),
            ),
        ],
    ),
    (
        "fu11",
        "follow-up, court date weeks later",
        "same",
        [
            (
                "fu11a",
                "2024-12-08T14:00:00Z",
                "https://www.krqe.com/man-shot-killed-southeast-albuquerque/",
                "Man shot and killed in southeast Albuquerque",
                (
                    "ALBUQUERQUE, N.M. - A man was shot and killed Saturday night near Central "
                    "Avenue and Louisiana Boulevard, Albuquerque police said. The 30-year-old "
                    "died at the scene. Police said a suspect was detained nearby."
                ),
            ),
            (
                "fu11b",
                "2024-12-20T18:00:00Z",
                ("https://www.abqjournal.com/news/judge-orders-man-held-central-louisiana-killing"),
                "Judge orders man held until trial in Central and Louisiana killing",
                (
                    "A judge on Friday ordered a 25-year-old man held without bail until trial "
                    "in the shooting death of a 30-year-old man near Central and Louisiana on "
                    "Dec. 7. Prosecutors said video shows the man firing at the victim after an"
                    " argument at a bus stop."
                ),
            ),
        ],
    ),
    (
        "tn9",
        "city vs unincorporated county area",
        "same",
        [
            (
                "tn9a",
                "2024-03-03T15:00:00Z",
                (
                    "https://www.kvoa.com/news/pima-county-deputies-investigate-shooting-flowin"
                    "g-wells"
                ),
                "Deputies investigate shooting in Flowing Wells area",
                (
                    "Pima County deputies are investigating a shooting that left a woman "
                    "wounded Saturday night at a mobile home park on West Prince Road. The "
                    "50-year-old was taken to Banner University Medical Center."
                ),
            ),
            (
                "tn9b",
                "2024-03-04T14:00:00Z",
                "https://www.tucson.com/news/local/woman-shot-prince-road-mobile-home-park",
                "Woman shot at Tucson mobile home park",
                (
                    "TUCSON, Ariz. - A 50-year-old woman was shot at a mobile home park on West"
                    " Prince Road on Saturday night, the Pima County Sheriff's Department said."
                    " Her neighbor was arrested on an aggravated assault charge."
                ),
            ),
        ],
    ),
    (
        "dy4",
        "weekday vs date one day off",
        "same",
        [
            (
                "dy4a",
                "2024-04-29T02:00:00Z",
                "https://www.wbtv.com/2024/04/28/man-shot-rock-hill-sunday/",
                "Man shot in Rock Hill on Sunday",
                (
                    "ROCK HILL, S.C. - A man was shot Sunday evening on Saluda Street, Rock "
                    "Hill police said. The 22-year-old was taken to Piedmont Medical Center. "
                    "Police said the shooting followed a fight."
                ),
            ),
            (
                "dy4b",
                "2024-04-30T14:00:00Z",
                (
                    "https://www.heraldonline.com/news/local/crime/article-saluda-street-shooti"
                    "ng-arrest"
                ),
                "Teen arrested in Saluda Street shooting",
                (
                    "Rock Hill police arrested a 17-year-old on Monday in connection with a "
                    "shooting on Saluda Street that wounded a 22-year-old man on April 28. The "
                    "teen was charged with attempted murder."
                ),
            ),
        ],
    ),
]
CONTROLS: list[Case] = [
    (
        "c1",
        "control: two Louisville shootings one day apart",
        "apart",
        [
            (
                "c1a",
                "2024-02-05T14:00:00Z",
                "https://www.wave.com/2024/02/05/man-shot-west-end-louisville/",
                "Man shot in Louisville's West End",
                (
                    "LOUISVILLE, Ky. - A man in his 20s was shot Sunday afternoon on West "
                    "Broadway in the Shawnee neighborhood, Louisville Metro Police said. He was"
                    " taken to University Hospital with injuries that are not expected to be "
                    "life-threatening."
                ),
            ),
            (
                "c1b",
                "2024-02-06T13:00:00Z",
                "https://www.whas11.com/article/news/crime/woman-shot-south-louisville/",
                "Woman shot in south Louisville home",
                (
                    "LOUISVILLE, Ky. - A woman was shot inside a home on Southern Parkway on "
                    "Monday morning, police said. Officers found her around 8 a.m. She was "
                    "taken to University Hospital in critical condition. Police said they are "
                    "talking to a man who was at the home."
                ),
            ),
        ],
    ),
    (
        "c2",
        "control: two St. Louis killings same weekend",
        "apart",
        [
            (
                "c2a",
                "2024-03-10T16:00:00Z",
                "https://www.fox2now.com/news/man-killed-dutchtown-shooting/",
                "Man killed in Dutchtown shooting",
                (
                    "ST. LOUIS - A man was shot and killed Saturday night in the Dutchtown "
                    "neighborhood, St. Louis police said. Officers found the man, believed to "
                    "be in his 50s, in the 3800 block of Meramec Street around 10:30 p.m."
                ),
            ),
            (
                "c2b",
                "2024-03-11T15:00:00Z",
                ("https://www.stltoday.com/news/local/crime-and-courts/teen-killed-north-city/"),
                "Teen killed in north St. Louis",
                (
                    "ST. LOUIS - A 17-year-old boy was fatally shot Sunday evening in the 4400 "
                    "block of Natural Bridge Avenue, police said. The teen was found in an "
                    "alley and died at the scene. Police said several people were seen running "
                    "from the area."
                ),
            ),
        ],
    ),
    (
        "c3",
        "control: two Durham shootings two days apart",
        "apart",
        [
            (
                "c3a",
                "2024-04-15T12:00:00Z",
                "https://www.abc11.com/durham-shooting-fayetteville-street/",
                "Man hurt in Fayetteville Street shooting in Durham",
                (
                    "DURHAM, N.C. - A 40-year-old man was shot Sunday night on Fayetteville "
                    "Street, Durham police said. His injuries were not life-threatening. "
                    "Officers said he was shot during a dispute over a parking space."
                ),
            ),
            (
                "c3b",
                "2024-04-13T23:00:00Z",
                (
                    "https://www.newsobserver.com/news/local/crime/article-durham-double-shooti"
                    "ng-holloway"
                ),
                "Two wounded in Durham shooting on Holloway Street",
                (
                    "DURHAM, N.C. - Two women were wounded Saturday morning in a shooting on "
                    "Holloway Street, police said. Both were treated at Duke University "
                    "Hospital. Police are looking for a gray sedan seen leaving the area."
                ),
            ),
        ],
    ),
    (
        "c4",
        "control: Knoxville two shootings, same street kind",
        "apart",
        [
            (
                "c4a",
                "2024-06-03T13:00:00Z",
                "https://www.wvlt.com/2024/06/03/woman-shot-knoxville-sunday/",
                "Woman shot in East Knoxville on Sunday",
                (
                    "KNOXVILLE, Tenn. - A woman was shot Sunday afternoon at an apartment "
                    "complex on Martin Luther King Jr. Avenue, Knoxville police said. She went "
                    "to UT Medical Center and should recover. Officers detained a 19-year-old "
                    "man."
                ),
            ),
            (
                "c4b",
                "2024-06-04T12:00:00Z",
                ("https://www.knoxnews.com/story/news/crime/2024/06/04/teen-shot-north-knoxville"),
                "Teen shot in North Knoxville on Monday night",
                (
                    "KNOXVILLE, Tenn. - A 16-year-old boy suffered a gunshot wound Monday night"
                    " on Broadway in North Knoxville, police said. The teen was taken to East "
                    "Tennessee Children's Hospital. Police said he was shot while riding a "
                    "bicycle."
                ),
            ),
        ],
    ),
    (
        "c5",
        "control: two Detroit killings one weekend",
        "apart",
        [
            (
                "c5a",
                "2024-08-04T14:00:00Z",
                "https://www.fox2detroit.com/news/man-killed-east-side-detroit-gratiot",
                "Man killed on Detroit's east side",
                (
                    "DETROIT - A 45-year-old man died of gunshot wounds Saturday afternoon on "
                    "Gratiot Avenue near Seven Mile Road, Detroit police said. The shooter fled"
                    " in a silver Chrysler. Police said the two men argued outside a liquor "
                    "store."
                ),
            ),
            (
                "c5b",
                "2024-08-05T13:00:00Z",
                (
                    "https://www.detroitnews.com/story/news/local/detroit-city/2024/08/05/woman"
                    "-killed-southwest-detroit"
                ),
                "Woman killed in southwest Detroit shooting",
                (
                    "DETROIT - A 22-year-old woman was shot and killed Sunday night on Vernor "
                    "Highway in southwest Detroit, police said. She was sitting on a porch when"
                    " someone fired from a passing car. Two other people on the porch were not "
                    "hurt."
                ),
            ),
        ],
    ),
    (
        "c6",
        "control: OKC two drive-bys",
        "apart",
        [
            (
                "c6a",
                "2024-09-15T16:00:00Z",
                "https://www.kfor.com/news/local/man-shot-south-okc-drive-by/",
                "Man shot in south OKC drive-by",
                (
                    "OKLAHOMA CITY - Gunfire from a passing car struck a man on SW 29th Street "
                    "on Saturday afternoon, Oklahoma City police said. The 33-year-old was hit "
                    "in the shoulder and taken to a hospital in good condition."
                ),
            ),
            (
                "c6b",
                "2024-09-17T14:00:00Z",
                (
                    "https://www.oklahoman.com/story/news/crime/2024/09/17/northeast-okc-shooti"
                    "ng-leaves-woman-dead"
                ),
                "Woman dies in northeast Oklahoma City shooting",
                (
                    "OKLAHOMA CITY - A 58-year-old woman was killed Monday evening when bullets"
                    " struck her home on NE 36th Street, police said. Investigators believe the"
                    " shots were aimed at someone else. No arrests have been made."
                ),
            ),
        ],
    ),
    (
        "c7",
        "control: Memphis two Sunday shootings",
        "apart",
        [
            (
                "c7a",
                "2024-09-08T15:00:00Z",
                (
                    "https://www.actionnews5.com/2024/09/08/man-critical-after-orange-mound-sho"
                    "oting/"
                ),
                "Man critical after Orange Mound shooting",
                (
                    "MEMPHIS, Tenn. - A man is fighting for his life after gunfire in Orange "
                    "Mound on Sunday afternoon, Memphis police said. Officers found the victim "
                    "on Park Avenue around 1 p.m. He was taken to Regional One."
                ),
            ),
            (
                "c7b",
                "2024-09-08T23:00:00Z",
                "https://www.localmemphis.com/article/news/crime/woman-killed-frayser/",
                "Woman killed in Frayser shooting Sunday night",
                (
                    "MEMPHIS, Tenn. - A woman was shot and killed Sunday night in Frayser, "
                    "police said. Officers responded to the 3100 block of Overton Crossing "
                    "Street around 8 p.m. The woman was pronounced dead at the scene. A man was"
                    " detained."
                ),
            ),
        ],
    ),
    (
        "c8",
        "control: Indianapolis two homicides one day apart",
        "apart",
        [
            (
                "c8a",
                "2024-11-11T13:00:00Z",
                ("https://www.wthr.com/article/news/crime/man-found-shot-to-death-northwest-side"),
                "Man found shot to death on Indianapolis' northwest side",
                (
                    "INDIANAPOLIS - Officers discovered a man dead of gunshot wounds in a car "
                    "on West 38th Street on Sunday afternoon, IMPD said. Officers were called "
                    "for a person down around 2 p.m. Detectives believe he had been shot hours "
                    "earlier."
                ),
            ),
            (
                "c8b",
                "2024-11-10T17:00:00Z",
                "https://www.ibj.com/news/indianapolis-near-south-side-shooting-two-hurt",
                "Two hurt in shooting on Indianapolis' near south side",
                (
                    "INDIANAPOLIS - Two men were hurt in a shooting on Shelby Street early "
                    "Saturday, police said. Both were awake and breathing when officers "
                    "arrived. Police said the men were shot after leaving a party."
                ),
            ),
        ],
    ),
    (
        "c9",
        "control: Austin same weekend, different area",
        "apart",
        [
            (
                "c9a",
                "2024-12-01T17:00:00Z",
                ("https://www.kut.com/crime-justice/2024-12-01/north-austin-shooting-rundberg"),
                "Man shot on Rundberg Lane in North Austin",
                (
                    "AUSTIN, Texas - A man was shot Saturday afternoon in an apartment parking "
                    "lot on East Rundberg Lane, Austin police said. The man, 41, was taken to "
                    "St. David's Round Rock with serious injuries. Police detained a neighbor."
                ),
            ),
            (
                "c9b",
                "2024-12-02T14:00:00Z",
                "https://www.fox7austin.com/news/south-austin-shooting-william-cannon",
                "One dead in South Austin shooting on William Cannon",
                (
                    "AUSTIN, Texas - A 19-year-old was killed in a shooting on West William "
                    "Cannon Drive on Sunday night, police said. Officers found him in a car "
                    "that had crashed into a fence. A passenger was not hurt."
                ),
            ),
        ],
    ),
    (
        "c10",
        "control: two New Orleans double shootings",
        "apart",
        [
            (
                "c10a",
                "2024-02-25T16:00:00Z",
                "https://www.fox8live.com/2024/02/25/two-shot-central-city/",
                "Two shot in Central City",
                (
                    "NEW ORLEANS - Two men were shot Sunday afternoon in Central City, police "
                    "said. The shooting happened in the 2700 block of Martin Luther King Jr. "
                    "Boulevard around 1 p.m. Both were taken to a hospital by EMS."
                ),
            ),
            (
                "c10b",
                "2024-02-26T14:00:00Z",
                "https://www.wwltv.com/article/news/crime/two-shot-gentilly/",
                "Two people shot in Gentilly",
                (
                    "NEW ORLEANS - A man and a woman were shot Monday morning in Gentilly, the "
                    "NOPD said. Officers found them in the 4800 block of Franklin Avenue around"
                    " 9 a.m. The woman was in critical condition."
                ),
            ),
        ],
    ),
    (
        "c11",
        "control: Cincinnati shootings same night",
        "apart",
        [
            (
                "c11a",
                "2024-03-31T13:00:00Z",
                "https://www.wlwt.com/article/cincinnati-avondale-shooting-sunday/",
                "Man shot in Avondale early Sunday",
                (
                    "CINCINNATI - A man was shot early Sunday in Avondale, Cincinnati police "
                    "said. Officers found him on Reading Road around 4 a.m. with a gunshot "
                    "wound to the stomach. He was taken to UC Medical Center."
                ),
            ),
            (
                "c11b",
                "2024-04-01T14:00:00Z",
                "https://www.fox19.com/2024/04/01/woman-killed-westwood/",
                "Woman killed in Westwood shooting",
                (
                    "CINCINNATI - A 35-year-old woman was shot and killed Sunday evening inside"
                    " a home on Harrison Avenue in Westwood, police said. Police arrested her "
                    "boyfriend, who they said called 911 himself."
                ),
            ),
        ],
    ),
    (
        "c12",
        "control: Kansas City, Westport then downtown",
        "apart",
        [
            (
                "c12a",
                "2024-05-27T13:00:00Z",
                "https://www.kshb.com/news/crime/man-shot-downtown-kansas-city-power-light",
                "Man shot near Power and Light District",
                (
                    "KANSAS CITY, Mo. - A man was shot near the Power and Light District late "
                    "Sunday, police said. The 24-year-old was found on Grand Boulevard with a "
                    "wound to the leg. He was expected to survive."
                ),
            ),
            (
                "c12b",
                "2024-05-26T21:00:00Z",
                "https://www.fox4kc.com/news/woman-killed-east-kansas-city-prospect",
                "Woman killed on Prospect Avenue",
                (
                    "KANSAS CITY, Mo. - A 29-year-old woman died after being shot on Prospect "
                    "Avenue on Sunday afternoon, police said. Officers found her in the street "
                    "near East 35th Street. Police have no suspect information."
                ),
            ),
        ],
    ),
    (
        "c13",
        "control: Montgomery two shootings",
        "apart",
        [
            (
                "c13a",
                "2024-06-22T14:00:00Z",
                "https://www.waka.com/2024/06/22/teen-shot-west-montgomery/",
                "Teen shot in west Montgomery",
                (
                    "MONTGOMERY, Ala. - A 17-year-old was shot Friday night on West Fairview "
                    "Avenue, Montgomery police said. The teen was taken to Baptist South with "
                    "life-threatening injuries."
                ),
            ),
            (
                "c13b",
                "2024-06-24T15:00:00Z",
                "https://www.alabamanews.com/2024/06/24/man-killed-montgomery-sunday/",
                "Man killed in Montgomery on Sunday",
                (
                    "MONTGOMERY, Ala. - A 52-year-old man was shot and killed Sunday afternoon "
                    "on Mobile Highway, police said. He died before medics arrived. Police have"
                    " made no arrest."
                ),
            ),
        ],
    ),
    (
        "c14",
        "control: Pittsburgh two neighborhoods one day",
        "apart",
        [
            (
                "c14a",
                "2024-07-16T13:00:00Z",
                "https://www.kdka.com/news/local/pittsburgh/man-shot-hill-district-tuesday/",
                "Man shot in Hill District",
                (
                    "PITTSBURGH - A man was shot early Tuesday on Centre Avenue in the Hill "
                    "District, Pittsburgh police said. The man, in his 30s, was taken to UPMC "
                    "Mercy in stable condition."
                ),
            ),
            (
                "c14b",
                "2024-07-15T22:00:00Z",
                "https://www.wpxi.com/news/local/woman-shot-carrick-monday/",
                "Woman shot in Carrick on Monday",
                (
                    "PITTSBURGH - A woman was shot Monday night on Brownsville Road in Carrick,"
                    " police said. Officers found her inside a car. Medics rushed her to a "
                    "hospital, where she was listed as critical."
                ),
            ),
        ],
    ),
    (
        "c15",
        "control: Toledo two weekend shootings",
        "apart",
        [
            (
                "c15a",
                "2024-08-18T13:00:00Z",
                "https://www.13abc.com/2024/08/18/man-killed-central-toledo/",
                "Man killed in central Toledo shooting",
                (
                    "TOLEDO, Ohio - A 27-year-old man was shot and killed early Sunday on "
                    "Lagrange Street, police said. Officers found him in the street around 2 "
                    "a.m. He died at St. Vincent Medical Center."
                ),
            ),
            (
                "c15b",
                "2024-08-19T14:00:00Z",
                "https://www.nbc24.com/news/local/teen-hurt-shooting-east-toledo",
                "Teen hurt in east Toledo shooting",
                (
                    "TOLEDO, Ohio - A 16-year-old girl was shot in the leg Sunday night on Main"
                    " Street in East Toledo, police said. She was treated at a hospital and "
                    "released."
                ),
            ),
        ],
    ),
    (
        "c16",
        "control: two Memphis Whitehaven shootings two days apart",
        "apart",
        [
            (
                "c16a",
                "2024-09-10T14:00:00Z",
                "https://www.fox13memphis.com/news/man-hurt-whitehaven-shooting-monday/",
                "Man hurt in Whitehaven shooting Monday",
                (
                    "MEMPHIS, Tenn. - A man was injured in a shooting in Whitehaven on Monday "
                    "night, police said. Officers found him on Millbranch Road around 9 p.m. He"
                    " was taken to Regional One in non-critical condition."
                ),
            ),
            (
                "c16b",
                "2024-09-08T13:30:00Z",
                "https://www.wreg.com/news/woman-shot-whitehaven-apartment/",
                "Woman shot at Whitehaven apartment",
                (
                    "MEMPHIS, Tenn. - A woman was shot at an apartment complex on Raines Road "
                    "in Whitehaven early Sunday, police said. She was in critical condition at "
                    "Regional One. A man she knew was being questioned."
                ),
            ),
        ],
    ),
    (
        "c17",
        "control: two Houston-area shootings",
        "apart",
        [
            (
                "c17a",
                "2024-02-19T13:00:00Z",
                "https://www.abc13.com/houston-shooting-southwest-bellaire-boulevard/",
                "Man shot on Bellaire Boulevard in southwest Houston",
                (
                    "HOUSTON - A man was shot Sunday night outside a restaurant on Bellaire "
                    "Boulevard, Houston police said. The 36-year-old was taken to Ben Taub "
                    "Hospital in stable condition."
                ),
            ),
            (
                "c17b",
                "2024-02-18T15:00:00Z",
                "https://www.chron.com/news/houston-texas/crime/article/baytown-woman-shot",
                "Woman shot in Baytown home",
                (
                    "BAYTOWN, Texas - A woman was shot inside her home on Bayway Drive early "
                    "Sunday, Baytown police said. Her husband was taken into custody. She was "
                    "flown to a Houston hospital."
                ),
            ),
        ],
    ),
    (
        "c18",
        "control: two Glendale shootings",
        "apart",
        [
            (
                "c18a",
                "2024-09-01T20:00:00Z",
                "https://www.12news.com/article/news/crime/glendale-man-shot-westgate/",
                "Man shot near Westgate in Glendale",
                (
                    "GLENDALE, Ariz. - A man was shot Sunday afternoon in a parking lot near "
                    "Westgate Entertainment District, Glendale police said. Doctors expect the "
                    "man to recover."
                ),
            ),
            (
                "c18b",
                "2024-09-03T14:00:00Z",
                "https://www.ktar.com/story/glendale-teen-killed-monday/",
                "Teen killed in Glendale shooting",
                (
                    "GLENDALE, Ariz. - A 15-year-old boy was shot and killed Monday evening "
                    "near 67th Avenue and Camelback Road, police said. Officers found him on a "
                    "sidewalk. Police believe he was shot by someone he knew."
                ),
            ),
        ],
    ),
    (
        "c19",
        "control: Baltimore two killings one night",
        "apart",
        [
            (
                "c19a",
                "2024-08-11T15:00:00Z",
                "https://www.foxbaltimore.com/news/local/man-killed-west-baltimore-sunday",
                "Man killed in West Baltimore",
                (
                    "BALTIMORE - A 31-year-old man was shot and killed early Sunday on West "
                    "North Avenue, Baltimore police said. Officers found him around 1 a.m. He "
                    "died at Shock Trauma."
                ),
            ),
            (
                "c19b",
                "2024-08-12T13:00:00Z",
                "https://www.wmar2news.com/news/crime/woman-shot-east-baltimore-monday",
                "Woman shot in East Baltimore",
                (
                    "BALTIMORE - A 44-year-old woman was shot Sunday night on North Milton "
                    "Avenue in East Baltimore, police said. She was taken to Johns Hopkins "
                    "Hospital and is expected to survive."
                ),
            ),
        ],
    ),
    (
        "c20",
        "control: Jacksonville two teens shot",
        "apart",
        [
            (
                "c20a",
                "2024-10-14T13:00:00Z",
                "https://www.news4jax.com/news/local/2024/10/14/teen-shot-northside/",
                "Teen shot on Jacksonville's Northside",
                (
                    "JACKSONVILLE, Fla. - A 16-year-old was shot Sunday evening on Moncrief "
                    "Road on the Northside, the sheriff's office said. The teen was taken to UF"
                    " Health in serious condition."
                ),
            ),
            (
                "c20b",
                "2024-10-12T15:00:00Z",
                "https://www.actionnewsjax.com/news/local/teen-shot-westside-friday/",
                "Teen shot on Westside Friday night",
                (
                    "JACKSONVILLE, Fla. - A 14-year-old boy was shot Friday night on Blanding "
                    "Boulevard, JSO said. He went to Wolfson Children's Hospital and is "
                    "expected to recover."
                ),
            ),
        ],
    ),
]

CASES: list[Case] = FOLLOW_UPS_AND_TOWNS + TOLLS_DAYS_BRIEFS + MORE + CONTROLS + VICTIMS + SPOTS
