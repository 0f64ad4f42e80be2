"""Invented events (session 27, date31) whose reports disagree on the shooting's day or leave
it out, in shapes the earlier tables (`date_events25`, `test_dates_clocks28`,
`test_rewrite_dates26`) do not hold: a breaking brief with no day stamped at night in UTC, a
next-day story, an arrest story a week later naming the date, a funeral or vigil story, a
court story months later, a "last week" follow-up, a roundup naming several nights, a
correction of a wrong day, an update line, a weekly paper.

Every headline and sentence here is invented (the towns, streets and outlets are real, the
events and people are not). Each event: id, the shooting's true day (local time, as GVA
records it), and its reports, each (publication stamp, address, headline, text).
"""

from __future__ import annotations

from .helpers import Story

Event = tuple[str, str, list[Story]]
"""One event: id, the true day, its reports."""

EVENTS: list[Event] = [
    # a breaking brief with no day, stamped in UTC after midnight, and a next-day story
    (
        "d01",
        "2023-09-08",
        [
            (
                "2023-09-09T03:10:00Z",
                "https://www.kcci.com/article/des-moines-shooting-euclid-avenue/",
                "Police investigating shooting on Euclid Avenue",
                "DES MOINES, Iowa - Police are at the scene of a shooting on Euclid Avenue. "
                "One man was taken to a hospital. This is a developing story.",
            ),
            (
                "2023-09-09T15:00:00Z",
                "https://www.desmoinesregister.com/story/news/crime/2023/09/09/euclid-shooting/",
                "Man wounded in Friday night shooting on Euclid Avenue",
                "A 31-year-old man is recovering after he was shot Friday night on Euclid "
                "Avenue, Des Moines police said Saturday. Officers found him near a gas station "
                "and he was taken to Broadlawns Medical Center.",
            ),
        ],
    ),
    (
        "d02",
        "2023-09-02",
        [
            (
                "2023-09-03",
                "https://www.wral.com/story/raleigh-man-shot-new-bern-avenue/",
                "Man shot on New Bern Avenue",
                "RALEIGH, N.C. - A man was shot Saturday afternoon on New Bern Avenue, Raleigh "
                "police said. He was taken to WakeMed with injuries that were not "
                "life-threatening.",
            ),
            (
                "2023-09-11",
                "https://www.newsobserver.com/news/local/crime/article-new-bern-arrest.html",
                "Raleigh police arrest 22-year-old in New Bern Avenue shooting",
                "Raleigh police on Monday arrested a 22-year-old man in the Sept. 2 shooting on "
                "New Bern Avenue that wounded a man outside a convenience store. He is charged "
                "with assault with a deadly weapon with intent to kill.",
            ),
        ],
    ),
    # a funeral story with the date, a first report, and a day-after story
    (
        "d03",
        "2023-09-09",
        [
            (
                "2023-09-10",
                "https://www.wsbtv.com/news/local/atlanta/man-killed-cascade-road/",
                "Man killed on Cascade Road",
                "ATLANTA - A man was shot and killed Saturday evening on Cascade Road in "
                "southwest Atlanta, police said. Investigators have not named a suspect.",
            ),
            (
                "2023-09-17",
                "https://www.ajc.com/news/crime/funeral-cascade-road-victim/",
                "Mourners say goodbye to father killed on Cascade Road",
                "Hundreds filled a church in southwest Atlanta on Saturday for the funeral of "
                "Andre Meeks, 36, who was shot and killed Sept. 9 on Cascade Road. His pastor "
                "asked the crowd to help police find the gunman.",
            ),
        ],
    ),
    # a vigil story days later: its own day is the vigil's
    (
        "d04",
        "2023-09-16",
        [
            (
                "2023-09-17",
                "https://www.fox19.com/2023/09/17/teen-killed-price-hill/",
                "Teen killed in Price Hill shooting",
                "CINCINNATI - A boy, 16, died after gunfire Saturday night in East "
                "Price Hill, Cincinnati police said. Officers found him on Warsaw Avenue.",
            ),
            (
                "2023-09-20",
                "https://www.wcpo.com/news/local-news/vigil-price-hill-teen/",
                "Vigil held for Price Hill teen",
                "Friends released balloons Tuesday night at a vigil on Warsaw Avenue for a "
                "16-year-old who was killed there over the weekend. Police have made no arrest.",
            ),
        ],
    ),
    # a court story months later naming the date, beside a first report by weekday
    (
        "d05",
        "2023-10-14",
        [
            (
                "2023-10-15",
                "https://www.kmov.com/2023/10/15/man-killed-north-st-louis/",
                "Man killed in north St. Louis",
                "ST. LOUIS - A man was shot and killed Saturday night in the 4400 block of "
                "Natural Bridge Avenue, St. Louis police said.",
            ),
            (
                "2024-02-06",
                "https://www.stltoday.com/news/local/crime-and-courts/natural-bridge-plea/",
                "Man pleads guilty in Natural Bridge Avenue killing",
                "A 24-year-old man pleaded guilty Monday to second-degree murder in the Oct. "
                "14 shooting death of a man on Natural Bridge Avenue. Sentencing is set for "
                "March.",
            ),
        ],
    ),
    # a "last week" follow-up beside a first report with a weekday
    (
        "d06",
        "2023-09-21",
        [
            (
                "2023-09-22",
                "https://www.wect.com/2023/09/22/wilmington-shooting-dawson-street/",
                "Man shot on Dawson Street",
                "WILMINGTON, N.C. - A man was shot Thursday on Dawson Street, Wilmington police "
                "said. He was taken to Novant Health New Hanover Regional Medical Center.",
            ),
            (
                "2023-09-28",
                "https://www.starnewsonline.com/story/news/crime/dawson-street-shooting-update/",
                "Police release video in Dawson Street shooting",
                "Wilmington police on Wednesday released video of a car they believe was "
                "involved in a shooting last week on Dawson Street that wounded a man.",
            ),
        ],
    ),
    # two briefs say "tonight" and are stamped in UTC after midnight; one story says Friday night
    (
        "d07",
        "2023-10-06",
        [
            (
                "2023-10-07T03:15:00Z",
                "https://www.wbrc.com/2023/10/07/birmingham-shooting-tonight/",
                "One hurt in Birmingham shooting",
                "BIRMINGHAM, Ala. - A man was shot tonight in the Ensley neighborhood, "
                "Birmingham police said. He is expected to pull through.",
            ),
            (
                "2023-10-07T03:40:00Z",
                "https://www.cbs42.com/news/local/ensley-shooting/",
                "Man wounded in Ensley",
                "Birmingham police are investigating a shooting tonight in Ensley that left a "
                "man wounded.",
            ),
            (
                "2023-10-07T16:00:00Z",
                "https://www.al.com/news/birmingham/2023/10/ensley-shooting.html",
                "Man shot Friday night in Ensley",
                "A man was shot Friday night on Avenue F in Ensley, Birmingham police said. He "
                "was taken to UAB Hospital.",
            ),
        ],
    ),
    # a weekend roundup naming several nights, and the incident's own report
    (
        "d08",
        "2023-10-21",
        [
            (
                "2023-10-22",
                "https://www.wtol.com/article/news/crime/toledo-shooting-lagrange/",
                "Woman shot on Lagrange Street",
                "TOLEDO, Ohio - A woman was shot Saturday night on Lagrange Street, Toledo "
                "police said. She was taken to St. Vincent Medical Center.",
            ),
            (
                "2023-10-23",
                "https://www.toledoblade.com/local/police-fire/2023/10/23/weekend-shootings/",
                "Three hurt in weekend shootings in Toledo",
                "Three people were wounded in separate shootings in Toledo over the weekend. "
                "A man was shot Friday night on Dorr Street. A woman was shot Saturday night on "
                "Lagrange Street. A teenager was hurt early Sunday on Bancroft Street.",
            ),
        ],
    ),
    # a correction of a wrong day, beside a report of the right one
    (
        "d09",
        "2023-10-12",
        [
            (
                "2023-10-13",
                "https://www.wlky.com/article/louisville-shooting-algonquin/",
                "Man shot near Algonquin Park",
                "LOUISVILLE, Ky. - A man was shot Thursday night near Algonquin Park, Louisville "
                "Metro police said. He is expected to survive.",
            ),
            (
                "2023-10-14",
                "https://www.courier-journal.com/story/news/crime/algonquin-shooting/",
                "Man wounded near Algonquin Park",
                "A man was wounded in a shooting near Algonquin Park on Thursday, police said. "
                "Correction: An earlier version of this story said the shooting happened "
                "Friday.",
            ),
        ],
    ),
    # an update line with the next morning's day
    (
        "d10",
        "2023-10-28",
        [
            (
                "2023-10-29",
                "https://www.kens5.com/article/news/crime/san-antonio-shooting-west-side/",
                "Man dies after west side shooting",
                "SAN ANTONIO - Update, 6:10 a.m. Sunday: The man has died, police said. A man "
                "was shot Saturday night on Guadalupe Street on the city's West Side. Police "
                "said he was shot during an argument.",
            ),
            (
                "2023-10-29",
                "https://www.ksat.com/news/local/2023/10/29/guadalupe-street-shooting/",
                "Man killed on Guadalupe Street",
                "San Antonio police said a man was fatally shot on Guadalupe Street on the West "
                "Side. Officers arrived shortly before 10 p.m. and found him in the street.",
            ),
        ],
    ),
    # a weekly paper a few days later, "last Friday"
    (
        "d11",
        "2023-11-03",
        [
            (
                "2023-11-08",
                "https://www.thelakewoodtimes.com/news/shooting-on-madison-avenue/",
                "Man wounded on Madison Avenue",
                "LAKEWOOD, Ohio - A man was shot last Friday on Madison Avenue, Lakewood police "
                "said. He was treated at a hospital and released. Police said the shooting "
                "followed a dispute between neighbors.",
            ),
            (
                "2023-11-04",
                "https://www.cleveland.com/crime/2023/11/lakewood-madison-shooting.html",
                "Man shot in Lakewood",
                "A man was shot Friday evening on Madison Avenue in Lakewood, police said.",
            ),
        ],
    ),
    # a funeral story telling only the funeral's day and "last week"
    (
        "d12",
        "2023-11-05",
        [
            (
                "2023-11-06",
                "https://www.wtvr.com/news/local-news/richmond-shooting-hull-street/",
                "Man killed on Hull Street",
                "RICHMOND, Va. - A man was shot and killed Sunday on Hull Street, Richmond police "
                "said. Officers found him in a parking lot just after 3 p.m.",
            ),
            (
                "2023-11-12",
                "https://www.richmond.com/news/local/crime/hull-street-funeral/",
                "Family buries Hull Street shooting victim",
                "Relatives of Jerome Tate, 42, laid him to rest Saturday, a week after he was "
                "killed in a shooting on Hull Street. His sister said he was on his way to work.",
            ),
            (
                "2023-11-10",
                "https://www.nbc12.com/2023/11/10/vigil-hull-street/",
                "Candlelight vigil for man killed on Hull Street",
                "Dozens gathered Thursday night for a candlelight vigil for Jerome Tate, who was "
                "shot to death on Hull Street last weekend.",
            ),
        ],
    ),
    # two outlets' weekend roundups that lead with another night's shooting
    (
        "d13",
        "2023-11-11",
        [
            (
                "2023-11-12",
                "https://www.wfaa.com/article/news/crime/dallas-shooting-ledbetter/",
                "Man wounded on Ledbetter Drive",
                "DALLAS - A man was shot Saturday night on Ledbetter Drive in southern Dallas, "
                "police said. He was listed in stable condition.",
            ),
            (
                "2023-11-13",
                "https://www.dallasnews.com/news/crime/2023/11/13/weekend-shootings-dallas/",
                "Four shot in weekend violence across Dallas",
                "Four people were shot in separate shootings in Dallas over the weekend. The "
                "first happened Friday night on Lake June Road, where a teen was hurt. On "
                "Saturday night, a man was wounded on Ledbetter Drive. Two more people were shot "
                "early Sunday in Deep Ellum.",
            ),
            (
                "2023-11-13",
                "https://www.fox4news.com/news/dallas-weekend-shootings-roundup",
                "Dallas police investigate several weekend shootings",
                "Dallas police investigated several shootings over the weekend. A teenager was "
                "shot Friday night on Lake June Road. A man was shot on Ledbetter Drive on "
                "Saturday night, and two people were hurt early Sunday in Deep Ellum.",
            ),
        ],
    ),
    # a court story months later naming the date without a year
    (
        "d14",
        "2023-11-18",
        [
            (
                "2023-11-19",
                "https://www.wsmv.com/2023/11/19/nashville-shooting-dickerson-pike/",
                "Man shot on Dickerson Pike",
                "NASHVILLE, Tenn. - A man was shot Saturday on Dickerson Pike, Metro Nashville "
                "police said. He was taken to Vanderbilt University Medical Center.",
            ),
            (
                "2024-02-21",
                "https://www.tennessean.com/story/news/crime/2024/02/21/dickerson-pike-trial/",
                "Trial date set in Dickerson Pike shooting",
                "A judge on Tuesday set a June trial date for a 27-year-old man charged in the "
                "Nov. 18 shooting on Dickerson Pike. The victim testified at an earlier hearing "
                "that he did not know the gunman.",
            ),
            (
                "2024-01-09",
                "https://www.newschannel5.com/news/dickerson-pike-arrest",
                "Arrest made in November shooting on Dickerson Pike",
                "Metro police on Monday arrested a man wanted in a November shooting on "
                "Dickerson Pike. He was booked into the Davidson County jail.",
            ),
        ],
    ),
    # a correction: the first story's weekday was wrong; a TV brief repeats the wrong one
    (
        "d15",
        "2023-11-25",
        [
            (
                "2023-11-26",
                "https://www.wyff4.com/article/greenville-shooting-laurens-road/",
                "Man shot on Laurens Road",
                "GREENVILLE, S.C. - A man was shot Friday night on Laurens Road, Greenville "
                "police said.",
            ),
            (
                "2023-11-27",
                "https://www.greenvilleonline.com/story/news/crime/laurens-road-shooting/",
                "Man wounded in Laurens Road shooting",
                "A man was wounded in a shooting Saturday night on Laurens Road, Greenville "
                "police said. He was taken to Prisma Health Greenville Memorial Hospital. "
                "Correction: An earlier version of this story gave the wrong day of the "
                "shooting. It happened Saturday night, not Friday.",
            ),
        ],
    ),
    # an update line at the top with the next morning's day, no day for the shooting besides
    (
        "d16",
        "2023-09-23",
        [
            (
                "2023-09-24",
                "https://www.wmar2news.com/news/local-news/baltimore-shooting-north-avenue/",
                "Man dies after North Avenue shooting",
                "UPDATE, Sunday 9 a.m.: Police said the man died at Shock Trauma early Sunday. "
                "BALTIMORE - A man was shot on North Avenue on Saturday evening, Baltimore "
                "police said.",
            ),
            (
                "2023-09-24",
                "https://www.wbaltv.com/article/north-avenue-shooting-baltimore/",
                "North Avenue shooting turns deadly",
                "A man who was shot on North Avenue has died, Baltimore police said Sunday "
                "morning.",
            ),
        ],
    ),
    # a weekly paper with a date and a weekday, a week later, beside a brief with no day
    (
        "d17",
        "2023-09-29",
        [
            (
                "2023-09-30T02:45:00Z",
                "https://www.wndu.com/2023/09/30/elkhart-shooting/",
                "Police respond to shooting in Elkhart",
                "ELKHART, Ind. - Police are investigating a shooting near Main Street and "
                "Indiana Avenue. One person was hurt.",
            ),
            (
                "2023-10-05",
                "https://www.elkharttruth.com/news/police-investigating-main-street-shooting/",
                "Police still looking for Main Street gunman",
                "Elkhart police are still looking for the gunman who wounded a man on Friday, "
                "Sept. 29, near Main Street and Indiana Avenue.",
            ),
        ],
    ),
    # an arrest story a week later whose own weekday is the arrest's, beside "early Sunday"
    (
        "d18",
        "2023-10-01",
        [
            (
                "2023-10-01",
                "https://www.kare11.com/article/news/crime/minneapolis-shooting-lake-street/",
                "Man shot on Lake Street",
                "MINNEAPOLIS - A man was shot early Sunday on East Lake Street, Minneapolis "
                "police said. He was taken to HCMC.",
            ),
            (
                "2023-10-09",
                "https://www.startribune.com/lake-street-shooting-arrest/",
                "Man arrested in Lake Street shooting",
                "Minneapolis police arrested a 30-year-old man on Friday in the Oct. 1 shooting "
                "on East Lake Street. He was booked into the Hennepin County jail.",
            ),
            (
                "2023-10-07",
                "https://www.fox9.com/news/lake-street-shooting-arrest-minneapolis",
                "Arrest in East Lake Street shooting",
                "Police arrested a man Friday in connection with a shooting on East Lake Street "
                "last weekend.",
            ),
        ],
    ),
    # a story the day after says "yesterday"; a UTC-stamped brief says "this evening"
    (
        "d19",
        "2023-10-10",
        [
            (
                "2023-10-11T01:20:00Z",
                "https://www.wisn.com/article/milwaukee-shooting-fond-du-lac/",
                "Man shot on Fond du Lac Avenue",
                "MILWAUKEE - A man was shot this evening on Fond du Lac Avenue, Milwaukee police "
                "said. He is expected to survive.",
            ),
            (
                "2023-10-11",
                "https://www.jsonline.com/story/news/crime/2023/10/11/fond-du-lac-shooting/",
                "Police seek shooter on Fond du Lac Avenue",
                "A man was wounded yesterday in a shooting on Fond du Lac Avenue, Milwaukee "
                "police said. No arrests have been made.",
            ),
        ],
    ),
    # a death a week later, its story naming neither the shooting's day nor date
    (
        "d20",
        "2023-10-20",
        [
            (
                "2023-10-21",
                "https://www.kfor.com/news/local/okc-shooting-nw-23rd/",
                "Man critically hurt on NW 23rd Street",
                "OKLAHOMA CITY - A man was critically wounded in a shooting Friday night on NW "
                "23rd Street, Oklahoma City police said.",
            ),
            (
                "2023-10-28",
                "https://www.oklahoman.com/story/news/crime/nw-23rd-homicide/",
                "Man shot on NW 23rd Street has died",
                "A man who was shot on NW 23rd Street last week died Thursday at OU Health, "
                "police said. The case is now a homicide.",
            ),
            (
                "2023-10-27",
                "https://www.koco.com/article/okc-nw-23rd-victim-dies/",
                "Police: NW 23rd shooting victim dies",
                "Police said Friday that the man shot on NW 23rd Street died Thursday.",
            ),
        ],
    ),
    # a brief stamped at night with an offset, "just before 10 p.m.", and a next-day story
    (
        "d21",
        "2023-11-16",
        [
            (
                "2023-11-16T23:05:00-06:00",
                "https://www.wbir.com/article/news/crime/knoxville-shooting-western-avenue/",
                "One hurt in Western Avenue shooting",
                "KNOXVILLE, Tenn. - One person was hurt in a shooting on Western Avenue just "
                "before 10 p.m., Knoxville police said. Officers are still at the scene.",
            ),
            (
                "2023-11-17",
                "https://www.knoxnews.com/story/news/crime/2023/11/17/western-avenue-shooting/",
                "Man recovering after Thursday night shooting",
                "A man shot Thursday night on Western Avenue is expected to recover, Knoxville "
                "police said Friday.",
            ),
        ],
    ),
    # a story two days later with "Saturday's shooting" and a roundup a week later
    (
        "d22",
        "2023-09-16",
        [
            (
                "2023-09-18",
                "https://www.wdrb.com/news/crime-reports/police-name-victim-shively/",
                "Police name victim of Saturday's shooting in Shively",
                "SHIVELY, Ky. - Police on Monday named the man killed in Saturday's shooting on "
                "Dixie Highway as Curtis Grant, 28.",
            ),
            (
                "2023-09-25",
                "https://www.whas11.com/article/news/crime/louisville-homicides-september/",
                "Louisville area sees spate of killings in September",
                "At least six people were killed in shootings in the Louisville area in the past "
                "two weeks. Curtis Grant, 28, was killed Sept. 16 on Dixie Highway in Shively. "
                "Two men were killed Sept. 20 in the Russell neighborhood.",
            ),
        ],
    ),
    # an arrest story whose weekday is the arrest's and whose shooting is "Oct. 7"
    (
        "d23",
        "2023-10-07",
        [
            (
                "2023-10-12",
                "https://www.wbtv.com/2023/10/12/arrest-beatties-ford-shooting/",
                "Teen arrested in Beatties Ford Road shooting",
                "CHARLOTTE, N.C. - A 17-year-old was arrested Wednesday and charged with "
                "attempted murder in the Oct. 7 shooting of a man on Beatties Ford Road, "
                "Charlotte-Mecklenburg police said.",
            ),
            (
                "2023-10-12",
                "https://www.wsoctv.com/news/local/teen-charged-beatties-ford/",
                "Teen charged in Beatties Ford Road shooting",
                "Police arrested a teenager Wednesday in connection with a shooting on Beatties "
                "Ford Road. The victim was hurt but survived.",
            ),
        ],
    ),
    # a sentencing story a year later, beside the first report
    (
        "d24",
        "2023-01-21",
        [
            (
                "2023-01-22",
                "https://www.kake.com/story/wichita-shooting-broadway/",
                "Man shot on South Broadway",
                "WICHITA, Kan. - A man was shot Saturday on South Broadway, Wichita police said. "
                "He was taken to a hospital in serious condition.",
            ),
            (
                "2024-01-26",
                "https://www.kansas.com/news/local/crime/broadway-sentencing/",
                "Man sentenced for South Broadway shooting",
                "A man was sentenced Thursday to 12 years in prison for shooting another man on "
                "South Broadway on Jan. 21, 2023. A jury convicted him in November.",
            ),
        ],
    ),
    # two TV briefs of "early Saturday" and a paper's story with "about 1:15 a.m. Saturday"
    (
        "d25",
        "2023-09-30",
        [
            (
                "2023-09-30",
                "https://www.kwch.com/2023/09/30/man-shot-early-saturday/",
                "Man shot early Saturday in east Wichita",
                "WICHITA, Kan. - A man was shot early Saturday near Kellogg and Oliver, police "
                "said.",
            ),
            (
                "2023-10-01",
                "https://www.kansas.com/news/local/crime/kellogg-oliver-shooting/",
                "Police: man shot near Kellogg and Oliver",
                "Officers were called at about 1:15 a.m. Saturday to a parking lot near Kellogg "
                "and Oliver, where a man lay wounded in the leg, police said.",
            ),
        ],
    ),
    # a follow-up published nine days later, "the shooting Saturday", beside the first report
    (
        "d26",
        "2023-10-14",
        [
            (
                "2023-10-15",
                "https://www.13wmaz.com/article/news/crime/macon-shooting-pio-nono/",
                "Man shot on Pio Nono Avenue",
                "MACON, Ga. - A man was shot Saturday on Pio Nono Avenue, the Bibb County "
                "Sheriff's Office said.",
            ),
            (
                "2023-10-23",
                "https://www.macon.com/news/local/crime/pio-nono-shooting-arrest/",
                "Deputies arrest suspect in Pio Nono shooting",
                "Bibb County deputies on Sunday arrested a man they say shot another man on Pio "
                "Nono Avenue on Oct. 14.",
            ),
            (
                "2023-10-23",
                "https://www.41nbc.com/pio-nono-arrest/",
                "Arrest in Pio Nono Avenue shooting",
                "Deputies arrested a suspect Sunday in the shooting on Pio Nono Avenue earlier "
                "this month.",
            ),
        ],
    ),
    # the victim died the next week; the death's story gives only the death's day and "Oct. 27"
    (
        "d27",
        "2023-10-27",
        [
            (
                "2023-10-28",
                "https://www.wsaz.com/2023/10/28/huntington-shooting/",
                "Man hurt in Huntington shooting",
                "HUNTINGTON, W.Va. - A man was shot Friday night on 8th Avenue, Huntington "
                "police said. A helicopter took him to a trauma center.",
            ),
            (
                "2023-11-03",
                "https://www.herald-dispatch.com/news/8th-avenue-victim-dies/",
                "Man shot on 8th Avenue dies",
                "A man who was shot Oct. 27 on 8th Avenue died Thursday, Huntington police said.",
            ),
            (
                "2023-11-03",
                "https://www.wowktv.com/news/huntington-victim-dies/",
                "Huntington shooting victim dies",
                "Police said Friday that a man shot on 8th Avenue last week has died. He died "
                "Thursday at the hospital.",
            ),
        ],
    ),
    # a brief with "today" stamped after midnight UTC and "Wednesday afternoon" the next day
    (
        "d28",
        "2023-11-29",
        [
            (
                "2023-11-30T01:30:00Z",
                "https://www.wfla.com/news/tampa/tampa-shooting-nebraska-avenue/",
                "Man shot in Tampa",
                "TAMPA, Fla. - A man was shot today on Nebraska Avenue, Tampa police said. He is "
                "in stable condition.",
            ),
            (
                "2023-11-30T12:00:00Z",
                "https://www.tampabay.com/news/crime/2023/11/30/nebraska-avenue-shooting/",
                "Man shot Wednesday afternoon on Nebraska Avenue",
                "A man was wounded Wednesday afternoon in a shooting on Nebraska Avenue, police "
                "said.",
            ),
        ],
    ),
    # a roundup of a violent weekend whose first night is this event's, beside another roundup
    (
        "d29",
        "2023-09-08",
        [
            (
                "2023-09-09",
                "https://www.wreg.com/news/memphis-shooting-elvis-presley/",
                "Man shot on Elvis Presley Boulevard",
                "MEMPHIS, Tenn. - A man was shot Friday night on Elvis Presley Boulevard, "
                "Memphis police said.",
            ),
            (
                "2023-09-11",
                "https://www.commercialappeal.com/story/news/crime/weekend-shootings/",
                "Five shot in weekend shootings in Memphis",
                "Five people were shot in separate shootings across Memphis over the weekend. A "
                "man was shot Friday night on Elvis Presley Boulevard. Two were shot Saturday "
                "on Jackson Avenue, and two more Sunday in Frayser.",
            ),
        ],
    ),
    # a roundup naming three nights; the event is the last night's
    (
        "d30",
        "2023-10-29",
        [
            (
                "2023-10-29",
                "https://www.wthr.com/article/news/crime/indianapolis-shooting-38th-street/",
                "Woman shot on 38th Street",
                "INDIANAPOLIS - A woman was shot early Sunday on East 38th Street, IMPD said.",
            ),
            (
                "2023-10-30",
                "https://www.indystar.com/story/news/crime/2023/10/30/weekend-violence/",
                "Weekend violence: six shot across Indianapolis",
                "Six people were shot in separate shootings across Indianapolis this weekend. "
                "Two men were hurt Friday night on the near east side. A teen was shot Saturday "
                "evening on the west side. A woman was shot early Sunday on East 38th Street.",
            ),
            (
                "2023-10-30",
                "https://www.fox59.com/news/indy-weekend-shootings/",
                "IMPD investigates several weekend shootings",
                "IMPD investigated several shootings across the city over the weekend, starting "
                "with two men hurt Friday night. A woman was shot early Sunday on East 38th "
                "Street.",
            ),
        ],
    ),
    # a holiday named as the day, and a story the next morning
    (
        "d31",
        "2023-11-23",
        [
            (
                "2023-11-24",
                "https://www.wpxi.com/news/local/thanksgiving-night-shooting-hill-district/",
                "Man shot Thanksgiving night in the Hill District",
                "PITTSBURGH - A man was shot on Thanksgiving night on Centre Avenue in the Hill "
                "District, Pittsburgh police said.",
            ),
            (
                "2023-11-25",
                "https://www.post-gazette.com/news/crime-courts/2023/11/25/centre-avenue/",
                "Police look for gunman in Centre Avenue shooting",
                "Pittsburgh police are looking for the person who shot a man on Centre Avenue "
                "on Thursday. The man remained in the hospital on Friday.",
            ),
        ],
    ),
    (
        "d32",
        "2023-10-31",
        [
            (
                "2023-11-01",
                "https://www.wgal.com/article/lancaster-halloween-shooting/",
                "Teen shot on Halloween in Lancaster",
                "LANCASTER, Pa. - A 15-year-old was shot on Halloween night on South Duke "
                "Street, Lancaster police said. He is in stable condition.",
            ),
            (
                "2023-11-02",
                "https://lancasteronline.com/news/local/south-duke-street-shooting/",
                "Police release details of South Duke Street shooting",
                "Police on Thursday said the teen shot Tuesday on South Duke Street had been "
                "trick-or-treating with friends.",
            ),
        ],
    ),
    # a correction whose wrong day is earlier than the right one, beside an uncorrected copy
    (
        "d33",
        "2024-01-13",
        [
            (
                "2024-01-14",
                "https://www.kmbc.com/article/kansas-city-shooting-troost/",
                "Man wounded on Troost Avenue",
                "KANSAS CITY, Mo. - A man was wounded in a shooting Friday on Troost Avenue, "
                "Kansas City police said.",
            ),
            (
                "2024-01-15",
                "https://www.kansascity.com/news/local/crime/troost-avenue-shooting/",
                "Man shot on Troost Avenue",
                "A man was shot Saturday afternoon on Troost Avenue, Kansas City police said. He "
                "was treated at a hospital. An earlier version of this story incorrectly said "
                "the shooting happened Friday.",
            ),
        ],
    ),
    # a "two weeks ago" follow-up and a weekly paper with the date
    (
        "d34",
        "2024-01-06",
        [
            (
                "2024-01-07",
                "https://www.wwltv.com/article/news/crime/gentilly-shooting/",
                "Man shot in Gentilly",
                "NEW ORLEANS - A man was shot Saturday night in Gentilly, New Orleans police said.",
            ),
            (
                "2024-01-19",
                "https://www.nola.com/news/crime_police/gentilly-shooting-suspect/",
                "Police name suspect in Gentilly shooting",
                "New Orleans police named a suspect Thursday in a shooting two weeks ago in "
                "Gentilly that wounded a man.",
            ),
            (
                "2024-01-11",
                "https://www.gentillymessenger.com/news/police-beat/",
                "Police beat: Gentilly shooting",
                "A man was shot on Saturday, Jan. 6, in the 4500 block of Elysian Fields "
                "Avenue, according to police.",
            ),
        ],
    ),
    # "Saturday" in a story stamped Sunday just after midnight local
    (
        "d35",
        "2024-01-20",
        [
            (
                "2024-01-21T00:30:00-05:00",
                "https://www.wlos.com/news/local/asheville-shooting-haywood-road/",
                "Man shot on Haywood Road",
                "ASHEVILLE, N.C. - A man was shot this evening on Haywood Road in West "
                "Asheville, police said.",
            ),
            (
                "2024-01-21",
                "https://www.citizen-times.com/story/news/local/haywood-road-shooting/",
                "Man hurt in West Asheville shooting",
                "A man was hurt in a shooting Saturday evening on Haywood Road, Asheville police "
                "said.",
            ),
        ],
    ),
    # the victim named days later with "last weekend", beside a first report with the day
    (
        "d36",
        "2024-01-27",
        [
            (
                "2024-01-28",
                "https://www.wsfa.com/2024/01/28/montgomery-shooting-atlanta-highway/",
                "Man killed on Atlanta Highway",
                "MONTGOMERY, Ala. - A man was shot and killed Saturday on Atlanta Highway, "
                "Montgomery police said.",
            ),
            (
                "2024-02-01",
                "https://www.montgomeryadvertiser.com/story/news/crime/atlanta-highway-victim/",
                "Police name man killed on Atlanta Highway",
                "Police on Wednesday named the man killed last weekend on Atlanta Highway as "
                "Reggie Banks, 37.",
            ),
            (
                "2024-01-31",
                "https://www.wsfa.com/2024/01/31/atlanta-highway-victim-named/",
                "Atlanta Highway victim named",
                "The man shot to death on Atlanta Highway over the weekend was Reggie Banks, 37, "
                "police said Tuesday.",
            ),
        ],
    ),
    # a story about charges with the charge's day, then a day a week later, beside the brief
    (
        "d37",
        "2024-02-03",
        [
            (
                "2024-02-04T04:10:00Z",
                "https://www.kvue.com/article/news/crime/austin-shooting-riverside/",
                "Austin police investigating shooting on Riverside Drive",
                "AUSTIN, Texas - Austin police are investigating a shooting on East Riverside "
                "Drive. A man was taken to Dell Seton Medical Center.",
            ),
            (
                "2024-02-09",
                "https://www.statesman.com/story/news/crime/riverside-shooting-charges/",
                "Man charged in Riverside Drive shooting",
                "A 19-year-old was charged Thursday with aggravated assault in a shooting on "
                "East Riverside Drive on Saturday night. The victim is recovering.",
            ),
            (
                "2024-02-09",
                "https://www.kxan.com/news/crime/riverside-drive-charges/",
                "Teen charged in East Riverside shooting",
                "Police charged a 19-year-old on Thursday in a Feb. 3 shooting on East "
                "Riverside Drive.",
            ),
        ],
    ),
    # the day of the shooting only in a timeline paragraph of a court story
    (
        "d38",
        "2023-09-15",
        [
            (
                "2023-09-16",
                "https://www.wtoc.com/2023/09/16/savannah-shooting-bay-street/",
                "Man shot on Bay Street",
                "SAVANNAH, Ga. - A man was shot on West Bay Street, Savannah police said. He was "
                "taken to Memorial Health.",
            ),
            (
                "2023-12-05",
                "https://www.savannahnow.com/story/news/crime/bay-street-hearing/",
                "Judge denies bond in Bay Street shooting",
                "A judge on Monday denied bond for a man charged in a shooting on West Bay "
                "Street. Prosecutors said he fired at the victim outside a bar on Sept. 15 "
                "after an argument.",
            ),
        ],
    ),
    # a brief of "Sunday evening" and a next-day story that says "yesterday"
    (
        "d39",
        "2024-02-11",
        [
            (
                "2024-02-11",
                "https://www.kolotv.com/2024/02/11/reno-shooting/",
                "One hurt in Reno shooting",
                "RENO, Nev. - One person was hurt in a shooting Sunday evening near Wells "
                "Avenue, Reno police said.",
            ),
            (
                "2024-02-12",
                "https://www.rgj.com/story/news/crime/2024/02/12/wells-avenue-shooting/",
                "Police seek gunman in Wells Avenue shooting",
                "Reno police said a man was hurt yesterday in a shooting near Wells Avenue. "
                "Officers have not made an arrest.",
            ),
            (
                "2024-02-12",
                "https://www.ktvn.com/news/wells-avenue-shooting/",
                "Man wounded near Wells Avenue",
                "A man was shot near Wells Avenue on Sunday. Police asked witnesses to call.",
            ),
        ],
    ),
    # a roundup of "overnight" shootings published the next morning, and the incident's report
    (
        "d40",
        "2024-02-17",
        [
            (
                "2024-02-18",
                "https://www.wpri.com/news/local-news/providence-overnight-shootings/",
                "Two shot in separate Providence shootings overnight",
                "PROVIDENCE, R.I. - Two people were shot in separate shootings overnight in "
                "Providence. A man was shot just before midnight Saturday on Broad Street. A "
                "woman was shot about 2 a.m. Sunday on Chalkstone Avenue.",
            ),
            (
                "2024-02-18",
                "https://www.providencejournal.com/story/news/crime/broad-street-shooting/",
                "Man shot on Broad Street",
                "A man was shot late Saturday on Broad Street, Providence police said. He is "
                "expected to survive.",
            ),
        ],
    ),
    (
        "d41",
        "2024-02-18",
        [
            (
                "2024-02-18",
                "https://www.wpri.com/news/local-news/providence-overnight-shootings-2/",
                "Two shot in separate Providence shootings overnight",
                "PROVIDENCE, R.I. - Two people were shot in separate shootings overnight in "
                "Providence. A man was shot just before midnight Saturday on Broad Street. A "
                "woman was shot about 2 a.m. Sunday on Chalkstone Avenue.",
            ),
            (
                "2024-02-19",
                "https://www.turnto10.com/news/chalkstone-avenue-shooting/",
                "Woman shot on Chalkstone Avenue",
                "A woman was shot early Sunday on Chalkstone Avenue, Providence police said.",
            ),
        ],
    ),
    # a correction naming the wrong day, with the right day only in the corrected lead
    (
        "d42",
        "2023-09-24",
        [
            (
                "2023-09-25",
                "https://www.wvtm13.com/article/tuscaloosa-shooting-15th-street/",
                "Man shot on 15th Street in Tuscaloosa",
                "TUSCALOOSA, Ala. - A man was shot Sunday on 15th Street, Tuscaloosa police "
                "said. Correction: This story has been updated to correct the day of the "
                "shooting, which happened Sunday, not Saturday.",
            ),
            (
                "2023-09-24",
                "https://www.tuscaloosanews.com/story/news/crime/15th-street-shooting/",
                "Police investigate 15th Street shooting",
                "A man was shot Saturday on 15th Street, according to Tuscaloosa police.",
            ),
        ],
    ),
    # an "Updated" line with a later day above a story of "Tuesday night"
    (
        "d43",
        "2023-11-14",
        [
            (
                "2023-11-16",
                "https://www.kwtx.com/2023/11/16/waco-shooting-update/",
                "Waco shooting: victim identified",
                "Updated Thursday, Nov. 16: Police identified the victim as Luis Ortega, 25. "
                "WACO, Texas - A man was killed in a shooting Tuesday night on Colcord Avenue, "
                "Waco police said.",
            ),
            (
                "2023-11-15",
                "https://www.wacotrib.com/news/local/crime/colcord-avenue-shooting/",
                "Man killed on Colcord Avenue",
                "A man was shot and killed Tuesday night on Colcord Avenue, police said.",
            ),
        ],
    ),
    # a weekly paper a week later with a bare weekday and "last week"
    (
        "d44",
        "2023-11-09",
        [
            (
                "2023-11-10",
                "https://www.wjxt.com/news/local/2023/11/10/jacksonville-shooting-moncrief/",
                "Man shot on Moncrief Road",
                "JACKSONVILLE, Fla. - A man was shot Thursday night on Moncrief Road, the "
                "Jacksonville Sheriff's Office said.",
            ),
            (
                "2023-11-16",
                "https://www.jacksonvillefreepress.com/moncrief-shooting/",
                "Community meets after Moncrief Road shooting",
                "Neighbors met Tuesday to talk about safety after a man was shot last Thursday "
                "night on Moncrief Road.",
            ),
        ],
    ),
    # the day only in the headline of a next-day story, and a brief with no day
    (
        "d45",
        "2023-10-19",
        [
            (
                "2023-10-19T22:30:00-04:00",
                "https://www.wcnc.com/article/news/crime/rock-hill-shooting/",
                "Shooting in Rock Hill",
                "ROCK HILL, S.C. - Rock Hill police are investigating a shooting on Saluda "
                "Street. One man was hurt.",
            ),
            (
                "2023-10-20",
                "https://www.heraldonline.com/news/local/crime/saluda-street-shooting/",
                "Man wounded in Thursday shooting on Saluda Street",
                "A man was wounded on Saluda Street, Rock Hill police said. He is expected to "
                "recover.",
            ),
        ],
    ),
    # a first brief of "Friday night" and two stories of the arrest the next Tuesday
    (
        "d46",
        "2023-12-01",
        [
            (
                "2023-12-02",
                "https://www.wlbt.com/2023/12/02/jackson-shooting-ellis-avenue/",
                "Man shot on Ellis Avenue",
                "JACKSON, Miss. - A man was shot Friday night on Ellis Avenue, Jackson police "
                "said.",
            ),
            (
                "2023-12-06",
                "https://www.clarionledger.com/story/news/local/ellis-avenue-arrest/",
                "Suspect arrested in Ellis Avenue shooting",
                "Jackson police arrested a suspect Tuesday in a shooting on Ellis Avenue "
                "last week.",
            ),
            (
                "2023-12-06",
                "https://www.wapt.com/article/ellis-avenue-arrest/",
                "Arrest in Ellis Avenue shooting",
                "Police on Tuesday arrested a man in the shooting of a man on Ellis Avenue.",
            ),
        ],
    ),
    # a story published three days later whose only day is "Friday" for the shooting
    (
        "d47",
        "2023-12-08",
        [
            (
                "2023-12-11",
                "https://www.kmov.com/2023/12/11/florissant-shooting/",
                "Police release name of man shot in Florissant",
                "FLORISSANT, Mo. - Police on Monday named the man who was wounded Friday on New "
                "Florissant Road.",
            ),
            (
                "2023-12-09",
                "https://www.ksdk.com/article/news/crime/florissant-shooting/",
                "Man shot in Florissant",
                "A man was shot Friday afternoon on New Florissant Road, police said.",
            ),
        ],
    ),
    # a follow-up a month later, "on the night of Nov. 4", beside a first report of "early Sunday"
    (
        "d48",
        "2023-11-05",
        [
            (
                "2023-11-05",
                "https://www.wtae.com/article/mckeesport-shooting/",
                "Man shot in McKeesport",
                "MCKEESPORT, Pa. - A man was shot early Sunday on Fifth Avenue, McKeesport police "
                "said. Officers were called around 1:30 a.m.",
            ),
            (
                "2023-12-07",
                "https://www.dailynews.com/mckeesport-shooting-arrest/",
                "Arrest in McKeesport shooting",
                "Police arrested a man Wednesday in a shooting on the night of Nov. 4 on Fifth "
                "Avenue in McKeesport.",
            ),
        ],
    ),
    # a roundup leading with another night and the event's report, both with dates
    (
        "d49",
        "2023-12-16",
        [
            (
                "2023-12-17",
                "https://www.wbaltv.com/article/baltimore-shooting-park-heights/",
                "Man shot in Park Heights",
                "BALTIMORE - A man was shot Saturday afternoon in Park Heights, Baltimore police "
                "said.",
            ),
            (
                "2023-12-18",
                "https://www.thebaltimorebanner.com/community/criminal-justice/weekend-shootings/",
                "Five people shot in Baltimore over the weekend",
                "Five people were shot in separate shootings in Baltimore from Friday to Sunday. "
                "On Friday, Dec. 15, two men were shot in Sandtown. On Saturday, Dec. 16, a man "
                "was shot in Park Heights. Two others were shot Sunday in Highlandtown.",
            ),
            (
                "2023-12-18",
                "https://www.foxbaltimore.com/news/local/weekend-violence-baltimore/",
                "Violent weekend in Baltimore leaves five shot",
                "Five people were shot across Baltimore over the weekend. Two men were shot "
                "Friday in Sandtown, a man was shot Saturday in Park Heights and two others "
                "were shot Sunday.",
            ),
        ],
    ),
    # a story of the victim's condition days later: its day is a condition's
    (
        "d50",
        "2023-12-09",
        [
            (
                "2023-12-10",
                "https://www.wfmynews2.com/article/news/crime/greensboro-shooting/",
                "Teen shot in Greensboro",
                "GREENSBORO, N.C. - A 14-year-old was shot Saturday on Phillips Avenue, "
                "Greensboro police said.",
            ),
            (
                "2023-12-13",
                "https://www.greensboro.com/news/local/crime/phillips-avenue-teen/",
                "Teen shot on Phillips Avenue remains in hospital",
                "The 14-year-old shot on Phillips Avenue remained in critical condition "
                "Tuesday, his family said.",
            ),
            (
                "2023-12-13",
                "https://www.wxii12.com/article/phillips-avenue-teen-update/",
                "Family of teen shot in Greensboro asks for prayers",
                "The family of a teen who was shot on Phillips Avenue said Tuesday he was still "
                "in critical condition.",
            ),
        ],
    ),
    # a story stamped the day after in UTC that says "Monday" for a Monday evening shooting
    (
        "d51",
        "2023-12-11",
        [
            (
                "2023-12-12T02:15:00Z",
                "https://www.wave3.com/2023/12/12/louisville-shooting-dumesnil/",
                "Man shot in Park Hill",
                "LOUISVILLE, Ky. - A man was shot Monday evening on Dumesnil Street in Park "
                "Hill, Louisville Metro police said.",
            ),
            (
                "2023-12-12T03:00:00Z",
                "https://www.whas11.com/article/news/crime/dumesnil-street-shooting/",
                "Man wounded on Dumesnil Street",
                "A man was wounded on Dumesnil Street tonight, police said.",
            ),
        ],
    ),
    # a story of the trial's verdict: the shooting's date with its year, months on
    (
        "d52",
        "2023-09-03",
        [
            (
                "2023-09-04",
                "https://www.wtvm.com/2023/09/04/columbus-shooting/",
                "Man shot on Victory Drive",
                "COLUMBUS, Ga. - A man was shot Sunday on Victory Drive, Columbus police said.",
            ),
            (
                "2024-02-15",
                "https://www.ledger-enquirer.com/news/local/crime/victory-drive-verdict/",
                "Jury convicts man in Victory Drive shooting",
                "A jury on Wednesday found a man guilty of aggravated assault in the Sept. 3, "
                "2023, shooting on Victory Drive.",
            ),
            (
                "2024-02-15",
                "https://www.wrbl.com/news/victory-drive-verdict/",
                "Guilty verdict in Victory Drive shooting",
                "A Muscogee County jury on Wednesday convicted a man in a shooting on Victory "
                "Drive in September.",
            ),
        ],
    ),
    # written after the rules, as a check
    (
        "x01",
        "2024-02-24",
        [
            (
                "2024-02-25",
                "https://www.wcvb.com/article/boston-shooting-dorchester/",
                "Man shot in Dorchester",
                "BOSTON - A man was shot Saturday on Blue Hill Avenue in Dorchester, Boston "
                "police said.",
            ),
            (
                "2024-02-26",
                "https://www.bostonglobe.com/2024/02/26/metro/weekend-shootings-boston/",
                "Three shot in separate weekend shootings in Boston",
                "Three people were shot in separate shootings in Boston over the weekend. A "
                "woman was hurt Friday evening in Roxbury. A man was shot Saturday on Blue Hill "
                "Avenue. Another man was wounded Sunday in Mattapan.",
            ),
            (
                "2024-02-26",
                "https://www.boston25news.com/news/local/boston-weekend-violence/",
                "Boston police investigate three weekend shootings",
                "Boston police investigated three shootings over the weekend, the first Friday "
                "evening in Roxbury. A man was shot Saturday on Blue Hill Avenue.",
            ),
        ],
    ),
    # a roundup alone beside a brief with no day: the roundup still dates the event
    (
        "x02",
        "2024-02-23",
        [
            (
                "2024-02-24T03:00:00Z",
                "https://www.wcvb.com/article/roxbury-shooting-brief/",
                "Police respond to Roxbury shooting",
                "BOSTON - Police are at the scene of a shooting in Roxbury. A woman was taken to "
                "a hospital.",
            ),
            (
                "2024-02-26",
                "https://www.bostonherald.com/2024/02/26/weekend-shootings/",
                "Three shot in separate weekend shootings in Boston",
                "Three people were shot in separate shootings in Boston over the weekend. A "
                "woman was hurt Friday evening in Roxbury. A man was shot Saturday on Blue Hill "
                "Avenue. Another man was wounded Sunday in Mattapan.",
            ),
        ],
    ),
    # a correction whose right day is the later, with two outlets repeating the wrong one
    (
        "x03",
        "2024-02-10",
        [
            (
                "2024-02-11",
                "https://www.wesh.com/article/orlando-shooting-pine-hills/",
                "Man shot in Pine Hills",
                "ORLANDO, Fla. - A man was shot Saturday night in Pine Hills, deputies said. An "
                "earlier version of this story incorrectly said the shooting happened Friday "
                "night.",
            ),
            (
                "2024-02-10",
                "https://www.clickorlando.com/news/local/pine-hills-shooting/",
                "Deputies investigate Pine Hills shooting",
                "A man was shot Friday night in Pine Hills, the Orange County Sheriff's Office "
                "said.",
            ),
        ],
    ),
    # a roundup whose incidents are all on one night, and the event's own report
    (
        "x04",
        "2024-01-13",
        [
            (
                "2024-01-14",
                "https://www.wlwt.com/article/cincinnati-shootings-overnight/",
                "Two shot in separate Cincinnati shootings",
                "CINCINNATI - Two people were shot in separate shootings in Cincinnati on "
                "Saturday night. A man was hurt in Over-the-Rhine and a woman in Westwood.",
            ),
            (
                "2024-01-14",
                "https://www.cincinnati.com/story/news/crime/westwood-shooting/",
                "Woman shot in Westwood",
                "A woman was shot late Saturday in Westwood, Cincinnati police said.",
            ),
        ],
    ),
    # "the night of Jan. 6" beside a report with an evening clock: the night's own day
    (
        "x05",
        "2024-01-06",
        [
            (
                "2024-01-07",
                "https://www.kob.com/news/albuquerque-shooting-central/",
                "Man shot on Central Avenue",
                "ALBUQUERQUE, N.M. - A man was shot at about 9:30 p.m. Saturday on Central "
                "Avenue, police said.",
            ),
            (
                "2024-01-25",
                "https://www.abqjournal.com/news/central-avenue-arrest/",
                "Arrest in Central Avenue shooting",
                "Police arrested a man Wednesday in a shooting on the night of Jan. 6 on Central "
                "Avenue.",
            ),
        ],
    ),
    # a day after ", not" that is no correction: the day stays
    (
        "x06",
        "2024-01-19",
        [
            (
                "2024-01-20",
                "https://www.ktvb.com/article/news/crime/boise-shooting/",
                "Man shot in Boise",
                "BOISE, Idaho - A man was shot Friday on Fairview Avenue, Boise police said. "
                "Officers said the man was shot in the arm, not the chest.",
            ),
            (
                "2024-01-21",
                "https://www.idahostatesman.com/news/local/crime/fairview-shooting/",
                "Police seek shooter on Fairview Avenue",
                "Boise police are looking for the man who shot another man on Fairview Avenue "
                "on Friday afternoon.",
            ),
        ],
    ),
]
