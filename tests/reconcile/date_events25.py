"""Invented events of 2-5 reports each whose reports tell the shooting's day differently, the
way real coverage does: a first report "late Friday" and a next-day report "12:30 a.m.
Saturday", a follow-up a week later with only "last week", an arrest story with the arrest's
day and the shooting's, a weekend roundup, a report with no day at all, a wire rewrite that
says "Friday" where the first said "tonight", a victim who died days later, stamps in UTC or
other zones' offsets.

Every headline and sentence here is invented (the towns, streets and outlets are real, the
events and people are not). Each event: id, the shooting's true day, and its reports, each
(publication stamp, address, headline, text).
"""

from __future__ import annotations

from .helpers import Story

Event = tuple[str, str, list[Story]]
"""One event: id, the true day, its reports."""

EVENTS: list[Event] = [
    (
        "e01",
        "2024-03-02",
        [
            (
                "2024-03-02",
                "https://www.ohio.com/story/news/crime/2024/03/02/copley-road-shooting/",
                "Man shot late Friday on Akron's west side",
                "AKRON, Ohio - A 27-year-old man was shot late Friday on Copley Road, Akron "
                "police said. Officers found him with a gunshot wound to the leg and took him to "
                "Summa Health Akron City Hospital. His injuries were not considered "
                "life-threatening. Nobody has been arrested.",
            ),
            (
                "2024-03-03",
                "https://www.cleveland19.com/2024/03/03/akron-copley-road-shooting/",
                "Akron police look for gunman in Copley Road shooting",
                "Akron police are looking for whoever wounded a 27-year-old man on Copley Road. "
                "Officers were sent to the 900 block at about 12:30 a.m. Saturday and found the "
                "man bleeding from the leg, according to a police report released Sunday. He is "
                "expected to recover. Detectives ask anyone who saw something to call them.",
            ),
        ],
    ),
    (
        "e02",
        "2024-03-08",
        [
            (
                "2024-03-09",
                "https://www.daytondailynews.com/local/salem-avenue-homicide/",
                "Woman, 19, killed in Salem Avenue shooting",
                "DAYTON - A 19-year-old woman was killed in a shooting Friday night in the 1200 "
                "block of Salem Avenue, Dayton police said. Officers arrived at 9:40 p.m. and "
                "found her dead inside a parked car. Police have not named a suspect.",
            ),
            (
                "2024-03-16",
                "https://www.wdtn.com/news/local-news/salem-avenue-family-pleads/",
                "Family of Salem Avenue victim pleads for answers",
                "The mother of a Dayton teenager, 19, killed by gunfire last week is "
                "asking anyone who saw the shooting to come forward. Tamika Rowe was found in a "
                "parked car on Salem Avenue. 'She was going to start nursing school in the fall,' "
                "her mother said Friday. Dayton police said the case remains open.",
            ),
        ],
    ),
    (
        "e03",
        "2024-03-09",
        [
            (
                "2024-03-10",
                "https://www.wane.com/news/local-news/pontiac-street-shooting/",
                "Man wounded outside Pontiac Street store",
                "FORT WAYNE, Ind. - A man was shot and wounded Saturday afternoon outside a "
                "convenience store on Pontiac Street, Fort Wayne police said. The 34-year-old "
                "was taken to a hospital in serious condition. Witnesses told officers the "
                "shooter ran east on foot.",
            ),
            (
                "2024-03-14",
                "https://www.journalgazette.net/local/crime/pontiac-street-arrest/",
                "Arrest made in Pontiac Street shooting",
                "Fort Wayne police on Wednesday arrested a 22-year-old man in connection with a "
                "shooting outside a Pontiac Street convenience store last weekend. Darnell Hicks "
                "was taken into custody Wednesday at a home on Oxford Street and faces a charge "
                "of attempted murder. The victim, 34, was shot on March 9 and remains in the "
                "hospital.",
            ),
        ],
    ),
    (
        "e04",
        "2024-03-10",
        [
            (
                "2024-03-10",
                "https://www.jsonline.com/story/news/crime/2024/03/10/27th-center-shooting/",
                "Milwaukee police: man, 41, shot near 27th and Center",
                "MILWAUKEE - A 41-year-old man was shot Sunday morning near 27th and Center "
                "streets, police said. It happened around 6:15 a.m. He went to a hospital with "
                "injuries that are not life-threatening. Police are seeking unknown suspects.",
            ),
            (
                "2024-03-11",
                "https://www.fox6now.com/news/milwaukee-weekend-shootings-five-hurt",
                "Weekend violence: 5 shot in separate Milwaukee shootings",
                "Five people were shot in Milwaukee over the weekend, police said Monday. On "
                "Friday night, a 23-year-old man was wounded near 35th and Burleigh. Early "
                "Saturday, two women were shot near Sherman Park. On Sunday morning, a "
                "41-year-old man was shot near 27th and Center. Late Sunday, a teenager was "
                "grazed on the south side. None of the injuries were fatal.",
            ),
        ],
    ),
    (
        "e05",
        "2024-03-14",
        [
            (
                "2024-03-15",
                "https://www.nwitimes.com/news/local/crime-courts/gary-man-killed/",
                "Gary man killed in shooting",
                "GARY, Ind. - Gunfire killed a man, 30, in Gary, the Lake County "
                "coroner's office said. Marcus Bell was pronounced dead at the scene in the 2100 "
                "block of Connecticut Street. Gary police are investigating.",
            ),
            (
                "2024-03-15",
                "https://www.wsbt.com/news/local/coroner-names-gary-man/",
                "Coroner names man shot on Connecticut Street",
                "Marcus Bell, 30, of Gary, died after being shot Thursday evening in the 2100 "
                "block of Connecticut Street, the Lake County coroner said. Police were called at "
                "about 7 p.m. Thursday. No arrests were reported.",
            ),
        ],
    ),
    (
        "e06",
        "2024-03-15",
        [
            (
                "2024-03-15T22:10:00-05:00",
                "https://www.wlbt.com/2024/03/15/two-wounded-terry-road/",
                "Two wounded in south Jackson shooting",
                "JACKSON, Miss. - Two men were shot tonight outside a gas station on Terry Road, "
                "Jackson police said. Medics drove both to UMMC."
                " Their conditions were not released.",
            ),
            (
                "2024-03-16",
                "https://www.clarionledger.com/story/news/local/2024/03/16/terry-road/",
                "2 men wounded in south Jackson",
                "JACKSON, Miss. (AP) - Two men were wounded in a shooting Friday night outside a "
                "gas station in south Jackson, police said. The men were taken to a hospital. "
                "Police did not say what led to the gunfire.",
            ),
        ],
    ),
    (
        "e07",
        "2024-03-16",
        [
            (
                "2024-03-17",
                "https://www.ksla.com/2024/03/17/hearne-avenue-shooting/",
                "Man critically wounded on Hearne Avenue",
                "SHREVEPORT, La. - A 45-year-old man was critically wounded in a shooting "
                "Saturday night on Hearne Avenue, Shreveport police said. Officers found him in "
                "the street shortly after 10 p.m.",
            ),
            (
                "2024-03-20",
                "https://www.shreveporttimes.com/story/news/crime/hearne-avenue-death/",
                "Man shot on Hearne Avenue dies",
                "A man who was shot on Hearne Avenue over the weekend died Tuesday at Ochsner "
                "LSU Health, the Caddo Parish coroner said. Curtis Lane, 45, had been in critical "
                "condition since the shooting. His death is now being investigated as a "
                "homicide.",
            ),
        ],
    ),
    (
        "e08",
        "2024-03-22",
        [
            (
                "2024-03-23T04:15:00Z",
                "https://www.azfamily.com/2024/03/23/man-shot-west-phoenix/",
                "Man shot in west Phoenix",
                "PHOENIX - A man was shot this evening near 43rd Avenue and Indian School Road, "
                "Phoenix police said. Medics rushed him away in critical condition.",
            ),
            (
                "2024-03-23T17:00:00Z",
                "https://www.abc15.com/news/crime/indian-school-road-shooting",
                "Phoenix police investigate shooting near Indian School Road",
                "Phoenix police are investigating after a man was shot near 43rd Avenue and "
                "Indian School Road last night. Officers arrived around 8 p.m. and found the man "
                "with a gunshot wound. Police said he is expected to survive.",
            ),
        ],
    ),
    (
        "e09",
        "2024-04-02",
        [
            (
                "2024-04-03",
                "https://www.toledoblade.com/local/police-fire/2024/04/03/dorr-street/",
                "Teen shot on Dorr Street",
                "TOLEDO - A 16-year-old boy was shot Tuesday afternoon on Dorr Street near "
                "Detroit Avenue, Toledo police said. He was taken to ProMedica Toledo Hospital "
                "with a wound to his arm.",
            ),
            (
                "2024-04-10",
                "https://www.13abc.com/2024/04/10/dorr-street-teen-recovering/",
                "Teen shot on Dorr Street recovering, family says",
                "A 16-year-old who was shot on Dorr Street last week is home and recovering, his "
                "aunt said Wednesday. She asked the person who fired the shots to turn "
                "themselves in. Toledo police have not made an arrest.",
            ),
        ],
    ),
    (
        "e10",
        "2024-04-04",
        [
            (
                "2024-04-04T23:05:00-05:00",
                "https://www.wifr.com/2024/04/04/rockford-shooting-kishwaukee/",
                "One hurt in Rockford shooting",
                "ROCKFORD, Ill. - One person was hurt in a shooting tonight on Kishwaukee Street, "
                "Rockford police said. Police asked people to avoid the area.",
            ),
            (
                "2024-04-05",
                "https://www.rrstar.com/story/news/crime/2024/04/05/kishwaukee-street/",
                "Rockford police: man shot Thursday night on Kishwaukee Street",
                "A 29-year-old man was shot Thursday night on Kishwaukee Street, Rockford police "
                "said. His wounds are not thought to be "
                "life-threatening. Police said the shooting was not random.",
            ),
            (
                "2024-04-12",
                "https://www.mystateline.com/news/local-news/kishwaukee-street-charges/",
                "Charges filed in Kishwaukee Street shooting",
                "A Rockford man has been charged with aggravated battery in last Thursday's "
                "shooting on Kishwaukee Street, police said. Tyrell Dunn, 24, was arrested "
                "Wednesday. The man who was shot is recovering.",
            ),
        ],
    ),
    (
        "e11",
        "2024-04-05",
        [
            (
                "2024-04-06",
                "https://www.wthr.com/article/news/crime/east-38th-street-shooting/",
                "Man hurt in shooting on Indy's east side",
                "INDIANAPOLIS - A man was shot late Friday night on East 38th Street, "
                "Indianapolis police said. Officers were called at about 11:50 p.m. and found "
                "him with a wound to the chest. He was listed in stable condition.",
            ),
            (
                "2024-04-06",
                "https://fox59.com/news/indycrime/east-38th-shooting/",
                "Man shot on East 38th Street",
                "A man is in the hospital after a shooting early Saturday on the city's east "
                "side, IMPD said. The man was awake and talking when medics took him away. "
                "Police have not released a description of the shooter.",
            ),
        ],
    ),
    (
        "e12",
        "2024-04-06",
        [
            (
                "2024-04-07",
                "https://www.kcci.com/article/des-moines-shooting-university-avenue/",
                "Man shot on University Avenue",
                "DES MOINES, Iowa - A man was shot Saturday evening on University Avenue, Des "
                "Moines police said. His wounds were called serious.",
            ),
            (
                "2024-04-20",
                "https://www.desmoinesregister.com/story/news/crime/university-arrest/",
                "Arrest in April 6 shooting on University Avenue",
                "Des Moines police on Friday arrested a 20-year-old man in the April 6 shooting "
                "on University Avenue. Jalen Pruitt was booked into the Polk County Jail on a "
                "charge of attempted murder. The man who was shot has since left the hospital.",
            ),
        ],
    ),
    (
        "e13",
        "2024-04-10",
        [
            (
                "2024-04-10",
                "https://www.kake.com/story/wichita-shooting-hillside/",
                "Man critically hurt in Wichita shooting",
                "WICHITA, Kan. - A man was critically hurt in a shooting Wednesday afternoon near "
                "Hillside and 13th Street, Wichita police said.",
            ),
            (
                "2024-04-15",
                "https://www.kansas.com/news/local/crime/hillside-victim-dies/",
                "Man shot near Hillside and 13th dies",
                "A 38-year-old man died Sunday from injuries he suffered in a shooting last week "
                "near Hillside and 13th Street, Wichita police said Monday. His death is the "
                "city's ninth homicide of the year.",
            ),
            (
                "2024-04-16",
                "https://www.ksn.com/news/crime/hillside-shooting-victim-named/",
                "Police name victim of Hillside shooting",
                "Wichita police have named the man who died after a Wednesday shooting near "
                "Hillside and 13th Street as Andre Cole, 38. Cole died in the hospital days "
                "later. No arrest has been made.",
            ),
        ],
    ),
    (
        "e14",
        "2024-04-13",
        [
            (
                "2024-04-14",
                "https://www.wlky.com/article/louisville-shooting-west-broadway/",
                "Man killed on West Broadway",
                "LOUISVILLE, Ky. - A man was shot and killed Saturday night on West Broadway, "
                "Louisville Metro police said. Officers found him around 10:30 p.m. He died at "
                "the scene.",
            ),
            (
                "2024-04-15",
                "https://www.courier-journal.com/story/news/crime/weekend-violence/",
                "Three killed in weekend of Louisville shootings",
                "Three people were killed in separate shootings across Louisville this weekend, "
                "police said. A woman was shot Friday afternoon in the Portland neighborhood. A "
                "man was killed Saturday night on West Broadway. Early Sunday, a teenager died "
                "after a shooting in the Shively area.",
            ),
        ],
    ),
    (
        "e15",
        "2024-04-13",
        [
            (
                "2024-04-14",
                "https://www.mlive.com/news/flint/2024/04/man-shot-saginaw-street.html",
                "Man shot on Saginaw Street",
                "FLINT, Mich. - A man was shot Saturday on Saginaw Street, Flint police said. He "
                "was taken to Hurley Medical Center.",
            ),
            (
                "2024-04-16",
                "https://www.abc12.com/news/crime/saginaw-street-shooting/",
                "Police investigate Saginaw Street shooting",
                "Flint police are investigating a shooting that left a man wounded on Saginaw "
                "Street. Detectives said the man and the shooter knew each other. Anyone with "
                "information can call Crime Stoppers.",
            ),
        ],
    ),
    (
        "e16",
        "2024-04-13",
        [
            (
                "2024-04-14T05:30:00Z",
                "https://ktla.com/news/local-news/south-la-shooting-vermont/",
                "Man shot in South Los Angeles",
                "LOS ANGELES - A man was shot tonight near Vermont Avenue and Manchester Avenue "
                "in South Los Angeles, police said. He was taken to a hospital in unknown "
                "condition.",
            ),
            (
                "2024-04-14",
                "https://www.dailynews.com/2024/04/14/vermont-manchester-shooting/",
                "Man wounded near Vermont and Manchester",
                "A man was wounded in a shooting Saturday night near Vermont and Manchester "
                "avenues, Los Angeles police said. The shooting was reported about 10:20 p.m.",
            ),
        ],
    ),
    (
        "e17",
        "2024-04-19",
        [
            (
                "2024-04-20T01:10:00-04:00",
                "https://www.wsbtv.com/news/local/atlanta/campbellton-road-shooting/",
                "Man shot on Campbellton Road",
                "ATLANTA - A man was shot late Friday on Campbellton Road in southwest Atlanta, "
                "police said. He was alert and breathing when taken to Grady Memorial Hospital.",
            ),
            (
                "2024-04-20",
                "https://www.ajc.com/news/crime/campbellton-road-shooting/",
                "Man wounded in southwest Atlanta shooting",
                "A man was wounded in a shooting Friday night on Campbellton Road, Atlanta "
                "police said. Officers were called about 11:40 p.m.",
            ),
        ],
    ),
    (
        "e18",
        "2024-04-21",
        [
            (
                "2024-04-22",
                "https://www.wral.com/story/durham-fayetteville-street-shooting/",
                "Man arrested in Sunday shooting on Fayetteville Street",
                "DURHAM, N.C. - Durham police arrested a man Monday in a Sunday shooting on "
                "Fayetteville Street. Kevin Moss, 31, is charged with assault with a deadly "
                "weapon with intent to kill. The man who was shot is in stable condition.",
            ),
            (
                "2024-04-21",
                "https://www.heraldsun.com/news/local/crime/fayetteville-street/",
                "Man shot on Fayetteville Street",
                "A man was shot Sunday afternoon on Fayetteville Street, Durham police said. He "
                "was taken to Duke University Hospital.",
            ),
        ],
    ),
    (
        "e19",
        "2024-04-26",
        [
            (
                "2024-04-27",
                "https://www.kctv5.com/2024/04/27/prospect-avenue-shooting/",
                "Man killed, woman hurt in Prospect Avenue shooting",
                "KANSAS CITY, Mo. - A man was killed and a woman was hurt in a shooting Friday "
                "night on Prospect Avenue, Kansas City police said. Officers found both at about "
                "11:30 p.m.",
            ),
            (
                "2024-04-27",
                "https://www.kshb.com/news/crime/prospect-avenue-homicide/",
                "Kansas City homicide on Prospect Avenue",
                "A man died early Saturday after a shooting on Prospect Avenue, Kansas City "
                "police said. A woman who was also shot is expected to survive.",
            ),
            (
                "2024-04-28",
                "https://www.kansascity.com/news/local/crime/prospect-victim-named/",
                "Police name man killed on Prospect Avenue",
                "Police on Sunday named the man who was shot and killed on Prospect Avenue late "
                "Friday as Terrence Wade, 33. A woman who was shot with him is recovering.",
            ),
        ],
    ),
    (
        "e20",
        "2024-04-27",
        [
            (
                "2024-04-28",
                "https://www.wbrz.com/news/baton-rouge-plank-road-shooting/",
                "Two hurt in Plank Road shooting",
                "BATON ROUGE, La. - Two people were hurt in a shooting overnight on Plank Road, "
                "Baton Rouge police said. It happened late Saturday.",
            ),
            (
                "2024-04-28",
                "https://www.theadvocate.com/baton_rouge/news/crime_police/plank-road/",
                "2 wounded on Plank Road",
                "Two people were wounded in a shooting on Plank Road about 11:45 p.m. Saturday, "
                "Baton Rouge police said. Both were expected to survive.",
            ),
            (
                "2024-04-29",
                "https://www.wafb.com/2024/04/29/plank-road-shooting-update/",
                "Update: Plank Road shooting",
                "Police are still looking for the person who opened fire on Plank Road early "
                "Sunday, wounding two people. Detectives said the shooting followed an argument "
                "outside a store.",
            ),
        ],
    ),
    (
        "e21",
        "2024-05-04",
        [
            (
                "2024-05-05",
                "https://www.wect.com/2024/05/05/wilmington-shooting-market-street/",
                "Man critically hurt in Wilmington shooting",
                "WILMINGTON, N.C. - A man was critically hurt in a shooting Saturday night on "
                "Market Street, Wilmington police said.",
            ),
            (
                "2024-05-14",
                "https://www.starnewsonline.com/story/news/crime/market-street-death/",
                "Man shot on Market Street dies, police say",
                "A man who was shot on May 4 on Market Street died Monday at Novant Health New "
                "Hanover Regional Medical Center, Wilmington police said. Jerome Pittman was 27. "
                "The case is now a homicide.",
            ),
        ],
    ),
    (
        "e22",
        "2024-05-05",
        [
            (
                "2024-05-05",
                "https://www.wtae.com/article/pittsburgh-shooting-homewood/",
                "Man shot in Homewood",
                "PITTSBURGH - A man was shot late Saturday night in Homewood, Pittsburgh police "
                "said. He was taken to a hospital in stable condition.",
            ),
            (
                "2024-05-05",
                "https://www.post-gazette.com/news/crime-courts/2024/05/05/homewood/",
                "Man wounded in Homewood shooting",
                "A man was wounded in a shooting in Homewood early Sunday, Pittsburgh police "
                "said. Officers responded to a ShotSpotter alert on Frankstown Avenue at about "
                "12:15 a.m. Sunday and found the man with a wound to his side.",
            ),
        ],
    ),
    (
        "e23",
        "2024-05-10",
        [
            (
                "2024-05-11T03:30:00Z",
                "https://www.ketv.com/article/omaha-shooting-ames-avenue/",
                "One hurt in north Omaha shooting",
                "OMAHA, Neb. - One person was hurt in a shooting tonight near 30th Street and "
                "Ames Avenue, Omaha police said.",
            ),
            (
                "2024-05-11",
                "https://omaha.com/news/local/crime/ames-avenue-shooting/",
                "Man wounded near 30th and Ames",
                "A man was wounded in a shooting Friday night near 30th Street and Ames Avenue, "
                "Omaha police said. He was taken to Nebraska Medicine.",
            ),
        ],
    ),
    (
        "e24",
        "2024-05-11",
        [
            (
                "2024-05-12T08:00:00Z",
                "https://www.hawaiinewsnow.com/2024/05/12/kalihi-shooting/",
                "Man shot in Kalihi",
                "HONOLULU - A man was shot tonight in Kalihi, Honolulu police said. He was taken "
                "to The Queen's Medical Center in serious condition.",
            ),
            (
                "2024-05-12",
                "https://www.staradvertiser.com/2024/05/12/kalihi-shooting/",
                "Man wounded in Kalihi shooting",
                "A 40-year-old man was wounded in a shooting Saturday night in Kalihi, police "
                "said. The suspect fled in a dark sedan.",
            ),
        ],
    ),
    (
        "e25",
        "2024-05-12",
        [
            (
                "2024-05-13",
                "https://www.wkbw.com/news/local-news/buffalo-shooting-jefferson-avenue/",
                "Man shot on Jefferson Avenue",
                "BUFFALO, N.Y. - A man was shot yesterday on Jefferson Avenue, Buffalo police "
                "said. He was taken to Erie County Medical Center.",
            ),
            (
                "2024-05-13",
                "https://buffalonews.com/news/local/crime-and-courts/jefferson-avenue/",
                "Buffalo man shot Sunday",
                "A 26-year-old Buffalo man was shot Sunday afternoon on Jefferson Avenue, police "
                "said. He was listed in fair condition Monday.",
            ),
        ],
    ),
    (
        "e26",
        "2024-05-16",
        [
            (
                "2024-05-16",
                "https://www.wsfa.com/2024/05/16/montgomery-shooting-mobile-highway/",
                "Man killed in Montgomery shooting",
                "MONTGOMERY, Ala. - A man was shot and killed Thursday afternoon on Mobile "
                "Highway, Montgomery police said.",
            ),
            (
                "2024-05-17",
                "https://www.montgomeryadvertiser.com/story/news/crime/mobile-highway/",
                "Montgomery man dead after Thursday shooting",
                "A man is dead after a shooting Thursday on Mobile Highway, police said. The "
                "Montgomery County coroner was called to the scene.",
            ),
            (
                "2024-05-21",
                "https://www.waka.com/2024/05/21/mobile-highway-victim-identified/",
                "Police identify Mobile Highway shooting victim",
                "Montgomery police on Tuesday identified the man who was killed Thursday on "
                "Mobile Highway as Dwayne Foster, 41. No one has been charged.",
            ),
        ],
    ),
    (
        "e27",
        "2024-05-19",
        [
            (
                "2024-05-19T09:00:00-05:00",
                "https://www.kwch.com/2024/05/19/tulsa-shooting-apartments/",
                "Man shot at north Tulsa apartments",
                "TULSA, Okla. - A man was shot early this morning at an apartment complex near "
                "Pine Street and Peoria Avenue, Tulsa police said.",
            ),
            (
                "2024-05-19",
                "https://www.tulsaworld.com/news/local/crime-and-courts/pine-peoria/",
                "Man wounded at apartments near Pine and Peoria",
                "A man was wounded in a shooting Sunday at an apartment complex near Pine Street "
                "and Peoria Avenue, Tulsa police said. It happened about 2 a.m.",
            ),
        ],
    ),
    (
        "e28",
        "2024-05-18",
        [
            (
                "2024-05-19",
                "https://www.wistv.com/2024/05/19/columbia-shooting-two-notch/",
                "Two shot outside Two Notch Road club",
                "COLUMBIA, S.C. - Two people were shot outside a club on Two Notch Road Saturday "
                "night, Columbia police said. Both are expected to recover.",
            ),
            (
                "2024-05-20",
                "https://www.wltx.com/article/news/crime/two-notch-road-weekend/",
                "Violent weekend in Columbia: 6 shot",
                "Six people were shot in Columbia over the weekend, police said. Two of them "
                "were hurt outside a Two Notch Road club. Police are asking for help "
                "identifying the shooters in each case.",
            ),
        ],
    ),
    (
        "e29",
        "2024-05-21",
        [
            (
                "2024-05-21",
                "https://www.wmar2news.com/news/local-news/baltimore-shooting-greenmount/",
                "Man shot on Greenmount Avenue",
                "BALTIMORE - A man was shot Tuesday morning on Greenmount Avenue, Baltimore "
                "police said. He was taken to Johns Hopkins Hospital.",
            ),
            (
                "2024-05-23",
                "https://www.thebaltimorebanner.com/community/criminal-justice/greenmount/",
                "Suspect charged in Greenmount Avenue shooting",
                "Baltimore police arrested a 19-year-old Thursday and charged him with attempted "
                "murder in Tuesday's shooting on Greenmount Avenue. The man who was shot remains "
                "in the hospital, police said Thursday.",
            ),
        ],
    ),
    (
        "e30",
        "2024-06-01",
        [
            (
                "2024-06-02",
                "https://www.wsoctv.com/news/local/charlotte-shooting-freedom-drive/",
                "Man critically hurt on Freedom Drive",
                "CHARLOTTE, N.C. - A man was critically hurt in a shooting Saturday on Freedom "
                "Drive, Charlotte-Mecklenburg police said.",
            ),
            (
                "2024-06-11",
                "https://www.charlotteobserver.com/news/local/crime/freedom-drive-death/",
                "Man dies nine days after Freedom Drive shooting",
                "A man who was shot on Freedom Drive on June 1 died Monday, police said. Rashad "
                "Boyd, 22, had been on life support since the shooting. Police have charged no "
                "one.",
            ),
        ],
    ),
    (
        "e31",
        "2024-06-09",
        [
            (
                "2024-06-09",
                "https://www.khou.com/article/news/crime/houston-shooting-bellfort/",
                "Man shot in southeast Houston",
                "HOUSTON - A man was shot late Saturday night on Bellfort Avenue in southeast "
                "Houston, police said.",
            ),
            (
                "2024-06-09",
                "https://www.click2houston.com/news/local/2024/06/09/bellfort-shooting/",
                "Man wounded on Bellfort Avenue",
                "A man was wounded in a shooting on Bellfort Avenue early Sunday, Houston police "
                "said. Officers were called at about 12:15 a.m. and found the man in a parking "
                "lot.",
            ),
            (
                "2024-06-10",
                "https://abc13.com/houston-bellfort-shooting-update/",
                "Police seek gunman in Bellfort Avenue shooting",
                "Houston police are looking for the gunman who shot a man in a parking lot on "
                "Bellfort Avenue early Sunday. The man is recovering.",
            ),
        ],
    ),
    (
        "e32",
        "2024-06-07",
        [
            (
                "2024-06-08",
                "https://www.wcpo.com/news/crime/cincinnati-shooting-avondale/",
                "Man shot in Avondale",
                "CINCINNATI - A man was shot Friday night in Avondale, Cincinnati police said. "
                "Officers found him on Reading Road shortly after 11 p.m.",
            ),
            (
                "2024-06-08",
                "https://www.cincinnati.com/story/news/crime/2024/06/08/avondale-shooting/",
                "Avondale shooting leaves man hurt",
                "A man was hurt in a shooting in Avondale on Saturday, police said. He was "
                "taken to UC Medical Center.",
            ),
        ],
    ),
    (
        "e33",
        "2024-06-14",
        [
            (
                "2024-06-15",
                "https://www.wrdw.com/2024/06/15/augusta-shooting-gordon-highway/",
                "Man killed on Gordon Highway",
                "AUGUSTA, Ga. - A man was killed in a shooting Friday on Gordon Highway, the "
                "Richmond County Sheriff's Office said.",
            ),
            (
                "2024-06-22",
                "https://www.augustachronicle.com/story/news/crime/gordon-highway-vigil/",
                "Vigil held for man killed on Gordon Highway",
                "Friends gathered Friday evening for a vigil for a man who was shot and killed "
                "on Gordon Highway last week. Deputies said the investigation continues.",
            ),
        ],
    ),
    (
        "e34",
        "2024-06-14",
        [
            (
                "2024-06-15",
                "https://www.kolotv.com/2024/06/15/reno-shooting-fourth-street/",
                "Man shot on Fourth Street in Reno",
                "RENO, Nev. - A man was shot on East Fourth Street, Reno police said. Officers "
                "were called about 9 p.m. He is expected to survive.",
            ),
            (
                "2024-06-15",
                "https://www.rgj.com/story/news/crime/fourth-street-shooting/",
                "Reno police investigate Fourth Street shooting",
                "Reno police are investigating a shooting Friday night on East Fourth Street "
                "that left a man hurt.",
            ),
        ],
    ),
    (
        "e35",
        "2024-06-17",
        [
            (
                "2024-06-18",
                "https://www.fox8live.com/2024/06/18/new-orleans-shooting-seventh-ward/",
                "Man shot in Seventh Ward",
                "NEW ORLEANS - Police said Tuesday that a man was shot Monday night in the "
                "Seventh Ward. He was taken to University Medical Center.",
            ),
            (
                "2024-06-18",
                "https://www.nola.com/news/crime_police/seventh-ward-shooting/",
                "Man wounded in Seventh Ward shooting",
                "A man was wounded in a shooting on North Galvez Street around 9:45 p.m. "
                "Monday, New Orleans police said.",
            ),
        ],
    ),
    (
        "e36",
        "2023-06-08",
        [
            (
                "2023-06-09",
                "https://www.wxyz.com/news/detroit-shooting-gratiot/",
                "Man killed on Gratiot Avenue",
                "DETROIT - A man was shot and killed Thursday night on Gratiot Avenue, Detroit "
                "police said.",
            ),
            (
                "2024-06-21",
                "https://www.freep.com/story/news/local/michigan/detroit/gratiot-sentence/",
                "Man sentenced in Gratiot Avenue killing",
                "A Detroit man was sentenced Thursday to 25 to 50 years in prison for the June "
                "8, 2023, shooting death of a man on Gratiot Avenue. A jury convicted him in "
                "May.",
            ),
        ],
    ),
    (
        "e37",
        "2024-06-23",
        [
            (
                "2024-06-23",
                "https://www.wbir.com/article/news/crime/knoxville-shooting-magnolia/",
                "Man killed on Magnolia Avenue",
                "KNOXVILLE, Tenn. - A man was shot and killed Sunday evening on Magnolia Avenue, "
                "Knoxville police said.",
            ),
            (
                "2024-06-25",
                "https://www.knoxnews.com/story/news/crime/2024/06/25/magnolia-victim/",
                "Knoxville police name Magnolia Avenue victim",
                "Knoxville police on Monday named the man killed on Magnolia Avenue Sunday as "
                "Darius Hall, 29.",
            ),
            (
                "2024-06-24",
                "https://www.wate.com/news/knoxville-magnolia-avenue-homicide/",
                "Police: man killed Sunday on Magnolia Avenue",
                "A man was killed Sunday on Magnolia Avenue, police said Monday. Officers found "
                "him in a yard around 7 p.m.",
            ),
        ],
    ),
    (
        "e38",
        "2024-07-06",
        [
            (
                "2024-07-06",
                "https://www.wdrb.com/news/crime-reports/lexington-shooting/",
                "Man shot in Lexington",
                "LEXINGTON, Ky. - A man was shot late Friday or early Saturday on Georgetown "
                "Street, Lexington police said.",
            ),
            (
                "2024-07-06",
                "https://www.kentucky.com/news/local/crime/article-georgetown-street/",
                "Man wounded on Georgetown Street",
                "A man was wounded in a shooting about 1 a.m. Saturday on Georgetown Street, "
                "Lexington police said.",
            ),
        ],
    ),
    (
        "e39",
        "2024-07-09",
        [
            (
                "2024-07-10",
                "https://www.wkyc.com/article/news/crime/cleveland-police-report/",
                "Man shot on Cleveland's east side",
                "CLEVELAND - On Tuesday, at approximately 11:58 p.m., officers responded to a "
                "report of a man shot on East 105th Street, Cleveland police said. The man was "
                "taken to University Hospitals.",
            ),
            (
                "2024-07-10",
                "https://fox8.com/news/man-shot-east-105th/",
                "Man shot on East 105th Street",
                "A man was shot early Wednesday on East 105th Street in Cleveland, police said. "
                "He is expected to recover.",
            ),
        ],
    ),
    (
        "e40",
        "2024-07-04",
        [
            (
                "2024-07-05",
                "https://www.stltoday.com/news/local/crime-and-courts/fourth-shooting/",
                "Man shot during Fourth of July gathering",
                "ST. LOUIS - A man was shot on the night of July 4 during a gathering in the "
                "Walnut Park neighborhood, St. Louis police said.",
            ),
            (
                "2024-07-05",
                "https://www.ksdk.com/article/news/crime/walnut-park-shooting/",
                "Man wounded in Walnut Park",
                "A man was wounded in a shooting Thursday night in Walnut Park, police said. "
                "Fireworks were going off when the shots were fired.",
            ),
        ],
    ),
    (
        "e41",
        "2024-07-12",
        [
            (
                "2024-07-13",
                "https://www.wgal.com/article/harrisburg-shooting-derry-street/",
                "Man shot on Derry Street",
                "HARRISBURG, Pa. - A man was shot Friday on Derry Street, Harrisburg police said.",
            ),
            (
                "2024-07-18",
                "https://www.pennlive.com/crime/2024/07/derry-street-victim-dies.html",
                "Man dies days after Derry Street shooting",
                "A man who was shot last Friday on Derry Street died Wednesday, the Dauphin "
                "County coroner said. Marcus Reed was 36.",
            ),
        ],
    ),
    (
        "e42",
        "2024-07-13",
        [
            (
                "2024-07-14",
                "https://www.wyff4.com/article/greenville-shooting-pendleton-street/",
                "Man killed on Pendleton Street",
                "GREENVILLE, S.C. - A man was shot and killed Saturday on Pendleton Street, "
                "Greenville police said.",
            ),
            (
                "2024-07-18",
                "https://www.greenvilleonline.com/story/news/local/pendleton-vigil/",
                "Vigil for man killed Saturday",
                "Family members held a vigil Wednesday for a man killed Saturday on Pendleton "
                "Street. 'He loved his kids,' his sister said at the vigil.",
            ),
        ],
    ),
    (
        "e43",
        "2024-07-20",
        [
            (
                "2024-07-21",
                "https://www.ky3.com/2024/07/21/springfield-shooting-glenstone/",
                "Man shot near Glenstone Avenue",
                "SPRINGFIELD, Mo. - A man was shot near Glenstone Avenue, Springfield police "
                "said. Police did not say when.",
            ),
            (
                "2024-07-22",
                "https://www.news-leader.com/story/news/crime/glenstone-shooting/",
                "Springfield police seek shooter",
                "Springfield police want to find whoever wounded a man near Glenstone "
                "Avenue. Officers were sent to the area Saturday at 4:10 p.m.",
            ),
        ],
    ),
    (
        "e44",
        "2024-07-27",
        [
            (
                "2024-07-27",
                "https://www.wsmv.com/2024/07/27/nashville-shooting-dickerson-pike/",
                "Man shot on Dickerson Pike",
                "NASHVILLE, Tenn. - A man was shot about 1:30 a.m. Saturday on Dickerson Pike, "
                "Metro police said. Officers were still at the scene at daybreak.",
            ),
            (
                "2024-07-28",
                "https://www.tennessean.com/story/news/crime/2024/07/28/overnight-shootings/",
                "Four shot in three overnight Nashville shootings",
                "Four people were shot in three separate shootings in Nashville from Friday "
                "night into Saturday morning, Metro police said. One of them, a man on Dickerson "
                "Pike, was shot about 1:30 a.m. None of the wounds were fatal.",
            ),
        ],
    ),
    (
        "e45",
        "2024-03-24",
        [
            (
                "2024-03-24T15:20:00-05:00",
                "https://www.kwqc.com/2024/03/24/davenport-shooting-locust/",
                "Man hurt in Davenport shooting",
                "DAVENPORT, Iowa - A man was hurt in a shooting last night on West Locust "
                "Street, Davenport police said. He was taken to Genesis Medical Center.",
            ),
            (
                "2024-03-24",
                "https://qctimes.com/news/local/crime-and-courts/west-locust-shooting/",
                "Davenport police investigate Locust Street shooting",
                "Davenport police were called to West Locust Street about 1:15 a.m. Sunday for "
                "a report of shots fired. A wounded man was lying on the sidewalk. He is expected "
                "to survive.",
            ),
        ],
    ),
    (
        "e46",
        "2024-03-31",
        [
            (
                "2024-03-31",
                "https://www.wfmz.com/news/area/lehighvalley/allentown-shooting-seventh/",
                "Man shot on Seventh Street in Allentown",
                "ALLENTOWN, Pa. - A man was shot Saturday night on North Seventh Street, "
                "Allentown police said. His condition was not known.",
            ),
            (
                "2024-03-31",
                "https://www.mcall.com/2024/03/31/allentown-seventh-street-shooting/",
                "Allentown man wounded",
                "A 25-year-old man was wounded when someone fired at him on North Seventh "
                "Street at 12:40 a.m. Sunday, Allentown police said. He went to Lehigh Valley "
                "Hospital-Cedar Crest.",
            ),
        ],
    ),
    (
        "e47",
        "2024-04-06",
        [
            (
                "2024-04-06",
                "https://www.kob.com/new-mexico/albuquerque-shooting-central-avenue/",
                "Man shot on Central Avenue",
                "ALBUQUERQUE, N.M. - A man was shot late Friday on Central Avenue near San "
                "Mateo, Albuquerque police said.",
            ),
            (
                "2024-04-06",
                "https://www.krqe.com/news/albuquerque-metro/central-san-mateo-shooting/",
                "APD: man wounded near Central and San Mateo",
                "Police said a man was wounded near Central and San Mateo around 2 a.m. "
                "Saturday. Officers found him outside a bar.",
            ),
            (
                "2024-04-07",
                "https://www.abqjournal.com/news/central-san-mateo-shooting/",
                "Police seek suspect in Central Avenue shooting",
                "Albuquerque police are looking for a man who shot another man outside a bar on "
                "Central Avenue early Saturday.",
            ),
        ],
    ),
    (
        "e48",
        "2024-03-22",
        [
            (
                "2024-03-23",
                "https://www.wkrn.com/news/clarksville-shooting-fort-campbell-blvd/",
                "Man shot in Clarksville",
                "CLARKSVILLE, Tenn. - A man was shot Friday night on Fort Campbell Boulevard, "
                "Clarksville police said. He was flown to a Nashville hospital.",
            ),
            (
                "2024-03-29",
                "https://www.clarksvilleonline.com/2024/03/29/fort-campbell-blvd-death/",
                "Man shot on Fort Campbell Boulevard dies",
                "The man who was shot on Fort Campbell Boulevard last Friday has died, "
                "Clarksville police said Thursday. Brian Tate, 31, died at Vanderbilt University "
                "Medical Center.",
            ),
        ],
    ),
    (
        "e49",
        "2024-05-24",
        [
            (
                "2024-05-25",
                "https://www.kmov.com/2024/05/25/east-st-louis-shooting/",
                "Man killed in East St. Louis",
                "EAST ST. LOUIS, Ill. - A man who was shot Friday night died Saturday at a "
                "hospital, East St. Louis police said. He was shot on State Street.",
            ),
            (
                "2024-05-26",
                "https://www.bnd.com/news/local/crime/state-street-homicide/",
                "East St. Louis man dies after shooting",
                "A man died Saturday after a shooting on State Street in East St. Louis, police "
                "said. His name has not been released.",
            ),
        ],
    ),
    (
        "e50",
        "2024-06-15",
        [
            (
                "2024-06-16",
                "https://www.wjxt.com/news/local/2024/06/16/jacksonville-shooting-moncrief/",
                "Man shot on Moncrief Road",
                "JACKSONVILLE, Fla. - A man was shot on Moncrief Road last night, the "
                "Jacksonville Sheriff's Office said. Officers were called shortly after "
                "midnight.",
            ),
            (
                "2024-06-16",
                "https://www.news4jax.com/news/local/2024/06/16/moncrief-road/",
                "Man wounded on Moncrief Road",
                "A man was wounded in a shooting early Sunday on Moncrief Road, the sheriff's "
                "office said. He is expected to survive.",
            ),
        ],
    ),
    (
        "e51",
        "2024-06-22",
        [
            (
                "2024-06-23T04:40:00Z",
                "https://www.riverbendpost.example/news/shooting-main-street/",
                "Man shot on Main Street in Peoria",
                "PEORIA, Ill. - A man was shot tonight on Main Street, Peoria police said.",
            ),
            (
                "2024-06-24",
                "https://www.pjstar.com/story/news/crime/2024/06/24/main-street/",
                "Peoria police: man shot Saturday",
                "A man was shot Saturday night on Main Street, Peoria police said Monday. He "
                "is in stable condition.",
            ),
        ],
    ),
    (
        "e52",
        "2024-06-29",
        [
            (
                "2024-06-30",
                "https://www.wsaz.com/2024/06/30/huntington-shooting-eighth-avenue/",
                "Man shot overnight in Huntington",
                "HUNTINGTON, W.Va. - A man was shot overnight on Eighth Avenue, Huntington "
                "police said. He was taken to Cabell Huntington Hospital.",
            ),
            (
                "2024-06-30",
                "https://www.herald-dispatch.com/news/eighth-avenue-shooting/",
                "Police: man shot on Eighth Avenue",
                "A man was shot at about 10:30 p.m. Saturday on Eighth Avenue, Huntington "
                "police said.",
            ),
        ],
    ),
    (
        "e53",
        "2024-07-19",
        [
            (
                "2024-07-20",
                "https://www.krem.com/article/news/crime/spokane-shooting-division/",
                "Man shot in Spokane dies",
                "SPOKANE, Wash. - A man who was shot Friday on North Division Street died "
                "Saturday morning, Spokane police said.",
            ),
            (
                "2024-07-21",
                "https://www.spokesman.com/stories/2024/jul/21/division-street-death/",
                "Man dies after Division Street shooting",
                "A man died Saturday after being shot on North Division Street, Spokane police "
                "said. Detectives have a person of interest.",
            ),
        ],
    ),
    (
        "e54",
        "2024-08-03",
        [
            (
                "2024-08-04",
                "https://www.wtol.com/article/news/crime/toledo-shooting-lagrange/",
                "Man shot on Lagrange Street",
                "TOLEDO, Ohio - A man was shot last night on Lagrange Street, Toledo police said. "
                "It happened about 11 p.m.",
            ),
            (
                "2024-08-05",
                "https://www.nbc24.com/news/local/lagrange-street-shooting/",
                "Man hurt in Lagrange Street shooting",
                "A man was hurt in a shooting Saturday on Lagrange Street in Toledo, police "
                "said Monday.",
            ),
        ],
    ),
    # written after the rules, as a check ("k"), and controls the rules must leave alone
    (
        "k01",
        "2024-08-09",
        [
            (
                "2024-08-10",
                "https://www.wndu.com/2024/08/10/south-bend-shooting-western-avenue/",
                "Man shot Friday night in South Bend",
                "SOUTH BEND, Ind. - A man was shot Friday night on Western Avenue, South Bend "
                "police said. He was taken to Memorial Hospital.",
            ),
            (
                "2024-08-10",
                "https://www.southbendtribune.com/story/news/crime/western-avenue-death/",
                "Man dies after Western Avenue shooting",
                "A man who was shot on Western Avenue Friday night died at 1:30 a.m. Saturday, "
                "the St. Joseph County coroner said.",
            ),
        ],
    ),
    (
        "k02",
        "2024-08-09",
        [
            (
                "2024-08-10",
                "https://www.wtvr.com/news/local-news/richmond-shooting-hull-street/",
                "Man shot on Hull Street",
                "RICHMOND, Va. - A man was shot Friday night on Hull Street, Richmond police "
                "said. Officers were called about 11:45 p.m.",
            ),
            (
                "2024-08-10",
                "https://www.nbc12.com/2024/08/10/hull-street-shooting/",
                "Man wounded on Hull Street",
                "A man was wounded in a shooting early Saturday on Hull Street, police said.",
            ),
        ],
    ),
    (
        "k03",
        "2024-08-16",
        [
            (
                "2024-08-17",
                "https://www.wbtv.com/2024/08/17/gastonia-shooting/",
                "Man shot in Gastonia",
                "GASTONIA, N.C. - A man was shot Friday afternoon on Franklin Boulevard, "
                "Gastonia police said.",
            ),
            (
                "2024-08-18",
                "https://www.gastongazette.com/story/news/crime/franklin-boulevard-arrest/",
                "Arrest in Franklin Boulevard shooting",
                "Gastonia police arrested a 20-year-old man at about 2 a.m. Sunday in Friday's "
                "shooting on Franklin Boulevard. He is charged with assault with a deadly "
                "weapon.",
            ),
        ],
    ),
    (
        "k04",
        "2024-08-23",
        [
            (
                "2024-08-23",
                "https://www.wafb.com/2024/08/23/lafayette-shooting/",
                "Man shot in Lafayette",
                "LAFAYETTE, La. - A man was shot late Thursday on Moss Street, Lafayette police "
                "said.",
            ),
            (
                "2024-08-23",
                "https://www.klfy.com/local/lafayette-parish/moss-street-shooting/",
                "Moss Street shooting under investigation",
                "Lafayette police were called to Moss Street shortly after midnight Friday "
                "after a man was shot. He is in stable condition.",
            ),
            (
                "2024-08-24",
                "https://www.theadvertiser.com/story/news/crime/moss-street/",
                "Man wounded on Moss Street",
                "A man was wounded Thursday night on Moss Street, police said.",
            ),
        ],
    ),
    (
        "k05",
        "2024-08-25",
        [
            (
                "2024-08-25T14:00:00-05:00",
                "https://www.wmcactionnews5.com/2024/08/25/memphis-shooting-lamar/",
                "Man critically hurt in Memphis shooting",
                "MEMPHIS, Tenn. - A man was critically hurt in a shooting last night on Lamar "
                "Avenue, Memphis police said.",
            ),
            (
                "2024-08-25",
                "https://www.commercialappeal.com/story/news/crime/lamar-avenue/",
                "Man shot on Lamar Avenue",
                "A man was shot on Lamar Avenue about 3 a.m. Sunday, Memphis police said. He "
                "was taken to Regional One in critical condition.",
            ),
        ],
    ),
    (
        "k06",
        "2024-09-03",
        [
            (
                "2024-09-06",
                "https://www.wkow.com/news/madison-shooting-park-street-death/",
                "Man shot Tuesday dies",
                "MADISON, Wis. - A man who was shot Tuesday on Park Street died Thursday, "
                "Madison police said.",
            ),
            (
                "2024-09-06",
                "https://madison.com/news/local/crime-and-courts/park-street-death/",
                "Park Street shooting victim dies",
                "A man died Thursday after a shooting on Park Street, police said. He was 52.",
            ),
            (
                "2024-09-07",
                "https://www.channel3000.com/news/park-street-victim/",
                "Police name Park Street shooting victim",
                "Police said the man died in the hospital Thursday. He had been shot on Park "
                "Street.",
            ),
        ],
    ),
    (
        "k07",
        "2024-09-07",
        [
            (
                "2024-09-08",
                "https://www.wfla.com/news/tampa-shooting-nebraska-avenue/",
                "Man killed on Nebraska Avenue",
                "TAMPA, Fla. - A man was shot and killed Saturday on Nebraska Avenue, Tampa "
                "police said.",
            ),
            (
                "2024-09-08",
                "https://www.tampabay.com/news/crime/2024/09/08/nebraska-avenue/",
                "Man dies in Nebraska Avenue shooting",
                "A man died Saturday at the scene of a shooting on Nebraska Avenue, police said.",
            ),
        ],
    ),
    (
        "k08",
        "2024-09-14",
        [
            (
                "2024-09-14T02:10:00-04:00",
                "https://www.wbaltv.com/article/baltimore-shooting-north-avenue/",
                "Man shot on North Avenue",
                "BALTIMORE - A man was shot late Friday on North Avenue, Baltimore police said.",
            ),
            (
                "2024-09-14",
                "https://www.foxbaltimore.com/news/local/north-avenue-shooting/",
                "Man wounded on North Avenue",
                "Officers were called to North Avenue at 12:20 a.m. Saturday and found a man "
                "who had been shot, Baltimore police said.",
            ),
        ],
    ),
    (
        "k09",
        "2024-09-22",
        [
            (
                "2024-09-22",
                "https://www.wxii12.com/article/winston-salem-shooting/",
                "Man shot overnight in Winston-Salem",
                "WINSTON-SALEM, N.C. - A man was shot overnight on Patterson Avenue, "
                "Winston-Salem police said.",
            ),
            (
                "2024-09-22",
                "https://journalnow.com/news/local/crime/patterson-avenue-shooting/",
                "Man wounded on Patterson Avenue",
                "A man was wounded in a shooting on Patterson Avenue about 1 a.m. Sunday, police "
                "said.",
            ),
        ],
    ),
    (
        "k10",
        "2024-09-27",
        [
            (
                "2024-09-28",
                "https://www.kvue.com/article/news/crime/austin-shooting-riverside/",
                "Man shot on Riverside Drive",
                "AUSTIN, Texas - A man was shot Friday night on East Riverside Drive, Austin "
                "police said. It happened shortly before midnight.",
            ),
            (
                "2024-09-28",
                "https://www.kxan.com/news/crime/riverside-drive-shooting/",
                "Man hurt on East Riverside",
                "A man was hurt in a shooting early Saturday on East Riverside Drive, police said.",
            ),
        ],
    ),
    (
        "k11",
        "2024-09-29",
        [
            (
                "2024-09-29",
                "https://www.ksat.com/news/local/2024/09/29/san-antonio-shooting/",
                "Man shot on West Commerce",
                "SAN ANTONIO - A man was shot late Saturday on West Commerce Street, San "
                "Antonio police said.",
            ),
            (
                "2024-09-29",
                "https://www.expressnews.com/news/local/article/west-commerce-shooting/",
                "Man wounded on West Commerce",
                "Police said a man was shot Sunday at 12:05 a.m. on West Commerce Street. He "
                "is expected to live.",
            ),
            (
                "2024-09-30",
                "https://www.kens5.com/article/news/crime/west-commerce-shooting/",
                "Police seek West Commerce shooter",
                "San Antonio police are looking for the man who shot another man Saturday "
                "night on West Commerce Street.",
            ),
        ],
    ),
    # a second round, written after the first rules: roundups, late clocks, undated pages
    (
        "m01",
        "2024-10-05",
        [
            (
                "2024-10-06",
                "https://www.wane.com/news/local-news/fort-wayne-calhoun-street-shooting/",
                "Man hurt in Calhoun Street shooting",
                "FORT WAYNE, Ind. - A man was hurt in a shooting Saturday evening on Calhoun "
                "Street, Fort Wayne police said. Officers found him near a bus stop.",
            ),
            (
                "2024-10-07",
                "https://www.wpta21.com/2024/10/07/fort-wayne-weekend-shootings/",
                "Four shootings in Fort Wayne over the weekend",
                "Fort Wayne police investigated four shootings across the city over the weekend. "
                "The first came Friday night on Hanna Street, where a teenager was grazed. A man "
                "was hurt Saturday evening near a Calhoun Street bus stop. Two more people were "
                "wounded Sunday in separate shootings on the south side.",
            ),
            (
                "2024-10-07",
                "https://www.21alivenews.com/2024/10/07/weekend-violence-fort-wayne/",
                "Weekend gunfire wounds four in Fort Wayne",
                "Four people were wounded in shootings around Fort Wayne this weekend. On Friday "
                "night, a 16-year-old was grazed on Hanna Street. On Saturday, a man was shot on "
                "Calhoun Street. On Sunday, two men were hurt on the south side.",
            ),
        ],
    ),
    (
        "m02",
        "2024-10-12",
        [
            (
                "2024-10-13",
                "https://www.wral.com/story/raleigh-shooting-new-bern-avenue/",
                "Man shot on New Bern Avenue",
                "RALEIGH, N.C. - A man was shot on New Bern Avenue at about 11:50 p.m. "
                "Saturday, Raleigh police said. He is in stable condition.",
            ),
            (
                "2024-10-13",
                "https://abc11.com/raleigh-new-bern-avenue-shooting/",
                "Man wounded on New Bern Avenue",
                "A man was wounded in a shooting early Sunday on New Bern Avenue, police said.",
            ),
            (
                "2024-10-14",
                "https://www.newsobserver.com/news/local/crime/new-bern-avenue-shooting/",
                "Police seek New Bern Avenue gunman",
                "Raleigh police are still looking for the gunman who wounded a man on New Bern "
                "Avenue early Sunday. Detectives asked nearby businesses for video.",
            ),
        ],
    ),
    (
        "m03",
        "2024-10-19",
        [
            (
                "2024-10-20",
                "https://www.kcrg.com/2024/10/20/cedar-rapids-shooting/",
                "Man shot in Cedar Rapids",
                "CEDAR RAPIDS, Iowa - A man was shot Saturday night on First Avenue East, Cedar "
                "Rapids police said.",
            ),
            (
                "",
                "https://www.eastiowaclips.example/cedar-rapids-first-avenue/",
                "Cedar Rapids police investigate First Avenue shooting",
                "Cedar Rapids police said a man was shot Saturday night on First Avenue East. "
                "He was taken to St. Luke's Hospital.",
            ),
        ],
    ),
    (
        "m04",
        "2024-10-26",
        [
            (
                "2024-10-28",
                "https://www.wlwt.com/article/cincinnati-saturday-shooting-over-the-rhine/",
                "Saturday shooting in Over-the-Rhine leaves man hurt",
                "CINCINNATI - A man is recovering after he was shot in Over-the-Rhine, "
                "Cincinnati police said Monday. He was found on Vine Street.",
            ),
            (
                "2024-10-27",
                "https://www.fox19.com/2024/10/27/vine-street-shooting/",
                "Man shot on Vine Street",
                "A man was shot Saturday on Vine Street in Over-the-Rhine, police said.",
            ),
        ],
    ),
    (
        "m05",
        "2024-11-02",
        [
            (
                "2024-11-03",
                "https://www.wtsp.com/article/news/crime/st-petersburg-shooting/",
                "Man shot in St. Petersburg",
                "ST. PETERSBURG, Fla. - A man was shot late Saturday on 18th Avenue South, St. "
                "Petersburg police said. Officers arrived at 11:55 p.m.",
            ),
            (
                "2024-11-03",
                "https://www.baynews9.com/fl/tampa/news/2024/11/03/st-pete-shooting/",
                "St. Pete police investigate shooting",
                "A man was wounded in a shooting early Sunday on 18th Avenue South, St. "
                "Petersburg police said.",
            ),
            (
                "2024-11-04",
                "https://www.tampabay.com/news/st-petersburg/2024/11/04/18th-avenue/",
                "Man wounded on 18th Avenue South",
                "Police said a man was shot early Sunday on 18th Avenue South and is expected "
                "to survive.",
            ),
        ],
    ),
    (
        "m06",
        "2024-11-08",
        [
            (
                "2024-11-09",
                "https://www.kwtx.com/2024/11/09/waco-shooting-la-salle/",
                "Man killed in Waco shooting",
                "WACO, Texas - A man was shot and killed Friday night on La Salle Avenue, Waco "
                "police said.",
            ),
            (
                "2024-11-11",
                "https://www.wacotrib.com/news/local/crime-and-courts/la-salle-weekend/",
                "Two killed in Waco weekend violence",
                "Two people were killed in separate shootings in Waco over the weekend, police "
                "said. A man was shot dead Friday night on La Salle Avenue, and a woman was "
                "killed Sunday morning in East Waco.",
            ),
        ],
    ),
    (
        "m07",
        "2024-11-16",
        [
            (
                "2024-11-17",
                "https://www.kcci.com/article/des-moines-shooting-euclid/",
                "Two hurt in Euclid Avenue shooting",
                "DES MOINES, Iowa - Two people were hurt in a shooting Saturday afternoon on "
                "Euclid Avenue, police said.",
            ),
            (
                "2024-11-18",
                "https://www.weareiowa.com/article/news/crime/weekend-shootings/",
                "Police: three shootings in Des Moines this weekend",
                "Des Moines police responded to three shootings this weekend. Early Saturday, a "
                "man was grazed near Ingersoll Avenue. Saturday afternoon, two people were hurt "
                "on Euclid Avenue. Sunday night, a woman was shot in the leg on the east side.",
            ),
        ],
    ),
    (
        "m08",
        "2024-11-23",
        [
            (
                "2024-11-24",
                "https://www.king5.com/article/news/crime/tacoma-shooting-hilltop/",
                "Man shot in Hilltop",
                "TACOMA, Wash. - A man was shot in the Hilltop neighborhood at 11:40 p.m. "
                "Saturday, Tacoma police said.",
            ),
            (
                "2024-11-24",
                "https://www.thenewstribune.com/news/local/crime/hilltop-shooting/",
                "Man wounded in Hilltop shooting",
                "A man was wounded early Sunday in Tacoma's Hilltop neighborhood, police said.",
            ),
        ],
    ),
    # a last round, written after all the rules, as a check ("n")
    (
        "n01",
        "2024-12-06",
        [
            (
                "2024-12-06",
                "https://www.wbay.com/2024/12/06/green-bay-shooting-main-street/",
                "Man shot late Thursday in Green Bay",
                "GREEN BAY, Wis. - A man was shot late Thursday night on Main Street, Green Bay "
                "police said. He is in serious condition.",
            ),
            (
                "2024-12-06",
                "https://www.greenbaypressgazette.com/story/news/crime/main-street/",
                "Green Bay police: man wounded on Main Street",
                "Police said the shooting on Main Street happened Friday around 12:10 a.m. "
                "outside a tavern. The wounded man is 37.",
            ),
        ],
    ),
    (
        "n02",
        "2024-12-08",
        [
            (
                "2024-12-08",
                "https://www.kark.com/news/local-news/little-rock-shooting-overnight/",
                "Man hurt in overnight Little Rock shooting",
                "LITTLE ROCK, Ark. - A man was hurt in a shooting overnight on Asher Avenue, "
                "Little Rock police said.",
            ),
            (
                "2024-12-08",
                "https://www.arkansasonline.com/news/2024/dec/08/asher-avenue-shooting/",
                "Shooting on Asher Avenue",
                "Officers responded to Asher Avenue about 2:30 a.m. Sunday after a caller "
                "reported gunfire, police said. A man was found wounded.",
            ),
            (
                "2024-12-09",
                "https://www.thv11.com/article/news/crime/asher-avenue-shooting/",
                "Asher Avenue shooting under investigation",
                "Little Rock police are investigating a Saturday night shooting on Asher Avenue "
                "that sent a man to the hospital.",
            ),
        ],
    ),
    (
        "n03",
        "2024-12-09",
        [
            (
                "2024-12-09",
                "https://www.wdsu.com/article/kenner-shooting-williams-boulevard/",
                "Man shot in Kenner",
                "KENNER, La. - A man was shot Monday afternoon on Williams Boulevard, Kenner "
                "police said. He was in critical condition.",
            ),
            (
                "2024-12-12",
                "https://www.wwltv.com/article/news/crime/kenner-victim-dies/",
                "Kenner shooting victim dies",
                "A man died Wednesday after a shooting on Williams Boulevard, Kenner police "
                "said. The case is now a homicide.",
            ),
            (
                "2024-12-12",
                "https://www.nola.com/news/crime_police/kenner-williams-boulevard-death/",
                "Man wounded on Williams Boulevard dies",
                "The man succumbed to his injuries Wednesday, police said. He had been shot on "
                "Williams Boulevard.",
            ),
        ],
    ),
    (
        "n04",
        "2024-12-14",
        [
            (
                "2024-12-14",
                "https://www.wsbtv.com/news/local/macon-shooting-pio-nono/",
                "Man killed on Pio Nono Avenue",
                "MACON, Ga. - A man was killed Saturday at 1 a.m. on Pio Nono Avenue, the Bibb "
                "County Sheriff's Office said.",
            ),
            (
                "2024-12-14",
                "https://www.13wmaz.com/article/news/crime/pio-nono-homicide/",
                "Pio Nono Avenue homicide",
                "Deputies said a man was shot dead Friday night on Pio Nono Avenue.",
            ),
            (
                "2024-12-15",
                "https://www.macon.com/news/local/crime/pio-nono-killing/",
                "Deputies investigate Pio Nono killing",
                "A man was killed late Friday on Pio Nono Avenue. Deputies have not named a "
                "suspect.",
            ),
        ],
    ),
    (
        "n05",
        "2024-12-13",
        [
            (
                "2024-12-14",
                "https://www.wctv.tv/2024/12/14/tallahassee-shooting-tennessee-street/",
                "Man shot on Tennessee Street",
                "TALLAHASSEE, Fla. - A man was shot Friday night on West Tennessee Street, "
                "Tallahassee police said.",
            ),
            (
                "2024-12-14",
                "https://www.tallahassee.com/story/news/local/tennessee-street-arrest/",
                "Suspect held in Tennessee Street shooting",
                "Police arrested a suspect at 1 a.m. Saturday, hours after a man was wounded on "
                "West Tennessee Street. The man is expected to recover.",
            ),
        ],
    ),
    (
        "n06",
        "2024-12-20",
        [
            (
                "2024-12-21",
                "https://www.wcia.com/news/champaign-shooting-bradley-avenue/",
                "Man shot on Bradley Avenue",
                "CHAMPAIGN, Ill. - Police said a man was shot Friday at 10:45 p.m. on Bradley "
                "Avenue.",
            ),
            (
                "2024-12-21",
                "https://www.news-gazette.com/news/local/crime-and-courts/bradley-avenue/",
                "Man wounded on Bradley Avenue",
                "A man was wounded in a shooting early Saturday on Bradley Avenue, Champaign "
                "police said.",
            ),
            (
                "2024-12-22",
                "https://www.wandtv.com/news/champaign-bradley-avenue-shooting/",
                "Champaign police seek Bradley Avenue shooter",
                "Champaign police are looking for the person who opened fire early Saturday on "
                "Bradley Avenue.",
            ),
        ],
    ),
    (
        "n07",
        "2024-12-22",
        [
            (
                "2024-12-22T06:20:00Z",
                "https://www.kare11.com/article/news/crime/minneapolis-lake-street/",
                "Man shot on Lake Street",
                "MINNEAPOLIS - A man was shot tonight on East Lake Street, Minneapolis police "
                "said.",
            ),
            (
                "2024-12-22",
                "https://www.startribune.com/minneapolis-lake-street-shooting/",
                "Man wounded on East Lake Street",
                "A man was wounded on East Lake Street at about 12:15 a.m. Sunday, police said.",
            ),
        ],
    ),
    (
        "n08",
        "2024-12-28",
        [
            (
                "2024-12-29",
                "https://www.wsls.com/news/local/2024/12/29/roanoke-shooting/",
                "Man shot in Roanoke",
                "ROANOKE, Va. - A man was shot Saturday at 11:40 p.m. on Melrose Avenue, Roanoke "
                "police said.",
            ),
            (
                "2024-12-29",
                "https://www.wdbj7.com/2024/12/29/melrose-avenue-shooting/",
                "Melrose Avenue shooting",
                "A man was hurt in a shooting Sunday morning on Melrose Avenue, police said.",
            ),
            (
                "2024-12-30",
                "https://roanoke.com/news/local/crime/melrose-avenue-shooting/",
                "Police seek Melrose Avenue shooter",
                "Roanoke police are looking for whoever shot a man on Melrose Avenue Sunday "
                "morning.",
            ),
        ],
    ),
]
