"""analyse/when on invented pages that are not plain stories (session 28, h-date33): police
logs and blotters whose entries each have their own day; weekend roundups of several shootings;
live-update pages ("Updated 6:12 a.m.", "Tue. 11 a.m.: ..."); timelines of a night; clocks
after midnight ("about 12:30 a.m. Sunday", "just after midnight Saturday night"); "overnight"
and "last night" on morning pages; a "Posted:" line or a day in the address that is earlier
than `published`; video captions; stories whose first day is a press conference's or an
arrest's; two-day events (a standoff that began one day and ended the next).

Every headline and sentence here is invented for these tests (the towns, streets and outlets
are real or made up, the events are not). Each row: id, published, address, headline, text, the
calendar day on which the shots were fired (local time). In a roundup, the shooting told first
is the row's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfold.analyse.article import publication_day
from newsfold.ingest.metadata import url_day
from newsfold.records import Article

from .when_helpers import day_table_test

ROWS: list[tuple[str, str, str, str, str, str]] = [
    # --- police blotters and logs: the shooting's entry has its own day
    (
        "b01",
        "2019-03-01",
        "https://www.example-gazette.com/news/police-logs-feb-24-to-feb-28/",
        "Police Logs, Feb. 24 to Feb. 28",
        "Feb. 24: A bicycle was reported stolen from a porch on Elm Street.\n\n"
        "Feb. 25: Officers cited a driver for speeding on Route 9.\n\n"
        "Feb. 26: A man was shot in the leg outside a bar on Main Street in Springfield. He was "
        "taken to Baystate Medical Center. Police are looking for the gunman.\n\n"
        "Feb. 28: A woman reported fraud involving her bank card.",
        "2019-02-26",
    ),
    (
        "b02",
        "2019-03-11",
        "https://www.daily-ledger.com/crime/police-blotter-march-4-10/",
        "Police blotter: March 4-10",
        "Monday, March 4\nA car window was smashed on Oak Avenue.\n\n"
        "Wednesday, March 6\nA 22-year-old man suffered a gunshot wound to the arm on Pine Street "
        "in Dayton after an argument, police said. He was treated and released.\n\n"
        "Saturday, March 9\nA shoplifter was arrested at a grocery store.",
        "2019-03-06",
    ),
    (
        "b03",
        "2019-04-08",
        "https://www.tribune-news.com/police-log/",
        "Sheriff's log",
        "April 3 - Deputies answered a noise complaint on Lake Road.\n"
        "April 5 - A man was found shot to death in a parked truck on County Road 12 near "
        "Ocala. Detectives are treating it as a homicide.\n"
        "April 7 - A burglary was reported at a storage unit.",
        "2019-04-05",
    ),
    (
        "b04",
        "2018-06-05",
        "https://www.herald-weekly.com/blotter/",
        "Crime blotter for the week",
        "Friday: Police took a report of a stolen lawn mower on 5th Avenue.\n\n"
        "Saturday: A teenager was wounded by gunfire near Jefferson Park in Gary at about 9 p.m. "
        "He was expected to survive.\n\n"
        "Sunday: Two people were arrested after a fight at a gas station.",
        "2018-06-02",
    ),
    (
        "b05",
        "2019-03-14",
        "https://www.lakeside-times.com/news/police-reports/",
        "Police reports",
        "TUESDAY, MARCH 12\n"
        "SHOOTING: A man was shot in the stomach in the 800 block of Walnut Street in "
        "Youngstown around 10:15 p.m. He was taken to St. Elizabeth hospital in serious "
        "condition.\n\n"
        "WEDNESDAY, MARCH 13\n"
        "THEFT: Tools were taken from a pickup on Market Street.",
        "2019-03-12",
    ),
    (
        "b06",
        "2017-10-09",
        "https://www.valley-courier.com/police-beat/",
        "Police beat: Oct. 2-8",
        "Oct. 2 - Vandalism reported at a park restroom.\n"
        "Oct. 4 - A 30-year-old man was wounded when someone fired shots into his home on Birch "
        "Lane in Pueblo. Nobody else was hurt.\n"
        "Oct. 6 - Police recovered a stolen car.",
        "2017-10-04",
    ),
    (
        "b07",
        "2019-04-02",
        "https://www.county-record.com/news/sheriff-reports/",
        "Sheriff's reports, March 25-31",
        "March 25: Deputies checked on a suspicious vehicle.\n"
        "March 27: A man shot his neighbor during a dispute over a fence on Old Mill Road near "
        "Lexington, deputies said. The neighbor was flown to a hospital. The shooter was "
        "arrested.\n"
        "March 30: A dog bite was reported.",
        "2019-03-27",
    ),
    (
        "b08",
        "2019-03-05",
        "https://www.northside-news.com/police-log-week/",
        "Police log",
        "Feb. 27, 11:52 p.m.: Shots fired call on Grant Street. A man, 19, had a "
        "bullet wound in his hand. He was taken to Regional Medical Center in Rockford.\n"
        "March 1, 3:10 p.m.: A wallet was turned in at the station.",
        "2019-02-27",
    ),
    (
        "b09",
        "2016-10-04",
        "https://www.midstate-journal.com/blotter/",
        "Blotter",
        "Sept. 28 — A man reported that his truck was stolen.\n"
        "Sept. 30 — A woman was fatally shot in her home on Cedar Street in Jackson. Police "
        "have charged her boyfriend with murder.\n"
        "Oct. 2 — A fight was broken up at a football game.",
        "2016-09-30",
    ),
    (
        "b10",
        "2019-04-15",
        "https://www.shore-daily.com/police-and-fire/",
        "Police and fire calls, April 8-14",
        "Monday — A kitchen fire damaged an apartment.\n"
        "Thursday — A clerk at a convenience store on Route 1 in Salisbury was shot during a "
        "robbery and taken to a hospital with a wound that was not life-threatening.\n"
        "Saturday — A driver was charged with drunken driving.",
        "2019-04-11",
    ),
    # --- weekend roundups of several shootings
    (
        "w01",
        "2019-03-11",
        "https://www.metro-post.com/news/weekend-violence/",
        "Five shot across the city over the weekend",
        "Five people were shot in Chicago between Friday evening and Sunday night, police said.\n\n"
        "On Friday about 8 p.m., a man took a bullet to the leg in the 600 block of West 63rd "
        "Street.\n\n"
        "On Saturday afternoon, a 16-year-old boy was wounded on South Kedzie Avenue.\n\n"
        "Early Sunday, two men were shot outside a lounge on North Avenue.",
        "2019-03-08",
    ),
    (
        "w02",
        "2019-04-08",
        "https://www.river-city-news.com/weekend-shootings/",
        "Three shootings over the weekend leave one dead",
        "Police in Memphis are looking into three shootings over the weekend.\n\n"
        "A man was killed Saturday night on Lamar Avenue. Officers found him lying in a parking "
        "lot shortly after 11 p.m. No arrest has been made.\n\n"
        "On Sunday morning, a woman was grazed by a bullet on Elvis Presley Boulevard. Another "
        "man was hurt on Sunday evening on Getwell Road.",
        "2019-04-06",
    ),
    (
        "w03",
        "2018-06-04",
        "https://www.capital-times.com/news/violent-weekend/",
        "Violent weekend: 7 shot, 2 killed",
        "It was a violent weekend in Baltimore. The first shooting came Friday night, when a "
        "28-year-old was hit in the back by gunfire on North Avenue. He died at Shock Trauma.\n\n"
        "On Saturday, four people were wounded at a cookout in the 1200 block of Ashburton "
        "Street. On Sunday, another man was killed in East Baltimore.",
        "2018-06-01",
    ),
    (
        "w04",
        "2017-10-09",
        "https://www.lakefront-daily.com/weekend-gunfire/",
        "Weekend gunfire wounds four",
        "Four people were wounded in separate shootings in Milwaukee over the weekend.\n\n"
        "The first happened about 1:30 a.m. Saturday near North 27th Street, where a man, 24, was "
        "shot in the foot.\n\n"
        "A woman was hit late Saturday on West Center Street, and two brothers were wounded "
        "Sunday afternoon.",
        "2017-10-07",
    ),
    (
        "w05",
        "2019-03-04",
        "https://www.eastbay-times.com/news/weekend-roundup/",
        "Weekend roundup: shootings in Oakland and Richmond",
        "A man was shot and killed Sunday morning in East Oakland, the second homicide of the "
        "weekend. Officers found him on International Boulevard around 7 a.m.\n\n"
        "On Friday night a 19-year-old was killed in Richmond on Cutting Boulevard.",
        "2019-03-03",
    ),
    (
        "w06",
        "2019-04-15",
        "https://www.southern-ledger.com/weekend-shootings-jackson/",
        "Weekend shootings: what we know",
        "Here is what we know about the weekend's shootings in Jackson.\n\n"
        "FRIDAY: A man was wounded at a gas station on Robinson Road.\n\n"
        "SATURDAY: Police found a 31-year-old man shot to death inside a car on Lynch Street.\n\n"
        "SUNDAY: Nobody was hurt when shots hit a house on Terry Road.",
        "2019-04-12",
    ),
    (
        "w07",
        "2016-10-03",
        "https://www.hub-city-news.com/weekend-violence-roundup/",
        "At least 9 shot over weekend",
        "At least nine people were shot in Philadelphia from Friday night into Monday morning.\n\n"
        "The most recent shooting was around 12:40 a.m. Monday, when a man was shot in the chest "
        "on Germantown Avenue. He was in critical condition.\n\n"
        "On Saturday night, two teens were hurt on Broad Street.",
        "2016-10-03",
    ),
    (
        "w08",
        "2019-03-18",
        "https://www.heartland-herald.com/news/weekend-crime/",
        "Weekend crime report",
        "Kansas City police worked several violent crimes this weekend. Among them, a woman was "
        "shot in the hip Saturday night near East 35th Street and Prospect Avenue; she was "
        "listed in stable condition. On Sunday, a carjacking was reported at a shopping center.",
        "2019-03-16",
    ),
    (
        "w09",
        "2018-02-05",
        "https://www.desert-sun-news.com/weekend-shootings/",
        "Weekend shootings in Phoenix",
        "Phoenix police are investigating two shootings from the weekend. On Friday night, a man "
        "was hurt in a drive-by near 35th Avenue and Thomas Road. Then on Sunday afternoon a "
        "teenager was killed in a shooting near Cesar Chavez Park.",
        "2018-02-02",
    ),
    (
        "w10",
        "2019-04-01",
        "https://www.peach-state-news.com/weekend-violence-atlanta/",
        "Weekend violence in Atlanta",
        "Atlanta police responded to shootings across the city over the weekend, with the "
        "deadliest coming early Sunday at a nightclub on Peachtree Street where a 25-year-old "
        "man was killed around 2:45 a.m. Friday night a woman was wounded in Southwest Atlanta.",
        "2019-03-31",
    ),
    # --- live-update pages
    (
        "l01",
        "2019-03-05T11:20:00-05:00",
        "https://www.wxyz-news.com/news/live-updates-shooting-detroit/",
        "LIVE UPDATES: Officer shot on Detroit's east side",
        "Updated 11:12 a.m.: Police Chief James Craig will speak at noon.\n\n"
        "Updated 6:12 a.m.: The officer is in stable condition, a spokesman said.\n\n"
        "Original story: A Detroit police officer was shot late Monday during a traffic stop on "
        "Gratiot Avenue, police said. The suspect fled on foot.",
        "2019-03-04",
    ),
    (
        "l02",
        "2019-04-09T15:00:00-04:00",
        "https://www.local-10-news.com/live-blog-mall-shooting/",
        "Live blog: Shooting at Aventura mall",
        "Tue. 2 p.m.: The victim's name has been released.\n\n"
        "Tue. 11 a.m.: Police say the gunman knew the victim.\n\n"
        "Mon. 7:45 p.m.: Shots were fired inside the mall near the food court in Aventura. One "
        "man was wounded and taken to a hospital.",
        "2019-04-08",
    ),
    (
        "l03",
        "2018-06-03T09:30:00-05:00",
        "https://www.kxan-news.com/live-updates-austin-shooting/",
        "Live updates: Three hurt in shooting on Sixth Street",
        "9:25 a.m. Sunday: Police have released a description of a suspect.\n\n"
        "4:10 a.m. Sunday: Officials said all three victims are expected to live.\n\n"
        "2:30 a.m. Sunday: Austin police said three people were shot near Sixth Street and "
        "Red River Street just before 2 a.m. as bars were closing.",
        "2018-06-03",
    ),
    (
        "l04",
        "2017-10-03T10:00:00-07:00",
        "https://www.desert-news-8.com/live-coverage-shooting/",
        "LIVE: What we know about the overnight shooting in Henderson",
        "UPDATE 9:55 a.m.: The man who died has been identified by the coroner.\n\n"
        "UPDATE 7 a.m.: Henderson police said officers were called at 11:48 p.m. Monday to an "
        "apartment on Sunset Road, where a man lay wounded by several bullets.",
        "2017-10-02",
    ),
    (
        "l05",
        "2019-03-10T20:00:00-04:00",
        "https://www.pittsburgh-daily.com/live-updates-standoff/",
        "Live updates: Gunman barricaded in Penn Hills home",
        "8 p.m. — SWAT officers remain outside the house.\n\n"
        "4:30 p.m. — Allegheny County police said a man shot his brother at the home on Frankstown "
        "Road around 1 p.m. and then barricaded himself inside.",
        "2019-03-10",
    ),
    (
        "l06",
        "2016-10-02T13:00:00-04:00",
        "https://www.ch2-news.com/updates-shooting-columbia/",
        "UPDATES: Deputy wounded in Columbia shooting",
        "1 p.m. Sunday: The deputy was released from the hospital.\n\n"
        "10 a.m. Sunday: The sheriff will hold a briefing at 11.\n\n"
        "11:30 p.m. Saturday: A Richland County deputy was shot in the arm while serving a warrant "
        "on Two Notch Road, the sheriff's department said.",
        "2016-10-01",
    ),
    (
        "l07",
        "2019-04-13T08:45:00-05:00",
        "https://www.wgn-like-news.com/live-updates-police-shooting/",
        "Live updates: Man shot by police in Aurora",
        "8:40 a.m.: The Illinois State Police will investigate.\n\n"
        "6:05 a.m.: Aurora police said a man who pointed a gun at officers was shot around 10:30 "
        "last night near Lake Street. He died at a hospital.",
        "2019-04-12",
    ),
    (
        "l08",
        "2018-02-05T12:00:00-06:00",
        "https://www.fox-houston-news.com/live-updates-shooting/",
        "Live updates: Houston shooting leaves 2 dead",
        "Monday, 11:50 a.m.: HPD Chief Art Acevedo is speaking to reporters now.\n\n"
        "Monday, 6:30 a.m.: Two men are dead after a shooting at a home in southwest Houston "
        "overnight. Officers were called to the house on Bissonnet Street around 1:20 a.m.",
        "2018-02-05",
    ),
    (
        "l09",
        "2019-03-19T10:00:00-04:00",
        "https://www.triad-news.com/update-greensboro-shooting/",
        "UPDATE: Suspect in custody after Greensboro shooting",
        "UPDATE (Tuesday 9:50 a.m.): A 20-year-old man has been charged with attempted murder.\n\n"
        "ORIGINAL STORY: A woman was shot Sunday night at an apartment complex on Cone Boulevard "
        "in Greensboro, police said.",
        "2019-03-17",
    ),
    (
        "l10",
        "2017-10-07T07:30:00-04:00",
        "https://www.news-4-jax.com/live-updates-arlington-shooting/",
        "Live updates: Shooting in Arlington",
        "7:25 a.m.: The victim's family is at the scene.\n\n"
        "5 a.m.: Jacksonville Sheriff's Office said a man in his 20s was shot in the head shortly "
        "before midnight on University Boulevard. He was taken to UF Health in critical condition.",
        "2017-10-06",
    ),
    # --- timelines
    (
        "t01",
        "2019-03-07",
        "https://www.times-union-x.com/news/timeline-how-the-shooting-unfolded/",
        "Timeline: How the Albany shooting unfolded",
        "Police released a timeline of Tuesday night's shooting in Albany.\n\n"
        "9:40 p.m. - Officers arrive at Lark Street after calls about shots.\n"
        "9:44 p.m. - A 27-year-old man is found shot in the chest.\n"
        "12:15 a.m. - The suspect is arrested at a home on Clinton Avenue.",
        "2019-03-05",
    ),
    (
        "t02",
        "2019-04-10",
        "https://www.bay-journal.com/timeline-tampa-shooting/",
        "Timeline of the Tampa standoff",
        "Here is how events unfolded, according to the Tampa Police Department:\n\n"
        "Sunday, 10:05 p.m.: A man fires at a neighbor on Nebraska Avenue, wounding him.\n"
        "Sunday, 10:20 p.m.: Officers surround the home.\n"
        "Monday, 3:15 a.m.: The man surrenders to SWAT officers.\n"
        "Tuesday: He is charged with attempted murder.",
        "2019-04-07",
    ),
    (
        "t03",
        "2018-06-08",
        "https://www.desmoines-news.com/timeline-des-moines-shooting/",
        "A timeline of the Des Moines shooting",
        "June 2, 11:32 p.m.: Police are called to a bar on Ingersoll Avenue.\n"
        "June 2, 11:35 p.m.: A man is found dead and a woman wounded.\n"
        "June 4: An arrest is made in Ankeny.\n"
        "June 7: Charges are filed.",
        "2018-06-02",
    ),
    (
        "t04",
        "2017-10-11",
        "https://www.okc-news.com/timeline-shooting/",
        "Timeline: From traffic stop to arrest",
        "Oct. 6, 1:15 a.m. — A trooper pulls over a car on Interstate 35.\n"
        "1:17 a.m. — The driver shoots the trooper in the shoulder and drives away.\n"
        "Oct. 8 — The driver is arrested in Norman.\n"
        "Oct. 10 — He appears in court.",
        "2017-10-06",
    ),
    (
        "t05",
        "2019-03-27",
        "https://www.sacramento-news.com/timeline-of-events/",
        "How Saturday's shooting unfolded",
        "8:58 p.m.: A caller reports a man with a gun at a park on Florin Road.\n"
        "9:03 p.m.: Deputies hear shots and find a teen wounded.\n"
        "9:30 p.m.: The teen is taken to a hospital.\n"
        "Monday: The sheriff's office names a suspect.",
        "2019-03-23",
    ),
    (
        "t06",
        "2016-10-06",
        "https://www.charlotte-ledger.com/timeline/",
        "Timeline of the Charlotte shooting and manhunt",
        "Oct. 1, 11:50 p.m.: Shots ring out in the parking lot of a club on Freedom Drive. One "
        "man dies.\n"
        "Oct. 2, 4 a.m.: Police release a photo of a suspect.\n"
        "Oct. 4: The suspect turns himself in.",
        "2016-10-01",
    ),
    (
        "t07",
        "2019-04-04",
        "https://www.gulf-coast-news.com/timeline-mobile-shooting/",
        "Timeline: Mobile shooting",
        "Monday, April 1\n7:45 p.m. Two men argue outside a store on Dauphin Street.\n"
        "7:50 p.m. One of them shoots the other in the leg.\n\n"
        "Wednesday, April 3\nPolice arrest the shooter at his job.",
        "2019-04-01",
    ),
    (
        "t08",
        "2018-02-07",
        "https://www.tulsa-daily.com/timeline/",
        "What happened, hour by hour",
        "Police say the shooting in Tulsa began with an argument on Friday evening.\n"
        "6:30 p.m. Friday: A fight breaks out at a party on North Peoria Avenue.\n"
        "6:41 p.m. Friday: Two people are shot.\n"
        "Saturday morning: One of the victims dies.",
        "2018-02-02",
    ),
    # --- times after midnight
    (
        "m01",
        "2019-03-04",
        "https://www.wave-news.com/news/louisville-shooting-sunday/",
        "Man shot early Sunday in Louisville",
        "A man was shot about 12:30 a.m. Sunday outside a bar on Bardstown Road in Louisville, "
        "police said. He is expected to survive.",
        "2019-03-03",
    ),
    (
        "m02",
        "2019-03-04",
        "https://www.wave-news.com/news/shot-after-midnight/",
        "Man wounded just after midnight",
        "Louisville Metro police said a man was wounded just after midnight Saturday night on "
        "Dixie Highway. Officers found him in a parking lot with a gunshot wound to the arm.",
        "2019-03-03",
    ),
    (
        "m03",
        "2019-04-08",
        "https://www.kmov-news.com/news/shot-before-midnight/",
        "Woman killed in north St. Louis",
        "A woman was shot and killed shortly before midnight Saturday in the 5500 block of Cote "
        "Brilliante Avenue, St. Louis police said. Homicide detectives are investigating.",
        "2019-04-06",
    ),
    (
        "m04",
        "2018-06-04",
        "https://www.wlky-news.com/article/shooting-after-midnight/",
        "Teen shot in Shively",
        "A 17-year-old was shot a few minutes after midnight Sunday, Shively police said. It "
        "happened near Crums Lane. The teen is in stable condition.",
        "2018-06-03",
    ),
    (
        "m05",
        "2017-10-09",
        "https://www.wdsu-news.com/article/french-quarter-shooting/",
        "Two shot in French Quarter",
        "Two men were shot on Bourbon Street around 1 a.m. Sunday, New Orleans police said. Both "
        "were taken to University Medical Center.",
        "2017-10-08",
    ),
    (
        "m06",
        "2019-03-11T08:00:00-05:00",
        "https://www.kare-news.com/article/minneapolis-shooting/",
        "One dead in north Minneapolis shooting",
        "A man died after he was shot early this morning in north Minneapolis. Police were "
        "called at 2:05 a.m. to the 2600 block of Emerson Avenue North, where they found him.",
        "2019-03-11",
    ),
    (
        "m07",
        "2016-10-03",
        "https://www.nbc-dfw-news.com/news/dallas-club-shooting/",
        "Shooting outside Deep Ellum club",
        "Gunfire erupted outside a club in Deep Ellum at about 2 a.m. Sunday morning as the club "
        "was closing, Dallas police said. One man was killed and another hurt.",
        "2016-10-02",
    ),
    (
        "m08",
        "2019-04-14",
        "https://www.wtae-news.com/article/homestead-shooting/",
        "Man shot in Homestead",
        "A man was shot shortly after midnight in Homestead, Allegheny County police said. The "
        "shooting was reported at 12:10 a.m. on East 8th Avenue. He was taken to a hospital in "
        "stable condition.",
        "2019-04-14",
    ),
    (
        "m09",
        "2018-02-04",
        "https://www.wsmv-news.com/news/nashville-shooting-friday-night/",
        "Man shot Friday night in Antioch",
        "A man was shot late Friday night in Antioch, Metro police said. The gunfire came "
        "at about 12:40 a.m. on Bell Road. The man was taken to Vanderbilt University Medical "
        "Center.",
        "2018-02-03",
    ),
    (
        "m10",
        "2019-03-18",
        "https://www.whec-news.com/rochester-shooting/",
        "Rochester man shot Saturday night",
        "A Rochester man was shot late Saturday night, or about 1:15 a.m. Sunday, on Joseph "
        "Avenue, police said. He was taken to Strong Memorial Hospital.",
        "2019-03-17",
    ),
    (
        "m11",
        "2017-10-02",
        "https://www.ktvu-news.com/news/oakland-shooting/",
        "Oakland man killed",
        "Oakland police said a man was killed at around 12:15 a.m. Saturday on 90th Avenue. "
        "Officers found him on the sidewalk after neighbors heard several shots.",
        "2017-09-30",
    ),
    (
        "m12",
        "2019-04-02",
        "https://www.wjz-news.com/baltimore-shooting/",
        "Man shot in Baltimore",
        "Police said a man, 33, was wounded in the early hours of Monday in the 2000 block of "
        "West Baltimore Street. He walked into a hospital around 3 a.m.",
        "2019-04-01",
    ),
    # --- overnight and last night on morning pages
    (
        "o01",
        "2019-03-09T07:15:00-05:00",
        "https://www.wbns-news.com/article/columbus-overnight-shooting/",
        "Man hurt in overnight shooting",
        "A man was hurt in an overnight shooting on the east side of Columbus. Police said he was "
        "shot in the leg on Livingston Avenue and drove himself to a hospital.",
        "2019-03-09",
    ),
    (
        "o02",
        "2019-03-09T07:15:00-05:00",
        "https://www.wbns-news.com/article/columbus-last-night-shooting/",
        "Teen shot last night in Columbus",
        "A teen was shot last night on Cleveland Avenue in Columbus, police said. He was taken to "
        "Nationwide Children's Hospital.",
        "2019-03-08",
    ),
    (
        "o03",
        "2019-04-06T06:40:00-04:00",
        "https://www.wfla-news.com/news/overnight-tampa/",
        "Deadly overnight shooting in Tampa",
        "Tampa police are looking into a deadly overnight shooting in East Tampa. "
        "Officers were called around 11:30 p.m. to a home on 22nd Street.",
        "2019-04-05",
    ),
    (
        "o04",
        "2018-06-02T08:00:00-04:00",
        "https://www.wcnc-news.com/article/overnight-charlotte/",
        "Overnight shooting in west Charlotte",
        "One person is in the hospital after an overnight shooting in west Charlotte. Medic said "
        "the call came in at about 3 a.m. on Freedom Drive.",
        "2018-06-02",
    ),
    (
        "o05",
        "2017-10-05T09:00:00-05:00",
        "https://www.fox-2-now.com/news/last-night-east-st-louis/",
        "Man killed in East St. Louis",
        "A man was killed last night in East St. Louis, police said. He was found on State Street "
        "with several gunshot wounds. No one is in custody.",
        "2017-10-04",
    ),
    (
        "o06",
        "2019-03-26T06:00:00-04:00",
        "https://www.wsoc-news.com/news/overnight-gastonia/",
        "Gastonia police investigate shooting",
        "Gastonia police are investigating after a man was shot overnight. The man told officers "
        "he was walking on Franklin Boulevard when someone in a car opened fire.",
        "2019-03-26",
    ),
    (
        "o07",
        "2016-10-04",
        "https://www.kcci-news.com/article/des-moines-overnight/",
        "Overnight shooting",
        "DES MOINES, Iowa — Police are investigating a shooting that happened overnight Monday. A "
        "woman was shot in the arm at an apartment on Hickman Road.",
        "2016-10-03",
    ),
    (
        "o08",
        "2019-04-12T07:30:00-05:00",
        "https://www.kwch-news.com/content/news/wichita-last-night/",
        "Woman hurt in Wichita shooting",
        "A woman was hurt in a shooting late last night in south Wichita. Police said she was hit "
        "by a stray bullet while she sat in her living room.",
        "2019-04-11",
    ),
    (
        "o09",
        "2018-02-10T05:45:00-05:00",
        "https://www.wtvd-news.com/durham-shooting-overnight/",
        "Durham man shot overnight",
        "A Durham man was shot early this morning on Fayetteville Street. Police were called "
        "around 1:50 a.m. He was taken to Duke University Hospital.",
        "2018-02-10",
    ),
    (
        "o10",
        "2019-03-23T11:00:00-04:00",
        "https://www.wsb-news.com/news/decatur-shooting-last-night/",
        "DeKalb County police: man shot last night",
        "DeKalb County police said a man was shot around 10 last night at an apartment complex on "
        "Candler Road. He is expected to recover.",
        "2019-03-22",
    ),
    # --- a date in the URL path or a "Posted:" line that differs from the published field
    (
        "p01",
        "2016-10-20",
        "https://www.kktv-news.com/content/news/2016/10/04/springs-shooting/",
        "Man shot in Colorado Springs",
        "Posted: Oct 4, 2016 6:05 AM MDT\n\n"
        "A man was shot last night near Academy Boulevard, Colorado Springs police said. He is "
        "expected to survive.",
        "2016-10-03",
    ),
    (
        "p02",
        "2019-04-20",
        "https://www.the-register-x.com/news/2019/04/07/shooting-on-elm/",
        "Police: man shot on Elm Street",
        "A man was shot Saturday night on Elm Street in Manchester, police said. He was taken to "
        "Elliot Hospital and is expected to recover.",
        "2019-04-06",
    ),
    (
        "p03",
        "2018-07-01",
        "https://www.wkyc-news.com/article/news/crime/shooting/95-2018-06-03/",
        "Woman wounded in Cleveland",
        "Posted: Sun 3:12 PM, Jun 03, 2018\n\n"
        "A woman was wounded in a drive-by shooting this morning on Superior Avenue in "
        "Cleveland, police said.",
        "2018-06-03",
    ),
    (
        "p04",
        "2017-11-15",
        "https://www.wane-news.com/news/fort-wayne-shooting/",
        "Man killed in Fort Wayne",
        "Posted: Oct 8, 2017 / 09:14 AM EDT\n\n"
        "A man died after a shooting overnight on Fort Wayne's south side. Police were called "
        "to Weisser Park Avenue at about 2:30 a.m.",
        "2017-10-08",
    ),
    (
        "p05",
        "2019-05-02",
        "https://www.news-leader-x.com/story/news/crime/2019/03/11/springfield-shooting/",
        "Springfield police investigate shooting",
        "Springfield police are investigating a shooting that injured a man on Sunday. It "
        "happened at about 4 p.m. near Chestnut Expressway.",
        "2019-03-10",
    ),
    (
        "p06",
        "2018-03-01",
        "https://www.wtol-news.com/story/toledo-shooting/",
        "Toledo teen shot",
        "Posted: Feb 04, 2018 11:45 PM EST\nUpdated: Feb 05, 2018 6:02 AM EST\n\n"
        "A Toledo teen was shot tonight on Dorr Street, police said. His injuries are not "
        "life-threatening.",
        "2018-02-04",
    ),
    (
        "p07",
        "2017-12-01",
        "https://www.clarion-x.com/news/2017/10/02/jackson-man-shot/",
        "Jackson man shot in leg",
        "A Jackson man was shot in the leg Sunday afternoon on Bailey Avenue, police said. No "
        "arrests have been made.",
        "2017-10-01",
    ),
    (
        "p08",
        "",
        "https://www.wlox-news.com/story/2019/04/13/biloxi-shooting/",
        "Man shot in Biloxi",
        "Posted: Sat 8:20 AM, Apr 13, 2019\n\n"
        "A man was shot early this morning in east Biloxi, police said. Officers found him on "
        "Division Street shortly after 3 a.m.",
        "2019-04-13",
    ),
    (
        "p09",
        "2019-06-01",
        "https://www.koco-news.com/article/oklahoma-city-shooting/26783412",
        "Oklahoma City man wounded",
        "Posted: 3/21/2019 10:30 PM\n\n"
        "An Oklahoma City man was wounded in a shooting this evening near Northeast 23rd Street, "
        "police said.",
        "2019-03-21",
    ),
    (
        "p10",
        "2016-11-30",
        "https://www.al-news-x.com/news/birmingham/2016/10/shooting_in_ensley.html",
        "Shooting in Ensley leaves man dead",
        "A man was killed Saturday night in Ensley, Birmingham police said. Officers found him in "
        "a yard on Avenue F.",
        "2016-10-01",
    ),
    # --- video captions
    (
        "v01",
        "2019-03-12",
        "https://www.wjxt-news.com/video/shooting-westside/",
        "VIDEO: Man shot on the Westside",
        "Video: Police said a man was shot Monday night on Blanding Boulevard. (Mar. 11)\n\n"
        "Jacksonville Sheriff's Office said the man was taken to a hospital.",
        "2019-03-11",
    ),
    (
        "v02",
        "2019-04-09",
        "https://www.abc-7-news.com/video/shooting-oakland-park/",
        "Video: Neighbors describe Oakland shooting",
        "VIDEO: Neighbors say they heard at least 10 shots on Saturday night.\n\n"
        "A 21-year-old man was killed near San Antonio Park in Oakland, police said.",
        "2019-04-06",
    ),
    (
        "v03",
        "2018-06-05",
        "https://www.ksat-news.com/video/san-antonio-shooting/",
        "WATCH: Police chief speaks about shooting",
        "Watch: Chief William McManus speaks to reporters Monday about the shooting.\n\n"
        "A man was shot and killed Sunday evening on the West Side of San Antonio, police said.",
        "2018-06-03",
    ),
    (
        "v04",
        "2017-10-10",
        "https://www.wbrc-news.com/video/bessemer-shooting/",
        "Video: Bessemer shooting scene",
        "Raw video from the scene in Bessemer on Sunday morning. (Video: WBRC)\n\n"
        "Bessemer police said a woman sitting on her porch was hit in the back by a bullet.",
        "2017-10-08",
    ),
    (
        "v05",
        "2019-03-26",
        "https://www.fox8-news.com/video/akron-shooting/",
        "VIDEO: Akron shooting",
        "Video from Tuesday morning shows police at the scene. Akron police said a man was shot "
        "late Monday night on Copley Road and died at a hospital.",
        "2019-03-25",
    ),
    (
        "v06",
        "2016-10-05",
        "https://www.wsvn-news.com/video/miami-gardens-shooting/",
        "Video: Miami Gardens shooting",
        "Captured on video: Officers at the scene on Tuesday.\n\n"
        "Miami Gardens police said a 15-year-old boy was shot Monday afternoon while he was "
        "walking home from school on Northwest 183rd Street.",
        "2016-10-03",
    ),
    (
        "v07",
        "2018-02-06",
        "https://www.kshb-news.com/video/kc-shooting/",
        "Video: Mother speaks after son's shooting",
        "In the video above, a mother talks on Monday about her son, who was wounded in a "
        "shooting on Saturday in Kansas City, Missouri.",
        "2018-02-03",
    ),
    (
        "v08",
        "2019-04-16",
        "https://www.wcvb-news.com/video/dorchester-shooting/",
        "VIDEO: Scene of Dorchester shooting",
        "Video: SkyFive over the scene Monday afternoon.\n\n"
        "Boston police said a man was shot on Blue Hill Avenue in Dorchester on Monday afternoon. "
        "He was taken to Boston Medical Center.",
        "2019-04-15",
    ),
    # --- the first day word belongs to a press conference or an arrest
    (
        "c01",
        "2019-03-13",
        "https://www.wlwt-news.com/article/cincinnati-arrest/",
        "Man arrested in Cincinnati shooting",
        "Cincinnati police on Tuesday arrested a 23-year-old man in a shooting that wounded two "
        "people on Saturday in Avondale. He was booked into the Hamilton County jail.",
        "2019-03-09",
    ),
    (
        "c02",
        "2019-04-11",
        "https://www.wavy-news.com/news/norfolk-press-conference/",
        "Norfolk police chief talks shooting",
        "At a news conference Wednesday, the police chief said officers are searching for the "
        "gunman who killed a man Sunday night in the Park Place neighborhood of Norfolk.",
        "2019-04-07",
    ),
    (
        "c03",
        "2018-06-06",
        "https://www.local12-news.com/arrest-made/",
        "Arrest made in deadly shooting",
        "Police announced Tuesday that they had arrested a suspect. The shooting happened on "
        "Saturday at an apartment on Vine Street in Cincinnati. A 40-year-old man died.",
        "2018-06-02",
    ),
    (
        "c04",
        "2017-10-12",
        "https://www.wisn-news.com/article/charges-filed/",
        "Charges filed in Milwaukee shooting",
        "Prosecutors on Wednesday charged a Milwaukee man with attempted homicide. According to "
        "the complaint, he shot a man in the stomach during an argument on Oct. 7.",
        "2017-10-07",
    ),
    (
        "c05",
        "2019-03-21",
        "https://www.kens-news.com/article/press-conference/",
        "Chief gives update on officer-involved shooting",
        "San Antonio Police Chief William McManus spoke Thursday at a press conference about the "
        "shooting of a man by officers. The shooting happened Tuesday night on the city's East "
        "Side.",
        "2019-03-19",
    ),
    (
        "c06",
        "2016-10-07",
        "https://www.wreg-news.com/arrest-in-shooting/",
        "Suspect caught",
        "A man wanted in a shooting that left a woman in critical condition was caught Thursday "
        "in Southaven, police said. The woman was shot Monday outside a store on Lamar Avenue in "
        "Memphis.",
        "2016-10-03",
    ),
    (
        "c07",
        "2019-04-03",
        "https://www.wbaltv-news.com/article/baltimore-arrest/",
        "Teen charged",
        "Baltimore police said Tuesday they have charged a 17-year-old. Investigators said he shot "
        "a man in the 1000 block of North Gilmor Street on Friday.",
        "2019-03-29",
    ),
    (
        "c08",
        "2018-02-09",
        "https://www.krqe-news.com/albuquerque-charges/",
        "Man charged in Albuquerque",
        "An Albuquerque man made his first court appearance Thursday. He is accused of shooting "
        "his cousin on Sunday at a home on Central Avenue.",
        "2018-02-04",
    ),
    (
        "c09",
        "2019-03-16",
        "https://www.wkrn-news.com/news/nashville-briefing/",
        "Police: no motive yet",
        "Metro police told reporters Friday they still do not know why a gunman opened fire on "
        "a bus stop in North Nashville. Two people were wounded in the shooting, which happened "
        "Wednesday evening.",
        "2019-03-13",
    ),
    (
        "c10",
        "2017-10-04",
        "https://www.wbtv-news.com/story/arrest-charlotte/",
        "Arrest in shooting",
        "CMPD arrested a man Tuesday morning. Police said he shot a 19-year-old on Sunday night in "
        "the parking lot of a Charlotte apartment complex.",
        "2017-10-01",
    ),
    (
        "c11",
        "2019-04-05",
        "https://www.wpxi-news.com/news/arrest-pittsburgh/",
        "Arrest in Hill District shooting",
        "Pittsburgh police said at a briefing on Thursday that a 25-year-old man was arrested in "
        "the shooting in the Hill District. The victim was shot Tuesday on Centre Avenue.",
        "2019-04-02",
    ),
    (
        "c12",
        "2018-06-07",
        "https://www.wsbt-news.com/news/south-bend-arrest/",
        "Suspect in South Bend shooting arrested",
        "A suspect was taken into custody Wednesday. The shooting, which happened June 1 on "
        "Western Avenue in South Bend, left a man dead.",
        "2018-06-01",
    ),
    # --- two-day events
    (
        "d01",
        "2019-03-10",
        "https://www.wkbw-news.com/news/buffalo-standoff/",
        "Standoff ends with arrest",
        "A standoff that began Friday evening in Buffalo ended Saturday morning when the man "
        "surrendered. Police said he shot at officers from a window on Fillmore Avenue on Friday.",
        "2019-03-08",
    ),
    (
        "d02",
        "2019-04-08",
        "https://www.wxii-news.com/article/winston-salem-standoff/",
        "Hours-long standoff in Winston-Salem",
        "An hours-long standoff that started with a shooting Saturday night ended early Sunday. "
        "Winston-Salem police said a man shot his girlfriend at a home on Peters Creek Parkway "
        "and then refused to come out.",
        "2019-04-06",
    ),
    (
        "d03",
        "2018-06-04",
        "https://www.kptv-news.com/news/portland-standoff/",
        "Man dead after standoff",
        "A man who fired shots at deputies died after a standoff that lasted from Saturday "
        "afternoon into Sunday morning in Gresham, deputies said.",
        "2018-06-02",
    ),
    (
        "d04",
        "2017-10-09",
        "https://www.kcra-news.com/article/stockton-manhunt/",
        "Manhunt ends",
        "A two-day manhunt ended Sunday with the arrest of a man who shot a Stockton police "
        "officer on Friday. The officer is recovering.",
        "2017-10-06",
    ),
    (
        "d05",
        "2019-03-25",
        "https://www.wfaa-news.com/article/fort-worth-standoff/",
        "Fort Worth standoff over",
        "The standoff in Fort Worth lasted more than 12 hours, from Saturday night to Sunday "
        "morning. It began when a man shot a neighbor in the arm.",
        "2019-03-23",
    ),
    (
        "d06",
        "2016-10-03",
        "https://www.kmbc-news.com/article/kc-standoff/",
        "Standoff in Kansas City, Kansas",
        "Police negotiated on Sunday with a man who had shot his brother late Saturday in Kansas "
        "City, Kansas. The man gave up on Sunday afternoon.",
        "2016-10-01",
    ),
    (
        "d07",
        "2019-04-14",
        "https://www.wtkr-news.com/news/chesapeake-barricade/",
        "Barricade situation ends in Chesapeake",
        "A barricade situation in Chesapeake ended Sunday after nearly 20 hours. It started "
        "Saturday when a man fired a shotgun at his wife, wounding her.",
        "2019-04-13",
    ),
    (
        "d08",
        "2018-02-05",
        "https://www.wjbk-news.com/news/detroit-standoff/",
        "Detroit standoff",
        "Detroit police said a man who shot a woman Sunday night barricaded himself in a home "
        "until Monday morning. He was taken into custody at about 6 a.m. Monday.",
        "2018-02-04",
    ),
    # --- more of the same shapes
    (
        "e01",
        "2019-04-02",
        "https://www.county-news-x.com/police-log-march-25-31/",
        "Police log, March 25-31",
        "March 26, 2:14 p.m. — Report of a suspicious man near a school on Ridge Road.\n"
        "March 29, 10:48 p.m. — A 41-year-old man was shot in the shoulder on Water Street in "
        "Fall River. He was taken to Charlton Memorial Hospital.\n"
        "March 31, 9 a.m. — Graffiti was found on a bridge.",
        "2019-03-29",
    ),
    (
        "e02",
        "2018-06-11",
        "https://www.statehouse-journal.com/news/arrest-announced/",
        "Police announce arrest",
        "At a press conference on Friday, Flint police announced the arrest of a 19-year-old in "
        "the killing of a man outside a market on Dort Highway. The man was shot on June 3.",
        "2018-06-03",
    ),
    (
        "e03",
        "2019-03-31T06:50:00-04:00",
        "https://www.wtvr-news.com/richmond-shooting-overnight/",
        "Man shot in South Richmond",
        "6:45 a.m.: Police are still on the scene.\n\n"
        "A man was shot at about 11 p.m. on Hull Street in South Richmond, police said. He was "
        "taken to VCU Medical Center.",
        "2019-03-30",
    ),
    (
        "e04",
        "2017-10-16",
        "https://www.keys-news.com/weekend-police-roundup/",
        "Weekend police roundup",
        "Saturday: A man was shot in the arm during a fight outside a bar on Duval Street in Key "
        "West. Police arrested a 30-year-old.\n\n"
        "Sunday: A tourist reported a stolen bicycle.",
        "2017-10-14",
    ),
    (
        "e05",
        "2019-04-09",
        "https://www.daily-times-x.com/news/standoff-ends/",
        "Standoff ends after 14 hours",
        "A man who shot at deputies on Sunday evening surrendered on Monday morning after a "
        "14-hour standoff at a house near Greenville, the sheriff said.",
        "2019-04-07",
    ),
    (
        "e06",
        "2018-02-12",
        "https://www.wmar-news.com/news/shot-just-after-midnight/",
        "Man shot after midnight",
        "Baltimore County police said a man was shot shortly after midnight on Friday night in "
        "Essex. He was taken to a hospital.",
        "2018-02-10",
    ),
    (
        "e07",
        "2018-06-06",
        "https://www.valley-recorder-x.com/police-logs-june-1-4",
        "Police logs, June 1 to June 4",
        "Northampton, June 1\n\n"
        "8:12 a.m. — A resident of Elm Street said a package was missing from her steps.\n\n"
        "10:05 p.m. — A man came to Cooley Dickinson Hospital with a gunshot wound in his "
        "hand that he said was an accident while cleaning a rifle.\n\n"
        "Saturday, June 2\n\n"
        "2:40 p.m. — Officers helped a driver whose car had stalled on King Street.\n\n"
        "Northampton, June 4\n\n"
        "6:30 p.m. — A caller said someone had been tampering with mailboxes overnight.",
        "2018-06-01",
    ),
]

KNOWN_MISSES = {
    "w07": "a roundup's tally 'shot ... from Friday night into Monday morning' is not read as "
    "a tally (no 'among'), so its first night dates the event",
    "w10": "a roundup that tells the weekend's deadliest shooting first by its clock alone "
    "('early Sunday ... around 2:45 a.m.' read with 'over the weekend'): Friday's is dated",
    "p09": "the 'Posted' line is 72 days before `published`, past POSTED_DAYS",
    "p10": "the address names only the month ('/2016/10/'), not the posting day",
    "v06": "a caption's day of filming ('Officers at the scene on Tuesday') is read as the event's",
}


test_the_shooting_day = day_table_test(ROWS, KNOWN_MISSES)


# --- the anchor: a posting told by the page itself ------------------------------------------


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.com/news/2019/04/07/man-shot/", "2019-04-07"),
        ("https://www.example.com/story/2019-04-07/man-shot", "2019-04-07"),
        ("https://www.example.com/news/2019/04/man-shot.html", None),
        ("https://www.example.com/news/2019/02/30/man-shot/", None),
        (None, None),
    ],
)
def test_the_day_an_address_names(url: str | None, day: str | None) -> None:
    assert url_day(url) == day


@pytest.mark.parametrize(
    ("published", "url", "removed", "day"),
    [
        # an address's day weeks before `published`: the posting
        ("2019-04-20", "https://www.example.com/news/2019/04/07/man-shot/", [], "2019-04-07"),
        # within two days: the same posting on another clock
        ("2019-04-09", "https://www.example.com/news/2019/04/07/man-shot/", [], "2019-04-09"),
        # no `published`: the address's day
        ("", "https://www.example.com/news/2019/04/07/man-shot/", [], "2019-04-07"),
        # a header's "Posted" line before `published`, with no "Updated" line
        (
            "2016-10-20",
            "https://www.example.com/x/",
            ["Posted: Oct 4, 2016 6:05 AM MDT"],
            "2016-10-04",
        ),
        # ... and with an "Updated" line of another day
        (
            "2018-03-01",
            "https://www.example.com/x/",
            ["Posted: Feb 04, 2018 11:45 PM EST", "Updated: Feb 05, 2018 6:02 AM EST"],
            "2018-02-04",
        ),
        # a posting further back than POSTED_DAYS is no posting of this page
        ("2019-06-01", "https://www.example.com/x/", ["Posted: 3/21/2019 10:30 PM"], "2019-06-01"),
    ],
)
def test_a_posting_the_page_tells_anchors_it(
    published: str, url: str, removed: list[str], day: str
) -> None:
    article = Article(id="t", text="A man was shot.", published=published, url=url, removed=removed)
    assert publication_day(article) == dt.date.fromisoformat(day)
