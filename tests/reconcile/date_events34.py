"""Invented events (session 29, date34) whose reports disagree on the shooting's day, in shapes
the earlier tables (`date_events25`, `date_events31`, `test_dates_clocks28`,
`test_rewrite_dates26`) do not hold: a first-day report whose only day word is "early this
morning" or "overnight" beside a later report whose weekday is a death's or an arrest's; a
follow-up weeks later naming the date, beside another naming a hearing's day; an undated
first report beside a follow-up whose day is an arrest's, a charge's, a funeral's or a
vigil's; two first-day reports across midnight ("late Friday" / "early Saturday"); another
outlet's rewrite with a day changed; a roundup in the group.

Every headline and sentence here is invented (the towns, streets and outlets are real, the
events and people are not). Each event: id, the shooting's true day (local time), and its
reports, each (publication stamp, address, headline, text).
"""

from __future__ import annotations

from .helpers import Story

Event = tuple[str, str, list[Story]]
"""One event: id, the true day, its reports."""

EVENTS: list[Event] = [
    # "early this morning" on the day, beside a next-day story whose weekday is the death's
    (
        "t01",
        "2024-03-09",
        [
            (
                "2024-03-09T14:20:00Z",
                "https://www.wdrb.com/news/shooting-dixie-highway/",
                "Man critically hurt in Dixie Highway shooting",
                "LOUISVILLE, Ky. - A man was critically wounded in a shooting early this "
                "morning on Dixie Highway, Louisville Metro police said. Officers found him "
                "in a parking lot around 2 a.m.",
            ),
            (
                "2024-03-11",
                "https://www.courier-journal.com/story/news/crime/2024/03/11/dixie-death/",
                "Man shot on Dixie Highway has died, coroner says",
                "The man who was shot in a parking lot on Dixie Highway died Sunday at "
                "University Hospital, the Jefferson County coroner said Monday. He was 44. "
                "No arrest has been made.",
            ),
        ],
    ),
    # "overnight" on the day, beside a story two days later whose weekday is the arrest's
    (
        "t02",
        "2024-03-16",
        [
            (
                "2024-03-16T13:05:00Z",
                "https://www.kshb.com/news/crime/two-hurt-prospect-avenue/",
                "Two hurt in shooting on Prospect Avenue",
                "KANSAS CITY, Mo. - Two men were hurt in a shooting overnight on Prospect "
                "Avenue, Kansas City police said. Both are expected to survive.",
            ),
            (
                "2024-03-18",
                "https://www.kctv5.com/2024/03/18/arrest-prospect-shooting/",
                "Suspect arrested in Prospect Avenue shooting",
                "Kansas City police arrested a 25-year-old man Sunday in connection with a "
                "shooting that wounded two men on Prospect Avenue. He was booked into the "
                "Jackson County jail Sunday evening.",
            ),
        ],
    ),
    # a first report by weekday, a follow-up weeks later by date, another naming the hearing
    (
        "t03",
        "2024-01-12",
        [
            (
                "2024-01-13",
                "https://www.wistv.com/2024/01/13/man-killed-two-notch-road/",
                "Man killed on Two Notch Road",
                "COLUMBIA, S.C. - A man was shot and killed Friday night on Two Notch Road, "
                "Columbia police said. Investigators are asking for witnesses.",
            ),
            (
                "2024-02-06",
                "https://www.thestate.com/news/local/crime/article-two-notch-charge.html",
                "Man charged with murder in Two Notch Road killing",
                "A 30-year-old man has been charged with murder in the shooting death of a "
                "man on Two Notch Road on Jan. 12, Columbia police said Tuesday.",
            ),
            (
                "2024-02-09",
                "https://www.wltx.com/article/news/crime/bond-hearing-two-notch/",
                "Judge denies bond in Two Notch Road murder case",
                "A judge on Thursday denied bond for a man charged in a killing on Two Notch "
                "Road last month. Prosecutors said the victim was shot outside a store.",
            ),
        ],
    ),
    # an undated first brief, and a follow-up whose only weekday is the arrest's
    (
        "t04",
        "2024-03-20",
        [
            (
                "2024-03-20T23:40:00Z",
                "https://www.wfaa.com/article/news/crime/shooting-ledbetter-drive/",
                "Police investigating shooting on Ledbetter Drive",
                "DALLAS - Dallas police are investigating a shooting on Ledbetter Drive that "
                "left a woman wounded. She was taken to a hospital in stable condition.",
            ),
            (
                "2024-03-25",
                "https://www.dallasnews.com/news/crime/2024/03/25/ledbetter-arrest/",
                "Man arrested in Ledbetter Drive shooting",
                "Dallas police arrested a 19-year-old man on Friday in the shooting of a woman "
                "on Ledbetter Drive. He faces a charge of aggravated assault with a deadly "
                "weapon.",
            ),
        ],
    ),
    # an undated first brief, and a funeral story naming only the funeral's day
    (
        "t05",
        "2024-04-03",
        [
            (
                "2024-04-03T22:15:00Z",
                "https://www.fox2detroit.com/news/man-killed-gratiot-avenue/",
                "Man killed in shooting on Gratiot Avenue",
                "DETROIT - A man was shot and killed on Gratiot Avenue on the city's east "
                "side, Detroit police said. No suspect information was released.",
            ),
            (
                "2024-04-14",
                "https://www.freep.com/story/news/local/2024/04/14/gratiot-funeral/",
                "Family mourns father killed on Gratiot",
                "Relatives gathered Saturday for the funeral of a 29-year-old father who was "
                "killed on Gratiot Avenue. His mother urged anyone who saw the shooting to "
                "call police.",
            ),
        ],
    ),
    # an undated first brief, and a vigil story with the vigil's weekday
    (
        "t06",
        "2024-04-09",
        [
            (
                "2024-04-09T21:30:00Z",
                "https://www.kmbc.com/article/teen-shot-killed-independence-avenue/",
                "Teen shot and killed near Independence Avenue",
                "KANSAS CITY, Mo. - A 17-year-old boy was shot and killed near Independence "
                "Avenue, police said. Detectives are canvassing the area.",
            ),
            (
                "2024-04-12",
                "https://www.fox4kc.com/news/vigil-teen-independence-avenue/",
                "Classmates hold vigil for teen killed near Independence Avenue",
                "Classmates gathered Thursday night for a vigil near Independence Avenue, "
                "where a 17-year-old was killed earlier this week. Police have not made an "
                "arrest.",
            ),
        ],
    ),
    # two first-day reports a day apart across midnight: "late Friday" and "early Saturday"
    (
        "t07",
        "2024-03-22",
        [
            (
                "2024-03-23",
                "https://www.kare11.com/article/news/crime/shooting-lake-street/",
                "One wounded in Lake Street shooting",
                "MINNEAPOLIS - A man was wounded in a shooting late Friday on Lake Street, "
                "Minneapolis police said. He was taken to Hennepin Healthcare.",
            ),
            (
                "2024-03-23",
                "https://www.startribune.com/man-wounded-lake-street-shooting/",
                "Man wounded on Lake Street",
                "A man was shot early Saturday on Lake Street in south Minneapolis, police "
                "said. His injuries were not considered life-threatening.",
            ),
        ],
    ),
    # across midnight with a clock: "late Saturday" vs "early Sunday" at 12:15 a.m.
    (
        "t08",
        "2024-03-31",
        [
            (
                "2024-03-31",
                "https://www.wsoctv.com/news/local/shooting-beatties-ford-road/",
                "Man hurt in Beatties Ford Road shooting",
                "CHARLOTTE, N.C. - A man was hurt in a shooting late Saturday on Beatties Ford "
                "Road, police said.",
            ),
            (
                "2024-03-31",
                "https://www.wbtv.com/2024/03/31/beatties-ford-shooting/",
                "Police: man shot on Beatties Ford Road",
                "Charlotte-Mecklenburg police said a man was shot at about 12:15 a.m. Sunday "
                "on Beatties Ford Road. He was taken to Atrium Health with serious injuries.",
            ),
        ],
    ),
    # another outlet's rewrite with the day changed to the death's weekday
    (
        "t09",
        "2024-04-19",
        [
            (
                "2024-04-20",
                "https://www.nola.com/news/crime_police/article-gentilly-shooting.html",
                "Man shot in Gentilly dies",
                "NEW ORLEANS - A man who was shot Friday evening in Gentilly died Saturday "
                "morning at University Medical Center, New Orleans police said. He was shot "
                "in the 4800 block of Elysian Fields Avenue.",
            ),
            (
                "2024-04-20",
                "https://www.wwltv.com/article/news/crime/gentilly-death/",
                "Man dies after Gentilly shooting",
                "A man died Saturday after he was shot in the 4800 block of Elysian Fields "
                "Avenue, New Orleans police said. No arrests have been made.",
            ),
        ],
    ),
    # a roundup in the group, leading with another night's shooting
    (
        "t10",
        "2024-04-27",
        [
            (
                "2024-04-28",
                "https://www.wlwt.com/article/cincinnati-shooting-vine-street/",
                "Man wounded on Vine Street",
                "CINCINNATI - A man was wounded in a shooting Saturday night on Vine Street in "
                "Over-the-Rhine, Cincinnati police said.",
            ),
            (
                "2024-04-29",
                "https://www.cincinnati.com/story/news/crime/2024/04/29/weekend-shootings/",
                "Three shot in separate weekend shootings across Cincinnati",
                "Three people were shot in separate shootings across Cincinnati over the "
                "weekend. A woman was shot Friday night in Westwood. A man was wounded "
                "Saturday night on Vine Street in Over-the-Rhine. A teenager was shot Sunday "
                "afternoon in Avondale.",
            ),
        ],
    ),
    # "early this morning" on the day, beside a story two days later naming the arrest's day
    (
        "t11",
        "2024-05-04",
        [
            (
                "2024-05-04T12:30:00Z",
                "https://www.wtae.com/article/shooting-homewood-pittsburgh/",
                "Man shot in Homewood",
                "PITTSBURGH - A man was shot early this morning in Homewood, Pittsburgh police "
                "said. Medics rushed him to UPMC Presbyterian; his condition is critical.",
            ),
            (
                "2024-05-07",
                "https://www.post-gazette.com/news/crime-courts/2024/05/07/homewood-arrest/",
                "Suspect in custody after Homewood shooting",
                "A 23-year-old man was taken into custody Monday after a shooting in Homewood "
                "that left a man in critical condition, Pittsburgh police said.",
            ),
        ],
    ),
    # "overnight" brief and a story the next day that says "Sunday" for the death
    (
        "t12",
        "2024-05-11",
        [
            (
                "2024-05-11T11:45:00Z",
                "https://www.wmar2news.com/news/crime/shooting-north-avenue/",
                "Man critically wounded overnight in West Baltimore",
                "BALTIMORE - A man was critically wounded in a shooting overnight on North "
                "Avenue in West Baltimore, police said.",
            ),
            (
                "2024-05-12",
                "https://www.wbaltv.com/article/man-dies-north-avenue-shooting/",
                "Man dies days after North Avenue shooting",
                "A man who was shot on North Avenue in West Baltimore died Sunday, Baltimore "
                "police said. Homicide detectives have taken over the case.",
            ),
        ],
    ),
    # an undated first brief, a charge story a week later naming the charge's day
    (
        "t13",
        "2024-05-15",
        [
            (
                "2024-05-15T20:00:00Z",
                "https://www.wcnc.com/article/news/crime/shooting-freedom-drive/",
                "Woman shot on Freedom Drive",
                "CHARLOTTE, N.C. - A woman was shot on Freedom Drive in west Charlotte, police "
                "said. MEDIC took her to a hospital.",
            ),
            (
                "2024-05-22",
                "https://www.charlotteobserver.com/news/local/crime/article-freedom-charge.html",
                "Man charged in Freedom Drive shooting",
                "A man faces an attempted murder count, filed Tuesday, for wounding a woman on "
                "Freedom Drive, Charlotte-Mecklenburg police said.",
            ),
        ],
    ),
    # an undated first brief, a follow-up naming the date, and one naming a hearing's day
    (
        "t14",
        "2024-02-14",
        [
            (
                "2024-02-14T23:10:00Z",
                "https://www.kxan.com/news/crime/shooting-rundberg-lane/",
                "One dead in shooting on Rundberg Lane",
                "AUSTIN, Texas - One man is dead after a shooting on Rundberg Lane in north "
                "Austin, police said.",
            ),
            (
                "2024-03-08",
                "https://www.statesman.com/story/news/crime/2024/03/08/rundberg-arrest/",
                "Arrest made in Rundberg Lane killing",
                "Austin police have arrested a man in the Feb. 14 shooting death of a man on "
                "Rundberg Lane. He was booked into the Travis County jail Thursday.",
            ),
            (
                "2024-03-13",
                "https://www.kvue.com/article/news/crime/rundberg-hearing/",
                "Suspect in Rundberg Lane killing appears in court",
                "A man accused of killing another man on Rundberg Lane appeared before a judge "
                "on Tuesday. His bond was set at $500,000.",
            ),
        ],
    ),
    # across midnight: "late Friday night" and "early Saturday" a TV brief, both the next day
    (
        "t15",
        "2024-05-17",
        [
            (
                "2024-05-18",
                "https://www.wsmv.com/2024/05/18/shooting-dickerson-pike/",
                "Man wounded on Dickerson Pike",
                "NASHVILLE, Tenn. - A man was wounded in a shooting late Friday night on "
                "Dickerson Pike, Metro police said.",
            ),
            (
                "2024-05-18",
                "https://www.newschannel5.com/news/dickerson-pike-shooting/",
                "Police investigate Dickerson Pike shooting",
                "Metro Nashville police are investigating a shooting early Saturday on "
                "Dickerson Pike that left a man wounded.",
            ),
            (
                "2024-05-19",
                "https://www.tennessean.com/story/news/crime/2024/05/19/dickerson-pike/",
                "Man hurt in Dickerson Pike shooting",
                "A man was hurt in a shooting on Dickerson Pike on Friday night, police said. "
                "He was expected to survive.",
            ),
        ],
    ),
    # across midnight the other way: two "early Sunday" reports and one "Saturday night"
    (
        "t16",
        "2024-05-26",
        [
            (
                "2024-05-26",
                "https://www.ksdk.com/article/news/crime/shooting-grand-boulevard/",
                "Two shot on Grand Boulevard",
                "ST. LOUIS - Two men were shot early Sunday on Grand Boulevard, St. Louis "
                "police said.",
            ),
            (
                "2024-05-26",
                "https://www.fox2now.com/news/two-shot-grand-boulevard/",
                "Two men shot on Grand",
                "Two men were wounded in a shooting early Sunday morning on Grand Boulevard, "
                "police said.",
            ),
            (
                "2024-05-27",
                "https://www.stltoday.com/news/local/crime/grand-shooting/",
                "Two wounded on Grand Boulevard",
                "Two men were wounded late Saturday night on Grand Boulevard, police said.",
            ),
        ],
    ),
    # a rewrite by another outlet that turns "Thursday" into "Friday" (its publication day)
    (
        "t17",
        "2024-06-06",
        [
            (
                "2024-06-07",
                "https://www.al.com/news/birmingham/2024/06/man-shot-ensley.html",
                "Man shot in Ensley",
                "BIRMINGHAM, Ala. - A man was shot Thursday night in Ensley, Birmingham "
                "police said. He was taken to UAB Hospital.",
            ),
            (
                "2024-06-08",
                "https://www.wbrc.com/2024/06/08/man-shot-ensley/",
                "Police: man shot in Ensley",
                "A man was shot Friday in Ensley, Birmingham police said, according to AL.com. "
                "He was taken to UAB Hospital.",
            ),
        ],
    ),
    # a roundup naming this shooting's day among others, plus an undated brief
    (
        "t18",
        "2024-06-15",
        [
            (
                "2024-06-16T02:00:00Z",
                "https://www.nbcchicago.com/news/local/man-shot-austin-neighborhood/",
                "Man shot in Austin neighborhood",
                "CHICAGO - Chicago police say a man was wounded by gunfire in Austin, on the "
                "city's West Side. Paramedics brought him to Stroger Hospital.",
            ),
            (
                "2024-06-17",
                "https://chicago.suntimes.com/crime/2024/6/17/weekend-shootings-chicago/",
                "At least 20 shot in weekend violence across Chicago",
                "At least 20 people were shot across Chicago over the weekend. A man was shot "
                "Friday night in Englewood. On Saturday evening, gunfire wounded a man in "
                "Austin on the West Side.",
            ),
        ],
    ),
    # the first report's day is a weekday; a follow-up two weeks later names the death's date
    (
        "t19",
        "2024-06-01",
        [
            (
                "2024-06-02",
                "https://www.wpxi.com/news/local/man-shot-wilkinsburg/",
                "Man shot in Wilkinsburg",
                "WILKINSBURG, Pa. - A man was shot Saturday afternoon in Wilkinsburg, Allegheny "
                "County police said. He was in critical condition.",
            ),
            (
                "2024-06-18",
                "https://triblive.com/local/wilkinsburg-man-dies/",
                "Wilkinsburg shooting victim dies",
                "A man who was shot in Wilkinsburg died on June 9, the Allegheny County "
                "medical examiner said Monday. Police have not made an arrest.",
            ),
        ],
    ),
    # "overnight" stamped in UTC after midnight, and a next-day story with the clock
    (
        "t20",
        "2024-06-21",
        [
            (
                "2024-06-22T05:30:00Z",
                "https://www.12news.com/article/news/crime/shooting-mcdowell-road/",
                "Man shot near McDowell Road",
                "PHOENIX - A man was shot overnight near McDowell Road, Phoenix police said.",
            ),
            (
                "2024-06-22",
                "https://www.azcentral.com/story/news/local/phoenix/2024/06/22/mcdowell/",
                "Man wounded in shooting near McDowell Road",
                "A man was wounded in a shooting about 9:30 p.m. Friday near McDowell Road, "
                "Phoenix police said.",
            ),
        ],
    ),
    # "early this morning" in a brief stamped in UTC after midnight (the local evening), and a
    # story two days later whose weekday is the death's
    (
        "t21",
        "2024-03-02",
        [
            (
                "2024-03-03T00:40:00Z",
                "https://www.wral.com/story/man-shot-durham-fayetteville-street/",
                "Man shot on Fayetteville Street in Durham",
                "DURHAM, N.C. - A man was shot early this morning on Fayetteville Street, "
                "Durham police said. He was taken to Duke University Hospital.",
            ),
            (
                "2024-03-04",
                "https://www.heraldsun.com/news/local/crime/article-fayetteville-death.html",
                "Man shot on Fayetteville Street dies",
                "A man who was shot on Fayetteville Street died Sunday at Duke University "
                "Hospital, Durham police said Monday.",
            ),
        ],
    ),
    # "overnight" in a brief published the next morning, beside "at 11:40 p.m. Saturday"
    (
        "t22",
        "2024-03-23",
        [
            (
                "2024-03-24T13:00:00Z",
                "https://www.wtvr.com/news/local-news/shooting-hull-street/",
                "Man wounded in overnight shooting on Hull Street",
                "RICHMOND, Va. - A man was wounded in a shooting overnight on Hull Street, "
                "Richmond police said.",
            ),
            (
                "2024-03-24",
                "https://www.richmond.com/news/local/crime/hull-street-shooting/",
                "Man shot on Hull Street",
                "Officers were called to Hull Street at 11:40 p.m. Saturday and found a man "
                "with a gunshot wound, Richmond police said.",
            ),
        ],
    ),
    # a follow-up across the new year naming the date without a year, beside an undated brief
    (
        "t23",
        "2023-12-30",
        [
            (
                "2023-12-30T22:00:00Z",
                "https://www.kptv.com/2023/12/30/shooting-82nd-avenue/",
                "Man shot on 82nd Avenue",
                "PORTLAND, Ore. - A man was shot on Southeast 82nd Avenue, Portland police "
                "said. He is expected to survive.",
            ),
            (
                "2024-01-19",
                "https://www.oregonlive.com/crime/2024/01/82nd-avenue-arrest.html",
                "Arrest in 82nd Avenue shooting",
                "Portland police on Thursday arrested a 27-year-old man in the Dec. 30 "
                "shooting of a man on Southeast 82nd Avenue.",
            ),
        ],
    ),
    # an undated brief, a next-day story by weekday, and a hearing story naming its own day
    (
        "t24",
        "2024-04-16",
        [
            (
                "2024-04-16T21:00:00Z",
                "https://www.wkyc.com/article/news/crime/shooting-st-clair-avenue/",
                "Man shot on St. Clair Avenue",
                "CLEVELAND - A man was shot on St. Clair Avenue, Cleveland police said.",
            ),
            (
                "2024-04-17",
                "https://www.cleveland.com/crime/2024/04/st-clair-shooting.html",
                "Man wounded on St. Clair Avenue",
                "A 40-year-old man was shot Tuesday afternoon on St. Clair Avenue, Cleveland "
                "police said.",
            ),
            (
                "2024-04-25",
                "https://www.news5cleveland.com/news/st-clair-suspect-court/",
                "Suspect in St. Clair Avenue shooting appears in court",
                "A man charged in a shooting on St. Clair Avenue appeared in Cleveland "
                "Municipal Court on Wednesday. He is being held on a $250,000 bond.",
            ),
        ],
    ),
    # four reports: two briefs without a day, a weekday story, and a vigil a week later
    (
        "t25",
        "2024-05-01",
        [
            (
                "2024-05-01T19:30:00Z",
                "https://www.wsbtv.com/news/local/atlanta/shooting-campbellton-road/",
                "Teen shot on Campbellton Road",
                "ATLANTA - A teenager was shot on Campbellton Road in southwest Atlanta, police "
                "said.",
            ),
            (
                "2024-05-01T20:10:00Z",
                "https://www.11alive.com/article/news/crime/campbellton-road-teen/",
                "Police: teen shot in southwest Atlanta",
                "A teenager was taken to Grady Memorial Hospital after a shooting on "
                "Campbellton Road, Atlanta police said.",
            ),
            (
                "2024-05-02",
                "https://www.ajc.com/news/crime/teen-dies-campbellton-road/",
                "Teen dies after Campbellton Road shooting",
                "The 15-year-old wounded Wednesday on Campbellton Road has died, Atlanta "
                "police said Thursday.",
            ),
            (
                "2024-05-09",
                "https://www.fox5atlanta.com/news/vigil-campbellton-road-teen/",
                "Vigil held for teen killed on Campbellton Road",
                "Family and friends held a vigil Wednesday evening for a 15-year-old who was "
                "shot last week on Campbellton Road.",
            ),
        ],
    ),
    # a wire rewrite that moves "Sunday night" to "Monday" (the day police spoke)
    (
        "t26",
        "2024-04-07",
        [
            (
                "2024-04-08",
                "https://www.kcrg.com/2024/04/08/cedar-rapids-shooting/",
                "Cedar Rapids man wounded in shooting",
                "CEDAR RAPIDS, Iowa - A man was wounded in a shooting Sunday night in "
                "southeast Cedar Rapids, police said Monday.",
            ),
            (
                "2024-04-08",
                "https://www.thegazette.com/crime-courts/cedar-rapids-shooting-sunday/",
                "Man shot in southeast Cedar Rapids",
                "A man was shot in southeast Cedar Rapids on Sunday night, police said.",
            ),
            (
                "2024-04-09",
                "https://www.kwwl.com/news/crime/cedar-rapids-man-shot/",
                "Man shot in Cedar Rapids",
                "A man was shot Monday in southeast Cedar Rapids, police said.",
            ),
        ],
    ),
    # an undated brief and an arrest story published the next day naming the arrest's day
    (
        "t27",
        "2024-05-28",
        [
            (
                "2024-05-28T18:00:00Z",
                "https://www.wfla.com/news/tampa/shooting-nebraska-avenue/",
                "Man shot on Nebraska Avenue",
                "TAMPA, Fla. - A man was shot on North Nebraska Avenue, Tampa police said. A "
                "suspect fled on foot.",
            ),
            (
                "2024-05-30",
                "https://www.tampabay.com/news/crime/2024/05/30/nebraska-arrest/",
                "Tampa police arrest man in Nebraska Avenue shooting",
                "Tampa police arrested a 31-year-old man Wednesday in the shooting of a man on "
                "North Nebraska Avenue. He was charged with attempted second-degree murder.",
            ),
        ],
    ),
    # two briefs across midnight, each with its own clock, and a next-day story
    (
        "t28",
        "2024-06-08",
        [
            (
                "2024-06-09",
                "https://www.kmov.com/2024/06/09/shooting-delmar-boulevard/",
                "Man wounded on Delmar Boulevard",
                "ST. LOUIS - A man was shot at about 11:55 p.m. Saturday on Delmar Boulevard, "
                "police said.",
            ),
            (
                "2024-06-09",
                "https://www.ksdk.com/article/news/crime/delmar-shooting/",
                "Delmar Boulevard shooting",
                "A man was shot early Sunday on Delmar Boulevard, St. Louis police said.",
            ),
            (
                "2024-06-10",
                "https://www.stltoday.com/news/local/crime/delmar-man-shot/",
                "Man shot on Delmar",
                "A man was wounded early Sunday on Delmar Boulevard, police said. He was "
                "listed in stable condition.",
            ),
        ],
    ),
    # a first report by weekday and a month-later story giving the date and the plea's day
    (
        "t29",
        "2024-02-03",
        [
            (
                "2024-02-04",
                "https://www.wmcactionnews5.com/2024/02/04/man-killed-lamar-avenue/",
                "Man killed on Lamar Avenue",
                "MEMPHIS, Tenn. - A man was shot and killed Saturday night on Lamar Avenue, "
                "Memphis police said.",
            ),
            (
                "2024-03-06",
                "https://www.commercialappeal.com/story/news/crime/2024/03/06/lamar-plea/",
                "Man pleads not guilty in Lamar Avenue killing",
                "A man charged with killing another man on Lamar Avenue on Feb. 3 pleaded not "
                "guilty on Tuesday, court records show.",
            ),
        ],
    ),
    # the first report's "early Saturday" and a death story's "Saturday" night death
    (
        "t30",
        "2024-06-29",
        [
            (
                "2024-06-29",
                "https://www.wdsu.com/article/shooting-st-claude-avenue/",
                "Man shot on St. Claude Avenue",
                "NEW ORLEANS - A man was shot early Saturday on St. Claude Avenue, New Orleans "
                "police said. He was in critical condition.",
            ),
            (
                "2024-07-01",
                "https://www.fox8live.com/2024/07/01/st-claude-man-dies/",
                "Man shot on St. Claude Avenue dies",
                "A man who was shot on St. Claude Avenue died late Sunday, the coroner said. "
                "Police have not named a suspect.",
            ),
        ],
    ),
    # a brief with "this morning" stamped the same day, and a later story by date
    (
        "t31",
        "2024-03-05",
        [
            (
                "2024-03-05T15:00:00Z",
                "https://www.wishtv.com/news/crime-watch-8/shooting-38th-street/",
                "Man shot on 38th Street",
                "INDIANAPOLIS - A man was shot this morning on East 38th Street, IMPD said. He "
                "was awake and breathing.",
            ),
            (
                "2024-03-19",
                "https://www.indystar.com/story/news/crime/2024/03/19/38th-street-charges/",
                "Charges filed in 38th Street shooting",
                "Prosecutors on Monday charged a man with attempted murder in the March 5 "
                "shooting on East 38th Street.",
            ),
        ],
    ),
    # two undated briefs from two outlets and a charge story naming the charge's weekday
    (
        "t32",
        "2024-04-22",
        [
            (
                "2024-04-22T17:20:00Z",
                "https://www.wjxt.com/news/local/2024/04/22/shooting-moncrief-road/",
                "Man shot on Moncrief Road",
                "JACKSONVILLE, Fla. - A man was shot on Moncrief Road, the Jacksonville "
                "Sheriff's Office said.",
            ),
            (
                "2024-04-22T18:05:00Z",
                "https://www.actionnewsjax.com/news/local/moncrief-road-shooting/",
                "JSO investigating Moncrief Road shooting",
                "The Jacksonville Sheriff's Office is investigating a shooting on Moncrief "
                "Road that sent a man to a hospital.",
            ),
            (
                "2024-04-26",
                "https://www.jacksonville.com/story/news/crime/2024/04/26/moncrief-arrest/",
                "Man arrested in Moncrief Road shooting",
                "Officers arrested a 20-year-old Thursday; he faces an attempted murder count "
                "for wounding a man on Moncrief Road, police said.",
            ),
        ],
    ),
    # a first report "late Tuesday", a next-day story "Tuesday night", a court story by date
    (
        "t33",
        "2024-05-14",
        [
            (
                "2024-05-15",
                "https://www.wbaltv.com/article/shooting-greenmount-avenue/",
                "Man wounded on Greenmount Avenue",
                "BALTIMORE - A man was wounded late Tuesday on Greenmount Avenue, police said.",
            ),
            (
                "2024-05-15",
                "https://www.thebaltimorebanner.com/community/criminal-justice/greenmount/",
                "Shooting on Greenmount Avenue",
                "A man was shot Tuesday night on Greenmount Avenue in East Baltimore, police "
                "said. He was taken to Johns Hopkins Hospital.",
            ),
            (
                "2024-06-20",
                "https://www.baltimoresun.com/2024/06/20/greenmount-indictment/",
                "Grand jury indicts man in Greenmount Avenue shooting",
                "A Baltimore grand jury on Wednesday indicted a man in the May 14 shooting on "
                "Greenmount Avenue.",
            ),
        ],
    ),
    # an "early Sunday" report published Monday, a TV brief "Sunday morning"
    (
        "t34",
        "2024-04-14",
        [
            (
                "2024-04-15",
                "https://www.mlive.com/news/grand-rapids/2024/04/man-shot-division-avenue.html",
                "Man shot on Division Avenue",
                "GRAND RAPIDS, Mich. - A man was shot early Sunday on Division Avenue, Grand "
                "Rapids police said Monday.",
            ),
            (
                "2024-04-14",
                "https://www.woodtv.com/news/grand-rapids/division-avenue-shooting/",
                "Man shot on Division Avenue",
                "A man was shot Sunday morning on South Division Avenue, police said.",
            ),
        ],
    ),
    # an undated brief and a follow-up that names the day as "last Thursday"
    (
        "t35",
        "2024-05-23",
        [
            (
                "2024-05-24T01:30:00Z",
                "https://www.kake.com/news/wichita-shooting-broadway/",
                "Shooting on South Broadway",
                "WICHITA, Kan. - Wichita police are at the scene of a shooting on South "
                "Broadway. One person was taken to a hospital.",
            ),
            (
                "2024-05-29",
                "https://www.kansas.com/news/local/crime/article-broadway-update.html",
                "Man shot on South Broadway identified",
                "Police on Tuesday identified the man who was shot last Thursday on South "
                "Broadway. He remains in serious condition.",
            ),
        ],
    ),
    # a roundup of a city's week and two first-day reports of one shooting
    (
        "t36",
        "2024-06-11",
        [
            (
                "2024-06-12",
                "https://www.wreg.com/news/man-shot-airways-boulevard/",
                "Man shot on Airways Boulevard",
                "MEMPHIS, Tenn. - A man was shot Tuesday evening on Airways Boulevard, "
                "Memphis police said.",
            ),
            (
                "2024-06-12",
                "https://www.actionnews5.com/2024/06/12/airways-shooting/",
                "Airways Boulevard shooting",
                "One man was hurt after a shooting Tuesday on Airways Boulevard, police said.",
            ),
            (
                "2024-06-15",
                "https://dailymemphian.com/article/weekly-shootings-roundup/",
                "Five shootings in four days across Memphis",
                "Five people were shot in separate shootings across Memphis this week. A woman "
                "was shot Monday in Whitehaven. A man was shot Tuesday on Airways Boulevard. "
                "Two men were shot Wednesday in Frayser.",
            ),
        ],
    ),
    # a story a week later by weekday ("last Saturday") and a death story by date
    (
        "t37",
        "2024-03-30",
        [
            (
                "2024-04-05",
                "https://www.wcpo.com/news/crime/avondale-shooting-update/",
                "Man shot in Avondale remains hospitalized",
                "A man who was shot last Saturday in Avondale remains in critical condition, "
                "Cincinnati police said Friday.",
            ),
            (
                "2024-04-12",
                "https://www.cincinnati.com/story/news/2024/04/12/avondale-death/",
                "Avondale shooting victim dies",
                "A man who was shot March 30 in Avondale died Thursday, the Hamilton County "
                "coroner said.",
            ),
        ],
    ),
    # across midnight: "Friday night" and "early Saturday" with a clock at 1:10 a.m.
    (
        "t38",
        "2024-05-04",
        [
            (
                "2024-05-05",
                "https://www.wtol.com/article/news/crime/shooting-dorr-street/",
                "Man shot on Dorr Street",
                "TOLEDO, Ohio - A man was shot Friday night on Dorr Street, Toledo police said.",
            ),
            (
                "2024-05-04",
                "https://www.toledoblade.com/local/police-fire/2024/05/04/dorr-shooting/",
                "Man wounded on Dorr Street",
                "A man was shot at about 1:10 a.m. Saturday on Dorr Street, Toledo police "
                "said. He was taken to ProMedica Toledo Hospital.",
            ),
        ],
    ),
    # a brief with no day and a funeral story naming the date of the shooting
    (
        "t39",
        "2024-06-03",
        [
            (
                "2024-06-04T02:30:00Z",
                "https://www.kens5.com/article/news/crime/shooting-culebra-road/",
                "Man killed on Culebra Road",
                "SAN ANTONIO - A man was killed in a shooting on Culebra Road, San Antonio "
                "police said.",
            ),
            (
                "2024-06-13",
                "https://www.expressnews.com/news/local/article/culebra-funeral.php",
                "Funeral held for man killed on Culebra Road",
                "A funeral was held Wednesday for a 33-year-old man who was shot and killed "
                "June 3 on Culebra Road.",
            ),
        ],
    ),
    # two first-day reports that say "Thursday", and a rewrite a day later that says "Friday"
    (
        "t40",
        "2024-06-20",
        [
            (
                "2024-06-21",
                "https://www.kob.com/new-mexico/shooting-central-avenue/",
                "Man shot on Central Avenue",
                "ALBUQUERQUE, N.M. - A man was shot Thursday on Central Avenue, Albuquerque "
                "police said.",
            ),
            (
                "2024-06-22",
                "https://www.koat.com/article/albuquerque-central-shooting/",
                "Man shot on Central Avenue",
                "A man was shot Friday on Central Avenue, Albuquerque police said.",
            ),
        ],
    ),
    # an undated brief, then a story whose only weekday is a statement's
    (
        "t41",
        "2024-03-12",
        [
            (
                "2024-03-12T20:45:00Z",
                "https://www.wpxi.com/news/local/shooting-east-liberty/",
                "Person shot in East Liberty",
                "PITTSBURGH - A person was shot in East Liberty, Pittsburgh police said.",
            ),
            (
                "2024-03-15",
                "https://www.wesa.fm/east-liberty-shooting-update/",
                "Police release details of East Liberty shooting",
                "Pittsburgh police said Thursday that the man wounded in an East Liberty "
                "shooting is expected to survive.",
            ),
        ],
    ),
    # a first report "Saturday", and a week-later follow-up "the Saturday night shooting"
    (
        "t42",
        "2024-04-20",
        [
            (
                "2024-04-21",
                "https://www.wsfa.com/2024/04/21/montgomery-shooting/",
                "Man shot in Montgomery",
                "MONTGOMERY, Ala. - A man was shot Saturday on Mobile Highway, Montgomery "
                "police said.",
            ),
            (
                "2024-04-29",
                "https://www.montgomeryadvertiser.com/story/news/crime/2024/04/29/arrest/",
                "Arrest in Mobile Highway shooting",
                "Montgomery police arrested a man Friday in the Saturday night shooting on "
                "Mobile Highway that left a man wounded.",
            ),
        ],
    ),
    # a next-day story that also names another shooting's date on the same block
    (
        "t43",
        "2024-01-12",
        [
            (
                "2024-01-13",
                "https://www.wjla.com/news/local/shooting-benning-road/",
                "Man shot on Benning Road",
                "WASHINGTON - A man was shot Friday night on Benning Road in Northeast, D.C. "
                "police said.",
            ),
            (
                "2024-01-14",
                "https://www.washingtonpost.com/dc-md-va/2024/01/14/benning-road/",
                "Second shooting on Benning Road block this month",
                "A man was wounded in a shooting on Benning Road in Northeast Washington, the "
                "second on the block since a man was shot there Jan. 5, police said.",
            ),
        ],
    ),
    # a report without a publication stamp, beside a first-day story by weekday
    (
        "t44",
        "2024-02-24",
        [
            (
                "2024-02-25",
                "https://www.wdbj7.com/2024/02/25/roanoke-shooting/",
                "Man hurt in Roanoke shooting",
                "ROANOKE, Va. - A man was hurt in a shooting Saturday evening on Melrose "
                "Avenue, Roanoke police said.",
            ),
            (
                "",
                "https://www.roanoke.com/news/local/crime/melrose-avenue-shooting/",
                "Man wounded on Melrose Avenue",
                "A man was wounded in a shooting on Melrose Avenue, Roanoke police said. He "
                "was taken to Carilion Roanoke Memorial Hospital.",
            ),
        ],
    ),
    # a weekend story by range and an undated brief
    (
        "t45",
        "2024-03-16",
        [
            (
                "2024-03-16T23:00:00Z",
                "https://www.kwch.com/2024/03/16/shooting-hillside/",
                "Person shot on Hillside",
                "WICHITA, Kan. - One person was shot on North Hillside, Wichita police said.",
            ),
            (
                "2024-03-18",
                "https://www.ksn.com/news/local/hillside-shooting-update/",
                "Man shot on Hillside over the weekend identified",
                "Police identified the man who was shot over the weekend on North Hillside. "
                "He remains hospitalized.",
            ),
        ],
    ),
    # a rewrite published the next day that says "last night" for the previous night
    (
        "t46",
        "2024-04-07",
        [
            (
                "2024-04-08",
                "https://www.wral.com/story/fayetteville-shooting-murchison-road/",
                "Man shot on Murchison Road",
                "FAYETTEVILLE, N.C. - A man was shot Sunday night on Murchison Road, "
                "Fayetteville police said.",
            ),
            (
                "2024-04-09",
                "https://www.fayobserver.com/story/news/crime/murchison-road-shooting/",
                "Man wounded on Murchison Road",
                "A man was wounded in a shooting last night on Murchison Road, police said.",
            ),
        ],
    ),
    # five reports: two TV briefs "early Saturday", a paper's "Friday night", a death story,
    # an arrest story naming the date
    (
        "t47",
        "2024-06-07",
        [
            (
                "2024-06-08",
                "https://www.wyff4.com/article/greenville-shooting-pendleton-street/",
                "Man shot on Pendleton Street",
                "GREENVILLE, S.C. - A man was shot early Saturday on Pendleton Street, "
                "Greenville police said.",
            ),
            (
                "2024-06-08",
                "https://www.foxcarolina.com/2024/06/08/pendleton-street-shooting/",
                "Pendleton Street shooting",
                "A man was shot early Saturday on Pendleton Street, police said. He was taken "
                "to Prisma Health Greenville Memorial Hospital.",
            ),
            (
                "2024-06-09",
                "https://www.greenvilleonline.com/story/news/crime/2024/06/09/pendleton/",
                "Man shot on Pendleton Street",
                "A man was shot at about 11:45 p.m. Friday on Pendleton Street, Greenville "
                "police said.",
            ),
            (
                "2024-06-11",
                "https://www.wspa.com/news/pendleton-street-victim-dies/",
                "Pendleton Street shooting victim dies",
                "A man who was shot on Pendleton Street died Monday, the coroner said.",
            ),
            (
                "2024-06-20",
                "https://www.greenvilleonline.com/story/news/crime/2024/06/20/arrest/",
                "Arrest in Pendleton Street killing",
                "Police arrested a man Wednesday in the June 7 shooting death of a man on "
                "Pendleton Street.",
            ),
        ],
    ),
    # a brief "today" stamped the same day and a story by weekday two days later
    (
        "t48",
        "2024-05-09",
        [
            (
                "2024-05-09T19:00:00Z",
                "https://www.kcra.com/article/sacramento-shooting-stockton-boulevard/",
                "Man shot on Stockton Boulevard",
                "SACRAMENTO, Calif. - A man was shot today on Stockton Boulevard, Sacramento "
                "police said.",
            ),
            (
                "2024-05-11",
                "https://www.sacbee.com/news/local/crime/article-stockton-blvd.html",
                "Man shot on Stockton Boulevard identified",
                "The man shot Thursday on Stockton Boulevard was identified Saturday. He "
                "remains in serious condition.",
            ),
        ],
    ),
    # an undated brief, and a follow-up whose only weekday is the day police found the suspect
    (
        "t49",
        "2024-02-05",
        [
            (
                "2024-02-05T22:30:00Z",
                "https://www.wtvm.com/2024/02/05/columbus-shooting-victory-drive/",
                "Man shot on Victory Drive",
                "COLUMBUS, Ga. - A man was shot on Victory Drive, Columbus police said. He was "
                "taken to Piedmont Columbus Regional.",
            ),
            (
                "2024-02-12",
                "https://www.ledger-enquirer.com/news/local/crime/victory-drive-suspect.html",
                "Victory Drive shooting suspect found at motel",
                "Detectives caught up with the man wanted in the Victory Drive shooting "
                "Friday at a motel on Macon Road, police said. He had been hiding there.",
            ),
        ],
    ),
    # an undated brief, and a follow-up whose only weekday is the victim's release
    (
        "t50",
        "2024-02-19",
        [
            (
                "2024-02-19T21:00:00Z",
                "https://www.wlky.com/article/louisville-shooting-west-broadway/",
                "Woman shot on West Broadway",
                "LOUISVILLE, Ky. - A woman was shot on West Broadway, Louisville Metro police "
                "said.",
            ),
            (
                "2024-02-26",
                "https://www.whas11.com/article/news/crime/west-broadway-victim-home/",
                "Woman shot on West Broadway is home",
                "The woman who was shot on West Broadway went home from the hospital on "
                "Saturday, her family said. No one has been arrested.",
            ),
        ],
    ),
    # an undated brief, and a story whose only weekday is the day a fundraiser was set up
    (
        "t51",
        "2024-01-22",
        [
            (
                "2024-01-22T23:50:00Z",
                "https://www.kwtx.com/2024/01/22/waco-shooting-la-salle/",
                "Man killed on La Salle Avenue",
                "WACO, Texas - A man was shot and killed on La Salle Avenue, Waco police said.",
            ),
            (
                "2024-01-27",
                "https://www.wacotrib.com/news/local/crime/la-salle-fundraiser/",
                "Family raises money for funeral of man killed on La Salle",
                "Relatives started an online fundraiser Thursday to pay for the burial of a "
                "man who was killed on La Salle Avenue. Police have made no arrest.",
            ),
        ],
    ),
    # "Saturday night" in the first report; the next day's story tells the death with a verb
    # analysis may not know ("succumbed")
    (
        "t52",
        "2024-03-09",
        [
            (
                "2024-03-10",
                "https://www.wdsu.com/article/shooting-claiborne-avenue/",
                "Man critically wounded on Claiborne Avenue",
                "NEW ORLEANS - A man was critically wounded in a shooting Saturday night on "
                "North Claiborne Avenue, police said.",
            ),
            (
                "2024-03-11",
                "https://www.nola.com/news/crime_police/claiborne-victim-succumbs/",
                "Claiborne Avenue shooting victim succumbs",
                "A man shot on North Claiborne Avenue succumbed to his wounds Sunday at "
                "University Medical Center, the coroner's office said.",
            ),
        ],
    ),
    # "late Saturday" beside "shortly after midnight Sunday"
    (
        "t53",
        "2024-04-14",
        [
            (
                "2024-04-14",
                "https://www.wsmv.com/2024/04/14/shooting-jefferson-street/",
                "Man shot on Jefferson Street",
                "NASHVILLE, Tenn. - A man was shot late Saturday on Jefferson Street, police said.",
            ),
            (
                "2024-04-14",
                "https://www.tennessean.com/story/news/crime/2024/04/14/jefferson-street/",
                "Man wounded on Jefferson Street",
                "A man was shot shortly after midnight Sunday on Jefferson Street, Metro "
                "police said. He was taken to Vanderbilt University Medical Center.",
            ),
        ],
    ),
    # a possessive weekday in a follow-up ("Tuesday's shooting") and an undated brief
    (
        "t54",
        "2024-04-30",
        [
            (
                "2024-04-30T21:10:00Z",
                "https://www.wgal.com/article/lancaster-shooting-king-street/",
                "Man shot in Lancaster",
                "LANCASTER, Pa. - A man was shot on East King Street, Lancaster city police said.",
            ),
            (
                "2024-05-03",
                "https://lancasteronline.com/news/local/king-street-suspect/",
                "Police name suspect in King Street shooting",
                "Police on Thursday named a 24-year-old man as a suspect in Tuesday's shooting "
                "on East King Street.",
            ),
        ],
    ),
    # a first report by weekday and a next-day story telling the hour in its own sentence
    (
        "t55",
        "2024-05-18",
        [
            (
                "2024-05-19",
                "https://www.wvtm13.com/article/birmingham-shooting-3rd-avenue/",
                "Two shot on 3rd Avenue West",
                "BIRMINGHAM, Ala. - Two men were shot Saturday night on 3rd Avenue West, "
                "police said.",
            ),
            (
                "2024-05-20",
                "https://www.al.com/news/birmingham/2024/05/two-shot-3rd-avenue.html",
                "Two men wounded in Birmingham",
                "Two men were wounded on 3rd Avenue West. Officers were called there at 10:50 "
                "p.m. Saturday and found both men in a parking lot, police said Sunday.",
            ),
        ],
    ),
    # a paper's story two days later "Friday" with a clock, and a TV brief "last night" the
    # morning after
    (
        "t56",
        "2024-03-15",
        [
            (
                "2024-03-16T12:00:00Z",
                "https://www.wyff4.com/article/spartanburg-shooting-church-street/",
                "Man shot in Spartanburg",
                "SPARTANBURG, S.C. - A man was shot last night on South Church Street, "
                "Spartanburg police said.",
            ),
            (
                "2024-03-17",
                "https://www.goupstate.com/story/news/crime/2024/03/17/church-street/",
                "Police seek gunman in Church Street shooting",
                "The shooting happened at about 10 p.m. Friday on South Church Street, "
                "police said.",
            ),
        ],
    ),
    # an undated brief, a weekly paper's "last week", and a hearing story's weekday
    (
        "t57",
        "2024-06-04",
        [
            (
                "2024-06-04T22:00:00Z",
                "https://www.wlox.com/2024/06/04/gulfport-shooting/",
                "Shooting in Gulfport",
                "GULFPORT, Miss. - Gulfport police are investigating a shooting on Pass Road. "
                "One man was hurt.",
            ),
            (
                "2024-06-12",
                "https://www.gulflive.com/news/2024/06/pass-road-shooting.html",
                "Man charged in Pass Road shooting",
                "A man was charged with aggravated assault in last week's shooting on Pass "
                "Road. He made his first court appearance Tuesday.",
            ),
        ],
    ),
    # two first-day briefs a few hours apart, one "this afternoon", and a copy by a third
    # outlet the next day with "Monday"
    (
        "t58",
        "2024-06-17",
        [
            (
                "2024-06-17T20:00:00Z",
                "https://www.wfmynews2.com/article/news/crime/greensboro-shooting/",
                "Man shot in Greensboro",
                "GREENSBORO, N.C. - A man was shot this afternoon on Phillips Avenue, "
                "Greensboro police said.",
            ),
            (
                "2024-06-17T23:30:00Z",
                "https://www.myfox8.com/news/greensboro-phillips-avenue-shooting/",
                "Greensboro police investigate shooting",
                "A man was shot on Phillips Avenue on Monday, Greensboro police said.",
            ),
            (
                "2024-06-18",
                "https://www.greensboro.com/news/crime/phillips-avenue-shooting/",
                "Man shot on Phillips Avenue",
                "A man was shot Monday on Phillips Avenue, police said, according to FOX8.",
            ),
        ],
    ),
    # an "overnight" brief stamped the next morning and a paper's "early Saturday" with a clock
    (
        "t59",
        "2024-06-22",
        [
            (
                "2024-06-22T13:00:00Z",
                "https://www.wbir.com/article/news/crime/knoxville-shooting/",
                "Man wounded in overnight Knoxville shooting",
                "KNOXVILLE, Tenn. - A man was wounded overnight in East Knoxville, police said.",
            ),
            (
                "2024-06-23",
                "https://www.knoxnews.com/story/news/crime/2024/06/23/east-knoxville/",
                "Man shot in East Knoxville",
                "A man was shot at about 2:15 a.m. Saturday on Magnolia Avenue, Knoxville "
                "police said.",
            ),
        ],
    ),
    # an undated brief and a story of a balloon release days later, by weekday
    (
        "t60",
        "2024-01-08",
        [
            (
                "2024-01-08T23:00:00Z",
                "https://www.wect.com/2024/01/08/wilmington-shooting/",
                "Teen shot and killed in Wilmington",
                "WILMINGTON, N.C. - A teenager was shot and killed on Market Street, "
                "Wilmington police said.",
            ),
            (
                "2024-01-14",
                "https://www.starnewsonline.com/story/news/local/2024/01/14/balloons/",
                "Friends release balloons for teen killed on Market Street",
                "Dozens of friends released purple balloons on Saturday in memory of a "
                "16-year-old who was killed on Market Street.",
            ),
        ],
    ),
    # an undated brief and a story of a community walk, by weekday
    (
        "t61",
        "2024-02-27",
        [
            (
                "2024-02-27T20:40:00Z",
                "https://www.wral.com/story/rocky-mount-shooting-arlington-street/",
                "Man killed on Arlington Street",
                "ROCKY MOUNT, N.C. - A man was shot and killed on Arlington Street, Rocky Mount "
                "police said.",
            ),
            (
                "2024-03-04",
                "https://www.rockymounttelegram.com/news/local/arlington-walk/",
                "Neighbors walk against violence after Arlington Street killing",
                "Neighbors marched down Arlington Street on Sunday afternoon, calling for an "
                "end to gun violence after a man was killed there.",
            ),
        ],
    ),
    # an undated brief and a story of a protest at city hall, by weekday
    (
        "t62",
        "2024-03-18",
        [
            (
                "2024-03-18T19:15:00Z",
                "https://www.wjbf.com/news/augusta-shooting-broad-street/",
                "Man shot on Broad Street",
                "AUGUSTA, Ga. - A man was shot on Broad Street in downtown Augusta, the "
                "Richmond County Sheriff's Office said.",
            ),
            (
                "2024-03-22",
                "https://www.augustachronicle.com/story/news/2024/03/22/broad-street/",
                "Family asks city for cameras after Broad Street shooting",
                "Relatives of a man shot on Broad Street spoke at a city commission meeting "
                "Thursday and asked for more cameras downtown.",
            ),
        ],
    ),
]
